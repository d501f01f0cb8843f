#pragma once

// Helpers for the logging tests: an editor over a throwaway database with an in-memory keychain,
// and small readers for the log table and the log files.

#include "AppServices.h"
#include "LogFileSink.h"
#include "MemorySecretStore.h"
#include "SettingsEditor.h"
#include "SettingsStore.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>

#include <memory>

namespace dexdesk::test {

// The program's wiring (AppServices) over a throwaway database and an in-memory keychain, with
// `options` for logging and purge scheduling; the database path and log folder are filled in.
struct ServicesFixture {
    explicit ServicesFixture(AppServices::Options options)
    {
        options.databasePath = env.databasePath();
        options.logDirectory = env.path(QStringLiteral("logs"));
        services = std::make_unique<AppServices>(&profiles, &secrets, options);
        opened = services->open(&error);
    }

    TestEnvironment env;
    ProfileRepository profiles = TestEnvironment::shippedProfiles();
    MemorySecretStore secrets;
    std::unique_ptr<AppServices> services;
    QString error;
    bool opened = false;
};

struct EditorFixture {
    EditorFixture()
    {
        db = env.openDatabase();
        if (db) {
            store = std::make_unique<SettingsStore>(db->connection());
            editor = std::make_unique<SettingsEditor>(&profiles, store.get(), &secrets);
            QString error;
            loaded = editor->load(&error);
        }
    }
    ~EditorFixture()
    {
        editor.reset();
        store.reset();
    }

    TestEnvironment env;
    ProfileRepository profiles = TestEnvironment::shippedProfiles();
    MemorySecretStore secrets;
    std::unique_ptr<Database> db;
    std::unique_ptr<SettingsStore> store;
    std::unique_ptr<SettingsEditor> editor;
    bool loaded = false;
};

inline qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

inline QByteArray logFileBytes(const QString &directory)
{
    QByteArray all;
    for (const QString &path : LogFileSink::existingFiles(directory)) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

inline Lea lea(const QString &id, const QString &name, bool enabled, const QString &key)
{
    Lea l;
    l.id = id;
    l.name = name;
    l.enabled = enabled;
    l.authKey = key;
    return l;
}

} // namespace dexdesk::test
