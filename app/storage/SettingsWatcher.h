#pragma once

// Tells whoever follows the saved settings (the log levels, the purge schedule, a running engine)
// that they changed, with the new value: at once after a save in this process (SettingsStore
// calls notifySaved() after its commit) and within the poll interval after a save by another
// process on the same database (`dexdesk-cli settings set` while the window runs, or the other
// way round), by one read of the settings revision. `secretsChanged` says whether a save since the
// last report wrote the keychain, so followers read the secrets again only then.

#include "Settings.h"
#include "SettingsStore.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace dexdesk {

class SettingsWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 250;

    // `db` is a connection of the watcher's thread; it must outlive the watcher.
    explicit SettingsWatcher(QSqlDatabase db, QObject *parent = nullptr);

    // Reads the revision and the settings now (no signal), then watches. False with the reason
    // when the settings cannot be read.
    bool start(QString *error, int pollMs = kPollMs);
    void stop() { m_timer.stop(); }
    // Looks now instead of at the next tick; emits changed() when the revision moved.
    void check();

    const Settings &settings() const { return m_settings; }
    SettingsRevision revision() const { return m_revision; }

    // Every watcher of this process looks again: at once on this thread, queued on others.
    // Called by SettingsStore after a commit.
    static void notifySaved();

Q_SIGNALS:
    void changed(const dexdesk::Settings &settings, bool secretsChanged);
    void readFailed(const QString &error); // once per failure streak, not at every tick

private:
    QSqlDatabase m_db;
    QTimer m_timer;
    Settings m_settings;
    SettingsRevision m_revision;
    bool m_failing = false;
};

} // namespace dexdesk
