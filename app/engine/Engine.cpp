#include "Engine.h"

#include "ApiSession.h"
#include "Backoff.h"
#include "Database.h"
#include "Downloader.h"
#include "EngineInstance.h"
#include "HttpClient.h"
#include "LogCategories.h"
#include "PublishQueue.h"
#include "RecordSchema.h"
#include "SettingsStore.h"
#include "TokenProvider.h"
#include "UniqueIdProcessor.h"
#include "WallClock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSslCertificate>

namespace dexdesk {

namespace {

constexpr int kStatusEveryMs = 250;
constexpr qint64 kDepthEveryMs = 1000;
// Instances on a shared PostgreSQL database: the channel the change queue's trigger notifies, and
// how soon an instance looks again when another one sends an earlier dependency order.
const QString kChangesChannel = QStringLiteral("dexdesk_changes");
constexpr int kOrderRecheckMs = 250;

QString trimmedUrl(const QString &url)
{
    QString u = url.trimmed();
    while (u.endsWith(QLatin1Char('/')))
        u.chop(1);
    return u;
}

} // namespace

Engine::Engine(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_tick(this) // children, so they move to the engine thread with it
    , m_nextDue(this)
    , m_statusTimer(this)
    , m_downloadTick(this)
    , m_uniqueIdTick(this)
{
    connect(&m_downloadTick, &QTimer::timeout, this, &Engine::downloadNow);
    connect(&m_uniqueIdTick, &QTimer::timeout, this, &Engine::requestUniqueIdsNow);
    qRegisterMetaType<EngineStatus>();
    qRegisterMetaType<PassSummary>();
    m_tick.setSingleShot(false);
    connect(&m_tick, &QTimer::timeout, this, &Engine::startPass);
    m_nextDue.setSingleShot(true);
    connect(&m_nextDue, &QTimer::timeout, this, &Engine::startPass);
    m_statusTimer.setInterval(kStatusEveryMs);
    connect(&m_statusTimer, &QTimer::timeout, this, &Engine::emitStatus);
}

Engine::~Engine()
{
    if (!m_halted)
        halt();
}

void Engine::begin(const EngineConfig &config, Mode mode)
{
    m_mode = mode;
    QString error;
    m_database = Database::open(m_databasePath, &error);
    if (!m_database) {
        Q_EMIT failed(error);
        return;
    }
    m_queue = std::make_unique<PublishQueue>(m_database->connection());
    // Made on the engine thread, the client keeps its managers here (one thread hop each way, not three).
    m_client = new HttpClient(config.general.simultaneousConnections, this);
    m_publisher = new Publisher(m_queue.get(), this);
    connect(m_publisher, &Publisher::passFinished, this, &Engine::onPassFinished);
    connect(m_publisher, &Publisher::leaRejected, this, &Engine::pauseLea);
    if (m_database->isPostgreSQL() && !joinInstances(config.general.simultaneousConnections, &error)) {
        Q_EMIT failed(error);
        return;
    }
    apply(config);
    m_publishAllPending = mode == Mode::PublishAll;
    m_runStartedAt = QDateTime::currentMSecsSinceEpoch();
    m_statusTimer.start();
    if (mode == Mode::Scheduled) {
        // The agency's descriptors and organisations first, so records it would refuse are held
        // back before they are sent; then the IDs persons are waiting for.
        if (config.communication.services.testFlag(Service::Download))
            downloadNow();
        if (config.communication.services.testFlag(Service::UniqueId))
            requestUniqueIdsNow();
    }
    qCInfo(lcEngine).noquote() << "Engine started on" << m_databasePath << "with profile" << config.profile.id << "and"
                               << config.general.simultaneousConnections << "connections";
    // With Download on, the first publish waits for the first download (its end starts a pass),
    // so a value the agency lacks is held back rather than sent and refused.
    if (!(m_downloader && m_downloader->isRunning()))
        startPass();
}

bool Engine::joinInstances(int connections, QString *error)
{
    m_instance = new EngineInstance(
        m_database->connection(), [this] { return m_client ? m_client->inFlight() : 0; }, this);
    if (!m_instance->start(connections, error)) {
        *error = tr("This engine could not join the engine instances of the database: %1 Check that the database "
                    "is reachable and writable, then start the engine again.")
                     .arg(*error);
        return false;
    }
    m_queue->setLeaseOwner(m_instance->id());
    connect(m_instance, &EngineInstance::budgetChanged, this, &Engine::onBudgetChanged);
    connect(m_instance, &EngineInstance::leasesLost, this, [this] {
        // Its leases may pass to another instance soon: nothing of this one may still be out then.
        if (m_publisher)
            m_publisher->halt();
        if (m_client)
            m_client->cancelAll();
        m_problem = tr("This engine instance cannot reach the database to renew its leases, so it stopped sending; "
                       "it resumes by itself when the database answers again.");
        emitStatus();
    });
    QSqlDriver *driver = m_database->connection().driver();
    if (driver->subscribeToNotification(kChangesChannel)) {
        connect(driver, &QSqlDriver::notification, this, [this](const QString &name) {
            if (name != kChangesChannel || m_halted || !m_publisher)
                return;
            if (m_publisher->isRunning())
                m_wakeAgain = true; // the running pass may have read the queue already
            else
                startPass();
        });
    } else {
        qCWarning(lcEngine) << "Cannot listen for new changes; the engine finds them at its scheduled runs";
    }
    return true;
}

int Engine::connectionBudget() const
{
    return m_instance ? m_instance->budget() : m_config.general.simultaneousConnections;
}

void Engine::onBudgetChanged(int budget)
{
    if (m_halted || !m_client)
        return;
    m_client->setMaxConnections(budget);
    m_publisher->setMaxInFlight(budget);
    if (budget > 0)
        startPass(); // a no-op while a pass runs; setMaxInFlight() widened that one
    emitStatus();
}

QueueFilter Engine::filterFor(const EngineConfig &config) const
{
    QueueFilter f;
    for (const ResourceDef &r : config.profile.resources) {
        const RecordTable *t = RecordSchema::find(r.name);
        if (r.direction == ResourceDef::Direction::Publish && t && t->published)
            f.resources << r.name;
    }
    if (config.profile.yearSpecific)
        f.schoolYears = config.communication.schoolYears;
    for (const QString &lea : config.sendingLeas()) {
        if (!m_pausedLeas.contains(lea))
            f.leaIds << lea;
    }
    return f;
}

void Engine::apply(const EngineConfig &config)
{
    const bool first = m_sessions.isEmpty() && m_config.profile.id.isEmpty();
    m_config = config;
    if (m_halted || !m_client)
        return;
    if (m_instance)
        m_instance->setConnections(config.general.simultaneousConnections);
    m_client->setMaxConnections(connectionBudget());
    m_publisher->setMaxInFlight(connectionBudget());

    PublishTarget target;
    target.dataUrl = trimmedUrl(config.communication.dataUrl);
    target.yearSpecific = config.profile.yearSpecific;
    for (const ResourceDef &r : config.profile.resources) {
        target.paths.insert(r.name, r.path);
        if (!r.propertyNames.isEmpty())
            target.propertyNames.insert(r.name, r);
        if (r.direction == ResourceDef::Direction::Publish)
            target.published << r.name;
    }
    if (!config.profile.extraCaFile.isEmpty())
        target.extraCaCertificates = QSslCertificate::fromPath(config.profile.extraCaFile);
    m_publisher->setTarget(target);

    // A session per LEA that can send; one whose URL, key or secret changed starts afresh, and a
    // paused LEA gets another chance when its settings change.
    const QStringList leas = config.sendingLeas();
    for (const QString &id : m_sessions.keys()) {
        if (!leas.contains(id)) {
            m_publisher->setSession(id, nullptr);
            delete m_sessions.take(id);
            delete m_tokens.take(id);
            m_sessionFingerprint.remove(id);
            m_pausedLeas.removeAll(id);
        }
    }
    for (const Lea &lea : config.communication.leas) {
        if (!leas.contains(lea.id))
            continue;
        const QString secret = config.secrets.value(lea.id);
        const QString fingerprint
            = QString::fromLatin1(QCryptographicHash::hash((config.communication.authUrl.trimmed() + QChar(0)
                                                            + lea.authKey.trimmed() + QChar(0) + secret)
                                                               .toUtf8(),
                                                           QCryptographicHash::Sha256)
                                      .toHex());
        if (m_sessionFingerprint.value(lea.id) == fingerprint && m_sessions.contains(lea.id))
            continue;
        m_publisher->setSession(lea.id, nullptr);
        delete m_sessions.take(lea.id);
        delete m_tokens.take(lea.id);
        auto *tokens = new TokenProvider(m_client, QUrl(config.communication.authUrl.trimmed()), lea.authKey.trimmed(),
                                         secret, this);
        auto *session = new ApiSession(m_client, tokens, this);
        m_tokens.insert(lea.id, tokens);
        m_sessions.insert(lea.id, session);
        m_sessionFingerprint.insert(lea.id, fingerprint);
        m_pausedLeas.removeAll(lea.id);
    }
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        if (!m_pausedLeas.contains(it.key()))
            m_publisher->setSession(it.key(), it.value());
    }
    m_publisher->setFilter(filterFor(config));
    m_queue->setUniqueIdRequired(config.communication.services.testFlag(Service::UniqueId));
    if (m_pausedLeas.isEmpty())
        m_problem.clear();
    for (auto it = config.secretProblems.cbegin(); it != config.secretProblems.cend(); ++it)
        m_problem = tr("LEA %1 cannot send: %2").arg(it.key(), it.value());

    if (m_mode == Mode::Scheduled) {
        syncCapture();
        const int interval = EngineConfig::publishIntervalMs(config.general.frequency);
        if (m_tick.interval() != interval || !m_tick.isActive())
            m_tick.start(interval);
        scheduleServices();
        if (!first)
            startPass(); // settings changed: act on them now, not at the next tick
    }
}

// A key or secret the agency rejected (401 after a fresh token) stops that LEA's work, whichever
// processor met it, until its settings change (apply() gives it a new session).
void Engine::pauseLea(const QString &leaId, const QString &message)
{
    if (!m_pausedLeas.contains(leaId))
        m_pausedLeas << leaId;
    if (m_publisher) {
        m_publisher->setSession(leaId, nullptr);
        m_publisher->setFilter(filterFor(m_config));
    }
    m_problem = tr("LEA %1: the agency rejected the key or secret, so its records wait. Check the key and "
                   "secret in General Setup, save, and the LEA resumes. (%2)")
                    .arg(leaId, message);
    emitStatus();
}

void Engine::scheduleServices()
{
    const Services services = m_config.communication.services;
    const int download = EngineConfig::downloadIntervalMs(m_config.general.frequency);
    if (!services.testFlag(Service::Download))
        m_downloadTick.stop();
    else if (m_downloadTick.interval() != download || !m_downloadTick.isActive())
        m_downloadTick.start(download);
    const int ids = UniqueIdProcessor::intervalMs(m_config.general.frequency);
    if (!services.testFlag(Service::UniqueId))
        m_uniqueIdTick.stop();
    else if (m_uniqueIdTick.interval() != ids || !m_uniqueIdTick.isActive())
        m_uniqueIdTick.start(ids);
}

ApiSession *Engine::firstSession(QString *leaId) const
{
    for (const QString &lea : m_config.sendingLeas()) {
        if (!m_pausedLeas.contains(lea) && m_sessions.contains(lea)) {
            *leaId = lea;
            return m_sessions.value(lea);
        }
    }
    return nullptr;
}

void Engine::downloadNow()
{
    if (m_halted || !m_queue || (m_downloader && m_downloader->isRunning()))
        return;
    if (!m_config.communication.services.testFlag(Service::Download)) {
        m_problem = tr("Download is off in this profile's service options.");
        emitStatus();
        return;
    }
    QString lea;
    ApiSession *session = firstSession(&lea);
    if (!session) {
        m_problem = tr("Nothing can be downloaded: no enabled LEA has a key and secret the agency accepts.");
        emitStatus();
        return;
    }
    delete m_downloader;
    m_downloader = new Downloader(m_database->connection(), session, this);
    m_downloader->setTarget(DownloadTarget::fromConfig(m_config, lea));
    connect(m_downloader, &Downloader::finished, this, &Engine::onDownloadFinished);
    m_downloader->start();
    emitStatus();
}

void Engine::onDownloadFinished(const DownloadSummary &summary)
{
    const DownloadCounts total = summary.total();
    qCInfo(lcDownload).noquote() << "Download fetched" << total.fetched << "records in" << summary.elapsedMs << "ms";
    if (summary.leaRejected) {
        pauseLea(m_downloader->target().leaId, summary.errors.join(QLatin1Char(' ')));
    } else if (!summary.errors.isEmpty()) {
        m_problem = tr("The download did not finish: %1").arg(summary.errors.join(QLatin1Char(' ')));
    } else {
        // New descriptors may clear data exceptions: those records are checked again.
        QString error;
        m_queue->recheckExceptions(&error);
    }
    startPass(); // the first pass after start-up, or records released from exceptions
    emitStatus();
}

void Engine::requestUniqueIdsNow()
{
    if (m_halted || !m_queue || (m_uniqueIds && m_uniqueIds->isRunning()))
        return;
    if (!m_config.communication.services.testFlag(Service::UniqueId)) {
        m_problem = tr("Unique ID is off in this profile's service options.");
        emitStatus();
        return;
    }
    QString lea;
    ApiSession *session = firstSession(&lea);
    const QUrl identity = UniqueIdProcessor::identityUrl(m_config.profile, m_config.communication);
    if (!session || identity.isEmpty()) {
        m_problem = tr("Unique IDs cannot be requested: no enabled LEA has a key and secret the agency accepts, or "
                       "the profile names no unique-ID service.");
        emitStatus();
        return;
    }
    UniqueIdScope scope;
    if (m_config.profile.yearSpecific)
        scope.schoolYears = m_config.communication.schoolYears;
    scope.leaIds = {lea};
    m_uniqueIdLea = lea;
    delete m_uniqueIds;
    m_uniqueIds = new UniqueIdProcessor(m_database->connection(), session, identity, scope, this);
    m_uniqueIds->setMaxInFlight(qMin(4, m_config.general.simultaneousConnections));
    m_uniqueIds->setClockJump(&m_uniqueIdClockJump);
    connect(m_uniqueIds, &UniqueIdProcessor::finished, this, &Engine::onUniqueIdsFinished);
    m_uniqueIds->start();
    emitStatus();
}

void Engine::onUniqueIdsFinished(const UniqueIdSummary &summary)
{
    qCInfo(lcUniqueId).noquote() << "Unique ID run:" << summary.matched << "matched," << summary.created << "created,"
                                 << summary.review << "to review";
    if (summary.leaRejected && !m_uniqueIdLea.isEmpty())
        pauseLea(m_uniqueIdLea, summary.error);
    else if (!summary.error.isEmpty())
        m_problem = tr("Requesting unique IDs failed: %1").arg(summary.error);
    if (summary.written() > 0)
        startPass(); // the persons (and their associations) were captured again with their IDs
    const qint64 due = m_uniqueIds->nextDueAt();
    if (due > 0 && m_mode == Mode::Scheduled) {
        // A 202 to poll or a retry comes sooner than the next scheduled run.
        const qint64 wait = qMax(qint64(200), due - WallClock::nowMs());
        if (wait < m_uniqueIdTick.remainingTime())
            QTimer::singleShot(int(wait), this, &Engine::requestUniqueIdsNow);
    }
    emitStatus();
}

void Engine::syncCapture()
{
    const bool wanted
        = m_config.general.systemEnabled && m_config.communication.services.testFlag(Service::DataChanges);
    QString error;
    if (!SettingsStore::setCapture(m_database->connection(), wanted, &error))
        qCWarning(lcEngine).noquote() << "Could not switch change capture:" << error;
}

void Engine::publishNow(bool all)
{
    if (m_halted)
        return;
    m_publishAllPending = m_publishAllPending || all;
    if (m_mode == Mode::Scheduled && !m_publishNowActive) {
        m_publishNowActive = true;
        m_publishNowTotal = {};
    }
    startPass();
}

void Engine::startPass()
{
    if (m_halted || !m_publisher || m_publisher->isRunning())
        return;
    if (!m_config.publishEnabled()) {
        m_problem = tr("Publish is off in this profile's service options, so nothing is sent.");
        emitStatus();
        if (m_mode != Mode::Scheduled)
            Q_EMIT finished(false, m_total, m_problem);
        if (m_publishNowActive) {
            m_publishNowActive = false;
            Q_EMIT publishNowFinished(false, m_publishNowTotal, m_problem);
        }
        return;
    }
    if (m_publishAllPending) {
        m_publishAllPending = false;
        QString error;
        const int n = m_queue->enqueueAll(filterFor(m_config), &error);
        if (n < 0)
            qCWarning(lcEngine).noquote() << "Publish All could not queue the records:" << error;
        else
            qCInfo(lcPublish).noquote() << "Publish All queued" << n << "records";
    }
    m_nextDue.stop();
    m_passStartedAt = WallClock::nowMs();
    m_publisher->start();
    emitStatus();
}

namespace {

void add(PassSummary *total, const PassSummary &pass)
{
    total->sent += pass.sent;
    total->retried += pass.retried;
    total->rejected += pass.rejected;
    total->waiting += pass.waiting;
    total->held += pass.held;
    if (!pass.error.isEmpty())
        total->error = pass.error;
}

} // namespace

void Engine::onPassFinished(const PassSummary &summary)
{
    m_publisher->followWallClock(); // before deciding that what is left is too far off to wait for
    add(&m_total, summary);
    if (!summary.error.isEmpty()) {
        m_problem = tr("The database could not be read or written: %1. Nothing more is sent until it can be "
                       "written again (check the free disk space and that the database file is writable); what "
                       "was already sent is recorded then.")
                        .arg(summary.error);
        m_databaseProblem = true;
    } else if (m_databaseProblem) {
        m_databaseProblem = false; // written again: the problem is over
        m_problem.clear();
    }
    // A scheduled pass is recorded when it did something; a pass that only found records still
    // waiting is not (it would flood the history). A one-off run is recorded once, at its end.
    if (m_mode == Mode::Scheduled
        && (summary.sent + summary.retried + summary.rejected + summary.held > 0 || !summary.error.isEmpty()))
        recordJobRun(summary, m_passStartedAt);
    if (summary.sent > 0)
        qCInfo(lcPublish).noquote() << "Publish pass sent" << summary.sent << "records in" << summary.elapsedMs
                                    << "ms (" << summary.retried << "to retry," << summary.rejected << "rejected)";
    emitStatus();
    RunEnd end;
    if (m_mode != Mode::Scheduled) {
        if (runEnded(summary, m_total, &end)) {
            QString message = m_problem;
            if (!end.left.isEmpty())
                message = message.isEmpty() ? end.left : message + QLatin1Char(' ') + end.left;
            // The run's row says how it ended, not what happened on the way: retries that later
            // went through leave it "ok"; records left unsent make it "partial", counted as failed.
            recordJobRun(m_total, m_runStartedAt,
                         !summary.error.isEmpty() ? QStringLiteral("error")
                             : end.complete       ? QStringLiteral("ok")
                                                  : QStringLiteral("partial"),
                         end.complete ? 0 : qMax(end.unsent, m_total.rejected),
                         !summary.error.isEmpty() ? summary.error : end.left);
            Q_EMIT finished(end.complete, m_total, message);
            return;
        }
    } else if (m_publishNowActive) {
        // The window's Publish Now ends the same way a one-off run does, while the schedule goes
        // on; its passes are already in the history as scheduled passes.
        add(&m_publishNowTotal, summary);
        if (!m_publishAllPending && runEnded(summary, m_publishNowTotal, &end)) {
            m_publishNowActive = false;
            const QString message = !summary.error.isEmpty() ? m_problem : end.left;
            qCInfo(lcPublish).noquote() << "Publish Now ended:" << m_publishNowTotal.sent << "sent"
                                        << (message.isEmpty() ? QString() : QStringLiteral("; ") + message);
            Q_EMIT publishNowFinished(end.complete, m_publishNowTotal, message);
        }
    }
    if (m_mode == Mode::Scheduled && (m_publishAllPending || std::exchange(m_wakeAgain, false))) {
        // Publish All asked for, or new changes announced, while a pass ran: now, not at the next tick.
        startPass();
        return;
    }
    scheduleNext();
    // Another instance sends an earlier order, or (a one-off run that has not ended) holds what is
    // left: look again soon rather than at the next tick.
    const bool othersHoldWork = m_queue->waitsOnOtherInstances() || (m_instance && m_mode != Mode::Scheduled);
    if (othersHoldWork && (!m_nextDue.isActive() || m_nextDue.remainingTime() > kOrderRecheckMs))
        m_nextDue.start(kOrderRecheckMs); // another instance sends an earlier order: look again soon
}

bool Engine::runEnded(const PassSummary &last, const PassSummary &total, RunEnd *end) const
{
    const QueueFilter f = m_publisher->filter();
    // The run ends when nothing left can be sent within it: only records waiting on what will not
    // come, stuck, held, rejected or in a backoff longer than the cap remain.
    const qint64 horizon = WallClock::nowMs() + Backoff::kCapMs;
    if (m_queue->sendableCount(f, horizon) != 0 && last.error.isEmpty())
        return false;
    // Records the agency rejected in this run are not sent, nor are records held for a value the
    // agency lacks or waiting for a unique ID: the run is not complete (`run --once` and `publish`
    // exit 1, as their help says) and says what is left.
    const QMap<QString, int> left = m_queue->leftByState(f);
    end->complete = m_queue->activeCount(f, false) == 0 && left.value(QStringLiteral("exception")) == 0
        && left.value(QStringLiteral("awaiting_id")) == 0 && last.error.isEmpty() && m_pausedLeas.isEmpty()
        && total.rejected == 0;
    end->left = end->complete ? QString() : leftText(f);
    end->unsent = 0;
    for (const int n : left)
        end->unsent += n;
    return true;
}

void Engine::scheduleNext()
{
    const qint64 due = m_queue->nextDueAt(m_publisher->filter());
    if (due <= 0)
        return;
    const qint64 wait = qMax(qint64(20), due - WallClock::nowMs());
    if (m_mode == Mode::Scheduled && m_tick.isActive() && wait >= m_tick.remainingTime())
        return;
    m_nextDue.start(int(qMin(wait, Backoff::kCapMs)));
}

QString Engine::leftText(const QueueFilter &filter) const
{
    const QMap<QString, int> left = m_queue->leftByState(filter);
    const QList<QPair<QString, QString>> reasons {
        {QStringLiteral("waiting"), tr("%1 waiting on a record that was not sent in this run")},
        {QStringLiteral("pending"), tr("%1 not yet sent")},
        {QStringLiteral("retrying"), tr("%1 to retry later (the agency failed or asked to wait)")},
        {QStringLiteral("stuck"), tr("%1 stuck after repeated failures (still retried by the engine)")},
        {QStringLiteral("rejected"), tr("%1 rejected by the agency (see Errors)")},
        {QStringLiteral("exception"), tr("%1 held: a value or record the agency lacks (see Errors)")},
        {QStringLiteral("awaiting_id"), tr("%1 waiting for a state unique ID")}};
    QStringList parts;
    for (const auto &[state, text] : reasons) {
        if (left.value(state) > 0)
            parts << text.arg(left.value(state));
    }
    return parts.isEmpty() ? QString() : tr("Left: %1.").arg(parts.join(QStringLiteral("; ")));
}

void Engine::recordJobRun(const PassSummary &summary, qint64 startedAt)
{
    recordJobRun(summary, startedAt,
                 !summary.error.isEmpty()                     ? QStringLiteral("error")
                     : summary.rejected + summary.retried > 0 ? QStringLiteral("partial")
                                                              : QStringLiteral("ok"),
                 summary.rejected + summary.retried, summary.error);
}

void Engine::recordJobRun(const PassSummary &summary, qint64 startedAt, const QString &outcome, int failed,
                          const QString &message)
{
    QSqlQuery q(m_database->connection());
    q.prepare(QStringLiteral("INSERT INTO job_runs (kind, started_at, finished_at, outcome, sent, failed, message) "
                             "VALUES ('publish', ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(startedAt);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(outcome);
    q.addBindValue(summary.sent);
    q.addBindValue(failed);
    q.addBindValue(message.isEmpty() ? QVariant() : QVariant(message));
    if (!q.exec())
        qCWarning(lcEngine).noquote() << "Could not record the job run:" << Database::lastError(q);
}

void Engine::emitStatus()
{
    if (m_halted || !m_queue)
        return;
    EngineStatus s;
    if (m_publisher->isRunning())
        s.state = m_publisher->breakerState() == CircuitBreaker::State::Closed ? EngineStatus::State::Publishing
                                                                               : EngineStatus::State::BackingOff;
    else
        s.state = EngineStatus::State::Idle;
    // Counting a big queue takes tens of milliseconds: at most once a second, not every status.
    if (!m_depthClock.isValid() || m_depthClock.elapsed() >= kDepthEveryMs || !m_publisher->isRunning()) {
        m_queueDepth = m_queue->pendingCount();
        m_depthClock.start();
    }
    s.queueDepth = m_queueDepth;
    s.inFlight = m_client->inFlight(); // on the wire; the publisher also keeps a few queued in the limiter
    s.sentThisRun = m_total.sent + (m_publisher->isRunning() ? m_publisher->summary().sent : 0);
    s.pausedLeas = m_pausedLeas;
    s.downloading = m_downloader && m_downloader->isRunning();
    s.requestingIds = m_uniqueIds && m_uniqueIds->isRunning();
    s.problem = m_problem;
    Q_EMIT statusChanged(s);
}

void Engine::halt()
{
    if (m_halted)
        return;
    m_halted = true;
    m_tick.stop();
    m_nextDue.stop();
    m_statusTimer.stop();
    m_downloadTick.stop();
    m_uniqueIdTick.stop();
    if (m_downloader)
        m_downloader->halt();
    if (m_uniqueIds)
        m_uniqueIds->halt();
    if (m_publisher)
        m_publisher->halt();
    if (m_client)
        m_client->cancelAll();
    if (m_instance)
        m_instance->leave(); // after the publisher's last results: the other instances take over at once
    delete m_instance; // before its connection closes
    m_instance = nullptr;
    // The client goes with its worker threads, so no request of ours can leave after this.
    delete m_downloader;
    m_downloader = nullptr;
    delete m_uniqueIds;
    m_uniqueIds = nullptr;
    qDeleteAll(m_sessions);
    m_sessions.clear();
    qDeleteAll(m_tokens);
    m_tokens.clear();
    delete m_publisher;
    m_publisher = nullptr;
    delete m_client;
    m_client = nullptr;
    m_queue.reset();
    m_database.reset();
    qCInfo(lcEngine) << "Engine stopped";
    Q_EMIT halted();
}

} // namespace dexdesk
