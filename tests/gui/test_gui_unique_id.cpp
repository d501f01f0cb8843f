// The Unique ID review section against dexdesk-sim: a student for whom the identity service found
// two candidates is listed with them (name, birth date, score); choosing the second and pressing
// "Use this ID" (confirmed) gives the student and its enrolment that ID and empties the list;
// "Request a new ID" hands the person back to the next Unique ID run.

#include "ApiSession.h"
#include "GuiTestSupport.h"
#include "HttpClient.h"
#include "SimProcess.h"
#include "TokenProvider.h"
#include "UniqueIdProcessor.h"
#include "UniqueIdReviewPage.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

bool insertStudent(Database &db, const QString &districtId, const QString &given, const QString &family)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO rec_students (school_year, lea_id, student_unique_id, first_name, "
                             "last_surname, birth_date, needs_state_id) VALUES (2027, '255901', ?, ?, ?, "
                             "'2012-03-04', 1)"));
    q.addBindValue(districtId);
    q.addBindValue(given);
    q.addBindValue(family);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT INTO rec_student_school_associations (school_year, lea_id, student_unique_id, "
                             "school_id, entry_date, entry_grade_level) VALUES (2027, '255901', ?, 255901001, "
                             "'2026-08-20', 'Ninth grade')"));
    q.addBindValue(districtId);
    return q.exec();
}

QString scalarText(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

void clickRow(QTableWidget *table, int row)
{
    const QRect rect = table->visualItemRect(table->item(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestGuiUniqueId : public QObject
{
    Q_OBJECT

private:
    // The identity service's answer for the students in the database, as the engine's run gets it.
    static bool runProcessor(SimProcess &sim, Database &db)
    {
        HttpClient client(2);
        TokenProvider tokens(&client, sim.url(QStringLiteral("/oauth/token")), QStringLiteral("training-key"),
                             QStringLiteral("training-secret"));
        ApiSession session(&client, &tokens);
        UniqueIdProcessor processor(db.connection(), &session, sim.url(QStringLiteral("/identity/v2")), {});
        QSignalSpy finished(&processor, &UniqueIdProcessor::finished);
        processor.start();
        if (finished.isEmpty() && !finished.wait(20000))
            return false;
        return processor.summary().error.isEmpty();
    }

private Q_SLOTS:
    void useThisIdWritesTheCandidateBack()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TestEnvironment env;
        ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        PromptRecorder prompts;
        GuiSession session(env, &profiles, &secrets);
        QVERIFY(session.isValid());
        auto db = env.openDatabase();
        QVERIFY(insertStudent(*db, QStringLiteral("G1"), QStringLiteral("Gia"), QStringLiteral("Candidates2")));
        QVERIFY(insertStudent(*db, QStringLiteral("G2"), QStringLiteral("Hal"), QStringLiteral("Candidates3")));
        QVERIFY(runProcessor(sim, *db));

        // The section from the navigation list, as a user opens it.
        auto *navigation = session.find<QListWidget>(QStringLiteral("navigationList"));
        QVERIFY(navigation);
        const QList<QListWidgetItem *> entries
            = navigation->findItems(QStringLiteral("Unique ID review"), Qt::MatchExactly);
        QCOMPARE(entries.size(), 1);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(entries.first()).center());
        auto *page = session.find<UniqueIdReviewPage>(QStringLiteral("uniqueIdReviewPage"));
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());

        auto *persons = session.find<QTableWidget>(QStringLiteral("uniqueIdPersonsTable"));
        auto *candidates = session.find<QTableWidget>(QStringLiteral("uniqueIdCandidatesTable"));
        auto *use = session.find<QPushButton>(QStringLiteral("useCandidateButton"));
        auto *requestNew = session.find<QPushButton>(QStringLiteral("requestNewIdButton"));
        QVERIFY(persons && candidates && use && requestNew);
        QTRY_COMPARE(persons->rowCount(), 2);
        int gia = -1;
        for (int row = 0; row < persons->rowCount(); ++row) {
            if (persons->item(row, UniqueIdReviewPage::NameColumn)->text() == QLatin1String("Gia Candidates2"))
                gia = row;
        }
        QVERIFY(gia >= 0);
        QCOMPARE(persons->item(gia, UniqueIdReviewPage::BirthDateColumn)->text(), QStringLiteral("2012-03-04"));
        clickRow(persons, gia);
        QCOMPARE(candidates->rowCount(), 2);
        QCOMPARE(candidates->item(1, UniqueIdReviewPage::CandidateNameColumn)->text(),
                 QStringLiteral("Gia2 Candidates2"));
        QCOMPARE(candidates->item(1, UniqueIdReviewPage::CandidateBirthColumn)->text(), QStringLiteral("2012-03-04"));
        QCOMPARE(candidates->item(0, UniqueIdReviewPage::ScoreColumn)->text(), QStringLiteral("0.90"));
        const QString chosen = candidates->item(1, UniqueIdReviewPage::IdColumn)->text();

        // Cancelling the confirmation changes nothing.
        clickRow(candidates, 1);
        QVERIFY(use->isEnabled());
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(prompts.requests(Prompt::Kind::Question).size(), 1);
        QCOMPARE(scalarText(*db, QStringLiteral("SELECT student_unique_id FROM rec_students WHERE first_name = 'Gia'")),
                 QStringLiteral("G1"));

        prompts.answer(Prompt::Choice::Ok);
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(scalarText(*db, QStringLiteral("SELECT student_unique_id FROM rec_students WHERE first_name = 'Gia'")),
                 chosen);
        QCOMPARE(scalarText(*db, QStringLiteral("SELECT needs_state_id FROM rec_students WHERE first_name = 'Gia'")),
                 QStringLiteral("0"));
        QCOMPARE(scalarText(*db,
                            QStringLiteral("SELECT student_unique_id FROM rec_student_school_associations WHERE "
                                           "entry_grade_level = 'Ninth grade' ORDER BY id LIMIT 1")),
                 chosen);
        QCOMPARE(persons->rowCount(), 1);
        QVERIFY(prompts.requests(Prompt::Kind::Warning).isEmpty());

        // The other person: "Request a new ID" hands it to the next run, which gets one.
        clickRow(persons, 0);
        prompts.answer(Prompt::Choice::Ok);
        QTest::mouseClick(requestNew, Qt::LeftButton);
        QCOMPARE(persons->rowCount(), 0);
        QCOMPARE(scalarText(*db,
                            QStringLiteral("SELECT state FROM unique_id_requests r JOIN rec_students p ON "
                                           "p.id = r.local_id WHERE p.first_name = 'Hal'")),
                 QStringLiteral("creating"));
        QVERIFY(runProcessor(sim, *db));
        const QString halId
            = scalarText(*db, QStringLiteral("SELECT student_unique_id FROM rec_students WHERE first_name = 'Hal'"));
        QVERIFY2(halId != QLatin1String("G2") && !halId.startsWith(QLatin1String("900000000")), qPrintable(halId));
    }
};

QTEST_MAIN(TestGuiUniqueId)
#include "test_gui_unique_id.moc"
