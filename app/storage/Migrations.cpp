#include "Migrations.h"

#include "RecordSchema.h"

namespace dexdesk {

namespace {

QList<Migration> build()
{
    QList<Migration> list;
    // PostgreSQL ran nothing before the steps below were filled in, so their PostgreSQL lists were
    // free to change until then (leas.enabled became INTEGER, as in SQLite, so both bind the same).
    // 1: settings. Secrets are never stored here; the keychain holds them.
    list.append({1,
                 QStringLiteral("settings, per-profile communication settings and LEAs"),
                 {
                     QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE profile_settings (profile_id TEXT NOT NULL, key TEXT NOT NULL, "
                                    "value TEXT NOT NULL, PRIMARY KEY (profile_id, key))"),
                     QStringLiteral("CREATE TABLE leas (profile_id TEXT NOT NULL, lea_id TEXT NOT NULL, "
                                    "position INTEGER NOT NULL, name TEXT NOT NULL, enabled INTEGER NOT NULL, "
                                    "auth_key TEXT NOT NULL, PRIMARY KEY (profile_id, lea_id))"),
                 },
                 {
                     QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                     QStringLiteral("CREATE TABLE profile_settings (profile_id TEXT NOT NULL, key TEXT NOT NULL, "
                                    "value TEXT NOT NULL, PRIMARY KEY (profile_id, key))"),
                     QStringLiteral("CREATE TABLE leas (profile_id TEXT NOT NULL, lea_id TEXT NOT NULL, "
                                    "position INTEGER NOT NULL, name TEXT NOT NULL, enabled INTEGER NOT NULL, "
                                    "auth_key TEXT NOT NULL, PRIMARY KEY (profile_id, lea_id))"),
                 }});
    // 2: the log table (SPEC §9). at is UTC milliseconds since the epoch; level 0 error … 3 diagnostic.
    // The viewer always asks for the newest rows first, so every index ends with `at`.
    list.append({2,
                 QStringLiteral("log table"),
                 {
                     QStringLiteral("CREATE TABLE logs (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL, "
                                    "level INTEGER NOT NULL, category TEXT NOT NULL, lea TEXT, message TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX logs_at ON logs (at)"),
                     QStringLiteral("CREATE INDEX logs_level_at ON logs (level, at)"),
                     QStringLiteral("CREATE INDEX logs_category_at ON logs (category, at)"),
                     QStringLiteral("CREATE INDEX logs_lea_at ON logs (lea, at)"),
                 },
                 {
                     QStringLiteral("CREATE TABLE logs (id BIGSERIAL PRIMARY KEY, at BIGINT NOT NULL, "
                                    "level INTEGER NOT NULL, category TEXT NOT NULL, lea TEXT, message TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX logs_at ON logs (at)"),
                     QStringLiteral("CREATE INDEX logs_level_at ON logs (level, at)"),
                     QStringLiteral("CREATE INDEX logs_category_at ON logs (category, at)"),
                     QStringLiteral("CREATE INDEX logs_lea_at ON logs (lea, at)"),
                 }});
    // 3: the audit trail of saved settings (SPEC §6). Secrets appear only as "changed".
    list.append({3,
                 QStringLiteral("settings audit trail"),
                 {
                     QStringLiteral("CREATE TABLE audit_trail (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                                    "at INTEGER NOT NULL, action TEXT NOT NULL, profile_id TEXT NOT NULL, "
                                    "field TEXT NOT NULL, old_value TEXT NOT NULL, new_value TEXT NOT NULL, "
                                    "user_name TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX audit_trail_at ON audit_trail (at)"),
                 },
                 {
                     QStringLiteral("CREATE TABLE audit_trail (id BIGSERIAL PRIMARY KEY, at BIGINT NOT NULL, "
                                    "action TEXT NOT NULL, profile_id TEXT NOT NULL, field TEXT NOT NULL, "
                                    "old_value TEXT NOT NULL, new_value TEXT NOT NULL, user_name TEXT NOT NULL)"),
                     QStringLiteral("CREATE INDEX audit_trail_at ON audit_trail (at)"),
                 }});
    // 4: the district records, the change queue with its capture triggers, per-record publish
    // status and job runs (SPEC §7, §10). The statements come from RecordSchema, which must only
    // ever grow through a new step; on PostgreSQL the capture triggers are PL/pgSQL.
    list.append({4, QStringLiteral("district records, change queue and publish status"),
                 RecordSchema::createStatements(SqlDialect::SQLite),
                 RecordSchema::createStatements(SqlDialect::PostgreSQL)});
    // 5: downloaded agency data and its staging, unique-ID requests, the "needs a state ID" flag
    // on people, and each record's last failed request and answer for the Errors view (SPEC §7.1,
    // §11). school_year 0 is a shared (year-less) endpoint.
    QStringList five {
        QStringLiteral("CREATE TABLE descriptors (school_year INTEGER NOT NULL, descriptor TEXT NOT NULL, "
                       "namespace TEXT NOT NULL, code_value TEXT NOT NULL, short_description TEXT, description TEXT, "
                       "resource_id TEXT, change_version INTEGER, updated_at INTEGER NOT NULL, "
                       "PRIMARY KEY (school_year, descriptor, namespace, code_value))"),
        QStringLiteral("CREATE TABLE download_state (resource TEXT NOT NULL, school_year INTEGER NOT NULL, "
                       "change_version INTEGER NOT NULL DEFAULT 0, records INTEGER NOT NULL DEFAULT 0, "
                       "last_run_at INTEGER, PRIMARY KEY (resource, school_year))"),
        QStringLiteral("CREATE TABLE download_staging (id INTEGER PRIMARY KEY AUTOINCREMENT, run_id INTEGER NOT NULL, "
                       "resource TEXT NOT NULL, school_year INTEGER NOT NULL, kind TEXT NOT NULL, body TEXT NOT NULL, "
                       "fetched_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE INDEX download_staging_run ON download_staging (run_id, resource, school_year)"),
        QStringLiteral("CREATE INDEX download_staging_fetched ON download_staging (fetched_at)"),
        QStringLiteral("CREATE TABLE unique_id_requests (resource TEXT NOT NULL, school_year INTEGER NOT NULL, "
                       "local_id INTEGER NOT NULL, lea_id TEXT NOT NULL, state TEXT NOT NULL, candidates TEXT, "
                       "poll_url TEXT, assigned_id TEXT, attempts INTEGER NOT NULL DEFAULT 0, "
                       "next_attempt_at INTEGER NOT NULL DEFAULT 0, last_error TEXT, created_at INTEGER NOT NULL, "
                       "updated_at INTEGER NOT NULL, PRIMARY KEY (resource, school_year, local_id))"),
        QStringLiteral("CREATE INDEX unique_id_requests_state ON unique_id_requests (state, next_attempt_at)"),
        QStringLiteral("ALTER TABLE publish_status ADD COLUMN last_request TEXT"),
        QStringLiteral("ALTER TABLE publish_status ADD COLUMN last_response TEXT"),
        QStringLiteral("ALTER TABLE job_runs ADD COLUMN detail TEXT"),
    };
    list.append({5, QStringLiteral("downloaded agency data, unique-ID requests, failed request details"),
                 five + RecordSchema::addedColumns(5, SqlDialect::SQLite),
                 sql::ddl(SqlDialect::PostgreSQL, five) + RecordSchema::addedColumns(5, SqlDialect::PostgreSQL)
                     + QStringList {sql::postgresqlJsonFunction()}});
    // 6: the settings revision (issue 16). Every save raises `settings` in its own transaction, and
    // `secrets` when it wrote the keychain, so a running engine (in this process or another) learns
    // of a change with one cheap read, and reads the keychain again only when a secret changed.
    const QStringList six {
        QStringLiteral("CREATE TABLE settings_revision (id INTEGER PRIMARY KEY CHECK (id = 1), "
                       "settings BIGINT NOT NULL, secrets BIGINT NOT NULL)"),
        QStringLiteral("INSERT INTO settings_revision (id, settings, secrets) VALUES (1, 0, 0)"),
    };
    list.append({6, QStringLiteral("settings revision"), six, six});
    // 7: several engine instances on one PostgreSQL database (issue 12, docs/scale-out.md): a lease
    // per record being sent, the instance registry and the district's connection slots. SQLite gets
    // the same tables and columns so both schemas match, but its one engine never touches them.
    const QStringList seven {
        QStringLiteral("ALTER TABLE publish_status ADD COLUMN lease_owner INTEGER"),
        QStringLiteral("ALTER TABLE publish_status ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE TABLE engine_instances (id INTEGER PRIMARY KEY AUTOINCREMENT, host TEXT NOT NULL, "
                       "pid INTEGER NOT NULL, version TEXT NOT NULL, started_at INTEGER NOT NULL, "
                       "heartbeat_at INTEGER NOT NULL, in_flight INTEGER NOT NULL DEFAULT 0, "
                       "slots INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE connection_slots (slot INTEGER PRIMARY KEY, owner INTEGER, "
                       "lease_until INTEGER NOT NULL DEFAULT 0)"),
    };
    // New changes wake the instances (LISTEN dexdesk_changes) instead of their waiting for a poll;
    // one notification per statement, and PostgreSQL folds the same one within a transaction.
    const QStringList sevenPostgreSQL {
        QStringLiteral("CREATE INDEX publish_status_leased ON publish_status (lease_owner) "
                       "WHERE lease_owner IS NOT NULL"),
        QStringLiteral("CREATE FUNCTION dexdesk_changes_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "PERFORM pg_notify('dexdesk_changes', ''); RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER change_queue_notify AFTER INSERT ON change_queue FOR EACH STATEMENT "
                       "EXECUTE FUNCTION dexdesk_changes_notify()"),
        // A sequence number is drawn at insert but becomes visible at commit, so a transaction can
        // commit a lower seq after a higher one was taken in. Every transaction that writes the
        // change queue holds this lock shared until it ends; the ingest takes it exclusively (or
        // waits for its next pass), so it never reads past a seq that may still appear below it.
        QStringLiteral("CREATE FUNCTION dexdesk_capture_lock() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "PERFORM pg_advisory_xact_lock_shared(1684371556); RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER change_queue_capture_lock BEFORE INSERT ON change_queue FOR EACH STATEMENT "
                       "EXECUTE FUNCTION dexdesk_capture_lock()"),
    };
    list.append({7, QStringLiteral("engine instances, connection slots and record leases"), seven,
                 sql::ddl(SqlDialect::PostgreSQL, seven) + sevenPostgreSQL});
    return list;
}

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> list = build();
    return list;
}

int Migrations::latestVersion()
{
    return all().isEmpty() ? 0 : all().last().version;
}

QStringList Migrations::statements(const Migration &m, SqlDialect dialect)
{
    return dialect == SqlDialect::SQLite ? m.sqlite : m.postgresql;
}

} // namespace dexdesk
