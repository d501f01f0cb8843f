#include "AuditTrail.h"

#include "Database.h"
#include "Profile.h"
#include "ProfileRepository.h"
#include "SettingsSchema.h"

#include <QSqlQuery>

namespace dexdesk {

namespace {

CommunicationSettings effective(const Settings &s, const QString &profileId, const ProfileRepository &profiles)
{
    if (s.profiles.contains(profileId))
        return s.profiles.value(profileId);
    const Profile *p = profiles.find(profileId);
    return p ? p->defaults() : CommunicationSettings();
}

QString yearsText(const QList<int> &years)
{
    QStringList parts;
    for (int y : years)
        parts << QString::number(y);
    return parts.join(QLatin1Char(','));
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

QString leaSummary(const Lea &lea)
{
    return QStringLiteral("name=%1, enabled=%2, key=%3").arg(lea.name, boolText(lea.enabled), lea.authKey);
}

} // namespace

QList<AuditEntry> AuditTrail::diff(const Settings &before, const Settings &after, const ProfileRepository &profiles,
                                   const QList<LeaRef> &secretsChanged, const QString &action)
{
    QList<AuditEntry> out;
    const QString user = currentUser();
    const auto add
        = [&](const QString &profileId, const QString &field, const QString &oldValue, const QString &newValue) {
              if (oldValue != newValue)
                  out.append({0, 0, action, profileId, field, oldValue, newValue, user});
          };

    for (const SettingField &f : SettingsSchema::generalFields()) {
        if (!f.locked)
            add({}, f.key, SettingsSchema::toText(f.get(before.general)), SettingsSchema::toText(f.get(after.general)));
    }

    QStringList profileIds = before.profiles.keys() + after.profiles.keys();
    profileIds.removeDuplicates();
    profileIds.sort();
    for (const QString &id : std::as_const(profileIds)) {
        const CommunicationSettings b = effective(before, id, profiles);
        const CommunicationSettings a = effective(after, id, profiles);
        add(id, keyName(CommunicationKey::DataUrl), b.dataUrl.trimmed(), a.dataUrl.trimmed());
        add(id, keyName(CommunicationKey::AuthUrl), b.authUrl.trimmed(), a.authUrl.trimmed());
        add(id, keyName(CommunicationKey::SchoolYears), yearsText(b.schoolYears), yearsText(a.schoolYears));
        add(id, keyName(CommunicationKey::ServiceOptions), serviceNames(b.services).join(QLatin1Char(',')),
            serviceNames(a.services).join(QLatin1Char(',')));
        for (const Lea &old : b.leas) {
            const QString field = QStringLiteral("lea.") + old.id;
            if (const Lea *now = a.findLea(old.id)) {
                add(id, field + QStringLiteral(".name"), old.name, now->name);
                add(id, field + QStringLiteral(".enabled"), boolText(old.enabled), boolText(now->enabled));
                add(id, field + QStringLiteral(".key"), old.authKey, now->authKey);
            } else {
                add(id, field, leaSummary(old), QStringLiteral("removed"));
            }
        }
        for (const Lea &now : a.leas) {
            if (!b.findLea(now.id))
                add(id, QStringLiteral("lea.") + now.id, {}, leaSummary(now));
        }
    }

    for (const LeaRef &ref : secretsChanged)
        out.append({0,
                    0,
                    action,
                    ref.first,
                    QStringLiteral("lea.") + ref.second + QStringLiteral(".secret"),
                    {},
                    AuditEntry::kSecretChanged,
                    user});
    return out;
}

bool AuditTrail::read(QSqlDatabase db, int limit, int offset, QList<AuditEntry> *out, QString *error,
                      const QString &profileId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT id, at, action, profile_id, field, old_value, new_value, user_name "
                                 "FROM audit_trail");
    if (!profileId.isEmpty())
        sql += QStringLiteral(" WHERE profile_id = ?");
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ? OFFSET ?");
    q.prepare(sql);
    if (!profileId.isEmpty())
        q.addBindValue(profileId);
    q.addBindValue(qMax(0, limit));
    q.addBindValue(qMax(0, offset));
    if (!q.exec()) {
        *error = tr("Cannot read the audit trail: %1").arg(Database::lastError(q));
        return false;
    }
    out->clear();
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    return true;
}

QString AuditTrail::describe(const AuditEntry &entry)
{
    const QString field = entry.profileId.isEmpty() ? entry.field : entry.profileId + QLatin1Char('/') + entry.field;
    if (entry.newValue == AuditEntry::kSecretChanged && entry.field.endsWith(QLatin1String(".secret")))
        return tr("%1: changed").arg(field);
    const auto shown = [](const QString &v) { return v.isEmpty() ? QStringLiteral("\"\"") : v; };
    return tr("%1: %2 → %3").arg(field, shown(entry.oldValue), shown(entry.newValue));
}

QString AuditTrail::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace dexdesk
