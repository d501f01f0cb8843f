#pragma once

// What `settings show` prints: the general settings (every SettingsSchema field), one profile's
// communication settings with its LEAs (never a secret, only whether one is stored), the
// installed profiles and the problems found, as text for people or as JSON with stable keys.

#include "SecretProbe.h"
#include "Settings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace dexdesk {
struct Profile;
class ProfileRepository;
} // namespace dexdesk

namespace dexdesk::cli {

struct SettingsReportInput {
    const Settings *saved = nullptr;
    const ProfileRepository *profiles = nullptr;
    const Profile *profile = nullptr; // the one whose communication settings are shown
    QHash<QString, SecretState> secrets; // by LEA id; missing entries are NotChecked
    QString databasePath;
};

class SettingsReport
{
    Q_DECLARE_TR_FUNCTIONS(SettingsReport)
public:
    static QStringList text(const SettingsReportInput &in);
    static QByteArray json(const SettingsReportInput &in);

private:
    static CommunicationSettings communication(const SettingsReportInput &in);
    static QString generalValueText(const SettingsReportInput &in, const QString &key, const QVariant &value,
                                    bool locked);
};

} // namespace dexdesk::cli
