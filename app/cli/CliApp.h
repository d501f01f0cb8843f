#pragma once

// dexdesk-cli's entry point after QCoreApplication: the global options (--database, --help,
// --version, --verbose) that come before the command, then dispatch through the command table.

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
    static QString help(); // the overall help; its Commands section comes from the command table

private:
    static int dispatch(const QString &command, const QStringList &args);
};

} // namespace dexdesk::cli
