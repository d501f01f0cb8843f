// P3 (SPEC §13): memory while publishing. Peak RSS (VmHWM) of a process that runs a one-off
// publish of a small and of a large change queue (10,000 and 200,000 students by default); the
// growth between the two is the figure. Each size runs in a child process of its own (peak RSS
// only ever grows), with the database prepared by the parent, so the child's peak is the engine's.
//
//   dexdesk-bench-memory [--small 10000] [--large 200000] [--connections 5] [--latency 0]

#include "BenchSupport.h"
#include "Database.h"
#include "ProfileRepository.h"
#include "SimProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace dexdesk;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// The child: publish what the database holds, print "result <peakKb> <startKb> <wallMs> <sent>".
int child(const QString &databasePath, int records)
{
    ProfileRepository profiles;
    profiles.loadFromDirectories({ProfileRepository::builtinDirectory()});
    const qint64 startKb = bench::peakRssKb();
    const bench::EngineRun run = bench::runPublishChanges(databasePath, profiles, qint64(records) * 20 + 120000);
    std::printf("result %lld %lld %lld %d %d\n", static_cast<long long>(bench::peakRssKb()),
                static_cast<long long>(startKb), static_cast<long long>(run.wallMs), run.sent, run.complete ? 1 : 0);
    if (!run.complete)
        std::fprintf(stderr, "dexdesk-bench-memory: %s\n", qPrintable(run.message));
    return run.complete ? 0 : 1;
}

struct Result {
    bool ok = false;
    QString error;
    qint64 peakKb = 0, startKb = 0, wallMs = 0;
    int sent = 0;
};

Result measure(SimProcess &sim, const ProfileRepository &profiles, const QString &dir, int records, int connections)
{
    Result r;
    const QString path = dir + QStringLiteral("/memory-%1.sqlite").arg(records);
    {
        const std::unique_ptr<Database> db = Database::open(path, &r.error);
        if (!db || !bench::saveSettings(db->connection(), profiles, sim.baseUrl().toString(), connections, &r.error)
            || !bench::insertStudents(db->connection(), 0, records, 1000, &r.error))
            return r;
    }
    sim.reset(true);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child"), path, QStringLiteral("--records"), QString::number(records)});
    if (!p.waitForFinished(int(qMin<qint64>(qint64(records) * 25 + 180000, 3600000)))) {
        p.kill();
        p.waitForFinished(5000);
        r.error = QStringLiteral("the publish did not finish in time");
        return r;
    }
    const QList<QByteArray> f = p.readAllStandardOutput().trimmed().split(' ');
    if (f.size() != 6 || f.at(0) != "result" || f.at(5) != "1") {
        r.error = QStringLiteral("the publish did not complete (exit code %1)").arg(p.exitCode());
        return r;
    }
    r.peakKb = f.at(1).toLongLong();
    r.startKb = f.at(2).toLongLong();
    r.wallMs = f.at(3).toLongLong();
    r.sent = f.at(4).toInt();
    r.ok = true;
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dexdesk.*.info=false\ndexdesk.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("P3: peak RSS while publishing a small and a large queue"));
    parser.addHelpOption();
    const QCommandLineOption smallOpt(QStringLiteral("small"), QStringLiteral("Small queue."), QStringLiteral("n"),
                                      QStringLiteral("10000"));
    const QCommandLineOption largeOpt(QStringLiteral("large"), QStringLiteral("Large queue."), QStringLiteral("n"),
                                      QStringLiteral("200000"));
    const QCommandLineOption connectionsOpt(QStringLiteral("connections"), QStringLiteral("Simultaneous Connections."),
                                            QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption latencyOpt(QStringLiteral("latency"), QStringLiteral("Simulator latency in ms."),
                                        QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption childOpt(QStringLiteral("child"), QStringLiteral("(internal) publish this database."),
                                      QStringLiteral("path"));
    const QCommandLineOption recordsOpt(QStringLiteral("records"), QStringLiteral("(internal)"), QStringLiteral("n"),
                                        QStringLiteral("0"));
    parser.addOptions({smallOpt, largeOpt, connectionsOpt, latencyOpt, childOpt, recordsOpt});
    parser.process(app);
    if (parser.isSet(childOpt))
        return child(parser.value(childOpt), qBound(0, parser.value(recordsOpt).toInt(), 10000000));

    const int small = qBound(1, parser.value(smallOpt).toInt(), 10000000);
    const int large = qBound(1, parser.value(largeOpt).toInt(), 10000000);
    const int connections = qBound(1, parser.value(connectionsOpt).toInt(), 32);
    QTemporaryDir dir;
    SimProcess sim;
    if (!dir.isValid()
        || !sim.start({QStringLiteral("--latency"), parser.value(latencyOpt), QStringLiteral("--request-log-size"),
                       QStringLiteral("100")})) {
        std::fprintf(stderr, "dexdesk-bench-memory: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    ProfileRepository profiles;
    profiles.loadFromDirectories({ProfileRepository::builtinDirectory()});
    out() << "P3 peak RSS (VmHWM) of a process publishing K queued changes (students), N = " << connections
          << ", simulator latency " << parser.value(latencyOpt) << " ms\n\n";
    out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(QStringLiteral("K"), 8)
                 .arg(QStringLiteral("RSS before run MB"), 18)
                 .arg(QStringLiteral("peak RSS MB"), 12)
                 .arg(QStringLiteral("wall s"), 8)
                 .arg(QStringLiteral("rate/s"), 8);
    out().flush();
    QList<Result> results;
    for (int k : {small, large}) {
        const Result r = measure(sim, profiles, dir.path(), k, connections);
        if (!r.ok) {
            out() << QStringLiteral("%1 FAILED: %2\n").arg(k, 8).arg(r.error);
            return 1;
        }
        out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(k, 8)
                     .arg(double(r.startKb) / 1024, 18, 'f', 1)
                     .arg(double(r.peakKb) / 1024, 12, 'f', 1)
                     .arg(double(r.wallMs) / 1000, 8, 'f', 1)
                     .arg(r.wallMs > 0 ? r.sent * 1000.0 / double(r.wallMs) : 0, 8, 'f', 0);
        out().flush();
        results << r;
    }
    out() << QStringLiteral("\npeak RSS growth from %1 to %2 changes: %3 MB (target < 20 MB)\n")
                 .arg(small)
                 .arg(large)
                 .arg(double(results.at(1).peakKb - results.at(0).peakKb) / 1024, 0, 'f', 1);
    return 0;
}
