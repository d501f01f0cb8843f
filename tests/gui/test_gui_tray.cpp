// The tray: its tooltip and menu (Show, Publish Changes Now, Quit), when it notifies (a new engine
// problem or a newly paused LEA, only while the window is out of sight), and closing the window
// while the system is On, which asks whether to keep running there. The offscreen platform has no
// tray, so the window is told to use one and TrayController is checked directly.

#include "GuiTestSupport.h"
#include "TrayController.h"

#include <QAction>
#include <QMenu>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

EngineStatus status(EngineStatus::State state, const QString &problem = {}, const QStringList &paused = {})
{
    EngineStatus s;
    s.state = state;
    s.problem = problem;
    s.pausedLeas = paused;
    return s;
}

} // namespace

class TestGuiTray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void toolTipShowsSystemAndEngine();
    void menuActionsAskTheWindow();
    void notifiesNewProblemsAndPausedLeasOnlyOnce();
    void nothingPopsUpWhileTheWindowIsInView();
    void closingWhileOnAsksToKeepRunning();
    void closingWhileOffDoesNotAsk();
    void trayQuitClosesAndEndsTheProgram();

private:
    void openSession(bool systemOn);
    QAction *trayAction(TrayController &tray, const char *name)
    {
        return tray.menu()->findChild<QAction *>(QString::fromLatin1(name));
    }

    std::unique_ptr<TestEnvironment> m_env;
    ProfileRepository m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<GuiSession> m_session;
    std::unique_ptr<PromptRecorder> m_prompts;
};

void TestGuiTray::init()
{
    m_env = std::make_unique<TestEnvironment>();
    m_profiles = TestEnvironment::shippedProfiles();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_prompts = std::make_unique<PromptRecorder>();
}

void TestGuiTray::cleanup()
{
    m_session.reset();
    m_prompts.reset();
    m_secrets.reset();
    m_env.reset();
}

void TestGuiTray::openSession(bool systemOn)
{
    m_session = std::make_unique<GuiSession>(*m_env, &m_profiles, m_secrets.get());
    QVERIFY(m_session->isValid());
    if (systemOn) {
        // The simulator profile ships an LEA, so the system may be turned On.
        SettingsEditor &editor = m_session->editor();
        GeneralSettings general = editor.working().general;
        general.profileId = QStringLiteral("local-simulator");
        general.systemEnabled = true;
        editor.setGeneral(general);
        const EditorResult saved = saveAndWait(editor);
        QVERIFY2(saved.ok, qPrintable(saved.message));
    }
    m_session->window().setTrayEnabled(true);
    QVERIFY(m_session->window().trayIcon());
}

void TestGuiTray::toolTipShowsSystemAndEngine()
{
    TrayController tray;
    QSignalSpy changed(&tray, &TrayController::toolTipChanged);
    QVERIFY(tray.toolTip().contains(QStringLiteral("System: Off")));
    tray.setSystemEnabled(true);
    EngineStatus publishing = status(EngineStatus::State::Publishing);
    publishing.queueDepth = 1234;
    tray.setEngineStatus(publishing);
    QVERIFY(changed.size() >= 2);
    const QString tip = changed.last().first().toString();
    QCOMPARE(tip, tray.toolTip());
    QVERIFY2(tip.contains(QStringLiteral("System: On")) && tip.contains(QStringLiteral("Engine: Publishing"))
                 && tip.contains(QStringLiteral("queued")),
             qPrintable(tip));
    tray.setEngineStatus(status(EngineStatus::State::Idle, {}, {QStringLiteral("255901")}));
    QVERIFY2(tray.toolTip().contains(QStringLiteral("Paused LEAs: 255901")), qPrintable(tray.toolTip()));
}

void TestGuiTray::menuActionsAskTheWindow()
{
    openSession(false);
    MainWindow &window = m_session->window();
    TrayController &tray = *window.tray();
    QStringList names;
    for (QAction *a : tray.menu()->actions()) {
        if (!a->isSeparator())
            names << a->objectName();
    }
    QCOMPARE(names,
             (QStringList {QStringLiteral("trayShowAction"), QStringLiteral("trayPublishChangesAction"),
                           QStringLiteral("trayQuitAction")}));
    QVERIFY(window.trayIcon()->contextMenu() == tray.menu());
    QVERIFY(window.trayIcon()->toolTip().contains(QStringLiteral("System: Off")));
    // Off: the icon is greyed out (the tooltip says it in words).
    QVERIFY(window.trayIcon()->icon().pixmap(32).toImage() != Prompt::applicationIcon().pixmap(32).toImage());
    // No engine runs in this window: publishing is not offered.
    QVERIFY(!trayAction(tray, "trayPublishChangesAction")->isEnabled());

    window.showMinimized();
    QTRY_VERIFY(window.isMinimized());
    trayAction(tray, "trayShowAction")->trigger();
    QTRY_VERIFY(window.isVisible() && !window.isMinimized());
}

void TestGuiTray::notifiesNewProblemsAndPausedLeasOnlyOnce()
{
    TrayController tray;
    QSignalSpy notified(&tray, &TrayController::notify);
    tray.setWindowShown(false);
    tray.setEngineStatus(status(EngineStatus::State::Idle));
    QCOMPARE(notified.size(), 0);
    const QString problem = QStringLiteral("The database could not be read or written: disk full");
    tray.setEngineStatus(status(EngineStatus::State::Idle, problem));
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.last().at(1).toString(), problem);
    tray.setEngineStatus(status(EngineStatus::State::Publishing, problem)); // the same problem: told already
    QCOMPARE(notified.size(), 1);
    tray.setEngineStatus(status(EngineStatus::State::Idle)); // cleared, then back: new again
    tray.setEngineStatus(status(EngineStatus::State::Idle, problem));
    QCOMPARE(notified.size(), 2);

    // A paused LEA is told once, with its id; a second LEA pausing is told on its own.
    tray.setEngineStatus(
        status(EngineStatus::State::Idle, QStringLiteral("LEA 255901: rejected"), {QStringLiteral("255901")}));
    QCOMPARE(notified.size(), 3);
    QCOMPARE(notified.last().at(0).toString(), QStringLiteral("LEA Paused"));
    QVERIFY(notified.last().at(1).toString().contains(QStringLiteral("255901")));
    tray.setEngineStatus(
        status(EngineStatus::State::Idle, QStringLiteral("LEA 255901: rejected"), {QStringLiteral("255901")}));
    QCOMPARE(notified.size(), 3);
    tray.setEngineStatus(status(EngineStatus::State::Idle, QStringLiteral("LEA 255901: rejected"),
                                {QStringLiteral("255901"), QStringLiteral("255902")}));
    QCOMPARE(notified.size(), 4);
    QVERIFY(notified.last().at(1).toString().contains(QStringLiteral("255902")));
    QVERIFY(!notified.last().at(1).toString().contains(QStringLiteral("255901")));
}

void TestGuiTray::nothingPopsUpWhileTheWindowIsInView()
{
    openSession(false);
    MainWindow &window = m_session->window();
    QSignalSpy notified(window.tray(), &TrayController::notify);
    window.tray()->setEngineStatus(status(EngineStatus::State::Idle, QStringLiteral("First problem")));
    QCOMPARE(notified.size(), 0); // the status bar says it
    window.showMinimized();
    QTRY_VERIFY(window.isMinimized());
    window.tray()->setEngineStatus(status(EngineStatus::State::Idle, QStringLiteral("First problem")));
    QCOMPARE(notified.size(), 0); // told already, in the status bar
    window.tray()->setEngineStatus(status(EngineStatus::State::Idle, QStringLiteral("Second problem")));
    QCOMPARE(notified.size(), 1);
}

void TestGuiTray::closingWhileOnAsksToKeepRunning()
{
    openSession(true);
    MainWindow &window = m_session->window();
    QVERIFY(window.trayIcon()->toolTip().contains(QStringLiteral("System: On")));
    QCOMPARE(window.trayIcon()->icon().pixmap(32).toImage(), Prompt::applicationIcon().pixmap(32).toImage());
    m_prompts->answer(Prompt::Choice::KeepRunning);
    QVERIFY(!window.close());
    QCOMPARE(m_prompts->requests(Prompt::Kind::Question).size(), 1);
    const Prompt::Request question = m_prompts->requests(Prompt::Kind::Question).first();
    QVERIFY2(question.text.contains(QStringLiteral("tray")), qPrintable(question.text));
    QCOMPARE(question.choices,
             (QList<Prompt::Choice> {Prompt::Choice::KeepRunning, Prompt::Choice::Quit, Prompt::Choice::Cancel}));
    QTRY_VERIFY(!window.isVisible()); // hidden in the tray, not closed

    trayAction(*window.tray(), "trayShowAction")->trigger();
    QTRY_VERIFY(window.isVisible());
    m_prompts->answer(Prompt::Choice::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    m_prompts->answer(Prompt::Choice::Quit);
    QVERIFY(window.close());
    QCOMPARE(m_prompts->requests(Prompt::Kind::Question).size(), 3);
}

void TestGuiTray::closingWhileOffDoesNotAsk()
{
    openSession(false);
    QVERIFY(m_session->window().close());
    QVERIFY(m_prompts->requests(Prompt::Kind::Question).isEmpty());
}

void TestGuiTray::trayQuitClosesAndEndsTheProgram()
{
    openSession(true);
    MainWindow &window = m_session->window();
    QSignalSpy quit(&window, &MainWindow::quitRequested);
    m_prompts->answer(Prompt::Choice::KeepRunning);
    window.close();
    QTRY_VERIFY(!window.isVisible());
    trayAction(*window.tray(), "trayQuitAction")->trigger(); // Quit means quit: no second question
    QCOMPARE(quit.size(), 1);
    QCOMPARE(m_prompts->requests(Prompt::Kind::Question).size(), 1);
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestGuiTray)
#include "test_gui_tray.moc"
