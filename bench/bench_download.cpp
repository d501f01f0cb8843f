// P6 (SPEC §13): a full download of K records at page size 500 into the database, beside a raw
// HTTP fetch of the same pages through the same client, limiter and token (no parsing, no
// database). Target: the download's records/s >= 0.9 x the raw fetch's.
//
//   dexdesk-bench-download [--records K] [--pages-in-flight W] [--runs R]
//
// dexdesk-sim is seeded with K generated schools for school year 2027; each run alternates a raw
// fetch and a Downloader run into a fresh SQLite file, and the medians are printed.

#include "ApiSession.h"
#include "BenchSupport.h"
#include "Database.h"
#include "Downloader.h"
#include "HttpClient.h"
#include "SimProcess.h"
#include "TokenProvider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrlQuery>

#include <cstdio>
#include <functional>

using namespace dexdesk;

namespace {

constexpr int kPage = 500;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QUrl pageUrl(const SimProcess &sim, int offset)
{
    QUrl url = sim.url(QStringLiteral("/data/v3/2027/ed-fi/schools"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    q.addQueryItem(QStringLiteral("limit"), QString::number(kPage));
    if (offset == 0)
        q.addQueryItem(QStringLiteral("totalCount"), QStringLiteral("true"));
    url.setQuery(q);
    return url;
}

struct Raw {
    int records = 0;
    qint64 bytes = 0;
    qint64 ms = 0;
    bool ok = true;
};

// The pages as the Downloader asks for them (the first with totalCount, then W ahead), bodies
// only counted: what the network and the simulator allow.
Raw rawFetch(ApiSession *session, const SimProcess &sim, int window)
{
    Raw r;
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    int total = -1, next = 0, inFlight = 0;
    std::function<void()> pump;
    const auto onAnswer = [&](const ApiResult &a) {
        --inFlight;
        if (!a.http.ok()) {
            r.ok = false;
            loop.quit();
            return;
        }
        if (total < 0)
            total = a.http.header("Total-Count").toInt();
        r.bytes += a.http.body.size();
        pump();
    };
    pump = [&] {
        while (total >= 0 && next < total && inFlight < window) {
            ++inFlight;
            RequestSpec spec;
            spec.url = pageUrl(sim, next);
            next += kPage;
            session->send(spec, onAnswer);
        }
        if (total >= 0 && next >= total && inFlight == 0)
            loop.quit();
    };
    ++inFlight;
    RequestSpec first;
    first.url = pageUrl(sim, 0);
    next = kPage;
    session->send(first, onAnswer);
    loop.exec();
    r.ms = clock.elapsed();
    r.records = total;
    return r;
}

struct Download {
    int records = 0;
    qint64 ms = 0;
    qint64 stored = 0;
    QString error;
};

Download download(ApiSession *session, const SimProcess &sim, int window, const QString &path)
{
    Download d;
    QString error;
    auto db = Database::open(path, &error);
    if (!db) {
        d.error = error;
        return d;
    }
    Downloader downloader(db->connection(), session);
    DownloadTarget t;
    t.dataUrl = sim.url(QStringLiteral("/data/v3")).toString();
    t.apiRootUrl = sim.baseUrl().toString();
    t.yearSpecific = true;
    t.schoolYears = {bench::kSchoolYear};
    ResourceDef schools;
    schools.name = QStringLiteral("schools");
    schools.path = QStringLiteral("ed-fi/schools");
    schools.direction = ResourceDef::Direction::Download;
    t.resources = {schools};
    t.leaId = bench::kLeaId;
    t.maxPagesInFlight = window;
    downloader.setTarget(t);
    QEventLoop loop;
    DownloadSummary summary;
    QObject::connect(&downloader, &Downloader::finished, &loop, [&](const DownloadSummary &s) {
        summary = s;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    downloader.start();
    if (downloader.isRunning())
        loop.exec();
    d.ms = clock.elapsed();
    d.records = summary.total().fetched;
    d.error = summary.errors.join(QLatin1Char(' '));
    QSqlQuery q(db->connection());
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM rec_schools")) && q.next())
        d.stored = q.value(0).toLongLong();
    return d;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dexdesk.*=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("P6: download throughput against a raw fetch"));
    parser.addHelpOption();
    const QCommandLineOption recordsOpt(QStringLiteral("records"), QStringLiteral("Schools at the agency."),
                                        QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption windowOpt(QStringLiteral("pages-in-flight"),
                                       QStringLiteral("Pages requested ahead (and Simultaneous Connections)."),
                                       QStringLiteral("n"), QStringLiteral("4"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per case (median)."),
                                     QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({recordsOpt, windowOpt, runsOpt});
    parser.process(app);
    const int records = qBound(1, parser.value(recordsOpt).toInt(), 10000000);
    const int window = qBound(1, parser.value(windowOpt).toInt(), 64);
    const int runs = qBound(1, parser.value(runsOpt).toInt(), 99);

    SimProcess sim;
    if (!sim.start({QStringLiteral("--school-years"), QString::number(bench::kSchoolYear),
                    QStringLiteral("--seed-bulk-schools"), QString::number(records)},
                   600000)) {
        std::fprintf(stderr, "dexdesk-bench-download: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    QTemporaryDir dir;
    HttpClient client(window);
    TokenProvider tokens(&client, sim.url(QStringLiteral("/oauth/token")), bench::kKey, bench::kSecret);
    ApiSession session(&client, &tokens);

    out() << "P6: download of " << records + 3 << " schools at page size " << kPage << ", " << window
          << " pages in flight, " << runs << " runs (median)\n";
    rawFetch(&session, sim, window); // warm-up: the token, the connections, the simulator's caches
    QList<double> rawRates, downloadRates, rawMs, downloadMs;
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QStringLiteral("run"), 4)
                 .arg(QStringLiteral("raw ms"), 9)
                 .arg(QStringLiteral("raw rec/s"), 11)
                 .arg(QStringLiteral("download ms"), 12)
                 .arg(QStringLiteral("dl rec/s"), 11)
                 .arg(QStringLiteral("ratio"), 7);
    for (int i = 0; i < runs; ++i) {
        const Raw raw = rawFetch(&session, sim, window);
        const Download dl = download(&session, sim, window, dir.filePath(QStringLiteral("run%1.sqlite").arg(i)));
        if (!raw.ok || !dl.error.isEmpty() || dl.stored != raw.records) {
            std::fprintf(stderr, "dexdesk-bench-download: run %d failed (%s; %lld stored of %d)\n", i + 1,
                         qPrintable(dl.error), static_cast<long long>(dl.stored), raw.records);
            return 1;
        }
        const double rr = raw.records * 1000.0 / qMax<qint64>(1, raw.ms);
        const double dr = dl.records * 1000.0 / qMax<qint64>(1, dl.ms);
        rawRates << rr;
        downloadRates << dr;
        rawMs << raw.ms;
        downloadMs << dl.ms;
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(i + 1, 4)
                     .arg(raw.ms, 9)
                     .arg(rr, 11, 'f', 0)
                     .arg(dl.ms, 12)
                     .arg(dr, 11, 'f', 0)
                     .arg(dr / rr, 7, 'f', 2);
        out().flush();
    }
    const double rr = bench::median(rawRates), dr = bench::median(downloadRates);
    out() << QStringLiteral("median: raw %1 rec/s (%2 ms), download %3 rec/s (%4 ms), ratio %5 (target >= 0.9)\n")
                 .arg(rr, 0, 'f', 0)
                 .arg(bench::median(rawMs), 0, 'f', 0)
                 .arg(dr, 0, 'f', 0)
                 .arg(bench::median(downloadMs), 0, 'f', 0)
                 .arg(dr / rr, 0, 'f', 2);
    return 0;
}
