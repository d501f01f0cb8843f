// dexdesk-sim's change queries: change versions on records, min/maxChangeVersion, /deletes and
// availableChangeVersions.
#include "SimFixtures.h"
#include "SimProcess.h"
#include "SimTestClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace SimFixtures;

class TestSimChanges : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<SimTestClient> m_client;
    const QString m_students = QStringLiteral("/data/v3/2027/ed-fi/students");

    qint64 newest(const QString &path)
    {
        const TestReply r = m_client->get(path);
        return r.status == 200 ? qint64(r.json().object().value(QStringLiteral("newestChangeVersion")).toDouble()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        m_client = std::make_unique<SimTestClient>(m_sim.baseUrl());
        QVERIFY(!m_client->fetchToken().isEmpty());
    }

    void changeVersionsMove()
    {
        const QString available = QStringLiteral("/changeQueries/v1/2027/availableChangeVersions");
        const TestReply r = m_client->get(available);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().object().value(QStringLiteral("oldestChangeVersion")).toInt(), 0);
        const qint64 start = newest(available);
        QVERIFY(start > 0); // the seed data has change versions

        QCOMPARE(m_client->post(m_students, student(QStringLiteral("C1"))).status, 201);
        const qint64 afterFirst = newest(available);
        QCOMPARE(afterFirst, start + 1);
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("C2"))).status, 201);
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("C1"), QStringLiteral("Changed"))).status, 200);
        const qint64 afterUpdate = newest(available);
        QCOMPARE(afterUpdate, start + 3);
        // An identical re-post is no change.
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("C1"), QStringLiteral("Changed"))).status, 200);
        QCOMPARE(newest(available), afterUpdate);
        // Other years keep their own counter.
        QCOMPARE(newest(QStringLiteral("/changeQueries/v1/2026/availableChangeVersions")), start);
        QVERIFY(newest(QStringLiteral("/changeQueries/v1/availableChangeVersions")) >= 0);

        // Only C2 and the update of C1 lie after the first change.
        const TestReply window
            = m_client->get(m_students
                            + QStringLiteral("?minChangeVersion=%1&maxChangeVersion=%2&totalCount=true")
                                  .arg(afterFirst + 1)
                                  .arg(afterUpdate));
        QCOMPARE(window.status, 200);
        QCOMPARE(window.header("Total-Count"), QByteArray("2"));
        const TestReply upToFirst = m_client->get(m_students + QStringLiteral("?maxChangeVersion=%1").arg(afterFirst));
        QCOMPARE(upToFirst.json().array().size(), 0); // C1 moved on to a later version
        QCOMPARE(m_client->get(m_students + QStringLiteral("?minChangeVersion=abc")).status, 400);
    }

    void deletesAreReported()
    {
        const QString available = QStringLiteral("/changeQueries/v1/2027/availableChangeVersions");
        const TestReply created = m_client->post(m_students, student(QStringLiteral("D1")));
        const QString location = QString::fromUtf8(created.header("Location"));
        const qint64 before = newest(available);
        QCOMPARE(m_client->del(location).status, 204);
        QCOMPARE(newest(available), before + 1);
        const TestReply deletes
            = m_client->get(m_students + QStringLiteral("/deletes?minChangeVersion=%1").arg(before + 1));
        QCOMPARE(deletes.status, 200);
        const QJsonArray a = deletes.json().array();
        QCOMPARE(a.size(), 1);
        const QJsonObject d = a.first().toObject();
        QCOMPARE(d.value(QStringLiteral("id")).toString(), location.section(QLatin1Char('/'), -1));
        QCOMPARE(qint64(d.value(QStringLiteral("changeVersion")).toDouble()), before + 1);
        QCOMPARE(d.value(QStringLiteral("keyValues")).toObject().value(QStringLiteral("studentUniqueId")).toString(),
                 QStringLiteral("D1"));
        QCOMPARE(m_client->get(m_students + QStringLiteral("/deletes?maxChangeVersion=%1").arg(before))
                     .json()
                     .array()
                     .size(),
                 0);
    }

    // A server without change queries (issue 11): not in discovery, and the endpoint answers 500
    // with an empty body or 404; listed but broken; or listed without newestChangeVersion. And
    // paging without Total-Count.
    void changeQueryModes()
    {
        const QString available = QStringLiteral("/changeQueries/v1/2027/availableChangeVersions");
        const auto listed = [this] {
            return m_client->get(QStringLiteral("/"))
                .json()
                .object()
                .value(QStringLiteral("urls"))
                .toObject()
                .contains(QStringLiteral("changeQueries"));
        };
        QVERIFY(listed());
        QVERIFY(m_sim.setFaults({{QStringLiteral("changeQueries"), QStringLiteral("absent")}}));
        QVERIFY(!listed());
        TestReply r = m_client->get(available);
        QCOMPARE(r.status, 500);
        QVERIFY(r.body.isEmpty());
        QVERIFY(m_sim.setFaults({{QStringLiteral("changeQueries"), QStringLiteral("absent404")}}));
        QVERIFY(!listed());
        QCOMPARE(m_client->get(available).status, 404);
        QVERIFY(m_sim.setFaults({{QStringLiteral("changeQueries"), QStringLiteral("broken")}}));
        QVERIFY(listed());
        QCOMPARE(m_client->get(available).status, 500);
        QVERIFY(m_sim.setFaults({{QStringLiteral("changeQueries"), QStringLiteral("noVersion")}}));
        r = m_client->get(available);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().object().contains(QStringLiteral("newestChangeVersion")));
        QVERIFY(!m_sim.setFaults({{QStringLiteral("changeQueries"), QStringLiteral("sometimes")}}));

        QCOMPARE(m_client->get(m_students + QStringLiteral("?totalCount=true")).header("Total-Count").isEmpty(), false);
        QVERIFY(m_sim.setFaults({{QStringLiteral("totalCount"), false}}));
        r = m_client->get(m_students + QStringLiteral("?totalCount=true&limit=1"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Total-Count").isEmpty());
        QCOMPARE(r.json().array().size(), 1);

        // ignoreOffset: every offset answers the first page; maxPageSize caps the limit asked.
        const QJsonValue first = m_client->get(m_students + QStringLiteral("?offset=0&limit=2")).json().array().at(0);
        QVERIFY(m_sim.setFaults({{QStringLiteral("ignoreOffset"), true}}));
        QCOMPARE(m_client->get(m_students + QStringLiteral("?offset=2&limit=2")).json().array().at(0), first);
        QVERIFY(m_sim.setFaults({{QStringLiteral("ignoreOffset"), false}, {QStringLiteral("maxPageSize"), 1}}));
        r = m_client->get(m_students + QStringLiteral("?offset=1&limit=3"));
        QCOMPARE(r.json().array().size(), 1);
        QVERIFY(r.json().array().at(0) != first);
        QVERIFY(!m_sim.setFaults({{QStringLiteral("maxPageSize"), -1}}));
        QVERIFY(m_sim.reset(false, true));
        QVERIFY(listed());
        QCOMPARE(m_client->get(available).status, 200);
    }

    // Issue 11's further server shapes: change queries under another path, a wrong Total-Count,
    // Data Standard 3.3 property names, and a 400 for a refused token.
    void moreServerShapes()
    {
        QVERIFY(m_sim.setFaults({{QStringLiteral("changeQueries"), QStringLiteral("relocated")}}));
        const QString listed = m_client->get(QStringLiteral("/"))
                                   .json()
                                   .object()
                                   .value(QStringLiteral("urls"))
                                   .toObject()
                                   .value(QStringLiteral("changeQueries"))
                                   .toString();
        QVERIFY2(listed.endsWith(QLatin1String("/changes/v2/")), qPrintable(listed));
        QCOMPARE(m_client->get(QStringLiteral("/changeQueries/v1/2027/availableChangeVersions")).status, 404);
        QVERIFY(newest(QStringLiteral("/changes/v2/2027/availableChangeVersions")) > 0);

        const TestReply all = m_client->get(m_students + QStringLiteral("?totalCount=true"));
        QVERIFY(m_sim.setFaults({{QStringLiteral("totalCountExcess"), 5}}));
        QCOMPARE(m_client->get(m_students + QStringLiteral("?totalCount=true")).header("Total-Count").toInt(),
                 all.header("Total-Count").toInt() + 5);

        const QString leas = QStringLiteral("/data/v3/2027/ed-fi/localEducationAgencies");
        QJsonObject lea = m_client->get(leas).json().array().at(0).toObject();
        QVERIFY(lea.contains(QStringLiteral("categories")));
        lea.remove(QStringLiteral("id"));
        lea.remove(QStringLiteral("_etag"));
        lea.remove(QStringLiteral("_lastModifiedDate"));
        QVERIFY(m_sim.setFaults({{QStringLiteral("dataStandard"), QStringLiteral("3.3")}}));
        const QJsonObject model = m_client->get(QStringLiteral("/"))
                                      .json()
                                      .object()
                                      .value(QStringLiteral("dataModels"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(model.value(QStringLiteral("version")).toString(), QStringLiteral("3.3.1-b"));
        const QJsonObject served = m_client->get(leas).json().array().at(0).toObject();
        QVERIFY(served.contains(QStringLiteral("educationOrganizationCategories")));
        QVERIFY(!served.contains(QStringLiteral("categories")));
        // A Data Standard 5 name is refused as unknown; the 3.3 name is accepted.
        TestReply r = m_client->post(leas, lea);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.body.contains("categories"), r.body.constData());
        lea.insert(QStringLiteral("educationOrganizationCategories"), lea.take(QStringLiteral("categories")));
        r = m_client->post(leas, lea);
        QVERIFY2(r.status == 200 || r.status == 201, r.body.constData());
        QVERIFY(!m_sim.setFaults({{QStringLiteral("dataStandard"), QStringLiteral("4")}}));

        // A refused token: 401 with a challenge, or a plain 400 that only says so in words.
        const QByteArray token = m_client->fetchToken();
        m_client->setToken("not-a-token");
        r = m_client->get(m_students);
        QCOMPARE(r.status, 401);
        QVERIFY(!r.header("WWW-Authenticate").isEmpty());
        QVERIFY(m_sim.setFaults({{QStringLiteral("unauthorizedStatus"), 400}}));
        r = m_client->get(m_students);
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("WWW-Authenticate").isEmpty());
        QVERIFY2(r.body.contains("Invalid token"), r.body.constData());
        QVERIFY(!m_sim.setFaults({{QStringLiteral("unauthorizedStatus"), 403}}));
        m_client->setToken(token);
        QVERIFY(m_sim.reset(false, true));
    }
};

QTEST_GUILESS_MAIN(TestSimChanges)
#include "test_sim_changes.moc"
