// DatabaseWorker, the one way to reach the database off the GUI thread: the work runs on the
// worker's own thread and connection, the result arrives on the caller's thread, a database that
// cannot be opened reaches `done` as its reason, a superseded request never runs, and results of
// jobs still queued when the worker is destroyed never arrive.

#include "DatabaseWorker.h"
#include "TestSupport.h"

#include <QFile>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <memory>

using namespace dexdesk;
using namespace dexdesk::test;

class TestDatabaseWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workRunsOnItsThreadAndResultsComeBackOnTheCallers()
    {
        TestEnvironment env;
        DatabaseWorker worker(env.databasePath(), QStringLiteral("test-db-worker"));
        QThread *workThread = nullptr;
        QString workThreadName;
        QThread *doneThread = nullptr;
        bool done = false;
        int version = -1;
        QString reported = QStringLiteral("unset");
        worker.run<int>(
            [&](Database &database, QString *) {
                workThread = QThread::currentThread();
                workThreadName = workThread->objectName();
                return database.schemaVersion();
            },
            [&](int result, const QString &error) {
                doneThread = QThread::currentThread();
                version = result;
                reported = error;
                done = true;
            });
        QVERIFY(!done); // queued: never called before the caller's event loop runs
        QTRY_VERIFY(done);
        QVERIFY(workThread != nullptr);
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(workThreadName, QStringLiteral("test-db-worker"));
        QCOMPARE(doneThread, QThread::currentThread());
        QVERIFY2(reported.isEmpty(), qPrintable(reported));
        QVERIFY(version > 0); // the worker opened and migrated the database itself
        if (!TestEnvironment::onPostgreSQL())
            QVERIFY(QFile::exists(env.databasePath())); // a server database has no file
    }

    void anErrorOfTheWorkReachesDone()
    {
        TestEnvironment env;
        DatabaseWorker worker(env.databasePath(), QStringLiteral("test-db-worker"));
        QString reported;
        bool done = false;
        worker.run<bool>(
            [](Database &database, QString *error) {
                QSqlQuery q(database.connection());
                if (q.exec(QStringLiteral("SELECT * FROM no_such_table")))
                    return true;
                *error = Database::lastError(q);
                return false;
            },
            [&](bool ok, const QString &error) {
                QVERIFY(!ok);
                reported = error;
                done = true;
            });
        QTRY_VERIFY(done);
        QVERIFY2(reported.contains(QStringLiteral("no_such_table")), qPrintable(reported));
    }

    void anOpenErrorReachesDoneAndTheWorkDoesNotRun()
    {
        TestEnvironment env;
        // A database "inside" a plain file cannot be created.
        QFile blocker(env.path(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DatabaseWorker worker(env.path(QStringLiteral("not-a-folder/dexdesk.sqlite")),
                              QStringLiteral("test-db-worker"));
        std::atomic<int> worked {0};
        int calls = 0;
        int result = -1;
        QString reported;
        for (int i = 0; i < 2; ++i) { // and again: the worker tries to open it for every job
            worker.run<int>(
                [&](Database &, QString *) {
                    ++worked;
                    return 42;
                },
                [&](int value, const QString &error) {
                    ++calls;
                    result = value;
                    reported = error;
                });
        }
        QTRY_COMPARE(calls, 2);
        QCOMPARE(worked.load(), 0);
        QCOMPARE(result, 0); // a default value, not something the work made up
        QVERIFY(!reported.isEmpty());
    }

    void aSupersededRequestNeverRuns()
    {
        TestEnvironment env;
        DatabaseWorker worker(env.databasePath(), QStringLiteral("test-db-worker"));
        QSemaphore gate;
        bool gateDone = false;
        // Holds the worker thread until the three requests below are queued behind it.
        worker.run<bool>(
            [&](Database &, QString *) {
                gate.acquire();
                return true;
            },
            [&](bool, const QString &) { gateDone = true; });
        std::atomic<int> ran[3] = {0, 0, 0};
        QList<quint64> answered;
        for (quint64 ticket = 1; ticket <= 3; ++ticket) {
            worker.supersede(ticket);
            worker.run<quint64>(
                ticket,
                [&ran, ticket](Database &, QString *) {
                    ++ran[ticket - 1];
                    return ticket;
                },
                [&](quint64 value, const QString &) { answered.append(value); });
        }
        gate.release();
        QTRY_COMPARE(answered, QList<quint64> {3});
        QVERIFY(gateDone);
        QCOMPARE(ran[0].load(), 0);
        QCOMPARE(ran[1].load(), 0);
        QCOMPARE(ran[2].load(), 1);
    }

    void resultsOfJobsQueuedBeforeDestructionNeverArrive()
    {
        TestEnvironment env;
        auto worker = std::make_unique<DatabaseWorker>(env.databasePath(), QStringLiteral("test-db-worker"));
        std::atomic<int> worked {0};
        int calls = 0;
        for (int i = 0; i < 5; ++i) {
            worker->run<int>(
                [&](Database &database, QString *) {
                    ++worked;
                    return database.schemaVersion();
                },
                [&](int, const QString &) { ++calls; });
        }
        worker.reset(); // no event loop ran since the jobs were queued
        // A plain job still runs (a retry the user asked for is not lost) …
        QCOMPARE(worked.load(), 5);
        // … but its result has nobody to go to: whatever was posted is delivered now, and none is.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(calls, 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseWorker)
#include "test_databaseworker.moc"
