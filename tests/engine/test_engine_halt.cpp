// System Off mid-run (SPEC §7.5, §13 R4): the scheduled engine, publishing slowly against
// dexdesk-sim, stops sending within 2 seconds of the settings save; changes made while Off are
// not captured; nothing is marked sent that the agency did not store, and the rest stays queued.

#include "Database.h"
#include "EngineTestSupport.h"
#include "ExchangeCounts.h"
#include "MemorySecretStore.h"
#include "ProfileRepository.h"
#include "RecordSchema.h"
#include "SimProcess.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

class TestEngineHalt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { quietEngineLogs(); }

    void systemOffStopsSendingWithinTwoSeconds()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--latency"), QStringLiteral("200")}), qPrintable(sim.errorString()));
        TestEnvironment env;
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        EngineSetup on;
        on.secret = QStringLiteral("training-secret");
        QString error = saveSettings(env.databasePath(), profiles, &secrets, sim, on);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto database = env.openDatabase();
        QVERIFY(database);
        QSqlDatabase db = database->connection();
        const int records = seedSample(db, 1000, &error);
        QVERIFY2(records > 3000, qPrintable(error));

        EngineController controller(env.databasePath(), &profiles, &secrets);
        QSignalSpy stopped(&controller, &EngineController::stopped);
        QVERIFY2(controller.start(Engine::Mode::Scheduled, &error), qPrintable(error));
        // Publishing is well under way (at 5 connections and 200 ms, about 25 records a second).
        QTRY_VERIFY_WITH_TIMEOUT(agencyRecordCount(sim) >= 40, 30000);
        QVERIFY(controller.isRunning());

        EngineSetup off = on;
        off.systemOn = false;
        off.secret.clear();
        const QDateTime switchedOff = QDateTime::currentDateTimeUtc();
        error = saveSettings(env.databasePath(), profiles, &secrets, sim, off);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 5000);
        QVERIFY(!controller.isRunning());
        const qint64 stoppedAfterMs = switchedOff.msecsTo(QDateTime::currentDateTimeUtc());

        // Watching for late requests means waiting: nothing can signal a request that never comes.
        // Requests aborted by the halt are still answered (and counted) by the simulator after
        // its latency, so what counts is when each request arrived.
        QTest::qWait(3000);
        QCOMPARE(sim.counters().value(QStringLiteral("inFlight")).toInt(), 0);

        // The last request that reached the simulator, by its arrival time.
        QDateTime lastArrival;
        const QJsonArray log = sim.requests(10000);
        for (const QJsonValue &v : log) {
            const QJsonObject e = v.toObject();
            const QDateTime answered
                = QDateTime::fromString(e.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
            const QDateTime arrived = answered.addMSecs(-qint64(e.value(QStringLiteral("durationMs")).toDouble()));
            if (!lastArrival.isValid() || arrived > lastArrival)
                lastArrival = arrived;
        }
        const qint64 lastRequestAfterMs = switchedOff.msecsTo(lastArrival);
        qInfo("System Off: the engine stopped %lld ms after the save; the last request arrived %lld ms after it "
              "(%d of %d records stored by then)",
              stoppedAfterMs, lastRequestAfterMs, agencyRecordCount(sim), records);
        QVERIFY2(lastRequestAfterMs <= 3000, qPrintable(QString::number(lastRequestAfterMs)));

        // Changes made while Off are not captured.
        QCOMPARE(scalar(db, QStringLiteral("SELECT enabled FROM capture_control")), qint64(0));
        const qint64 queued = scalar(db, QStringLiteral("SELECT COUNT(*) FROM change_queue"));
        QVERIFY2(exec(db,
                      QStringLiteral("INSERT INTO rec_students (school_year, lea_id, student_unique_id, first_name, "
                                     "last_surname, birth_date) VALUES (2027, '255901', 'OFF1', 'Not', 'Captured', "
                                     "'2012-01-01')"),
                      &error),
                 qPrintable(error));
        QVERIFY2(exec(db, QStringLiteral("UPDATE rec_students SET first_name = 'Quiet' WHERE id <= 5"), &error),
                 qPrintable(error));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM change_queue")), queued);

        // Nothing is marked sent that the agency does not hold in that state, and what was not
        // sent is still queued.
        int sent = 0;
        for (const QString &resource : RecordSchema::publishedResources()) {
            const QHash<QString, QJsonObject> agency = agencyRecords(sim, resource);
            const RecordTable *table = RecordSchema::find(resource);
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT p.local_id FROM publish_status p WHERE p.resource = '%1' AND "
                                          "p.state = 'sent'")
                               .arg(resource)));
            QList<qint64> ids;
            while (q.next())
                ids << q.value(0).toLongLong();
            q.finish();
            for (qint64 id : std::as_const(ids)) {
                QVERIFY(q.exec(QStringLiteral("SELECT * FROM %1 WHERE id = %2").arg(table->table).arg(id)) && q.next());
                QVariantMap row;
                for (int i = 0; i < q.record().count(); ++i)
                    row.insert(q.record().fieldName(i), q.value(i));
                q.finish();
                ++sent;
                if (id <= 5 && resource == QLatin1String("students"))
                    continue; // changed above, while Off
                const QJsonObject body = table->toJson(row);
                bool found = false;
                for (const QJsonObject &stored : agency) {
                    if (stored == body) {
                        found = true;
                        break;
                    }
                }
                QVERIFY2(found,
                         qPrintable(resource + QStringLiteral(" marked sent but not stored: ")
                                    + QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))));
            }
        }
        ExchangeCounts exchange;
        QVERIFY2(ExchangeCounts::read(db, &exchange, &error), qPrintable(error));
        qInfo("After the halt: %d marked sent, %d still queued", exchange.total().sent, exchange.total().pending());
        QCOMPARE(exchange.total().sent, sent);
        QVERIFY(sent <= agencyRecordCount(sim));
        QCOMPARE(exchange.total().pending() + exchange.unreadChanges + sent, records);
        QVERIFY(exchange.total().pending() + exchange.unreadChanges > 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineHalt)
#include "test_engine_halt.moc"
