// Moving a district (issue 12 item 6): `dexdesk-cli database copy --to postgresql://…` copies an
// SQLite database that has been used — settings and their audit trail, sample records, their
// change queue and the publish status of a real publish to dexdesk-sim, job runs and logs — into
// an empty PostgreSQL database: every table's row count matches and sample values arrive intact.
// A URL with a password and a target that is not empty are refused with clear messages, and the
// target is left as it was. Needs the PostgreSQL server of scripts/with-postgres.sh (label
// postgresql).

#include "CliRunner.h"
#include "Database.h"
#include "DatabaseLocation.h"
#include "EngineTestSupport.h"
#include "MemorySecretStore.h"
#include "ProfileRepository.h"
#include "SimProcess.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

QHash<QString, qint64> rowCounts(QSqlDatabase db)
{
    QHash<QString, qint64> counts;
    for (const QString &table : db.tables())
        counts.insert(table, scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + table));
    return counts;
}

QString text(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("no answer to %s", qPrintable(sql));
        return {};
    }
    return q.value(0).toString();
}

// The URL with a password in it, to be refused: postgresql://dexdesk:PASSWORD@host:port/db.
QString withPassword(const QString &url, const QString &password)
{
    QString out = url;
    return out.replace(QStringLiteral("://dexdesk@"), QStringLiteral("://dexdesk:") + password + QLatin1Char('@'));
}

} // namespace

class TestCliDatabaseCopy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { quietEngineLogs(); }

    void copiesAUsedDatabaseIntoPostgreSQL()
    {
        SimProcess sim;
        QVERIFY2(sim.start({}), qPrintable(sim.errorString()));
        TestEnvironment source(TestEnvironment::Kind::SQLite);
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore unused;
        QCOMPARE(saveSettings(source.databasePath(), profiles, &unused, sim, {}), QString());
        std::unique_ptr<Database> db = source.openDatabase();
        QVERIFY(db);
        QString error;
        const int records = seedSample(db->connection(), 25, &error);
        QVERIFY2(records > 0, qPrintable(error));
        QVERIFY(exec(db->connection(),
                     QStringLiteral("INSERT INTO logs (at, level, category, lea, message) VALUES (%1, 1, "
                                    "'dexdesk.engine', '255901', 'a log row that moves with the district')")
                         .arg(QDateTime::currentMSecsSinceEpoch()),
                     &error));

        // A real publish, so publish status, resource ids and job runs exist (the secret from an
        // owner-only file: no keychain needed).
        CliRunner cli(source.databasePath());
        const QString secrets = source.path(QStringLiteral("secrets"));
        {
            QFile f(secrets);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("dexdesk.local-simulator.255901=training-secret\n");
        }
        QVERIFY(::chmod(QFile::encodeName(secrets).constData(), 0600) == 0);
        const CliResult publish = cli.run({QStringLiteral("--secrets"), QStringLiteral("file:") + secrets,
                                           QStringLiteral("publish"), QStringLiteral("--changes")});
        QVERIFY2(publish.exitCode == 0, publish.describe().constData());
        QCOMPARE(agencyRecordCount(sim), records);

        const QHash<QString, qint64> sourceCounts = rowCounts(db->connection());
        for (const char *table : {"settings", "profile_settings", "leas", "audit_trail", "rec_students", "change_queue",
                                  "publish_status", "job_runs", "logs"})
            QVERIFY2(sourceCounts.value(QLatin1String(table)) > 0, table);
        const QString studentKey = text(db->connection(),
                                        QStringLiteral("SELECT MIN(key_text) FROM publish_status "
                                                       "WHERE resource = 'students'"));
        const QString resourceId = text(
            db->connection(),
            QStringLiteral("SELECT resource_id FROM publish_status WHERE resource = 'students' AND key_text = '%1'")
                .arg(studentKey));
        QVERIFY(!resourceId.isEmpty());
        const QString dataUrl = text(db->connection(),
                                     QStringLiteral("SELECT value FROM profile_settings WHERE "
                                                    "profile_id = 'local-simulator' AND key LIKE "
                                                    "'%ata%rl%' ORDER BY key LIMIT 1"));
        QVERIFY(dataUrl.startsWith(QLatin1String("http://127.0.0.1:")));
        const QString auditChange = text(db->connection(),
                                         QStringLiteral("SELECT field || '=' || new_value FROM "
                                                        "audit_trail ORDER BY id LIMIT 1"));
        db.reset();

        TestEnvironment target(TestEnvironment::Kind::PostgreSQL); // an empty database, no schema yet

        // A password in the URL: refused before any connection, with DatabaseLocation's words.
        const QString password = QStringLiteral("hunter2-canary");
        const QString badUrl = withPassword(target.databasePath(), password);
        QVERIFY(badUrl.contains(password));
        DatabaseLocation parsed;
        QString expected;
        QVERIFY(!DatabaseLocation::parse(badUrl, &parsed, &expected));
        const CliResult refusedPassword
            = cli.run({QStringLiteral("database"), QStringLiteral("copy"), QStringLiteral("--to"), badUrl});
        QVERIFY2(refusedPassword.exitCode == 2, refusedPassword.describe().constData());
        QVERIFY2(refusedPassword.errText().contains(expected), refusedPassword.describe().constData());
        QVERIFY(!refusedPassword.out.contains(password.toUtf8()) && !refusedPassword.err.contains(password.toUtf8()));
        {
            // Still nothing in the target: not even the schema was made.
            const QString tables = QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE "
                                                  "table_schema = 'public'");
            DatabaseLocation location;
            QVERIFY(DatabaseLocation::parse(target.databasePath(), &location, &error));
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw-check"));
            raw.setHostName(location.host());
            raw.setPort(location.port());
            raw.setUserName(location.user());
            raw.setDatabaseName(location.databaseName());
            QVERIFY(raw.open());
            QCOMPARE(scalar(raw, tables), qint64(0));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-check"));

        // The copy.
        const CliResult copy = cli.run({QStringLiteral("database"), QStringLiteral("copy"), QStringLiteral("--to"),
                                        target.databasePath(), QStringLiteral("--json")});
        QVERIFY2(copy.exitCode == 0, copy.describe().constData());
        const QJsonObject report = QJsonDocument::fromJson(copy.out).object();
        qint64 reported = 0;
        for (const QJsonValue &v : report.value(QStringLiteral("tables")).toArray()) {
            const QJsonObject t = v.toObject();
            const QString table = t.value(QStringLiteral("table")).toString();
            QCOMPARE(t.value(QStringLiteral("sourceRows")).toInteger(), sourceCounts.value(table));
            QCOMPARE(t.value(QStringLiteral("targetRows")).toInteger(), sourceCounts.value(table));
            reported += t.value(QStringLiteral("targetRows")).toInteger();
        }
        QCOMPARE(report.value(QStringLiteral("rows")).toInteger(), reported);

        // Counted again on the target, independently of the copier's report.
        std::unique_ptr<Database> copied = target.openDatabase();
        QVERIFY(copied);
        const QHash<QString, qint64> targetCounts = rowCounts(copied->connection());
        qint64 total = 0;
        for (auto it = sourceCounts.cbegin(); it != sourceCounts.cend(); ++it) {
            if (it.key().startsWith(QLatin1String("sqlite_")))
                continue;
            QVERIFY2(targetCounts.contains(it.key()), qPrintable(it.key()));
            QCOMPARE(targetCounts.value(it.key()), it.value());
            total += it.value();
        }
        qInfo("copied %lld rows in %lld tables (%d published records)", total, qint64(targetCounts.size()), records);
        QSqlDatabase pg = copied->connection();
        QCOMPARE(text(pg,
                      QStringLiteral("SELECT resource_id FROM publish_status WHERE resource = 'students' AND "
                                     "key_text = '%1'")
                          .arg(studentKey)),
                 resourceId);
        QCOMPARE(text(pg,
                      QStringLiteral("SELECT value FROM profile_settings WHERE profile_id = 'local-simulator' "
                                     "AND key LIKE '%ata%rl%' ORDER BY key LIMIT 1")),
                 dataUrl);
        QCOMPARE(text(pg, QStringLiteral("SELECT field || '=' || new_value FROM audit_trail ORDER BY id LIMIT 1")),
                 auditChange);
        QCOMPARE(text(pg, QStringLiteral("SELECT message FROM logs WHERE message LIKE 'a log row that moves%'")),
                 QStringLiteral("a log row that moves with the district"));
        QCOMPARE(scalar(pg, QStringLiteral("SELECT COUNT(*) FROM publish_status WHERE sent_seq < pending_seq")),
                 qint64(0));
        // The engine on PostgreSQL sees the same state: nothing queued, everything sent.
        const CliResult status = cli.runRaw(
            {QStringLiteral("--database"), target.databasePath(), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(status.exitCode == 0, status.describe().constData());

        // A second copy into the now full target is refused and changes nothing.
        const CliResult again = cli.run(
            {QStringLiteral("database"), QStringLiteral("copy"), QStringLiteral("--to"), target.databasePath()});
        QVERIFY2(again.exitCode == 1, again.describe().constData());
        QVERIFY2(again.errText().contains(QLatin1String("is not empty"))
                     && again.errText().contains(QLatin1String("nothing was changed")),
                 again.describe().constData());
        QVERIFY2(!again.errText().contains(QLatin1String(" 1 rows")), again.describe().constData());
        QCOMPARE(rowCounts(pg), targetCounts);
    }
};

QTEST_GUILESS_MAIN(TestCliDatabaseCopy)
#include "test_cli_database_copy.moc"
