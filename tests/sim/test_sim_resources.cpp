// dexdesk-sim's resource endpoints: upsert by natural key, paging with Total-Count, GET by id,
// DELETE, and both URL layouts.
#include "SimFixtures.h"
#include "SimProcess.h"
#include "SimTestClient.h"

#include <QSet>
#include <QTest>

using namespace SimFixtures;

class TestSimResources : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<SimTestClient> m_client;
    const QString m_students = QStringLiteral("/data/v3/2027/ed-fi/students");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        m_client = std::make_unique<SimTestClient>(m_sim.baseUrl());
        QVERIFY(!m_client->fetchToken().isEmpty());
    }
    void init() { QVERIFY(m_sim.reset(true, true)); }

    void upsertCreatesThenUpdates()
    {
        const TestReply created = m_client->post(m_students, student(QStringLiteral("R1")));
        QCOMPARE(created.status, 201);
        const QByteArray location = created.header("Location");
        QVERIFY2(location.startsWith(m_sim.url(m_students + QLatin1Char('/')).toString().toUtf8()),
                 location.constData());
        const QByteArray id = location.mid(location.lastIndexOf('/') + 1);
        QCOMPARE(id.size(), 32);

        const TestReply updated = m_client->post(m_students, student(QStringLiteral("R1"), QStringLiteral("Augusta")));
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.header("Location"), location);

        const TestReply fetched = m_client->get(QString::fromUtf8(location));
        QCOMPARE(fetched.status, 200);
        const QJsonObject o = fetched.json().object();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QString::fromLatin1(id));
        QCOMPARE(o.value(QStringLiteral("firstName")).toString(), QStringLiteral("Augusta"));
        QCOMPARE(m_sim.records(QStringLiteral("students"), 2027).size(), 1);

        // A different natural key is a different record.
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("R2"))).status, 201);
        QCOMPARE(m_sim.records(QStringLiteral("students"), 2027).size(), 2);
    }

    void yearsAreSeparate()
    {
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("R3"))).status, 201);
        QCOMPARE(m_client->post(QStringLiteral("/data/v3/2026/ed-fi/students"), student(QStringLiteral("R3"))).status,
                 201);
        QCOMPARE(m_sim.records(QStringLiteral("students"), 2026).size(), 1);
        QCOMPARE(m_sim.records(QStringLiteral("students"), 2027).size(), 1);
    }

    void sharedLayout()
    {
        const TestReply r = m_client->post(QStringLiteral("/data/v3/ed-fi/students"), student(QStringLiteral("R4")));
        QCOMPARE(r.status, 201);
        QVERIFY(r.header("Location").contains("/data/v3/ed-fi/students/"));
        QCOMPARE(m_sim.records(QStringLiteral("students"), 0).size(), 1);
        const TestReply schools = m_client->get(QStringLiteral("/data/v3/ed-fi/schools"));
        QCOMPARE(schools.status, 200);
        QCOMPARE(schools.json().array().size(), 3);
    }

    void paging()
    {
        for (int i = 0; i < 12; ++i)
            QCOMPARE(m_client->post(m_students, student(QStringLiteral("P%1").arg(i, 2, 10, QLatin1Char('0')))).status,
                     201);
        TestReply r = m_client->get(m_students + QStringLiteral("?offset=0&limit=5&totalCount=true"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Total-Count"), QByteArray("12"));
        QCOMPARE(r.json().array().size(), 5);
        QSet<QString> seen;
        for (int offset = 0; offset < 15; offset += 5) {
            r = m_client->get(m_students + QStringLiteral("?offset=%1&limit=5").arg(offset));
            QCOMPARE(r.status, 200);
            QVERIFY(r.header("Total-Count").isEmpty());
            QCOMPARE(r.json().array().size(), offset < 10 ? 5 : 2);
            for (const QJsonValue &v : r.json().array())
                seen.insert(v.toObject().value(QStringLiteral("studentUniqueId")).toString());
        }
        QCOMPARE(seen.size(), 12);
        QCOMPARE(m_client->get(m_students + QStringLiteral("?limit=500")).status, 200);
        r = m_client->get(m_students + QStringLiteral("?limit=501"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(m_client->get(m_students + QStringLiteral("?limit=0")).status, 400);
        QCOMPARE(m_client->get(m_students + QStringLiteral("?offset=-1")).status, 400);
        // Default page size 25 and a property filter.
        QCOMPARE(m_client->get(m_students).json().array().size(), 12);
        r = m_client->get(m_students + QStringLiteral("?studentUniqueId=P07"));
        QCOMPARE(r.json().array().size(), 1);
    }

    void getById()
    {
        const TestReply created = m_client->post(m_students, student(QStringLiteral("R5")));
        const TestReply r = m_client->get(QString::fromUtf8(created.header("Location")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().object().value(QStringLiteral("studentUniqueId")).toString(), QStringLiteral("R5"));
        QCOMPARE(m_client->get(m_students + QStringLiteral("/0123456789abcdef0123456789abcdef")).status, 404);
    }

    void deleteThenGone()
    {
        const QString location
            = QString::fromUtf8(m_client->post(m_students, student(QStringLiteral("R6"))).header("Location"));
        QCOMPARE(m_client->del(location).status, 204);
        QCOMPARE(m_client->get(location).status, 404);
        QCOMPARE(m_client->del(location).status, 404);
        QCOMPARE(m_sim.records(QStringLiteral("students"), 2027).size(), 0);
        // Posting the same key again makes a new record with a new id.
        const QString again
            = QString::fromUtf8(m_client->post(m_students, student(QStringLiteral("R6"))).header("Location"));
        QVERIFY(!again.isEmpty());
        QVERIFY(again != location);
    }

    void seededEducationOrganizations()
    {
        const TestReply leas = m_client->get(QStringLiteral("/data/v3/2026/ed-fi/localEducationAgencies"));
        QCOMPARE(leas.json().array().size(), 1);
        QCOMPARE(leas.json().array().first().toObject().value(QStringLiteral("localEducationAgencyId")).toInt(),
                 255901);
        const TestReply schools = m_client->get(QStringLiteral("/data/v3/2026/ed-fi/schools?schoolId=255901107"));
        QCOMPARE(schools.json().array().size(), 1);
        QVERIFY(!schools.json().array().first().toObject().value(QStringLiteral("gradeLevels")).toArray().isEmpty());
        const TestReply grades = m_client->get(QStringLiteral("/data/v3/2027/ed-fi/gradeLevelDescriptors?limit=100"));
        QVERIFY(grades.json().array().size() >= 15);
    }
};

QTEST_GUILESS_MAIN(TestSimResources)
#include "test_sim_resources.moc"
