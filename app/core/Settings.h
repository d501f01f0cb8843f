#pragma once

// The settings a district edits on the General Setup page, as plain values.
// Defaults and help text live in SettingsSchema; communication defaults come from the profile.

#include <QFlags>
#include <QList>
#include <QMap>
#include <QString>

namespace dexdesk {

enum class Frequency { Low, Standard, High };
enum class PurgePolicy { Aggressive, Typical, Seldom };

enum class Service : unsigned {
    None = 0,
    DataChanges = 1,
    Download = 2,
    Publish = 4,
    UniqueId = 8,
};
Q_DECLARE_FLAGS(Services, Service)
Q_DECLARE_OPERATORS_FOR_FLAGS(Services)

struct Lea {
    QString id; // the LEA identifier (localEducationAgencyId)
    QString name;
    bool enabled = true;
    QString authKey; // the key is not secret; the secret lives in the keychain only

    friend bool operator==(const Lea &, const Lea &) = default;
};

// Settings that belong to one profile (SPEC §2, "Communication settings").
struct CommunicationSettings {
    QString dataUrl;
    QString authUrl;
    QList<int> schoolYears; // sorted ascending, no duplicates
    Services services;
    QList<Lea> leas;

    int enabledLeaCount() const;
    const Lea *findLea(const QString &id) const;

    friend bool operator==(const CommunicationSettings &, const CommunicationSettings &) = default;
};

// The members are only zero-initialised here: the defaults live in SettingsSchema (one table,
// with the help text beside them). Start from SettingsSchema::defaults().
struct GeneralSettings {
    bool systemEnabled = false;
    bool logWarnings = false;
    bool logInfo = false;
    bool logDiagnostic = false;
    Frequency frequency = Frequency::Low;
    PurgePolicy purgePolicy = PurgePolicy::Aggressive;
    int simultaneousConnections = 0;
    QString profileId; // empty means "the first profile"

    friend bool operator==(const GeneralSettings &, const GeneralSettings &) = default;
};

struct Settings {
    GeneralSettings general;
    QMap<QString, CommunicationSettings> profiles; // by profile id

    friend bool operator==(const Settings &, const Settings &) = default;
};

// Stable machine names used in the database, exports and the CLI.
QString frequencyName(Frequency f);
QString purgePolicyName(PurgePolicy p);
bool frequencyFromName(const QString &name, Frequency *out);
bool purgePolicyFromName(const QString &name, PurgePolicy *out);
QString serviceName(Service s);
bool serviceFromName(const QString &name, Service *out);
QList<Service> allServices();
QStringList serviceNames(Services s);
QString schoolYearLabel(int year); // 2026 -> "2025-2026"

} // namespace dexdesk
