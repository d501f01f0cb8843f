// `dexdesk --demo`, built the way main() builds it: the in-process simulator, a throwaway database
// with the sample records queued and the system Off, the demo banner; Test Connection passes; System
// On + Save sends every sample record (the simulator's store has them all) and the few enrolments at
// a school the agency lacks show up in Errors as one cause.

#include "Database.h"
#include "DemoSession.h"
#include "EngineSupervisor.h"
#include "ErrorsPage.h"
#include "ExchangeMonitorPage.h"
#include "GuiTestSupport.h"
#include "SimTestClient.h"
#include "TestConnectionDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

int simCount(const QUrl &sim, const QString &resource)
{
    SimTestClient client(sim);
    const TestReply reply = client.get(QStringLiteral("/_sim/counters"));
    return reply.json()
        .object()
        .value(QStringLiteral("records"))
        .toObject()
        .value(QString::number(DemoSession::kSchoolYear))
        .toObject()
        .value(resource)
        .toInt();
}

} // namespace

class TestGuiDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoRunsFromTestConnectionToPublished()
    {
        DemoSession::Options options;
        options.students = 200;
        DemoSession demo(options);
        ProfileRepository profiles = TestEnvironment::shippedProfiles();
        QString error;
        QVERIFY2(demo.start(&profiles, &error), qPrintable(error));
        QVERIFY(demo.simulatorUrl().host() == QLatin1String("127.0.0.1"));
        QVERIFY(demo.databasePath().startsWith(demo.directory()));
        const int students = demo.generatedRecords(QStringLiteral("students"));
        const int enrolments = demo.generatedRecords(QStringLiteral("studentSchoolAssociations"));
        QCOMPARE(students, 200);
        QVERIFY(enrolments >= students);

        PromptRecorder prompts;
        std::unique_ptr<Database> db = Database::open(demo.databasePath(), &error);
        QVERIFY2(db, qPrintable(error));
        SettingsStore store(db->connection());
        SettingsEditor editor(&profiles, &store, demo.secrets());
        QVERIFY2(editor.load(&error), qPrintable(error));
        MainWindow window(&profiles, &editor, demo.secrets(), demo.directory());
        window.setDatabasePath(demo.databasePath());
        demo.decorate(window);
        EngineSupervisor engine(demo.databasePath(), &editor, &profiles, demo.secrets());
        window.setEngineSupervisor(&engine);
        engine.attach();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // A demo says so, starts Off, and has its sample records already queued.
        auto *banner = window.findChild<QLabel *>(QStringLiteral("bannerLabel"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("throwaway")), qPrintable(banner->text()));
        QVERIFY(window.windowTitle().contains(QLatin1String("Demo")));
        QVERIFY(!editor.saved().general.systemEnabled);
        QVERIFY(!engine.isRunning());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM change_queue")) && q.next());
        QVERIFY(q.value(0).toInt() >= students + enrolments);
        QCOMPARE(simCount(demo.simulatorUrl(), QStringLiteral("students")), 0);

        // Test Connection with the saved demo values.
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
        TestConnectionDialog *dialog = window.testConnectionDialog();
        QVERIFY(dialog);
        auto *verdict = dialog->findChild<QLabel *>(QStringLiteral("testConnectionVerdict"));
        QTRY_VERIFY_WITH_TIMEOUT(!verdict->text().isEmpty(), 20000);
        QVERIFY2(verdict->text().contains(QLatin1String("The connection works")), qPrintable(verdict->text()));
        dialog->close();

        // System On + Save: every sample record reaches the agency; the monitor counts them.
        window.showSection(MainWindow::Section::ExchangeMonitor);
        QTest::mouseClick(window.findChild<QRadioButton *>(QStringLiteral("systemEnabledOnRadio")), Qt::LeftButton);
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(engine.isRunning(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(simCount(demo.simulatorUrl(), QStringLiteral("students")), students, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(simCount(demo.simulatorUrl(), QStringLiteral("studentSchoolAssociations")),
                                  enrolments, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(window.exchangeMonitorPage()->counts().total().sent >= students + enrolments, 10000);

        // The enrolments at the school the agency lacks: one cause in Errors.
        window.showSection(MainWindow::Section::Errors);
        ErrorsPage *errors = window.errorsPage();
        QTRY_VERIFY_WITH_TIMEOUT(
            !errors->causes().isEmpty() && errors->causes().first().count == demo.brokenEnrolments(), 20000);
        QCOMPARE(errors->causes().size(), 1);
        QCOMPARE(errors->causes().first().httpStatus, 409);
    }
};

QTEST_MAIN(TestGuiDemo)
#include "test_gui_demo.moc"
