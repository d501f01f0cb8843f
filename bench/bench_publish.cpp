// P1 (SPEC §13): publish throughput against dexdesk-sim at latency L with Simultaneous
// Connections N, beside a plain `curl --parallel` run of the same JSON bodies at the same N.
//
//   dexdesk-bench-publish [--records K] [--latency L] [--connections 1,5,20] [--no-curl]
//
// Per N: a fresh database with K students captured into the change queue, a fresh simulator
// store, then `EngineController::start(PublishChanges)` until `finished`; then the store is reset
// and curl POSTs the same K bodies with a bearer token from the simulator. Prints a table.

#include "BenchSupport.h"
#include "Database.h"
#include "ProfileRepository.h"
#include "PublishQueue.h"
#include "RecordSchema.h"
#include "SimProcess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>
#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
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

struct Figures {
    bool ok = false;
    QString error;
    qint64 wallMs = 0; // the whole run: engine start to finished, or the curl process
    bench::RequestWindow window; // first to last data request, as the simulator saw them
    int maxInFlight = 0;
    double shareAtN = 0; // of the window's busy time, the share spent at exactly N in flight
    double meanInFlight = 0; // over the busy time (at least one request in flight)
    int stored = 0; // records in the simulator's store afterwards
    int requests = 0; // data requests the simulator counted
    double simMs = 0; // mean time a data request spent in the simulator (latency + its own work)
    QMap<QString, double> cpuMs; // the engine's threads' CPU time over the run
};

void readSim(SimProcess &sim, int n, int records, Figures *f)
{
    const QJsonObject counters = sim.counters();
    f->maxInFlight = counters.value(QStringLiteral("maxInFlight")).toInt();
    const QJsonObject levels = counters.value(QStringLiteral("inFlightMs")).toObject();
    double busy = 0, atN = 0, weighted = 0;
    for (auto it = levels.begin(); it != levels.end(); ++it) {
        if (it.key().toInt() > 0)
            busy += it.value().toDouble();
        weighted += it.key().toInt() * it.value().toDouble();
        if (it.key().toInt() == n)
            atN = it.value().toDouble();
    }
    f->shareAtN = busy > 0 ? atN / busy : 0;
    f->meanInFlight = busy > 0 ? weighted / busy : 0;
    f->stored = counters.value(QStringLiteral("records"))
                    .toObject()
                    .value(QString::number(bench::kSchoolYear))
                    .toObject()
                    .value(QStringLiteral("students"))
                    .toInt();
    f->requests
        = counters.value(QStringLiteral("requests")).toInt() - counters.value(QStringLiteral("tokenRequests")).toInt();
    const QJsonArray log = sim.requests(records + 100);
    f->window = bench::dataRequestWindow(log);
    double total = 0;
    int counted = 0;
    for (const QJsonValue &v : log) {
        if (v.toObject().value(QStringLiteral("path")).toString().startsWith(QStringLiteral("/data/"))) {
            total += v.toObject().value(QStringLiteral("durationMs")).toDouble();
            ++counted;
        }
    }
    f->simMs = counted ? total / counted : 0;
}

Figures runEngine(SimProcess &sim, const ProfileRepository &profiles, const QString &dir, int n, int records,
                  int latencyMs)
{
    Figures f;
    const QString path = dir + QStringLiteral("/publish-n%1.sqlite").arg(n);
    {
        const std::unique_ptr<Database> db = Database::open(path, &f.error);
        if (!db)
            return f;
        if (!bench::saveSettings(db->connection(), profiles, sim.baseUrl().toString(), n, &f.error)
            || !bench::insertStudents(db->connection(), 0, records, 1000, &f.error))
            return f;
    }
    sim.reset(true);
    const qint64 ideal = qint64(records) * latencyMs / n;
    const bench::EngineRun run = bench::runPublishChanges(path, profiles, ideal * 4 + 60000);
    if (!run.finished || !run.complete || run.sent != records) {
        f.error = QStringLiteral("engine run not complete: sent %1 of %2, retried %3, rejected %4: %5")
                      .arg(run.sent)
                      .arg(records)
                      .arg(run.retried)
                      .arg(run.rejected)
                      .arg(run.message);
    }
    f.wallMs = run.wallMs;
    f.cpuMs = run.threadCpuMs;
    readSim(sim, n, records, &f);
    f.ok = f.error.isEmpty();
    return f;
}

QString token(SimProcess &sim, QString *error)
{
    QProcess curl;
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-sS"), QStringLiteral("--max-time"), QStringLiteral("10"), QStringLiteral("-u"),
                bench::kKey + QLatin1Char(':') + bench::kSecret, QStringLiteral("-d"),
                QStringLiteral("grant_type=client_credentials"), sim.url(QStringLiteral("/oauth/token")).toString()});
    if (!curl.waitForFinished(15000) || curl.exitCode() != 0) {
        *error = QStringLiteral("curl could not get a token: ") + QString::fromUtf8(curl.readAllStandardError());
        return {};
    }
    const QString t = QJsonDocument::fromJson(curl.readAllStandardOutput())
                          .object()
                          .value(QStringLiteral("access_token"))
                          .toString();
    if (t.isEmpty())
        *error = QStringLiteral("the simulator gave curl no token");
    return t;
}

// Writes the K bodies (the engine's own payload shape for each row) and a curl config that
// POSTs each one with the token; one operation per body, separated by `next`.
bool writeCurlConfig(const QString &dir, const QString &url, const QString &bearer, int records, QString *configPath,
                     QString *error)
{
    const RecordTable *students = RecordSchema::find(QStringLiteral("students"));
    QDir().mkpath(dir + QStringLiteral("/bodies"));
    *configPath = dir + QStringLiteral("/curl.config");
    QFile config(*configPath);
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = config.errorString();
        return false;
    }
    QTextStream cfg(&config);
    for (int i = 0; i < records; ++i) {
        const QString bodyPath = dir + QStringLiteral("/bodies/%1.json").arg(i);
        QFile body(bodyPath);
        if (!body.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            *error = body.errorString();
            return false;
        }
        body.write(QJsonDocument(students->toJson(bench::studentRow(i))).toJson(QJsonDocument::Compact));
        if (i > 0)
            cfg << "next\n";
        cfg << "url = \"" << url << "\"\n"
            << "header = \"Authorization: Bearer " << bearer << "\"\n"
            << "header = \"Content-Type: application/json\"\n"
            << "data-binary = \"@" << bodyPath << "\"\n"
            << "output = \"/dev/null\"\n"
            << "write-out = \"%{http_code}\\n\"\n";
    }
    return true;
}

Figures runCurl(SimProcess &sim, const QString &dir, int n, int records, int latencyMs)
{
    Figures f;
    sim.reset(true);
    const QString bearer = token(sim, &f.error);
    if (bearer.isEmpty())
        return f;
    QString configPath;
    const QString url = sim.url(QStringLiteral("/data/v3/%1/ed-fi/students").arg(bench::kSchoolYear)).toString();
    if (!writeCurlConfig(dir + QStringLiteral("/curl-n%1").arg(n), url, bearer, records, &configPath, &f.error))
        return f;
    sim.reset(false); // the token request is not part of the run
    QProcess curl;
    QElapsedTimer clock;
    clock.start();
    curl.start(QStringLiteral("curl"),
               {QStringLiteral("-sS"), QStringLiteral("--parallel"), QStringLiteral("--parallel-immediate"),
                QStringLiteral("--parallel-max"), QString::number(n), QStringLiteral("--config"), configPath});
    const qint64 ideal = qint64(records) * latencyMs / n;
    if (!curl.waitForFinished(int(ideal * 4 + 60000))) {
        curl.kill();
        curl.waitForFinished(5000);
        f.error = QStringLiteral("curl did not finish in time");
        return f;
    }
    f.wallMs = clock.elapsed();
    const QList<QByteArray> codes = curl.readAllStandardOutput().split('\n');
    int good = 0;
    for (const QByteArray &c : codes)
        good += c == "200" || c == "201";
    if (curl.exitCode() != 0 || good != records)
        f.error = QStringLiteral("curl: exit code %1, %2 of %3 answered 200/201: %4")
                      .arg(curl.exitCode())
                      .arg(good)
                      .arg(records)
                      .arg(QString::fromUtf8(curl.readAllStandardError().left(300)));
    readSim(sim, n, records, &f);
    f.ok = f.error.isEmpty();
    return f;
}

// payload() returns the body, or (since the engine holds records back) a struct carrying it.
[[maybe_unused]] QJsonObject bodyOf(const QJsonObject &body)
{
    return body;
}
template<typename P> QJsonObject bodyOf(const P &payload)
{
    return payload.body;
}

// The engine thread's own database work, timed outside the engine: what one refill, one payload
// and one flush of outcomes cost on a queue of `records` students (a diagnosis aid).
// With `extraIndex`, the benchmark's own database also gets an index that matches due()'s ORDER BY
// (a candidate for a later migration; the shipped schema is not changed).
void profileQueue(const ProfileRepository &profiles, const QString &dir, int records, bool extraIndex)
{
    QString error;
    const QString path = dir + QStringLiteral("/profile-%1.sqlite").arg(extraIndex ? 1 : 0);
    const std::unique_ptr<Database> db = Database::open(path, &error);
    if (!db || !bench::saveSettings(db->connection(), profiles, QStringLiteral("http://127.0.0.1:9"), 5, &error)
        || !bench::insertStudents(db->connection(), 0, records, 1000, &error)) {
        out() << "profile: " << error << "\n";
        return;
    }
    QSqlQuery index(db->connection());
    if (extraIndex
        && !index.exec(QStringLiteral("CREATE INDEX bench_publish_status_due ON publish_status "
                                      "(tier, next_attempt_at, pending_seq) WHERE pending_seq > sent_seq"))) {
        out() << "profile: " << index.lastError().text() << "\n";
        return;
    }
    PublishQueue queue(db->connection());
    QueueFilter filter;
    filter.resources = RecordSchema::publishedResources();
    filter.schoolYears = {bench::kSchoolYear};
    filter.leaIds = {bench::kLeaId};
    QElapsedTimer clock;
    clock.start();
    queue.ingest(&error);
    const double ingestMs = double(clock.nsecsElapsed()) / 1e6;
    QList<double> dueMs, payloadUs, recordMs, pendingMs;
    QSet<QString> claimed;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int round = 0; round < records / 200 && error.isEmpty(); ++round) {
        clock.restart();
        const QList<WorkItem> items = queue.due(filter, now, 200, claimed, &error);
        dueMs << double(clock.nsecsElapsed()) / 1e6;
        QList<Outcome> outcomes;
        for (const WorkItem &w : items) {
            clock.restart();
            const QJsonObject body = bodyOf(queue.payload(w, &error));
            const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
            payloadUs << double(clock.nsecsElapsed()) / 1e3;
            Outcome o;
            o.item = w;
            o.httpStatus = 201;
            o.resourceId = QStringLiteral("0123456789abcdef0123456789abcdef");
            o.requestId = QStringLiteral("req-%1").arg(w.seq);
            outcomes << o;
            if (outcomes.size() == 100) {
                clock.restart();
                queue.record(outcomes, now, &error);
                recordMs << double(clock.nsecsElapsed()) / 1e6;
                outcomes.clear();
            }
        }
        if (!outcomes.isEmpty())
            queue.record(outcomes, now, &error);
        clock.restart();
        queue.pendingCount();
        pendingMs << double(clock.nsecsElapsed()) / 1e6;
    }
    out() << QStringLiteral("engine-thread database work on a queue of %1 (median): ingest %2 ms once; due(200) "
                            "%3 ms; payload + JSON %4 us per record; record(100 sent) %5 ms; pendingCount "
                            "(status, every 250 ms) %6 ms%7%8\n")
                 .arg(records)
                 .arg(ingestMs, 0, 'f', 1)
                 .arg(bench::median(dueMs), 0, 'f', 2)
                 .arg(bench::median(payloadUs), 0, 'f', 0)
                 .arg(bench::median(recordMs), 0, 'f', 2)
                 .arg(bench::median(pendingMs), 0, 'f', 2)
                 .arg(error.isEmpty() ? QString() : QStringLiteral(" (error: %1)").arg(error),
                      extraIndex ? QStringLiteral(" [with an index on (tier, next_attempt_at, pending_seq)]")
                                 : QString());
    out().flush();
}

double rate(int records, double ms)
{
    return ms > 0 ? records * 1000.0 / ms : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dexdesk.*.info=false\ndexdesk.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("P1: publish throughput against dexdesk-sim, beside curl"));
    parser.addHelpOption();
    const QCommandLineOption recordsOpt(QStringLiteral("records"), QStringLiteral("Students per run (K)."),
                                        QStringLiteral("K"), QStringLiteral("3000"));
    const QCommandLineOption latencyOpt(QStringLiteral("latency"), QStringLiteral("Simulator latency L in ms."),
                                        QStringLiteral("ms"), QStringLiteral("20"));
    const QCommandLineOption connectionsOpt(QStringLiteral("connections"),
                                            QStringLiteral("Simultaneous Connections N, comma separated."),
                                            QStringLiteral("list"), QStringLiteral("1,5,20"));
    const QCommandLineOption noCurlOpt(QStringLiteral("no-curl"), QStringLiteral("Skip the curl baseline."));
    const QCommandLineOption profileOpt(QStringLiteral("profile-queue"),
                                        QStringLiteral("Only time the engine thread's database work."));
    parser.addOptions({recordsOpt, latencyOpt, connectionsOpt, noCurlOpt, profileOpt});
    parser.process(app);
    const int records = qBound(1, parser.value(recordsOpt).toInt(), 1000000);
    const int latency = qBound(0, parser.value(latencyOpt).toInt(), 10000);
    QList<int> ns;
    for (const QString &s : parser.value(connectionsOpt).split(QLatin1Char(','), Qt::SkipEmptyParts))
        ns << qBound(1, s.toInt(), 32);
    const bool withCurl = !parser.isSet(noCurlOpt) && !QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty();

    QTemporaryDir dir;
    SimProcess sim;
    if (!dir.isValid()
        || !sim.start({QStringLiteral("--latency"), QString::number(latency), QStringLiteral("--request-log-size"),
                       QString::number(records + 1000)})) {
        std::fprintf(stderr, "dexdesk-bench-publish: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    ProfileRepository profiles;
    profiles.loadFromDirectories({ProfileRepository::builtinDirectory()});
    if (parser.isSet(profileOpt)) {
        profileQueue(profiles, dir.path(), records, false);
        profileQueue(profiles, dir.path(), records, true);
        return 0;
    }

    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QString load = loadavg.open(QIODevice::ReadOnly)
        ? QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2)
        : QStringLiteral("?");
    out() << "P1 publish throughput: K = " << records << " students, L = " << latency << " ms, "
          << QThread::idealThreadCount() << " cores, load average " << load << "\n";
    out() << "rate = K / time; ideal = N / L; 'window' = first to last data request at the simulator\n\n";
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                 .arg(QStringLiteral("N"), 3)
                 .arg(QStringLiteral("who"), -7)
                 .arg(QStringLiteral("wall ms"), 9)
                 .arg(QStringLiteral("rate/s"), 8)
                 .arg(QStringLiteral("window ms"), 10)
                 .arg(QStringLiteral("rate/s"), 8)
                 .arg(QStringLiteral("ideal/s"), 8)
                 .arg(QStringLiteral("ratio (wall/window)"), 20)
                 .arg(QStringLiteral("maxInFlight  at-N share  mean in flight  ms in sim"));
    out().flush();
    int failures = 0;
    for (int n : ns) {
        const double ideal = latency > 0 ? n * 1000.0 / latency : 0;
        QList<QPair<QString, Figures>> rows;
        rows.append({QStringLiteral("engine"), runEngine(sim, profiles, dir.path(), n, records, latency)});
        if (withCurl)
            rows.append({QStringLiteral("curl"), runCurl(sim, dir.path(), n, records, latency)});
        for (const auto &[who, f] : rows) {
            if (!f.ok) {
                ++failures;
                out() << QStringLiteral("%1 %2 FAILED: %3\n").arg(n, 3).arg(who, -7).arg(f.error);
            }
            const double wallRate = rate(records, double(f.wallMs));
            const double windowRate = rate(records, f.window.spanMs);
            out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                         .arg(n, 3)
                         .arg(who, -7)
                         .arg(f.wallMs, 9)
                         .arg(wallRate, 8, 'f', 1)
                         .arg(f.window.spanMs, 10, 'f', 0)
                         .arg(windowRate, 8, 'f', 1)
                         .arg(ideal, 8, 'f', 1)
                         .arg(ideal > 0 ? QStringLiteral("%1 / %2")
                                              .arg(wallRate / ideal, 0, 'f', 3)
                                              .arg(windowRate / ideal, 0, 'f', 3)
                                        : QStringLiteral("-"),
                              20)
                  << QStringLiteral("  %1  %2 %  %3  %4  (requests %5, stored %6)\n")
                         .arg(f.maxInFlight, 9)
                         .arg(f.shareAtN * 100, 5, 'f', 1)
                         .arg(f.meanInFlight, 14, 'f', 2)
                         .arg(f.simMs, 9, 'f', 2)
                         .arg(f.requests)
                         .arg(f.stored);
            if (!f.cpuMs.isEmpty()) {
                double engineMs = 0, netMs = 0, otherMs = 0;
                for (auto it = f.cpuMs.cbegin(); it != f.cpuMs.cend(); ++it) {
                    if (it.key() == QLatin1String("dexdesk-engine"))
                        engineMs += it.value();
                    else if (it.key().startsWith(QLatin1String("dexdesk-net"))
                             || it.key().startsWith(QLatin1String("QNetwork")))
                        netMs += it.value();
                    else
                        otherMs += it.value();
                }
                out() << QStringLiteral("    engine CPU per record: engine thread %1 us, network threads %2 us, "
                                        "main thread and others %3 us\n")
                             .arg(engineMs * 1000 / records, 0, 'f', 0)
                             .arg(netMs * 1000 / records, 0, 'f', 0)
                             .arg(otherMs * 1000 / records, 0, 'f', 0);
            }
            out().flush();
        }
        if (rows.size() == 2 && rows.at(0).second.ok && rows.at(1).second.ok) {
            const double engineRate = rate(records, rows.at(0).second.window.spanMs);
            const double curlRate = rate(records, rows.at(1).second.window.spanMs);
            out() << QStringLiteral("    engine / curl (window rates): %1\n").arg(engineRate / curlRate, 0, 'f', 3);
        }
    }
    out() << "\nTargets: rate >= 0.9 x N/L for N <= 6, >= 0.85 x N/L for N = 20, and >= the curl rate.\n";
    out().flush();
    return failures ? 1 : 0;
}
