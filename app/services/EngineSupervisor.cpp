#include "EngineSupervisor.h"

#include "Database.h"
#include "DatabaseWorker.h"
#include "ExchangeCounts.h"
#include "LogCategories.h"
#include "PublishQueue.h"
#include "SettingsEditor.h"

#include <QLoggingCategory>

namespace dexdesk {

EngineSupervisor::EngineSupervisor(QString databasePath, SettingsEditor *editor, const ProfileRepository *profiles,
                                   SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_editor(editor)
    , m_controller(std::move(databasePath), profiles, secrets)
{
    m_monitorTimer.setInterval(kMonitorPollMs);
    connect(&m_monitorTimer, &QTimer::timeout, this, &EngineSupervisor::pollMonitor);
    connect(&m_controller, &EngineController::statusChanged, this, &EngineSupervisor::setStatus);
    connect(&m_controller, &EngineController::failed, this, &EngineSupervisor::problem);
    connect(&m_controller, &EngineController::publishNowFinished, this,
            [this](bool complete, const PassSummary &total, const QString &message) {
                QString text = tr("Publish Now finished; records sent: %1.").arg(total.sent);
                if (!message.isEmpty())
                    text += QLatin1Char(' ') + message;
                Q_EMIT publishNowFinished(complete, text);
            });
    // Stopped by a save here, by a change made elsewhere (the CLI turned the system Off) or by a
    // failure: it starts again at the next save that says On, never in a loop by itself.
    connect(&m_controller, &EngineController::stopped, this, [this] { setStatus({}); });
}

void EngineSupervisor::attach()
{
    connect(m_editor, &SettingsEditor::saveFinished, this, [this](bool ok) {
        if (ok)
            follow();
    });
    connect(m_editor, &SettingsEditor::restoreFinished, this, [this](bool ok) {
        if (ok)
            follow();
    });
    follow();
}

void EngineSupervisor::follow()
{
    const GeneralSettings &general = m_editor->saved().general;
    if (!general.systemEnabled) {
        m_monitorTimer.stop();
        m_monitoring = false;
        if (m_controller.isRunning())
            m_controller.stop();
        else
            setStatus({});
        return;
    }
    if (m_controller.isRunning()) {
        m_controller.refresh();
        return;
    }
    const QString holder = EngineController::lockHolder(m_databasePath);
    if (!holder.isEmpty()) {
        m_monitoring = true;
        m_monitorTimer.start();
        pollMonitor();
        return;
    }
    m_monitoring = false;
    m_monitorTimer.stop();
    QString error;
    if (!m_controller.start(Engine::Mode::Scheduled, &error)) {
        EngineStatus s;
        s.problem = error;
        setStatus(s);
        Q_EMIT problem(error);
    }
}

void EngineSupervisor::pollMonitor()
{
    if (EngineController::lockHolder(m_databasePath).isEmpty()) {
        follow(); // the other engine stopped: this window takes over
        return;
    }
    if (m_monitorReading)
        return; // a slow read is still going: never pile them up
    // Counting a big queue takes a while: on a thread of its own with its own connection.
    if (!m_monitorWorker)
        m_monitorWorker = new DatabaseWorker(m_databasePath, QStringLiteral("dexdesk-engine-monitor"), this);
    m_monitorReading = true;
    m_monitorWorker->run<int>(
        [](Database &database, QString *error) {
            ExchangeCounts counts;
            if (!ExchangeCounts::read(database.connection(), &counts, error, 1))
                return -1;
            return counts.total().pending() + counts.unreadChanges;
        },
        [this](int depth, const QString &error) { onMonitorRead(error.isEmpty() ? depth : -1); });
}

void EngineSupervisor::onMonitorRead(int depth)
{
    m_monitorReading = false;
    if (!m_monitoring || depth < 0)
        return;
    EngineStatus s;
    s.state = EngineStatus::State::Monitoring;
    s.queueDepth = depth;
    setStatus(s);
}

void EngineSupervisor::setStatus(const EngineStatus &status)
{
    m_status = status;
    Q_EMIT statusChanged(status);
}

void EngineSupervisor::publishNow(bool all)
{
    m_controller.publishNow(all);
}

int EngineSupervisor::retryFailed(QString *error)
{
    std::unique_ptr<Database> db = Database::open(m_databasePath, error);
    if (!db)
        return -1;
    const int n = PublishQueue(db->connection()).retryFailed(error);
    if (n > 0)
        m_controller.publishNow(false);
    return n;
}

} // namespace dexdesk
