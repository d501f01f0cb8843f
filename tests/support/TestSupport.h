#pragma once

// Helpers shared by the tests: a throwaway folder with a real database (an SQLite file, or, in the
// `_pg` runs of a test, a fresh database of its own on the PostgreSQL server that
// scripts/with-postgres.sh started), the shipped profiles, and a way to wait for the editor's
// asynchronous results.

#include "Database.h"
#include "ProfileRepository.h"
#include "SettingsEditor.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace dexdesk::test {

class TestEnvironment
{
public:
    // Where the database is: as the run says (SQLite, or PostgreSQL in a `_pg` run), or either one
    // regardless (a test that needs both, such as the copy from SQLite to PostgreSQL).
    enum class Kind { FromRun, SQLite, PostgreSQL };
    explicit TestEnvironment(Kind kind = Kind::FromRun);
    ~TestEnvironment();
    TestEnvironment(const TestEnvironment &) = delete;
    TestEnvironment &operator=(const TestEnvironment &) = delete;

    QString path(const QString &name) const; // inside the throwaway folder
    // The file path, or the postgresql:// URL of this environment's own database.
    QString databasePath() const { return m_database; }
    // True in a test's `_pg` run (ctest sets DEXDESK_TEST_DATABASE=postgresql).
    static bool onPostgreSQL();
    std::unique_ptr<Database> openDatabase() const; // QVERIFY-style: returns null and warns on failure
    static ProfileRepository shippedProfiles();

private:
    QTemporaryDir m_dir;
    QString m_database;
    QString m_postgresName; // the database made on the server, dropped again at the end
};

// Runs editor.save() or restoreDefaults() and waits for its result (at most `timeoutMs`).
struct EditorResult {
    bool finished = false;
    bool ok = false;
    QString message;
};
EditorResult saveAndWait(SettingsEditor &editor, int timeoutMs = 10000);
EditorResult restoreAndWait(SettingsEditor &editor, int timeoutMs = 10000);

// The whole file and, for SQLite, its -wal and -journal companions, for byte searches. For a
// PostgreSQL database: every row of every table as text.
QByteArray databaseBytes(const QString &databasePath);

// Makes every INSERT into `table` fail with the message "injected" — only the rows for which
// `condition` (an SQL expression over NEW) holds, when one is given — with SQLite's or PostgreSQL's
// trigger syntax, whichever `db` is. False with the database's error.
bool failInserts(QSqlDatabase db, const QString &table, const QString &condition = {});

} // namespace dexdesk::test
