#pragma once

// The settings audit trail (SPEC §6): works out what a save changes, field by field, and reads the
// recorded rows back for the audit view and `dexdesk-cli settings history`. The rows are written by
// SettingsStore::save() in the same transaction as the settings themselves.

#include "AuditEntry.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>

namespace dexdesk {

class ProfileRepository;

class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    using LeaRef = QPair<QString, QString>; // profile id, LEA id

    // One entry per changed field from `before` to `after` (profiles never configured count as their
    // defaults), plus "lea.<id>.secret" → "changed" for each LEA in `secretsChanged`.
    static QList<AuditEntry> diff(const Settings &before, const Settings &after, const ProfileRepository &profiles,
                                  const QList<LeaRef> &secretsChanged, const QString &action);

    // Newest first. `profileId` empty: every profile and the general settings.
    static bool read(QSqlDatabase db, int limit, int offset, QList<AuditEntry> *out, QString *error,
                     const QString &profileId = {});

    // "jobFrequency: standard → high" for views and the CLI.
    static QString describe(const AuditEntry &entry);
    static QString currentUser();
};

} // namespace dexdesk
