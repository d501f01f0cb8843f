#pragma once

// What the tray icon shows and says, apart from the icon itself so it can be tested where no tray
// exists: the tooltip (System On/Off and the engine's state), the menu (Show, Publish Changes
// Now, Quit) and the decision when to notify — a new engine problem, or an LEA newly paused,
// while the window is hidden or minimised. MainWindow puts it into a QSystemTrayIcon.

#include "EngineConfig.h"

#include <QObject>
#include <QSet>

class QAction;
class QMenu;

namespace dexdesk {

class TrayController : public QObject
{
    Q_OBJECT
public:
    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    QMenu *menu() const { return m_menu; }
    QString toolTip() const;
    bool systemEnabled() const { return m_systemEnabled; }

    void setSystemEnabled(bool on);
    void setEngineStatus(const EngineStatus &status);
    void setEngineRunning(bool running); // Publish Changes Now needs a running engine
    void setWindowShown(bool shown); // notifications only while the window is out of sight

Q_SIGNALS:
    void showRequested();
    void publishChangesRequested();
    void quitRequested();
    void toolTipChanged(const QString &toolTip);
    void notify(const QString &title, const QString &message);

private:
    void update();

    QMenu *m_menu = nullptr;
    QAction *m_publishAction = nullptr;
    EngineStatus m_status;
    bool m_systemEnabled = false;
    bool m_windowShown = true;
    QString m_lastProblem; // the problem already told about
    QSet<QString> m_pausedLeas; // the paused LEAs already told about
};

} // namespace dexdesk
