#pragma once

// Settings export and import: a JSON file with a format version and no secrets. Import checks
// the whole file before anything changes; diff() lists what an import would change (dry run).

#include "Settings.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace dexdesk {

class ProfileRepository;

class SettingsExchange
{
    Q_DECLARE_TR_FUNCTIONS(SettingsExchange)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileSize = 4 * 1024 * 1024;

    // `settings` as the user sees them: every installed profile is written, with its defaults
    // when it was never configured, so the file is complete on its own.
    static QByteArray exportJson(const Settings &settings, const ProfileRepository &profiles);

    // Parses and validates `data` against `current`: profiles in the file replace the current
    // ones; profiles not in the file are kept. On any problem returns false and a message.
    static bool importJson(const QByteArray &data, const Settings &current, const ProfileRepository &profiles,
                           Settings *result, QString *error);

    // Lines such as "jobFrequency: standard → high", for dry runs and confirmations.
    static QStringList diff(const Settings &before, const Settings &after, const ProfileRepository &profiles);

    static bool readFile(const QString &path, QByteArray *data, QString *error);
    static bool writeFile(const QString &path, const QByteArray &data, QString *error); // atomic
};

} // namespace dexdesk
