// The headless engine (`dexdesk-cli run`) with the LEA secret in the real keychain (ctest runs
// inside scripts/with-keyring.sh): killed with SIGKILL at random moments of a 5,000-change
// publish and restarted each time, every change is delivered and the agency ends equal to the
// local records (SPEC §13 R1); the lock file of a killed engine does not block the restart; and a
// second engine on the same database is refused, naming the one that runs.

#include "EngineController.h"
#include "HeadlessRig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

class TestEngineKill : public QObject
{
    Q_OBJECT

    using Rig = HeadlessRig;

    static bool setUp(Rig &rig, const QStringList &simArgs) { return rig.setUp(simArgs); }
    static void startCli(QProcess &process, const Rig &rig, const QStringList &args) { rig.startCli(process, args); }

private Q_SLOTS:
    void initTestCase() { quietEngineLogs(); }

    void killedAtRandomMomentsDeliversEverything()
    {
        Rig rig;
        QVERIFY(setUp(rig, {QStringLiteral("--latency"), QStringLiteral("20")}));
        QString error;
        const int records = seedSample(rig.db->connection(), 1600, &error);
        QVERIFY2(records >= 5000, qPrintable(error));
        QCOMPARE(scalar(rig.db->connection(), QStringLiteral("SELECT COUNT(*) FROM change_queue")), qint64(records));

        const QString lockFile = EngineController::lockFilePath(rig.env.databasePath());
        QRandomGenerator random(20270);
        QElapsedTimer total;
        total.start();
        int kills = 0, lockLeftBehind = 0;
        for (int attempt = 0; attempt < 40 && kills < 12; ++attempt) {
            QProcess process;
            startCli(process, rig, {QStringLiteral("run"), QStringLiteral("--once")});
            QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
            const int delay = 300 + int(random.bounded(1500));
            if (process.waitForFinished(delay)) {
                // It finished on its own before the kill: everything was sent.
                QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
                break;
            }
            process.kill(); // SIGKILL
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            ++kills;
            if (QFile::exists(lockFile))
                ++lockLeftBehind;
        }
        const int storedAfterKills = agencyRecordCount(rig.sim);
        qInfo("Killed dexdesk-cli run --once %d times (lock file left behind %d times); %d of %d records stored so "
              "far",
              kills, lockLeftBehind, storedAfterKills, records);
        QVERIFY2(kills >= 10, "the publish ended before ten kills: make it longer");
        QVERIFY(lockLeftBehind > 0);
        QVERIFY(storedAfterKills < records);

        // The last run, after a kill: the stale lock does not block it and it finishes the work.
        QProcess last;
        startCli(last, rig, {QStringLiteral("run"), QStringLiteral("--once")});
        QVERIFY(last.waitForStarted(10000));
        QVERIFY2(last.waitForFinished(240000), "the final run did not finish");
        QVERIFY2(last.exitStatus() == QProcess::NormalExit && last.exitCode() == 0,
                 QByteArray(last.readAllStandardOutput() + last.readAllStandardError()).constData());
        qInfo("Every change delivered %lld ms after the first start", total.elapsed());

        int compared = 0;
        const QString diff = compareWithAgency(rig.db->connection(), rig.sim, &compared);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(compared, records);
        const QJsonObject counters = rig.sim.counters();
        QCOMPARE(counters.value(QStringLiteral("orderViolations")).toInt(), 0);
        qInfo("%d data requests for %d records (%d duplicates)", dataRequests(counters), records,
              counters.value(QStringLiteral("duplicates")).toInt());

        const CliResult status = rig.cli->run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.describe().constData());
        const QJsonObject json = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(json.value(QStringLiteral("engineRunning")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("unreadChanges")).toInt(-1), 0);
        int sent = 0;
        for (const QJsonValue &v : json.value(QStringLiteral("resources")).toArray()) {
            const QJsonObject r = v.toObject();
            sent += r.value(QStringLiteral("sent")).toInt();
            for (const char *left : {"queued", "retrying", "waiting", "stuck", "rejected"})
                QCOMPARE(r.value(QLatin1String(left)).toInt(-1), 0);
        }
        QCOMPARE(sent, records);
    }

    void secondEngineIsRefusedNamingTheHolder()
    {
        Rig rig;
        QVERIFY(setUp(rig, {}));
        QProcess first;
        startCli(first, rig, {QStringLiteral("run")});
        QVERIFY(first.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!EngineController::lockHolder(rig.env.databasePath()).isEmpty()
                                     || first.state() == QProcess::NotRunning,
                                 10000);
        QVERIFY2(first.state() == QProcess::Running,
                 QByteArray(first.readAllStandardOutput() + first.readAllStandardError()).constData());

        const CliResult second = rig.cli->run({QStringLiteral("run"), QStringLiteral("--once")});
        QCOMPARE(second.exitCode, 1);
        const QString holder = QStringLiteral("process %1").arg(first.processId());
        QVERIFY2(second.errText().contains(QLatin1String("Another DEX Desk engine")), second.describe().constData());
        QVERIFY2(second.errText().contains(holder), second.describe().constData());

        const CliResult status = rig.cli->run({QStringLiteral("status")});
        QVERIFY2(status.outText().contains(QLatin1String("Engine: running (") + holder), status.describe().constData());

        first.terminate(); // SIGTERM: the engine stops and the lock goes with it
        QVERIFY(first.waitForFinished(10000));
        QCOMPARE(first.exitCode(), 0);
        QVERIFY(EngineController::lockHolder(rig.env.databasePath()).isEmpty());
        const CliResult again = rig.cli->run({QStringLiteral("run"), QStringLiteral("--once")});
        QVERIFY2(again.exitCode == 0, again.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestEngineKill)
#include "test_engine_kill.moc"
