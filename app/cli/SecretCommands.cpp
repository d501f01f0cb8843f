#include "SecretCommands.h"

#include "CliContext.h"
#include "CommandCall.h"
#include "Console.h"
#include "PasswordReader.h"
#include "Profile.h"
#include "SettingsEditor.h"

namespace dexdesk::cli {

QString SecretCommands::usage()
{
    return tr("dexdesk-cli [--database PATH] secret set [--profile ID] --lea LEAID");
}

QString SecretCommands::help()
{
    return tr("secret set [--profile ID] --lea LEAID\n"
              "    Stores the authentication secret of an LEA in the system keychain. The LEA must already be\n"
              "    in the profile's settings (the selected profile unless --profile ID is given). In a\n"
              "    terminal the secret is asked for twice and not shown; otherwise it is read as one line\n"
              "    from standard input, for example: dexdesk-cli secret set --lea 255901 < secret.txt\n"
              "    The secret is never accepted on the command line, where other users and the shell\n"
              "    history could see it.\n");
}

int SecretCommands::run(const CommandCall &call)
{
    const QString sub = call.args().value(0);
    if (sub == QLatin1String("set"))
        return set(call.subcommand());
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h"))
        return call.showHelp();
    return call.usageError(sub.isEmpty() ? tr("secret: missing subcommand (set)")
                                         : tr("secret: unknown subcommand \"%1\"").arg(sub));
}

int SecretCommands::set(const CommandCall &call)
{
    CommandLine cl;
    if (const std::optional<int> done
        = call.parse({{}, {QStringLiteral("--profile"), QStringLiteral("--lea")}, {}}, &cl))
        return *done;
    QString error;
    if (!cl.hasValue(QStringLiteral("--lea")))
        return call.usageError(tr("secret set: missing option --lea LEAID"));
    const QString leaId = cl.value(QStringLiteral("--lea")).trimmed();

    CliContext ctx;
    const bool opened = ctx.open(&error);
    ctx.warnAboutProfileErrors();
    if (!opened)
        return Console::fail(error);
    const Profile *profile = ctx.profile(cl.value(QStringLiteral("--profile")), &error);
    if (!profile)
        return Console::fail(error);
    SettingsEditor &editor = ctx.editor();
    const CommunicationSettings comm = editor.communication(profile->id);
    if (!comm.findLea(leaId)) {
        QStringList ids;
        for (const Lea &l : comm.leas)
            ids << l.id;
        return Console::fail(
            tr("The profile %1 (%2) has no LEA \"%3\" (its LEAs: %4). Add the LEA first, with its name and key: in "
               "DEX Desk under General Setup ▸ LEA Settings ▸ Configure…, or in a settings file imported with "
               "\"dexdesk-cli settings import FILE\". Then set its secret.")
                .arg(profile->name, profile->id, leaId, ids.isEmpty() ? tr("none") : ids.join(QStringLiteral(", "))));
    }

    QString secret;
    if (!PasswordReader::readSecret(tr("Secret for LEA %1 of %2: ").arg(leaId, profile->name),
                                    tr("Type the secret again: "), &secret, &error))
        return Console::fail(error);
    if (secret.isEmpty())
        return Console::fail(tr("The secret is empty; nothing was stored. Enter the secret the agency gave you for "
                                "this LEA."));

    editor.setLeaSecret(profile->id, leaId, secret);
    secret.fill(QChar(u'\0'));
    secret.clear();
    // The editor ignores a secret it cannot place; never report one as stored when it was not.
    if (!editor.hasPendingSecret(profile->id, leaId))
        return Console::fail(tr("The secret could not be assigned to LEA %1; nothing was stored.").arg(leaId));
    QString message;
    if (!ctx.save(&message))
        return Console::fail(message);
    Console::out(tr("The secret of LEA %1 (profile %2) is stored in the keychain.").arg(leaId, profile->id));
    return ExitSuccess;
}

} // namespace dexdesk::cli
