#pragma once

// Reads and writes Settings in the database. save() replaces everything in one transaction, so
// the stored settings are always a whole, valid set. Secrets never pass through here.

#include "AuditEntry.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace dexdesk {

// How often the saved settings, and the LEA secrets, have been saved (migration 6).
struct SettingsRevision {
    qint64 settings = -1; // -1: not read yet
    qint64 secrets = -1;
    friend bool operator==(const SettingsRevision &, const SettingsRevision &) = default;
};

class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(SettingsStore)

public:
    explicit SettingsStore(QSqlDatabase db);

    // Defaults overlaid with what is stored; unknown keys are ignored.
    bool load(Settings *out, QString *error) const;
    // Writes `settings` and appends `audit` to the audit trail in the same transaction: both or
    // neither. Entries without a time get the time of the save.
    // `capture` switches change capture (System On and Data Changes) in the same transaction.
    // The settings revision goes up by one, and the secrets revision too when `secretsChanged`
    // (the save wrote the keychain); every SettingsWatcher of this process is told after the commit.
    bool save(const Settings &settings, QString *error, const QList<AuditEntry> &audit = {},
              std::optional<bool> capture = std::nullopt, bool secretsChanged = false);
    // The current revision: one row, one read (SettingsWatcher polls it).
    static bool revision(QSqlDatabase db, SettingsRevision *out, QString *error);
    // Sets change capture on its own (the engine's start-up check that the flag matches the settings).
    static bool setCapture(QSqlDatabase db, bool enabled, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace dexdesk
