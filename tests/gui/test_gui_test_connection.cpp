// Test Connection in the window, against dexdesk-sim on 127.0.0.1: the steps and the verdict
// appear, Cancel stops a run, and the GUI thread never stalls while a slow run goes on.

#include "GeneralSetupPage.h"
#include "GuiTestSupport.h"
#include "SimProcess.h"
#include "TestConnectionDialog.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

// Measures the longest gap between ticks of a fast timer on the GUI thread: how long the window
// would have been frozen.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { m_longest = qMax(m_longest, m_clock.restart()); });
        m_clock.start();
        m_timer.start();
    }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace

class TestGuiTestConnection : public QObject
{
    Q_OBJECT

private:
    // The simulator profile pointed at `sim`, with the LEA's secret typed in but not saved.
    static void showValuesFor(GuiSession &session, const SimProcess &sim, const QString &secret)
    {
        SettingsEditor &editor = session.editor();
        GeneralSettings general = editor.working().general;
        general.profileId = QStringLiteral("local-simulator");
        editor.setGeneral(general);
        CommunicationSettings comm = editor.communication(general.profileId);
        const QString root = sim.baseUrl().toString(QUrl::StripTrailingSlash);
        comm.dataUrl = root + QStringLiteral("/data/v3");
        comm.authUrl = root + QStringLiteral("/oauth/token");
        editor.setCommunication(general.profileId, comm);
        editor.setLeaSecret(general.profileId, QStringLiteral("255901"), secret);
    }

private Q_SLOTS:
    void showsStepsAndVerdict()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TestEnvironment env;
        ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        GuiSession session(env, &profiles, &secrets);
        QVERIFY(session.isValid());
        session.window().show();
        showValuesFor(session, sim, QStringLiteral("training-secret"));

        auto *button = session.find<QPushButton>(QStringLiteral("testConnectionButton"));
        QVERIFY(button && button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        TestConnectionDialog *dialog = session.window().testConnectionDialog();
        QVERIFY(dialog && dialog->isVisible());
        auto *verdict = dialog->findChild<QLabel *>(QStringLiteral("testConnectionVerdict"));
        auto *steps = dialog->findChild<QTreeWidget *>(QStringLiteral("testConnectionSteps"));
        QTRY_VERIFY_WITH_TIMEOUT(verdict->text().contains(QLatin1String("The connection works")), 20000);
        QVERIFY(steps->topLevelItemCount() >= 6);
        QCOMPARE(steps->topLevelItem(0)->text(0), QStringLiteral("URLs well formed"));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("testConnectionCloseButton"))->isVisible());
        // The unsaved secret on screen was used and nothing was saved by testing.
        QVERIFY(session.editor().isDirty());
        QVERIFY(secrets.entries().isEmpty());

        // A wrong secret gives the failing step and the fix.
        showValuesFor(session, sim, QStringLiteral("wrong-secret"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnectionAgainButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(verdict->text().contains(QLatin1String("Key or secret rejected")), 20000);
    }

    void cancelStopsASlowRunAndTheWindowStaysResponsive()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--latency"), QStringLiteral("2000")}), qPrintable(sim.errorString()));
        TestEnvironment env;
        ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        GuiSession session(env, &profiles, &secrets);
        session.window().show();
        showValuesFor(session, sim, QStringLiteral("training-secret"));

        // A whole slow run: token, discovery and a read, 2 s each.
        StallMeter meter;
        QTest::mouseClick(session.find<QPushButton>(QStringLiteral("testConnectionButton")), Qt::LeftButton);
        TestConnectionDialog *dialog = session.window().testConnectionDialog();
        auto *verdict = dialog->findChild<QLabel *>(QStringLiteral("testConnectionVerdict"));
        QTRY_VERIFY_WITH_TIMEOUT(!verdict->text().isEmpty(), 30000);
        QVERIFY2(verdict->text().contains(QLatin1String("The connection works")), qPrintable(verdict->text()));
        const qint64 stall = meter.longestMs();
        qInfo("longest GUI-thread stall during a Test Connection at 2 s latency: %lld ms (target 50 ms)", stall);
        QVERIFY2(stall <= 250, qPrintable(QString::number(stall)));

        // Cancel while the token request waits on the slow server.
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testConnectionAgainButton")),
                          Qt::LeftButton);
        auto *steps = dialog->findChild<QTreeWidget *>(QStringLiteral("testConnectionSteps"));
        QTRY_VERIFY_WITH_TIMEOUT(steps->topLevelItemCount() >= 3, 10000);
        auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("testConnectionCancelButton"));
        QVERIFY(cancel->isVisible());
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(verdict->text().contains(QLatin1String("cancelled")), 5000);
        QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!dialog->isRunning());
    }
};

QTEST_MAIN(TestGuiTestConnection)
#include "test_gui_test_connection.moc"
