// The batching writer: the caller never waits for the disk or the database, rows arrive in
// batches, and when the writer cannot keep up the oldest messages are dropped and counted.

#include "LogCategories.h"
#include "Logging.h"
#include "LoggingTestSupport.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstdio> // figures go to stdout: qInfo() would land in the log under test

using namespace dexdesk;

class TestLogWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Logging::shutdown(); }
    void hundredThousandFromTheMainThread();
    void overflowDropsOldestAndCounts();
    void lockedDatabaseDoesNotBlockTheCaller();
    void leaTagFillsTheLeaColumn();
    void flushesWithoutBeingAsked();
};

void TestLogWriter::hundredThousandFromTheMainThread()
{
    test::TestEnvironment env;
    auto db = env.openDatabase();
    QVERIFY(db);
    Logging::install({env.databasePath(), env.path(QStringLiteral("logs")), LogLevels::all(), false});
    const int n = 100000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < n; ++i)
        qCInfo(lcPublish) << "bulk message" << i;
    const qint64 loggingMs = timer.elapsed();
    QVERIFY(Logging::flush(120000));
    const qint64 totalMs = timer.elapsed();
    const qint64 rows = test::scalar(db->connection(),
                                     QStringLiteral("SELECT COUNT(*) FROM logs WHERE message LIKE 'bulk message %'"));
    std::printf(
        "100k messages: %lld ms on the calling thread (%.2f us each), %lld ms until all written; %lld rows, %llu "
        "dropped\n",
        loggingMs, loggingMs * 1000.0 / n, totalMs, rows, Logging::droppedCount());
    QCOMPARE(quint64(rows) + Logging::droppedCount(), quint64(n));
    QVERIFY(rows >= n / 2);
    QVERIFY2(loggingMs < 10000, "logging 100k messages took longer than 10 s on the calling thread");
    QCOMPARE(Logging::failedCount(), quint64(0));
    // The last message always survives: the oldest are the ones dropped.
    QCOMPARE(test::scalar(db->connection(),
                          QStringLiteral("SELECT COUNT(*) FROM logs WHERE message = 'bulk message 99999'")),
             1);
}

void TestLogWriter::overflowDropsOldestAndCounts()
{
    test::TestEnvironment env;
    auto db = env.openDatabase();
    QVERIFY(db);
    Logging::Options options {env.databasePath(), {}, LogLevels::all(), false};
    options.queueCapacity = 100;
    Logging::install(options);
    const int n = 20000;
    for (int i = 0; i < n; ++i)
        qCInfo(lcPublish) << "burst" << i;
    QVERIFY(Logging::flush(60000));
    const qint64 rows
        = test::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM logs WHERE message LIKE 'burst %'"));
    const quint64 dropped = Logging::droppedCount();
    std::printf("queue of 100: %lld rows written, %llu dropped\n", rows, dropped);
    QCOMPARE(quint64(rows) + dropped, quint64(n));
    QCOMPARE(test::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM logs WHERE message = 'burst 19999'")),
             1);
    if (dropped > 0) {
        // The gap is explained in the log itself, with the same total.
        // Each notice starts with its count ("N log messages were dropped…"); summed here, as the
        // two databases cast text to numbers differently.
        QSqlQuery notices(db->connection());
        QVERIFY(notices.exec(QStringLiteral("SELECT message FROM logs WHERE category = 'dexdesk.logging' AND "
                                            "message LIKE '% log messages were dropped%'")));
        quint64 explained = 0;
        while (notices.next())
            explained += notices.value(0).toString().section(QLatin1Char(' '), 0, 0).toULongLong();
        QCOMPARE(explained, dropped);
    }
}

void TestLogWriter::lockedDatabaseDoesNotBlockTheCaller()
{
    test::TestEnvironment env;
    auto db = env.openDatabase();
    QVERIFY(db);
    Logging::install({env.databasePath(), {}, LogLevels::all(), false});
    QSqlQuery lock(db->connection());
    // Held until COMMIT below: SQLite's write lock, or on PostgreSQL a lock on the log table that
    // every insert waits for.
    if (db->isPostgreSQL()) {
        QVERIFY(lock.exec(QStringLiteral("BEGIN")));
        QVERIFY(lock.exec(QStringLiteral("LOCK TABLE logs IN EXCLUSIVE MODE")));
    } else {
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 5000; ++i) {
        qCWarning(lcDb) << "while locked" << i;
        if (i % 1000 == 0)
            QThread::msleep(100); // let the writer try (and wait on the lock) meanwhile
    }
    const qint64 ms = timer.elapsed();
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    QVERIFY(Logging::flush(30000));
    std::printf("5000 messages while the database was locked: %lld ms on the calling thread (500 of them sleeping)\n",
                ms);
    QVERIFY(ms < 2000);
    QCOMPARE(
        test::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM logs WHERE message LIKE 'while locked %'")),
        5000);
}

void TestLogWriter::leaTagFillsTheLeaColumn()
{
    test::TestEnvironment env;
    auto db = env.openDatabase();
    QVERIFY(db);
    Logging::install({env.databasePath(), env.path(QStringLiteral("logs")), LogLevels::all(), false});
    qCInfo(lcPublish).noquote() << LogCategories::leaTag(QStringLiteral("255901")) + QStringLiteral("42 students sent");
    QVERIFY(Logging::flush());
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT lea, message, category FROM logs WHERE message LIKE '%students sent'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("255901"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("42 students sent"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("dexdesk.engine.publish"));
    QVERIFY(test::logFileBytes(env.path(QStringLiteral("logs")))
                .contains("info dexdesk.engine.publish [lea:255901] 42 students sent"));
}

void TestLogWriter::flushesWithoutBeingAsked()
{
    test::TestEnvironment env;
    auto db = env.openDatabase();
    QVERIFY(db);
    Logging::install({env.databasePath(), {}, LogLevels::all(), false});
    qCCritical(lcEngine) << "one lonely error";
    // No flush(): the writer's own interval (250 ms) brings it in.
    QTRY_COMPARE_WITH_TIMEOUT(
        test::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM logs WHERE message = 'one lonely error'")),
        1, 5000);
}

QTEST_GUILESS_MAIN(TestLogWriter)
#include "test_logwriter.moc"
