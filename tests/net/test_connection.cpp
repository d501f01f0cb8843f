// Test Connection against dexdesk-sim over real HTTP and HTTPS on 127.0.0.1: success, and each
// failure a user can meet, named with its likely fix (SPEC §5, issue 3).

#include "ConnectionTest.h"
#include "HostResolver.h"
#include "SimProcess.h"
#include "TestCertificates.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace dexdesk;

namespace {

// The seam of the "host name resolves" step: fails every name, so no DNS query leaves the machine.
class FailingResolver : public HostResolver
{
public:
    void resolve(const QString &, QObject *, Done done) override { done(false, QStringLiteral("Host not found")); }
};

TestConnectionInput inputFor(const QUrl &base, const QString &secret = QStringLiteral("training-secret"))
{
    const ProfileRepository repo = test::TestEnvironment::shippedProfiles();
    TestConnectionInput in;
    in.profile = *repo.find(QStringLiteral("local-simulator"));
    const QString root = base.toString(QUrl::StripTrailingSlash);
    in.settings = in.profile.defaults();
    in.settings.dataUrl = root + QStringLiteral("/data/v3");
    in.settings.authUrl = root + QStringLiteral("/oauth/token");
    in.settings.schoolYears = {2026, 2027};
    in.leas
        = {{QStringLiteral("255901"), QStringLiteral("Grand Bend ISD"), QStringLiteral("training-key"), secret, {}}};
    in.timeoutMs = 10000;
    return in;
}

TestReport runTest(const TestConnectionInput &in, HostResolver *resolver = nullptr)
{
    ConnectionTest test;
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start(in, resolver);
    if (!finished.wait(30000))
        return {};
    return finished.first().first().value<TestReport>();
}

const TestStep *step(const TestReport &r, const QString &id)
{
    for (const TestStep &s : r.steps) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString dump(const TestReport &r)
{
    QStringList lines {r.verdict};
    for (const TestStep &s : r.steps)
        lines << s.id + QLatin1Char(' ') + TestStep::outcomeName(s.outcome) + QStringLiteral(": ") + s.detail;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestConnectionSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_certs.create(&error), qPrintable(error));
    }

    void succeedsOverHttp()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const TestReport r = runTest(inputFor(sim.baseUrl()));
        QVERIFY2(r.passed, qPrintable(dump(r)));
        for (const QString &id :
             {QStringLiteral("urls"), QStringLiteral("resolve"), QStringLiteral("tls"), QStringLiteral("token"),
              QStringLiteral("discovery"), QStringLiteral("read"), QStringLiteral("clock")})
            QVERIFY2(step(r, id), qPrintable(id));
        QCOMPARE(step(r, QStringLiteral("urls"))->outcome, TestStep::Outcome::Warn); // http is only for loopback
        QCOMPARE(step(r, QStringLiteral("token"))->outcome, TestStep::Outcome::Pass);
        QCOMPARE(step(r, QStringLiteral("discovery"))->outcome, TestStep::Outcome::Pass);
        const int reads = int(std::count_if(r.steps.cbegin(), r.steps.cend(), [](const TestStep &s) {
            return s.id == QLatin1String("read") && s.outcome == TestStep::Outcome::Pass;
        }));
        QCOMPARE(reads, 2); // one per checked school year
        QVERIFY(r.verdict.contains(QLatin1String("works")));
        QVERIFY(!dump(r).contains(QLatin1String("training-secret")));
        QVERIFY(sim.counters().value(QStringLiteral("tokenRequests")).toInt() >= 1);
    }

    void succeedsOverHttps()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--cert"), m_certs.certFile(QStringLiteral("valid")),
                            QStringLiteral("--key"), m_certs.keyFile(QStringLiteral("valid"))}),
                 qPrintable(sim.errorString()));
        QCOMPARE(sim.baseUrl().scheme(), QStringLiteral("https"));
        TestConnectionInput in = inputFor(sim.baseUrl());
        in.extraCaCertificates = m_certs.ca();
        const TestReport r = runTest(in);
        QVERIFY2(r.passed, qPrintable(dump(r)));
        QCOMPARE(step(r, QStringLiteral("urls"))->outcome, TestStep::Outcome::Pass);
        QCOMPARE(step(r, QStringLiteral("tls"))->outcome, TestStep::Outcome::Pass);
        QVERIFY2(step(r, QStringLiteral("tls"))->detail.contains(QLatin1String("expires in")),
                 qPrintable(step(r, QStringLiteral("tls"))->detail));
    }

    void certificateProblemsAreRefusedAndNamed_data()
    {
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("trustCa");
        QTest::addColumn<QString>("expected");
        QTest::newRow("expired") << QStringLiteral("expired") << true << QStringLiteral("Certificate expired");
        QTest::newRow("self-signed") << QStringLiteral("selfsigned") << true << QStringLiteral("Certificate untrusted");
        QTest::newRow("wrong host") << QStringLiteral("wronghost") << true
                                    << QStringLiteral("Certificate for the wrong host");
        QTest::newRow("unknown CA") << QStringLiteral("valid") << false << QStringLiteral("Certificate untrusted");
    }

    void certificateProblemsAreRefusedAndNamed()
    {
        QFETCH(QString, certificate);
        QFETCH(bool, trustCa);
        QFETCH(QString, expected);
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--cert"), m_certs.certFile(certificate), QStringLiteral("--key"),
                            m_certs.keyFile(certificate)}),
                 qPrintable(sim.errorString()));
        TestConnectionInput in = inputFor(sim.baseUrl());
        if (trustCa)
            in.extraCaCertificates = m_certs.ca();
        const TestReport r = runTest(in);
        QVERIFY(!r.passed);
        const TestStep *tls = step(r, QStringLiteral("tls"));
        QVERIFY2(tls && tls->outcome == TestStep::Outcome::Fail, qPrintable(dump(r)));
        QVERIFY2(tls->detail.contains(expected), qPrintable(tls->detail));
        QVERIFY(tls->detail.contains(QLatin1String("refused")));
        QVERIFY(!step(r, QStringLiteral("token"))); // nothing was sent over the bad connection
        QVERIFY(r.verdict.contains(expected));
    }

    // What the discovery document offers is shown, and change queries that are listed but fail are
    // told apart from working ones (issue 11).
    void discoveryShowsChangeQueries_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("expected");
        QTest::newRow("offered") << QStringLiteral("offered") << int(TestStep::Outcome::Pass)
                                 << QStringLiteral("change queries: offered and working");
        QTest::newRow("absent") << QStringLiteral("absent") << int(TestStep::Outcome::Pass)
                                << QStringLiteral(
                                       "change queries: not offered — Download will fetch everything each time");
        QTest::newRow("broken") << QStringLiteral("broken") << int(TestStep::Outcome::Warn)
                                << QStringLiteral("change queries: offered but not working (HTTP 500) — Download "
                                                  "will fetch everything each time");
        QTest::newRow("no version") << QStringLiteral("noVersion") << int(TestStep::Outcome::Warn)
                                    << QStringLiteral("no newestChangeVersion");
    }

    void discoveryShowsChangeQueries()
    {
        QFETCH(QString, mode);
        QFETCH(int, outcome);
        QFETCH(QString, expected);
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--change-queries"), mode}), qPrintable(sim.errorString()));
        const TestReport r = runTest(inputFor(sim.baseUrl()));
        const TestStep *discovery = step(r, QStringLiteral("discovery"));
        QVERIFY2(discovery, qPrintable(dump(r)));
        QCOMPARE(int(discovery->outcome), outcome);
        QVERIFY2(discovery->detail.contains(expected), qPrintable(discovery->detail));
        QVERIFY2(discovery->detail.contains(QLatin1String("Ed-Fi 5.0.0")), qPrintable(discovery->detail));
        QVERIFY2(r.passed, qPrintable(dump(r))); // a warning: Download still works, in full
    }

    // Change queries listed at another path are probed there; a server that speaks another Data
    // Standard than the profile is written for is a warning that says what to do (issue 11).
    void relocatedChangeQueriesAndAnotherDataStandard()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--change-queries"), QStringLiteral("relocated"),
                            QStringLiteral("--data-standard"), QStringLiteral("3.3")}),
                 qPrintable(sim.errorString()));
        const TestReport r = runTest(inputFor(sim.baseUrl()));
        const TestStep *discovery = step(r, QStringLiteral("discovery"));
        QVERIFY2(discovery, qPrintable(dump(r)));
        QCOMPARE(discovery->outcome, TestStep::Outcome::Warn);
        QVERIFY2(discovery->detail.contains(QLatin1String("change queries: offered and working")),
                 qPrintable(discovery->detail));
        QVERIFY2(discovery->detail.contains(QLatin1String("The server speaks Data Standard 3, but the profile is "
                                                          "written for Data Standard 5")),
                 qPrintable(discovery->detail));
        QVERIFY2(discovery->detail.contains(QLatin1String("propertyNames")), qPrintable(discovery->detail));
        QVERIFY2(r.passed, qPrintable(dump(r)));
    }

    // expires_in as an absolute Unix time: Test Connection reports the real lifetime (issue 11).
    void absoluteTokenExpiryShowsTheLifetime()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--token-expires-in"), QStringLiteral("absolute"),
                            QStringLiteral("--token-lifetime"), QStringLiteral("1800")}),
                 qPrintable(sim.errorString()));
        const TestReport r = runTest(inputFor(sim.baseUrl()));
        QVERIFY2(r.passed, qPrintable(dump(r)));
        const QString detail = step(r, QStringLiteral("token"))->detail;
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("lifetime (\\d+) s")).match(detail);
        QVERIFY2(m.hasMatch(), qPrintable(detail));
        QVERIFY2(m.captured(1).toInt() > 1790 && m.captured(1).toInt() <= 1800, qPrintable(detail));
        QVERIFY2(detail.contains(QLatin1String("absolute")), qPrintable(detail));
    }

    void wrongSecretIsNamed()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        const TestReport r = runTest(inputFor(sim.baseUrl(), QStringLiteral("not-the-secret")));
        QVERIFY(!r.passed);
        const TestStep *token = step(r, QStringLiteral("token"));
        QVERIFY(token && token->outcome == TestStep::Outcome::Fail);
        QVERIFY2(token->detail.contains(QLatin1String("Key or secret rejected")), qPrintable(token->detail));
        QCOMPARE(token->lea, QStringLiteral("255901"));
        QVERIFY(r.verdict.contains(QLatin1String("Key or secret rejected")));
        QVERIFY(!dump(r).contains(QLatin1String("not-the-secret")));
    }

    void wrongSecretAs400IsNamedToo()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--bad-credentials-status"), QStringLiteral("400")}),
                 qPrintable(sim.errorString()));
        const TestReport r = runTest(inputFor(sim.baseUrl(), QStringLiteral("not-the-secret")));
        QVERIFY2(step(r, QStringLiteral("token"))->detail.contains(QLatin1String("Key or secret rejected")),
                 qPrintable(dump(r)));
    }

    void wrongPathIsExplained()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TestConnectionInput in = inputFor(sim.baseUrl());
        in.settings.dataUrl = sim.baseUrl().toString(QUrl::StripTrailingSlash) + QStringLiteral("/api/wrong/v3");
        const TestReport r = runTest(in);
        QVERIFY(!r.passed);
        QVERIFY2(r.verdict.contains(QLatin1String("URL path wrong (404)")), qPrintable(dump(r)));
    }

    void closedPortIsRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        const TestReport r = runTest(inputFor(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))));
        QVERIFY(!r.passed);
        const TestStep *tls = step(r, QStringLiteral("tls"));
        QVERIFY2(tls && tls->detail.contains(QLatin1String("Connection refused")), qPrintable(dump(r)));
    }

    void unknownHostIsNamed()
    {
        FailingResolver resolver;
        TestConnectionInput in = inputFor(QUrl(QStringLiteral("https://agency.invalid")));
        const TestReport r = runTest(in, &resolver);
        QVERIFY(!r.passed);
        const TestStep *resolve = step(r, QStringLiteral("resolve"));
        QVERIFY2(resolve && resolve->outcome == TestStep::Outcome::Fail, qPrintable(dump(r)));
        QVERIFY(resolve->detail.contains(QLatin1String("Unknown host \"agency.invalid\"")));
        QVERIFY(!step(r, QStringLiteral("tls"))); // stops before connecting anywhere
    }

    void forbiddenYearIsExplained()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--client"), QStringLiteral("training-key:training-secret:2027")}),
                 qPrintable(sim.errorString()));
        const TestReport r = runTest(inputFor(sim.baseUrl()));
        QVERIFY(!r.passed);
        QVERIFY2(r.verdict.contains(QLatin1String("lacks access to this resource or year (403)")), qPrintable(dump(r)));
        QVERIFY(r.verdict.contains(QLatin1String("2025-2026")));
    }

    void noEnabledLeaSaysWhatToDo()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TestConnectionInput in = inputFor(sim.baseUrl());
        in.leas.clear();
        const TestReport r = runTest(in);
        QVERIFY(!r.passed);
        QVERIFY2(r.verdict.contains(QLatin1String("No LEA is enabled")), qPrintable(dump(r)));
    }

    void cancelStopsTheRun()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--latency"), QStringLiteral("3000")}), qPrintable(sim.errorString()));
        ConnectionTest test;
        QSignalSpy steps(&test, &ConnectionTest::stepFinished);
        QSignalSpy finished(&test, &ConnectionTest::finished);
        QElapsedTimer timer;
        timer.start();
        test.start(inputFor(sim.baseUrl()));
        QTRY_VERIFY_WITH_TIMEOUT(steps.size() >= 3, 10000); // urls, resolve, tls: now waiting on the token
        test.cancel();
        QVERIFY(finished.wait(5000));
        const TestReport r = finished.first().first().value<TestReport>();
        QVERIFY(r.cancelled);
        QVERIFY(!r.passed);
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed()))); // did not wait for 3 s
        QVERIFY(!test.isRunning());
    }

private:
    TestCertificates m_certs;
};

QTEST_GUILESS_MAIN(TestConnectionSteps)
#include "test_connection.moc"
