// A headless server without a keychain (issue 12 item 5): `dexdesk-cli --secrets credentials run
// --once` reads the training LEA's secret from a systemd-style credentials directory and publishes
// every queued change to dexdesk-sim; the child has no D-Bus session at all, so no keychain can
// have answered. A secrets file with wider permissions is refused before anything is sent, and the
// secret never reaches the output or the database.

#include "CliRunner.h"
#include "Database.h"
#include "EngineTestSupport.h"
#include "MemorySecretStore.h"
#include "ProfileRepository.h"
#include "SimProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <sys/stat.h>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const QString kCredential = QStringLiteral("dexdesk.local-simulator.255901");

bool writePrivate(const QString &path, const QByteArray &content, mode_t mode)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return false;
    f.close();
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

// Every text column of every table, searched for `needle`.
int rowsContaining(QSqlDatabase db, const QString &needle)
{
    int found = 0;
    for (const QString &table : db.tables()) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM ") + table))
            continue;
        while (q.next()) {
            const QSqlRecord row = q.record();
            for (int i = 0; i < row.count(); ++i)
                if (row.value(i).toString().contains(needle))
                    ++found;
        }
    }
    return found;
}

struct Rig {
    SimProcess sim;
    TestEnvironment env;
    ProfileRepository profiles = TestEnvironment::shippedProfiles();
    MemorySecretStore unused; // the settings are saved without a secret: it comes from the files
    std::unique_ptr<Database> db;
    std::unique_ptr<CliRunner> cli;

    bool setUp()
    {
        if (!sim.start({})) {
            qWarning("%s", qPrintable(sim.errorString()));
            return false;
        }
        const QString error = saveSettings(env.databasePath(), profiles, &unused, sim, {});
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        db = env.openDatabase();
        cli = std::make_unique<CliRunner>(env.databasePath());
        // No session bus: a keychain cannot answer, so a publish can only have used the files.
        cli->setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        return db != nullptr;
    }
};

} // namespace

class TestCliRunCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { quietEngineLogs(); }

    void publishesWithSecretFromCredentialsDirectory()
    {
        Rig rig;
        QVERIFY(rig.setUp());
        QString error;
        const int records = seedSample(rig.db->connection(), 20, &error);
        QVERIFY2(records > 0, qPrintable(error));
        QCOMPARE(agencyRecordCount(rig.sim), 0);

        QTemporaryDir credentials;
        QVERIFY(writePrivate(credentials.filePath(kCredential), "training-secret\n", 0400));
        rig.cli->setEnv(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path());

        const CliResult run = rig.cli->run({QStringLiteral("--secrets"), QStringLiteral("credentials"),
                                            QStringLiteral("run"), QStringLiteral("--once")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QVERIFY2(run.outText().contains(QStringLiteral("Sent %1 records").arg(records)), run.describe().constData());
        QCOMPARE(agencyRecordCount(rig.sim), records);
        QCOMPARE(compareWithAgency(rig.db->connection(), rig.sim), QString());

        QVERIFY(!run.out.contains("training-secret") && !run.err.contains("training-secret"));
        QCOMPARE(rowsContaining(rig.db->connection(), QStringLiteral("training-secret")), 0);
    }

    void missingCredentialNamesWhatToAdd()
    {
        Rig rig;
        QVERIFY(rig.setUp());
        QString error;
        QVERIFY2(seedSample(rig.db->connection(), 2, &error) > 0, qPrintable(error));
        QTemporaryDir credentials; // passed, but without the LEA's credential
        rig.cli->setEnv(QStringLiteral("CREDENTIALS_DIRECTORY"), credentials.path());
        const CliResult run = rig.cli->run({QStringLiteral("--secrets"), QStringLiteral("credentials"),
                                            QStringLiteral("run"), QStringLiteral("--once")});
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.errText().contains(QStringLiteral("LoadCredential=") + kCredential), run.describe().constData());
        QCOMPARE(agencyRecordCount(rig.sim), 0);
    }

    void widerSecretsFileIsRefusedBeforeAnythingRuns()
    {
        Rig rig;
        QVERIFY(rig.setUp());
        QString error;
        const int records = seedSample(rig.db->connection(), 2, &error);
        QVERIFY2(records > 0, qPrintable(error));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("secrets"));
        QVERIFY(writePrivate(file, kCredential.toUtf8() + "=training-secret\n", 0644));
        const QString state
            = QStringLiteral("SELECT COUNT(*) * 100000 + COALESCE(SUM(sent_seq), 0) FROM publish_status");
        const qint64 queued = scalar(rig.db->connection(), QStringLiteral("SELECT COUNT(*) FROM change_queue"));
        const qint64 before = scalar(rig.db->connection(), state);

        const CliResult refused = rig.cli->run({QStringLiteral("--secrets"), QStringLiteral("file:") + file,
                                                QStringLiteral("run"), QStringLiteral("--once")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(QLatin1String("mode 0644"))
                     && refused.errText().contains(QLatin1String("chmod 600")),
                 refused.describe().constData());
        QCOMPARE(agencyRecordCount(rig.sim), 0);
        QCOMPARE(scalar(rig.db->connection(), QStringLiteral("SELECT COUNT(*) FROM change_queue")), queued);
        QCOMPARE(scalar(rig.db->connection(), state), before); // nothing claimed, nothing marked sent

        // The same file made private is used.
        QVERIFY(::chmod(QFile::encodeName(file).constData(), 0600) == 0);
        const CliResult run = rig.cli->run({QStringLiteral("--secrets"), QStringLiteral("file:") + file,
                                            QStringLiteral("run"), QStringLiteral("--once")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(agencyRecordCount(rig.sim), records);
    }

    void unknownSourceIsAUsageError()
    {
        CliRunner cli(QDir::temp().filePath(QStringLiteral("unused.sqlite")));
        const CliResult r
            = cli.runRaw({QStringLiteral("--secrets"), QStringLiteral("plaintext"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QLatin1String("file:PATH")), r.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRunCredentials)
#include "test_cli_run_credentials.moc"
