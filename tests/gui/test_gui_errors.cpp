// The Errors section against dexdesk-sim on 127.0.0.1: 1,000 enrolments at a school the agency does
// not have are one cause with a count of 1,000; a record shows its last request (token masked) and
// the agency's 409; once the school exists at the agency, Retry All of the cause sends all of them;
// Dismiss sets a record aside.

#include "EngineSupervisor.h"
#include "ErrorsPage.h"
#include "GuiTestSupport.h"
#include "SimProcess.h"
#include "SimTestClient.h"

#include <QJsonArray>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTableWidget>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const QString kProfile = QStringLiteral("local-simulator");
const QString kLea = QStringLiteral("255901");
constexpr int kRecords = 1000;
constexpr qint64 kMissingSchool = 255901999;

bool insertEnrolments(Database &db)
{
    QSqlQuery q(db.connection());
    const QString range
        = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) ").arg(kRecords);
    return q.exec(range
                  + QStringLiteral("INSERT INTO rec_students (school_year, lea_id, student_unique_id, first_name, "
                                   "last_surname, birth_date) SELECT 2027, '255901', 'E' || i, 'First' || i, "
                                   "'Last', '2011-05-06' FROM n"))
        && q.exec(range
                  + QStringLiteral("INSERT INTO rec_student_school_associations (school_year, lea_id, "
                                   "student_unique_id, school_id, entry_date, entry_grade_level) SELECT 2027, "
                                   "'255901', 'E' || i, %1, '2026-08-20', 'Ninth grade' FROM n")
                        .arg(kMissingSchool));
}

int simCount(SimProcess &sim, const QString &resource)
{
    return sim.counters()
        .value(QStringLiteral("records"))
        .toObject()
        .value(QStringLiteral("2027"))
        .toObject()
        .value(resource)
        .toInt();
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestGuiErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsDrillsRetriesAndDismisses()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TestEnvironment env;
        ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        PromptRecorder prompts;
        GuiSession session(env, &profiles, &secrets);
        QVERIFY(session.isValid());
        EngineSupervisor engine(env.databasePath(), &session.editor(), &profiles, &secrets);
        session.window().setEngineSupervisor(&engine);
        engine.attach();

        // System On with the simulator, then 1,000 students and their enrolments at a missing school.
        SettingsEditor &editor = session.editor();
        GeneralSettings general = editor.working().general;
        general.profileId = kProfile;
        general.frequency = Frequency::High;
        general.systemEnabled = true;
        editor.setGeneral(general);
        CommunicationSettings comm = editor.communication(kProfile);
        const QString root = sim.baseUrl().toString(QUrl::StripTrailingSlash);
        comm.dataUrl = root + QStringLiteral("/data/v3");
        comm.authUrl = root + QStringLiteral("/oauth/token");
        comm.services = Services(Service::DataChanges) | Service::Publish; // no downloads or ID requests here
        editor.setCommunication(kProfile, comm);
        editor.setLeaSecret(kProfile, kLea, QStringLiteral("training-secret"));
        QVERIFY(saveAndWait(editor).ok);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isRunning(), 10000);
        auto db = env.openDatabase();
        QVERIFY(insertEnrolments(*db));
        engine.publishNow(false);
        QTRY_COMPARE_WITH_TIMEOUT(simCount(sim, QStringLiteral("students")), kRecords, 60000);

        // The section from the navigation list: one cause, 1,000 records.
        auto *navigation = session.find<QListWidget>(QStringLiteral("navigationList"));
        const QList<QListWidgetItem *> entries = navigation->findItems(QStringLiteral("Errors"), Qt::MatchExactly);
        QCOMPARE(entries.size(), 1);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(entries.first()).center());
        auto *page = session.find<ErrorsPage>(QStringLiteral("errorsPage"));
        QVERIFY(page);
        QTRY_VERIFY(page->isVisible());
        auto *causes = session.find<QTableWidget>(QStringLiteral("errorCausesTable"));
        auto *refresh = session.find<QPushButton>(QStringLiteral("errorRefreshButton"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QTest::mouseClick(refresh, Qt::LeftButton);
                return causes->rowCount() == 1 && causes->item(0, 4)->text() == QLocale().toString(kRecords);
            }(),
            60000);
        QCOMPARE(causes->item(0, 0)->text(), QStringLiteral("studentSchoolAssociations"));
        QCOMPARE(causes->item(0, 2)->text(), QStringLiteral("409"));
        QVERIFY2(causes->item(0, 3)->text().contains(QLatin1String("School")), qPrintable(causes->item(0, 3)->text()));
        QCOMPARE(page->causes().first().count, kRecords);

        // Its records, a page at a time, and the first one's last request and answer, without a token.
        causes->selectRow(0);
        auto *records = session.find<QTableWidget>(QStringLiteral("errorRecordsTable"));
        QTRY_COMPARE(records->rowCount(), ErrorsPage::kPageSize);
        QTest::mouseClick(session.find<QPushButton>(QStringLiteral("errorMoreRecordsButton")), Qt::LeftButton);
        QTRY_COMPARE(records->rowCount(), 2 * ErrorsPage::kPageSize);
        auto *request = session.find<QPlainTextEdit>(QStringLiteral("errorRequestText"));
        auto *response = session.find<QPlainTextEdit>(QStringLiteral("errorResponseText"));
        auto *message = session.find<QPlainTextEdit>(QStringLiteral("errorMessageText"));
        QTRY_VERIFY(request->toPlainText().startsWith(QLatin1String("POST ")));
        // The session adds the token to its own copy of the request: the kept one has none, or masked.
        const QString sent = request->toPlainText();
        QVERIFY2(!sent.contains(QLatin1String("Authorization")) || sent.contains(QLatin1String("Authorization: ***")),
                 qPrintable(sent));
        QVERIFY2(request->toPlainText().contains(QString::number(kMissingSchool)), qPrintable(request->toPlainText()));
        QVERIFY(response->toPlainText().startsWith(QLatin1String("HTTP 409")));
        QVERIFY2(message->toPlainText().contains(QLatin1String("Unresolved Reference")),
                 qPrintable(message->toPlainText()));
        const QRegularExpression token(QStringLiteral("Bearer\\s+(?!\\*)\\S"),
                                       QRegularExpression::CaseInsensitiveOption);
        for (auto *text : {request, response, message})
            QVERIFY2(!token.match(text->toPlainText()).hasMatch(), qPrintable(text->toPlainText()));

        // Dismiss the selected record: it leaves the cause and is set aside.
        records->selectRow(0);
        QTest::mouseClick(session.find<QPushButton>(QStringLiteral("errorDismissButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->causes().value(0).count, kRecords - 1, 10000);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM publish_status WHERE state = 'dismissed'")), 1);

        // The school now exists at the agency (a copy of a seeded one); Retry All sends the rest.
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.fetchToken().isEmpty());
        const TestReply seeded = client.get(QStringLiteral("/data/v3/2027/ed-fi/schools?schoolId=255901001"));
        QCOMPARE(seeded.status, 200);
        QJsonObject school = seeded.json().array().first().toObject();
        for (const QString &field :
             {QStringLiteral("id"), QStringLiteral("_etag"), QStringLiteral("_lastModifiedDate")})
            school.remove(field);
        school.insert(QStringLiteral("schoolId"), kMissingSchool);
        school.insert(QStringLiteral("nameOfInstitution"), QStringLiteral("Grand Bend New School"));
        const TestReply created = client.post(QStringLiteral("/data/v3/2027/ed-fi/schools"), school);
        QVERIFY2(created.status == 201 || created.status == 200, created.body.constData());

        causes->selectRow(0);
        auto *retryAll = session.find<QPushButton>(QStringLiteral("errorRetryCauseButton"));
        QVERIFY(retryAll->isEnabled());
        QTest::mouseClick(retryAll, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(simCount(sim, QStringLiteral("studentSchoolAssociations")), kRecords - 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(causes->rowCount(), 0, 15000);
        // The agency stores the last records a moment before the engine has recorded its answers.
        QTRY_COMPARE_WITH_TIMEOUT(scalar(*db,
                                         QStringLiteral("SELECT COUNT(*) FROM publish_status WHERE resource = "
                                                        "'studentSchoolAssociations' AND state = 'sent'")),
                                  kRecords - 1, 15000);
    }
};

QTEST_MAIN(TestGuiErrors)
#include "test_gui_errors.moc"
