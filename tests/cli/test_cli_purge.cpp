// `dexdesk-cli purge [--dry-run]` end to end: log rows and rotated log files of several ages, the
// saved Purge Policy, a dry run that removes nothing, then a run that removes exactly the old ones.

#include "CliRunner.h"
#include "SettingsSchema.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const QList<int> kAgesDays = {0, 1, 6, 8, 20, 31, 60, 91, 200};

bool seedRows(const TestEnvironment &env)
{
    auto db = env.openDatabase();
    if (!db)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int days : kAgesDays) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO logs (at, level, category, message) VALUES (?, 1, 'dexdesk.db', ?)"));
        // An hour's margin on each side of the cutoff, so the seconds the test takes do not matter.
        q.addBindValue(now - qint64(days) * 86400 * 1000 - 3600 * 1000);
        q.addBindValue(QStringLiteral("row aged %1 days").arg(days));
        if (!q.exec())
            return false;
    }
    return true;
}

QList<int> remainingAges(const TestEnvironment &env)
{
    QList<int> ages;
    auto db = env.openDatabase();
    QSqlQuery q(QStringLiteral("SELECT message FROM logs ORDER BY at DESC"), db->connection());
    while (q.next())
        ages << q.value(0).toString().section(QLatin1Char(' '), 2, 2).toInt();
    return ages;
}

bool writeLogFile(const QString &path, int ageDays)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write("a log line\n") < 0)
        return false;
    f.close();
    if (!f.open(QIODevice::ReadWrite))
        return false;
    return f.setFileTime(QDateTime::currentDateTime().addDays(-ageDays).addSecs(-3600),
                         QFileDevice::FileModificationTime);
}

QJsonObject item(const QJsonObject &root, const QString &rule)
{
    for (const QJsonValue &v : root.value(QStringLiteral("items")).toArray()) {
        if (v.toObject().value(QStringLiteral("rule")).toString() == rule)
            return v.toObject();
    }
    return {};
}

} // namespace

class TestCliPurge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dryRunThenRun_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QList<int>>("kept");
        QTest::newRow("aggressive") << QStringLiteral("aggressive") << QList<int> {0, 1, 6};
        QTest::newRow("typical") << QStringLiteral("typical") << QList<int> {0, 1, 6, 8, 20};
        QTest::newRow("seldom") << QStringLiteral("seldom") << QList<int> {0, 1, 6, 8, 20, 31, 60};
    }

    void dryRunThenRun()
    {
        QFETCH(QString, policy);
        QFETCH(QList<int>, kept);
        TestEnvironment env;
        QVERIFY(seedRows(env));
        Settings settings;
        settings.general = SettingsSchema::defaults();
        QVERIFY(purgePolicyFromName(policy, &settings.general.purgePolicy));
        QVERIFY(storeSettings(env, settings));
        CliRunner cli(env.databasePath());
        const QDir logs(cli.dataHome() + QStringLiteral("/dexdesk/logs"));
        QVERIFY(QDir().mkpath(logs.path()));
        QVERIFY(writeLogFile(logs.filePath(QStringLiteral("dexdesk.log")), 365)); // being written: never removed
        QVERIFY(writeLogFile(logs.filePath(QStringLiteral("dexdesk.1.log")), 2));
        QVERIFY(writeLogFile(logs.filePath(QStringLiteral("dexdesk.2.log")), 100));
        QVERIFY(writeLogFile(logs.filePath(QStringLiteral("notes.log")), 365)); // not ours
        const qint64 expectedRows = kAgesDays.size() - kept.size();

        const CliResult dry = cli.run({QStringLiteral("purge"), QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(dry.exitCode == 0, dry.describe().constData());
        const QJsonObject plan = QJsonDocument::fromJson(dry.out).object();
        QCOMPARE(plan.value(QStringLiteral("policy")).toString(), policy);
        QCOMPARE(plan.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(item(plan, QStringLiteral("logRows")).value(QStringLiteral("count")).toInteger(), expectedRows);
        QCOMPARE(item(plan, QStringLiteral("logFiles")).value(QStringLiteral("count")).toInteger(), 1);
        QCOMPARE(remainingAges(env), kAgesDays);
        QVERIFY(QFile::exists(logs.filePath(QStringLiteral("dexdesk.2.log"))));

        const CliResult dryText = cli.run({QStringLiteral("purge"), QStringLiteral("--dry-run")});
        QVERIFY2(dryText.exitCode == 0, dryText.describe().constData());
        QVERIFY2(dryText.outText().contains(QLatin1String("nothing was removed")), dryText.describe().constData());
        QVERIFY2(dryText.outText().contains(QStringLiteral(": %1 (kept").arg(expectedRows)),
                 dryText.describe().constData());
        QCOMPARE(remainingAges(env), kAgesDays);

        const CliResult run = cli.run({QStringLiteral("purge"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        const QJsonObject removed = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(removed.value(QStringLiteral("dryRun")).toBool(), false);
        QCOMPARE(item(removed, QStringLiteral("logRows")).value(QStringLiteral("count")).toInteger(), expectedRows);
        QCOMPARE(item(removed, QStringLiteral("logFiles")).value(QStringLiteral("count")).toInteger(), 1);
        QCOMPARE(remainingAges(env), kept);
        QVERIFY(QFile::exists(logs.filePath(QStringLiteral("dexdesk.log"))));
        QVERIFY(QFile::exists(logs.filePath(QStringLiteral("dexdesk.1.log"))));
        QVERIFY(!QFile::exists(logs.filePath(QStringLiteral("dexdesk.2.log"))));
        QVERIFY(QFile::exists(logs.filePath(QStringLiteral("notes.log"))));

        // Nothing is left to go.
        const CliResult again = cli.run({QStringLiteral("purge")});
        QVERIFY2(again.exitCode == 0, again.describe().constData());
        QVERIFY2(again.outText().contains(QLatin1String(": 0 (kept")), again.describe().constData());
        QCOMPARE(remainingAges(env), kept);
    }

    void usageErrors()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        for (const QStringList &args : {QStringList {QStringLiteral("--now")}, QStringList {QStringLiteral("all")}}) {
            const CliResult r = cli.run(QStringList {QStringLiteral("purge")} + args);
            QVERIFY2(r.exitCode == 2, r.describe().constData());
        }
        const CliResult help = cli.run({QStringLiteral("purge"), QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0 && help.outText().contains(QLatin1String("--dry-run")),
                 help.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliPurge)
#include "test_cli_purge.moc"
