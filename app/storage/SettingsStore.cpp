#include "SettingsStore.h"

#include "Database.h"
#include "SettingsSchema.h"
#include "SettingsWatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace dexdesk {

namespace {

QString yearsToText(const QList<int> &years)
{
    QStringList parts;
    for (int y : years)
        parts << QString::number(y);
    return parts.join(QLatin1Char(','));
}

QList<int> yearsFromText(const QString &text)
{
    QList<int> years;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int y = part.trimmed().toInt(&ok);
        if (ok && !years.contains(y))
            years << y;
    }
    std::sort(years.begin(), years.end());
    return years;
}

Services servicesFromText(const QString &text)
{
    Services services;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Service s = Service::None;
        if (serviceFromName(name.trimmed(), &s))
            services |= s;
    }
    return services;
}

} // namespace

SettingsStore::SettingsStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool SettingsStore::load(Settings *out, QString *error) const
{
    Settings s;
    s.general = SettingsSchema::defaults();

    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT key, value FROM settings"))) {
        *error = SettingsStore::tr("Cannot read the settings: %1").arg(Database::lastError(q));
        return false;
    }
    while (q.next()) {
        const SettingField *field = SettingsSchema::field(q.value(0).toString());
        QVariant value;
        if (field && !field->locked && SettingsSchema::checkValue(*field, q.value(1), &value).isEmpty())
            field->set(s.general, value);
    }

    if (!q.exec(QStringLiteral("SELECT profile_id, key, value FROM profile_settings"))) {
        *error = SettingsStore::tr("Cannot read the communication settings: %1").arg(Database::lastError(q));
        return false;
    }
    while (q.next()) {
        CommunicationSettings &c = s.profiles[q.value(0).toString()];
        CommunicationKey key {};
        if (!communicationKeyFromName(q.value(1).toString(), &key))
            continue;
        const QString value = q.value(2).toString();
        switch (key) {
        case CommunicationKey::DataUrl:
            c.dataUrl = value;
            break;
        case CommunicationKey::AuthUrl:
            c.authUrl = value;
            break;
        case CommunicationKey::SchoolYears:
            c.schoolYears = yearsFromText(value);
            break;
        case CommunicationKey::ServiceOptions:
            c.services = servicesFromText(value);
            break;
        case CommunicationKey::Leas:
            break; // the leas table holds them
        }
    }

    if (!q.exec(QStringLiteral("SELECT profile_id, lea_id, name, enabled, auth_key FROM leas "
                               "ORDER BY profile_id, position"))) {
        *error = SettingsStore::tr("Cannot read the LEA settings: %1").arg(Database::lastError(q));
        return false;
    }
    while (q.next()) {
        const QString profileId = q.value(0).toString();
        if (!s.profiles.contains(profileId))
            continue; // LEAs without their profile's row are leftovers; the save below never makes them
        s.profiles[profileId].leas.append(
            {q.value(1).toString(), q.value(2).toString(), q.value(3).toBool(), q.value(4).toString()});
    }
    *out = s;
    return true;
}

bool SettingsStore::save(const Settings &settings, QString *error, const QList<AuditEntry> &audit,
                         std::optional<bool> capture, bool secretsChanged)
{
    if (!m_db.transaction()) {
        *error
            = SettingsStore::tr("Cannot start saving: %1. Another program may be writing to the database; try again.")
                  .arg(m_db.lastError().text());
        return false;
    }
    QSqlQuery q(m_db);
    auto run = [&](const QString &sql, const QVariantList &values = {}) {
        if (!q.prepare(sql))
            return false;
        // A null QString binds as SQL NULL, which the NOT NULL columns refuse; an empty LEA name or key
        // (a disabled LEA still waiting for its key) and an empty list are valid values.
        for (const QVariant &v : values)
            q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral(""))
                                                                                     : v);
        return q.exec();
    };

    bool ok = run(QStringLiteral("DELETE FROM settings")) && run(QStringLiteral("DELETE FROM profile_settings"))
        && run(QStringLiteral("DELETE FROM leas"));
    for (const SettingField &field : SettingsSchema::generalFields()) {
        if (!ok)
            break;
        if (field.locked)
            continue;
        ok = run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                 {field.key, SettingsSchema::toText(field.get(settings.general))});
    }
    for (auto it = settings.profiles.cbegin(); ok && it != settings.profiles.cend(); ++it) {
        const CommunicationSettings &c = it.value();
        const QList<QPair<CommunicationKey, QString>> rows = {
            {CommunicationKey::DataUrl, c.dataUrl.trimmed()},
            {CommunicationKey::AuthUrl, c.authUrl.trimmed()},
            {CommunicationKey::SchoolYears, yearsToText(c.schoolYears)},
            {CommunicationKey::ServiceOptions, serviceNames(c.services).join(QLatin1Char(','))},
        };
        for (const auto &row : rows) {
            ok = ok
                && run(QStringLiteral("INSERT INTO profile_settings (profile_id, key, value) VALUES (?, ?, ?)"),
                       {it.key(), QString(keyName(row.first)), row.second});
        }
        for (int i = 0; ok && i < c.leas.size(); ++i) {
            const Lea &lea = c.leas.at(i);
            ok = run(QStringLiteral("INSERT INTO leas (profile_id, lea_id, position, name, enabled, auth_key) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {it.key(), lea.id.trimmed(), i, lea.name.trimmed(), lea.enabled ? 1 : 0, lea.authKey.trimmed()});
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = audit.cbegin(); ok && it != audit.cend(); ++it) {
        ok = run(QStringLiteral("INSERT INTO audit_trail (at, action, profile_id, field, old_value, new_value, "
                                "user_name) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 {it->atMs > 0 ? it->atMs : now, it->action, it->profileId, it->field, it->oldValue, it->newValue,
                  it->user});
    }
    if (ok && capture)
        ok = run(QStringLiteral("UPDATE capture_control SET enabled = ? WHERE id = 1"), {*capture ? 1 : 0});
    if (ok)
        ok = run(QStringLiteral("UPDATE settings_revision SET settings = settings + 1, secrets = secrets + ? "
                                "WHERE id = 1"),
                 {secretsChanged ? 1 : 0});
    if (!ok) {
        const QString reason = Database::lastError(q);
        m_db.rollback();
        *error = SettingsStore::tr("The settings could not be written to the database (%1). Nothing was saved.")
                     .arg(reason);
        return false;
    }
    if (!m_db.commit()) {
        const QString reason = m_db.lastError().text();
        m_db.rollback();
        *error = SettingsStore::tr("The settings could not be committed to the database (%1). Nothing was saved.")
                     .arg(reason);
        return false;
    }
    SettingsWatcher::notifySaved();
    return true;
}

bool SettingsStore::revision(QSqlDatabase db, SettingsRevision *out, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT settings, secrets FROM settings_revision WHERE id = 1")) || !q.next()) {
        *error = q.lastError().isValid() ? Database::lastError(q) : QStringLiteral("settings_revision has no row");
        return false;
    }
    out->settings = q.value(0).toLongLong();
    out->secrets = q.value(1).toLongLong();
    return true;
}

bool SettingsStore::setCapture(QSqlDatabase db, bool enabled, QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("UPDATE capture_control SET enabled = ? WHERE id = 1"))) {
        *error = Database::lastError(q);
        return false;
    }
    q.addBindValue(enabled ? 1 : 0);
    if (!q.exec()) {
        *error = Database::lastError(q);
        return false;
    }
    return true;
}

} // namespace dexdesk
