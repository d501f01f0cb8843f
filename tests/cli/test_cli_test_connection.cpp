// `dexdesk-cli test-connection` end to end: settings stored through the core, the secret set with
// `secret set` into the real keychain, and the steps run against dexdesk-sim on 127.0.0.1.

#include "CliRunner.h"
#include "Profile.h"
#include "SimProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {
const QString kSimulator = QStringLiteral("local-simulator");
}

class TestCliTestConnection : public QObject
{
    Q_OBJECT

private:
    // Points the training profile at `sim` and selects it.
    static bool configure(const TestEnvironment &env, const SimProcess &sim)
    {
        const ProfileRepository repo = TestEnvironment::shippedProfiles();
        Settings s = loadSettings(env);
        s.general.profileId = kSimulator;
        CommunicationSettings c = repo.find(kSimulator)->defaults();
        const QString root = sim.baseUrl().toString(QUrl::StripTrailingSlash);
        c.dataUrl = root + QStringLiteral("/data/v3");
        c.authUrl = root + QStringLiteral("/oauth/token");
        s.profiles.insert(kSimulator, c);
        return storeSettings(env, s);
    }

private Q_SLOTS:
    void passesWithTheSecretFromTheKeychain()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TestEnvironment env;
        QVERIFY(configure(env, sim));
        CliRunner cli(env.databasePath());

        // A unique account name per run is not possible (the profile id is fixed), so the secret
        // is set here and the keychain is the throwaway one of scripts/with-keyring.sh.
        const CliResult set = cli.run({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--profile"),
                                       kSimulator, QStringLiteral("--lea"), QStringLiteral("255901")},
                                      "training-secret\n");
        QVERIFY2(set.exitCode == 0, set.describe().constData());

        const CliResult r = cli.run({QStringLiteral("test-connection")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(r.outText().contains(QLatin1String("[ ok ] Token request [LEA 255901]")));
        QVERIFY(r.outText().contains(QLatin1String("The connection works")));
        QVERIFY(!r.out.contains("training-secret") && !r.err.contains("training-secret"));

        const CliResult json = cli.run({QStringLiteral("test-connection"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe().constData());
        const QJsonObject report = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(report.value(QStringLiteral("passed")), QJsonValue(true));
        QVERIFY(report.value(QStringLiteral("steps")).toArray().size() >= 6);
    }

    void failsWithExitCodeOneAndTheFix()
    {
        SimProcess sim;
        QVERIFY2(sim.start(), qPrintable(sim.errorString()));
        TestEnvironment env;
        QVERIFY(configure(env, sim));
        CliRunner cli(env.databasePath());
        const QByteArray wrong = "wrong-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces) + '\n';
        QVERIFY(cli.run({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--lea"),
                         QStringLiteral("255901")},
                        wrong)
                    .exitCode
                == 0);
        const CliResult r
            = cli.run({QStringLiteral("test-connection"), QStringLiteral("--lea"), QStringLiteral("255901")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.outText().contains(QLatin1String("Key or secret rejected")), r.describe().constData());
        QVERIFY(!r.out.contains(wrong.trimmed()));
    }

    void unknownLeaIsAFailureNotAUsageError()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        const CliResult r
            = cli.run({QStringLiteral("test-connection"), QStringLiteral("--lea"), QStringLiteral("999")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QLatin1String("no LEA 999")), r.describe().constData());
        QCOMPARE(cli.run({QStringLiteral("test-connection"), QStringLiteral("--secret"), QStringLiteral("x")}).exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTestConnection)
#include "test_cli_test_connection.moc"
