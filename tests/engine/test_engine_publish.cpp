// The engine in-process against dexdesk-sim on 127.0.0.1: a district's records published with
// Publish Changes arrive field by field in dependency order, updates and deletes follow, many
// changes to one record collapse into few sends in order, a record the agency rejects keeps the
// server's message and waits until it changes, and a second engine on the database is refused.

#include "Database.h"
#include "DatabaseLocation.h"
#include "EngineTestSupport.h"
#include "ExchangeCounts.h"
#include "MemorySecretStore.h"
#include "ProfileRepository.h"
#include "RecordSchema.h"
#include "SimProcess.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {
const QString kSecret = QStringLiteral("training-secret");
}

class TestEnginePublish : public QObject
{
    Q_OBJECT

private:
    // A simulator, a database with settings for it (System On, Data Changes on: capture runs) and
    // the LEA secret in memory.
    struct Rig {
        SimProcess sim;
        TestEnvironment env;
        ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        std::unique_ptr<Database> db;
    };

    static bool setUp(Rig &rig, const QStringList &simArgs = {})
    {
        if (!rig.sim.start(simArgs)) {
            qWarning("%s", qPrintable(rig.sim.errorString()));
            return false;
        }
        EngineSetup setup;
        setup.secret = kSecret;
        const QString error = saveSettings(rig.env.databasePath(), rig.profiles, &rig.secrets, rig.sim, setup);
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        rig.db = rig.env.openDatabase();
        return rig.db != nullptr;
    }

    static QString studentPublishState(QSqlDatabase db, const QString &studentId, QString *lastError = nullptr)
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT state, last_error FROM publish_status WHERE resource = 'students' AND %1 = ?")
                      .arg(sql::jsonField(Database::dialectOf(db), QStringLiteral("key_text"),
                                          QStringLiteral("studentUniqueId"))));
        q.addBindValue(studentId);
        if (!q.exec() || !q.next())
            return {};
        if (lastError)
            *lastError = q.value(1).toString();
        return q.value(0).toString();
    }

private Q_SLOTS:
    void initTestCase() { quietEngineLogs(); }

    // Issue 11: 2,000 students with their associations arrive in full against each way real
    // servers differ (no change queries nor Total-Count, other error shapes, descriptor 409s,
    // ownership checks, empty error bodies, an absolute token expiry that runs out mid-run).
    void publishCompletesInEveryServerMode_data()
    {
        QTest::addColumn<QStringList>("simArgs");
        QTest::newRow("no change queries, no Total-Count") << QStringList {
            QStringLiteral("--change-queries"), QStringLiteral("absent"), QStringLiteral("--no-total-count")};
        QTest::newRow("error object, descriptor 409, ownership")
            << QStringList {QStringLiteral("--error-shape"), QStringLiteral("errorObject"),
                            QStringLiteral("--descriptor-conflict"), QStringLiteral("--ownership")};
        QTest::newRow("empty error bodies, relative Location") << QStringList {
            QStringLiteral("--error-shape"), QStringLiteral("empty"), QStringLiteral("--relative-location")};
        QTest::newRow("absolute expires_in, 3 s tokens")
            << QStringList {QStringLiteral("--token-expires-in"), QStringLiteral("absolute"),
                            QStringLiteral("--token-lifetime"), QStringLiteral("3")};
        // Tokens that expire unannounced and are then refused with a plain 400, not 401.
        QTest::newRow("400 for an expired token, lifetime unstated, 3 s tokens")
            << QStringList {QStringLiteral("--unauthorized-status"), QStringLiteral("400"),
                            QStringLiteral("--token-expires-in"),    QStringLiteral("omitted"),
                            QStringLiteral("--token-lifetime"),      QStringLiteral("3")};
        QTest::newRow("Data Standard 3.3, relocated change queries, wrong Total-Count")
            << QStringList {QStringLiteral("--data-standard"),      QStringLiteral("3.3"),
                            QStringLiteral("--change-queries"),     QStringLiteral("relocated"),
                            QStringLiteral("--total-count-excess"), QStringLiteral("3")};
    }

    void publishCompletesInEveryServerMode()
    {
        QFETCH(QStringList, simArgs);
        Rig rig;
        QVERIFY(setUp(rig, simArgs));
        QSqlDatabase db = rig.db->connection();
        QString error;
        const int records = seedSample(db, 2000, &error);
        QVERIFY2(records > 6000, qPrintable(error));
        EngineController controller(rig.env.databasePath(), &rig.profiles, &rig.secrets);
        const RunResult run = runOnce(controller, Engine::Mode::PublishChanges, 180000);
        QVERIFY2(run.finished, qPrintable(run.error));
        QVERIFY2(run.complete, qPrintable(run.message));
        int compared = 0;
        QString diff = compareWithAgency(db, rig.sim, &compared);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(compared, records);

        // A student and its associations deleted: the deletes use the ids from Location (whatever
        // its form), so no look-up by key is needed.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT student_unique_id FROM rec_students ORDER BY id LIMIT 1")));
        QVERIFY(q.next());
        const QString removed = q.value(0).toString();
        q.finish();
        const int before = localRecordCount(db);
        for (const QString &table :
             {QStringLiteral("rec_student_school_associations"),
              QStringLiteral("rec_student_education_organization_associations"), QStringLiteral("rec_students")})
            QVERIFY2(
                exec(db, QStringLiteral("DELETE FROM %1 WHERE student_unique_id = '%2'").arg(table, removed), &error),
                qPrintable(error));
        QVERIFY(localRecordCount(db) < before);
        rig.sim.reset();
        const RunResult again = runOnce(controller, Engine::Mode::PublishChanges, 60000);
        QVERIFY2(again.finished && again.complete, qPrintable(again.error + again.message));
        diff = compareWithAgency(db, rig.sim, &compared);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(agencyRecordCount(rig.sim), localRecordCount(db));
        QCOMPARE(requestsFor(rig.sim.counters(), QStringLiteral("students"), QStringLiteral("GET")), 0);
        QCOMPARE(requestsFor(rig.sim.counters(), QStringLiteral("students"), QStringLiteral("DELETE"),
                             QStringLiteral("204")),
                 1);
    }

    void publishChangesDeliversEverythingInOrder()
    {
        Rig rig;
        QVERIFY(setUp(rig));
        QSqlDatabase db = rig.db->connection();
        QString error;
        const int records = seedSample(db, 2000, &error);
        QVERIFY2(records > 6000, qPrintable(error));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM change_queue")), qint64(records));
        QVERIFY(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rec_staff_school_associations")) > 100);
        QVERIFY(scalar(db,
                       QStringLiteral("SELECT COUNT(*) FROM rec_staff_education_organization_assignment_"
                                      "associations"))
                > 100);

        EngineController controller(rig.env.databasePath(), &rig.profiles, &rig.secrets);
        QElapsedTimer clock;
        clock.start();
        RunResult run = runOnce(controller, Engine::Mode::PublishChanges, 180000);
        QVERIFY2(run.finished, qPrintable(run.error));
        qInfo("Published %d records in %lld ms", run.sent, clock.elapsed());
        QVERIFY2(run.complete, qPrintable(run.message));
        QCOMPARE(run.rejected, 0);

        int compared = 0;
        QString diff = compareWithAgency(db, rig.sim, &compared);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(compared, records);
        QCOMPARE(agencyRecordCount(rig.sim), records);

        // Dependency order: people before their associations, so no reference was missing; had
        // one been, every record still arrived (checked above).
        QJsonObject counters = rig.sim.counters();
        QCOMPARE(counters.value(QStringLiteral("orderViolations")).toInt(), 0);
        int conflicts = 0;
        for (const QString &r : RecordSchema::publishedResources())
            conflicts += requestsFor(counters, r, QStringLiteral("POST"), QStringLiteral("409"));
        qInfo("409 answers during the publish: %d", conflicts);
        QCOMPARE(conflicts, 0);
        QCOMPARE(requestsFor(counters, QStringLiteral("students"), QStringLiteral("POST")), 2000);

        // What `dexdesk-cli status` shows: everything sent, nothing left.
        ExchangeCounts exchange;
        QVERIFY2(ExchangeCounts::read(db, &exchange, &error), qPrintable(error));
        const ResourceCounts total = exchange.total();
        QCOMPARE(total.sent, records);
        QCOMPARE(total.pending(), 0);
        QCOMPARE(total.failed(), 0);
        QCOMPARE(exchange.unreadChanges, 0);
        QVERIFY(!exchange.recentRuns.isEmpty());
        QCOMPARE(exchange.recentRuns.first().kind, QStringLiteral("publish"));

        // An update and a delete (a student with both associations: the associations must go
        // first or the agency refuses to delete a referenced student).
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT student_unique_id FROM rec_students ORDER BY id LIMIT 2")));
        QVERIFY(q.next());
        const QString renamed = q.value(0).toString();
        QVERIFY(q.next());
        const QString removed = q.value(0).toString();
        q.finish();
        QVERIFY2(exec(db,
                      QStringLiteral("UPDATE rec_students SET first_name = 'Renamed', birth_city = 'Springfield' "
                                     "WHERE student_unique_id = '%1'")
                          .arg(renamed),
                      &error),
                 qPrintable(error));
        for (const QString &table :
             {QStringLiteral("rec_student_school_associations"),
              QStringLiteral("rec_student_education_organization_associations"), QStringLiteral("rec_students")}) {
            QVERIFY2(
                exec(db, QStringLiteral("DELETE FROM %1 WHERE student_unique_id = '%2'").arg(table, removed), &error),
                qPrintable(error));
        }
        rig.sim.reset();
        run = runOnce(controller, Engine::Mode::PublishChanges, 60000);
        QVERIFY2(run.finished && run.complete, qPrintable(run.error + run.message));
        QCOMPARE(run.sent, 4);
        diff = compareWithAgency(db, rig.sim, &compared);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(compared, records - 3);
        const QJsonObject renamedAtAgency = agencyRecords(rig.sim, QStringLiteral("students")).value(renamed);
        QCOMPARE(renamedAtAgency.value(QStringLiteral("firstName")).toString(), QStringLiteral("Renamed"));
        QVERIFY(!agencyRecords(rig.sim, QStringLiteral("students")).contains(removed));
        counters = rig.sim.counters();
        QCOMPARE(requestsFor(counters, QStringLiteral("students"), QStringLiteral("DELETE"), QStringLiteral("204")), 1);
        QCOMPARE(requestsFor(counters, QStringLiteral("studentSchoolAssociations"), QStringLiteral("DELETE"),
                             QStringLiteral("204")),
                 1);
        QCOMPARE(requestsFor(counters, QStringLiteral("students"), QStringLiteral("DELETE"), QStringLiteral("409")), 0);
        QCOMPARE(counters.value(QStringLiteral("orderViolations")).toInt(), 0);
        QVERIFY2(ExchangeCounts::read(db, &exchange, &error), qPrintable(error));
        QCOMPARE(exchange.total().pending(), 0);
    }

    void manyChangesToOneRecordCoalesce()
    {
        Rig rig;
        QVERIFY(setUp(rig, {QStringLiteral("--latency"), QStringLiteral("300")}));
        QSqlDatabase db = rig.db->connection();
        QString error;
        QVERIFY2(exec(db,
                      QStringLiteral("INSERT INTO rec_students (school_year, lea_id, student_unique_id, first_name, "
                                     "last_surname, birth_date) VALUES (2027, '255901', 'C100', 'Update0', 'Often', "
                                     "'2011-04-05')"),
                      &error),
                 qPrintable(error));

        // The scheduled engine (System On, High) sends the first state; 49 more updates are made
        // while that send waits in the simulator.
        EngineController controller(rig.env.databasePath(), &rig.profiles, &rig.secrets);
        QVERIFY2(controller.start(Engine::Mode::Scheduled, &error), qPrintable(error));
        // The token came (it waits the latency too) and the POST is out.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QJsonObject c = rig.sim.counters();
                return c.value(QStringLiteral("tokensIssued")).toInt() >= 1
                    && c.value(QStringLiteral("inFlight")).toInt() >= 1;
            }(),
            10000);
        for (int i = 1; i < 50; ++i) {
            QVERIFY2(exec(db,
                          QStringLiteral("UPDATE rec_students SET first_name = 'Update%1' WHERE student_unique_id = "
                                         "'C100'")
                              .arg(i),
                          &error),
                     qPrintable(error));
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM change_queue")), qint64(50));
        controller.publishNow(false);
        QTRY_COMPARE_WITH_TIMEOUT(agencyRecords(rig.sim, QStringLiteral("students"))
                                      .value(QStringLiteral("C100"))
                                      .value(QStringLiteral("firstName"))
                                      .toString(),
                                  QStringLiteral("Update49"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(studentPublishState(db, QStringLiteral("C100")), QStringLiteral("sent"), 10000);
        controller.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!controller.isRunning(), 10000);

        const QJsonObject counters = rig.sim.counters();
        const int posts = requestsFor(counters, QStringLiteral("students"), QStringLiteral("POST"));
        qInfo("50 changes to one student went as %d POSTs", posts);
        QVERIFY2(posts <= 5, qPrintable(QString::number(posts)));
        QCOMPARE(counters.value(QStringLiteral("orderViolations")).toInt(), 0);
        const QString diff = compareWithAgency(db, rig.sim);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void rejectedRecordKeepsTheMessageUntilItChanges()
    {
        Rig rig;
        QVERIFY(setUp(rig));
        QSqlDatabase db = rig.db->connection();
        QString error;
        // 30 February is no date; "Robot" is no sex descriptor the agency knows.
        QVERIFY2(exec(db,
                      QStringLiteral("INSERT INTO rec_students (school_year, lea_id, student_unique_id, first_name, "
                                     "last_surname, birth_date) VALUES (2027, '255901', 'R1', 'Bad', 'Date', "
                                     "'2010-02-30'), (2027, '255901', 'R2', 'Good', 'Student', '2010-02-03')"),
                      &error),
                 qPrintable(error));
        QVERIFY2(exec(db,
                      QStringLiteral("INSERT INTO rec_student_education_organization_associations (school_year, "
                                     "lea_id, student_unique_id, education_organization_id, sex) VALUES (2027, "
                                     "'255901', 'R2', 255901, 'Robot')"),
                      &error),
                 qPrintable(error));

        EngineController controller(rig.env.databasePath(), &rig.profiles, &rig.secrets);
        RunResult run = runOnce(controller, Engine::Mode::PublishChanges, 60000);
        QVERIFY2(run.finished, qPrintable(run.error));
        QCOMPARE(run.sent, 1);
        QCOMPARE(run.rejected, 2);
        QVERIFY2(!run.complete, "a run with rejected records is not complete");

        QString lastError;
        QCOMPARE(studentPublishState(db, QStringLiteral("R1"), &lastError), QStringLiteral("rejected"));
        QVERIFY2(lastError.contains(QLatin1String("birthDate must be a date")), qPrintable(lastError));
        QVERIFY2(lastError.contains(QLatin1String("\"status\":400")), qPrintable(lastError));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT last_status FROM publish_status WHERE resource = "
                                       "'studentEducationOrganizationAssociations'")),
                 qint64(400));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT state, last_error FROM publish_status WHERE resource = "
                                      "'studentEducationOrganizationAssociations'"))
                && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("rejected"));
        QVERIFY2(q.value(1).toString().contains(QLatin1String("Robot")), qPrintable(q.value(1).toString()));
        q.finish();
        ExchangeCounts exchange;
        QVERIFY2(ExchangeCounts::read(db, &exchange, &error), qPrintable(error));
        QCOMPARE(exchange.total().rejected, 2);
        QCOMPARE(exchange.total().sent, 1);

        // Not retried: another run sends nothing.
        rig.sim.reset();
        run = runOnce(controller, Engine::Mode::PublishChanges, 30000);
        QVERIFY2(run.finished, qPrintable(run.error));
        QCOMPARE(dataRequests(rig.sim.counters()), 0);

        // Fixed records go again and arrive.
        QVERIFY2(exec(db,
                      QStringLiteral("UPDATE rec_students SET birth_date = '2010-02-28' WHERE student_unique_id = "
                                     "'R1'"),
                      &error),
                 qPrintable(error));
        QVERIFY2(exec(db,
                      QStringLiteral("UPDATE rec_student_education_organization_associations SET sex = 'Female' "
                                     "WHERE student_unique_id = 'R2'"),
                      &error),
                 qPrintable(error));
        run = runOnce(controller, Engine::Mode::PublishChanges, 30000);
        QVERIFY2(run.finished && run.complete, qPrintable(run.error + run.message));
        QCOMPARE(run.sent, 2);
        QCOMPARE(studentPublishState(db, QStringLiteral("R1")), QStringLiteral("sent"));
        const QString diff = compareWithAgency(db, rig.sim);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(dataRequests(rig.sim.counters()), 2);
    }

    void secondEngineOnTheSameDatabaseIsRefused()
    {
        Rig rig;
        QVERIFY(setUp(rig));
        if (DatabaseLocation::looksLikeUrl(rig.env.databasePath()))
            QSKIP("On PostgreSQL engines share the database as instances by design (docs/scale-out.md); "
                  "test_engine_instances_pg and test_instanceregistry_pg cover several at once.");
        EngineController first(rig.env.databasePath(), &rig.profiles, &rig.secrets);
        EngineController second(rig.env.databasePath(), &rig.profiles, &rig.secrets);
        QString error;
        QVERIFY2(first.start(Engine::Mode::Scheduled, &error), qPrintable(error));
        QVERIFY(!second.start(Engine::Mode::PublishChanges, &error));
        const QString holder = QStringLiteral("process %1").arg(QCoreApplication::applicationPid());
        QVERIFY2(error.contains(QLatin1String("Another DEX Desk engine")) && error.contains(holder), qPrintable(error));
        QVERIFY(EngineController::lockHolder(rig.env.databasePath()).contains(holder));
        QVERIFY(!second.isRunning());

        // Once the first one stops, the second may run.
        QSignalSpy stopped(&first, &EngineController::stopped);
        first.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 10000);
        QVERIFY(EngineController::lockHolder(rig.env.databasePath()).isEmpty());
        const RunResult run = runOnce(second, Engine::Mode::PublishChanges, 30000);
        QVERIFY2(run.finished, qPrintable(run.error));
    }
};

QTEST_GUILESS_MAIN(TestEnginePublish)
#include "test_engine_publish.moc"
