// Data exceptions (issue 5): with Download on, the engine first fetches the agency's descriptors;
// an enrolment whose grade level the agency does not have is then held back with a clear message
// and never sent (no request, no 400), while the rest goes; correcting the record sends it.

#include "Database.h"
#include "EngineTestSupport.h"
#include "MemorySecretStore.h"
#include "ProfileRepository.h"
#include "SimProcess.h"
#include "TestSupport.h"

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
};

QTEST_GUILESS_MAIN(TestEngineExceptions)
#include "test_engine_exceptions.moc"
