#pragma once

// Keeps the engine in step with the saved settings for the window: System On starts it, Off
// stops it, any other saved change reaches the running engine at once. When another process
// holds this database's engine lock it watches the database instead (a monitor, SPEC §10).

#include "EngineController.h"

#include <QObject>
#include <QTimer>

namespace dexdesk {

class DatabaseWorker;
class SettingsEditor;

class EngineSupervisor : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMonitorPollMs = 2000;

    EngineSupervisor(QString databasePath, SettingsEditor *editor, const ProfileRepository *profiles,
                     SecretStore *secrets, QObject *parent = nullptr);

    void attach(); // acts on the saved settings now and after every save
    EngineController *controller() { return &m_controller; }
    EngineStatus status() const { return m_status; }
    bool isRunning() const { return m_controller.isRunning(); }
    bool isMonitoring() const { return m_monitoring; }

    void publishNow(bool all);
    void downloadNow() { m_controller.downloadNow(); }
    void requestUniqueIdsNow() { m_controller.requestUniqueIdsNow(); }
    // Records rejected, stuck or waiting are sent again (the user asked).
    int retryFailed(QString *error);

Q_SIGNALS:
    void statusChanged(const dexdesk::EngineStatus &status);
    void problem(const QString &message); // the engine could not start or stopped on an error
    // A Publish Changes/All Now ended: one line saying what was sent and what is left, and why.
    void publishNowFinished(bool complete, const QString &summary);

private:
    void follow();
    void pollMonitor();
    void onMonitorRead(int depth);
    void setStatus(const EngineStatus &status);

    QString m_databasePath;
    SettingsEditor *m_editor;
    EngineController m_controller;
    QTimer m_monitorTimer;
    DatabaseWorker *m_monitorWorker = nullptr; // counts the queue depth off the GUI thread
    bool m_monitorReading = false;
    bool m_monitoring = false;
    EngineStatus m_status;
};

} // namespace dexdesk
