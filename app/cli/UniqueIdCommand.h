#pragma once

// `dexdesk-cli unique-id` (SPEC §7.1, §11): asks the agency's Unique ID service once about every
// person without a state ID (the saved settings' first enabled LEA, its secret from the keychain),
// and the review list: `--review` shows the persons with several candidates, `--choose PERSON ID`
// uses a candidate's ID, `--new PERSON` asks for a new ID.

#include <QCoreApplication>
#include <QStringList>

namespace dexdesk::cli {

class CommandCall;

class UniqueIdCommand
{
    Q_DECLARE_TR_FUNCTIONS(UniqueIdCommand)
public:
    static QString usage();
    static QString help();
    static int run(const CommandCall &call);
};

} // namespace dexdesk::cli
