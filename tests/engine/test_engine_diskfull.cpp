// The disk fills during a publish (issue 14). No file system is mounted or filled: the engine's
// own SQLite connection gets PRAGMA max_page_count lowered to its current size, so SQLite answers
// its writes with a real "database or disk is full", and raised again later. The engine stops
// sending with a message that says so, nothing is marked sent that the agency does not have, and
// once there is room again it writes what was sent and finishes the rest.

#include "Database.h"
#include "EngineTestSupport.h"
#include "MemorySecretStore.h"
#include "ProfileRepository.h"
#include "RecordSchema.h"
#include "SimProcess.h"
#include "TestSupport.h"

#include <QAbstractEventDispatcher>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

// The engine's connection, as Database's test hook saw it opened on the engine's thread.
struct EngineConnection {
    std::atomic<QThread *> thread {nullptr};
    QString name;

    // Runs `sql` on the engine's connection, on the engine's thread; the first value it returns.
    QVariant exec(const QString &sql) const
    {
        QVariant value;
        QThread *t = thread.load();
        if (!t || !t->eventDispatcher())
            return value;
        const QString connection = name;
        QMetaObject::invokeMethod(
            t->eventDispatcher(),
            [&value, &sql, connection] {
                QSqlQuery q(QSqlDatabase::database(connection, false));
                if (q.exec(sql) && q.next())
                    value = q.value(0);
            },
            Qt::BlockingQueuedConnection);
        return value;
    }
};

} // namespace

class TestEngineDiskFull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { quietEngineLogs(); }
    void cleanup() { Database::setOpenHookForTesting({}); }

    void fullDiskStopsSendingAndResumesWhenRoomReturns()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--latency"), QStringLiteral("20")}), qPrintable(sim.errorString()));
        TestEnvironment env;
        ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        EngineSetup setup;
        setup.secret = QStringLiteral("training-secret");
        QString error = saveSettings(env.databasePath(), profiles, &secrets, sim, setup);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto db = env.openDatabase();
        QVERIFY(db);
        const int records = seedSample(db->connection(), 400, &error);
        QVERIFY2(records > 1000, qPrintable(error));

        EngineConnection engine;
        QThread *const mainThread = QThread::currentThread();
        Database::setOpenHookForTesting([&engine, mainThread](const QSqlDatabase &connection) {
            if (QThread::currentThread() == mainThread || engine.thread.load())
                return;
            engine.name = connection.connectionName();
            engine.thread.store(QThread::currentThread());
        });

        EngineController controller(env.databasePath(), &profiles, &secrets);
        QList<EngineStatus> statuses;
        connect(&controller, &EngineController::statusChanged, this,
                [&statuses](const EngineStatus &s) { statuses.append(s); });
        QVERIFY2(controller.start(Engine::Mode::Scheduled, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(engine.thread.load() != nullptr, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(agencyRecordCount(sim) >= 200, 60000);

        // The disk is full: not one more page for the engine's database.
        const qint64 pages = engine.exec(QStringLiteral("PRAGMA page_count")).toLongLong();
        QVERIFY(pages > 0);
        // SQLite keeps the limit at or just above the pages in use.
        const qint64 limit = engine.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).toLongLong();
        QVERIFY2(limit >= pages && limit < pages + 8, qPrintable(QString::number(limit)));
        QElapsedTimer full;
        full.start();
        const auto problemSaysFull = [&statuses] {
            return !statuses.isEmpty() && statuses.last().problem.contains(QLatin1String("disk is full"));
        };
        QTRY_VERIFY_WITH_TIMEOUT(problemSaysFull(), 30000);
        const QString problem = statuses.last().problem;
        // What was in flight when the write failed has landed; from now on nothing is sent.
        QTest::qWait(2000);
        const int requestsAtStop = dataRequests(sim.counters());
        const int storedAtStop = agencyRecordCount(sim);
        QTest::qWait(12000); // more than two of the High frequency's 5 s ticks
        const int requestsWhileFull = dataRequests(sim.counters()) - requestsAtStop;

        // Nothing marked sent that the agency does not hold (read through another connection).
        const qint64 markedSent
            = scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM publish_status WHERE state = 'sent'"));
        int notThere = 0;
        for (const RecordTable &t : RecordSchema::tables()) {
            if (!t.published)
                continue;
            QSet<QByteArray> atAgency;
            for (const QJsonObject &body : agencyRecords(sim, t.resource))
                atAgency.insert(QJsonDocument(body).toJson(QJsonDocument::Compact));
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT r.* FROM %1 r JOIN publish_status p ON p.local_id = r.id AND "
                                          "p.resource = '%2' WHERE p.state = 'sent'")
                               .arg(t.table, t.resource)));
            while (q.next()) {
                QVariantMap row;
                const QSqlRecord rec = q.record();
                for (int i = 0; i < rec.count(); ++i)
                    row.insert(rec.fieldName(i), q.value(i));
                if (!atAgency.contains(QJsonDocument(t.toJson(row)).toJson(QJsonDocument::Compact)))
                    ++notThere;
            }
        }
        qInfo("Disk full after %d of %d records: \"%s\" after %lld ms; %lld marked sent, %d of them missing at the "
              "agency; %d data requests in the 12 s while full",
              storedAtStop, records, qPrintable(problem), full.elapsed(), markedSent, notThere, requestsWhileFull);
        QCOMPARE(notThere, 0);
        QVERIFY(markedSent <= storedAtStop);
        QVERIFY(storedAtStop < records);
        QVERIFY2(requestsWhileFull == 0, qPrintable(QString::number(requestsWhileFull)));
        QVERIFY(problem.contains(QLatin1String("Nothing more is sent until it can be written again")));
        QVERIFY(problem.contains(QLatin1String("free disk space")));

        // Room again: the engine writes what was sent and finishes the rest by itself.
        engine.exec(QStringLiteral("PRAGMA max_page_count = 1073741823"));
        QElapsedTimer resumed;
        resumed.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM publish_status WHERE state = 'sent'"))
                == records,
            180000);
        qInfo("Room again: every record sent and recorded %lld ms later", resumed.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(!statuses.isEmpty() && statuses.last().problem.isEmpty(), 20000);
        controller.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 10000);
        int compared = 0;
        const QString diff = compareWithAgency(db->connection(), sim, &compared);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(compared, records);
        QCOMPARE(sim.counters().value(QStringLiteral("orderViolations")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineDiskFull)
#include "test_engine_diskfull.moc"
