// What a server offers, from its discovery document (issue 11): the sim's and ODS/API's shapes,
// capitalised keys, documents without change queries, and answers that are no discovery document.

#include "HttpJob.h"
#include "ServerCapabilities.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dexdesk;

class TestServerCapabilities : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void odsApiDocument()
    {
        const ServerCapabilities c = ServerCapabilities::fromJson(
            "{\"version\":\"7.1\",\"dataModels\":[{\"name\":\"Ed-Fi\",\"version\":\"5.0.0\"},"
            "{\"name\":\"TPDM\",\"version\":\"1.1.0\"}],\"urls\":{\"dependencies\":\"https://h/metadata/data/v3/"
            "dependencies\",\"oauth\":\"https://h/oauth/token\",\"dataManagementApi\":\"https://h/data/v3/\","
            "\"changeQueries\":\"https://h/changeQueries/v1/\",\"identity\":\"https://h/identity/v2/\"}}");
        QVERIFY(c.known);
        QCOMPARE(c.apiVersion, QStringLiteral("7.1"));
        QCOMPARE(c.dataModels, (QStringList {QStringLiteral("Ed-Fi 5.0.0"), QStringLiteral("TPDM 1.1.0")}));
        QVERIFY(c.changeQueries);
        QVERIFY(c.identity);
        QVERIFY(c.dependencies);
        QVERIFY(c.changeQueriesText().contains(QLatin1String("offered")));
        QCOMPARE(c.toJson().value(QStringLiteral("changeQueries")).toBool(), true);
    }

    void withoutChangeQueries()
    {
        const ServerCapabilities c = ServerCapabilities::fromJson(
            "{\"Version\":\"1.0\",\"DataModels\":[{\"Name\":\"Ed-Fi\",\"Version\":\"3.3.1-b\"}],"
            "\"Urls\":{\"dataManagementApi\":\"https://h/data/v3\",\"oauth\":\"https://h/token\"}}");
        QVERIFY(c.known);
        QCOMPARE(c.dataModelText(), QStringLiteral("Ed-Fi 3.3.1-b"));
        QVERIFY(!c.changeQueries);
        QVERIFY(!c.identity);
        QCOMPARE(c.changeQueriesText(),
                 QStringLiteral("change queries: not offered — Download will fetch everything each time"));
    }

    void notADiscoveryDocument_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << 200 << QByteArray("<html>Welcome</html>");
        QTest::newRow("list") << 200 << QByteArray("[1,2]");
        QTest::newRow("unrelated object") << 200 << QByteArray("{\"hello\":\"world\"}");
        QTest::newRow("urls not an object, no version") << 200 << QByteArray("{\"urls\":\"x\"}");
        QTest::newRow("404") << 404 << QByteArray("{\"version\":\"7\"}");
        QTest::newRow("empty") << 200 << QByteArray();
    }

    void notADiscoveryDocument()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        HttpResult r;
        r.status = status;
        r.body = body;
        const ServerCapabilities c = ServerCapabilities::fromDiscovery(r);
        QVERIFY(!c.known);
        QVERIFY(!c.problem.isEmpty());
        QVERIFY(!c.changeQueries);
        QVERIFY(c.changeQueriesText().contains(QLatin1String("unknown")));
    }

    void changeVersions()
    {
        QCOMPARE(ServerCapabilities::newestChangeVersion("{\"oldestChangeVersion\":0,\"newestChangeVersion\":42}"), 42);
        QCOMPARE(ServerCapabilities::newestChangeVersion("{\"NewestChangeVersion\":7}"), 7);
        QCOMPARE(ServerCapabilities::newestChangeVersion("{\"oldestChangeVersion\":0}"), -1);
        QCOMPARE(ServerCapabilities::newestChangeVersion("{\"newestChangeVersion\":\"42\"}"), -1);
        QCOMPARE(ServerCapabilities::newestChangeVersion(""), -1);
        // Garbage numbers: never an out-of-range conversion, just no version.
        QCOMPARE(ServerCapabilities::newestChangeVersion("{\"newestChangeVersion\":1e300}"), -1);
        QCOMPARE(ServerCapabilities::newestChangeVersion("{\"newestChangeVersion\":-1e300}"), -1);
        QCOMPARE(ServerCapabilities::newestChangeVersion("{\"newestChangeVersion\":9007199254740992}"), -1);
        QCOMPARE(ServerCapabilities::newestChangeVersion("{\"newestChangeVersion\":9007199254740991}"),
                 Q_INT64_C(9007199254740991));
        QCOMPARE(ServerCapabilities::newestChangeVersion("{\"newestChangeVersion\":2.5}"), -1);
        QCOMPARE(ServerCapabilities::newestChangeVersion("{\"newestChangeVersion\":0}"), 0);
        QCOMPARE(ServerCapabilities::changeVersionsUrl(QStringLiteral("https://h/api/"), true, 2027),
                 QStringLiteral("https://h/api/changeQueries/v1/2027/availableChangeVersions"));
        QCOMPARE(ServerCapabilities::changeVersionsUrl(QStringLiteral("https://h"), false, 0),
                 QStringLiteral("https://h/changeQueries/v1/availableChangeVersions"));
    }

    // The change-queries URL the discovery document lists is followed (issue 11), on the API
    // root's server only, with school-year placeholders filled in; otherwise ODS/API's layout.
    void listedChangeQueriesUrl_data()
    {
        QTest::addColumn<QString>("listed");
        QTest::addColumn<bool>("yearSpecific");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("why"); // a word of the reason it was not used; empty when used
        const QString built = QStringLiteral("https://h/api/changeQueries/v1/2027/availableChangeVersions");
        const QString builtShared = QStringLiteral("https://h/api/changeQueries/v1/availableChangeVersions");
        QTest::newRow("listed elsewhere on the same server, shared")
            << QStringLiteral("https://h/tracking/v2/") << false
            << QStringLiteral("https://h/tracking/v2/availableChangeVersions") << QString();
        QTest::newRow("year appended on a year-specific server")
            << QStringLiteral("https://h/tracking/v2") << true
            << QStringLiteral("https://h/tracking/v2/2027/availableChangeVersions") << QString();
        QTest::newRow("year placeholder filled in")
            << QStringLiteral("https://h/cq/{schoolYearFromRoute}/v1/") << true
            << QStringLiteral("https://h/cq/2027/v1/availableChangeVersions") << QString();
        QTest::newRow("a listed year replaced by the one asked for")
            << QStringLiteral("https://h/changeQueries/v1/2026/") << true
            << QStringLiteral("https://h/changeQueries/v1/2027/availableChangeVersions") << QString();
        QTest::newRow("explicit default port is the same server")
            << QStringLiteral("https://h:443/tracking/") << false
            << QStringLiteral("https://h:443/tracking/availableChangeVersions") << QString();
        QTest::newRow("another host: the token stays home") << QStringLiteral("https://other.example/changeQueries/v1/")
                                                            << false << builtShared << QStringLiteral("another server");
        QTest::newRow("another port") << QStringLiteral("https://h:8443/changeQueries/v1/") << true << built
                                      << QStringLiteral("another server");
        QTest::newRow("plain http for an https root")
            << QStringLiteral("http://h/changeQueries/v1/") << true << built << QStringLiteral("another server");
        QTest::newRow("a placeholder that is not a year") << QStringLiteral("https://h/{instance}/changeQueries/v1/")
                                                          << true << built << QStringLiteral("placeholder");
        QTest::newRow("a year placeholder on a shared server")
            << QStringLiteral("https://h/cq/{schoolYear}/") << false << builtShared << QStringLiteral("placeholder");
        QTest::newRow("a relative path") << QStringLiteral("/changeQueries/v1/") << true << built
                                         << QStringLiteral("absolute");
        QTest::newRow("not a web address")
            << QStringLiteral("ftp://h/changeQueries/") << true << built << QStringLiteral("absolute");
    }

    void listedChangeQueriesUrl()
    {
        QFETCH(QString, listed);
        QFETCH(bool, yearSpecific);
        QFETCH(QString, expected);
        QFETCH(QString, why);
        const QByteArray doc = QJsonDocument(QJsonObject {{QStringLiteral("version"), QStringLiteral("7.1")},
                                                          {QStringLiteral("urls"),
                                                           QJsonObject {{QStringLiteral("changeQueries"), listed}}}})
                                   .toJson();
        const ServerCapabilities c = ServerCapabilities::fromJson(doc);
        QVERIFY(c.changeQueries);
        QString reason = QStringLiteral("unset");
        QCOMPARE(c.changeVersionsUrlFor(QStringLiteral("https://h/api/"), yearSpecific, 2027, &reason), expected);
        if (why.isEmpty())
            QVERIFY2(reason.isEmpty(), qPrintable(reason));
        else
            QVERIFY2(reason.contains(why), qPrintable(reason));

        // Not listed at all: the API root's layout, and nothing to explain.
        const ServerCapabilities none = ServerCapabilities::fromJson("{\"version\":\"7.1\",\"urls\":{}}");
        QCOMPARE(none.changeVersionsUrlFor(QStringLiteral("https://h/api/"), true, 2027, &reason),
                 QStringLiteral("https://h/api/changeQueries/v1/2027/availableChangeVersions"));
        QVERIFY(reason.isEmpty());
    }

    void dataStandardFromDataModels()
    {
        const auto major = [](const char *models) {
            return ServerCapabilities::fromJson(QByteArray("{\"version\":\"5.3\",\"dataModels\":") + models + "}")
                .dataStandardMajor();
        };
        QCOMPARE(major("[{\"name\":\"Ed-Fi\",\"version\":\"3.3.1-b\"}]"), 3);
        QCOMPARE(major("[{\"name\":\"TPDM\",\"version\":\"1.1.0\"},{\"name\":\"Ed-Fi\",\"version\":\"5.0.0\"}]"), 5);
        QCOMPARE(major("[{\"name\":\"TPDM\",\"version\":\"1.1.0\"}]"), 0);
        QCOMPARE(major("[]"), 0);
        QCOMPARE(major("\"Ed-Fi 5\""), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerCapabilities)
#include "test_server_capabilities.moc"
