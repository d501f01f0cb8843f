#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace dexdesk {

namespace {

Database::OpenHook &openHook()
{
    static Database::OpenHook hook;
    return hook;
}

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return QStringLiteral("dexdesk-%1-%2").arg(quintptr(QThread::currentThreadId())).arg(counter.fetch_add(1));
}

// What to do about a file that is not a usable database; the same words for every such refusal.
QString damagedAdvice()
{
    return Database::tr("DEX Desk left the file unchanged. Restore it from a backup, or choose another file with "
                        "--database (a file that does not exist yet starts an empty database).");
}

} // namespace

Database::Database(QString connectionName, QString path, SqlDialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_dialect(dialect)
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::lastError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    return e.isValid() ? e.text() : QString();
}

SqlDialect Database::dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? SqlDialect::PostgreSQL : SqlDialect::SQLite;
}

qint64 Database::insertedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : query.lastInsertId().toLongLong();
    query.finish();
    return id;
}

QString Database::describe() const
{
    return m_dialect == SqlDialect::SQLite ? QDir::toNativeSeparators(m_path) : m_path;
}

std::unique_ptr<Database> Database::open(const QString &location, QString *error)
{
    DatabaseLocation parsed;
    if (!DatabaseLocation::parse(location, &parsed, error))
        return nullptr;
    if (parsed.isPostgreSQL())
        return openPostgreSQL(parsed, error);
    return openSqlite(parsed.filePath(), error);
}

std::unique_ptr<Database> Database::openPostgreSQL(const DatabaseLocation &location, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = Database::tr("The PostgreSQL driver for Qt is missing, so DEX Desk cannot open %1. Install the "
                              "package libqt6sql6-psql (Debian, Ubuntu) or your system's Qt 6 PostgreSQL driver.")
                     .arg(location.toString());
        return nullptr;
    }
    std::unique_ptr<Database> database(new Database(nextConnectionName(), location.toString(), SqlDialect::PostgreSQL));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
        db.setHostName(location.host());
        db.setPort(location.port());
        db.setUserName(location.user());
        db.setDatabaseName(location.databaseName());
        // No password is ever set here: libpq finds it in ~/.pgpass, PGPASSFILE or a service file.
        QString options = location.connectOptions();
        if (!options.contains(QLatin1String("connect_timeout=")))
            options += (options.isEmpty() ? QString() : QStringLiteral(";")) + QStringLiteral("connect_timeout=10");
        db.setConnectOptions(options);
        if (!db.open()) {
            *error = Database::tr("Cannot connect to the PostgreSQL database %1: %2. Check that the server runs and "
                                  "accepts connections from this machine, that the user and database exist, and that "
                                  "the password is in ~/.pgpass (or the file PGPASSFILE names).")
                         .arg(database->m_path, db.lastError().text().trimmed());
            return nullptr;
        }
        QSqlQuery q(db);
        // Notices (e.g. "relation already exists, skipping") are not errors; a lock held by another
        // connection is waited for as long as SQLite's busy timeout, then reported.
        if (!q.exec(QStringLiteral("SET client_min_messages = warning"))
            || !q.exec(QStringLiteral("SET lock_timeout = '5s'"))) {
            *error = Database::tr("The PostgreSQL database %1 does not accept DEX Desk's session settings: %2")
                         .arg(database->m_path, lastError(q));
            return nullptr;
        }
    }
    if (!database->migrate(error))
        return nullptr;
    return database;
}

std::unique_ptr<Database> Database::openSqlite(const QString &path, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        *error = Database::tr("The SQLite driver for Qt is missing. Install the package libqt6sql6-sqlite.");
        return nullptr;
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = Database::tr("Cannot create the folder %1 for the database. Check that you may write there, or "
                              "choose another file with --database.")
                     .arg(QDir::toNativeSeparators(info.absolutePath()));
        return nullptr;
    }
    // SQLite would open a read-only file and fail only at the first write, deep inside a save or a
    // publish; as root (a service, a container) it would even write to it. A file this user may not
    // write to, or that nobody may write to (root passes every access check), is refused here,
    // before anything touches it.
    const bool noWriteBit = !(info.permissions() & (QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther));
    if (info.exists() && (noWriteBit || !info.isWritable())) {
        *error = Database::tr("The database %1 is read-only (its permissions allow no writing), and DEX Desk must "
                              "write to it. DEX Desk left it unchanged. Make it writable (for example \"chmod u+w "
                              "%1\"), or choose another file with --database.")
                     .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
        return nullptr;
    }
    std::unique_ptr<Database> database(new Database(nextConnectionName(), info.absoluteFilePath(), SqlDialect::SQLite));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(database->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error
                = Database::tr("Cannot open the database %1: %2. Check the file's permissions, or choose another file "
                               "with --database.")
                      .arg(QDir::toNativeSeparators(database->m_path), db.lastError().text());
            return nullptr;
        }
        QSqlQuery q(db);
        // WAL lets the engine write while windows read; foreign keys are off by default in SQLite.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(QStringLiteral("PRAGMA foreign_keys=ON"))
            || !q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"))) {
            *error = Database::tr("The file %1 is not a usable DEX Desk database: %2. %3")
                         .arg(QDir::toNativeSeparators(database->m_path), lastError(q), damagedAdvice());
            return nullptr;
        }
    }
    if (!database->migrate(error))
        return nullptr;
    if (openHook())
        openHook()(database->connection());
    return database;
}

void Database::setOpenHookForTesting(OpenHook hook)
{
    openHook() = std::move(hook);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Database::migrate(QString *error)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                               "description TEXT NOT NULL, applied_at TEXT NOT NULL)"))) {
        *error
            = Database::tr("%1 is not a usable DEX Desk database: %2. %3")
                  .arg(describe(), lastError(q),
                       m_dialect == SqlDialect::SQLite ? damagedAdvice()
                                                       : Database::tr("Check that this database belongs to DEX Desk "
                                                                      "and that your user may create tables in it."));
        return false;
    }
    const int current = schemaVersion();
    const int latest = Migrations::latestVersion();
    if (current > latest) {
        *error
            = Database::tr("The database %1 was written by a newer version of DEX Desk (schema %2; this program knows "
                           "schema %3). Use the newer version of DEX Desk, or choose another database with --database.")
                  .arg(describe())
                  .arg(current)
                  .arg(latest);
        return false;
    }
    for (const Migration &m : Migrations::all()) {
        if (m.version <= current)
            continue;
        if (!db.transaction()) {
            *error = Database::tr("Cannot start a transaction on %1: %2. Another program may be holding the database.")
                         .arg(describe(), db.lastError().text());
            return false;
        }
        QSqlQuery step(db);
        QString failure;
        if (m_dialect == SqlDialect::PostgreSQL) {
            // Several programs may start on one server at once: one migrates, the others wait
            // for it here and then find the step done.
            if (!step.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7263870)"))) {
                failure = lastError(step);
            } else if (schemaVersion() >= m.version) {
                db.rollback();
                continue;
            }
        }
        for (const QString &sql : Migrations::statements(m, m_dialect)) {
            if (!failure.isEmpty())
                break;
            if (!step.exec(sql)) {
                failure = lastError(step);
                break;
            }
        }
        if (failure.isEmpty()) {
            step.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) "
                                        "VALUES (?, ?, ?)"));
            step.addBindValue(m.version);
            step.addBindValue(m.description);
            step.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (!step.exec())
                failure = lastError(step);
        }
        if (!failure.isEmpty() || !db.commit()) {
            db.rollback();
            *error = Database::tr("Updating the database %1 to schema %2 failed: %3. Nothing was changed.")
                         .arg(describe())
                         .arg(m.version)
                         .arg(failure.isEmpty() ? db.lastError().text() : failure);
            return false;
        }
    }
    return true;
}

} // namespace dexdesk
