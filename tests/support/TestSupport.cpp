#include "TestSupport.h"

#include "PostgresAdmin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <atomic>

namespace dexdesk::test {

namespace {

// The server's maintenance database, where databases are made and dropped. Runs `sql` there.
bool onServer(const QString &sql, QString *error)
{
    return runOnPostgresServer(qEnvironmentVariable("DEXDESK_TEST_POSTGRES"), QStringLiteral("dexdesk-test-admin"), sql,
                               error);
}

} // namespace

bool TestEnvironment::onPostgreSQL()
{
    return qEnvironmentVariable("DEXDESK_TEST_DATABASE") == QLatin1String("postgresql");
}

TestEnvironment::TestEnvironment(Kind kind)
{
    m_dir.setAutoRemove(true);
    m_database = path(QStringLiteral("dexdesk.sqlite"));
    if (kind == Kind::SQLite || (kind == Kind::FromRun && !onPostgreSQL()))
        return;
    // A `_pg` run that has no server must not pass as if it had run: it stops here, saying why.
    const QString server = qEnvironmentVariable("DEXDESK_TEST_POSTGRES");
    if (server.isEmpty())
        qFatal("This test runs on PostgreSQL (a `_pg` run, or one that needs the server) but DEXDESK_TEST_POSTGRES is "
               "not set. Run it through scripts/with-postgres.sh, e.g. scripts/with-postgres.sh ctest --test-dir "
               "build -L postgresql");
    static std::atomic<int> counter {0};
    m_postgresName = QStringLiteral("dexdesk_t%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetch_add(1));
    QString error;
    if (!onServer(QStringLiteral("CREATE DATABASE %1").arg(m_postgresName), &error))
        qFatal("Cannot make the test database %s on %s: %s", qPrintable(m_postgresName), qPrintable(server),
               qPrintable(error));
    m_database = server + m_postgresName;
}

TestEnvironment::~TestEnvironment()
{
    if (m_postgresName.isEmpty())
        return;
    QString error;
    if (!onServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_postgresName), &error))
        qWarning("cannot drop the test database %s: %s", qPrintable(m_postgresName), qPrintable(error));
}

QString TestEnvironment::path(const QString &name) const
{
    return QDir(m_dir.path()).filePath(name);
}

std::unique_ptr<Database> TestEnvironment::openDatabase() const
{
    QString error;
    auto db = Database::open(databasePath(), &error);
    if (!db)
        qWarning("cannot open test database: %s", qPrintable(error));
    return db;
}

ProfileRepository TestEnvironment::shippedProfiles()
{
    ProfileRepository repo;
    repo.load({});
    return repo;
}

namespace {
EditorResult waitFor(SettingsEditor &editor, bool restoring, int timeoutMs)
{
    EditorResult result;
    auto connection
        = QObject::connect(&editor, restoring ? &SettingsEditor::restoreFinished : &SettingsEditor::saveFinished,
                           &editor, [&](bool ok, const QString &message) {
                               result.finished = true;
                               result.ok = ok;
                               result.message = message;
                           });
    if (restoring)
        editor.restoreDefaults();
    else
        editor.save();
    if (!QTest::qWaitFor([&] { return result.finished; }, timeoutMs))
        result.message = QStringLiteral("timed out waiting for the editor");
    QObject::disconnect(connection);
    return result;
}
} // namespace

EditorResult saveAndWait(SettingsEditor &editor, int timeoutMs)
{
    return waitFor(editor, false, timeoutMs);
}

EditorResult restoreAndWait(SettingsEditor &editor, int timeoutMs)
{
    return waitFor(editor, true, timeoutMs);
}

QByteArray databaseBytes(const QString &databasePath)
{
    QByteArray all;
    if (DatabaseLocation::looksLikeUrl(databasePath)) {
        QString error;
        auto db = Database::open(databasePath, &error);
        if (!db)
            qFatal("cannot open %s to read its rows: %s", qPrintable(databasePath), qPrintable(error));
        QSqlQuery tables(db->connection());
        tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"));
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &table : std::as_const(names)) {
            QSqlQuery rows(db->connection());
            if (!rows.exec(QStringLiteral("SELECT t::text FROM %1 t").arg(table)))
                qFatal("cannot read %s: %s", qPrintable(table), qPrintable(rows.lastError().text()));
            while (rows.next())
                all += rows.value(0).toString().toUtf8() + '\n';
        }
        return all;
    }
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        QFile f(databasePath + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

bool failInserts(QSqlDatabase db, const QString &table, const QString &condition)
{
    QStringList statements;
    if (db.driverName() == QLatin1String("QPSQL")) {
        statements << QStringLiteral("CREATE FUNCTION fail_%1() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE "
                                     "EXCEPTION 'injected'; END $$")
                          .arg(table)
                   << QStringLiteral("CREATE TRIGGER fail_%1 BEFORE INSERT ON %1 FOR EACH ROW %2 EXECUTE FUNCTION "
                                     "fail_%1()")
                          .arg(table, condition.isEmpty() ? QString() : QStringLiteral("WHEN (%1)").arg(condition));
    } else {
        statements << QStringLiteral("CREATE TRIGGER fail_%1 BEFORE INSERT ON %1 %2 BEGIN SELECT RAISE(ABORT, "
                                     "'injected'); END")
                          .arg(table, condition.isEmpty() ? QString() : QStringLiteral("WHEN %1").arg(condition));
    }
    for (const QString &sql : std::as_const(statements)) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            qWarning("cannot inject the failure: %s", qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

} // namespace dexdesk::test
