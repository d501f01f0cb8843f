// dexdesk-sim's token endpoint and bearer checks, over real HTTP on 127.0.0.1.
#include "SimProcess.h"
#include "SimTestClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

class TestSimToken : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<SimTestClient> m_client;

    TestReply tokenRequest(const QByteArray &body, const QByteArray &contentType, const QByteArray &basic = {})
    {
        m_client->setToken({});
        QList<QPair<QByteArray, QByteArray>> headers {{"Content-Type", contentType}};
        if (!basic.isEmpty())
            headers.append({"Authorization", "Basic " + basic.toBase64()});
        return m_client->send("POST", QStringLiteral("/oauth/token"), body, headers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        m_client = std::make_unique<SimTestClient>(m_sim.baseUrl());
    }
    void init() { QVERIFY(m_sim.reset(false, true)); }

    void basicAuthWithForm()
    {
        const TestReply r = tokenRequest("grant_type=client_credentials", "application/x-www-form-urlencoded",
                                         "training-key:training-secret");
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json().object();
        QVERIFY(!o.value(QStringLiteral("access_token")).toString().isEmpty());
        QCOMPARE(o.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
        QVERIFY(o.value(QStringLiteral("expires_in")).isDouble());
        QCOMPARE(o.value(QStringLiteral("expires_in")).toInt(), 1800);
        QCOMPARE(m_sim.counters().value(QStringLiteral("tokensIssued")).toInt(), 1);
    }

    void formOnly()
    {
        const TestReply r
            = tokenRequest("grant_type=client_credentials&client_id=training-key&client_secret=training-secret",
                           "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().object().value(QStringLiteral("access_token")).toString().isEmpty());
    }

    void jsonBody()
    {
        const TestReply r = tokenRequest(
            R"({"client_id":"training-key","client_secret":"training-secret","grant_type":"client_credentials"})",
            "application/json");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().object().value(QStringLiteral("access_token")).toString().isEmpty());
    }

    void onlyJsonAccepted()
    {
        QVERIFY(m_sim.setFaults({{QStringLiteral("tokenFormats"), QJsonArray {QStringLiteral("json")}}}));
        QCOMPARE(tokenRequest("grant_type=client_credentials", "application/x-www-form-urlencoded",
                              "training-key:training-secret")
                     .status,
                 400);
        QCOMPARE(
            tokenRequest(R"({"grant_type":"client_credentials"})", "application/json", "training-key:training-secret")
                .status,
            200);
    }

    void wrongGrantType()
    {
        const TestReply r
            = tokenRequest("grant_type=password", "application/x-www-form-urlencoded", "training-key:training-secret");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("unsupported_grant_type"));
    }

    void badSecretIs401()
    {
        const TestReply r
            = tokenRequest("grant_type=client_credentials", "application/x-www-form-urlencoded", "training-key:wrong");
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
        QCOMPARE(m_sim.counters().value(QStringLiteral("tokensIssued")).toInt(), 0);
        QCOMPARE(m_sim.counters().value(QStringLiteral("tokenRequests")).toInt(), 1);
    }

    void badSecretAs400Variant()
    {
        QVERIFY(m_sim.setFaults({{QStringLiteral("badCredentialsStatus"), 400}}));
        const TestReply r = tokenRequest("grant_type=client_credentials&client_id=nobody&client_secret=x",
                                         "application/x-www-form-urlencoded");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_client"));
    }

    void expiresInVariants()
    {
        QVERIFY(m_sim.setFaults({{QStringLiteral("tokenExpiresIn"), QStringLiteral("omitted")}}));
        TestReply r = tokenRequest("grant_type=client_credentials", "application/x-www-form-urlencoded",
                                   "training-key:training-secret");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().object().contains(QStringLiteral("expires_in")));
        QVERIFY(m_sim.setFaults({{QStringLiteral("tokenExpiresIn"), QStringLiteral("string")},
                                 {QStringLiteral("tokenLifetimeSeconds"), 90}}));
        r = tokenRequest("grant_type=client_credentials", "application/x-www-form-urlencoded",
                         "training-key:training-secret");
        QCOMPARE(r.json().object().value(QStringLiteral("expires_in")).toString(), QStringLiteral("90"));
        // An absolute Unix time, as some servers send.
        QVERIFY(m_sim.setFaults({{QStringLiteral("tokenExpiresIn"), QStringLiteral("absolute")}}));
        const qint64 before = QDateTime::currentSecsSinceEpoch();
        r = tokenRequest("grant_type=client_credentials", "application/x-www-form-urlencoded",
                         "training-key:training-secret");
        const qint64 at = r.json().object().value(QStringLiteral("expires_in")).toInteger();
        QVERIFY2(at >= before + 90 && at <= QDateTime::currentSecsSinceEpoch() + 90, qPrintable(QString::number(at)));
        QVERIFY(!m_sim.setFaults({{QStringLiteral("tokenExpiresIn"), QStringLiteral("later")}}));
    }

    void dataNeedsBearer()
    {
        m_client->setToken({});
        TestReply r = m_client->get(QStringLiteral("/data/v3/2027/ed-fi/schools"));
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").startsWith("Bearer"));
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        m_client->setToken("not-a-token");
        r = m_client->get(QStringLiteral("/data/v3/2027/ed-fi/schools"));
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("WWW-Authenticate").contains("invalid_token"));
    }

    void tokenExpires()
    {
        QVERIFY(m_sim.setFaults({{QStringLiteral("tokenLifetimeSeconds"), 1}}));
        QVERIFY(!m_client->fetchToken().isEmpty());
        QCOMPARE(m_client->get(QStringLiteral("/data/v3/2027/ed-fi/schools")).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_client->get(QStringLiteral("/data/v3/2027/ed-fi/schools")).status, 401, 5000);
        const TestReply r = m_client->get(QStringLiteral("/data/v3/2027/ed-fi/schools"));
        QVERIFY(r.header("WWW-Authenticate").contains("expired"));
        QVERIFY(r.json().object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("expired")));
        // A fresh token works again.
        QVERIFY(m_sim.setFaults({{QStringLiteral("tokenLifetimeSeconds"), 1800}}));
        QVERIFY(!m_client->fetchToken().isEmpty());
        QCOMPARE(m_client->get(QStringLiteral("/data/v3/2027/ed-fi/schools")).status, 200);
    }

    void discoveryDocument()
    {
        const TestReply r = m_client->get(QStringLiteral("/"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("version")).toString(), QStringLiteral("7.1"));
        QCOMPARE(o.value(QStringLiteral("dataModels"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("version"))
                     .toString(),
                 QStringLiteral("5.0.0"));
        const QJsonObject urls = o.value(QStringLiteral("urls")).toObject();
        const QString base = m_sim.baseUrl().toString();
        QCOMPARE(urls.value(QStringLiteral("oauth")).toString(), base + QStringLiteral("/oauth/token"));
        QCOMPARE(urls.value(QStringLiteral("dataManagementApi")).toString(), base + QStringLiteral("/data/v3/"));
        QVERIFY(urls.value(QStringLiteral("dependencies")).toString().startsWith(base));
        QCOMPARE(urls.value(QStringLiteral("changeQueries")).toString(), base + QStringLiteral("/changeQueries/v1/"));
        QCOMPARE(urls.value(QStringLiteral("identity")).toString(), base + QStringLiteral("/identity/v2/"));
    }
};

QTEST_GUILESS_MAIN(TestSimToken)
#include "test_sim_token.moc"
