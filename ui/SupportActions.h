#pragma once

// The support technician's actions in the window: save a support bundle (the same archive as
// `dexdesk-cli diagnostics`) and purge obsolete rows now, after a preview of what would go. The
// slow parts run on a DatabaseWorker: a thread of their own with their own database connection.

#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

namespace dexdesk {

class Database;
class DatabaseWorker;
class SecretStore;
class SettingsEditor;

class SupportActions : public QObject
{
    Q_OBJECT
public:
    SupportActions(SettingsEditor *editor, SecretStore *secrets, QWidget *window);

    void setDatabasePath(const QString &path) { m_databasePath = path; }
    void setLogDirectory(const QString &path) { m_logDirectory = path; }
    bool isBusy() const { return m_busy; }

    void saveDiagnostics(); // asks for a file name, then writes the bundle
    void purgeNow(); // previews the counts, asks, then purges

Q_SIGNALS:
    void statusMessage(const QString &text);
    void finished(bool ok, const QString &message); // for tests and the status bar

private:
    void readSecrets(const QList<QPair<QString, QString>> &accounts, QStringList found,
                     const std::function<void(const QStringList &, bool complete)> &done);
    void writeBundle(const QString &path, const QStringList &knownSecrets, bool complete);
    void report(bool ok, const QString &message);
    struct WorkResult;
    // Runs `work` on the support worker and hands its result back on the GUI thread.
    void inBackground(std::function<void(Database *, WorkResult *)> work, std::function<void(const WorkResult &)> done);

    SettingsEditor *m_editor;
    SecretStore *m_secrets;
    QWidget *m_window;
    QString m_databasePath;
    QString m_logDirectory;
    DatabaseWorker *m_worker = nullptr; // made for m_databasePath when first needed
    bool m_busy = false;
};

} // namespace dexdesk
