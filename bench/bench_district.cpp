// P7 (SPEC §13): Publish All of a whole district. The sample-data generator's district (S students
// with their school and LEA associations, and about one staff member per 15 students with theirs:
// about 3.2 records per student, so 320,000 for S = 100,000) is written with change capture off,
// then a child process does nothing but `EngineController::start(PublishAll)` against dexdesk-sim at
// latency L with N Simultaneous Connections. Printed: wall time beside records × L / N, the child's
// peak RSS (VmHWM) and its CPU per record, and what the simulator received.
//
//   dexdesk-bench-district [--students 100000] [--latency 20] [--connections 20]
//
// The GUI's part of P7 (responsive throughout) is P4's harness (scripts/bench.sh p4): the window's
// work per refresh does not grow with the queue, so this benchmark runs the engine headless.

#include "BenchSupport.h"
#include "Database.h"
#include "ProfileRepository.h"
#include "RecordSchema.h"
#include "SampleDataGenerator.h"
#include "SettingsStore.h"
#include "SimProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace dexdesk;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2)
                                       : QStringLiteral("?");
}

// The child: Publish All of what the database holds; prints
// "result <peakKb> <startKb> <wallMs> <sent> <complete> <cpuMs>".
int child(const QString &databasePath, qint64 timeoutMs)
{
    ProfileRepository profiles;
    profiles.loadFromDirectories({ProfileRepository::builtinDirectory()});
    const qint64 startKb = bench::peakRssKb();
    const bench::EngineRun run = bench::runPublishChanges(databasePath, profiles, timeoutMs, Engine::Mode::PublishAll);
    double cpuMs = 0;
    for (const double ms : run.threadCpuMs)
        cpuMs += ms;
    std::printf("result %lld %lld %lld %d %d %.0f\n", static_cast<long long>(bench::peakRssKb()),
                static_cast<long long>(startKb), static_cast<long long>(run.wallMs), run.sent, run.complete ? 1 : 0,
                cpuMs);
    if (!run.complete)
        std::fprintf(stderr, "dexdesk-bench-district: %s\n", qPrintable(run.message));
    return run.complete ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dexdesk.*.info=false\ndexdesk.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("P7: Publish All of a whole district against dexdesk-sim"));
    parser.addHelpOption();
    const QCommandLineOption studentsOpt(QStringLiteral("students"), QStringLiteral("Students in the district."),
                                         QStringLiteral("S"), QStringLiteral("100000"));
    const QCommandLineOption latencyOpt(QStringLiteral("latency"), QStringLiteral("Simulator latency L in ms."),
                                        QStringLiteral("ms"), QStringLiteral("20"));
    const QCommandLineOption connectionsOpt(QStringLiteral("connections"), QStringLiteral("Simultaneous Connections."),
                                            QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption childOpt(QStringLiteral("child"), QStringLiteral("(internal) publish this database."),
                                      QStringLiteral("path"));
    const QCommandLineOption timeoutOpt(QStringLiteral("timeout-ms"), QStringLiteral("(internal)"),
                                        QStringLiteral("ms"), QStringLiteral("0"));
    parser.addOptions({studentsOpt, latencyOpt, connectionsOpt, childOpt, timeoutOpt});
    parser.process(app);
    if (parser.isSet(childOpt))
        return child(parser.value(childOpt), qMax<qint64>(60000, parser.value(timeoutOpt).toLongLong()));

    const int students = qBound(1, parser.value(studentsOpt).toInt(), SampleDataGenerator::kMaxStudents);
    const int latency = qBound(0, parser.value(latencyOpt).toInt(), 10000);
    const int connections = qBound(1, parser.value(connectionsOpt).toInt(), 32);
    QTemporaryDir dir;
    SimProcess sim;
    if (!dir.isValid()
        || !sim.start({QStringLiteral("--latency"), QString::number(latency), QStringLiteral("--request-log-size"),
                       QStringLiteral("100")})) {
        std::fprintf(stderr, "dexdesk-bench-district: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    ProfileRepository profiles;
    profiles.loadFromDirectories({ProfileRepository::builtinDirectory()});

    // The district, written with change capture off: Publish All alone queues it.
    const QString path = dir.path() + QStringLiteral("/district.sqlite");
    QString error;
    qint64 records = 0;
    QElapsedTimer clock;
    clock.start();
    {
        const std::unique_ptr<Database> db = Database::open(path, &error);
        SampleDataOptions options;
        options.students = students;
        options.schoolYear = bench::kSchoolYear;
        options.leaId = bench::kLeaId;
        GeneratedCounts counts;
        if (!db || !bench::saveSettings(db->connection(), profiles, sim.baseUrl().toString(), connections, &error)
            || !SettingsStore::setCapture(db->connection(), false, &error)
            || !SampleDataGenerator(options).write(db->connection(), &counts, &error)) {
            std::fprintf(stderr, "dexdesk-bench-district: %s\n", qPrintable(error));
            return 1;
        }
        for (const auto &[resource, c] : std::as_const(counts)) {
            const RecordTable *table = RecordSchema::find(resource);
            if (table && table->published) // the LEA and its schools come from the agency
                records += c.inserted;
        }
    }
    const qint64 generateMs = clock.elapsed();
    const double idealMs = latency > 0 ? double(records) * latency / connections : 0;
    out() << "P7 Publish All of a district: " << students << " students, " << records << " records, L = " << latency
          << " ms, N = " << connections << ", " << QThread::idealThreadCount() << " cores\n";
    out() << "generated and written in " << generateMs << " ms; publish starts at load average " << loadAverage()
          << "\n";
    out().flush();

    sim.reset(false);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const qint64 timeoutMs = qint64(idealMs * 4) + 300000;
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child"), path, QStringLiteral("--timeout-ms"), QString::number(timeoutMs)});
    if (!p.waitForFinished(int(qMin<qint64>(timeoutMs + 60000, std::numeric_limits<int>::max())))) {
        p.kill();
        p.waitForFinished(5000);
        out() << "FAILED: the publish did not finish in time\n";
        return 1;
    }
    const QList<QByteArray> f = p.readAllStandardOutput().trimmed().split(' ');
    if (f.size() != 7 || f.at(0) != "result") {
        out() << "FAILED: the child printed no result (exit code " << p.exitCode() << ")\n";
        return 1;
    }
    const qint64 peakKb = f.at(1).toLongLong();
    const qint64 wallMs = f.at(3).toLongLong();
    const int sent = f.at(4).toInt();
    const bool complete = f.at(5) == "1";
    const double cpuMs = f.at(6).toDouble();
    const QJsonObject counters = sim.counters();
    const int requests
        = counters.value(QStringLiteral("requests")).toInt() - counters.value(QStringLiteral("tokenRequests")).toInt();

    out() << QStringLiteral("publish: wall %1 s, ideal records x L / N %2 s, ratio %3 (target <= 1.15); %4 records/s\n")
                 .arg(double(wallMs) / 1000, 0, 'f', 1)
                 .arg(idealMs / 1000, 0, 'f', 1)
                 .arg(idealMs > 0 ? double(wallMs) / idealMs : 0, 0, 'f', 3)
                 .arg(wallMs > 0 ? sent * 1000.0 / double(wallMs) : 0, 0, 'f', 0);
    out() << QStringLiteral("peak RSS %1 MB (target < 150 MB); engine CPU %2 us per record (%3 s in all)\n")
                 .arg(double(peakKb) / 1024, 0, 'f', 1)
                 .arg(sent > 0 ? cpuMs * 1000 / sent : 0, 0, 'f', 0)
                 .arg(cpuMs / 1000, 0, 'f', 1);
    out() << QStringLiteral("sent %1 of %2, complete %3; the simulator answered %4 data requests; load average at "
                            "the end %5\n")
                 .arg(sent)
                 .arg(records)
                 .arg(complete ? QStringLiteral("yes") : QStringLiteral("no"))
                 .arg(requests)
                 .arg(loadAverage());
    out() << QStringLiteral("P7: ratio %1 peak %2 MB cpu %3 us\n")
                 .arg(idealMs > 0 ? double(wallMs) / idealMs : 0, 0, 'f', 3)
                 .arg(double(peakKb) / 1024, 0, 'f', 1)
                 .arg(sent > 0 ? cpuMs * 1000 / sent : 0, 0, 'f', 0);
    return complete && sent == records ? 0 : 1;
}
