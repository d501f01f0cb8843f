// `dexdesk-cli secret set` against the real OS keychain (run inside scripts/with-keyring.sh):
// the secret read from stdin lands in the keychain under the LEA's entry, readable by the core in
// this process, and nowhere else — not the database, not stdout or stderr. Import and Restore
// Defaults remove the secrets of the LEAs they drop.

#include "CliRunner.h"
#include "KeychainSecretStore.h"
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

struct ReadBack {
    bool answered = false;
    SecretResult result;
    QString secret;
};

ReadBack readSecret(const QString &profileId, const QString &leaId)
{
    KeychainSecretStore store;
    ReadBack back;
    store.read(SecretStore::leaAccount(profileId, leaId), [&](const SecretResult &r, const QString &s) {
        back.answered = true;
        back.result = r;
        back.secret = s;
    });
    if (!QTest::qWaitFor([&] { return back.answered; }, 10000))
        back.result = {SecretResult::Code::Timeout, QStringLiteral("the test got no answer from the keychain")};
    return back;
}

QByteArray canary()
{
    return "canary-cli-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace

class TestCliSecretKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Without a Secret Service every test here would fail with a less obvious message.
        const ReadBack probe = readSecret(QStringLiteral("probe"), QStringLiteral("probe"));
        QVERIFY2(probe.answered && (probe.result.ok() || probe.result.code == SecretResult::Code::NotFound),
                 "no Secret Service: run the tests through scripts/with-keyring.sh");
    }

    void setReadsStdinIntoTheKeychainOnly()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        const QByteArray secret = canary();
        const CliResult r = cli.run({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--profile"),
                                     kSimulator, QStringLiteral("--lea"), QStringLiteral("255901")},
                                    secret + "\r\n");
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(QLatin1String("stored in the keychain")), r.describe().constData());

        const ReadBack back = readSecret(kSimulator, QStringLiteral("255901"));
        QVERIFY(back.result.ok());
        QCOMPARE(back.secret, QString::fromUtf8(secret)); // line ending stripped
        QVERIFY(!r.out.contains(secret) && !r.err.contains(secret));
        QVERIFY(!databaseBytes(env.databasePath()).contains(secret));

        const CliResult show = cli.run({QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json"),
                                        QStringLiteral("--profile"), kSimulator});
        QVERIFY2(show.exitCode == 0, show.describe().constData());
        QVERIFY(!show.out.contains(secret));
        const QJsonArray leas = QJsonDocument::fromJson(show.out)
                                    .object()
                                    .value(QStringLiteral("communication"))
                                    .toObject()
                                    .value(QStringLiteral("leas"))
                                    .toArray();
        QCOMPARE(leas.at(0).toObject().value(QStringLiteral("secret")), QJsonValue(QStringLiteral("stored")));

        // Restore Defaults removes the profile's LEA secrets (and says so first).
        const CliResult restore = cli.run(
            {QStringLiteral("restore-defaults"), QStringLiteral("--profile"), kSimulator, QStringLiteral("--yes")});
        QVERIFY2(restore.exitCode == 0, restore.describe().constData());
        QVERIFY2(restore.outText().contains(QLatin1String("remove the keychain secrets of the LEAs 255901")),
                 restore.describe().constData());
        QCOMPARE(readSecret(kSimulator, QStringLiteral("255901")).result.code, SecretResult::Code::NotFound);
    }

    // An LEA added by an import can get its secret; an import that drops the LEA drops the secret.
    void importedLeaGetsASecretAndLosesItWhenRemoved()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        const CliResult exported = cli.run({QStringLiteral("settings"), QStringLiteral("export"), QStringLiteral("-")});
        QVERIFY2(exported.exitCode == 0, exported.describe().constData());
        const QJsonObject original = QJsonDocument::fromJson(exported.out).object();
        QJsonObject root = original;
        QJsonObject profiles = root.value(QStringLiteral("profiles")).toObject();
        QJsonObject sim = profiles.value(kSimulator).toObject();
        QJsonArray leas = sim.value(QStringLiteral("leas")).toArray();
        leas.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("4242")},
                                 {QStringLiteral("name"), QStringLiteral("North District")},
                                 {QStringLiteral("enabled"), true},
                                 {QStringLiteral("key"), QStringLiteral("key-4242")}});
        sim.insert(QStringLiteral("leas"), leas);
        profiles.insert(kSimulator, sim);
        root.insert(QStringLiteral("profiles"), profiles);

        const CliResult imported = cli.run({QStringLiteral("settings"), QStringLiteral("import"), QStringLiteral("-")},
                                           QJsonDocument(root).toJson());
        QVERIFY2(imported.exitCode == 0, imported.describe().constData());
        QVERIFY2(imported.outText().contains(QLatin1String("secret set --profile local-simulator --lea 4242")),
                 imported.describe().constData());

        const QByteArray secret = canary();
        const CliResult set = cli.run({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--profile"),
                                       kSimulator, QStringLiteral("--lea"), QStringLiteral("4242")},
                                      secret + "\n");
        QVERIFY2(set.exitCode == 0, set.describe().constData());
        QCOMPARE(readSecret(kSimulator, QStringLiteral("4242")).secret, QString::fromUtf8(secret));

        const CliResult back = cli.run({QStringLiteral("settings"), QStringLiteral("import"), QStringLiteral("-")},
                                       QJsonDocument(original).toJson());
        QVERIFY2(back.exitCode == 0, back.describe().constData());
        QVERIFY2(back.outText().contains(QLatin1String("LEA removed")), back.describe().constData());
        QCOMPARE(readSecret(kSimulator, QStringLiteral("4242")).result.code, SecretResult::Code::NotFound);
        QVERIFY(!databaseBytes(env.databasePath()).contains(secret));
    }
};

QTEST_GUILESS_MAIN(TestCliSecretKeychain)
#include "test_cli_secret_keychain.moc"
