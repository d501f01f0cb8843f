// SettingsWatcher (issue 16): a save in this process is reported once, with the new settings; a
// save on another connection (as by another process) within the poll interval; the secrets flag
// only when a save wrote the keychain; nothing when nothing was saved.

#include "Database.h"
#include "SettingsStore.h"
#include "SettingsWatcher.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;

class TestSettingsWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsSavesWithTheSecretsFlag()
    {
        test::TestEnvironment env;
        const auto db = env.openDatabase();
        QVERIFY(db);
        SettingsWatcher watcher(db->connection());
        QString error;
        QVERIFY2(watcher.start(&error, 60000), qPrintable(error)); // no poll: only the in-process notice
        QSignalSpy changed(&watcher, &SettingsWatcher::changed);
        QCOMPARE(watcher.revision().settings, qint64(0));

        SettingsStore store(db->connection());
        Settings s = watcher.settings();
        s.general.simultaneousConnections = 7;
        QVERIFY(store.save(s, &error));
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<Settings>().general.simultaneousConnections, 7);
        QCOMPARE(changed.at(0).at(1).toBool(), false);
        QCOMPARE(watcher.revision().settings, qint64(1));
        QCOMPARE(watcher.revision().secrets, qint64(0));

        QVERIFY(store.save(s, &error, {}, std::nullopt, true)); // the save wrote the keychain
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(1).toBool(), true);
        QCOMPARE(watcher.revision().secrets, qint64(1));

        watcher.check(); // nothing saved since: nothing reported
        QTest::qWait(50);
        QCOMPARE(changed.size(), 2);
    }

    void seesAnotherConnectionWithinThePoll()
    {
        test::TestEnvironment env;
        const auto db = env.openDatabase();
        const auto other = env.openDatabase();
        QVERIFY(db && other);
        SettingsWatcher watcher(db->connection());
        QString error;
        QVERIFY(watcher.start(&error));
        QSignalSpy changed(&watcher, &SettingsWatcher::changed);
        // A write by another process does not pass through this process's notice: bump the
        // revision as such a save does, on the other connection, without SettingsStore.
        QSqlQuery q(other->connection());
        QVERIFY(q.exec(QStringLiteral("UPDATE settings_revision SET settings = settings + 1")));
        QVERIFY(changed.wait(5 * SettingsWatcher::kPollMs));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).toBool(), false);
    }

    void anUnreadableRevisionIsReportedOnce()
    {
        test::TestEnvironment env;
        const auto db = env.openDatabase();
        QVERIFY(db);
        SettingsWatcher watcher(db->connection());
        QString error;
        QVERIFY(watcher.start(&error, 60000));
        QSignalSpy failed(&watcher, &SettingsWatcher::readFailed);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM settings_revision")));
        watcher.check();
        watcher.check();
        QCOMPARE(failed.size(), 2); // each failed look is signalled; the warning is logged once
        QVERIFY(!failed.first().first().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettingsWatcher)
#include "test_settingswatcher.moc"
