// dexdesk-sim's command line and config file: bad input exits with code 2 and a clear message;
// good input is applied.
#include "SimProcess.h"
#include "SimTestClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSimCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(SimProcess::executable(), args);
        Run r;
        if (!p.waitForFinished(10000)) {
            p.kill();
            p.waitForFinished(2000);
            r.err = QStringLiteral("did not exit");
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QString writeConfig(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Usage: dexdesk-sim")));
        QVERIFY(r.out.contains(QStringLiteral("--latency")));
        QVERIFY(r.out.contains(QStringLiteral("/_sim/counters")));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown flag") << QStringList {QStringLiteral("--frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("port text") << QStringList {QStringLiteral("--port"), QStringLiteral("abc")}
                                   << QStringLiteral("--port");
        QTest::newRow("port range") << QStringList {QStringLiteral("--port"), QStringLiteral("70000")}
                                    << QStringLiteral("--port");
        QTest::newRow("remote") << QStringList {QStringLiteral("--listen"), QStringLiteral("0.0.0.0")}
                                << QStringLiteral("--allow-remote");
        QTest::newRow("rate") << QStringList {QStringLiteral("--error-rates"), QStringLiteral("500:2")}
                              << QStringLiteral("500:0.1");
        QTest::newRow("drop") << QStringList {QStringLiteral("--drop-rate"), QStringLiteral("x")}
                              << QStringLiteral("--drop-rate");
        QTest::newRow("cert only") << QStringList {QStringLiteral("--cert"), QStringLiteral("/nonexistent.pem")}
                                   << QStringLiteral("--key");
        QTest::newRow("client") << QStringList {QStringLiteral("--client"), QStringLiteral("nosecret")}
                                << QStringLiteral("KEY:SECRET");
        QTest::newRow("layout") << QStringList {QStringLiteral("--layout"), QStringLiteral("sideways")}
                                << QStringLiteral("layout");
        QTest::newRow("outage") << QStringList {QStringLiteral("--outage"), QStringLiteral("soon")}
                                << QStringLiteral("outage");
        QTest::newRow("config missing") << QStringList {QStringLiteral("--config"),
                                                        QStringLiteral("/nonexistent/sim.json")}
                                        << QStringLiteral("cannot read");
        QTest::newRow("extra arg") << QStringList {QStringLiteral("serve")} << QStringLiteral("unexpected");
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(QStringList {QStringLiteral("--port"), QStringLiteral("0")} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    }

    void badConfigFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{ nope") << QStringLiteral("not a JSON object");
        QTest::newRow("unknown key") << QByteArray(R"({"colour": "blue"})") << QStringLiteral("colour");
        QTest::newRow("bad clients") << QByteArray(R"({"clients": [{"key": "k"}]})") << QStringLiteral("secret");
        QTest::newRow("bad fault") << QByteArray(R"({"faults": {"latencyMs": "slow"}})") << QStringLiteral("latencyMs");
        QTest::newRow("bad years") << QByteArray(R"({"schoolYears": [26]})") << QStringLiteral("schoolYears");
    }
    void badConfigFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString file = writeConfig(QStringLiteral("bad.json"), content);
        const Run r = run({QStringLiteral("--config"), file, QStringLiteral("--port"), QStringLiteral("0")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void flagsAreApplied()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--latency"), QStringLiteral("5"), QStringLiteral("--jitter"),
                            QStringLiteral("2"), QStringLiteral("--error-rates"), QStringLiteral("503:1"),
                            QStringLiteral("--token-lifetime"), QStringLiteral("60"), QStringLiteral("--error-shape"),
                            QStringLiteral("message")}),
                 qPrintable(sim.errorString()));
        const QJsonObject f = sim.faults();
        QCOMPARE(f.value(QStringLiteral("latencyMs")).toInt(), 5);
        QCOMPARE(f.value(QStringLiteral("jitterMs")).toInt(), 2);
        QCOMPARE(f.value(QStringLiteral("tokenLifetimeSeconds")).toInt(), 60);
        QCOMPARE(f.value(QStringLiteral("errorRates")).toObject().value(QStringLiteral("503")).toDouble(), 1.0);
        const TestReply r = SimTestClient(sim.baseUrl()).get(QStringLiteral("/"));
        QCOMPARE(r.status, 503);
        QVERIFY(r.json().object().contains(QStringLiteral("message")));
    }

    void configFileIsApplied()
    {
        const QString file = writeConfig(QStringLiteral("good.json"), R"({
            "layout": "year-specific",
            "schoolYears": [2030],
            "clients": [{"key": "state-key", "secret": "state-secret", "schoolYears": [2030], "resources": "*"}],
            "seed": {"schools": [{"id": 255901001, "name": "Only School", "gradeLevels": ["Ninth grade"]}]},
            "faults": {"tokenExpiresIn": "string"}
        })");
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--config"), file}), qPrintable(sim.errorString()));
        SimTestClient client(sim.baseUrl());
        QVERIFY(client.fetchToken().isEmpty()); // the training key is gone
        QVERIFY(!client.fetchToken(QStringLiteral("state-key"), QStringLiteral("state-secret")).isEmpty());
        const TestReply schools = client.get(QStringLiteral("/data/v3/2030/ed-fi/schools"));
        QCOMPARE(schools.status, 200);
        QCOMPARE(schools.json().array().size(), 1);
        QCOMPARE(client.get(QStringLiteral("/data/v3/2027/ed-fi/schools")).status, 404);
        QCOMPARE(client.get(QStringLiteral("/data/v3/ed-fi/schools")).status, 404);
    }

    void defaultConfigServesTheTrainingProfile()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        QCOMPARE(sim.baseUrl().host(), QStringLiteral("127.0.0.1"));
        SimTestClient client(sim.baseUrl());
        QVERIFY(!client.fetchToken(QStringLiteral("training-key"), QStringLiteral("training-secret")).isEmpty());
        for (int year : {2026, 2027}) {
            const TestReply lea = client.get(
                QStringLiteral("/data/v3/%1/ed-fi/localEducationAgencies?localEducationAgencyId=255901").arg(year));
            QCOMPARE(lea.status, 200);
            QCOMPARE(lea.json().array().size(), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestSimCli)
#include "test_sim_cli.moc"
