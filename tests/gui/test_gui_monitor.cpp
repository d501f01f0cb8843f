// The Exchange Monitor against dexdesk-sim on 127.0.0.1: its Run Now buttons say why they are off
// while the system is Off; during a Publish All the counts move, the throughput chart gets points and
// the run is listed; and during a 20,000-record publish the GUI thread never stalls (the longest
// stall is printed: SPEC P4).

#include "EngineSupervisor.h"
#include "ExchangeMonitorPage.h"
#include "GuiTestSupport.h"
#include "SimProcess.h"

#include <QElapsedTimer>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTimer>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const QString kProfile = QStringLiteral("local-simulator");
const QString kLea = QStringLiteral("255901");

// The longest gap between ticks of a 5 ms timer on the GUI thread: how long the window froze.
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

bool insertStudents(Database &db, int count)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                 "INSERT INTO rec_students (school_year, lea_id, student_unique_id, first_name, "
                                 "last_surname, birth_date) SELECT 2027, '255901', 'M' || i, 'First' || i, 'Last', "
                                 "'2011-05-06' FROM n")
                      .arg(count));
}

int simStudents(SimProcess &sim)
{
    return sim.counters()
        .value(QStringLiteral("records"))
        .toObject()
        .value(QStringLiteral("2027"))
        .toObject()
        .value(QStringLiteral("students"))
        .toInt();
}

// The row of `resource` in the monitor's table, or -1.
int rowOf(QTableWidget *table, const QString &resource)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text() == resource)
            return r;
    }
    return -1;
}

int cell(QTableWidget *table, const QString &resource, int column)
{
    const int row = rowOf(table, resource);
    return row < 0 || !table->item(row, column) ? -1 : table->item(row, column)->data(Qt::UserRole).toInt();
}

} // namespace

class TestGuiMonitor : public QObject
{
    Q_OBJECT

private:
    struct Running {
        std::unique_ptr<GuiSession> session;
        std::unique_ptr<EngineSupervisor> engine;
        ExchangeMonitorPage *page = nullptr;
    };

    // The window with its engine, the monitor shown from the navigation list, the system saved On
    // against `sim`. The Run Now buttons are checked while the system is still Off.
    static void start(Running &run, const TestEnvironment &env, ProfileRepository &profiles, MemorySecretStore &secrets,
                      const SimProcess &sim)
    {
        run.session = std::make_unique<GuiSession>(env, &profiles, &secrets);
        QVERIFY(run.session->isValid());
        GuiSession &session = *run.session;
        run.engine = std::make_unique<EngineSupervisor>(env.databasePath(), &session.editor(), &profiles, &secrets);
        session.window().setEngineSupervisor(run.engine.get());
        run.engine->attach();

        auto *navigation = session.find<QListWidget>(QStringLiteral("navigationList"));
        const QList<QListWidgetItem *> entries
            = navigation->findItems(QStringLiteral("Exchange Monitor"), Qt::MatchExactly);
        QCOMPARE(entries.size(), 1);
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {},
                          navigation->visualItemRect(entries.first()).center());
        run.page = session.find<ExchangeMonitorPage>(QStringLiteral("exchangeMonitorPage"));
        QVERIFY(run.page);
        QTRY_VERIFY(run.page->isVisible());
        auto *publishAll = session.find<QPushButton>(QStringLiteral("monitorPublishAllButton"));
        QVERIFY(publishAll);
        QVERIFY(!publishAll->isEnabled());
        QVERIFY2(publishAll->toolTip().contains(QLatin1String("system is On")), qPrintable(publishAll->toolTip()));

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
        general.systemEnabled = true;
        editor.setGeneral(general);
        QVERIFY(saveAndWait(editor).ok);
        QTRY_VERIFY_WITH_TIMEOUT(run.engine->isRunning(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(publishAll->isEnabled(), 10000);
    }

private Q_SLOTS:
    void countsAndChartFollowAPublish()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--latency"), QStringLiteral("20")}), qPrintable(sim.errorString()));
        TestEnvironment env;
        ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        PromptRecorder prompts;
        {
            auto db = env.openDatabase();
            QVERIFY(insertStudents(*db, 1500)); // while Off: not captured, so only Publish All sends them
        }
        Running run;
        start(run, env, profiles, secrets, sim);
        if (QTest::currentTestFailed())
            return;
        run.page->setRefreshInterval(250);
        auto *table = run.session->find<QTableWidget>(QStringLiteral("monitorResourceTable"));
        auto *runs = run.session->find<QTableWidget>(QStringLiteral("monitorRunsTable"));
        QVERIFY(table && runs);
        QTRY_VERIFY(rowOf(table, QStringLiteral("students")) >= 0);
        QCOMPARE(cell(table, QStringLiteral("students"), 3), 0);

        // Publish All from the monitor: the counts move while it runs and the chart shows the rate.
        QTest::mouseClick(run.session->find<QPushButton>(QStringLiteral("monitorPublishAllButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(cell(table, QStringLiteral("students"), 3) > 0, 30000);
        const int partway = cell(table, QStringLiteral("students"), 3);
        QTRY_COMPARE_WITH_TIMEOUT(cell(table, QStringLiteral("students"), 3), 1500, 60000);
        QVERIFY2(partway < 1500, "the monitor only saw the end of the run");
        QCOMPARE(cell(table, QStringLiteral("students"), 1), 0); // nothing left queued
        QLineSeries *series = run.page->throughputSeries();
        QVERIFY(series->count() > 0);
        double peak = 0;
        for (int i = 0; i < series->count(); ++i)
            peak = qMax(peak, series->at(i).y());
        QVERIFY2(peak > 0, "the chart shows no records sent");
        QTRY_VERIFY_WITH_TIMEOUT(runs->rowCount() > 0, 10000);
        QCOMPARE(runs->item(0, 0)->text(), QStringLiteral("publish"));
        QCOMPARE(simStudents(sim), 1500);
        // Issue 12: on PostgreSQL the monitor lists the engine instances (here the window's own);
        // on SQLite, one engine per database, the list is not shown.
        auto *instancesBox = run.session->find<QWidget>(QStringLiteral("monitorInstancesBox"));
        auto *instances = run.session->find<QTableWidget>(QStringLiteral("monitorInstancesTable"));
        QVERIFY(instancesBox && instances);
        QTRY_COMPARE(instancesBox->isVisible(), TestEnvironment::onPostgreSQL());
        if (TestEnvironment::onPostgreSQL()) {
            QTRY_COMPARE(instances->rowCount(), 1);
            QCOMPARE(instances->item(0, 2)->data(Qt::UserRole).toLongLong(), QCoreApplication::applicationPid());
            QCOMPARE(instances->item(0, 8)->text(), QStringLiteral("Running"));
            // A look at it: DEXDESK_MONITOR_SHOT=file.png saves the page as the test left it.
            const QString shot = qEnvironmentVariable("DEXDESK_MONITOR_SHOT");
            if (!shot.isEmpty())
                QVERIFY(run.page->window()->grab().save(shot));
        }
        qInfo("monitor: %d refreshes, %lld chart points, peak %.0f records/s", run.page->refreshCount(),
              qlonglong(series->count()), peak);
    }

    void guiStaysResponsiveDuringALargePublish()
    {
        // 20,000 in the suite; `scripts/bench.sh p4` sets SPEC §13's 50,000 (DEXDESK_P4_RECORDS).
        bool asked = false;
        const int askedRecords = qEnvironmentVariableIntValue("DEXDESK_P4_RECORDS", &asked);
        const int records = asked ? qBound(1000, askedRecords, 1000000) : 20000;
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TestEnvironment env;
        ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        PromptRecorder prompts;
        {
            auto db = env.openDatabase();
            QVERIFY(insertStudents(*db, records));
        }
        Running run;
        start(run, env, profiles, secrets, sim);
        if (QTest::currentTestFailed())
            return;
        auto *table = run.session->find<QTableWidget>(QStringLiteral("monitorResourceTable"));
        QTRY_VERIFY(rowOf(table, QStringLiteral("students")) >= 0);

        // The monitor refreshes at its own pace (every 2 s) throughout, as a user would see it.
        StallMeter meter;
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(run.session->find<QPushButton>(QStringLiteral("monitorPublishAllButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(run.page->counts().total().sent, records, 240000);
        const qint64 stall = meter.longestMs();
        qInfo("P4: longest GUI-thread stall while publishing %d records with the Exchange Monitor shown: %lld ms "
              "(%lld ms for the run, %d monitor refreshes; target 50 ms)",
              records, stall, clock.elapsed(), run.page->refreshCount());
        QCOMPARE(simStudents(sim), records);
        QVERIFY2(stall <= 250, qPrintable(QString::number(stall)));
    }
};

QTEST_MAIN(TestGuiMonitor)
#include "test_gui_monitor.moc"
