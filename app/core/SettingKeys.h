#pragma once

// Every setting key, declared once. Code names a setting by its enum value, so a misspelt key does
// not compile; keyName() gives the stable text kept in the database, exports and on the CLI.

#include <QStringList>
#include <QStringView>

#include <array>
#include <cstddef>

namespace dexdesk {

// The general settings, in the order of the form and of SettingsSchema::generalFields().
enum class GeneralKey {
    SystemEnabled,
    LogErrors,
    LogWarnings,
    LogInfo,
    LogDiagnostic,
    JobFrequency,
    PurgePolicy,
    SimultaneousConnections,
    Profile,
};

// The communication settings that each profile has, in the order of the form.
enum class CommunicationKey {
    DataUrl,
    AuthUrl,
    SchoolYears,
    ServiceOptions, // "services"; the shorter name would shadow the Services flags type
    Leas,
};

inline constexpr std::array kGeneralKeys = {
    GeneralKey::SystemEnabled, GeneralKey::LogErrors,    GeneralKey::LogWarnings, GeneralKey::LogInfo,
    GeneralKey::LogDiagnostic, GeneralKey::JobFrequency, GeneralKey::PurgePolicy, GeneralKey::SimultaneousConnections,
    GeneralKey::Profile,
};
static_assert(kGeneralKeys.size() == std::size_t(GeneralKey::Profile) + 1, "kGeneralKeys lists every GeneralKey");

inline constexpr std::array kCommunicationKeys = {
    CommunicationKey::DataUrl,        CommunicationKey::AuthUrl, CommunicationKey::SchoolYears,
    CommunicationKey::ServiceOptions, CommunicationKey::Leas,
};
static_assert(kCommunicationKeys.size() == std::size_t(CommunicationKey::Leas) + 1,
              "kCommunicationKeys lists every CommunicationKey");

// The stable text of a key. Never change one: databases, settings files and scripts hold it.
// A key added to an enum without a name here fails to build (-Wswitch).
constexpr QLatin1StringView keyName(GeneralKey key)
{
    switch (key) {
    case GeneralKey::SystemEnabled:
        return QLatin1StringView("systemEnabled");
    case GeneralKey::LogErrors:
        return QLatin1StringView("logging.errors");
    case GeneralKey::LogWarnings:
        return QLatin1StringView("logging.warnings");
    case GeneralKey::LogInfo:
        return QLatin1StringView("logging.info");
    case GeneralKey::LogDiagnostic:
        return QLatin1StringView("logging.diagnostic");
    case GeneralKey::JobFrequency:
        return QLatin1StringView("jobFrequency");
    case GeneralKey::PurgePolicy:
        return QLatin1StringView("purgePolicy");
    case GeneralKey::SimultaneousConnections:
        return QLatin1StringView("simultaneousConnections");
    case GeneralKey::Profile:
        return QLatin1StringView("profile");
    }
    return {};
}

constexpr QLatin1StringView keyName(CommunicationKey key)
{
    switch (key) {
    case CommunicationKey::DataUrl:
        return QLatin1StringView("dataUrl");
    case CommunicationKey::AuthUrl:
        return QLatin1StringView("authUrl");
    case CommunicationKey::SchoolYears:
        return QLatin1StringView("schoolYears");
    case CommunicationKey::ServiceOptions:
        return QLatin1StringView("services");
    case CommunicationKey::Leas:
        return QLatin1StringView("leas");
    }
    return {};
}

// For the places that read a key as text (database rows, imported files, the command line).
// False, and *out untouched, when `name` is no key of that kind; the match is exact.
bool generalKeyFromName(QStringView name, GeneralKey *out);
bool communicationKeyFromName(QStringView name, CommunicationKey *out);

// The names of all communication keys, for checking the fields of an imported object.
QStringList communicationKeyNames();

} // namespace dexdesk
