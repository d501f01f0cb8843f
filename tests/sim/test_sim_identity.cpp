// dexdesk-sim's unique-ID service: new IDs, find with 0, 1 or several candidates, and the
// 202-then-poll mode.
#include "SimProcess.h"
#include "SimTestClient.h"

#include <QJsonArray>
#include <QTest>

class TestSimIdentity : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<SimTestClient> m_client;

    static QJsonObject person(const QString &given, const QString &family,
                              const QString &birth = QStringLiteral("2011-03-04"))
    {
        return {{QStringLiteral("givenName"), given},
                {QStringLiteral("familyName"), family},
                {QStringLiteral("birthDate"), birth}};
    }
    QJsonArray find(const QJsonObject &p)
    {
        const TestReply r = m_client->post(QStringLiteral("/identity/v2/find"), p);
        [&] { QCOMPARE(r.status, 200); }();
        return r.json().array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start(), qPrintable(m_sim.errorString()));
        m_client = std::make_unique<SimTestClient>(m_sim.baseUrl());
        QVERIFY(!m_client->fetchToken().isEmpty());
    }
    void init() { QVERIFY(m_sim.reset(false, true)); }

    void needsToken()
    {
        SimTestClient anonymous(m_sim.baseUrl());
        QCOMPARE(
            anonymous.post(QStringLiteral("/identity/v2/identities"), person(QStringLiteral("A"), QStringLiteral("B")))
                .status,
            401);
    }

    void createAndFind()
    {
        QCOMPARE(find(person(QStringLiteral("Maria"), QStringLiteral("Garcia"))).size(), 0);

        const TestReply created = m_client->post(QStringLiteral("/identity/v2/identities"),
                                                 person(QStringLiteral("Maria"), QStringLiteral("Garcia")));
        QCOMPARE(created.status, 201);
        const QString id = created.json().object().value(QStringLiteral("uniqueId")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(created.header("Location").endsWith(id.toUtf8()));
        QCOMPARE(m_client->get(QString::fromUtf8(created.header("Location"))).status, 200);

        QJsonArray c = find(person(QStringLiteral("maria"), QStringLiteral("GARCIA")));
        QCOMPARE(c.size(), 1);
        QCOMPARE(c.first().toObject().value(QStringLiteral("uniqueId")).toString(), id);
        QCOMPARE(c.first().toObject().value(QStringLiteral("score")).toDouble(), 0.98);

        // A sibling with the same family name and birth date: two candidates, best first.
        const TestReply sibling = m_client->post(QStringLiteral("/identity/v2/identities"),
                                                 person(QStringLiteral("Lucia"), QStringLiteral("Garcia")));
        QCOMPARE(sibling.status, 201);
        QVERIFY(sibling.json().object().value(QStringLiteral("uniqueId")).toString() != id);
        c = find(person(QStringLiteral("Maria"), QStringLiteral("Garcia")));
        QCOMPARE(c.size(), 2);
        QCOMPARE(c.at(0).toObject().value(QStringLiteral("uniqueId")).toString(), id);
        QVERIFY(c.at(0).toObject().value(QStringLiteral("score")).toDouble()
                > c.at(1).toObject().value(QStringLiteral("score")).toDouble());
        QCOMPARE(find(person(QStringLiteral("Maria"), QStringLiteral("Garcia"), QStringLiteral("2012-01-01"))).size(),
                 0);
    }

    void syntheticCandidates()
    {
        QCOMPARE(find(person(QStringLiteral("Sam"), QStringLiteral("Candidates0"))).size(), 0);
        QCOMPARE(find(person(QStringLiteral("Sam"), QStringLiteral("Candidates1"))).size(), 1);
        const QJsonArray c = find(person(QStringLiteral("Sam"), QStringLiteral("Candidates3")));
        QCOMPARE(c.size(), 3);
        QVERIFY(c.at(0).toObject().value(QStringLiteral("score")).toDouble()
                > c.at(2).toObject().value(QStringLiteral("score")).toDouble());
    }

    void badPersonIs400()
    {
        QJsonObject p = person(QStringLiteral("A"), QStringLiteral("B"));
        p.remove(QStringLiteral("birthDate"));
        p.insert(QStringLiteral("shoeSize"), 9);
        const TestReply r = m_client->post(QStringLiteral("/identity/v2/identities"), p);
        QCOMPARE(r.status, 400);
        const QJsonObject errors = r.json().object().value(QStringLiteral("validationErrors")).toObject();
        QVERIFY(errors.contains(QStringLiteral("$.birthDate")));
        QVERIFY(errors.contains(QStringLiteral("$.shoeSize")));
    }

    void acceptedThenPoll()
    {
        QVERIFY(
            m_sim.setFaults({{QStringLiteral("asyncIdentity"), true}, {QStringLiteral("identityPendingPolls"), 1}}));
        const TestReply accepted = m_client->post(QStringLiteral("/identity/v2/identities"),
                                                  person(QStringLiteral("Ivy"), QStringLiteral("Chen")));
        QCOMPARE(accepted.status, 202);
        const QString poll = QString::fromUtf8(accepted.header("Location"));
        QVERIFY(poll.startsWith(m_sim.baseUrl().toString() + QStringLiteral("/identity/v2/")));
        QCOMPARE(m_client->get(poll).status, 202);
        const TestReply done = m_client->get(poll);
        QCOMPARE(done.status, 201);
        const QString id = done.json().object().value(QStringLiteral("uniqueId")).toString();
        QVERIFY(!id.isEmpty());

        QVERIFY(m_sim.setFaults({{QStringLiteral("identityPendingPolls"), 0}}));
        const TestReply findAccepted = m_client->post(QStringLiteral("/identity/v2/find"),
                                                      person(QStringLiteral("Ivy"), QStringLiteral("Chen")));
        QCOMPARE(findAccepted.status, 202);
        const TestReply found = m_client->get(QString::fromUtf8(findAccepted.header("Location")));
        QCOMPARE(found.status, 200);
        QCOMPARE(found.json().array().first().toObject().value(QStringLiteral("uniqueId")).toString(), id);
        QCOMPARE(m_client->get(QStringLiteral("/identity/v2/requests/999999")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSimIdentity)
#include "test_sim_identity.moc"
