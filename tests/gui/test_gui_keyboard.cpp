// Keyboard only: the General Setup form, the LEA dialogs and Test Connection driven with key
// events alone (Tab, arrows, typing, Space, Enter, Esc), in a tab order that follows the page.

#include "GeneralSetupPage.h"
#include "GuiTestSupport.h"
#include "LeaDialog.h"
#include "LeaEditDialog.h"
#include "TestConnectionDialog.h"

#include <QApplication>
#include <QRadioButton>
#include <QStatusBar>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

class TestGuiKeyboard : public GuiSessionTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tabOrderFollowsThePage();
    void formIsSavedFromTheKeyboard();
    void leaIsAddedFromTheKeyboard();
    void testConnectionOpensAndClosesFromTheKeyboard();

private:
    // Where a key goes: the focus of the modal dialog on top, else of the active window. (The
    // offscreen platform does not activate a window-modal dialog as a window manager would.)
    static QWidget *keyTarget()
    {
        QWidget *window = QApplication::activeModalWidget();
        if (!window)
            window = QApplication::activeWindow();
        if (!window)
            return QApplication::focusWidget();
        return window->focusWidget() ? window->focusWidget() : window;
    }
    static QString focused() { return keyTarget() ? keyTarget()->objectName() : QString(); }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(keyTarget(), key, modifiers);
    }
    // Tabs forward until `name` has the focus; returns the names met on the way (empty if never).
    static QStringList tabTo(const QString &name, int limit = 60);
};

QStringList TestGuiKeyboard::tabTo(const QString &name, int limit)
{
    QStringList path;
    for (int i = 0; i < limit; ++i) {
        press(Qt::Key_Tab);
        path << focused();
        if (focused() == name)
            return path;
    }
    qWarning("Tab never reached %s: %s", qPrintable(name), qPrintable(path.join(u", ")));
    return {};
}

void TestGuiKeyboard::init()
{
    QVERIFY(openSession());
    m_session->window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_session->window()));
    m_session->find<QWidget>(QStringLiteral("navigationList"))->setFocus();
    QTRY_COMPARE(focused(), QStringLiteral("navigationList"));
}

void TestGuiKeyboard::cleanup()
{
    closeSession();
}

void TestGuiKeyboard::tabOrderFollowsThePage()
{
    const QStringList path = tabTo(QStringLiteral("saveButton"));
    QVERIFY2(!path.isEmpty(), "Save is never reached with Tab");
    // Top to bottom as the page reads: the first-run panel, the general options, the profile's
    // settings, then the buttons, Save last.
    const QStringList expectedOrder = {QStringLiteral("firstRunConfigureLeasButton"),
                                       QStringLiteral("firstRunTestConnectionButton"),
                                       QStringLiteral("firstRunDemoButton"),
                                       QStringLiteral("systemEnabledOnRadio"),
                                       QStringLiteral("warningsCheck"),
                                       QStringLiteral("infoCheck"),
                                       QStringLiteral("diagnosticCheck"),
                                       QStringLiteral("jobFrequencyCombo"),
                                       QStringLiteral("purgePolicyCombo"),
                                       QStringLiteral("simultaneousConnectionsSpin"),
                                       QStringLiteral("profileCombo"),
                                       QStringLiteral("dataUrlEdit"),
                                       QStringLiteral("authUrlEdit"),
                                       QStringLiteral("dataChangesCheck"),
                                       QStringLiteral("leaConfigureButton"),
                                       QStringLiteral("testConnectionButton"),
                                       QStringLiteral("restoreDefaultsButton"),
                                       QStringLiteral("saveButton")};
    qsizetype at = -1;
    for (const QString &name : expectedOrder) {
        const qsizetype next = path.indexOf(name, at + 1);
        QVERIFY2(next > at, qPrintable(name + QStringLiteral(" out of order in: ") + path.join(u", ")));
        at = next;
    }
}

void TestGuiKeyboard::formIsSavedFromTheKeyboard()
{
    // Tab enters the On/Off pair once; the arrows move between the two (Off stays chosen: no LEA yet).
    QVERIFY(!tabTo(QStringLiteral("systemEnabledOnRadio")).isEmpty());
    press(Qt::Key_Right);
    QCOMPARE(focused(), QStringLiteral("systemEnabledOffRadio"));
    QVERIFY(m_session->find<QRadioButton>(QStringLiteral("systemEnabledOffRadio"))->isChecked());
    QVERIFY(!tabTo(QStringLiteral("warningsCheck")).isEmpty());
    press(Qt::Key_Space);
    QVERIFY(!tabTo(QStringLiteral("simultaneousConnectionsSpin")).isEmpty());
    press(Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(keyTarget(), QStringLiteral("9"));
    QVERIFY(!tabTo(QStringLiteral("saveButton")).isEmpty());
    press(Qt::Key_Space);
    QTRY_COMPARE(m_session->window().statusBar()->currentMessage(), QStringLiteral("Settings saved"));
    QCOMPARE(m_session->editor().saved().general.simultaneousConnections, 9);
    QVERIFY(m_session->editor().saved().general.logWarnings);
    QVERIFY(!m_session->editor().saved().general.systemEnabled);
}

void TestGuiKeyboard::leaIsAddedFromTheKeyboard()
{
    QVERIFY(!tabTo(QStringLiteral("leaConfigureButton")).isEmpty());
    press(Qt::Key_Space);
    LeaDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_session->find<LeaDialog>(QStringLiteral("leaDialog"))) && dialog->isVisible());
    // In the dialog: Tab reaches Add, Space opens the one-LEA editor with the cursor in the ID.
    QVERIFY(!tabTo(QStringLiteral("leaAddButton"), 10).isEmpty());
    press(Qt::Key_Space);
    LeaEditDialog *editor = nullptr;
    QTRY_VERIFY((editor = dialog->findChild<LeaEditDialog *>(QStringLiteral("leaEditDialog"))) && editor->isVisible());
    QTRY_COMPARE(focused(), QStringLiteral("leaIdEdit"));
    QTest::keyClicks(keyTarget(), QStringLiteral("255901"));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), QStringLiteral("leaNameEdit"));
    QTest::keyClicks(keyTarget(), QStringLiteral("Grand Bend"));
    QVERIFY(!tabTo(QStringLiteral("leaKeyEdit"), 5).isEmpty());
    QTest::keyClicks(keyTarget(), QStringLiteral("key-1"));
    press(Qt::Key_Tab);
    QCOMPARE(focused(), QStringLiteral("leaSecretEdit"));
    QTest::keyClicks(keyTarget(), QStringLiteral("typed-secret"));
    press(Qt::Key_Return); // OK is the default button
    QTRY_VERIFY(!dialog->findChild<LeaEditDialog *>(QStringLiteral("leaEditDialog")));
    QCOMPARE(dialog->model().leas().size(), 1);
    QTRY_VERIFY(QApplication::activeModalWidget() == dialog);
    QVERIFY(!tabTo(QStringLiteral("leaOkButton"), 10).isEmpty()); // the focus is back on Add: Tab to OK
    press(Qt::Key_Space);
    QTRY_VERIFY(!m_session->find<LeaDialog>(QStringLiteral("leaDialog")));
    const QString profile = m_session->editor().selectedProfile()->id;
    QCOMPARE(m_session->editor().communication(profile).leas.size(), 1);
    QCOMPARE(m_session->editor().communication(profile).leas.first().authKey, QStringLiteral("key-1"));
    QVERIFY(m_session->editor().hasPendingSecret(profile, QStringLiteral("255901")));
}

void TestGuiKeyboard::testConnectionOpensAndClosesFromTheKeyboard()
{
    // The simulator profile points at 127.0.0.1, where nothing listens here: the test fails fast
    // and stays on this computer.
    QVERIFY(
        chooseComboData(m_session->find<QWidget>(QStringLiteral("profileCombo")), QStringLiteral("local-simulator")));
    m_session->window().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_session->window()));
    QVERIFY(!tabTo(QStringLiteral("testConnectionButton")).isEmpty());
    press(Qt::Key_Space);
    TestConnectionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_session->window().testConnectionDialog()) && dialog->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 30000);
    QTRY_COMPARE(focused(), QStringLiteral("testConnectionCloseButton"));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

QTEST_MAIN(TestGuiKeyboard)
#include "test_gui_keyboard.moc"
