// S1 (SPEC §13, issue 6): a canary secret and the tokens issued for it go through a whole session
// at Diagnostic level — save, test connection, sample records, publish to dexdesk-sim, export and
// a support bundle — and a byte search of the database with its WAL, every file the program wrote
// (log files, the test report), the export, the bundle (packed and unpacked) and everything the
// commands printed finds none of them. Runs inside scripts/with-keyring.sh (the real keychain).

#include "CliRunner.h"
#include "SimProcess.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

QByteArray unpacked(const QString &archive)
{
    QProcess p;
    p.start(QStringLiteral("tar"), {QStringLiteral("-xzOf"), archive});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

} // namespace

class TestCliCanary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canaryNowhere()
    {
        const QByteArray secret = "canary-s1-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const QByteArray key = "canary-key-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(8);
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--client"), QString::fromLatin1(key + ':' + secret),
                            QStringLiteral("--token-lifetime"), QStringLiteral("5")}),
                 qPrintable(sim.errorString()));

        TestEnvironment env;
        CliRunner cli(env.databasePath());
        QList<CliResult> outputs;
        auto run = [&](const QStringList &args, const QByteArray &input = {}) {
            const CliResult r = cli.run(args, input);
            outputs << r;
            return r;
        };

        // Save: System On, every log level, the simulator's URLs, the canary LEA key and secret.
        CliResult r = run({QStringLiteral("settings"), QStringLiteral("export"), QStringLiteral("-")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QJsonObject general = root.value(QStringLiteral("general")).toObject();
        general.insert(QStringLiteral("systemEnabled"), true);
        general.insert(QStringLiteral("logging.warnings"), true);
        general.insert(QStringLiteral("logging.info"), true);
        general.insert(QStringLiteral("logging.diagnostic"), true);
        general.insert(QStringLiteral("profile"), kSimulator);
        root.insert(QStringLiteral("general"), general);
        QJsonObject profiles = root.value(QStringLiteral("profiles")).toObject();
        QJsonObject simProfile = profiles.value(kSimulator).toObject();
        simProfile.insert(QStringLiteral("dataUrl"), sim.url(QStringLiteral("/data/v3")).toString());
        simProfile.insert(QStringLiteral("authUrl"), sim.url(QStringLiteral("/oauth/token")).toString());
        simProfile.insert(QStringLiteral("leas"),
                          QJsonArray {QJsonObject {{QStringLiteral("id"), kLea},
                                                   {QStringLiteral("name"), QStringLiteral("Canary ISD")},
                                                   {QStringLiteral("enabled"), true},
                                                   {QStringLiteral("key"), QString::fromLatin1(key)}}});
        profiles.insert(kSimulator, simProfile);
        root.insert(QStringLiteral("profiles"), profiles);
        r = run({QStringLiteral("settings"), QStringLiteral("import"), QStringLiteral("-")},
                QJsonDocument(root).toJson());
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = run({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--profile"), kSimulator,
                 QStringLiteral("--lea"), kLea},
                secret + "\n");
        QVERIFY2(r.exitCode == 0, r.describe().constData());

        // Test connection, records, publish (verbose: the log goes to stderr too), export, bundle.
        r = run(
            {QStringLiteral("--verbose"), QStringLiteral("test-connection"), QStringLiteral("--profile"), kSimulator});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = run({QStringLiteral("records"), QStringLiteral("generate"), QStringLiteral("--students"),
                 QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("7")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = run({QStringLiteral("--verbose"), QStringLiteral("publish"), QStringLiteral("--changes")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(sim.records(QStringLiteral("students"), 2027).size(), 40); // the publish really happened
        const QString exportPath = env.path(QStringLiteral("settings-export.json"));
        r = run({QStringLiteral("settings"), QStringLiteral("export"), exportPath});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QString bundlePath = env.path(QStringLiteral("bundle.tar.gz"));
        r = run({QStringLiteral("diagnostics"), bundlePath});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        r = run({QStringLiteral("logs"), QStringLiteral("--level"), QStringLiteral("diagnostic")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());

        // The tokens the simulator issued, from the Authorization headers it received.
        QSet<QByteArray> tokens;
        for (const QJsonValue &v : sim.requests(500)) {
            const QJsonObject headers = v.toObject().value(QStringLiteral("headers")).toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it) {
                const QString value = it.value().toString();
                if (it.key().compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0
                    && value.startsWith(QLatin1String("Bearer ")))
                    tokens.insert(value.mid(7).toUtf8());
            }
        }
        QVERIFY2(!tokens.isEmpty(), "the simulator saw no bearer token, so the search below would prove nothing");

        // Everything the session left behind.
        QList<QPair<QString, QByteArray>> haystacks;
        if (TestEnvironment::onPostgreSQL()) {
            // A server database has no file here: every row of every table, as text.
            haystacks.append({env.databasePath(), databaseBytes(env.databasePath())});
        } else {
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                haystacks.append({env.databasePath() + suffix, readAll(env.databasePath() + suffix)});
        }
        QDirIterator files(cli.dataHome(), QDir::Files, QDirIterator::Subdirectories);
        int writtenFiles = 0;
        while (files.hasNext()) {
            const QString path = files.next();
            haystacks.append({path, readAll(path)});
            ++writtenFiles;
        }
        haystacks.append({exportPath, readAll(exportPath)});
        haystacks.append({bundlePath, readAll(bundlePath)});
        haystacks.append({bundlePath + QStringLiteral(" (unpacked)"), unpacked(bundlePath)});
        for (int i = 0; i < outputs.size(); ++i) {
            haystacks.append({QStringLiteral("stdout of command %1").arg(i), outputs.at(i).out});
            haystacks.append({QStringLiteral("stderr of command %1").arg(i), outputs.at(i).err});
        }
        QVERIFY2(writtenFiles >= 2, "expected the log file and the test report in the data folder");
        QVERIFY(haystacks.at(0).second.size() > 0);
        QVERIFY(!haystacks.last().second.isEmpty() || !outputs.last().out.isEmpty());
        // The log really holds the session at Diagnostic level (so the search is meaningful).
        QVERIFY2(outputs.last().out.contains("Diagnostic") || outputs.last().out.contains("diagnostic"),
                 outputs.last().out.left(2000).constData());

        for (const auto &[name, bytes] : std::as_const(haystacks)) {
            QVERIFY2(!bytes.contains(secret), qPrintable(QStringLiteral("the secret is in %1").arg(name)));
            for (const QByteArray &token : std::as_const(tokens))
                QVERIFY2(!bytes.contains(token), qPrintable(QStringLiteral("a token is in %1").arg(name)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliCanary)
#include "test_cli_canary.moc"
