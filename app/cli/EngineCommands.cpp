#include "EngineCommands.h"

#include "CliContext.h"
#include "CommandCall.h"
#include "Console.h"
#include "Database.h"
#include "EngineController.h"
#include "ExchangeCounts.h"
#include "InstanceRegistry.h"
#include "Paths.h"
#include "SecretStore.h"
#include "SettingsEditor.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace dexdesk::cli {

namespace {

std::atomic_bool g_stopRequested {false};

void onStopSignal(int)
{
    g_stopRequested = true;
}

// With secrets from files (--secrets), every LEA that would send must have its secret before the
// engine starts: systemd credentials do not change while the service runs, so an LEA without one
// would wait for ever. The keychain may be unlocked later, so there the engine waits instead.
bool secretsFromFilesComplete(CliContext &ctx, QString *error)
{
    if (CliContext::secretSource().isKeychain())
        return true;
    const Profile *profile = ctx.editor().selectedProfile();
    if (!profile)
        return true;
    QStringList problems;
    for (const Lea &lea : ctx.editor().communication(profile->id).leas) {
        if (!lea.enabled || lea.authKey.trimmed().isEmpty())
            continue;
        QEventLoop loop;
        bool answered = false;
        SecretResult result;
        ctx.secrets().read(SecretStore::leaAccount(profile->id, lea.id), [&](const SecretResult &r, const QString &) {
            answered = true;
            result = r; // the secret itself is dropped here
            loop.quit();
        });
        if (!answered)
            loop.exec(); // a file store answers from the next turn of the event loop
        if (!result.ok())
            problems << EngineCommands::tr("LEA %1: %2").arg(lea.id, result.userMessage());
    }
    if (problems.isEmpty())
        return true;
    *error = EngineCommands::tr("Not started: an LEA's secret is missing from %1.\n%2")
                 .arg(CliContext::secretSource().describe(), problems.join(QLatin1Char('\n')));
    return false;
}

// Runs the engine until it finishes (a one-off run) or is stopped by the settings or a signal.
int drive(Engine::Mode mode, bool once)
{
    CliContext ctx;
    QString error;
    if (!ctx.open(&error, {.logging = true, .purges = mode == Engine::Mode::Scheduled && !once}))
        return Console::fail(error);
    if (!secretsFromFilesComplete(ctx, &error))
        return Console::fail(error);

    const std::unique_ptr<EngineController> engine = ctx.services().makeEngineController();
    EngineController &controller = *engine;
    const bool captureOn = ctx.editor().captureWanted(ctx.editor().saved());
    QEventLoop loop;
    int exitCode = ExitSuccess;
    bool finished = false;
    QObject::connect(&controller, &EngineController::failed, &loop, [&](const QString &message) {
        Console::err(EngineCommands::tr("dexdesk-cli: %1").arg(message));
        exitCode = ExitFailure;
    });
    QObject::connect(&controller, &EngineController::finished, &loop,
                     [&](bool complete, const PassSummary &total, const QString &message) {
                         finished = true;
                         Console::out(EngineCommands::tr("Sent %1 records; %2 rejected by the agency; %3 sends to "
                                                         "retry.")
                                          .arg(total.sent)
                                          .arg(total.rejected)
                                          .arg(total.retried));
                         if (mode == Engine::Mode::PublishChanges && total.sent == 0 && !captureOn)
                             Console::out(EngineCommands::tr(
                                 "No changes were waiting: changes are captured only while the system is On and "
                                 "the profile's Data Changes service is on. \"dexdesk-cli publish --all\" sends "
                                 "every record."));
                         if (!complete) {
                             Console::err(EngineCommands::tr("dexdesk-cli: not everything was sent. %1 Run "
                                                             "\"dexdesk-cli status\" to see what is left.")
                                              .arg(message));
                             exitCode = ExitFailure;
                         }
                         controller.stop();
                     });
    QObject::connect(&controller, &EngineController::stopped, &loop, &QEventLoop::quit);
    QObject::connect(&controller, &EngineController::statusChanged, &loop, [&](const EngineStatus &s) {
        static QString lastProblem;
        if (!s.problem.isEmpty() && s.problem != lastProblem)
            Console::err(EngineCommands::tr("dexdesk-cli: %1").arg(s.problem));
        lastProblem = s.problem;
    });

    if (!controller.start(mode, &error))
        return Console::fail(error);
    if (mode == Engine::Mode::Scheduled && once)
        controller.publishNow(false);

    g_stopRequested = false;
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QTimer signalCheck;
    QObject::connect(&signalCheck, &QTimer::timeout, &loop, [&] {
        if (g_stopRequested.exchange(false)) {
            Console::err(EngineCommands::tr("Stopping: requests in flight are abandoned and stay queued."));
            controller.stop();
        }
    });
    signalCheck.start(100);
    if (mode == Engine::Mode::Scheduled && !once)
        Console::out(EngineCommands::tr("The engine runs while the system is On; stop it with Ctrl+C."));
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (mode != Engine::Mode::Scheduled && !finished && exitCode == ExitSuccess)
        exitCode = ExitFailure; // stopped before the run finished
    return exitCode;
}

} // namespace

QString EngineCommands::runUsage()
{
    return tr("dexdesk-cli [--database PATH] run [--once]");
}

QString EngineCommands::publishUsage()
{
    return tr("dexdesk-cli [--database PATH] publish --all|--changes");
}

QString EngineCommands::statusUsage()
{
    return tr("dexdesk-cli [--database PATH] status [--json]");
}

QString EngineCommands::help()
{
    return tr("run [--once]\n"
              "    Runs the exchange engine without a window while the system is On: publishes captured\n"
              "    changes on the Job Processing Frequency's schedule, retries failures and follows saved\n"
              "    settings (turning the system Off stops it within a second). Only one engine runs per\n"
              "    database. --once sends what is queued and exits: 0 when everything was sent, 1 when some\n"
              "    records were rejected or are still failing.\n"
              "publish --all|--changes\n"
              "    Publishes by hand, once, whether or not the system is On: --changes sends the queued\n"
              "    changes, --all every record of the selected school years. Exit code 0 when everything\n"
              "    was sent, 1 otherwise.\n"
              "status [--json]\n"
              "    Per resource: records queued, retrying, waiting on a dependency, stuck, rejected, held back\n"
              "    (a value the agency lacks, or no state unique ID yet) and sent;\n"
              "    whether an engine runs on this database; the latest runs.\n");
}

int EngineCommands::run(const CommandCall &call)
{
    const QString kOnce = QStringLiteral("--once");
    CommandLine cl;
    if (const std::optional<int> done = call.parse({{kOnce}, {}, {}}, &cl))
        return *done;
    return drive(cl.isSet(kOnce) ? Engine::Mode::PublishChanges : Engine::Mode::Scheduled, cl.isSet(kOnce));
}

int EngineCommands::publish(const CommandCall &call)
{
    const QString kAll = QStringLiteral("--all"), kChanges = QStringLiteral("--changes");
    CommandLine cl;
    if (const std::optional<int> done = call.parse({{kAll, kChanges}, {}, {}}, &cl))
        return *done;
    if (cl.isSet(kAll) == cl.isSet(kChanges))
        return call.usageError(tr("publish: give exactly one of --all and --changes"));
    return drive(cl.isSet(kAll) ? Engine::Mode::PublishAll : Engine::Mode::PublishChanges, true);
}

int EngineCommands::status(const CommandCall &call)
{
    const QString kJson = QStringLiteral("--json");
    CommandLine cl;
    if (const std::optional<int> done = call.parse({{kJson}, {}, {}}, &cl))
        return *done;
    QString error;
    const std::unique_ptr<Database> database = Database::open(Paths::databaseFile(), &error);
    if (!database)
        return Console::fail(error);
    ExchangeCounts counts;
    if (!ExchangeCounts::read(database->connection(), &counts, &error))
        return Console::fail(tr("Cannot read the exchange status: %1").arg(error));
    const QString holder = EngineController::lockHolder(database->path());
    // On PostgreSQL: the engine instances sharing the database (docs/scale-out.md).
    const QList<EngineInstanceInfo> &instances = counts.instances;
    if (cl.isSet(kJson)) {
        QJsonObject root = counts.toJson();
        root.insert(QStringLiteral("engineRunning"), !holder.isEmpty());
        if (counts.sharedDatabase) {
            QJsonArray list;
            for (const EngineInstanceInfo &i : instances)
                list.append(i.toJson());
            root.insert(QStringLiteral("instances"), list);
        }
        Console::writeOut(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    Console::out(holder.isEmpty() ? tr("Engine: not running on this database.")
                                  : tr("Engine: running (%1).").arg(holder));
    for (const EngineInstanceInfo &i : instances) {
        const auto local = [](qint64 ms) {
            return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        };
        Console::out(tr("  Instance %1: process %2 on %3, version %4, started %5, last heartbeat %6, %7 in flight, "
                        "%8 connection slots%9")
                         .arg(i.id)
                         .arg(i.pid)
                         .arg(i.host, i.version, local(i.startedAt), local(i.heartbeatAt))
                         .arg(i.inFlight)
                         .arg(i.slots)
                         .arg(i.live ? QString()
                                     : tr(" (not answering: stopped without leaving; its leases ran out, so the "
                                          "others took over its work. It is forgotten after an hour.)")));
    }
    Console::out(tr("%1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(tr("Resource"), -50)
                     .arg(tr("Queued"), 7)
                     .arg(tr("Retry"), 6)
                     .arg(tr("Waiting"), 8)
                     .arg(tr("Stuck"), 6)
                     .arg(tr("Rejected"), 9)
                     .arg(tr("Held"), 6)
                     .arg(tr("Sent"), 8));
    QList<ResourceCounts> rows = counts.resources;
    rows << counts.total();
    for (const ResourceCounts &r : rows) {
        Console::out(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                         .arg(r.resource, -50)
                         .arg(r.queued, 7)
                         .arg(r.retrying, 6)
                         .arg(r.waiting, 8)
                         .arg(r.stuck, 6)
                         .arg(r.rejected, 9)
                         .arg(r.exceptions + r.awaitingId, 6)
                         .arg(r.sent, 8));
    }
    if (counts.unreadChanges > 0)
        Console::out(tr("%n captured change(s) not yet taken in by the engine.", nullptr, counts.unreadChanges));
    if (!counts.recentRuns.isEmpty()) {
        Console::out(tr("Latest runs:"));
        for (const JobRun &r : counts.recentRuns) {
            Console::out(
                tr("  %1 %2: %3, %4 sent, %5 failed")
                    .arg(r.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), r.kind, r.outcome)
                    .arg(r.sent)
                    .arg(r.failed));
        }
    }
    return ExitSuccess;
}

} // namespace dexdesk::cli
