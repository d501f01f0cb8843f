// The engine in the window, against dexdesk-sim on 127.0.0.1: saving System On starts it and the
// status bar says so; Exchange ▸ Publish All Records sends every record while the GUI thread
// stays responsive (the longest stall is printed); a change made while On is captured and sent;
// saving System Off stops it and later changes are not captured.

#include "EngineSupervisor.h"
#include "ExchangeStatusWidget.h"
#include "GuiTestSupport.h"
#include "SimProcess.h"

#include <QAction>
#include <QElapsedTimer>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTimer>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const QString kProfile = QStringLiteral("local-simulator");
const QString kLea = QStringLiteral("255901");

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

bool insertStudents(Database &db, int from, int count)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM n WHERE i < %2) "
                                 "INSERT INTO rec_students (school_year, lea_id, student_unique_id, first_name, "
                                 "last_surname, birth_date) SELECT 2027, '255901', 'G' || i, 'First' || i, 'Last', "
                                 "'2011-05-06' FROM n")
                      .arg(from)
                      .arg(from + count - 1));
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestGuiEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemOnPublishesAndOffStops()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--latency"), QStringLiteral("20")}), qPrintable(sim.errorString()));
        TestEnvironment env;
        ProfileRepository profiles;
        profiles.load({});
        MemorySecretStore secrets;
        PromptRecorder prompts;
        GuiSession session(env, &profiles, &secrets);
        QVERIFY(session.isValid());
        EngineSupervisor engine(env.databasePath(), &session.editor(), &profiles, &secrets);
        session.window().setEngineSupervisor(&engine);
        engine.attach();
        session.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&session.window()));
        auto *status = session.find<ExchangeStatusWidget>(QStringLiteral("exchangeStatus"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QLatin1String("Stopped")), qPrintable(status->text()));

        // Records made while the system is Off are not captured.
        auto db = env.openDatabase();
        QVERIFY(insertStudents(*db, 1, 600));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM change_queue")), 0);

        // The simulator profile with its secret, High frequency, System On, saved with the button.
        SettingsEditor &editor = session.editor();
        GeneralSettings general = editor.working().general;
        general.profileId = kProfile;
        general.frequency = Frequency::High;
        editor.setGeneral(general);
        CommunicationSettings comm = editor.communication(kProfile);
        const QString root = sim.baseUrl().toString(QUrl::StripTrailingSlash);
        comm.dataUrl = root + QStringLiteral("/data/v3");
        comm.authUrl = root + QStringLiteral("/oauth/token");
        editor.setCommunication(kProfile, comm);
        editor.setLeaSecret(kProfile, kLea, QStringLiteral("training-secret"));
        auto *on = session.find<QRadioButton>(QStringLiteral("systemEnabledOnRadio"));
        QVERIFY(on);
        QTest::mouseClick(on, Qt::LeftButton);
        QTest::mouseClick(session.find<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor.saved().general.systemEnabled, 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QLatin1String("Idle")), qPrintable(status->text()), 10000);
        QVERIFY(engine.isRunning());

        // Publish All from the menu: every record arrives; the window keeps responding.
        auto *publishAll = session.window().findChild<QAction *>(QStringLiteral("publishAllAction"));
        QVERIFY(publishAll);
        QVERIFY(publishAll->isEnabled());
        StallMeter meter;
        publishAll->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(sim.records(QStringLiteral("students"), 2027).size(), 600, 60000);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QLatin1String("Idle"))
                                      && status->text().contains(QLatin1String(" 0 queued")),
                                  qPrintable(status->text()), 10000);
        qInfo("Longest GUI-thread stall while publishing 600 records: %lld ms", meter.longestMs());
        QVERIFY2(meter.longestMs() < 250, qPrintable(QString::number(meter.longestMs())));
        // Publish Now ends like a one-off run and says so (issue 11).
        QTRY_VERIFY2_WITH_TIMEOUT(session.window().statusBar()->currentMessage().contains(
                                      QLatin1String("Publish Now finished; records sent: 600.")),
                                  qPrintable(session.window().statusBar()->currentMessage()), 10000);

        // An enrolment at a school the agency does not have cannot be delivered: Publish Changes
        // Now ends with it held, and the window says what is left and why.
        QSqlQuery enrol(db->connection());
        QVERIFY2(enrol.exec(QStringLiteral("INSERT INTO rec_student_school_associations (school_year, lea_id, "
                                           "student_unique_id, school_id, entry_date, entry_grade_level) VALUES "
                                           "(2027, '255901', 'G1', 999999, '2026-08-20', "
                                           "'uri://ed-fi.org/GradeLevelDescriptor#Ninth grade')")),
                 qPrintable(enrol.lastError().text()));
        session.window().statusBar()->clearMessage();
        auto *publishChanges = session.window().findChild<QAction *>(QStringLiteral("publishChangesAction"));
        QVERIFY(publishChanges);
        publishChanges->trigger();
        QTRY_VERIFY2_WITH_TIMEOUT(
            session.window().statusBar()->currentMessage().contains(QLatin1String("Left: 1 held")),
            qPrintable(session.window().statusBar()->currentMessage()), 20000);
        QVERIFY(engine.isRunning()); // the schedule goes on

        // A change made while On is captured and sent within the High interval (5 s).
        QVERIFY(insertStudents(*db, 601, 1));
        QCOMPARE(scalar(*db,
                        QStringLiteral("SELECT COUNT(*) FROM change_queue WHERE op = 'U' AND key_text LIKE "
                                       "'%G601%'")),
                 1);
        QTRY_COMPARE_WITH_TIMEOUT(sim.records(QStringLiteral("students"), 2027).size(), 601, 15000);

        // Off: the engine stops, and what changes afterwards is not captured.
        QTest::mouseClick(session.find<QRadioButton>(QStringLiteral("systemEnabledOffRadio")), Qt::LeftButton);
        QTest::mouseClick(session.find<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.isRunning(), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QLatin1String("Stopped")), qPrintable(status->text()), 5000);
        QVERIFY(!publishAll->isEnabled());
        const qint64 queued = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM change_queue"));
        QVERIFY(insertStudents(*db, 602, 5));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM change_queue")), queued);
        QCOMPARE(sim.records(QStringLiteral("students"), 2027).size(), 601);
    }
};

QTEST_MAIN(TestGuiEngine)
#include "test_gui_engine.moc"
