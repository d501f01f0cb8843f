#pragma once

// Reads and writes Settings in the database. save() replaces everything in one transaction, so
// the stored settings are always a whole, valid set. Secrets never pass through here.

#include "AuditEntry.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace dexdesk {

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
    bool save(const Settings &settings, QString *error, const QList<AuditEntry> &audit = {},
              std::optional<bool> capture = std::nullopt);
    // Sets change capture on its own (the engine's start-up check that the flag matches the settings).
    static bool setCapture(QSqlDatabase db, bool enabled, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace dexdesk
