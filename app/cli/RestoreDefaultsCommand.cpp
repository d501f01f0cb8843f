#include "RestoreDefaultsCommand.h"

#include "CliContext.h"
#include "CommandCall.h"
#include "Console.h"
#include "PasswordReader.h"
#include "Profile.h"
#include "SettingsEditor.h"
#include "SettingsExchange.h"

namespace dexdesk::cli {

QString RestoreDefaultsCommand::usage()
{
    return tr("dexdesk-cli [--database PATH] restore-defaults [--profile ID] [--yes]");
}

QString RestoreDefaultsCommand::help()
{
    return tr("restore-defaults [--profile ID] [--yes]\n"
              "    Turns System Enabled Off and replaces the communication settings of the selected profile\n"
              "    (URLs, school years, services, LEAs with their keys) with the profile's defaults, and\n"
              "    removes the profile's LEA secrets from the keychain. Other profiles and the other general\n"
              "    settings are kept. It first lists what will change and asks you to type \"yes\";\n"
              "    without a terminal it refuses unless --yes is given.\n"
              "    --profile ID restores that profile instead and makes it the selected profile, as\n"
              "    choosing it in the Data Exchange Profile list and pressing Restore Defaults would.\n"
              "    Keep a copy first with \"dexdesk-cli settings export FILE\".\n");
}

int RestoreDefaultsCommand::run(const CommandCall &call)
{
    CommandLine cl;
    if (const std::optional<int> done = call.parse({{QStringLiteral("--yes")}, {QStringLiteral("--profile")}, {}}, &cl))
        return *done;
    QString error;
    CliContext ctx;
    const bool opened = ctx.open(&error);
    ctx.warnAboutProfileErrors();
    if (!opened)
        return Console::fail(error);
    const Profile *profile = ctx.profile(cl.value(QStringLiteral("--profile")), &error);
    if (!profile)
        return Console::fail(error);

    // The same target SettingsEditor::restoreDefaults() writes, to show it before it happens.
    SettingsEditor &editor = ctx.editor();
    const Settings before = editor.saved();
    Settings after = before;
    after.general.systemEnabled = false;
    after.general.profileId = profile->id;
    after.profiles.remove(profile->id);
    const QStringList changes = SettingsExchange::diff(before, after, ctx.profiles());
    QStringList leaIds;
    for (const Lea &l : editor.savedCommunication(profile->id).leas + profile->defaults().leas) {
        if (!leaIds.contains(l.id))
            leaIds << l.id;
    }
    if (changes.isEmpty() && leaIds.isEmpty()) {
        Console::out(tr("Nothing to restore: the profile %1 (%2) already has its defaults and System Enabled is "
                        "Off.")
                         .arg(profile->name, profile->id));
        return ExitSuccess;
    }

    Console::out(tr("Restore Defaults for the profile %1 (%2) will:").arg(profile->name, profile->id));
    if (changes.isEmpty())
        Console::out(tr("  keep the settings (they are already the defaults)"));
    else
        Console::outLines(changes, QStringLiteral("  "));
    if (!leaIds.isEmpty())
        Console::out(tr("  remove the keychain secrets of the LEAs %1").arg(leaIds.join(QStringLiteral(", "))));

    if (!cl.isSet(QStringLiteral("--yes"))) {
        if (!PasswordReader::stdinIsTerminal())
            return Console::fail(tr("Not confirmed: there is no terminal to ask in. Run the command again with --yes "
                                    "to restore the defaults. Nothing was changed."));
        Console::out(tr("To keep a copy of the current settings first, cancel and run \"dexdesk-cli settings "
                        "export FILE\"."));
        Console::prompt(tr("Type yes to continue: "));
        QString answer;
        const bool answered = PasswordReader::readLine(&answer);
        answer = answer.trimmed();
        if (!answered
            || (answer.compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0
                && answer.compare(tr("yes"), Qt::CaseInsensitive) != 0))
            return Console::fail(tr("Cancelled. Nothing was changed."));
    }

    if (editor.working().general.profileId != profile->id) {
        // restoreDefaults() restores the working copy's selected profile on top of the saved settings.
        GeneralSettings general = editor.working().general;
        general.profileId = profile->id;
        editor.setGeneral(general);
    }
    QString message;
    if (!ctx.restoreDefaults(&message))
        return Console::fail(message);
    Console::out(
        tr("Defaults restored for the profile %1 (%2). System Enabled is Off.").arg(profile->name, profile->id));
    return ExitSuccess;
}

} // namespace dexdesk::cli
