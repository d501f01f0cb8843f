#pragma once

// `dexdesk-cli restore-defaults`: System Off and one profile's communication settings, LEAs and
// their keychain secrets back to the profile's defaults, after showing what will change and
// asking for confirmation (or --yes).

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class CommandCall;

class RestoreDefaultsCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreDefaultsCommand)
public:
    static int run(const CommandCall &call);
    static QString help();
    static QString usage();
};

} // namespace dexdesk::cli
