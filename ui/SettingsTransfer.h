#pragma once

// The file actions of the settings: export, import with a dry-run preview, and importing a
// state-provided profile. Shared by the menu and the Restore Defaults confirmation.

#include <QCoreApplication>

class QString;
class QWidget;

namespace dexdesk {

class ProfileRepository;
class SettingsEditor;

class SettingsTransfer
{
    Q_DECLARE_TR_FUNCTIONS(SettingsTransfer)

public:
    // Asks for a file and writes the settings as shown (all profiles, no secrets). True when written.
    static bool exportSettings(QWidget *parent, const SettingsEditor &editor);
    // Asks for a file, checks all of it, shows what would change and on Apply saves it. An invalid
    // file changes nothing. True when the import was applied and a save started.
    static bool importSettings(QWidget *parent, SettingsEditor &editor);
    // Asks for a profile file and copies it into the user's profile folder. True when imported.
    static bool importProfile(QWidget *parent, ProfileRepository &profiles, const QString &targetDir);
};

} // namespace dexdesk
