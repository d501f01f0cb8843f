#include "AppServices.h"

#include "Database.h"
#include "EngineController.h"
#include "Logging.h"
#include "PurgeScheduler.h"
#include "SettingsEditor.h"
#include "SettingsStore.h"
#include "SettingsWatcher.h"

namespace dexdesk {

AppServices::AppServices(const ProfileRepository *profiles, SecretStore *secrets, Options options, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_options(std::move(options))
{ }

AppServices::~AppServices()
{
    // What uses the connection goes before the database closes it; the log is written out last.
    m_purgeScheduler.reset();
    m_watcher.reset();
    m_editor.reset();
    m_store.reset();
    if (m_loggingInstalled)
        Logging::shutdown();
    m_database.reset();
}

bool AppServices::open(QString *error)
{
    m_database = Database::open(m_options.databasePath, error);
    if (!m_database)
        return false;
    m_store = std::make_unique<SettingsStore>(m_database->connection());
    m_editor = std::make_unique<SettingsEditor>(m_profiles, m_store.get(), m_secrets);
    if (!m_editor->load(error))
        return false;
    m_watcher = std::make_unique<SettingsWatcher>(m_database->connection());
    if (!m_watcher->start(error))
        return false;

    if (m_options.installLogging) {
        Logging::Options logging;
        logging.databasePath = m_database->path();
        logging.logDirectory = m_options.logDirectory;
        logging.levels = LogLevels::fromSettings(m_watcher->settings().general);
        logging.echoToStderr = m_options.echoLogToStderr;
        Logging::install(logging);
        m_loggingInstalled = true;
    }
    if (m_options.schedulePurges) {
        m_purgeScheduler = std::make_unique<PurgeScheduler>(m_database->path(), m_options.logDirectory);
        const int override = qEnvironmentVariableIntValue(kPurgeIntervalVariable);
        if (override > 0)
            m_purgeScheduler->setIntervalOverrideMs(override);
    }
    connect(m_watcher.get(), &SettingsWatcher::changed, this, [this](const Settings &saved) { follow(saved); });
    follow(m_watcher->settings());
    return true;
}

QString AppServices::databasePath() const
{
    return m_database ? m_database->path() : m_options.databasePath;
}

std::unique_ptr<EngineController> AppServices::makeEngineController(QObject *parent) const
{
    return std::make_unique<EngineController>(databasePath(), m_profiles, m_secrets, parent);
}

void AppServices::follow(const Settings &saved)
{
    if (m_loggingInstalled)
        Logging::applySettings(saved.general);
    if (m_purgeScheduler)
        m_purgeScheduler->apply(saved.general);
}

} // namespace dexdesk
