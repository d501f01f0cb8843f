#pragma once

// What a dexdesk-cli command works on: the installed profiles, the secrets (the OS keychain, or
// what --secrets names) and the headless
// application (AppServices: the database, the GUI's or --database, with the settings editor,
// and for the commands that send, logging and purge scheduling wired as in the window), plus a
// blocking wait for the editor's asynchronous Save and Restore Defaults.

#include "AppServices.h"
#include "ProfileRepository.h"
#include "SecretSource.h"

#include <QCoreApplication>

#include <memory>

namespace dexdesk {
class Database;
class SecretStore;
class SettingsEditor;
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

    // What the command needs beyond the settings: the engine-running commands log (and `run`
    // purges on schedule) exactly as the window does.
    struct Needs {
        bool logging = false;
        bool purges = false;
    };

    // --verbose: the program's log messages are printed on standard error as well.
    static void setVerbose(bool verbose);
    // --secrets / DEXDESK_SECRETS: where LEA secrets are read from (the keychain by default).
    static void setSecretSource(const SecretSource &source);
    static SecretSource secretSource();

    // Loads the profiles, checks a secrets source other than the keychain (a secrets file that is
    // not private enough is refused here, before anything runs), opens and migrates the database
    // and loads the saved settings.
    bool open(QString *error) { return open(error, Needs()); }
    bool open(QString *error, Needs needs);

    const ProfileRepository &profiles() const { return m_profiles; }
    SettingsEditor &editor() const;
    SecretStore &secrets() { return *m_secrets; }
    Database &database(); // after a successful open()
    AppServices &services() { return *m_services; } // after a successful open()
    QString databasePath() const;

    // The installed profile `id`, or the selected one when `id` is empty. Null with a message
    // naming the installed profiles when there is no such profile.
    const Profile *profile(const QString &id, QString *error) const;

    // Profile files that could not be loaded ("file:line: problem"), as warnings on stderr.
    void warnAboutProfileErrors() const;

    // SettingsEditor::save() / restoreDefaults(), waited for. False with the editor's message.
    bool save(QString *message);
    bool restoreDefaults(QString *message);

private:
    bool waitForEditor(bool restoring, QString *message);

    ProfileRepository m_profiles;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<AppServices> m_services;
};

} // namespace dexdesk::cli
