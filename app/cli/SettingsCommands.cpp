#include "SettingsCommands.h"

#include "CliContext.h"
#include "CommandCall.h"
#include "Console.h"
#include "HistoryCommand.h"
#include "Profile.h"
#include "SecretStore.h"
#include "SettingsEditor.h"
#include "SettingsExchange.h"
#include "SettingsReport.h"

#include <QDir>

#include <cstdio>

namespace dexdesk::cli {

namespace {

const QString kStdio = QStringLiteral("-");

bool readInput(const QString &path, QByteArray *data, QString *error)
{
    if (path != kStdio)
        return SettingsExchange::readFile(path, data, error);
    // One byte more than allowed, so importJson can tell the user the input is too large.
    data->clear();
    char chunk[65536];
    while (data->size() <= SettingsExchange::kMaxFileSize) {
        const size_t n = std::fread(chunk, 1, sizeof chunk, stdin);
        if (n == 0)
            break;
        data->append(chunk, qsizetype(n));
    }
    if (std::ferror(stdin)) {
        *error = QCoreApplication::translate("SettingsCommands", "Cannot read standard input.");
        return false;
    }
    return true;
}

QString displayName(const QString &path)
{
    return path == kStdio ? QCoreApplication::translate("SettingsCommands", "standard input")
                          : QDir::toNativeSeparators(path);
}

// LEAs that an import adds, so the user can be told to set their secrets.
QStringList addedLeaHints(const Settings &before, const Settings &after, const ProfileRepository &profiles)
{
    QStringList hints;
    for (const Profile &p : profiles.profiles()) {
        const CommunicationSettings a = p.in(before);
        const CommunicationSettings b = p.in(after);
        for (const Lea &l : b.leas) {
            if (!a.findLea(l.id))
                hints << QStringLiteral("dexdesk-cli secret set --profile %1 --lea %2").arg(p.id, l.id);
        }
    }
    return hints;
}

} // namespace

QString SettingsCommands::usage()
{
    return tr("dexdesk-cli [--database PATH] settings show [--json] [--profile ID] [--no-keychain] | export FILE | "
              "import FILE [--dry-run] | history [--limit N] [--profile ID] [--json]");
}

QString SettingsCommands::help()
{
    return tr("settings show [--json] [--profile ID] [--no-keychain]\n"
              "    Shows the saved general settings, the communication settings of the selected profile (or of\n"
              "    --profile ID) with its LEAs, and the installed profiles. For each LEA it says whether the\n"
              "    keychain holds its secret (never the secret itself); --no-keychain skips that check.\n"
              "    --json prints one JSON object with stable keys instead.\n"
              "settings export FILE\n"
              "    Writes the saved settings of every profile to FILE (\"-\" for standard output) as JSON.\n"
              "    LEA secrets are never exported.\n"
              "settings import FILE [--dry-run]\n"
              "    Checks the whole of FILE (\"-\" for standard input); if anything is wrong it says what and\n"
              "    changes nothing. Otherwise it saves the settings and lists the changes. LEAs that the file\n"
              "    removes also lose their secrets in the keychain. --dry-run lists the changes and saves\n"
              "    nothing.\n")
        + HistoryCommand::help();
}

int SettingsCommands::run(const CommandCall &call)
{
    const QString sub = call.args().value(0);
    if (sub == QLatin1String("show"))
        return show(call.subcommand());
    if (sub == QLatin1String("export"))
        return exportSettings(call.subcommand());
    if (sub == QLatin1String("import"))
        return importSettings(call.subcommand());
    if (sub == QLatin1String("history"))
        return HistoryCommand::run(call.subcommand(&HistoryCommand::help));
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h"))
        return call.showHelp();
    return call.usageError(sub.isEmpty() ? tr("settings: missing subcommand (show, export, import or history)")
                                         : tr("settings: unknown subcommand \"%1\"").arg(sub));
}

int SettingsCommands::show(const CommandCall &call)
{
    CommandLine cl;
    if (const std::optional<int> done = call.parse(
            {{QStringLiteral("--json"), QStringLiteral("--no-keychain")}, {QStringLiteral("--profile")}, {}}, &cl))
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

    SettingsReportInput in;
    in.saved = &ctx.editor().saved();
    in.profiles = &ctx.profiles();
    in.profile = profile;
    in.databasePath = ctx.databasePath();
    if (!cl.isSet(QStringLiteral("--no-keychain"))) {
        QStringList leaIds;
        for (const Lea &l : ctx.editor().savedCommunication(profile->id).leas)
            leaIds << l.id;
        in.secrets = SecretProbe::probe(ctx.secrets(), profile->id, leaIds);
    }
    if (cl.isSet(QStringLiteral("--json")))
        Console::writeOut(SettingsReport::json(in));
    else
        Console::outLines(SettingsReport::text(in));
    return ExitSuccess;
}

int SettingsCommands::exportSettings(const CommandCall &call)
{
    CommandLine cl;
    if (const std::optional<int> done = call.parse({{}, {}, {QStringLiteral("FILE")}}, &cl))
        return *done;
    QString error;
    CliContext ctx;
    const bool opened = ctx.open(&error);
    ctx.warnAboutProfileErrors();
    if (!opened)
        return Console::fail(error);
    const QByteArray data = SettingsExchange::exportJson(ctx.editor().saved(), ctx.profiles());
    const QString path = cl.positionals().constFirst();
    if (path == kStdio) {
        Console::writeOut(data);
        return ExitSuccess;
    }
    if (!SettingsExchange::writeFile(path, data, &error))
        return Console::fail(error);
    Console::out(tr("Exported the settings of %1 profiles to %2. LEA secrets are not in the file; on another "
                    "computer, set them with \"dexdesk-cli secret set\" after importing.")
                     .arg(ctx.profiles().profiles().size())
                     .arg(displayName(path)));
    return ExitSuccess;
}

int SettingsCommands::importSettings(const CommandCall &call)
{
    CommandLine cl;
    if (const std::optional<int> done = call.parse({{QStringLiteral("--dry-run")}, {}, {QStringLiteral("FILE")}}, &cl))
        return *done;
    QString error;
    const QString path = cl.positionals().constFirst();
    const bool dryRun = cl.isSet(QStringLiteral("--dry-run"));
    CliContext ctx;
    const bool opened = ctx.open(&error);
    ctx.warnAboutProfileErrors();
    if (!opened)
        return Console::fail(error);

    QByteArray data;
    if (!readInput(path, &data, &error))
        return Console::fail(error);
    SettingsEditor &editor = ctx.editor();
    const Settings before = editor.saved();
    Settings imported;
    if (!SettingsExchange::importJson(data, before, ctx.profiles(), &imported, &error)) {
        return Console::fail(tr("%1 was not imported: %2 Nothing was changed.").arg(displayName(path), error));
    }
    const QStringList changes = SettingsExchange::diff(before, imported, ctx.profiles());
    if (changes.isEmpty()) {
        Console::out(tr("No changes."));
        return ExitSuccess;
    }
    if (dryRun) {
        Console::out(tr("Importing %1 would make these changes:").arg(displayName(path)));
        Console::outLines(changes, QStringLiteral("  "));
        Console::out(tr("Dry run: nothing was changed."));
        return ExitSuccess;
    }
    editor.setWorking(imported);
    QString message;
    if (!ctx.save(&message))
        return Console::fail(tr("%1 was not imported: %2").arg(displayName(path), message));
    Console::out(tr("Imported %1. Changes saved:").arg(displayName(path)));
    Console::outLines(changes, QStringLiteral("  "));
    const QStringList hints = addedLeaHints(before, imported, ctx.profiles());
    if (!hints.isEmpty()) {
        Console::out(tr("The new LEAs have no secret yet. Set each one with:"));
        Console::outLines(hints, QStringLiteral("  "));
    }
    return ExitSuccess;
}

} // namespace dexdesk::cli
