// The first run: with no LEA in the selected profile, General Setup says what to do next, with
// buttons that open the LEA dialog, Test Connection and the demo; the panel goes once an LEA is
// added, and comes back when the last one is removed.

#include "GeneralSetupPage.h"
#include "GuiTestSupport.h"
#include "LeaDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

class TestGuiFirstRun : public GuiSessionTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void panelSaysWhatToDoUntilAnLeaIsConfigured();
    void panelButtonsLeadToTheNextSteps();
    void profileWithAnLeaShowsNoPanel();

private:
    QWidget *panel() { return m_session->find<QWidget>(QStringLiteral("firstRunPanel")); }
};

void TestGuiFirstRun::init()
{
    QVERIFY(openSession());
}

void TestGuiFirstRun::cleanup()
{
    closeSession();
}

void TestGuiFirstRun::panelSaysWhatToDoUntilAnLeaIsConfigured()
{
    QVERIFY(panel());
    QVERIFY(panel()->isVisible()); // a fresh database: the first profile has no LEA
    const QString text = m_session->find<QLabel>(QStringLiteral("firstRunTextLabel"))->text();
    QVERIFY2(text.contains(QStringLiteral("No LEA is configured")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("dexdesk --demo")), qPrintable(text));

    // Add an LEA through the panel's own button: the panel goes at once, before Save.
    QTest::mouseClick(m_session->find<QPushButton>(QStringLiteral("firstRunConfigureLeasButton")), Qt::LeftButton);
    LeaDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_session->find<LeaDialog>(QStringLiteral("leaDialog"))) && dialog->isVisible());
    auto &model = const_cast<LeaListModel &>(dialog->model());
    QCOMPARE(model.addLea({QStringLiteral("255901"), QStringLiteral("Grand Bend"), false, {}}, QString()), QString());
    dialog->accept();
    QTRY_VERIFY(!panel()->isVisible());
    QVERIFY(saveAndWait(m_session->editor()).ok);
    QVERIFY(!panel()->isVisible());

    // A restart with the LEA saved: no panel.
    m_session.reset();
    m_session = std::make_unique<GuiSession>(*m_env, &m_profiles, m_secrets.get());
    QVERIFY(m_session->isValid());
    QVERIFY(!panel()->isVisible());

    // Removing the last LEA brings it back.
    dialog = m_session->window().generalSetupPage()->openLeaDialog();
    QVERIFY(dialog);
    const_cast<LeaListModel &>(dialog->model()).removeLea(0);
    dialog->accept();
    QTRY_VERIFY(panel()->isVisible());
}

void TestGuiFirstRun::panelButtonsLeadToTheNextSteps()
{
    QSignalSpy demo(&m_session->window(), &MainWindow::demoRequested);
    QTest::mouseClick(m_session->find<QPushButton>(QStringLiteral("firstRunDemoButton")), Qt::LeftButton);
    QCOMPARE(demo.size(), 1);

    // The same request as the form's Test Connection button (not run here: the first profile's
    // example URLs are not on this computer, and the tests use no network beyond 127.0.0.1).
    QSignalSpy test(m_session->window().generalSetupPage(), &GeneralSetupPage::testConnectionRequested);
    QTest::mouseClick(m_session->find<QPushButton>(QStringLiteral("firstRunTestConnectionButton")), Qt::LeftButton);
    QCOMPARE(test.size(), 1);
}

void TestGuiFirstRun::profileWithAnLeaShowsNoPanel()
{
    // The simulator profile ships with a sample LEA: nothing to say there.
    QVERIFY(
        chooseComboData(m_session->find<QWidget>(QStringLiteral("profileCombo")), QStringLiteral("local-simulator")));
    QTRY_VERIFY(!panel()->isVisible());
}

QTEST_MAIN(TestGuiFirstRun)
#include "test_gui_first_run.moc"
