#pragma once

// The headless application: one object that opens the database and wires settings, secrets,
// logging, purge scheduling and the engine the same way for the window (ui/main.cpp) and for
// dexdesk-cli (CliContext). Whatever follows the saved settings follows SettingsWatcher, so a
// save in this process applies at once and a save by another process within its poll interval:
// the log levels, the purge schedule and a running engine alike.

#include <QObject>
#include <QString>

#include <memory>

namespace dexdesk {

class Database;
class EngineController;
class ProfileRepository;
class PurgeScheduler;
class SecretStore;
class SettingsEditor;
class SettingsStore;
class SettingsWatcher;
struct Settings;

class AppServices : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString databasePath; // the SQLite file (Paths::databaseFile() in the programs)
        QString logDirectory; // the rotating log files; empty: none
        bool installLogging = false; // route Qt messages to the log table and files, at the saved levels
        bool echoLogToStderr = false; // with installLogging: also print each (redacted) message
        bool schedulePurges = false; // run the purger on the frequency's schedule while the system is On
    };

    // `profiles` and `secrets` belong to the caller and outlive this object.
    AppServices(const ProfileRepository *profiles, SecretStore *secrets, Options options, QObject *parent = nullptr);
    ~AppServices() override;

    // Opens and migrates the database, loads the saved settings and starts what follows them.
    // False with a message that says what to do.
    bool open(QString *error);

    const ProfileRepository &profiles() const { return *m_profiles; }
    SecretStore *secrets() const { return m_secrets; }
    Database &database() { return *m_database; }
    SettingsEditor &editor() { return *m_editor; }
    SettingsWatcher &watcher() { return *m_watcher; }
    PurgeScheduler *purgeScheduler() { return m_purgeScheduler.get(); } // null unless Options::schedulePurges
    QString databasePath() const;
    QString logDirectory() const { return m_options.logDirectory; }

    // The engine for this database, wired like the window's (one-off `publish` and `run` alike).
    std::unique_ptr<EngineController> makeEngineController(QObject *parent = nullptr) const;

    // Tests of the scheduled purge: DEXDESK_TEST_PURGE_INTERVAL_MS overrides the frequency's interval.
    static constexpr const char *kPurgeIntervalVariable = "DEXDESK_TEST_PURGE_INTERVAL_MS";

private:
    void follow(const Settings &saved);

    const ProfileRepository *m_profiles;
    SecretStore *m_secrets;
    Options m_options;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<SettingsEditor> m_editor;
    std::unique_ptr<SettingsWatcher> m_watcher;
    std::unique_ptr<PurgeScheduler> m_purgeScheduler;
    bool m_loggingInstalled = false;
};

} // namespace dexdesk
