#pragma once

// `dexdesk-cli secret set`: stores an LEA's secret in the OS keychain. The secret comes from the
// terminal (echo off, typed twice) or one line of stdin, never from the command line, and is
// never printed.

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class CommandCall;

class SecretCommands
{
    Q_DECLARE_TR_FUNCTIONS(SecretCommands)
public:
    static int run(const CommandCall &call); // set
    static QString help();
    static QString usage();

private:
    static int set(const CommandCall &call);
};

} // namespace dexdesk::cli
