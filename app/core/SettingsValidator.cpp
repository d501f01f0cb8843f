#include "SettingsValidator.h"

#include "Profile.h"
#include "ProfileRepository.h"
#include "SettingsSchema.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace dexdesk {

namespace {

QString fieldLabel(const QString &key)
{
    if (const SettingField *f = SettingsSchema::field(key))
        return SettingsSchema::label(f->label);
    if (const CommunicationField *f = SettingsSchema::communicationField(key))
        return SettingsSchema::label(f->label);
    return key;
}

} // namespace

bool SettingsValidator::isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")))
        return true;
    QHostAddress address;
    return address.setAddress(h) && address.isLoopback();
}

UrlCheck SettingsValidator::checkUrl(const QString &text)
{
    using S = UrlCheck::Severity;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {S::Error, SettingsValidator::tr("Enter the address, starting with https://.")};
    if (trimmed.contains(QLatin1Char(' ')))
        return {S::Error, SettingsValidator::tr("The address must not contain spaces.")};
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return {S::Error, SettingsValidator::tr("This is not a valid address: %1.").arg(url.errorString())};
    const QString scheme = url.scheme().toLower();
    if (scheme.isEmpty() || url.host().isEmpty())
        return {S::Error, SettingsValidator::tr("Enter a complete address such as https://api.example.org/data/v3.")};
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return {S::Error, SettingsValidator::tr("The address must start with https:// (not %1://).").arg(scheme)};
    if (!url.userName().isEmpty() || !url.password().isEmpty())
        return {
            S::Error,
            SettingsValidator::tr("Remove the user name and password from the address; credentials belong in the LEA "
                                  "settings.")};
    if (url.hasFragment())
        return {S::Error, SettingsValidator::tr("Remove the part after '#' from the address.")};
    const bool loopback = isLoopbackHost(url.host());
    if (scheme == QLatin1String("http")) {
        if (!loopback)
            return {S::Error,
                    SettingsValidator::tr(
                        "Use https:// for an agency endpoint. Unencrypted http:// is accepted only for this "
                        "computer (localhost), for testing.")};
        return {S::Warning,
                SettingsValidator::tr(
                    "Unencrypted connection: acceptable for a local simulator on this computer, never for "
                    "a real agency.")};
    }
    return {};
}

QString SettingsValidator::checkLeaId(const QString &id)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
    if (id.trimmed().isEmpty())
        return SettingsValidator::tr("Enter the LEA identifier (the agency's number for the LEA).");
    if (!digits.match(id.trimmed()).hasMatch())
        return SettingsValidator::tr("The LEA identifier \"%1\" must be a number of up to 10 digits.").arg(id);
    return {};
}

QList<ValidationIssue> SettingsValidator::validateGeneral(const GeneralSettings &general,
                                                          const ProfileRepository &profiles)
{
    QList<ValidationIssue> issues;
    const SettingField &connections = SettingsSchema::field(GeneralKey::SimultaneousConnections);
    if (general.simultaneousConnections < connections.minimum || general.simultaneousConnections > connections.maximum)
        issues.append({connections.key,
                       {},
                       ValidationIssue::Severity::Error,
                       SettingsValidator::tr("Simultaneous Connections must be from %1 to %2.")
                           .arg(connections.minimum)
                           .arg(connections.maximum)});
    if (profiles.profiles().isEmpty())
        issues.append({keyName(GeneralKey::Profile),
                       {},
                       ValidationIssue::Severity::Error,
                       SettingsValidator::tr(
                           "No data exchange profile is installed. Import the profile file your state provides.")});
    else if (!general.profileId.isEmpty() && !profiles.find(general.profileId))
        issues.append(
            {keyName(GeneralKey::Profile),
             {},
             ValidationIssue::Severity::Error,
             SettingsValidator::tr("The profile \"%1\" is not installed. Choose another profile or import its file.")
                 .arg(general.profileId)});
    return issues;
}

QList<ValidationIssue> SettingsValidator::validateCommunication(const CommunicationSettings &comm,
                                                                const Profile &profile, bool systemEnabled)
{
    QList<ValidationIssue> issues;
    auto add = [&](CommunicationKey field, ValidationIssue::Severity severity, const QString &message) {
        issues.append({keyName(field), profile.id, severity, message});
    };

    for (CommunicationKey key : {CommunicationKey::DataUrl, CommunicationKey::AuthUrl}) {
        const UrlCheck check = checkUrl(key == CommunicationKey::DataUrl ? comm.dataUrl : comm.authUrl);
        if (check.severity == UrlCheck::Severity::Error)
            add(key, ValidationIssue::Severity::Error, check.message);
        else if (check.severity == UrlCheck::Severity::Warning)
            add(key, ValidationIssue::Severity::Warning, check.message);
    }

    for (int year : comm.schoolYears) {
        if (!profile.schoolYears.contains(year))
            add(CommunicationKey::SchoolYears, ValidationIssue::Severity::Error,
                SettingsValidator::tr("The profile does not offer the school year %1.").arg(schoolYearLabel(year)));
    }
    if (systemEnabled && comm.schoolYears.isEmpty())
        add(CommunicationKey::SchoolYears, ValidationIssue::Severity::Error,
            SettingsValidator::tr("Check at least one school year before turning the system On."));

    const Services unsupported = comm.services & ~profile.supportedServices;
    for (Service s : allServices()) {
        if (unsupported.testFlag(s))
            add(CommunicationKey::ServiceOptions, ValidationIssue::Severity::Error,
                SettingsValidator::tr("The profile does not support the %1 service.")
                    .arg(SettingsSchema::serviceLabel(s)));
    }

    QSet<QString> seen;
    for (const Lea &lea : comm.leas) {
        const QString idProblem = checkLeaId(lea.id);
        if (!idProblem.isEmpty()) {
            add(CommunicationKey::Leas, ValidationIssue::Severity::Error, idProblem);
            continue;
        }
        if (seen.contains(lea.id))
            add(CommunicationKey::Leas, ValidationIssue::Severity::Error,
                SettingsValidator::tr("The LEA %1 is listed twice.").arg(lea.id));
        seen.insert(lea.id);
        if (lea.name.size() > 75)
            add(CommunicationKey::Leas, ValidationIssue::Severity::Error,
                SettingsValidator::tr("The name of LEA %1 is longer than 75 characters.").arg(lea.id));
        if (lea.enabled && lea.authKey.trimmed().isEmpty())
            add(CommunicationKey::Leas, ValidationIssue::Severity::Error,
                SettingsValidator::tr("LEA %1 is enabled but has no authentication key.").arg(lea.id));
    }
    if (systemEnabled && comm.enabledLeaCount() == 0)
        add(CommunicationKey::Leas, ValidationIssue::Severity::Warning,
            SettingsValidator::tr("No LEA is enabled, so nothing will be exchanged."));
    return issues;
}

QList<ValidationIssue> SettingsValidator::validate(const Settings &settings, const ProfileRepository &profiles)
{
    QList<ValidationIssue> issues = validateGeneral(settings.general, profiles);
    const Profile *selected = profiles.resolve(settings.general.profileId);
    for (auto it = settings.profiles.cbegin(); it != settings.profiles.cend(); ++it) {
        const Profile *profile = profiles.find(it.key());
        if (!profile) {
            issues.append(
                {keyName(GeneralKey::Profile), it.key(), ValidationIssue::Severity::Error,
                 SettingsValidator::tr("Settings refer to the profile \"%1\", which is not installed.").arg(it.key())});
            continue;
        }
        issues += validateCommunication(it.value(), *profile, settings.general.systemEnabled && profile == selected);
    }
    if (selected && settings.general.systemEnabled && !settings.profiles.contains(selected->id))
        issues += validateCommunication(selected->defaults(), *selected, true);
    return issues;
}

bool SettingsValidator::hasErrors(const QList<ValidationIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ValidationIssue &i) { return i.isError(); });
}

QString SettingsValidator::errorFieldNames(const QList<ValidationIssue> &issues)
{
    QStringList names;
    for (const ValidationIssue &i : issues) {
        const QString name = fieldLabel(i.field);
        if (i.isError() && !names.contains(name))
            names << name;
    }
    return names.join(QStringLiteral(", "));
}

} // namespace dexdesk
