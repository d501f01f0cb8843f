// dexdesk-sim's counters and request log: what arrived, by resource, method and status;
// duplicates; per-record order violations; in-flight levels; headers as received.
#include "SimFixtures.h"
#include "SimProcess.h"
#include "SimTestClient.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

using namespace SimFixtures;

class TestSimCounters : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<SimTestClient> m_client;
    const QString m_students = QStringLiteral("/data/v3/2027/ed-fi/students");

    static int at(const QJsonObject &o, const QStringList &path)
    {
        QJsonValue v = o;
        for (const QString &p : path)
            v = v.toObject().value(p);
        return v.toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        m_client = std::make_unique<SimTestClient>(m_sim.baseUrl());
        QVERIFY(!m_client->fetchToken().isEmpty());
    }
    void init() { QVERIFY(m_sim.reset(true, true)); }

    void byResourceMethodStatusAndDuplicates()
    {
        QCOMPARE(m_sim.counters().value(QStringLiteral("requests")).toInt(), 0); // admin calls are not counted
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("K1"))).status, 201);
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("K1"))).status, 200); // identical: duplicate
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("K1"), QStringLiteral("Other"))).status, 200);
        QCOMPARE(m_client->get(m_students).status, 200);
        QJsonObject bad = student(QStringLiteral("K2"));
        bad.remove(QStringLiteral("birthDate"));
        QCOMPARE(m_client->post(m_students, bad).status, 400);

        const QJsonObject c = m_sim.counters();
        QCOMPARE(c.value(QStringLiteral("requests")).toInt(), 5);
        QCOMPARE(at(c,
                    {QStringLiteral("byResource"), QStringLiteral("students"), QStringLiteral("POST"),
                     QStringLiteral("201")}),
                 1);
        QCOMPARE(at(c,
                    {QStringLiteral("byResource"), QStringLiteral("students"), QStringLiteral("POST"),
                     QStringLiteral("200")}),
                 2);
        QCOMPARE(at(c,
                    {QStringLiteral("byResource"), QStringLiteral("students"), QStringLiteral("POST"),
                     QStringLiteral("400")}),
                 1);
        QCOMPARE(at(c,
                    {QStringLiteral("byResource"), QStringLiteral("students"), QStringLiteral("GET"),
                     QStringLiteral("200")}),
                 1);
        QCOMPARE(at(c, {QStringLiteral("byMethod"), QStringLiteral("POST")}), 4);
        QCOMPARE(at(c, {QStringLiteral("byStatus"), QStringLiteral("200")}), 3);
        QCOMPARE(c.value(QStringLiteral("duplicates")).toInt(), 1);
        QCOMPARE(at(c, {QStringLiteral("duplicatesByResource"), QStringLiteral("students")}), 1);
        QCOMPARE(at(c, {QStringLiteral("records"), QStringLiteral("2027"), QStringLiteral("students")}), 1);
        QCOMPARE(at(c, {QStringLiteral("records"), QStringLiteral("2027"), QStringLiteral("schools")}), 3);

        QVERIFY(m_sim.reset());
        QCOMPARE(m_sim.counters().value(QStringLiteral("requests")).toInt(), 0);
        QCOMPARE(m_sim.records(QStringLiteral("students"), 2027).size(), 1); // reset without store=1 keeps data
    }

    void orderViolations()
    {
        const auto post = [&](const QString &id, const QString &name, int seq) {
            return m_client->post(m_students, student(id, name), {{"X-Dexdesk-Sequence", QByteArray::number(seq)}})
                .status;
        };
        QCOMPARE(post(QStringLiteral("Q1"), QStringLiteral("a"), 5), 201);
        QCOMPARE(post(QStringLiteral("Q1"), QStringLiteral("b"), 7), 200);
        QCOMPARE(post(QStringLiteral("Q2"), QStringLiteral("a"), 1), 201); // another record: its own sequence
        QCOMPARE(m_sim.counters().value(QStringLiteral("orderViolations")).toInt(), 0);
        QCOMPARE(post(QStringLiteral("Q1"), QStringLiteral("c"), 6), 200); // older than 7
        const QJsonObject c = m_sim.counters();
        QCOMPARE(c.value(QStringLiteral("orderViolations")).toInt(), 1);
        QCOMPARE(at(c, {QStringLiteral("orderViolationsByResource"), QStringLiteral("2027/students")}), 1);
    }

    void inFlightLevels()
    {
        QVERIFY(m_sim.setFaults({{QStringLiteral("latencyMs"), 300}}));
        QVERIFY(m_sim.reset());
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 3; ++i) {
            QNetworkRequest request(m_sim.url(QStringLiteral("/")));
            request.setTransferTimeout(5000);
            replies.append(nam.get(request));
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 5000);
        for (QNetworkReply *r : replies) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            r->deleteLater();
        }
        const QJsonObject c = m_sim.counters();
        QCOMPARE(c.value(QStringLiteral("maxInFlight")).toInt(), 3);
        QCOMPARE(c.value(QStringLiteral("inFlight")).toInt(), 0);
        const QJsonObject levels = c.value(QStringLiteral("inFlightMs")).toObject();
        QVERIFY2(levels.value(QStringLiteral("3")).toDouble() > 150, QJsonDocument(levels).toJson().constData());
        QVERIFY(!levels.contains(QStringLiteral("4")));
    }

    // Issue 12: several engine instances must never have one record in flight twice at once.
    void sameRecordInFlight()
    {
        QVERIFY(m_sim.setFaults({{QStringLiteral("latencyMs"), 300}}));
        QVERIFY(m_sim.reset());
        const QByteArray token = m_client->fetchToken();
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        const auto post = [&](const QString &id, const QString &name) {
            QNetworkRequest request(m_sim.url(m_students));
            request.setRawHeader("Authorization", "Bearer " + token);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setTransferTimeout(5000);
            replies.append(nam.post(request, QJsonDocument(student(id, name)).toJson(QJsonDocument::Compact)));
        };
        post(QStringLiteral("R1"), QStringLiteral("a"));
        post(QStringLiteral("R2"), QStringLiteral("a")); // another record beside it: fine
        post(QStringLiteral("R1"), QStringLiteral("b")); // the same record while the first is out
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }), 5000);
        for (QNetworkReply *r : replies) {
            QVERIFY(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2);
            r->deleteLater();
        }
        QCOMPARE(m_sim.counters().value(QStringLiteral("sameRecordInFlight")).toInt(), 1);
        // One after the other is not counted.
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("R1"), QStringLiteral("c"))).status, 200);
        QCOMPARE(m_sim.counters().value(QStringLiteral("sameRecordInFlight")).toInt(), 1);
    }

    void headersAsReceived()
    {
        QVERIFY(m_client->get(m_students + QStringLiteral("?limit=3")).status == 200);
        const QByteArray token = m_client->fetchToken();
        QVERIFY(m_client->get(m_students + QStringLiteral("?limit=4")).status == 200);
        const QJsonArray log = m_sim.requests(10);
        QCOMPARE(log.size(), 3);
        const QJsonObject latest = log.first().toObject();
        QCOMPARE(latest.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(latest.value(QStringLiteral("path")).toString(), m_students + QStringLiteral("?limit=4"));
        QCOMPARE(latest.value(QStringLiteral("status")).toInt(), 200);
        QCOMPARE(latest.value(QStringLiteral("headers")).toObject().value(QStringLiteral("Authorization")).toString(),
                 QStringLiteral("Bearer ") + QString::fromLatin1(token));
        QCOMPARE(log.at(1).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("/oauth/token"));
    }

    void tokenBodiesAreNotLogged()
    {
        SimTestClient plain(m_sim.baseUrl());
        const TestReply r
            = plain.send("POST", QStringLiteral("/oauth/token"),
                         "grant_type=client_credentials&client_id=training-key&client_secret=training-secret",
                         {{"Content-Type", "application/x-www-form-urlencoded"}});
        QCOMPARE(r.status, 200);
        const QByteArray dump = QJsonDocument(m_sim.requests(10)).toJson();
        QVERIFY(dump.contains("/oauth/token"));
        QVERIFY(!dump.contains("training-secret"));
        QCOMPARE(m_sim.counters().value(QStringLiteral("tokenRequests")).toInt(), 1);
    }

    void requestLogIsBounded()
    {
        SimProcess small;
        QVERIFY2(small.start({QStringLiteral("--request-log-size"), QStringLiteral("5")}),
                 qPrintable(small.errorString()));
        SimTestClient client(small.baseUrl());
        for (int i = 0; i < 8; ++i)
            QCOMPARE(client.get(QStringLiteral("/?n=%1").arg(i)).status, 200);
        const QJsonArray log = small.requests(100);
        QCOMPARE(log.size(), 5);
        QCOMPARE(log.first().toObject().value(QStringLiteral("path")).toString(), QStringLiteral("/?n=7"));
        QCOMPARE(log.last().toObject().value(QStringLiteral("path")).toString(), QStringLiteral("/?n=3"));
    }
};

QTEST_GUILESS_MAIN(TestSimCounters)
#include "test_sim_counters.moc"
