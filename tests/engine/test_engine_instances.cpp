// Issue 12 R5: three `dexdesk-cli run` engine instances on one PostgreSQL database publish 10,000
// changes to dexdesk-sim with faults on (5 % 500, 5 % 503, 5 % 429, 2 % dropped connections); one
// is killed with SIGKILL mid-run and started again. Every change is delivered, the agency ends
// equal to the local records, the simulator never has one record in flight twice at once nor more
// than Simultaneous Connections in flight in total, no record's sequence goes backwards, the
// killed instance's leases are free again within 30 s, and System Off stops every instance.
// Runs only in the PostgreSQL pass (SQLite keeps one engine per database). DEXDESK_R5_CHANGES
// changes the number of changes (default 10,000) for a quicker or a longer run.

#include "HeadlessRig.h"
#include "InstanceRegistry.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <array>
#include <memory>

using namespace dexdesk;
using namespace dexdesk::test;

class TestEngineInstances : public QObject
{
    Q_OBJECT

    static constexpr int kInstances = 3;
    static constexpr int kConnections = 6; // the district's Simultaneous Connections, for all instances together

    static QByteArray output(QProcess &p) { return p.readAllStandardOutput() + p.readAllStandardError(); }

    static int liveInstances(QSqlDatabase db)
    {
        QString error;
        int live = 0;
        for (const EngineInstanceInfo &i : InstanceRegistry::list(db, &error))
            live += i.live ? 1 : 0;
        return live;
    }

    // Records the agency confirmed, read from the local publish status.
    static qint64 unsent(QSqlDatabase db)
    {
        return scalar(db, QStringLiteral("SELECT COUNT(*) FROM publish_status WHERE pending_seq > sent_seq"))
            + scalar(db, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_queue"))
            - scalar(db,
                     QStringLiteral("SELECT CAST(COALESCE((SELECT value FROM engine_state WHERE key = "
                                    "'ingested_seq'), '0') AS BIGINT)"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        quietEngineLogs();
        if (!TestEnvironment::onPostgreSQL())
            QFAIL("This test is for PostgreSQL only: ctest runs it as test_engine_instances_pg through "
                  "scripts/with-postgres.sh.");
    }

    void threeInstancesShareTheQueueAndSurviveAKill()
    {
        bool given = false;
        const int wanted = qEnvironmentVariableIntValue("DEXDESK_R5_CHANGES", &given);
        const int changes = given && wanted > 0 ? wanted : 10000;
        HeadlessRig rig;
        EngineSetup setup;
        setup.connections = kConnections;
        setup.download = false;
        QVERIFY(rig.setUp({QStringLiteral("--latency"), QStringLiteral("20")}, setup));
        QString error;
        // The sample generator writes about 3.2 records per student.
        const int records = seedSample(rig.db->connection(), changes * 100 / 318 + 1, &error);
        QVERIFY2(records >= changes, qPrintable(error.isEmpty() ? QString::number(records) : error));
        QVERIFY(rig.sim.reset());
        QVERIFY(rig.sim.setFaults(
            {{QStringLiteral("errorRates"), QJsonObject {{QStringLiteral("500"), 0.05}, {QStringLiteral("503"), 0.05}}},
             {QStringLiteral("rate429"), 0.05},
             {QStringLiteral("retryAfterSeconds"), 1},
             {QStringLiteral("dropRate"), 0.02}}));

        QElapsedTimer clock;
        clock.start();
        std::array<std::unique_ptr<QProcess>, kInstances> instances;
        for (auto &p : instances) {
            p = std::make_unique<QProcess>();
            rig.startCli(*p, {QStringLiteral("run")});
            QVERIFY2(p->waitForStarted(10000), qPrintable(p->errorString()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(liveInstances(rig.db->connection()) == kInstances, 20000);

        // SIGKILL the second instance once a third of the records arrived (bounded: 3 minutes).
        while (agencyRecordCount(rig.sim) < records / 3 && clock.elapsed() < 180000)
            QTest::qWait(50);
        for (auto &p : instances)
            QVERIFY2(p->state() == QProcess::Running, output(*p).constData());
        const int atKill = agencyRecordCount(rig.sim);
        instances[1]->kill();
        QVERIFY(instances[1]->waitForFinished(10000));
        QCOMPARE(instances[1]->exitStatus(), QProcess::CrashExit);
        const qint64 killedAt = clock.elapsed();

        // Its leases run out and the other two carry on: within 30 s two instances are live.
        QElapsedTimer expiry;
        expiry.start();
        QTRY_VERIFY_WITH_TIMEOUT(liveInstances(rig.db->connection()) == kInstances - 1, 30000);
        const qint64 leaseGoneMs = expiry.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(agencyRecordCount(rig.sim) > atKill, 30000);

        // Started again, it joins the others.
        instances[1] = std::make_unique<QProcess>();
        rig.startCli(*instances[1], {QStringLiteral("run")});
        QVERIFY(instances[1]->waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(liveInstances(rig.db->connection()) == kInstances, 20000);

        // Every change delivered (bounded: 4 minutes from the start).
        while (unsent(rig.db->connection()) > 0 && clock.elapsed() < 240000)
            QTest::qWait(100);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(unsent(rig.db->connection()), qint64(0));

        // `status` lists the instances (item 4).
        const CliResult status = rig.cli->run({QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.describe().constData());
        const QJsonArray listed
            = QJsonDocument::fromJson(status.out).object().value(QStringLiteral("instances")).toArray();
        int listedLive = 0;
        for (const QJsonValue &v : listed)
            listedLive += v.toObject().value(QStringLiteral("live")).toBool() ? 1 : 0;
        QVERIFY2(listedLive == kInstances, status.describe().constData());

        // System Off stops every instance.
        EngineSetup off = setup;
        off.systemOn = false;
        QVERIFY(saveSettings(rig.env.databasePath(), rig.profiles, &rig.unused, rig.sim, off).isEmpty());
        for (auto &p : instances) {
            QVERIFY2(p->waitForFinished(15000), "an instance went on after System Off");
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, output(*p).constData());
        }
        QCOMPARE(liveInstances(rig.db->connection()), 0);

        int compared = 0;
        const QString diff = compareWithAgency(rig.db->connection(), rig.sim, &compared);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(compared, records);
        const QJsonObject c = rig.sim.counters();
        const int maxInFlight = c.value(QStringLiteral("maxInFlight")).toInt();
        const int sameRecord = c.value(QStringLiteral("sameRecordInFlight")).toInt();
        const int violations = c.value(QStringLiteral("orderViolations")).toInt();
        qInfo("R5: %d records by %d instances (one SIGKILLed at %lld ms with %d stored, its leases free after %lld ms, "
              "restarted), all delivered in %lld ms; %d data requests, %d answered in all, %d duplicates, max in "
              "flight %d of %d connections, same record in flight twice %d, order violations %d",
              records, kInstances, killedAt, atKill, leaseGoneMs, elapsed, dataRequests(c), answeredRequests(c),
              c.value(QStringLiteral("duplicates")).toInt(), maxInFlight, kConnections, sameRecord, violations);
        QVERIFY2(maxInFlight <= kConnections, qPrintable(QString::number(maxInFlight)));
        QCOMPARE(sameRecord, 0);
        QCOMPARE(violations, 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineInstances)
#include "test_engine_instances.moc"
