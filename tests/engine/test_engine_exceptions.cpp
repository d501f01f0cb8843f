// Data exceptions (issue 5): with Download on, the engine first fetches the agency's descriptors;
// an enrolment whose grade level the agency does not have is then held back with a clear message
// and never sent (no request, no 400), while the rest goes; correcting the record sends it.
// Issue 11: a 409 naming a descriptor value or a school (which the district does not publish) is
// held with the value named and not retried, in every error shape; one naming a student waits.

#include "Database.h"
#include "EngineTestSupport.h"
#include "FailureGroups.h"
#include "MemorySecretStore.h"
#include "ProfileRepository.h"
#include "SimProcess.h"
#include "SimTestClient.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const QString kStudent = QStringLiteral(
    "INSERT INTO rec_students (school_year, lea_id, student_unique_id, first_name, last_surname, birth_date) VALUES "
    "(2027, '255901', '%1', 'Ann', 'Lee', '2011-03-04')");
const QString kEnrolment
    = QStringLiteral("INSERT INTO rec_student_school_associations (school_year, lea_id, student_unique_id, school_id, "
                     "entry_date, entry_grade_level) VALUES (2027, '255901', '%1', 255901001, '2026-08-20', '%2')");

} // namespace

class TestEngineExceptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { quietEngineLogs(); }

    void unknownDescriptorIsHeldBack()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TestEnvironment env;
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        EngineSetup setup;
        setup.secret = QStringLiteral("training-secret");
        QString error = saveSettings(env.databasePath(), profiles, &secrets, sim, setup);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto database = env.openDatabase();
        QVERIFY(database);
        QSqlDatabase db = database->connection();
        for (const QString &sql : {kStudent.arg(QStringLiteral("E1")), kStudent.arg(QStringLiteral("E2")),
                                   kEnrolment.arg(QStringLiteral("E1"), QStringLiteral("Ninth grade")),
                                   kEnrolment.arg(QStringLiteral("E2"), QStringLiteral("Grade Thirteen"))})
            QVERIFY2(exec(db, sql, &error), qPrintable(error));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM descriptors")), 0);

        EngineController controller(env.databasePath(), &profiles, &secrets);
        QVERIFY2(controller.start(Engine::Mode::Scheduled, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(sim.records(QStringLiteral("studentSchoolAssociations"), kYear).size(), 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(db,
                                         QStringLiteral("SELECT COUNT(*) FROM publish_status WHERE state = "
                                                        "'exception'")),
                                  1, 10000);
        QVERIFY(scalar(db,
                       QStringLiteral("SELECT COUNT(*) FROM descriptors WHERE descriptor = "
                                      "'GradeLevelDescriptor'"))
                > 5); // the download ran before the publish
        QCOMPARE(sim.records(QStringLiteral("students"), kYear).size(), 2);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT last_error, key_text FROM publish_status WHERE state = 'exception'")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString().contains(QLatin1String("Grade Thirteen")), qPrintable(q.value(0).toString()));
        QVERIFY(q.value(1).toString().contains(QLatin1String("E2")));
        q.finish();
        // Not a single request for it: no 400 at the agency.
        const QJsonObject counters = sim.counters();
        QCOMPARE(requestsFor(counters, QStringLiteral("studentSchoolAssociations"), QStringLiteral("POST")), 1);
        QCOMPARE(requestsFor(counters, QStringLiteral("studentSchoolAssociations"), QStringLiteral("POST"),
                             QStringLiteral("400")),
                 0);

        // Corrected in the district's records: captured, checked again and sent.
        QVERIFY2(exec(db,
                      QStringLiteral("UPDATE rec_student_school_associations SET entry_grade_level = 'Tenth grade' "
                                     "WHERE student_unique_id = 'E2'"),
                      &error),
                 qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(sim.records(QStringLiteral("studentSchoolAssociations"), kYear).size(), 2, 20000);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM publish_status WHERE state = 'exception'")), 0);
        controller.stop();
        QVERIFY(QTest::qWaitFor([&] { return !controller.isRunning(); }, 10000));
    }

    void conflictsAreClassified_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("error object with failures") << QStringLiteral("errorObject");
        QTest::newRow("problem details") << QStringLiteral("problem");
        QTest::newRow("message") << QStringLiteral("message");
    }

    void conflictsAreClassified()
    {
        QFETCH(QString, shape);
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--descriptor-conflict"), QStringLiteral("--error-shape"), shape}),
                 qPrintable(sim.errorString()));
        TestEnvironment env;
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        EngineSetup setup;
        setup.secret = QStringLiteral("training-secret");
        setup.download = false; // no descriptors known here: the agency's 409 is the only check
        QString error = saveSettings(env.databasePath(), profiles, &secrets, sim, setup);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto database = env.openDatabase();
        QVERIFY(database);
        QSqlDatabase db = database->connection();
        const QString atSchool = QStringLiteral(
            "INSERT INTO rec_student_school_associations (school_year, lea_id, student_unique_id, school_id, "
            "entry_date, entry_grade_level) VALUES (2027, '255901', '%1', %2, '2026-08-20', 'Ninth grade')");
        for (const QString &sql :
             {kStudent.arg(QStringLiteral("G1")), kStudent.arg(QStringLiteral("G2")),
              kStudent.arg(QStringLiteral("G3")), kEnrolment.arg(QStringLiteral("G1"), QStringLiteral("Ninth grade")),
              kEnrolment.arg(QStringLiteral("G2"), QStringLiteral("Grade Thirteen")),
              atSchool.arg(QStringLiteral("G3")).arg(255901999)})
            QVERIFY2(exec(db, sql, &error), qPrintable(error));
        // An enrolment of a student the district publishes but has not sent: a dependency wait.
        QVERIFY2(exec(db,
                      QStringLiteral("INSERT INTO rec_student_school_associations (school_year, lea_id, "
                                     "student_unique_id, school_id, entry_date, entry_grade_level) VALUES (2027, "
                                     "'255901', 'NOT-SENT', 255901001, '2026-08-20', 'Ninth grade')"),
                      &error),
                 qPrintable(error));

        EngineController controller(env.databasePath(), &profiles, &secrets);
        QVERIFY2(controller.start(Engine::Mode::Scheduled, &error), qPrintable(error));
        const auto inState = [&db](const QString &state) {
            return scalar(db, QStringLiteral("SELECT COUNT(*) FROM publish_status WHERE state = '%1'").arg(state));
        };
        QTRY_COMPARE_WITH_TIMEOUT(inState(QStringLiteral("exception")), 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(inState(QStringLiteral("waiting")), 1, 10000);
        QCOMPARE(sim.records(QStringLiteral("studentSchoolAssociations"), kYear).size(), 1);

        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT key_text, last_status, last_error, last_response FROM publish_status "
                                      "WHERE state = 'exception' ORDER BY key_text")));
        QStringList errors;
        while (q.next()) {
            QCOMPARE(q.value(1).toInt(), 409);
            QVERIFY(q.value(3).toString().startsWith(QLatin1String("HTTP 409"))); // the answer is kept
            errors << q.value(0).toString() + QLatin1Char(' ') + q.value(2).toString();
        }
        q.finish();
        QCOMPARE(errors.size(), 2);
        const QString all = errors.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("Grade Thirteen")), qPrintable(all)); // the value is named
        QVERIFY2(all.contains(QLatin1String("255901999")), qPrintable(all));

        // The Errors view groups them by a cause that names the value.
        QList<FailureCause> causes;
        QVERIFY2(FailureGroups::causes(db, &causes, &error), qPrintable(error));
        bool named = false;
        for (const FailureCause &c : std::as_const(causes))
            named
                = named || (c.state == QLatin1String("exception") && c.cause.contains(QLatin1String("Grade Thirteen")));
        QVERIFY(named);

        // Not retried: held records are not sent again until they change or the next download.
        const auto heldAt = [&db] {
            return scalar(db,
                          QStringLiteral("SELECT SUM(last_attempt_at) FROM publish_status WHERE state = "
                                         "'exception'"));
        };
        const qint64 before = heldAt();
        const int conflicts = requestsFor(sim.counters(), QStringLiteral("studentSchoolAssociations"),
                                          QStringLiteral("POST"), QStringLiteral("409"));
        // The waiting record is tried again within 30 s; the held ones meanwhile are not.
        QTRY_VERIFY_WITH_TIMEOUT(requestsFor(sim.counters(), QStringLiteral("studentSchoolAssociations"),
                                             QStringLiteral("POST"), QStringLiteral("409"))
                                     > conflicts,
                                 40000);
        QCOMPARE(inState(QStringLiteral("exception")), 2);
        QCOMPARE(heldAt(), before); // neither held record was sent again
        controller.stop();
        QVERIFY(QTest::qWaitFor([&] { return !controller.isRunning(); }, 10000));
    }

    // Ownership-based authorization (issue 11): a student another API client created answers 403;
    // the record is rejected once, with ownership named, and not retried.
    void recordOfAnotherClientIsRejectedNamingOwnership()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--ownership"), QStringLiteral("--client"),
                            QStringLiteral("training-key:training-secret"), QStringLiteral("--client"),
                            QStringLiteral("other-key:other-secret")}),
                 qPrintable(sim.errorString()));
        SimTestClient other(sim.baseUrl());
        QVERIFY(!other.fetchToken(QStringLiteral("other-key"), QStringLiteral("other-secret")).isEmpty());
        QJsonObject body {{QStringLiteral("studentUniqueId"), QStringLiteral("O1")},
                          {QStringLiteral("firstName"), QStringLiteral("Ann")},
                          {QStringLiteral("lastSurname"), QStringLiteral("Other")},
                          {QStringLiteral("birthDate"), QStringLiteral("2011-03-04")}};
        QCOMPARE(other.post(QStringLiteral("/data/v3/2027/ed-fi/students"), body).status, 201);

        TestEnvironment env;
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        EngineSetup setup;
        setup.secret = QStringLiteral("training-secret");
        setup.download = false;
        QString error = saveSettings(env.databasePath(), profiles, &secrets, sim, setup);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto database = env.openDatabase();
        QVERIFY(database);
        QSqlDatabase db = database->connection();
        for (const QString &sql : {kStudent.arg(QStringLiteral("O1")), kStudent.arg(QStringLiteral("O2"))})
            QVERIFY2(exec(db, sql, &error), qPrintable(error));

        EngineController controller(env.databasePath(), &profiles, &secrets);
        QVERIFY2(controller.start(Engine::Mode::Scheduled, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(db,
                   QStringLiteral("SELECT COUNT(*) FROM publish_status WHERE state = 'rejected' AND last_status = "
                                  "403")),
            1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM publish_status WHERE state = 'sent'")), 1, 10000);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT key_text, last_error FROM publish_status WHERE state = 'rejected'")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().contains(QLatin1String("O1")));
        QVERIFY2(q.value(1).toString().contains(QLatin1String("another API client")),
                 qPrintable(q.value(1).toString()));
        q.finish();
        // The other client's record is untouched, and the 403 was not retried.
        QTest::qWait(6000); // longer than a publish interval (High: 5 s)
        QCOMPARE(requestsFor(sim.counters(), QStringLiteral("students"), QStringLiteral("POST"), QStringLiteral("403")),
                 1);
        for (const QJsonValue &v : sim.records(QStringLiteral("students"), kYear)) {
            if (v.toObject().value(QStringLiteral("studentUniqueId")).toString() == QLatin1String("O1"))
                QCOMPARE(v.toObject().value(QStringLiteral("lastSurname")).toString(), QStringLiteral("Other"));
        }
        controller.stop();
        QVERIFY(QTest::qWaitFor([&] { return !controller.isRunning(); }, 10000));
    }

    // Bounded one-off runs (issue 11): a `publish --changes` whose last records wait on a student
    // that is never sent, or are held for a value the agency lacks, ends within seconds (not after
    // minutes of retries), says what is left and why, is not complete, and is one job run.
    void oneOffRunEndsWhenNothingLeftCanBeSent()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--descriptor-conflict"), QStringLiteral("--error-shape"),
                            QStringLiteral("errorObject")}),
                 qPrintable(sim.errorString()));
        TestEnvironment env;
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        EngineSetup setup;
        setup.secret = QStringLiteral("training-secret");
        setup.download = false;
        QString error = saveSettings(env.databasePath(), profiles, &secrets, sim, setup);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto database = env.openDatabase();
        QVERIFY(database);
        QSqlDatabase db = database->connection();
        for (const QString &sql : {kStudent.arg(QStringLiteral("B1")), kStudent.arg(QStringLiteral("B2")),
                                   kEnrolment.arg(QStringLiteral("B1"), QStringLiteral("Ninth grade")),
                                   kEnrolment.arg(QStringLiteral("B2"), QStringLiteral("Grade Thirteen")),
                                   kEnrolment.arg(QStringLiteral("NEVER-SENT"), QStringLiteral("Ninth grade"))})
            QVERIFY2(exec(db, sql, &error), qPrintable(error));

        EngineController controller(env.databasePath(), &profiles, &secrets);
        QElapsedTimer clock;
        clock.start();
        const RunResult r = runOnce(controller, Engine::Mode::PublishChanges, 60000);
        QVERIFY2(r.finished, qPrintable(r.error));
        QVERIFY2(clock.elapsed() < 45000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!r.complete);
        QCOMPARE(r.sent, 3); // two students and one enrolment
        QVERIFY2(r.message.contains(QLatin1String("1 waiting on a record that was not sent")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("1 held")), qPrintable(r.message));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM job_runs WHERE kind = 'publish'")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT sent FROM job_runs WHERE kind = 'publish'")), 3);
        QVERIFY(requestsFor(sim.counters(), QStringLiteral("studentSchoolAssociations"), QStringLiteral("POST"),
                            QStringLiteral("409"))
                <= 5); // the waiting one a few times, the held one once
    }

    // A one-off run left with only a held record (a value the agency lacks) is not complete:
    // it says what is left (`publish` and `run --once` exit 1), it does not report success.
    void oneOffRunWithOnlyHeldRecordsIsNotComplete()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--descriptor-conflict"), QStringLiteral("--error-shape"),
                            QStringLiteral("errorObject")}),
                 qPrintable(sim.errorString()));
        TestEnvironment env;
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        EngineSetup setup;
        setup.secret = QStringLiteral("training-secret");
        setup.download = false;
        QString error = saveSettings(env.databasePath(), profiles, &secrets, sim, setup);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto database = env.openDatabase();
        QVERIFY(database);
        QSqlDatabase db = database->connection();
        for (const QString &sql : {kStudent.arg(QStringLiteral("H1")),
                                   kEnrolment.arg(QStringLiteral("H1"), QStringLiteral("Grade Thirteen"))})
            QVERIFY2(exec(db, sql, &error), qPrintable(error));

        EngineController controller(env.databasePath(), &profiles, &secrets);
        const RunResult r = runOnce(controller, Engine::Mode::PublishChanges, 60000);
        QVERIFY2(r.finished, qPrintable(r.error));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM publish_status WHERE state = 'exception'")), 1);
        QCOMPARE(r.sent, 1);
        QVERIFY(!r.complete);
        QVERIFY2(r.message.contains(QLatin1String("Left: 1 held")), qPrintable(r.message));
    }

    // The one-off run's history row follows how it ended: with a held record left it is
    // "partial", one failed, sent as counted, the message saying what is left.
    void oneOffRunRowSaysWhatIsLeft()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--descriptor-conflict"), QStringLiteral("--error-shape"),
                            QStringLiteral("errorObject")}),
                 qPrintable(sim.errorString()));
        TestEnvironment env;
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        EngineSetup setup;
        setup.secret = QStringLiteral("training-secret");
        setup.download = false;
        QString error = saveSettings(env.databasePath(), profiles, &secrets, sim, setup);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto database = env.openDatabase();
        QVERIFY(database);
        QSqlDatabase db = database->connection();
        for (const QString &sql : {kStudent.arg(QStringLiteral("R1")), kStudent.arg(QStringLiteral("R2")),
                                   kEnrolment.arg(QStringLiteral("R1"), QStringLiteral("Ninth grade")),
                                   kEnrolment.arg(QStringLiteral("R2"), QStringLiteral("Grade Thirteen"))})
            QVERIFY2(exec(db, sql, &error), qPrintable(error));
        EngineController controller(env.databasePath(), &profiles, &secrets);
        const RunResult r = runOnce(controller, Engine::Mode::PublishChanges, 60000);
        QVERIFY2(r.finished, qPrintable(r.error));
        QVERIFY(!r.complete);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT outcome, sent, failed, message FROM job_runs WHERE kind = 'publish'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("partial"));
        QCOMPARE(q.value(1).toInt(), 3);
        QCOMPARE(q.value(2).toInt(), 1);
        QVERIFY2(q.value(3).toString().contains(QLatin1String("1 held")), qPrintable(q.value(3).toString()));
        QVERIFY(!q.next());
    }

    // A scheduled engine whose only work is a record still waiting does not flood the run history.
    void waitingOnlyPassesAreNotRecorded()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TestEnvironment env;
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        EngineSetup setup;
        setup.secret = QStringLiteral("training-secret");
        setup.download = false;
        QString error = saveSettings(env.databasePath(), profiles, &secrets, sim, setup);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto database = env.openDatabase();
        QVERIFY(database);
        QSqlDatabase db = database->connection();
        QVERIFY2(exec(db, kEnrolment.arg(QStringLiteral("NEVER-SENT"), QStringLiteral("Ninth grade")), &error),
                 qPrintable(error));
        EngineController controller(env.databasePath(), &profiles, &secrets);
        QVERIFY2(controller.start(Engine::Mode::Scheduled, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(requestsFor(sim.counters(), QStringLiteral("studentSchoolAssociations"),
                                             QStringLiteral("POST"), QStringLiteral("409"))
                                     >= 3,
                                 40000);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT COUNT(*) FROM job_runs WHERE kind = 'publish' AND sent = 0 AND "
                                       "failed = 0")),
                 0);
        controller.stop();
        QVERIFY(QTest::qWaitFor([&] { return !controller.isRunning(); }, 10000));
    }
};

QTEST_GUILESS_MAIN(TestEngineExceptions)
#include "test_engine_exceptions.moc"
