// What a server offers, from its discovery document (issue 11): the sim's and ODS/API's shapes,
// capitalised keys, documents without change queries, and answers that are no discovery document.

#include "HttpJob.h"
#include "ServerCapabilities.h"

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
};

QTEST_GUILESS_MAIN(TestServerCapabilities)
#include "test_server_capabilities.moc"
