#pragma once

// Runs the engine for the window and `dexdesk-cli run|publish`, from the main thread: takes the
// database's engine lock (one engine per SQLite file; SPEC §10), reads the LEA secrets from the
// keychain, starts the Engine on its own thread, follows saved settings changes through a
// SettingsWatcher (at once from this process, within its poll interval from another; System Off
// halts it; the keychain is read again only when a secret changed) and relays the engine's status.

#include "Engine.h"
#include "EngineConfig.h"

#include <QCoreApplication>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class QLockFile;
class QThread;

namespace dexdesk {

class Database;
class ProfileRepository;
class SecretStore;
class SettingsWatcher;

class EngineController : public QObject
{
    Q_OBJECT
public:
    EngineController(QString databasePath, const ProfileRepository *profiles, SecretStore *secrets,
                     QObject *parent = nullptr);
    ~EngineController() override; // halts the engine and waits for its thread

    // Scheduled runs while the saved settings say System On; the others run once by hand.
    // False (with a message) when it cannot start: another engine holds the database, the
    // settings cannot be read, or (Scheduled) the system is Off.
    bool start(Engine::Mode mode, QString *error);
    void stop(); // asynchronous; emits stopped()
    bool isRunning() const { return m_engine != nullptr; }
    void publishNow(bool all);
    void downloadNow();
    void requestUniqueIdsNow();
    void refresh(); // the saved settings may have changed: look now rather than at the watcher's next tick
    EngineStatus status() const { return m_status; }

    static QString lockFilePath(const QString &databasePath);
    // Who holds the engine lock of a database ("process 123 on host"), empty when nobody.
    // On PostgreSQL: the live engine instances of its registry, on any machine.
    static QString lockHolder(const QString &databasePath);
    // Takes the engine lock of a database, as start() does and as the one-off download and Unique
    // ID runs do, so nothing sends beside a running engine. Null with the holder when it is taken.
    static std::unique_ptr<QLockFile> takeLock(const QString &databasePath, QString *holder);

Q_SIGNALS:
    void statusChanged(const dexdesk::EngineStatus &status);
    void finished(bool complete, const dexdesk::PassSummary &total, const QString &message);
    void publishNowFinished(bool complete, const dexdesk::PassSummary &total, const QString &message);
    void stopped();
    void failed(const QString &message);

public:
    // How often a keychain that failed (locked, gone, not answering) is asked again while an LEA
    // waits for its secret; tests shorten it with DEXDESK_TEST_KEYCHAIN_RETRY_MS.
    static constexpr int kKeychainRetryMs = 15000;
    static constexpr const char *kKeychainRetryVariable = "DEXDESK_TEST_KEYCHAIN_RETRY_MS";

private:
    static QString fileLockHolder(const QString &databasePath);
    static QString instancesHolding(const QString &databasePath);
    bool configFor(const Settings &settings, EngineConfig *config, QString *error) const;
    bool reuseSecrets(EngineConfig *config) const; // the last secrets read, when they cover every LEA
    void readSecrets(EngineConfig config, std::function<void(const EngineConfig &)> done);
    void onSettingsChanged(const dexdesk::Settings &settings, bool secretsChanged);
    void launch(const EngineConfig &config);
    void cleanUp();

    QString m_databasePath;
    const ProfileRepository *m_profiles;
    SecretStore *m_secrets;
    Engine::Mode m_mode = Engine::Mode::Scheduled;
    std::unique_ptr<Database> m_database; // the main thread's own connection, for the settings watcher
    std::unique_ptr<SettingsWatcher> m_watcher;
    EngineConfig m_secretsRead; // the last keychain read: its profile and the secrets it found
    std::unique_ptr<QLockFile> m_lock; // SQLite only
    bool m_starting = false; // started, reading the secrets before the engine launches
    QThread *m_thread = nullptr;
    Engine *m_engine = nullptr;
    quint64 m_configGeneration = 0;
    QTimer m_keychainRetry; // while the last read met a keychain failure
    bool m_stopping = false;
    EngineStatus m_status;
};

} // namespace dexdesk
