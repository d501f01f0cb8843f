#pragma once

// What a dexdesk-cli command works on: the database (the GUI's, or --database), the installed
// profiles, the OS keychain and a SettingsEditor over them, plus a blocking wait for the
// editor's asynchronous Save and Restore Defaults.

#include "ProfileRepository.h"

#include <QCoreApplication>

#include <memory>

namespace dexdesk {
class Database;
class KeychainSecretStore;
class SettingsEditor;
class SettingsStore;
} // namespace dexdesk

namespace dexdesk::cli {

class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext();
    ~CliContext();
    CliContext(const CliContext &) = delete;
    CliContext &operator=(const CliContext &) = delete;

    // Loads the profiles, opens and migrates the database and loads the saved settings.
    bool open(QString *error);

    const ProfileRepository &profiles() const { return m_profiles; }
    SettingsEditor &editor() { return *m_editor; }
    KeychainSecretStore &secrets() { return *m_secrets; }
    Database &database() { return *m_database; } // after a successful open()
    QString databasePath() const;

    // The installed profile `id`, or the selected one when `id` is empty. Null with a message
    // naming the installed profiles when there is no such profile.
    const Profile *profile(const QString &id, QString *error) const;

    // Profile files that could not be loaded ("file:line: problem"), as warnings on stderr.
    void warnAboutProfileErrors() const;

    // The LEA a one-off download or Unique ID run works for: the first enabled one with a key in
    // `comm`, with its secret read from the keychain (waited for). False with a message that says
    // what to do.
    bool firstSendingLea(const QString &profileId, const CommunicationSettings &comm, Lea *lea, QString *secret,
                         QString *error);

    // SettingsEditor::save() / restoreDefaults(), waited for. False with the editor's message.
    bool save(QString *message);
    bool restoreDefaults(QString *message);

private:
    bool waitForEditor(bool restoring, QString *message);

    ProfileRepository m_profiles;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<SettingsEditor> m_editor;
};

} // namespace dexdesk::cli
