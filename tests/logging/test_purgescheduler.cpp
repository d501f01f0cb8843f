// The purger on the Job Processing Frequency's schedule: the SPEC §7.4 intervals, nothing while
// the system is Off, and old rows removed by the scheduled run while it is On.

#include "AppServices.h"
#include "LoggingTestSupport.h"
#include "MemorySecretStore.h"
#include "PurgeScheduler.h"
#include "SettingsSchema.h"
#include "SettingsStore.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;

namespace {

int logRows(const test::TestEnvironment &env)
{
    auto db = env.openDatabase();
    QSqlQuery q(db->connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM logs")) && q.next() ? q.value(0).toInt() : -1;
}

bool addRow(const test::TestEnvironment &env, int daysOld)
{
    auto db = env.openDatabase();
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO logs (at, level, category, message) VALUES (?, 0, 'dexdesk.db', 'x')"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch() - qint64(daysOld) * 24 * 3600 * 1000);
    return q.exec();
}

} // namespace

class TestPurgeScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intervalsFollowTheFrequency()
    {
        QCOMPARE(PurgeScheduler::intervalMs(Frequency::High), 3600 * 1000);
        QCOMPARE(PurgeScheduler::intervalMs(Frequency::Standard), 6 * 3600 * 1000);
        QCOMPARE(PurgeScheduler::intervalMs(Frequency::Low), 24 * 3600 * 1000);
    }

    void runsOnlyWhileTheSystemIsOn()
    {
        test::TestEnvironment env;
        QVERIFY(env.openDatabase());
        QVERIFY(addRow(env, 45) && addRow(env, 40) && addRow(env, 1)); // Typical keeps 30 days
        PurgeScheduler scheduler(env.databasePath(), env.path(QStringLiteral("logs")));
        scheduler.setIntervalOverrideMs(20);
        QSignalSpy purged(&scheduler, &PurgeScheduler::purged);

        GeneralSettings general = SettingsSchema::defaults();
        scheduler.apply(general); // Off
        QVERIFY(!scheduler.isActive());
        QTest::qWait(100); // five intervals would have passed: nothing may run while Off
        QCOMPARE(scheduler.runs(), 0);
        QCOMPARE(logRows(env), 3);

        general.systemEnabled = true;
        scheduler.apply(general);
        QVERIFY(scheduler.isActive());
        QTRY_VERIFY_WITH_TIMEOUT(!purged.isEmpty(), 5000);
        QVERIFY(purged.first().at(0).toBool());
        QCOMPARE(purged.first().at(1).toLongLong(), 2);
        QCOMPARE(logRows(env), 1);

        general.systemEnabled = false;
        scheduler.apply(general);
        QVERIFY(!scheduler.isActive());
    }

    void followsSavedSettings()
    {
        // As the window and `dexdesk-cli run` wire it: AppServices runs the scheduler and follows saves.
        AppServices::Options options;
        options.schedulePurges = true;
        test::ServicesFixture f(options);
        QVERIFY2(f.opened, qPrintable(f.error));
        AppServices &services = *f.services;
        test::TestEnvironment &env = f.env;
        QString error;
        PurgeScheduler *scheduler = services.purgeScheduler();
        QVERIFY(scheduler);
        QVERIFY(!scheduler->isActive());

        SettingsEditor &editor = services.editor();
        GeneralSettings general = editor.working().general;
        general.systemEnabled = true;
        general.frequency = Frequency::High;
        editor.setGeneral(general);
        const test::EditorResult saved = test::saveAndWait(editor);
        QVERIFY2(saved.ok, qPrintable(saved.message));
        QVERIFY(scheduler->isActive());
        QCOMPARE(scheduler->intervalMs(Frequency::High), 60 * 60 * 1000);

        // A save by another connection (as by another process) is seen within the watcher's poll.
        const std::unique_ptr<Database> otherDb = env.openDatabase();
        QVERIFY(otherDb);
        SettingsStore other(otherDb->connection());
        Settings off = editor.saved();
        off.general.systemEnabled = false;
        QVERIFY(other.save(off, &error));
        QTRY_VERIFY_WITH_TIMEOUT(!scheduler->isActive(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestPurgeScheduler)
#include "test_purgescheduler.moc"
