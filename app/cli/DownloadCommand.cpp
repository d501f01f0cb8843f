#include "DownloadCommand.h"

#include "CliContext.h"
#include "CommandCall.h"
#include "Console.h"
#include "Database.h"
#include "Downloader.h"
#include "EngineConfig.h"
#include "OneOffSession.h"

#include <QEventLoop>
#include <QJsonDocument>

namespace dexdesk::cli {

namespace {

void printSummary(const DownloadSummary &summary)
{
    const auto row = [](const DownloadCounts &c, const QString &name) {
        Console::out(QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(name, -46)
                         .arg(c.fetched, 8)
                         .arg(c.inserted, 9)
                         .arg(c.updated, 8)
                         .arg(c.deleted, 8)
                         .arg(c.error.isEmpty()
                                  ? (c.incremental ? DownloadCommand::tr("changes only") : DownloadCommand::tr("full"))
                                  : DownloadCommand::tr("FAILED")));
    };
    Console::out(QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(DownloadCommand::tr("Resource (year)"), -46)
                     .arg(DownloadCommand::tr("Fetched"), 8)
                     .arg(DownloadCommand::tr("Inserted"), 9)
                     .arg(DownloadCommand::tr("Updated"), 8)
                     .arg(DownloadCommand::tr("Deleted"), 8)
                     .arg(DownloadCommand::tr("Kind")));
    for (const DownloadCounts &c : summary.resources)
        row(c, c.schoolYear == 0 ? c.resource : QStringLiteral("%1 (%2)").arg(c.resource).arg(c.schoolYear));
    row(summary.total(), DownloadCommand::tr("Total"));
    for (const QString &n : summary.notes)
        Console::out(DownloadCommand::tr("Note: %1").arg(n));
    for (const QString &e : summary.errors)
        Console::err(DownloadCommand::tr("dexdesk-cli: %1").arg(e));
}

} // namespace

QString DownloadCommand::usage()
{
    return tr("dexdesk-cli [--database PATH] download [--json]");
}

QString DownloadCommand::help()
{
    return tr("download [--json]\n"
              "    Downloads the agency's descriptors, local education agencies and schools of the selected\n"
              "    profile's school years into the database, once, for the first enabled LEA (its secret comes\n"
              "    from the keychain). Where the agency offers change queries only what changed since the last\n"
              "    download is fetched. Needs the Download service on. A resource whose answer is malformed is\n"
              "    left as it was. When the agency keeps failing the download stops and lists what it did\n"
              "    not download. --json prints the per-resource counts as JSON. Exit code 0 when every\n"
              "    resource was downloaded, 1 otherwise.\n");
}

int DownloadCommand::run(const CommandCall &call)
{
    const QString kJson = QStringLiteral("--json");
    CommandLine cl;
    if (const std::optional<int> done = call.parse({{kJson}, {}, {}}, &cl))
        return *done;
    QString error;
    CliContext ctx;
    if (!ctx.open(&error, {.logging = true}))
        return Console::fail(error);

    // The same configuration, lock and session wiring as the engine's (OneOffSession).
    OneOffSession run(ctx.services());
    if (!run.loadConfig(&error))
        return Console::fail(tr("No data exchange profile is installed, so there is nothing to download from."));
    const EngineConfig &config = run.config();
    if (!config.communication.services.testFlag(Service::Download))
        return Console::fail(tr("Download is off in the service options of profile \"%1\". Turn it on in General "
                                "Setup and save.")
                                 .arg(config.profile.name));
    if (!run.connect(&error))
        return Console::fail(error);

    // One engine per SQLite database: a running engine downloads on its own schedule.
    QString holder;
    if (!run.lock(&holder))
        return Console::fail(tr("Another DEX Desk engine (%1) is running on this database and downloads on its own "
                                "schedule. Stop it first to download by hand.")
                                 .arg(holder));

    Downloader downloader(ctx.database().connection(), run.session());
    downloader.setTarget(DownloadTarget::fromConfig(config, run.lea().id));
    QEventLoop loop;
    DownloadSummary result;
    QObject::connect(&downloader, &Downloader::finished, &loop, [&](const DownloadSummary &summary) {
        result = summary;
        loop.quit();
    });
    downloader.start();
    if (downloader.isRunning())
        loop.exec();
    if (cl.isSet(kJson))
        Console::writeOut(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented));
    else
        printSummary(result);
    return result.ok() ? ExitSuccess : ExitFailure;
}

} // namespace dexdesk::cli
