// `dexdesk-cli run` is wired by AppServices as the window is (issue 16): it purges on the Job
// Processing Frequency's schedule, and it follows log levels saved by another process (here the
// test, on its own connection) while it runs, through the settings revision. The one-off
// `download` and `unique-id` runs use the engine's wiring (OneOffSession): they work against
// the simulator with the keychain's secret, and hold the engine lock, so neither runs beside an
// engine.

#include "AppServices.h"
#include "EngineController.h"
#include "HeadlessRig.h"
#include "SettingsStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

bool addLogRow(QSqlDatabase db, qint64 atMs, const QString &message)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO logs (at, level, category, message) VALUES (?, 0, 'dexdesk.db', ?)"));
    q.addBindValue(atMs);
    q.addBindValue(message);
    return q.exec();
}

qint64 diagnosticRows(QSqlDatabase db)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM logs WHERE level = 3"));
}

QByteArray output(QProcess &process)
{
    return process.readAllStandardOutput() + process.readAllStandardError();
}

} // namespace

class TestCliRunServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runPurgesOnSchedule()
    {
        HeadlessRig rig;
        QVERIFY(rig.setUp({}));
        QSqlDatabase db = rig.db->connection();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(addLogRow(db, now - 400 * kDay, QStringLiteral("old enough for every purge policy")));
        QVERIFY(addLogRow(db, now, QStringLiteral("kept")));

        QProcess run;
        QProcessEnvironment extra;
        extra.insert(QString::fromLatin1(AppServices::kPurgeIntervalVariable), QStringLiteral("300"));
        rig.startCli(run, {QStringLiteral("run")}, extra);
        QVERIFY(run.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(scalar(db,
                                        QStringLiteral("SELECT COUNT(*) FROM logs WHERE message = "
                                                       "'old enough for every purge policy'"))
                                         == 0
                                     || run.state() == QProcess::NotRunning,
                                 15000);
        QVERIFY2(run.state() == QProcess::Running, output(run).constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM logs WHERE message = 'kept'")), qint64(1));
        run.terminate();
        QVERIFY(run.waitForFinished(10000));
        QVERIFY2(run.exitCode() == 0, output(run).constData());
    }

    void runFollowsLogLevelsSavedElsewhere()
    {
        HeadlessRig rig;
        QVERIFY(rig.setUp({}));
        QSqlDatabase db = rig.db->connection();
        SettingsStore store(db);
        Settings settings;
        QString error;
        QVERIFY(store.load(&settings, &error));
        QVERIFY(!settings.general.logDiagnostic);
        QVERIFY2(seedSample(db, 3, &error) > 0, qPrintable(error));

        QProcess run;
        rig.startCli(run, {QStringLiteral("run")});
        QVERIFY(run.waitForStarted(10000));
        // Diagnostics off: the first records go out and no diagnostic line reaches the log table.
        QTRY_VERIFY_WITH_TIMEOUT(
            agencyRecordCount(rig.sim) == localRecordCount(db) || run.state() == QProcess::NotRunning, 30000);
        QVERIFY2(run.state() == QProcess::Running, output(run).constData());
        QTest::qWait(1000); // the log writer's batches are written well within this
        QCOMPARE(diagnosticRows(db), qint64(0));

        // Another process (this test, on its own connection) switches diagnostics on; the running
        // engine's process follows without a restart, and logs the next records' requests.
        settings.general.logDiagnostic = true;
        QVERIFY2(store.save(settings, &error), qPrintable(error));
        QTest::qWait(1000); // more than the watcher's poll interval
        QVERIFY2(seedSample(db, 3, &error, 99) > 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(diagnosticRows(db) > 0 || run.state() == QProcess::NotRunning, 30000);
        QVERIFY2(run.state() == QProcess::Running, output(run).constData());

        run.terminate();
        QVERIFY(run.waitForFinished(10000));
        QVERIFY2(run.exitCode() == 0, output(run).constData());
    }

    void oneOffRunsUseTheEngineWiringAndItsLock()
    {
        HeadlessRig rig;
        QVERIFY(rig.setUp({}));
        QString error;
        QVERIFY2(seedSample(rig.db->connection(), 3, &error) > 0, qPrintable(error));

        const CliResult download = rig.cli->run({QStringLiteral("download"), QStringLiteral("--json")});
        QVERIFY2(download.exitCode == 0, download.describe().constData());
        const QJsonObject summary = QJsonDocument::fromJson(download.out).object();
        QVERIFY2(summary.value(QStringLiteral("ok")).toBool(), download.describe().constData());
        QVERIFY(summary.value(QStringLiteral("total")).toObject().value(QStringLiteral("fetched")).toInt() > 0);

        const CliResult ids = rig.cli->run({QStringLiteral("unique-id"), QStringLiteral("--json")});
        QVERIFY2(ids.exitCode == 0 || ids.exitCode == 1, ids.describe().constData());
        QVERIFY2(QJsonDocument::fromJson(ids.out).isObject(), ids.describe().constData());

        QProcess run;
        rig.startCli(run, {QStringLiteral("run")});
        QVERIFY(run.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!EngineController::lockHolder(rig.env.databasePath()).isEmpty()
                                     || run.state() == QProcess::NotRunning,
                                 10000);
        QVERIFY2(run.state() == QProcess::Running, output(run).constData());
        const QString holder = QStringLiteral("process %1").arg(run.processId());
        const CliResult refusedDownload = rig.cli->run({QStringLiteral("download")});
        QCOMPARE(refusedDownload.exitCode, 1);
        QVERIFY2(refusedDownload.errText().contains(holder), refusedDownload.describe().constData());
        const CliResult refusedIds = rig.cli->run({QStringLiteral("unique-id")});
        QCOMPARE(refusedIds.exitCode, 1);
        QVERIFY2(refusedIds.errText().contains(holder), refusedIds.describe().constData());

        run.terminate();
        QVERIFY(run.waitForFinished(10000));
        QVERIFY2(run.exitCode() == 0, output(run).constData());
    }

    // Issue 15: with the system Off nothing is captured, and publish --changes says so.
    void publishChangesWithTheSystemOffPointsToPublishAll()
    {
        HeadlessRig rig;
        EngineSetup off;
        off.systemOn = false;
        QVERIFY(rig.setUp({}, off));
        QString error;
        const int records = seedSample(rig.db->connection(), 2, &error);
        QVERIFY2(records > 0, qPrintable(error));

        const CliResult changes = rig.cli->run({QStringLiteral("publish"), QStringLiteral("--changes")});
        QVERIFY2(changes.exitCode == 0, changes.describe().constData());
        QVERIFY2(changes.outText().contains(QLatin1String("Sent 0 records")), changes.describe().constData());
        QVERIFY2(changes.outText().contains(QLatin1String("captured only while the system is On")),
                 changes.describe().constData());
        QVERIFY2(changes.outText().contains(QLatin1String("dexdesk-cli publish --all")),
                 changes.describe().constData());

        const CliResult all = rig.cli->run({QStringLiteral("publish"), QStringLiteral("--all")});
        QVERIFY2(all.exitCode == 0, all.describe().constData());
        QVERIFY2(all.outText().contains(QStringLiteral("Sent %1 records").arg(records)), all.describe().constData());
        QVERIFY2(!all.outText().contains(QLatin1String("captured only")), all.describe().constData());
        QCOMPARE(agencyRecordCount(rig.sim), records);
    }
};

QTEST_GUILESS_MAIN(TestCliRunServices)
#include "test_cli_run_services.moc"
