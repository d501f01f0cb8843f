#include "EngineController.h"

#include "DatabaseLocation.h"

#include "Database.h"
#include "InstanceRegistry.h"
#include "LogCategories.h"
#include "Profile.h"
#include "ProfileRepository.h"
#include "SecretStore.h"
#include "SettingsStore.h"
#include "SettingsWatcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLockFile>
#include <QLoggingCategory>
#include <QThread>

namespace dexdesk {

EngineController::EngineController(QString databasePath, const ProfileRepository *profiles, SecretStore *secrets,
                                   QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    qRegisterMetaType<EngineConfig>();
    qRegisterMetaType<EngineStatus>();
    qRegisterMetaType<PassSummary>();
    qRegisterMetaType<Engine::Mode>();
    m_keychainRetry.setSingleShot(true);
    bool overridden = false;
    const int retryMs = qEnvironmentVariableIntValue(kKeychainRetryVariable, &overridden);
    m_keychainRetry.setInterval(overridden && retryMs > 0 ? retryMs : kKeychainRetryMs);
    // Read again as after a save that wrote the keychain: the LEA resumes once its secret is there.
    connect(&m_keychainRetry, &QTimer::timeout, this, [this] {
        if (m_engine && m_watcher)
            onSettingsChanged(m_watcher->settings(), true);
    });
}

EngineController::~EngineController()
{
    m_watcher.reset();
    if (m_engine) {
        Engine *engine = m_engine;
        QMetaObject::invokeMethod(
            engine, [engine] { engine->halt(); }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_engine;
        delete m_thread;
        m_engine = nullptr;
        m_thread = nullptr;
    }
}

QString EngineController::lockFilePath(const QString &databasePath)
{
    if (!DatabaseLocation::looksLikeUrl(databasePath))
        return databasePath + QStringLiteral(".engine.lock");
    // A PostgreSQL database has no file beside it: the lock lives in this machine's temp folder,
    // named after the URL. There it only keeps one-off runs (a download or Unique ID run by hand)
    // apart on one machine; engines share the database as instances (docs/scale-out.md).
    const QByteArray id = QCryptographicHash::hash(databasePath.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QDir(QDir::tempPath()).filePath(QStringLiteral("dexdesk-%1.engine.lock").arg(QString::fromLatin1(id)));
}

QString EngineController::instancesHolding(const QString &databasePath)
{
    QString error;
    const std::unique_ptr<Database> database = Database::open(databasePath, &error);
    if (!database)
        return {};
    QStringList live;
    for (const EngineInstanceInfo &i : InstanceRegistry::list(database->connection(), &error)) {
        if (i.live)
            live << tr("process %1 on %2").arg(i.pid).arg(i.host);
    }
    return live.join(QStringLiteral(", "));
}

QString EngineController::lockHolder(const QString &databasePath)
{
    // On PostgreSQL the engines are the live instances of the registry (docs/scale-out.md).
    return DatabaseLocation::looksLikeUrl(databasePath) ? instancesHolding(databasePath) : fileLockHolder(databasePath);
}

QString EngineController::fileLockHolder(const QString &databasePath)
{
    QLockFile probe(lockFilePath(databasePath));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();
        return {};
    }
    qint64 pid = 0;
    QString host, app;
    if (!probe.getLockInfo(&pid, &host, &app))
        return tr("an unknown process");
    return tr("process %1 on %2").arg(pid).arg(host);
}

std::unique_ptr<QLockFile> EngineController::takeLock(const QString &databasePath, QString *holder)
{
    auto lock = std::make_unique<QLockFile>(lockFilePath(databasePath));
    lock->setStaleLockTime(0); // only a lock whose process is gone is stale
    // lockHolder() (`dexdesk-cli status`, a monitoring window) takes the lock for an instant to
    // probe it; an engine starting in that instant waits it out instead of refusing to run.
    if (lock->tryLock(300)) {
        // A one-off run on PostgreSQL also waits for the engine instances, on whichever machine.
        if (DatabaseLocation::looksLikeUrl(databasePath)) {
            *holder = instancesHolding(databasePath);
            if (!holder->isEmpty())
                return nullptr;
        }
        return lock;
    }
    *holder = fileLockHolder(databasePath);
    return nullptr;
}

bool EngineController::start(Engine::Mode mode, QString *error)
{
    if (m_engine || m_stopping) {
        *error = tr("The engine is already running.");
        return false;
    }
    // On PostgreSQL several engines share the database: each joins the instances (leases and
    // connection slots, docs/scale-out.md) instead of taking a lock. SQLite keeps one engine.
    const bool shared = DatabaseLocation::looksLikeUrl(m_databasePath);
    QString holder;
    std::unique_ptr<QLockFile> lock = shared ? nullptr : takeLock(m_databasePath, &holder);
    if (!lock && !shared) {
        *error = tr("Another DEX Desk engine (%1) is already running on this database, so this one does not "
                    "send. Stop the other one first, or watch its progress here.")
                     .arg(holder);
        return false;
    }
    if (!m_database) {
        m_database = Database::open(m_databasePath, error);
        if (!m_database)
            return false;
    }
    if (!m_watcher) {
        m_watcher = std::make_unique<SettingsWatcher>(m_database->connection());
        connect(m_watcher.get(), &SettingsWatcher::changed, this, &EngineController::onSettingsChanged);
    }
    m_watcher->stop();
    if (!m_watcher->start(error))
        return false;
    EngineConfig config;
    if (!configFor(m_watcher->settings(), &config, error))
        return false;
    if (mode == Engine::Mode::Scheduled && !config.general.systemEnabled) {
        *error = tr("The system is Off, so the engine does not run. Turn System Enabled On in General Setup and "
                    "save.");
        return false;
    }
    if (!config.publishEnabled()) {
        *error = tr("Publish is off in the service options of profile \"%1\". Turn it on in General Setup and save.")
                     .arg(config.profile.name);
        return false;
    }
    m_lock = std::move(lock);
    m_starting = true;
    m_mode = mode;
    const quint64 generation = ++m_configGeneration;
    readSecrets(config, [this, generation](const EngineConfig &withSecrets) {
        if (generation == m_configGeneration && m_starting && !m_engine)
            launch(withSecrets);
    });
    return true;
}

bool EngineController::configFor(const Settings &settings, EngineConfig *config, QString *error) const
{
    return EngineConfig::fromSettings(settings, *m_profiles, config, error);
}

bool EngineController::reuseSecrets(EngineConfig *config) const
{
    if (config->profile.id != m_secretsRead.profile.id)
        return false;
    for (const Lea &lea : config->keyedLeas()) {
        const auto found = m_secretsRead.secrets.constFind(lea.id);
        if (found == m_secretsRead.secrets.cend())
            return false; // a new LEA, or one whose secret could not be read last time: ask again
        config->secrets.insert(lea.id, found.value());
    }
    return true;
}

void EngineController::readSecrets(EngineConfig config, std::function<void(const EngineConfig &)> done)
{
    struct Gather {
        EngineConfig config;
        int waiting = 0;
        bool keychainFailed = false;
        std::function<void(const EngineConfig &)> done;
    };
    auto gather = std::make_shared<Gather>();
    gather->config = std::move(config);
    Gather *const g = gather.get(); // done() runs while the gather lives
    gather->done = [this, g, done = std::move(done)](const EngineConfig &withSecrets) {
        m_secretsRead = withSecrets;
        if (g->keychainFailed)
            m_keychainRetry.start();
        else
            m_keychainRetry.stop();
        done(withSecrets);
    };
    const QList<Lea> leas = gather->config.keyedLeas();
    gather->waiting = int(leas.size());
    if (leas.isEmpty()) {
        gather->done(gather->config);
        return;
    }
    for (const Lea &lea : leas) {
        const QString leaId = lea.id;
        // A keychain that is locked or gone does not mean the secret changed: an LEA whose secret
        // was read before goes on with it, and only one without pauses until the keychain answers.
        const QString known
            = m_secretsRead.profile.id == gather->config.profile.id ? m_secretsRead.secrets.value(leaId) : QString();
        m_secrets->read(
            SecretStore::leaAccount(gather->config.profile.id, leaId),
            [gather, leaId, known, storage = m_secrets->storageName()](const SecretResult &r, const QString &secret) {
                if (r.ok() && !secret.isEmpty()) {
                    gather->config.secrets.insert(leaId, secret);
                } else if (r.code == SecretResult::Code::NotFound || r.ok()) {
                    gather->config.secretProblems.insert(
                        leaId, tr("no secret is stored for it. Enter it in General Setup and save."));
                } else {
                    gather->keychainFailed = true;
                    if (!known.isEmpty())
                        gather->config.secrets.insert(leaId, known);
                    else
                        gather->config.secretProblems.insert(
                            leaId,
                            tr("its secret could not be read from %1: %2 DEX Desk asks again "
                               "every few seconds, and the LEA resumes by itself once it "
                               "answers.")
                                .arg(storage, r.userMessage()));
                }
                if (--gather->waiting == 0)
                    gather->done(gather->config);
            });
    }
}

void EngineController::launch(const EngineConfig &config)
{
    m_starting = false;
    for (auto it = config.secretProblems.cbegin(); it != config.secretProblems.cend(); ++it)
        qCWarning(lcEngine).noquote() << "LEA" << it.key() << "cannot send:" << it.value();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("dexdesk-engine"));
    m_engine = new Engine(m_databasePath);
    m_engine->moveToThread(m_thread);
    connect(m_engine, &Engine::statusChanged, this, [this](const EngineStatus &s) {
        m_status = s;
        Q_EMIT statusChanged(s);
    });
    connect(m_engine, &Engine::finished, this, &EngineController::finished);
    connect(m_engine, &Engine::publishNowFinished, this, &EngineController::publishNowFinished);
    connect(m_engine, &Engine::failed, this, [this](const QString &message) {
        Q_EMIT failed(message);
        stop();
    });
    connect(m_engine, &Engine::halted, this, [this] { m_thread->quit(); });
    connect(m_thread, &QThread::finished, this, &EngineController::cleanUp);
    m_thread->start();
    Engine *engine = m_engine;
    const Engine::Mode mode = m_mode;
    QMetaObject::invokeMethod(
        engine, [engine, config, mode] { engine->begin(config, mode); }, Qt::QueuedConnection);
}

void EngineController::stop()
{
    ++m_configGeneration;
    m_keychainRetry.stop();
    if (m_watcher)
        m_watcher->stop();
    if (!m_engine) {
        if (m_starting && !m_stopping) {
            m_starting = false;
            m_lock.reset(); // secrets were still being read: nothing runs yet
            Q_EMIT stopped();
        }
        return;
    }
    if (m_stopping)
        return;
    m_stopping = true;
    Engine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine] { engine->halt(); }, Qt::QueuedConnection);
}

void EngineController::cleanUp()
{
    delete m_engine;
    m_engine = nullptr;
    m_thread->deleteLater();
    m_thread = nullptr;
    m_lock.reset();
    m_stopping = false;
    m_status = {};
    Q_EMIT statusChanged(m_status);
    Q_EMIT stopped();
}

void EngineController::publishNow(bool all)
{
    if (!m_engine)
        return;
    Engine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, all] { engine->publishNow(all); }, Qt::QueuedConnection);
}

void EngineController::downloadNow()
{
    if (!m_engine)
        return;
    Engine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine] { engine->downloadNow(); }, Qt::QueuedConnection);
}

void EngineController::requestUniqueIdsNow()
{
    if (!m_engine)
        return;
    Engine *engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine] { engine->requestUniqueIdsNow(); }, Qt::QueuedConnection);
}

void EngineController::refresh()
{
    if (m_watcher && m_engine && !m_stopping)
        m_watcher->check();
}

void EngineController::onSettingsChanged(const Settings &settings, bool secretsChanged)
{
    if (!m_engine || m_stopping)
        return;
    EngineConfig config;
    QString error;
    if (!configFor(settings, &config, &error)) {
        qCWarning(lcEngine).noquote() << "Could not use the changed settings:" << error;
        return;
    }
    if (m_mode == Engine::Mode::Scheduled && (!config.general.systemEnabled || !config.publishEnabled())) {
        qCInfo(lcEngine) << "The system was turned Off (or Publish switched off): stopping the engine";
        stop();
        return;
    }
    const quint64 generation = ++m_configGeneration;
    const auto apply = [this, generation](const EngineConfig &withSecrets) {
        if (generation != m_configGeneration || !m_engine)
            return;
        Engine *engine = m_engine;
        QMetaObject::invokeMethod(
            engine, [engine, withSecrets] { engine->apply(withSecrets); }, Qt::QueuedConnection);
    };
    // The keychain is asked again only when a save wrote it, or an LEA needs a secret not read yet.
    if (!secretsChanged && reuseSecrets(&config)) {
        apply(config);
        return;
    }
    readSecrets(config, apply);
}

} // namespace dexdesk
