// `dexdesk-cli secret set` where no keychain is needed to see the outcome: an unknown LEA, an
// empty secret, no Secret Service at all (fails closed, quickly, and writes nothing), and a
// read-only secrets file (--secrets file:PATH), which the refusal names instead of "the keychain".

#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {
QStringList setArgs(const QString &leaId)
{
    return {QStringLiteral("secret"),          QStringLiteral("set"),   QStringLiteral("--profile"),
            QStringLiteral("local-simulator"), QStringLiteral("--lea"), leaId};
}
} // namespace

class TestCliSecret : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownLeaFails()
    {
        TestEnvironment env;
        const QByteArray canary = "canary-unknown-lea-51c2";
        const CliResult r = CliRunner(env.databasePath()).run(setArgs(QStringLiteral("999999")), canary + '\n');
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String("no LEA \"999999\"")), r.describe().constData());
        // Says how to add it.
        QVERIFY2(r.errText().contains(QLatin1String("LEA Settings")), r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String("settings import")), r.describe().constData());
        QVERIFY(!r.out.contains(canary) && !r.err.contains(canary));
        QVERIFY(!databaseBytes(env.databasePath()).contains(canary));
    }

    void unknownProfileFails()
    {
        TestEnvironment env;
        const CliResult r = CliRunner(env.databasePath())
                                .run({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--profile"),
                                      QStringLiteral("nowhere"), QStringLiteral("--lea"), QStringLiteral("1")},
                                     "x\n");
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String("no profile \"nowhere\"")), r.describe().constData());
    }

    void emptySecretIsRefused_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty line") << QByteArray("\n");
        QTest::newRow("CRLF only") << QByteArray("\r\n");
        QTest::newRow("no input") << QByteArray();
    }

    void emptySecretIsRefused()
    {
        QFETCH(QByteArray, input);
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        // Were anything stored, this would fail loudly instead of pretending.
        cli.setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent-dexdesk-test"));
        const CliResult r = cli.run(setArgs(QStringLiteral("255901")), input);
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String("nothing was stored")), r.describe().constData());
        QVERIFY2(!r.errText().contains(QLatin1String("keychain")), r.describe().constData());
    }

    void noSecretServiceFailsClosedWithinFiveSeconds()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        cli.setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent-dexdesk-test"));
        const QByteArray canary = "canary-no-keychain-8e41a0";
        const CliResult r = cli.run(setArgs(QStringLiteral("255901")), canary + "\n");
        qInfo("dexdesk-cli gave up after %lld ms", r.elapsedMs);
        QVERIFY2(r.finished, r.describe().constData());
        QVERIFY2(r.elapsedMs < 5000, qPrintable(QString::number(r.elapsedMs)));
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String("keychain"), Qt::CaseInsensitive), r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String("Nothing was saved")), r.describe().constData());
        QVERIFY(!r.out.contains(canary) && !r.err.contains(canary));
        QVERIFY(!databaseBytes(env.databasePath()).contains(canary));
        // Nothing written: the profile still follows its defaults.
        QVERIFY(!loadSettings(env).profiles.contains(QStringLiteral("local-simulator")));
    }

    void secretsFileIsNamedWhenItCannotStoreTheSecret()
    {
        TestEnvironment env;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dexdesk-secrets"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("dexdesk.local-simulator.255901=old-secret\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        CliRunner cli(env.databasePath());
        cli.setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent-dexdesk-test"));
        const QByteArray canary = "canary-secrets-file-3f9d";
        const CliResult r = cli.run(QStringList {QStringLiteral("--secrets"), QStringLiteral("file:") + file}
                                        + setArgs(QStringLiteral("255901")),
                                    canary + "\n");
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String("Nothing was saved")), r.describe().constData());
        QVERIFY2(r.errText().contains(
                     QStringLiteral("could not be stored in the secrets file %1").arg(QDir::toNativeSeparators(file))),
                 r.describe().constData());
        QVERIFY2(!r.errText().contains(QLatin1String("stored in the keychain")), r.describe().constData());
        QVERIFY(!r.out.contains(canary) && !r.err.contains(canary));
        QVERIFY(!databaseBytes(env.databasePath()).contains(canary));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("dexdesk.local-simulator.255901=old-secret\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliSecret)
#include "test_cli_secret.moc"
