#pragma once

// One row of the settings audit trail: when, which field, from what to what. Secrets never appear;
// a secret change is the field "lea.<id>.secret" with the new value AuditEntry::kSecretChanged.

#include <QDateTime>
#include <QString>

namespace dexdesk {

struct AuditEntry {
    static inline const QString kSecretChanged = QStringLiteral("changed");

    qint64 id = 0; // the database row id; 0 before it is stored
    qint64 atMs = 0; // UTC, milliseconds since the epoch; 0: the time of the save
    QString action; // "save", "import", "restore-defaults"
    QString profileId; // empty for the general settings
    QString field; // a SettingsSchema key, "dataUrl", "lea.<id>", "lea.<id>.name", "lea.<id>.secret", …
    QString oldValue;
    QString newValue;
    QString user; // the operating-system account that saved

    QDateTime at() const { return QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC); }
    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

} // namespace dexdesk
