#include "SettingsReport.h"

#include "LeaListModel.h"
#include "Profile.h"
#include "ProfileRepository.h"
#include "SettingsSchema.h"
#include "SettingsValidator.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dexdesk::cli {

namespace {

QString communicationLabel(CommunicationKey key)
{
    return SettingsSchema::label(SettingsSchema::communicationField(key).label);
}

// The issues that concern what is shown: general fields and the shown profile.
QList<ValidationIssue> relevantIssues(const SettingsReportInput &in)
{
    QList<ValidationIssue> issues;
    for (const ValidationIssue &i : SettingsValidator::validate(*in.saved, *in.profiles)) {
        if (i.profileId.isEmpty() || i.profileId == in.profile->id)
            issues << i;
    }
    return issues;
}

} // namespace

CommunicationSettings SettingsReport::communication(const SettingsReportInput &in)
{
    return in.profile->in(*in.saved);
}

QString SettingsReport::generalValueText(const SettingsReportInput &in, const QString &key, const QVariant &value,
                                         bool locked)
{
    if (locked)
        return value.toBool() ? tr("On (always on)") : tr("Off");
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? tr("On") : tr("Off");
    GeneralKey id {};
    if (!generalKeyFromName(key, &id))
        return SettingsSchema::toText(value);
    if (id == GeneralKey::Profile) {
        const Profile *p = in.profiles->resolve(value.toString());
        return p ? tr("%1 (%2)").arg(p->name, p->id) : tr("(none installed)");
    }
    return SettingsSchema::choiceLabel(id, SettingsSchema::toText(value));
}

QStringList SettingsReport::text(const SettingsReportInput &in)
{
    QStringList lines;
    lines << tr("Database: %1").arg(QDir::toNativeSeparators(in.databasePath)) << QString();

    lines << tr("General settings:");
    for (const SettingField &f : SettingsSchema::generalFields()) {
        lines << QStringLiteral("  ") + SettingsSchema::label(f.label) + QStringLiteral(": ")
                + generalValueText(in, f.key, f.get(in.saved->general), f.locked);
    }
    lines << QString();

    const CommunicationSettings c = communication(in);
    const bool selected = in.profiles->resolve(in.saved->general.profileId) == in.profile;
    lines << (selected ? tr("Communication settings of the selected profile, %1 (%2):")
                       : tr("Communication settings of the profile %1 (%2), which is not the selected one:"))
                 .arg(in.profile->name, in.profile->id);
    if (!in.saved->profiles.contains(in.profile->id))
        lines << tr("  (the profile's defaults: these settings were never changed)");
    QStringList years;
    for (int y : c.schoolYears)
        years << schoolYearLabel(y);
    QStringList services;
    for (Service s : allServices()) {
        if (c.services.testFlag(s))
            services << SettingsSchema::serviceLabel(s);
    }
    lines << QStringLiteral("  ") + communicationLabel(CommunicationKey::DataUrl) + QStringLiteral(": ") + c.dataUrl;
    lines << QStringLiteral("  ") + communicationLabel(CommunicationKey::AuthUrl) + QStringLiteral(": ") + c.authUrl;
    lines << QStringLiteral("  ") + communicationLabel(CommunicationKey::SchoolYears) + QStringLiteral(": ")
            + (years.isEmpty() ? tr("(none)") : years.join(QStringLiteral(", ")));
    lines << QStringLiteral("  ") + communicationLabel(CommunicationKey::ServiceOptions) + QStringLiteral(": ")
            + (services.isEmpty() ? tr("(none)") : services.join(QStringLiteral(", ")));
    lines << QStringLiteral("  ") + communicationLabel(CommunicationKey::Leas) + QStringLiteral(": ")
            + LeaListModel::summary(c.leas); // the same words as the window's summary line
    for (const Lea &l : c.leas) {
        lines << tr("    LEA %1 \"%2\": enabled %3, key \"%4\", secret: %5")
                     .arg(l.id, l.name, l.enabled ? tr("Yes") : tr("No"), l.authKey,
                          SecretProbe::text(in.secrets.value(l.id, SecretState::NotChecked)));
    }

    const QList<ValidationIssue> issues = relevantIssues(in);
    if (!issues.isEmpty()) {
        lines << QString() << tr("Problems:");
        for (const ValidationIssue &i : issues)
            lines << (i.isError() ? tr("  error: %1") : tr("  warning: %1")).arg(i.message);
    }

    lines << QString() << tr("Installed profiles:");
    for (const Profile &p : in.profiles->profiles()) {
        lines << (in.profiles->resolve(in.saved->general.profileId) == &p ? tr("  %1: %2 (selected)") : tr("  %1: %2"))
                     .arg(p.id, p.name);
    }
    return lines;
}

QByteArray SettingsReport::json(const SettingsReportInput &in)
{
    QJsonObject general;
    for (const SettingField &f : SettingsSchema::generalFields())
        general.insert(f.key, QJsonValue::fromVariant(f.get(in.saved->general)));

    const CommunicationSettings c = communication(in);
    const Profile *selected = in.profiles->resolve(in.saved->general.profileId);
    QJsonArray years;
    QJsonArray yearLabels;
    for (int y : c.schoolYears) {
        years.append(y);
        yearLabels.append(schoolYearLabel(y));
    }
    QJsonArray leas;
    for (const Lea &l : c.leas) {
        leas.append(QJsonObject {
            {QStringLiteral("id"), l.id},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("enabled"), l.enabled},
            {QStringLiteral("key"), l.authKey},
            {QStringLiteral("secret"), SecretProbe::key(in.secrets.value(l.id, SecretState::NotChecked))},
        });
    }
    const QJsonObject communicationObject {
        {QStringLiteral("profile"), in.profile->id},
        {QStringLiteral("profileName"), in.profile->name},
        {QStringLiteral("selected"), selected == in.profile},
        {QStringLiteral("profileDefaults"), !in.saved->profiles.contains(in.profile->id)},
        {keyName(CommunicationKey::DataUrl), c.dataUrl},
        {keyName(CommunicationKey::AuthUrl), c.authUrl},
        {keyName(CommunicationKey::SchoolYears), years},
        {QStringLiteral("schoolYearLabels"), yearLabels},
        {keyName(CommunicationKey::ServiceOptions), QJsonArray::fromStringList(serviceNames(c.services))},
        {keyName(CommunicationKey::Leas), leas},
    };

    QJsonArray profiles;
    for (const Profile &p : in.profiles->profiles()) {
        profiles.append(QJsonObject {{QStringLiteral("id"), p.id},
                                     {QStringLiteral("name"), p.name},
                                     {QStringLiteral("selected"), selected == &p}});
    }
    QJsonArray profileErrors;
    for (const ProfileError &e : in.profiles->errors())
        profileErrors.append(e.toString());
    QJsonArray issues;
    for (const ValidationIssue &i : relevantIssues(in)) {
        issues.append(QJsonObject {
            {QStringLiteral("field"), i.field},
            {QStringLiteral("profile"), i.profileId},
            {QStringLiteral("severity"), i.isError() ? QStringLiteral("error") : QStringLiteral("warning")},
            {QStringLiteral("message"), i.message},
        });
    }

    const QJsonObject root {
        {QStringLiteral("database"), in.databasePath},          {QStringLiteral("general"), general},
        {QStringLiteral("communication"), communicationObject}, {QStringLiteral("profiles"), profiles},
        {QStringLiteral("profileErrors"), profileErrors},       {QStringLiteral("issues"), issues},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace dexdesk::cli
