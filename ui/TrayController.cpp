#include "TrayController.h"

#include <QAction>
#include <QLocale>
#include <QMenu>

namespace dexdesk {

TrayController::TrayController(QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *show = m_menu->addAction(tr("&Show DEX Desk"));
    show->setObjectName(QStringLiteral("trayShowAction"));
    connect(show, &QAction::triggered, this, &TrayController::showRequested);
    m_publishAction = m_menu->addAction(tr("Publish &Changes Now"));
    m_publishAction->setObjectName(QStringLiteral("trayPublishChangesAction"));
    connect(m_publishAction, &QAction::triggered, this, &TrayController::publishChangesRequested);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quit, &QAction::triggered, this, &TrayController::quitRequested);
    setEngineRunning(false);
}

TrayController::~TrayController()
{
    delete m_menu; // a menu of the tray has no parent widget
}

QString TrayController::toolTip() const
{
    QString text = QStringLiteral("DEX Desk — ") + (m_systemEnabled ? tr("System: On") : tr("System: Off"));
    text += QLatin1Char('\n') + tr("Engine: %1").arg(m_status.stateText());
    if (m_status.queueDepth > 0)
        text += QStringLiteral(" · ") + tr("%1 queued").arg(QLocale().toString(m_status.queueDepth));
    if (!m_status.pausedLeas.isEmpty())
        text += QLatin1Char('\n') + tr("Paused LEAs: %1").arg(m_status.pausedLeas.join(QStringLiteral(", ")));
    return text;
}

void TrayController::setSystemEnabled(bool on)
{
    if (on == m_systemEnabled)
        return;
    m_systemEnabled = on;
    update();
}

void TrayController::setEngineRunning(bool running)
{
    m_publishAction->setEnabled(running);
}

void TrayController::setWindowShown(bool shown)
{
    m_windowShown = shown;
}

void TrayController::setEngineStatus(const EngineStatus &status)
{
    m_status = status;
    // Told once each: a problem until it clears, an LEA until it is no longer paused. While the
    // window is in view its status bar says the same, so nothing pops up, but it counts as told.
    QStringList newlyPaused;
    for (const QString &lea : status.pausedLeas) {
        if (!m_pausedLeas.contains(lea))
            newlyPaused << lea;
    }
    m_pausedLeas = QSet<QString>(status.pausedLeas.cbegin(), status.pausedLeas.cend());
    const bool newProblem = !status.problem.isEmpty() && status.problem != m_lastProblem;
    m_lastProblem = status.problem;
    if (!m_windowShown) {
        if (!newlyPaused.isEmpty())
            Q_EMIT notify(tr("LEA Paused"),
                          tr("The agency rejected the key or secret of LEA %1, so its records wait. Open DEX Desk "
                             "and check the LEA settings.")
                              .arg(newlyPaused.join(QStringLiteral(", "))));
        else if (newProblem)
            Q_EMIT notify(tr("DEX Desk Needs Attention"), status.problem);
    }
    update();
}

void TrayController::update()
{
    Q_EMIT toolTipChanged(toolTip());
}

} // namespace dexdesk
