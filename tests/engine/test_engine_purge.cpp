// Purging while the engine publishes (SPEC §9, issue 6): the purger deletes delivered changes and
// finished runs in short batches on its own connection while the engine writes results on its
// own; no purge fails with a lock error, the publish completes, and nothing undelivered is lost.

#include "Database.h"
#include "EngineTestSupport.h"
#include "MemorySecretStore.h"
#include "ProfileRepository.h"
#include "Purger.h"
#include "SimProcess.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

class TestEnginePurge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { quietEngineLogs(); }

    void purgeDuringPublish()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--latency"), QStringLiteral("5")}), qPrintable(sim.errorString()));
        TestEnvironment env;
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        EngineSetup setup;
        setup.secret = QStringLiteral("training-secret");
        setup.connections = 8;
        QString error = saveSettings(env.databasePath(), profiles, &secrets, sim, setup);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto database = env.openDatabase();
        QVERIFY(database);
        const int records = seedSample(database->connection(), 1500, &error);
        QVERIFY2(records > 4000, qPrintable(error));
        const qint64 changes = scalar(database->connection(), QStringLiteral("SELECT COUNT(*) FROM change_queue"));
        QCOMPARE(changes, qint64(records));

        EngineController controller(env.databasePath(), &profiles, &secrets);
        QSignalSpy finished(&controller, &EngineController::finished);
        QVERIFY2(controller.start(Engine::Mode::PublishChanges, &error), qPrintable(error));

        // "Now" a year ahead: every delivered change is past any policy's retention, so each
        // purge has real work while the engine keeps writing.
        Purger purger(database->connection(), env.path(QStringLiteral("logs")));
        const QDateTime later = QDateTime::currentDateTimeUtc().addDays(365);
        int purges = 0;
        qint64 purged = 0;
        while (finished.isEmpty() && purges < 2000) {
            QList<PurgeCount> removed;
            QVERIFY2(purger.run(PurgePolicy::Aggressive, later, &removed, &error), qPrintable(error));
            for (const PurgeCount &c : std::as_const(removed)) {
                if (c.ruleId == QLatin1String("deliveredChanges"))
                    purged += c.count;
            }
            ++purges;
            QTest::qWait(20);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
        qInfo("%d purges ran during the publish and removed %lld delivered changes", purges, purged);
        QVERIFY(purges >= 3);
        QVERIFY(purged > 0);

        // Everything arrived, and what is left in the queue is exactly what was not yet purged.
        controller.stop();
        QVERIFY(QTest::qWaitFor([&] { return !controller.isRunning(); }, 10000));
        int compared = 0;
        error = compareWithAgency(database->connection(), sim, &compared);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(compared, records);
        QList<PurgeCount> removed;
        QVERIFY2(purger.run(PurgePolicy::Aggressive, later, &removed, &error), qPrintable(error));
        QCOMPARE(scalar(database->connection(), QStringLiteral("SELECT COUNT(*) FROM change_queue")), 0);
        QCOMPARE(scalar(database->connection(),
                        QStringLiteral("SELECT COUNT(*) FROM publish_status WHERE state = "
                                       "'sent'")),
                 qint64(records));
    }
};

QTEST_GUILESS_MAIN(TestEnginePurge)
#include "test_engine_purge.moc"
