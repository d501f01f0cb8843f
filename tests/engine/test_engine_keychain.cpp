// The keychain locks or goes away while the engine runs (issue 14), with the in-memory store's
// injected failures standing in for the keychain (the real one's failure codes are covered by
// tests/integration). An LEA whose secret cannot be read pauses with a message that names the
// keychain's answer, and resumes by itself once the keychain answers again; an LEA whose secret
// was already read goes on when a later read fails.

#include "EngineTestSupport.h"
#include "InProcessRig.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

using Rig = InProcessRig;

EngineSetup twoConnections()
{
    EngineSetup setup;
    setup.connections = 2;
    return setup;
}

} // namespace

class TestEngineKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        quietEngineLogs();
        qputenv(EngineController::kKeychainRetryVariable, "500");
    }

    void lockedKeychainPausesTheLeaUntilItAnswers()
    {
        Rig rig;
        QVERIFY(rig.setUp({QStringLiteral("--latency"), QStringLiteral("20")}, 30, twoConnections()));
        rig.secrets.failAfter(0, SecretResult::Code::AccessDenied); // locked: every read is refused
        EngineController controller(rig.env.databasePath(), &rig.profiles, &rig.secrets);
        QList<EngineStatus> statuses;
        connect(&controller, &EngineController::statusChanged, this,
                [&statuses](const EngineStatus &s) { statuses.append(s); });
        QString error;
        QVERIFY2(controller.start(Engine::Mode::Scheduled, &error), qPrintable(error));
        // The status shows the latest problem; the LEA's comes first (the Unique ID service may add
        // its own consequence after it).
        const auto leaProblem = [&statuses] {
            for (const EngineStatus &s : statuses) {
                if (s.problem.contains(QLatin1String("LEA 255901 cannot send")))
                    return s.problem;
            }
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(!leaProblem().isEmpty(), 20000);
        const QString problem = leaProblem();
        QVERIFY2(problem.contains(QLatin1String("LEA 255901 cannot send")), qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String("could not be read from the keychain")), qPrintable(problem));
        QVERIFY2(problem.contains(SecretResult {SecretResult::Code::AccessDenied, {}}.userMessage()),
                 qPrintable(problem));
        QVERIFY2(problem.contains(QLatin1String("resumes by itself")), qPrintable(problem));
        QTest::qWait(3000); // several retries of the keychain, all refused
        QCOMPARE(answeredRequests(rig.sim.counters()), 0);

        rig.secrets.failAfter(-1); // unlocked
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(agencyRecordCount(rig.sim) == rig.records, 60000);
        qInfo("Keychain locked: \"%s\"; after it answered again all %d records arrived in %lld ms", qPrintable(problem),
              rig.records, clock.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(statuses.last().problem.isEmpty(), 10000);
        controller.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 10000);
    }

    void leaWithASecretGoesOnWhenAReadFails()
    {
        Rig rig;
        QVERIFY(rig.setUp({QStringLiteral("--latency"), QStringLiteral("20")}, 300, twoConnections()));
        EngineController controller(rig.env.databasePath(), &rig.profiles, &rig.secrets);
        QString error;
        QVERIFY2(controller.start(Engine::Mode::Scheduled, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(agencyRecordCount(rig.sim) >= 50, 30000);

        // The keychain goes away, and a save elsewhere says the secrets changed: the engine asks
        // the keychain again (within the watcher's 250 ms) and meets the failure.
        rig.secrets.failAfter(0, SecretResult::Code::NoBackend);
        QString sqlError;
        QVERIFY2(exec(rig.db->connection(),
                      QStringLiteral("UPDATE settings_revision SET settings = settings + 1, secrets = secrets + 1"),
                      &sqlError),
                 qPrintable(sqlError));
        const int before = agencyRecordCount(rig.sim);
        QTRY_VERIFY_WITH_TIMEOUT(agencyRecordCount(rig.sim) == rig.records, 120000);
        qInfo("Keychain gone mid-run: the LEA went on with the secret it had, %d of %d records arrived after",
              rig.records - before, rig.records);
        QVERIFY(before < rig.records);
        controller.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 10000);
        int compared = 0;
        const QString diff = compareWithAgency(rig.db->connection(), rig.sim, &compared);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
};

QTEST_GUILESS_MAIN(TestEngineKeychain)
#include "test_engine_keychain.moc"
