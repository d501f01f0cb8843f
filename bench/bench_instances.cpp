// P8 (issue 12): engine instances on one PostgreSQL database against dexdesk-sim at latency L,
// with the same total Simultaneous Connections N: 1 instance beside 3, and one instance on
// PostgreSQL beside one on SQLite. Each instance is an EngineController of its own (its own
// thread, database connection, HTTP client and registry row) in this process, run as a one-off
// Publish Changes; the instances share N through the connection slots.
//
//   dexdesk-bench-instances [--records K] [--latency L] [--connections N] [--instances 3]
//
// Needs a PostgreSQL server: run it through scripts/with-postgres.sh (DEXDESK_TEST_POSTGRES), as
// scripts/bench.sh p8 does. Each case gets a fresh database, dropped afterwards.

#include "BenchSupport.h"
#include "Database.h"
#include "EngineController.h"
#include "MemorySecretStore.h"
#include "PostgresAdmin.h"
#include "ProfileRepository.h"
#include "SecretStore.h"
#include "SimProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <vector>

using namespace dexdesk;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// CREATE or DROP DATABASE on the server's maintenance database.
bool onServer(const QString &server, const QString &sql, QString *error)
{
    return test::runOnPostgresServer(server, QStringLiteral("dexdesk-bench-admin"), sql, error);
}

struct Case {
    QString error;
    qint64 wallMs = 0;
    int sent = 0;
    int maxInFlight = 0;
    int requests = 0;
};

// `instances` one-off Publish Changes runs at once on `path`; the wall time until the last ends.
Case run(SimProcess &sim, const ProfileRepository &profiles, const QString &path, int instances, int connections,
         int records)
{
    Case c;
    {
        const std::unique_ptr<Database> db = Database::open(path, &c.error);
        if (!db || !bench::saveSettings(db->connection(), profiles, sim.baseUrl().toString(), connections, &c.error)
            || !bench::insertStudents(db->connection(), 0, records, 1000, &c.error))
            return c;
    }
    sim.reset(true);
    MemorySecretStore secrets;
    secrets.write(SecretStore::leaAccount(bench::kProfileId, bench::kLeaId), bench::kSecret,
                  [](const SecretResult &) {});
    std::vector<std::unique_ptr<EngineController>> controllers;
    QEventLoop loop;
    int running = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < instances; ++i) {
        controllers.push_back(std::make_unique<EngineController>(path, &profiles, &secrets));
        EngineController *controller = controllers.back().get();
        QObject::connect(controller, &EngineController::finished, &loop,
                         [&c, controller](bool, const PassSummary &total, const QString &) {
                             c.sent += total.sent;
                             controller->stop();
                         });
        QObject::connect(controller, &EngineController::stopped, &loop, [&] {
            if (--running == 0) {
                c.wallMs = clock.elapsed();
                loop.quit();
            }
        });
        QString error;
        if (!controller->start(Engine::Mode::PublishChanges, &error)) {
            c.error = error;
            for (auto &other : controllers)
                other->stop();
            return c;
        }
        ++running;
    }
    QTimer::singleShot(600000, &loop, [&] {
        c.error = QStringLiteral("timed out");
        for (auto &controller : controllers)
            controller->stop();
    });
    loop.exec();
    const QJsonObject counters = sim.counters();
    c.maxInFlight = counters.value(QStringLiteral("maxInFlight")).toInt();
    c.requests = counters.value(QStringLiteral("requests")).toInt();
    if (c.error.isEmpty() && c.sent < records)
        c.error = QStringLiteral("sent %1 of %2").arg(c.sent).arg(records);
    return c;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dexdesk.*.info=false\ndexdesk.*.debug=false"));
    QCommandLineParser parser;
    const QCommandLineOption recordsOpt(QStringLiteral("records"), QStringLiteral("Students."), QStringLiteral("K"),
                                        QStringLiteral("3000"));
    const QCommandLineOption latencyOpt(QStringLiteral("latency"), QStringLiteral("Latency (ms)."), QStringLiteral("L"),
                                        QStringLiteral("20"));
    const QCommandLineOption connectionsOpt(QStringLiteral("connections"),
                                            QStringLiteral("Simultaneous Connections, for all instances together."),
                                            QStringLiteral("N"), QStringLiteral("6"));
    const QCommandLineOption instancesOpt(QStringLiteral("instances"), QStringLiteral("Instances of the shared case."),
                                          QStringLiteral("M"), QStringLiteral("3"));
    parser.addOptions({recordsOpt, latencyOpt, connectionsOpt, instancesOpt});
    parser.addHelpOption();
    parser.process(app);
    const int records = parser.value(recordsOpt).toInt();
    const int latency = parser.value(latencyOpt).toInt();
    const int connections = parser.value(connectionsOpt).toInt();
    const int instances = parser.value(instancesOpt).toInt();
    const QString server = qEnvironmentVariable("DEXDESK_TEST_POSTGRES");
    if (server.isEmpty()) {
        std::fprintf(stderr,
                     "dexdesk-bench-instances needs a PostgreSQL server: run it through "
                     "scripts/with-postgres.sh (or scripts/bench.sh p8).\n");
        return 1;
    }
    QTemporaryDir dir;
    SimProcess sim;
    if (!dir.isValid() || !sim.start({QStringLiteral("--latency"), QString::number(latency)})) {
        std::fprintf(stderr, "dexdesk-bench-instances: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    ProfileRepository profiles;
    profiles.loadFromDirectories({ProfileRepository::builtinDirectory()});

    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QString load = loadavg.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2)
        : QStringLiteral("?");
    out() << "P8 engine instances: K = " << records << " students, L = " << latency << " ms, N = " << connections
          << " in total, " << QThread::idealThreadCount() << " cores, load average " << load << "\n";
    out() << "rate = K / wall time of the slowest instance; ideal = N / L = " << connections * 1000 / qMax(1, latency)
          << "/s\n\n";
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("database"), -11)
                 .arg(QStringLiteral("instances"), 9)
                 .arg(QStringLiteral("wall ms"), 9)
                 .arg(QStringLiteral("rate/s"), 8)
                 .arg(QStringLiteral("requests"), 9)
                 .arg(QStringLiteral("max in flight"), 13);
    out().flush();
    struct Plan {
        bool postgresql;
        int instances;
    };
    int failures = 0;
    int made = 0;
    for (const Plan &p : {Plan {false, 1}, Plan {true, 1}, Plan {true, instances}}) {
        QString path = dir.filePath(QStringLiteral("instances-%1.sqlite").arg(made));
        QString name;
        QString error;
        if (p.postgresql) {
            name = QStringLiteral("dexdesk_bench_%1_%2").arg(QCoreApplication::applicationPid()).arg(made);
            if (!onServer(server, QStringLiteral("CREATE DATABASE %1").arg(name), &error)) {
                std::fprintf(stderr, "cannot make %s: %s\n", qPrintable(name), qPrintable(error));
                return 1;
            }
            path = server + name;
        }
        ++made;
        const Case c = run(sim, profiles, path, p.instances, connections, records);
        if (!name.isEmpty())
            onServer(server, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name), &error);
        const double rate = c.wallMs > 0 ? records * 1000.0 / double(c.wallMs) : 0;
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6%7\n")
                     .arg(p.postgresql ? QStringLiteral("postgresql") : QStringLiteral("sqlite"), -11)
                     .arg(p.instances, 9)
                     .arg(c.wallMs, 9)
                     .arg(rate, 8, 'f', 0)
                     .arg(c.requests, 9)
                     .arg(c.maxInFlight, 13)
                     .arg(c.error.isEmpty() ? QString() : QStringLiteral("  FAILED: ") + c.error);
        out().flush();
        failures += c.error.isEmpty() ? 0 : 1;
    }
    return failures == 0 ? 0 : 1;
}
