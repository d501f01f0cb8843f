#pragma once

// The rules of SPEC §2, in one place: the form marks fields with them, Save refuses on errors,
// and import and the CLI apply the same checks. Nothing here looks a host name up.

#include "SettingKeys.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dexdesk {

struct Profile;
class ProfileRepository;

struct UrlCheck {
    enum class Severity { Ok, Warning, Error };
    Severity severity = Severity::Ok;
    QString message;
};

struct ValidationIssue {
    enum class Severity { Warning, Error };
    QString field; // keyName() of a GeneralKey or a CommunicationKey ("dataUrl", "leas", ...)
    QString profileId; // empty for general fields
    Severity severity = Severity::Error;
    QString message; // translated, says what is wrong and what to do

    bool isError() const { return severity == Severity::Error; }
    bool concerns(GeneralKey key) const { return field == keyName(key); }
    bool concerns(CommunicationKey key) const { return field == keyName(key); }
};

class SettingsValidator
{
    Q_DECLARE_TR_FUNCTIONS(SettingsValidator)

public:
    static UrlCheck checkUrl(const QString &text);
    static bool isLoopbackHost(const QString &host);
    static QString checkLeaId(const QString &id); // empty when fine

    static QList<ValidationIssue> validateGeneral(const GeneralSettings &general, const ProfileRepository &profiles);
    // `systemEnabled` matters only for the selected profile (school years before On).
    static QList<ValidationIssue> validateCommunication(const CommunicationSettings &comm, const Profile &profile,
                                                        bool systemEnabled);
    static QList<ValidationIssue> validate(const Settings &settings, const ProfileRepository &profiles);

    static bool hasErrors(const QList<ValidationIssue> &issues);
    // "Data Exchange URL, School Years" — the fields with errors, for Save's refusal message.
    static QString errorFieldNames(const QList<ValidationIssue> &issues);
};

} // namespace dexdesk
