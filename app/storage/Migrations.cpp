#include "Migrations.h"

namespace dexdesk {

namespace {

QList<Migration> build()
{
    QList<Migration> list;
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
                                    "position INTEGER NOT NULL, name TEXT NOT NULL, enabled BOOLEAN NOT NULL, "
                                    "auth_key TEXT NOT NULL, PRIMARY KEY (profile_id, lea_id))"),
                 }});
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
