// The support commands against the real OS keychain (run inside scripts/with-keyring.sh): a canary
// secret stored with `secret set` shows in `settings history` only as "changed", is nowhere in the
// history output or the diagnostics bundle, and the bundle's own check, fed from the keychain,
// refuses a bundle that would carry it.

#include "CliRunner.h"
#include "KeychainSecretStore.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const QString kSimulator = QStringLiteral("local-simulator");
const QString kLea = QStringLiteral("255901");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Every file of the archive, uncompressed and one after the other.
QByteArray archiveContents(const QString &archive)
{
    QProcess p;
    p.start(QStringLiteral("tar"), {QStringLiteral("-xzOf"), archive});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

bool keychainWorks()
{
    KeychainSecretStore store;
    bool answered = false;
    SecretResult result;
    store.read(SecretStore::leaAccount(QStringLiteral("probe"), QStringLiteral("probe")),
               [&](const SecretResult &r, const QString &) {
                   answered = true;
                   result = r;
               });
    return QTest::qWaitFor([&] { return answered; }, 10000)
        && (result.ok() || result.code == SecretResult::Code::NotFound);
}

} // namespace

class TestCliSupportKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(keychainWorks(), "no Secret Service: run the tests through scripts/with-keyring.sh");
    }

    void canaryStaysOutOfHistoryAndBundle()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        const QByteArray secret = "canary-support-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const CliResult set = cli.run({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--profile"),
                                       kSimulator, QStringLiteral("--lea"), kLea},
                                      secret + "\n");
        QVERIFY2(set.exitCode == 0, set.describe().constData());

        const CliResult history = cli.run({QStringLiteral("settings"), QStringLiteral("history")});
        QVERIFY2(history.exitCode == 0, history.describe().constData());
        QVERIFY2(history.outText().contains(QStringLiteral("local-simulator/lea.%1.secret: changed").arg(kLea)),
                 history.describe().constData());
        QVERIFY(!history.out.contains(secret) && !history.err.contains(secret));
        const CliResult json
            = cli.run({QStringLiteral("settings"), QStringLiteral("history"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe().constData());
        QVERIFY(!json.out.contains(secret) && !json.err.contains(secret));
        bool foundSecretRow = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(json.out).array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("field")).toString() == QStringLiteral("lea.%1.secret").arg(kLea)) {
                foundSecretRow = true;
                QCOMPARE(o.value(QStringLiteral("new")).toString(), QStringLiteral("changed"));
                QCOMPARE(o.value(QStringLiteral("old")).toString(), QString());
            }
        }
        QVERIFY(foundSecretRow);

        const QString archive = env.path(QStringLiteral("bundle.tar.gz"));
        const CliResult bundle = cli.run({QStringLiteral("diagnostics"), archive});
        QVERIFY2(bundle.exitCode == 0, bundle.describe().constData());
        QVERIFY(!bundle.out.contains(secret) && !bundle.err.contains(secret));
        const QByteArray raw = readAll(archive);
        QVERIFY(raw.startsWith("\x1f\x8b"));
        QVERIFY(!raw.contains(secret));
        const QByteArray contents = archiveContents(archive);
        QVERIFY(contents.contains("settings")); // the check below looked at real content
        QVERIFY(!contents.contains(secret));
        QVERIFY(!databaseBytes(env.databasePath()).contains(secret));

        // The bundle's check has the keychain's secrets: a log row carrying the canary (a defect
        // elsewhere) makes it refuse the whole bundle and leave nothing behind.
        {
            auto db = env.openDatabase();
            QVERIFY(db);
            QSqlQuery q(db->connection());
            q.prepare(
                QStringLiteral("INSERT INTO logs (at, level, category, message) VALUES (?, 0, 'dexdesk.net', ?)"));
            q.addBindValue(QDateTime::currentMSecsSinceEpoch());
            q.addBindValue(QString(QStringLiteral("leaked ") + QString::fromUtf8(secret)));
            QVERIFY(q.exec());
        }
        const QString refusedPath = env.path(QStringLiteral("refused.tar.gz"));
        const CliResult refused = cli.run({QStringLiteral("diagnostics"), refusedPath});
        QVERIFY2(refused.exitCode == 1, refused.describe().constData());
        QVERIFY2(refused.errText().contains(QLatin1String("logs/recent.txt")), refused.describe().constData());
        QVERIFY(!refused.out.contains(secret) && !refused.err.contains(secret));
        QVERIFY(!QFile::exists(refusedPath));
    }

    // test-connection keeps its report (no secret in it), and the next bundle carries it.
    void testConnectionReportGoesIntoTheBundle()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        const QByteArray secret = "canary-report-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const CliResult set = cli.run({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--profile"),
                                       kSimulator, QStringLiteral("--lea"), kLea},
                                      secret + "\n");
        QVERIFY2(set.exitCode == 0, set.describe().constData());
        // Port 1 on loopback: nothing listens, so the test fails quickly but still reports.
        const CliResult exported = cli.run({QStringLiteral("settings"), QStringLiteral("export"), QStringLiteral("-")});
        QJsonObject root = QJsonDocument::fromJson(exported.out).object();
        QJsonObject profiles = root.value(QStringLiteral("profiles")).toObject();
        QJsonObject sim = profiles.value(kSimulator).toObject();
        sim.insert(QStringLiteral("dataUrl"), QStringLiteral("http://127.0.0.1:1/data/v3"));
        sim.insert(QStringLiteral("authUrl"), QStringLiteral("http://127.0.0.1:1/oauth/token"));
        profiles.insert(kSimulator, sim);
        root.insert(QStringLiteral("profiles"), profiles);
        const CliResult imported = cli.run({QStringLiteral("settings"), QStringLiteral("import"), QStringLiteral("-")},
                                           QJsonDocument(root).toJson());
        QVERIFY2(imported.exitCode == 0, imported.describe().constData());

        const CliResult test = cli.run({QStringLiteral("test-connection"), QStringLiteral("--profile"), kSimulator});
        QVERIFY2(test.exitCode == 1, test.describe().constData());
        const QString reportPath = cli.dataHome() + QStringLiteral("/dexdesk/last-test-connection.json");
        const QByteArray report = readAll(reportPath);
        QVERIFY2(QJsonDocument::fromJson(report).isObject(), report.constData());
        QVERIFY(!report.contains(secret));

        const QString archive = env.path(QStringLiteral("bundle.tar.gz"));
        const CliResult bundle = cli.run({QStringLiteral("diagnostics"), archive});
        QVERIFY2(bundle.exitCode == 0, bundle.describe().constData());
        QProcess p;
        p.start(QStringLiteral("tar"),
                {QStringLiteral("-xzOf"), archive, QStringLiteral("dexdesk-diagnostics/test-connection.json")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(QJsonDocument::fromJson(p.readAllStandardOutput()).object(), QJsonDocument::fromJson(report).object());
        QVERIFY(!archiveContents(archive).contains(secret));
    }
};

QTEST_GUILESS_MAIN(TestCliSupportKeychain)
#include "test_cli_support_keychain.moc"
