#include "SettingsSchema.h"

#include <QCoreApplication>

#include <cmath>

namespace dexdesk {

namespace {

QList<SettingField> buildGeneralFields()
{
    using K = SettingField::Kind;
    QList<SettingField> f;
    f.append({GeneralKey::SystemEnabled,
              QT_TRANSLATE_NOOP("SettingsSchema", "System Enabled"),
              QT_TRANSLATE_NOOP("SettingsSchema",
                                "On runs the data exchange. Off halts every processor at once and "
                                "stops collecting changes; changes made while Off are not sent later "
                                "unless you run Publish All."),
              K::Bool,
              false,
              0,
              0,
              {},
              false,
              [](const GeneralSettings &g) { return QVariant(g.systemEnabled); },
              [](GeneralSettings &g, const QVariant &v) { g.systemEnabled = v.toBool(); }});
    f.append({GeneralKey::LogErrors,
              QT_TRANSLATE_NOOP("SettingsSchema", "Errors"),
              QT_TRANSLATE_NOOP("SettingsSchema",
                                "Errors are always recorded, in the database and in the log files. "
                                "This option cannot be turned off."),
              K::Bool,
              true,
              0,
              0,
              {},
              true,
              [](const GeneralSettings &) { return QVariant(true); },
              [](GeneralSettings &, const QVariant &) {}});
    f.append({GeneralKey::LogWarnings,
              QT_TRANSLATE_NOOP("SettingsSchema", "Warnings"),
              QT_TRANSLATE_NOOP("SettingsSchema",
                                "Records warnings: problems less severe than errors that may still keep "
                                "data from reaching the agency. Leave off unless asked."),
              K::Bool,
              false,
              0,
              0,
              {},
              false,
              [](const GeneralSettings &g) { return QVariant(g.logWarnings); },
              [](GeneralSettings &g, const QVariant &v) { g.logWarnings = v.toBool(); }});
    f.append({GeneralKey::LogInfo,
              QT_TRANSLATE_NOOP("SettingsSchema", "Info"),
              QT_TRANSLATE_NOOP("SettingsSchema",
                                "Records detail about what led to errors and warnings. Useful while "
                                "you investigate a problem; leave off otherwise."),
              K::Bool,
              false,
              0,
              0,
              {},
              false,
              [](const GeneralSettings &g) { return QVariant(g.logInfo); },
              [](GeneralSettings &g, const QVariant &v) { g.logInfo = v.toBool(); }});
    f.append({GeneralKey::LogDiagnostic,
              QT_TRANSLATE_NOOP("SettingsSchema", "Diagnostic"),
              QT_TRANSLATE_NOOP("SettingsSchema",
                                "Records very detailed technical information, mostly for support "
                                "staff. It can produce a large volume of log data."),
              K::Bool,
              false,
              0,
              0,
              {},
              false,
              [](const GeneralSettings &g) { return QVariant(g.logDiagnostic); },
              [](GeneralSettings &g, const QVariant &v) { g.logDiagnostic = v.toBool(); }});
    f.append({GeneralKey::JobFrequency,
              QT_TRANSLATE_NOOP("SettingsSchema", "Job Processing Frequency"),
              QT_TRANSLATE_NOOP("SettingsSchema",
                                "How often the processors run. Standard publishes queued changes every "
                                "30 seconds; High every 5 seconds; Low every 5 minutes."),
              K::Choice,
              frequencyName(Frequency::Standard),
              0,
              0,
              {frequencyName(Frequency::Low), frequencyName(Frequency::Standard), frequencyName(Frequency::High)},
              false,
              [](const GeneralSettings &g) { return QVariant(frequencyName(g.frequency)); },
              [](GeneralSettings &g, const QVariant &v) { frequencyFromName(v.toString(), &g.frequency); }});
    f.append({GeneralKey::PurgePolicy,
              QT_TRANSLATE_NOOP("SettingsSchema", "Purge Policy"),
              QT_TRANSLATE_NOOP("SettingsSchema",
                                "How long finished work and logs are kept before they are removed. "
                                "Typical keeps delivered changes 30 days and logs 30 days. Pending or "
                                "failed work is never purged."),
              K::Choice,
              purgePolicyName(PurgePolicy::Typical),
              0,
              0,
              {purgePolicyName(PurgePolicy::Aggressive), purgePolicyName(PurgePolicy::Typical),
               purgePolicyName(PurgePolicy::Seldom)},
              false,
              [](const GeneralSettings &g) { return QVariant(purgePolicyName(g.purgePolicy)); },
              [](GeneralSettings &g, const QVariant &v) { purgePolicyFromName(v.toString(), &g.purgePolicy); }});
    f.append({GeneralKey::SimultaneousConnections,
              QT_TRANSLATE_NOOP("SettingsSchema", "Simultaneous Connections"),
              QT_TRANSLATE_NOOP("SettingsSchema",
                                "The most requests sent to the agency at the same time, for all "
                                "processors and LEAs together (1 to 32). 5 is recommended; raise it "
                                "only if the agency allows it."),
              K::Int,
              5,
              1,
              32,
              {},
              false,
              [](const GeneralSettings &g) { return QVariant(g.simultaneousConnections); },
              [](GeneralSettings &g, const QVariant &v) { g.simultaneousConnections = v.toInt(); }});
    f.append({GeneralKey::Profile,
              QT_TRANSLATE_NOOP("SettingsSchema", "Data Exchange Profile"),
              QT_TRANSLATE_NOOP("SettingsSchema",
                                "The agency endpoint to exchange data with. Most districts have one "
                                "profile. The communication settings below belong to this profile."),
              K::Text,
              QString(),
              0,
              0,
              {},
              false,
              [](const GeneralSettings &g) { return QVariant(g.profileId); },
              [](GeneralSettings &g, const QVariant &v) { g.profileId = v.toString(); }});
    return f;
}

QList<CommunicationField> buildCommunicationFields()
{
    return {
        {CommunicationKey::DataUrl, QT_TRANSLATE_NOOP("SettingsSchema", "Data Exchange URL"),
         QT_TRANSLATE_NOOP("SettingsSchema",
                           "The base address of the agency's data API, for example "
                           "https://api.state.example.gov/data/v3. It must start with https:// "
                           "(http:// is accepted only for this computer, for testing).")},
        {CommunicationKey::AuthUrl, QT_TRANSLATE_NOOP("SettingsSchema", "Authentication URL"),
         QT_TRANSLATE_NOOP("SettingsSchema",
                           "The address where DEX Desk asks for an access token with each LEA's key "
                           "and secret, for example https://api.state.example.gov/oauth/token.")},
        {CommunicationKey::SchoolYears, QT_TRANSLATE_NOOP("SettingsSchema", "School Years"),
         QT_TRANSLATE_NOOP("SettingsSchema",
                           "The school years to exchange. At least one must be checked before the "
                           "system can be turned On.")},
        {CommunicationKey::ServiceOptions, QT_TRANSLATE_NOOP("SettingsSchema", "Service Options"),
         QT_TRANSLATE_NOOP("SettingsSchema",
                           "The services to run for this profile. Only the services the profile "
                           "supports can be selected.")},
        {CommunicationKey::Leas, QT_TRANSLATE_NOOP("SettingsSchema", "LEA Settings"),
         QT_TRANSLATE_NOOP("SettingsSchema",
                           "The local education agencies that exchange data through this profile, "
                           "each with its own authentication key and secret.")},
    };
}

} // namespace

const QList<SettingField> &SettingsSchema::generalFields()
{
    static const QList<SettingField> fields = buildGeneralFields();
    return fields;
}

const QList<CommunicationField> &SettingsSchema::communicationFields()
{
    static const QList<CommunicationField> fields = buildCommunicationFields();
    return fields;
}

const SettingField &SettingsSchema::field(GeneralKey key)
{
    for (const SettingField &f : generalFields()) {
        if (f.id == key)
            return f;
    }
    qFatal("SettingsSchema: no general field for the key %s", keyName(key).data());
}

const CommunicationField &SettingsSchema::communicationField(CommunicationKey key)
{
    for (const CommunicationField &f : communicationFields()) {
        if (f.id == key)
            return f;
    }
    qFatal("SettingsSchema: no communication field for the key %s", keyName(key).data());
}

const SettingField *SettingsSchema::field(const QString &key)
{
    GeneralKey id {};
    return generalKeyFromName(key, &id) ? &field(id) : nullptr;
}

const CommunicationField *SettingsSchema::communicationField(const QString &key)
{
    CommunicationKey id {};
    return communicationKeyFromName(key, &id) ? &communicationField(id) : nullptr;
}

GeneralSettings SettingsSchema::defaults()
{
    GeneralSettings g;
    for (const SettingField &f : generalFields())
        f.set(g, f.defaultValue);
    return g;
}

QString SettingsSchema::checkValue(const SettingField &field, const QVariant &in, QVariant *out)
{
    const QString name = label(field.label);
    switch (field.kind) {
    case SettingField::Kind::Bool: {
        if (in.typeId() == QMetaType::Bool) {
            *out = in;
            break;
        }
        const QString t = in.toString().trimmed().toLower();
        static const QStringList yes
            = {QStringLiteral("true"), QStringLiteral("on"), QStringLiteral("yes"), QStringLiteral("1")};
        static const QStringList no
            = {QStringLiteral("false"), QStringLiteral("off"), QStringLiteral("no"), QStringLiteral("0")};
        if (yes.contains(t))
            *out = true;
        else if (no.contains(t))
            *out = false;
        else
            return QCoreApplication::translate("SettingsSchema", "%1 must be on or off, not \"%2\".")
                .arg(name, in.toString());
        break;
    }
    case SettingField::Kind::Int: {
        bool ok = false;
        int v = 0;
        if (in.typeId() == QMetaType::Double) {
            // Range first: converting a double such as 1e300 to int is undefined (found by fuzzing).
            const double d = in.toDouble();
            ok = d >= field.minimum && d <= field.maximum && d == std::floor(d);
            if (ok)
                v = int(d);
        } else {
            v = in.toString().trimmed().toInt(&ok);
        }
        if (!ok || v < field.minimum || v > field.maximum)
            return QCoreApplication::translate("SettingsSchema", "%1 must be a whole number from %2 to %3, not \"%4\".")
                .arg(name)
                .arg(field.minimum)
                .arg(field.maximum)
                .arg(in.toString());
        *out = v;
        break;
    }
    case SettingField::Kind::Choice: {
        const QString t = in.toString().trimmed().toLower();
        if (!field.choices.contains(t))
            return QCoreApplication::translate("SettingsSchema", "%1 must be one of %2, not \"%3\".")
                .arg(name, field.choices.join(QStringLiteral(", ")), in.toString());
        *out = t;
        break;
    }
    case SettingField::Kind::Text:
        if (in.typeId() != QMetaType::QString && !in.canConvert<QString>())
            return QCoreApplication::translate("SettingsSchema", "%1 must be text.").arg(name);
        *out = in.toString().trimmed();
        break;
    }
    if (field.locked && *out != field.defaultValue)
        return QCoreApplication::translate("SettingsSchema", "%1 cannot be changed.").arg(name);
    return {};
}

QString SettingsSchema::toText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

QString SettingsSchema::label(const char *text)
{
    return QCoreApplication::translate("SettingsSchema", text);
}

QString SettingsSchema::help(const char *text)
{
    return QCoreApplication::translate("SettingsSchema", text);
}

QString SettingsSchema::choiceLabel(GeneralKey key, const QString &choice)
{
    if (key == GeneralKey::JobFrequency) {
        if (choice == frequencyName(Frequency::Low))
            return QCoreApplication::translate("SettingsSchema", "Low");
        if (choice == frequencyName(Frequency::Standard))
            return QCoreApplication::translate("SettingsSchema", "Standard");
        if (choice == frequencyName(Frequency::High))
            return QCoreApplication::translate("SettingsSchema", "High");
    } else if (key == GeneralKey::PurgePolicy) {
        if (choice == purgePolicyName(PurgePolicy::Aggressive))
            return QCoreApplication::translate("SettingsSchema", "Aggressive");
        if (choice == purgePolicyName(PurgePolicy::Typical))
            return QCoreApplication::translate("SettingsSchema", "Typical");
        if (choice == purgePolicyName(PurgePolicy::Seldom))
            return QCoreApplication::translate("SettingsSchema", "Seldom");
    }
    return choice;
}

QString SettingsSchema::serviceLabel(Service s)
{
    switch (s) {
    case Service::DataChanges:
        return QCoreApplication::translate("SettingsSchema", "Data Changes");
    case Service::Download:
        return QCoreApplication::translate("SettingsSchema", "Download");
    case Service::Publish:
        return QCoreApplication::translate("SettingsSchema", "Publish");
    case Service::UniqueId:
        return QCoreApplication::translate("SettingsSchema", "Unique ID");
    case Service::None:
        break;
    }
    return {};
}

QString SettingsSchema::serviceHelp(Service s)
{
    switch (s) {
    case Service::DataChanges:
        return QCoreApplication::translate("SettingsSchema",
                                           "Collect changes to local records and publish them to the agency "
                                           "automatically. Needs Publish to actually send them.");
    case Service::Download:
        return QCoreApplication::translate("SettingsSchema",
                                           "Fetch the agency's descriptors, LEAs and schools into the local "
                                           "database, so records can be checked before they are sent.");
    case Service::Publish:
        return QCoreApplication::translate("SettingsSchema",
                                           "Allow sending records to the agency. With Publish off, collected "
                                           "changes wait in the queue.");
    case Service::UniqueId:
        return QCoreApplication::translate("SettingsSchema",
                                           "Ask the agency for state unique IDs for students and staff who do "
                                           "not have one yet.");
    case Service::None:
        break;
    }
    return {};
}

} // namespace dexdesk
