#include "SettingsExchange.h"

#include "Profile.h"
#include "ProfileRepository.h"
#include "SettingsSchema.h"
#include "SettingsValidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dexdesk {

namespace {

const QString kFormatName = QStringLiteral("dexdesk-settings");

QJsonObject communicationToJson(const CommunicationSettings &c)
{
    QJsonArray years;
    for (int y : c.schoolYears)
        years.append(y);
    QJsonArray leas;
    for (const Lea &lea : c.leas)
        leas.append(QJsonObject {{QStringLiteral("id"), lea.id},
                                 {QStringLiteral("name"), lea.name},
                                 {QStringLiteral("enabled"), lea.enabled},
                                 {QStringLiteral("key"), lea.authKey}});
    return {{keyName(CommunicationKey::DataUrl), c.dataUrl},
            {keyName(CommunicationKey::AuthUrl), c.authUrl},
            {keyName(CommunicationKey::SchoolYears), years},
            {keyName(CommunicationKey::ServiceOptions), QJsonArray::fromStringList(serviceNames(c.services))},
            {keyName(CommunicationKey::Leas), leas}};
}

bool checkKeys(const QJsonObject &o, const QStringList &allowed, const QString &where, QString *error)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().contains(QLatin1String("secret"), Qt::CaseInsensitive)) {
            *error = SettingsExchange::tr(
                         "%1 contains \"%2\". Settings files never hold secrets; remove it and set the secret with "
                         "the LEA settings or \"dexdesk-cli secret set\".")
                         .arg(where, it.key());
            return false;
        }
        if (!allowed.contains(it.key())) {
            *error = SettingsExchange::tr("%1 has an unknown field \"%2\".").arg(where, it.key());
            return false;
        }
    }
    return true;
}

bool communicationFromJson(const QJsonValue &value, const QString &where, CommunicationSettings *out, QString *error)
{
    if (!value.isObject()) {
        *error = SettingsExchange::tr("%1 must be an object.").arg(where);
        return false;
    }
    const QJsonObject o = value.toObject();
    if (!checkKeys(o, communicationKeyNames(), where, error))
        return false;
    for (CommunicationKey key : {CommunicationKey::DataUrl, CommunicationKey::AuthUrl}) {
        if (!o.value(keyName(key)).isString()) {
            *error = SettingsExchange::tr("%1: \"%2\" must be a text value.").arg(where, keyName(key));
            return false;
        }
    }
    CommunicationSettings c;
    c.dataUrl = o.value(keyName(CommunicationKey::DataUrl)).toString().trimmed();
    c.authUrl = o.value(keyName(CommunicationKey::AuthUrl)).toString().trimmed();

    const QJsonValue years = o.value(keyName(CommunicationKey::SchoolYears));
    if (!years.isArray()) {
        *error = SettingsExchange::tr("%1: \"schoolYears\" must be a list of years.").arg(where);
        return false;
    }
    for (const QJsonValue &y : years.toArray()) {
        const int year = y.toInt(-1);
        if (!y.isDouble() || double(year) != y.toDouble() || c.schoolYears.contains(year)) {
            *error = SettingsExchange::tr("%1: \"schoolYears\" must hold each year once, as a number such as 2027.")
                         .arg(where);
            return false;
        }
        c.schoolYears.append(year);
    }
    std::sort(c.schoolYears.begin(), c.schoolYears.end());

    const QJsonValue services = o.value(keyName(CommunicationKey::ServiceOptions));
    if (!services.isArray()) {
        *error = SettingsExchange::tr("%1: \"services\" must be a list.").arg(where);
        return false;
    }
    for (const QJsonValue &s : services.toArray()) {
        Service service = Service::None;
        if (!s.isString() || !serviceFromName(s.toString(), &service)) {
            *error = SettingsExchange::tr(
                         "%1: unknown service \"%2\" (expected dataChanges, download, publish or uniqueId).")
                         .arg(where, s.toVariant().toString());
            return false;
        }
        c.services |= service;
    }

    const QJsonValue leas = o.value(keyName(CommunicationKey::Leas));
    if (!leas.isArray()) {
        *error = SettingsExchange::tr("%1: \"leas\" must be a list.").arg(where);
        return false;
    }
    int index = 0;
    for (const QJsonValue &l : leas.toArray()) {
        const QString leaWhere = SettingsExchange::tr("%1, LEA %2").arg(where).arg(++index);
        if (!l.isObject()) {
            *error = SettingsExchange::tr("%1 must be an object.").arg(leaWhere);
            return false;
        }
        const QJsonObject lo = l.toObject();
        if (!checkKeys(lo,
                       {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("enabled"), QStringLiteral("key")},
                       leaWhere, error))
            return false;
        if (!lo.value(QStringLiteral("id")).isString() || !lo.value(QStringLiteral("enabled")).isBool()
            || !(lo.value(QStringLiteral("name")).isString() || lo.value(QStringLiteral("name")).isUndefined())
            || !(lo.value(QStringLiteral("key")).isString() || lo.value(QStringLiteral("key")).isUndefined())) {
            *error = SettingsExchange::tr(
                         "%1 needs \"id\" (text), \"enabled\" (true or false) and optionally \"name\" and \"key\" "
                         "(text).")
                         .arg(leaWhere);
            return false;
        }
        c.leas.append(
            {lo.value(QStringLiteral("id")).toString().trimmed(), lo.value(QStringLiteral("name")).toString().trimmed(),
             lo.value(QStringLiteral("enabled")).toBool(), lo.value(QStringLiteral("key")).toString().trimmed()});
    }
    *out = c;
    return true;
}

QString yearsText(const QList<int> &years)
{
    QStringList parts;
    for (int y : years)
        parts << schoolYearLabel(y);
    return parts.isEmpty() ? SettingsExchange::tr("(none)") : parts.join(QStringLiteral(", "));
}

QString leaText(const Lea &l)
{
    return SettingsExchange::tr("%1 \"%2\", enabled %3, key \"%4\"")
        .arg(l.id, l.name, l.enabled ? SettingsExchange::tr("Yes") : SettingsExchange::tr("No"), l.authKey);
}

} // namespace

QByteArray SettingsExchange::exportJson(const Settings &settings, const ProfileRepository &profiles)
{
    QJsonObject general;
    for (const SettingField &f : SettingsSchema::generalFields()) {
        if (!f.locked)
            general.insert(f.key, QJsonValue::fromVariant(f.get(settings.general)));
    }
    QJsonObject profileObjects;
    for (const Profile &p : profiles.profiles())
        profileObjects.insert(p.id, communicationToJson(p.in(settings)));
    const QJsonObject root {
        {QStringLiteral("format"), kFormatName},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("application"), QStringLiteral("DEX Desk " DEXDESK_VERSION)},
        {QStringLiteral("exportedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("general"), general},
        {QStringLiteral("profiles"), profileObjects},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool SettingsExchange::importJson(const QByteArray &data, const Settings &current, const ProfileRepository &profiles,
                                  Settings *result, QString *error)
{
    if (data.size() > kMaxFileSize) {
        *error = SettingsExchange::tr(
            "The file is larger than 4 MiB; a settings file is much smaller. Check that you chose the right "
            "file.");
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(data.left(parseError.offset).count('\n')) + 1;
        *error
            = SettingsExchange::tr("The file is not valid JSON (line %1: %2).").arg(line).arg(parseError.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != kFormatName) {
        *error = SettingsExchange::tr("This is not a DEX Desk settings file (\"format\" must be \"%1\").")
                     .arg(kFormatName);
        return false;
    }
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() != kFormatVersion) {
        *error = version.isDouble()
            ? SettingsExchange::tr("The file has format version %1; this version of DEX Desk reads version %2.")
                  .arg(version.toDouble())
                  .arg(kFormatVersion)
            : SettingsExchange::tr("\"formatVersion\" must be the number %1.").arg(kFormatVersion);
        return false;
    }
    if (!checkKeys(root,
                   {QStringLiteral("format"), QStringLiteral("formatVersion"), QStringLiteral("application"),
                    QStringLiteral("exportedAt"), QStringLiteral("general"), QStringLiteral("profiles")},
                   SettingsExchange::tr("The file"), error))
        return false;

    Settings s = current;
    const QJsonValue general = root.value(QStringLiteral("general"));
    if (!general.isUndefined()) {
        if (!general.isObject()) {
            *error = SettingsExchange::tr("\"general\" must be an object.");
            return false;
        }
        const QJsonObject g = general.toObject();
        for (auto it = g.constBegin(); it != g.constEnd(); ++it) {
            const SettingField *field = SettingsSchema::field(it.key());
            if (!field || field->locked) {
                *error = SettingsExchange::tr("\"general\" has an unknown field \"%1\".").arg(it.key());
                return false;
            }
            const bool typeOk = field->kind == SettingField::Kind::Bool ? it.value().isBool()
                : field->kind == SettingField::Kind::Int                ? it.value().isDouble()
                                                                        : it.value().isString();
            QVariant value;
            QString problem = typeOk
                ? SettingsSchema::checkValue(*field, it.value().toVariant(), &value)
                : SettingsExchange::tr("%1 has the wrong type.").arg(SettingsSchema::label(field->label));
            if (!problem.isEmpty()) {
                *error = problem;
                return false;
            }
            field->set(s.general, value);
        }
    }

    const QJsonValue profileValues = root.value(QStringLiteral("profiles"));
    if (!profileValues.isUndefined() && !profileValues.isObject()) {
        *error = SettingsExchange::tr("\"profiles\" must be an object.");
        return false;
    }
    const QJsonObject po = profileValues.toObject();
    for (auto it = po.constBegin(); it != po.constEnd(); ++it) {
        if (!profiles.find(it.key())) {
            *error = SettingsExchange::tr(
                         "The file has settings for the profile \"%1\", which is not installed here. Import that "
                         "profile first (File ▸ Import Profile…).")
                         .arg(it.key());
            return false;
        }
        CommunicationSettings c;
        if (!communicationFromJson(it.value(), SettingsExchange::tr("Profile \"%1\"").arg(it.key()), &c, error))
            return false;
        s.profiles.insert(it.key(), c);
    }

    const QList<ValidationIssue> issues = SettingsValidator::validate(s, profiles);
    QStringList problems;
    for (const ValidationIssue &i : issues) {
        if (i.isError())
            problems << (i.profileId.isEmpty()
                             ? i.message
                             : SettingsExchange::tr("Profile \"%1\": %2").arg(i.profileId, i.message));
    }
    if (!problems.isEmpty()) {
        *error
            = SettingsExchange::tr("The settings in the file are not valid: %1").arg(problems.join(QLatin1Char(' ')));
        return false;
    }
    *result = s;
    return true;
}

QStringList SettingsExchange::diff(const Settings &before, const Settings &after, const ProfileRepository &profiles)
{
    QStringList lines;
    const QString arrow = QStringLiteral(" → ");
    for (const SettingField &f : SettingsSchema::generalFields()) {
        const QString a = SettingsSchema::toText(f.get(before.general));
        const QString b = SettingsSchema::toText(f.get(after.general));
        if (a != b)
            lines << SettingsSchema::label(f.label) + QStringLiteral(": ") + a + arrow + b;
    }
    for (const Profile &p : profiles.profiles()) {
        const CommunicationSettings a = p.in(before);
        const CommunicationSettings b = p.in(after);
        if (a == b)
            continue;
        const QString prefix = p.name + QStringLiteral(" — ");
        auto label
            = [](CommunicationKey key) { return SettingsSchema::label(SettingsSchema::communicationField(key).label); };
        if (a.dataUrl != b.dataUrl)
            lines << prefix + label(CommunicationKey::DataUrl) + QStringLiteral(": ") + a.dataUrl + arrow + b.dataUrl;
        if (a.authUrl != b.authUrl)
            lines << prefix + label(CommunicationKey::AuthUrl) + QStringLiteral(": ") + a.authUrl + arrow + b.authUrl;
        if (a.schoolYears != b.schoolYears)
            lines << prefix + label(CommunicationKey::SchoolYears) + QStringLiteral(": ") + yearsText(a.schoolYears)
                    + arrow + yearsText(b.schoolYears);
        if (a.services != b.services)
            lines << prefix + label(CommunicationKey::ServiceOptions) + QStringLiteral(": ")
                    + serviceNames(a.services).join(QStringLiteral(", ")) + arrow
                    + serviceNames(b.services).join(QStringLiteral(", "));
        for (const Lea &l : a.leas) {
            const Lea *other = b.findLea(l.id);
            if (!other)
                lines << prefix + SettingsExchange::tr("LEA removed: %1").arg(leaText(l));
            else if (!(*other == l))
                lines << prefix + SettingsExchange::tr("LEA changed: %1").arg(leaText(l)) + arrow + leaText(*other);
        }
        for (const Lea &l : b.leas) {
            if (!a.findLea(l.id))
                lines << prefix + SettingsExchange::tr("LEA added: %1").arg(leaText(l));
        }
    }
    return lines;
}

bool SettingsExchange::readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = SettingsExchange::tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    if (f.size() > kMaxFileSize) {
        *error = SettingsExchange::tr(
                     "%1 is larger than 4 MiB; a settings file is much smaller. Check that you chose the right file.")
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    *data = f.readAll();
    return true;
}

bool SettingsExchange::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit()) {
        *error = SettingsExchange::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    return true;
}

} // namespace dexdesk
