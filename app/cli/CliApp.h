#pragma once

// dexdesk-cli's entry point after QCoreApplication: the global options (--database, --help,
// --version, --verbose) that come before the command, then dispatch to the command's class.

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)
public:
    // `args` without the program name. Returns the process exit code.
    static int run(const QStringList &args);

    static QString usage();
    static QString help();

private:
    static int dispatch(const QString &command, const QStringList &args);
    static int helpFor(const QStringList &args);
};

} // namespace dexdesk::cli
