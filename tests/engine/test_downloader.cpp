// The Downloader against a real dexdesk-sim on 127.0.0.1 and a real SQLite file: 10,000 schools
// across pages land in the database, a second run fetches only what changed and applies the
// deletes, a malformed page leaves its resource and year exactly as they were, and a server
// without (working) change queries or Total-Count is downloaded in full, deletes found by keys.

#include "ApiSession.h"
#include "Database.h"
#include "Downloader.h"
#include "HttpClient.h"
#include "SimProcess.h"
#include "TokenProvider.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dexdesk;

namespace {

constexpr int kYear = 2027;
constexpr int kBulk = 10000;
const QString kLea = QStringLiteral("255901");

ResourceDef download(const QString &name)
{
    ResourceDef r;
    r.name = name;
    r.path = QStringLiteral("ed-fi/") + name;
    r.direction = ResourceDef::Direction::Download;
    return r;
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// What is staged and neither applied nor discarded: the JSON of descriptor pages and the typed
// rows of LEAs and schools (temporary tables of the connection the Downloader used).
qint64 stagedRows(QSqlDatabase db)
{
    QString error;
    const qint64 n = DownloadStore(db).stagedCount(&error);
    if (n < 0)
        qWarning() << "cannot count the staged rows:" << error;
    return n;
}

// Every row of the schools table, as one fingerprint: equal before and after means untouched.
QByteArray schoolsFingerprint(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT * FROM rec_schools ORDER BY school_year, school_id"));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
    }
    return hash.result().toHex();
}

// What the run did for one resource (the last school year listed).
DownloadCounts countsOf(const DownloadSummary &summary, const QString &resource)
{
    DownloadCounts found;
    for (const DownloadCounts &c : summary.resources) {
        if (c.resource == resource)
            found = c;
    }
    return found;
}

int getCount(const QJsonObject &counters, const QString &resource)
{
    const QJsonObject byMethod = counters.value(QStringLiteral("byResource"))
                                     .toObject()
                                     .value(resource)
                                     .toObject()
                                     .value(QStringLiteral("GET"))
                                     .toObject();
    int n = 0;
    for (const QJsonValue &v : byMethod)
        n += v.toInt();
    return n;
}

} // namespace

class TestDownloader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tenThousandSchoolsAcrossPages();
    void secondRunFetchesOnlyChangesAndAppliesDeletes();
    void malformedPageAppliesNothing();
    void withoutChangeQueriesDownloadsInFull_data();
    void withoutChangeQueriesDownloadsInFull();
    void serverIgnoringOffsetFailsTheUnit_data();
    void serverIgnoringOffsetFailsTheUnit();
    void lowerMaximumPageSizeListsEverything_data();
    void lowerMaximumPageSizeListsEverything();
    void relocatedChangeQueriesAreFollowed();
    void fewerRecordsThanAnnouncedDeletesNothing();
    void dataStandardNamesFromTheProfile();
    void agencyThatKeepsFailingEndsTheRun();
    void expiredTokenRefusedWith400IsRefreshed();
    void answerAfterTheDownloaderIsGoneIsDropped();

private:
    DownloadSummary run(const QMap<QString, QString> &leaPropertyNames = {});
    ApiResult send(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QJsonObject schoolBody(qint64 id, const QString &name) const;
    int requestsWithPath(const QString &part);
    int deleteSchoolAtAgency(qint64 schoolId); // the DELETE's status; 0 when the school is not there

    SimProcess m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<ApiSession> m_session;
};

void TestDownloader::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--school-years"), QString::number(kYear),
                          QStringLiteral("--seed-bulk-schools"), QString::number(kBulk)},
                         60000),
             qPrintable(m_sim.errorString()));
}

void TestDownloader::init()
{
    QVERIFY(m_sim.reset(true, true));
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_db = Database::open(m_dir->filePath(QStringLiteral("dexdesk.sqlite")), &error);
    QVERIFY2(m_db, qPrintable(error));
    // Capture on: a downloaded row must still never become a change to publish.
    QSqlQuery(m_db->connection()).exec(QStringLiteral("UPDATE capture_control SET enabled = 1"));
    m_client = std::make_unique<HttpClient>(4);
    m_tokens = std::make_unique<TokenProvider>(m_client.get(), m_sim.url(QStringLiteral("/oauth/token")),
                                               QStringLiteral("training-key"), QStringLiteral("training-secret"));
    m_session = std::make_unique<ApiSession>(m_client.get(), m_tokens.get());
}

void TestDownloader::cleanup()
{
    m_session.reset();
    m_tokens.reset();
    m_client.reset();
    m_db.reset();
    m_dir.reset();
}

DownloadSummary TestDownloader::run(const QMap<QString, QString> &leaPropertyNames)
{
    Downloader downloader(m_db->connection(), m_session.get());
    DownloadTarget t;
    t.dataUrl = m_sim.url(QStringLiteral("/data/v3")).toString();
    t.apiRootUrl = m_sim.baseUrl().toString();
    t.yearSpecific = true;
    t.schoolYears = {kYear};
    t.resources = {download(QStringLiteral("gradeLevelDescriptors")),
                   download(QStringLiteral("educationOrganizationCategoryDescriptors")),
                   download(QStringLiteral("localEducationAgencies")), download(QStringLiteral("schools"))};
    t.resources[2].propertyNames = leaPropertyNames;
    t.leaId = kLea;
    t.retryDelayScale = 0.01;
    downloader.setTarget(t);
    QSignalSpy finished(&downloader, &Downloader::finished);
    downloader.start();
    if (finished.isEmpty() && !finished.wait(120000))
        return {};
    return finished.first().first().value<DownloadSummary>();
}

ApiResult TestDownloader::send(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    RequestSpec spec;
    spec.method = method;
    spec.url = m_sim.url(path);
    if (!body.isEmpty()) {
        spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        spec.setHeader("Content-Type", "application/json");
    }
    ApiResult out;
    bool done = false;
    m_session->send(spec, [&](const ApiResult &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        qWarning() << "no answer to" << method << path;
    return out;
}

QJsonObject TestDownloader::schoolBody(qint64 id, const QString &name) const
{
    return QJsonObject {
        {QStringLiteral("schoolId"), id},
        {QStringLiteral("nameOfInstitution"), name},
        {QStringLiteral("educationOrganizationCategories"),
         QJsonArray {QJsonObject {{QStringLiteral("educationOrganizationCategoryDescriptor"),
                                   QStringLiteral("uri://ed-fi.org/EducationOrganizationCategoryDescriptor#School")}}}},
        {QStringLiteral("gradeLevels"),
         QJsonArray {QJsonObject {{QStringLiteral("gradeLevelDescriptor"),
                                   QStringLiteral("uri://ed-fi.org/GradeLevelDescriptor#Ninth grade")}},
                     QJsonObject {{QStringLiteral("gradeLevelDescriptor"),
                                   QStringLiteral("uri://ed-fi.org/GradeLevelDescriptor#Tenth grade")}}}},
        {QStringLiteral("localEducationAgencyReference"),
         QJsonObject {{QStringLiteral("localEducationAgencyId"), kLea.toLongLong()}}}};
}

int TestDownloader::deleteSchoolAtAgency(qint64 schoolId)
{
    for (const QJsonValue &v : m_sim.records(QStringLiteral("schools"), kYear)) {
        if (v.toObject().value(QStringLiteral("schoolId")).toInteger() == schoolId)
            return send("DELETE",
                        QStringLiteral("/data/v3/2027/ed-fi/schools/")
                            + v.toObject().value(QStringLiteral("id")).toString())
                .http.status;
    }
    return 0;
}

int TestDownloader::requestsWithPath(const QString &part)
{
    int n = 0;
    for (const QJsonValue &v : m_sim.requests(1000)) {
        if (v.toObject().value(QStringLiteral("path")).toString().contains(part))
            ++n;
    }
    return n;
}

void TestDownloader::tenThousandSchoolsAcrossPages()
{
    QElapsedTimer clock;
    clock.start();
    const DownloadSummary s = run();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    qInfo() << "full download of" << s.total().fetched << "records in" << clock.elapsed() << "ms";
    QSqlDatabase db = m_db->connection();

    const int schools = kBulk + 3;
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools WHERE school_year = 2027")), schools);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools WHERE lea_id = '255901'")), schools);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_local_education_agencies")), 1);
    const int grades = int(m_sim.records(QStringLiteral("gradeLevelDescriptors"), kYear).size());
    QVERIFY(grades >= 15);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM descriptors WHERE descriptor = 'GradeLevelDescriptor' "
                                   "AND school_year = 2027")),
             grades);
    // The pages: 10,003 schools at 500 a page.
    const QJsonObject counters = m_sim.counters();
    QCOMPARE(getCount(counters, QStringLiteral("schools")), (schools + 499) / 500);

    // A sample of values, mapped back from the agency's JSON.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT name_of_institution, grade_levels, categories, local_education_agency_id "
                                  "FROM rec_schools WHERE school_id = 800004321")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Bulk School 4321"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("uri://ed-fi.org/GradeLevelDescriptor#Tenth grade"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("uri://ed-fi.org/EducationOrganizationCategoryDescriptor#School"));
    QCOMPARE(q.value(3).toLongLong(), 255901);
    QVERIFY(q.exec(QStringLiteral("SELECT short_description FROM descriptors WHERE descriptor = "
                                  "'GradeLevelDescriptor' AND code_value = 'Ninth grade'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("Ninth grade"));

    // Nothing became a change to publish, and the tables have no capture triggers.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM change_queue")), 0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
                                   "('rec_schools', 'rec_local_education_agencies', 'descriptors')")),
             0);
    // The change version is stored, staging is empty, the run is recorded.
    QVERIFY(scalar(db,
                   QStringLiteral("SELECT change_version FROM download_state WHERE resource = 'schools' AND "
                                  "school_year = 2027"))
            > 0);
    QCOMPARE(stagedRows(db), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM job_runs WHERE kind = 'download' AND outcome = 'ok'")), 1);
}

void TestDownloader::secondRunFetchesOnlyChangesAndAppliesDeletes()
{
    QVERIFY(run().ok());
    QSqlDatabase db = m_db->connection();
    const qint64 before = scalar(db,
                                 QStringLiteral("SELECT change_version FROM download_state WHERE resource = "
                                                "'schools' AND school_year = 2027"));

    // At the agency: one school renamed, one new, one deleted.
    QCOMPARE(send("POST", QStringLiteral("/data/v3/2027/ed-fi/schools"),
                  schoolBody(800000005, QStringLiteral("Renamed School")))
                 .http.status,
             200);
    QCOMPARE(send("POST", QStringLiteral("/data/v3/2027/ed-fi/schools"),
                  schoolBody(900000001, QStringLiteral("Brand New School")))
                 .http.status,
             201);
    QCOMPARE(deleteSchoolAtAgency(800000007), 204);
    QVERIFY(m_sim.reset());

    const DownloadSummary s = run();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    DownloadCounts schools;
    for (const DownloadCounts &c : s.resources) {
        if (c.resource == QLatin1String("schools"))
            schools = c;
        QVERIFY(c.incremental);
    }
    QCOMPARE(schools.fetched, 3); // two changed records and one delete entry, not 10,004
    QCOMPARE(schools.inserted, 1);
    QCOMPARE(schools.updated, 1);
    QCOMPARE(schools.deleted, 1);
    QCOMPARE(schools.requests, 2); // one page of changes, one of deletes
    QCOMPARE(s.total().fetched, 3);
    const QJsonObject counters = m_sim.counters();
    QCOMPARE(getCount(counters, QStringLiteral("schools")), 2);

    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools")), kBulk + 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools WHERE school_id = 800000007")), 0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM rec_schools WHERE school_id = 800000005 AND "
                                   "name_of_institution = 'Renamed School' AND grade_levels LIKE '%Ninth "
                                   "grade;uri://ed-fi.org/GradeLevelDescriptor#Tenth grade'")),
             1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools WHERE school_id = 900000001")), 1);
    QVERIFY(scalar(db,
                   QStringLiteral("SELECT change_version FROM download_state WHERE resource = 'schools' AND "
                                  "school_year = 2027"))
            > before);

    // A third run with nothing changed asks only for the change versions.
    QVERIFY(m_sim.reset());
    const DownloadSummary again = run();
    QVERIFY(again.ok());
    QCOMPARE(again.total().fetched, 0);
    QCOMPARE(again.total().requests, 0);
}

void TestDownloader::malformedPageAppliesNothing()
{
    QSqlDatabase db = m_db->connection();
    // A first (full) run whose sixth page of schools lacks a key: the pages before it arrived
    // fine, yet not one school is applied; the other resources are.
    QVERIFY(m_sim.setFaults({{QStringLiteral("malformedPage"),
                              QJsonObject {{QStringLiteral("resource"), QStringLiteral("schools")},
                                           {QStringLiteral("offset"), 2500},
                                           {QStringLiteral("shape"), QStringLiteral("missingKey")}}}}));
    DownloadSummary s = run();
    QVERIFY(!s.ok());
    QCOMPARE(s.errors.size(), 1);
    QVERIFY2(s.errors.first().contains(QLatin1String("schools (2027)"))
                 && s.errors.first().contains(QLatin1String("offset 2500")),
             qPrintable(s.errors.first()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM download_state WHERE resource = 'schools'")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_local_education_agencies")), 1);
    QCOMPARE(stagedRows(db), 0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM job_runs WHERE kind = 'download' AND outcome = "
                                   "'partial'")),
             1);

    // A good run, then a change whose incremental page comes back cut off: schools stay as they
    // were and their change version does not move.
    QVERIFY(m_sim.setFaults({{QStringLiteral("malformedPage"), QJsonValue::Null}}));
    QVERIFY(run().ok());
    const QByteArray before = schoolsFingerprint(db);
    const qint64 version = scalar(db,
                                  QStringLiteral("SELECT change_version FROM download_state WHERE resource = "
                                                 "'schools' AND school_year = 2027"));
    QCOMPARE(send("POST", QStringLiteral("/data/v3/2027/ed-fi/schools"),
                  schoolBody(800000011, QStringLiteral("Changed Name")))
                 .http.status,
             200);
    QVERIFY(m_sim.setFaults({{QStringLiteral("malformedPage"),
                              QJsonObject {{QStringLiteral("resource"), QStringLiteral("schools")},
                                           {QStringLiteral("offset"), 0},
                                           {QStringLiteral("shape"), QStringLiteral("truncated")}}}}));
    s = run();
    QVERIFY(!s.ok());
    QVERIFY2(s.errors.first().contains(QLatin1String("offset 0")), qPrintable(s.errors.first()));
    QCOMPARE(schoolsFingerprint(db), before);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT change_version FROM download_state WHERE resource = 'schools' AND "
                                   "school_year = 2027")),
             version);
    QCOMPARE(stagedRows(db), 0);

    // Once the agency answers properly again, the change arrives.
    QVERIFY(m_sim.setFaults({{QStringLiteral("malformedPage"), QJsonValue::Null}}));
    QVERIFY(run().ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools WHERE name_of_institution = 'Changed Name'")),
             1);
}

void TestDownloader::withoutChangeQueriesDownloadsInFull_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<bool>("listed"); // in the discovery document
    QTest::addColumn<bool>("totalCount");
    QTest::newRow("absent, 500 with empty body") << QStringLiteral("absent") << false << false;
    QTest::newRow("absent, 404") << QStringLiteral("absent404") << false << true;
    QTest::newRow("listed but 500") << QStringLiteral("broken") << true << false;
    QTest::newRow("listed but no newestChangeVersion") << QStringLiteral("noVersion") << true << true;
}

void TestDownloader::withoutChangeQueriesDownloadsInFull()
{
    QFETCH(QString, mode);
    QFETCH(bool, listed);
    QFETCH(bool, totalCount);
    QSqlDatabase db = m_db->connection();
    QVERIFY(m_sim.setFaults({{QStringLiteral("changeQueries"), mode}, {QStringLiteral("totalCount"), totalCount}}));

    DownloadSummary s = run();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QVERIFY(s.capabilities.known);
    QCOMPARE(s.capabilities.changeQueries, listed);
    QCOMPARE(s.notes.size(), 1); // noted once for the run, not per resource
    QVERIFY2(s.notes.first().contains(QLatin1String("in full")), qPrintable(s.notes.first()));
    for (const DownloadCounts &c : std::as_const(s.resources))
        QVERIFY(!c.incremental);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools")), kBulk + 3);
    QJsonObject counters = m_sim.counters();
    // Asked at most once (when listed), never retried as if it were data; never asked when absent.
    QCOMPARE(getCount(counters, QStringLiteral("changeQueries")), listed ? 1 : 0);
    QCOMPARE(getCount(counters, QStringLiteral("discovery")), 1);
    // 10,003 schools: 20 full pages and a short one, with or without Total-Count.
    QCOMPARE(getCount(counters, QStringLiteral("schools")), (kBulk + 3 + 499) / 500);
    const QJsonObject run1 = s.toJson();
    QCOMPARE(run1.value(QStringLiteral("notes")).toArray().size(), 1);
    QCOMPARE(run1.value(QStringLiteral("capabilities")).toObject().value(QStringLiteral("changeQueries")).toBool(),
             listed);

    // At the agency: one school renamed, one deleted. The next full run finds both, the delete by
    // comparing keys.
    QCOMPARE(send("POST", QStringLiteral("/data/v3/2027/ed-fi/schools"),
                  schoolBody(800000005, QStringLiteral("Renamed School")))
                 .http.status,
             200);
    QCOMPARE(deleteSchoolAtAgency(800000007), 204);
    QVERIFY(m_sim.reset());

    s = run();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    const DownloadCounts schools = countsOf(s, QStringLiteral("schools"));
    QVERIFY(!schools.incremental);
    QCOMPARE(schools.fetched, kBulk + 2);
    QCOMPARE(schools.updated, 1);
    QCOMPARE(schools.deleted, 1);
    QCOMPARE(schools.inserted, 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools WHERE school_id = 800000007")), 0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM rec_schools WHERE name_of_institution = 'Renamed "
                                   "School'")),
             1);
    counters = m_sim.counters();
    QCOMPARE(getCount(counters, QStringLiteral("changeQueries")), listed ? 1 : 0);
    QCOMPARE(requestsWithPath(QStringLiteral("/deletes")), 0);
}

void TestDownloader::serverIgnoringOffsetFailsTheUnit_data()
{
    QTest::addColumn<bool>("totalCount");
    QTest::newRow("with Total-Count") << true;
    QTest::newRow("without Total-Count") << false;
}

void TestDownloader::serverIgnoringOffsetFailsTheUnit()
{
    // A server that answers every offset with the first page: paging used to go on for ever (and
    // a full download would then delete what the server never listed). The unit fails with a
    // clear message after a couple of pages and nothing local changes.
    QFETCH(bool, totalCount);
    QSqlDatabase db = m_db->connection();
    QVERIFY(m_sim.setFaults({{QStringLiteral("changeQueries"), QStringLiteral("absent")}}));
    QVERIFY(run().ok());
    const QByteArray before = schoolsFingerprint(db);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools")), kBulk + 3);

    QVERIFY(m_sim.setFaults({{QStringLiteral("ignoreOffset"), true}, {QStringLiteral("totalCount"), totalCount}}));
    QVERIFY(m_sim.reset());
    const DownloadSummary s = run();
    QVERIFY(!s.ok());
    const DownloadCounts schools = countsOf(s, QStringLiteral("schools"));
    QVERIFY2(schools.error.contains(QLatin1String("the server ignores offset paging")), qPrintable(schools.error));
    QCOMPARE(schools.deleted, 0);
    QVERIFY(getCount(m_sim.counters(), QStringLiteral("schools")) <= (kBulk + 3 + 499) / 500);
    QCOMPARE(schoolsFingerprint(db), before);
    QCOMPARE(stagedRows(db), 0);
}

void TestDownloader::lowerMaximumPageSizeListsEverything_data()
{
    QTest::addColumn<bool>("totalCount");
    QTest::newRow("with Total-Count") << true;
    QTest::newRow("without Total-Count") << false;
}

void TestDownloader::lowerMaximumPageSizeListsEverything()
{
    // A server whose maximum page size (100) is below the limit asked for (500): a short page is
    // not the end. The full download pages on from offset + received, and its delete by
    // comparing keys removes only the one school the agency really deleted.
    QFETCH(bool, totalCount);
    QSqlDatabase db = m_db->connection();
    QVERIFY(m_sim.setFaults({{QStringLiteral("changeQueries"), QStringLiteral("absent")}}));
    DownloadSummary s = run();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools")), kBulk + 3);

    QCOMPARE(deleteSchoolAtAgency(800000007), 204);
    QVERIFY(m_sim.setFaults({{QStringLiteral("maxPageSize"), 100}, {QStringLiteral("totalCount"), totalCount}}));
    QVERIFY(m_sim.reset());

    s = run();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    const DownloadCounts schools = countsOf(s, QStringLiteral("schools"));
    QCOMPARE(schools.fetched, kBulk + 2);
    QCOMPARE(schools.deleted, 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools")), kBulk + 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools WHERE school_id = 800000007")), 0);
    // 10,002 schools 100 at a time, and one more (empty) page to see the end without Total-Count.
    QCOMPARE(getCount(m_sim.counters(), QStringLiteral("schools")), (kBulk + 2 + 99) / 100 + (totalCount ? 0 : 1));
}

void TestDownloader::relocatedChangeQueriesAreFollowed()
{
    // Change queries listed in discovery under another path than ODS/API's (which answers 404
    // there): the listed URL is used, so the second run is incremental.
    QSqlDatabase db = m_db->connection();
    QVERIFY(m_sim.setFaults({{QStringLiteral("changeQueries"), QStringLiteral("relocated")}}));
    DownloadSummary s = run();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QVERIFY2(s.notes.isEmpty(), qPrintable(s.notes.join(QLatin1Char('\n'))));
    QCOMPARE(requestsWithPath(QStringLiteral("/changes/v2/2027/availableChangeVersions")), 1);
    QCOMPARE(requestsWithPath(QStringLiteral("/changeQueries/")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools")), kBulk + 3);

    QCOMPARE(send("POST", QStringLiteral("/data/v3/2027/ed-fi/schools"),
                  schoolBody(800000005, QStringLiteral("Renamed School")))
                 .http.status,
             200);
    QVERIFY(m_sim.reset());
    s = run();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    const DownloadCounts schools = countsOf(s, QStringLiteral("schools"));
    QVERIFY(schools.incremental);
    QCOMPARE(schools.fetched, 1);
    QCOMPARE(schools.updated, 1);
    QCOMPARE(requestsWithPath(QStringLiteral("/changeQueries/")), 0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM rec_schools WHERE name_of_institution = 'Renamed "
                                   "School'")),
             1);
}

void TestDownloader::fewerRecordsThanAnnouncedDeletesNothing()
{
    // Total-Count announces more records than the listing holds (records deleted while paging, a
    // wrong count): the full download applies what arrived and deletes nothing, and says so; the
    // next run with a right count finds the delete.
    QSqlDatabase db = m_db->connection();
    QVERIFY(m_sim.setFaults({{QStringLiteral("changeQueries"), QStringLiteral("absent")}}));
    QVERIFY(run().ok());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools")), kBulk + 3);
    QCOMPARE(deleteSchoolAtAgency(800000007), 204);
    QCOMPARE(send("POST", QStringLiteral("/data/v3/2027/ed-fi/schools"),
                  schoolBody(800000005, QStringLiteral("Renamed School")))
                 .http.status,
             200);

    QVERIFY(m_sim.setFaults({{QStringLiteral("totalCountExcess"), 3}}));
    DownloadSummary s = run();
    const DownloadCounts schools = countsOf(s, QStringLiteral("schools"));
    QCOMPARE(schools.fetched, kBulk + 2);
    QCOMPARE(schools.deleted, 0);
    QCOMPARE(schools.updated, 1); // what arrived is applied
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools WHERE school_id = 800000007")), 1);
    bool noted = false;
    for (const QString &n : std::as_const(s.notes))
        noted = noted || (n.contains(QLatin1String("announced")) && n.contains(QLatin1String("no local record")));
    QVERIFY2(noted, qPrintable(s.notes.join(QLatin1Char('\n'))));

    QVERIFY(m_sim.setFaults({{QStringLiteral("totalCountExcess"), 0}}));
    s = run();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools WHERE school_id = 800000007")), 0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools")), kBulk + 2);
}

void TestDownloader::dataStandardNamesFromTheProfile()
{
    // A Data Standard 3.3 server names an LEA's categories educationOrganizationCategories (the
    // simulator's sketch of a rename). Without the profile's propertyNames the LEA cannot be read
    // and is reported, nothing of it applied; with them it arrives in full.
    QSqlDatabase db = m_db->connection();
    QVERIFY(m_sim.setFaults({{QStringLiteral("dataStandard"), QStringLiteral("3.3")},
                             {QStringLiteral("changeQueries"), QStringLiteral("absent")}}));
    DownloadSummary s = run();
    QVERIFY(!s.ok());
    const DownloadCounts leas = countsOf(s, QStringLiteral("localEducationAgencies"));
    QVERIFY2(leas.error.contains(QLatin1String("categories")), qPrintable(leas.error));
    QVERIFY2(leas.error.contains(QLatin1String("Data Standard 3"))
                 && leas.error.contains(QLatin1String("propertyNames")),
             qPrintable(leas.error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_local_education_agencies")), 0);
    QCOMPARE(s.capabilities.dataStandardMajor(), 3);

    s = run({{QStringLiteral("categories"), QStringLiteral("educationOrganizationCategories")}});
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_local_education_agencies")) > 0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM rec_local_education_agencies WHERE categories LIKE "
                                   "'%Local Education Agency%'")),
             scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_local_education_agencies")));

    // The same profile reads a Data Standard 5 server too (either name is read).
    QVERIFY(m_sim.setFaults({{QStringLiteral("dataStandard"), QStringLiteral("5")}}));
    s = run({{QStringLiteral("categories"), QStringLiteral("educationOrganizationCategories")}});
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
}

void TestDownloader::agencyThatKeepsFailingEndsTheRun()
{
    // Every request answered 503: the first resource gives up after its retries, and the run ends
    // there with a plain list of what was not downloaded, instead of retrying each resource in turn.
    QSqlDatabase db = m_db->connection();
    QVERIFY(m_sim.setFaults({{QStringLiteral("errorRates"), QJsonObject {{QStringLiteral("503"), 1.0}}}}));
    QElapsedTimer clock;
    clock.start();
    const DownloadSummary s = run();
    QVERIFY(!s.ok());
    QCOMPARE(s.resources.size(), 4);
    QVERIFY2(s.resources.at(0).error.contains(QLatin1String("gave up")), qPrintable(s.resources.at(0).error));
    for (qsizetype i = 1; i < s.resources.size(); ++i)
        QVERIFY2(s.resources.at(i).error.contains(QLatin1String("not tried")), qPrintable(s.resources.at(i).error));
    const QString all = s.errors.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QLatin1String("Not downloaded: educationOrganizationCategoryDescriptors (2027), "
                                        "localEducationAgencies (2027), schools (2027)")),
             qPrintable(all));
    const int requests = int(m_sim.requests(1000).size());
    qInfo("A failing agency: %d requests, %lld ms", requests, clock.elapsed());
    QVERIFY2(requests <= 3 * 5 + 5, qPrintable(QString::number(requests))); // discovery, versions, one unit (+ tokens)
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_schools")), 0);
    QCOMPARE(stagedRows(db), 0);
}

void TestDownloader::expiredTokenRefusedWith400IsRefreshed()
{
    // Tokens that expire unannounced and are then refused with a plain 400 (issue 11): the next
    // download refreshes the token once and completes.
    QVERIFY(m_sim.setFaults({{QStringLiteral("unauthorizedStatus"), 400},
                             {QStringLiteral("tokenExpiresIn"), QStringLiteral("omitted")},
                             {QStringLiteral("tokenLifetimeSeconds"), 1}}));
    DownloadSummary s = run();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    const int tokensBefore = m_tokens->tokenRequests();
    QTest::qWait(1500); // the token expires on the server; the client was not told when
    s = run();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QVERIFY(m_tokens->tokenRequests() > tokensBefore);
    const QJsonObject byStatus = m_sim.counters().value(QStringLiteral("byStatus")).toObject();
    QVERIFY2(byStatus.value(QStringLiteral("400")).toInt() >= 1,
             QJsonDocument(byStatus).toJson(QJsonDocument::Compact).constData());
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM rec_schools")), kBulk + 3);
}

void TestDownloader::answerAfterTheDownloaderIsGoneIsDropped()
{
    // The session outlives a Downloader, so an answer can arrive after the Downloader is gone (the
    // ASan run of issue 14 found the callback calling into a destroyed Downloader): the answer is
    // dropped, nothing is applied, and the same session serves the next run.
    QVERIFY(m_sim.setFaults({{QStringLiteral("latencyMs"), 300}}));
    auto downloader = std::make_unique<Downloader>(m_db->connection(), m_session.get());
    DownloadTarget t;
    t.dataUrl = m_sim.url(QStringLiteral("/data/v3")).toString();
    t.apiRootUrl = m_sim.baseUrl().toString();
    t.yearSpecific = true;
    t.schoolYears = {kYear};
    t.resources = {download(QStringLiteral("schools"))};
    t.leaId = kLea;
    downloader->setTarget(t);
    downloader->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_client->inFlight() > 0, 5000);
    downloader.reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_client->inFlight() + m_client->queued(), 0, 10000);
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM rec_schools")), 0);
    QVERIFY(m_sim.setFaults({{QStringLiteral("latencyMs"), 0}}));
    const DownloadSummary s = run();
    QVERIFY2(s.ok(), qPrintable(s.errors.join(QLatin1Char('\n'))));
    QCOMPARE(scalar(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM rec_schools")), kBulk + 3);
}

QTEST_GUILESS_MAIN(TestDownloader)
#include "test_downloader.moc"
