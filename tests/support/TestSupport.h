#pragma once

// Helpers shared by the tests: a throwaway folder with a real database file, the shipped
// profiles, and a way to wait for the editor's asynchronous results.

#include "Database.h"
#include "ProfileRepository.h"
#include "SettingsEditor.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace dexdesk::test {

class TestEnvironment
{
public:
    TestEnvironment();

    QString path(const QString &name) const; // inside the throwaway folder
    QString databasePath() const { return path(QStringLiteral("dexdesk.sqlite")); }
    std::unique_ptr<Database> openDatabase() const; // QVERIFY-style: returns null and warns on failure
    static ProfileRepository shippedProfiles();

private:
    QTemporaryDir m_dir;
};

// Runs editor.save() or restoreDefaults() and waits for its result (at most `timeoutMs`).
struct EditorResult {
    bool finished = false;
    bool ok = false;
    QString message;
};
EditorResult saveAndWait(SettingsEditor &editor, int timeoutMs = 10000);
EditorResult restoreAndWait(SettingsEditor &editor, int timeoutMs = 10000);

// The whole file and, for SQLite, its -wal and -journal companions, for byte searches.
QByteArray databaseBytes(const QString &databasePath);

} // namespace dexdesk::test
