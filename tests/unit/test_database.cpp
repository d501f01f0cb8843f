// Opening the database (SPEC §10): a fresh file is migrated to the latest schema, WAL is on,
// reopening applies nothing twice, and a database from a newer DEX Desk is refused.

#include "Database.h"
#include "Migrations.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;

namespace {

QStringList tables(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names;
}

QList<int> appliedVersions(const QSqlDatabase &db)
{
    QList<int> versions;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version"))) {
        while (q.next())
            versions << q.value(0).toInt();
    }
    return versions;
}

QList<int> allVersions()
{
    QList<int> versions;
    for (const Migration &m : Migrations::all())
        versions << m.version;
    return versions;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migrationsAreNumberedUpwards();
    void freshFileIsMigrated();
    void emptyExistingFileIsMigrated();
    void reopenAppliesNothingTwice();
    void walIsOn();
    void newerSchemaIsRefused();
    void notADatabaseIsRefused();
    void folderIsCreated();
};

void TestDatabase::migrationsAreNumberedUpwards()
{
    QVERIFY(!Migrations::all().isEmpty());
    int previous = 0;
    for (const Migration &m : Migrations::all()) {
        QCOMPARE(m.version, previous + 1);
        QVERIFY(!m.description.isEmpty());
        QVERIFY(!Migrations::statements(m, SqlDialect::SQLite).isEmpty());
        previous = m.version;
    }
    QCOMPARE(Migrations::latestVersion(), previous);
}

void TestDatabase::freshFileIsMigrated()
{
    test::TestEnvironment env;
    QVERIFY(!QFile::exists(env.databasePath()));
    auto db = env.openDatabase();
    QVERIFY(db);
    QVERIFY(QFile::exists(env.databasePath()));
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(appliedVersions(db->connection()), allVersions());
    const QStringList names = tables(db->connection());
    for (const char *table : {"schema_migrations", "settings", "profile_settings", "leas"})
        QVERIFY2(names.contains(QString::fromLatin1(table)), qPrintable(names.join(QLatin1Char(','))));
    QCOMPARE(db->dialect(), SqlDialect::SQLite);
}

void TestDatabase::emptyExistingFileIsMigrated()
{
    test::TestEnvironment env;
    {
        QFile f(env.databasePath());
        QVERIFY(f.open(QIODevice::WriteOnly)); // a zero-byte file, as a failed first start may leave
    }
    auto db = env.openDatabase();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
}

void TestDatabase::reopenAppliesNothingTwice()
{
    test::TestEnvironment env;
    {
        auto db = env.openDatabase();
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('jobFrequency', 'high')")));
    }
    auto db = env.openDatabase();
    QVERIFY(db);
    QCOMPARE(appliedVersions(db->connection()), allVersions());
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'jobFrequency'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("high")); // data kept
}

void TestDatabase::walIsOn()
{
    test::TestEnvironment env;
    auto db = env.openDatabase();
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestDatabase::newerSchemaIsRefused()
{
    test::TestEnvironment env;
    const int future = Migrations::latestVersion() + 1;
    {
        auto db = env.openDatabase();
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, 'from the future', 'x')")));
        q.addBindValue(future);
        QVERIFY(q.exec());
    }
    QString error;
    auto db = Database::open(env.databasePath(), &error);
    QVERIFY(!db);
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    QVERIFY2(error.contains(QString::number(future)), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("--database")), qPrintable(error)); // says what to do
}

void TestDatabase::notADatabaseIsRefused()
{
    test::TestEnvironment env;
    {
        QFile f(env.databasePath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is a text file, not a database\n").repeated(200));
    }
    QString error;
    auto db = Database::open(env.databasePath(), &error);
    QVERIFY(!db);
    QVERIFY2(!error.isEmpty(), "a refusal must say why");
    QVERIFY2(error.contains(QStringLiteral("dexdesk.sqlite")), qPrintable(error));
}

void TestDatabase::folderIsCreated()
{
    test::TestEnvironment env;
    const QString path = env.path(QStringLiteral("nested/deeper/dexdesk.sqlite"));
    QString error;
    auto db = Database::open(path, &error);
    QVERIFY2(db, qPrintable(error));
    QVERIFY(QFile::exists(path));
    QCOMPARE(db->path(), path);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "test_database.moc"
