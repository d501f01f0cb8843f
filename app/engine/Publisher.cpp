#include "Publisher.h"

#include "ApiSession.h"
#include "Backoff.h"
#include "ConflictKind.h"
#include "ErrorBody.h"
#include "LogCategories.h"
#include "RemoteText.h"
#include "WallClock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>

namespace dexdesk {

namespace {

constexpr int kRefillBatch = 200;
constexpr int kFlushEvery = 100;
constexpr int kFlushDelayMs = 50;
constexpr qint64 kStaleDelayMs = 500;
constexpr qint64 kMaxWaitingDelayMs = 30000;
constexpr int kFailuresThatHoldNewRequests = 2; // see pump()

QString lastSegment(const QByteArray &location)
{
    const QString path = QUrl(QString::fromUtf8(location)).path();
    return path.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
}

// What the agency said, kept with the record for the Errors view: the parsed error body, in
// whatever shape it came, with its short cause, the failing field or reference and a fix.
QString problemText(const HttpResult &h, const ErrorBody &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("status"), h.status);
    o.insert(QStringLiteral("summary"), e.summary());
    const auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value); // ErrorBody escaped it already
    };
    put("cause", e.cause);
    put("field", e.field);
    put("fix", e.fix);
    put("type", e.type);
    put("title", e.title);
    put("detail", e.detail);
    put("message", e.message);
    if (!e.validationErrors.isEmpty())
        o.insert(QStringLiteral("validationErrors"), QJsonArray::fromStringList(e.validationErrors));
    if (!e.references.isEmpty()) {
        QJsonArray refs;
        for (const ReferenceFailure &r : e.references)
            refs.append(r.text());
        o.insert(QStringLiteral("references"), refs);
    }
    put("correlationId", e.correlationId);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString problemText(const HttpResult &h)
{
    return problemText(h, ErrorBody::parse(h.body, h.status));
}

constexpr int kDetailBytes = 4000;

// The answer as the Errors view shows it: status line, the headers that matter, the body.
QString responseText(const HttpResult &h)
{
    if (h.error.kind != NetError::Kind::None)
        return h.error.userMessage();
    QString text = QStringLiteral("HTTP %1\n").arg(h.status);
    for (const auto &[name, value] : h.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "content-type" || lower == "location" || lower == "retry-after" || lower == "x-request-id"
            || lower == "www-authenticate")
            text += QString::fromLatin1(name) + QStringLiteral(": ") + RemoteText::escape(value, 300)
                + QLatin1Char('\n');
    }
    return text + QLatin1Char('\n') + RemoteText::escape(h.body, kDetailBytes);
}

QString failureText(const HttpResult &h)
{
    if (h.error.kind != NetError::Kind::None)
        return h.error.userMessage();
    return Publisher::tr("The agency answered HTTP %1: %2")
        .arg(h.status)
        .arg(ErrorBody::parse(h.body, h.status).summary());
}

} // namespace

QUrl PublishTarget::resourceUrl(const QString &resource, int schoolYear) const
{
    QString url = dataUrl;
    if (yearSpecific)
        url += QLatin1Char('/') + QString::number(schoolYear);
    url += QLatin1Char('/') + paths.value(resource, QStringLiteral("ed-fi/") + resource);
    return QUrl(url);
}

Publisher::Publisher(PublishQueue *queue, QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_random(QRandomGenerator::securelySeeded())
{
    m_monotonic.start();
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushDelayMs);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] { flush(); });
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &Publisher::pump);
}

void Publisher::setSession(const QString &leaId, ApiSession *session)
{
    if (session)
        m_sessions.insert(leaId, session);
    else
        m_sessions.remove(leaId);
}

void Publisher::setMaxInFlight(int n)
{
    const bool more = n > m_maxInFlight;
    m_maxInFlight = qMax(0, n);
    if (more && m_running)
        QTimer::singleShot(0, this, &Publisher::pump);
}

qint64 Publisher::now() const
{
    return WallClock::nowMs();
}

void Publisher::followWallClock()
{
    const qint64 jump = m_clockJump.take();
    if (jump == 0)
        return;
    QString error;
    const int moved = m_queue->shiftDueTimes(jump, &error);
    if (moved < 0)
        qCWarning(lcPublish).noquote() << "The system clock jumped by" << jump / 1000
                                       << "s, but the due times could not be moved with it:" << error;
    else
        qCInfo(lcPublish).noquote() << "The system clock jumped by" << jump / 1000 << "s; the due times of" << moved
                                    << "records moved with it";
}

void Publisher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_summary = {};
    m_passClock.start();
    m_queue->forgetDescriptors(); // a download since the last pass may have brought new ones
    QString error;
    if (m_queue->ingest(&error) < 0) {
        qCWarning(lcPublish).noquote() << "Reading the change queue failed:" << error;
        m_summary.error = error;
        finishPass();
        return;
    }
    pump();
}

void Publisher::halt()
{
    ++m_generation; // late answers of this pass are dropped: their records stay pending
    m_running = false;
    m_buffer.clear();
    m_claimed.clear();
    m_inFlightByOrder.clear();
    m_inFlight = 0;
    m_wakeTimer.stop();
    flush(); // what the agency confirmed before the halt is kept
    releaseLeases();
}

void Publisher::releaseLeases()
{
    QString error;
    if (!m_queue->releaseLeases(&error))
        qCWarning(lcPublish).noquote() << "Could not give back the records this instance held (their leases run out "
                                          "by themselves):"
                                       << error;
}

bool Publisher::refill()
{
    if (!flush())
        return false;
    followWallClock(); // after the flush: the outcomes just written were timed before any jump
    QString error;
    if (m_queue->ingest(&error) < 0 || !error.isEmpty()) {
        m_summary.error = error;
        return false;
    }
    // An instance sharing a PostgreSQL database claims only what it can send soon, so the others
    // are not left idle beside its buffer.
    const int batch = m_queue->claimsWork() ? qBound(10, 8 * m_maxInFlight, kRefillBatch) : kRefillBatch;
    const QList<WorkItem> items = m_queue->due(m_filter, now(), batch, m_claimed, &error);
    if (!error.isEmpty()) {
        m_summary.error = error;
        return false;
    }
    for (const WorkItem &w : items) {
        m_buffer.push_back(w);
        m_claimed.insert(w.id());
    }
    return true;
}

void Publisher::pump()
{
    if (!m_running)
        return;
    followWallClock(); // a pass held by the breaker can last long; the stored due times follow at once
    // Keep a few requests queued in the limiter beyond N so it never idles between answers.
    const int window = m_maxInFlight + qMin(m_maxInFlight, 4);
    while (m_inFlight < window) {
        if (m_buffer.empty()) {
            if (!refill()) {
                finishPass();
                return;
            }
            if (m_buffer.empty())
                break;
        }
        const WorkItem &next = m_buffer.front();
        // Dependency order: nothing of a later order starts while an earlier one is in flight.
        if (!m_inFlightByOrder.isEmpty() && m_inFlightByOrder.firstKey() < next.order)
            break;
        // Two failures in a row may be the agency going down: start nothing new until one of the
        // requests still out answers, so an outage meets the few requests already out and then the
        // breaker's probes (SPEC §13 R3), not a refilled window. With nothing out, the breaker decides.
        if (m_breaker.consecutiveFailures() >= kFailuresThatHoldNewRequests && m_inFlight > 0)
            break;
        const qint64 t = m_monotonic.elapsed();
        if (!m_breaker.allow(t)) {
            m_wakeTimer.start(int(qBound(qint64(50), m_breaker.openUntil() - t, qint64(60000))));
            break;
        }
        WorkItem item = next;
        m_buffer.pop_front();
        dispatch(item);
        if (!m_running)
            return;
    }
    // No connection slot (another instance holds them all): the buffered records go back.
    if (m_inFlight == 0 && (m_buffer.empty() || window == 0) && !m_wakeTimer.isActive())
        finishPass();
}

void Publisher::dispatch(const WorkItem &item)
{
    ApiSession *session = m_sessions.value(item.leaId);
    if (!session) {
        // The LEA was paused or removed while this item was buffered; it stays pending.
        m_claimed.remove(item.id());
        return;
    }
    RequestSpec spec;
    spec.timeoutMs = m_target.timeoutMs;
    spec.extraCaCertificates = m_target.extraCaCertificates;
    const QUrl base = m_target.resourceUrl(item.resource, item.schoolYear);
    if (!item.isDelete) {
        QString error;
        const Payload payload = m_queue->payload(item, &error);
        if (payload.body.isEmpty()) {
            Outcome o;
            o.item = item;
            if (payload.hold.isEmpty()) {
                o.kind = Outcome::Kind::Stale;
                o.nextAttemptAt = now() + kStaleDelayMs;
            } else {
                o.kind = Outcome::Kind::Held;
                o.hold = payload.hold;
                o.message = payload.holdMessage;
                ++m_summary.held;
            }
            m_claimed.remove(item.id());
            addOutcome(o);
            return;
        }
        spec.method = "POST";
        spec.url = base;
        const auto renamed = m_target.propertyNames.constFind(item.resource);
        spec.body = QJsonDocument(renamed == m_target.propertyNames.cend() ? payload.body
                                                                           : renamed->toServerNames(payload.body))
                        .toJson(QJsonDocument::Compact);
        spec.setHeader("Content-Type", "application/json");
        spec.setHeader("X-Dexdesk-Sequence", QByteArray::number(item.seq));
        send(item, spec, false);
        return;
    }
    if (!item.resourceId.isEmpty()) {
        spec.method = "DELETE";
        spec.url = QUrl(base.toString() + QLatin1Char('/') + item.resourceId);
        spec.setHeader("X-Dexdesk-Sequence", QByteArray::number(item.seq));
        send(item, spec, false);
        return;
    }
    // No id kept from an earlier POST: look the record up by its natural key first.
    QUrlQuery query;
    const QJsonObject key = item.key();
    for (auto it = key.begin(); it != key.end(); ++it)
        query.addQueryItem(it.key(),
                           it.value().isDouble() ? QString::number(it.value().toInteger()) : it.value().toString());
    spec.method = "GET";
    spec.url = base;
    spec.url.setQuery(query);
    send(item, spec, true);
}

void Publisher::send(const WorkItem &item, const RequestSpec &spec, bool lookup)
{
    ++m_inFlight;
    ++m_inFlightByOrder[item.order];
    const quint64 generation = m_generation;
    m_sessions.value(item.leaId)->send(spec, [this, item, spec, lookup, generation](const ApiResult &r) {
        if (generation != m_generation)
            return;
        onAnswer(item, spec, r, lookup);
    });
}

void Publisher::finishItem(const WorkItem &item)
{
    --m_inFlight;
    if (--m_inFlightByOrder[item.order] <= 0)
        m_inFlightByOrder.remove(item.order);
}

void Publisher::onAnswer(const WorkItem &item, const RequestSpec &spec, const ApiResult &r, bool lookup)
{
    finishItem(item);
    const HttpResult &h = r.http;
    const qint64 t = now();
    if (r.rejected) {
        m_claimed.remove(item.id());
        pauseLea(item.leaId, r.tokenFailed ? r.token.message() : failureText(h));
        pump();
        return;
    }
    if ((r.tokenFailed && r.token.http.error.kind == NetError::Kind::Cancelled)
        || h.error.kind == NetError::Kind::Cancelled) {
        m_claimed.remove(item.id()); // halted or cancelled: stays pending
        pump();
        return;
    }

    Outcome o;
    o.item = item;
    o.httpStatus = r.tokenFailed ? r.token.http.status : h.status;
    o.requestId = QString::fromLatin1(h.requestId);
    const HttpResult &answer = r.tokenFailed ? r.token.http : h;
    if (r.tokenFailed || Backoff::isRetryable(answer)) {
        m_breaker.recordFailure(m_monotonic.elapsed());
        const qint64 after = Backoff::retryAfterMs(answer, t);
        o.kind = Outcome::Kind::Retry;
        o.nextAttemptAt = t + (after >= 0 ? after : Backoff::delayMs(item.attempts + 1, &m_random));
        o.message = r.tokenFailed ? r.token.message() : failureText(answer);
        ++m_summary.retried;
        qCInfo(lcPublish).noquote() << "Will retry" << item.resource << item.keyText << "after" << (o.nextAttemptAt - t)
                                    << "ms:" << o.message;
    } else {
        m_breaker.recordSuccess(m_monotonic.elapsed());
        if (lookup && h.ok()) {
            // The lookup for a delete: the record's id, or nothing left to delete.
            const QJsonArray found = QJsonDocument::fromJson(h.body).array();
            const QString id
                = found.isEmpty() ? QString() : found.first().toObject().value(QLatin1String("id")).toString();
            if (!id.isEmpty()) {
                WorkItem again = item;
                again.resourceId = id;
                dispatch(again);
                return;
            }
            o.kind = Outcome::Kind::Sent;
        } else if (h.ok() || (item.isDelete && h.status == 404)) {
            o.kind = Outcome::Kind::Sent;
            o.resourceId = lastSegment(h.header("Location"));
        } else if (h.status == 409 && !item.isDelete
                   && classifyConflict(ErrorBody::parse(h.body, h.status), m_target.published)
                       == ConflictKind::DataException) {
            // A descriptor value or a record the district does not publish: waiting will not
            // bring it. Held with the value named until the record changes or the next download.
            ErrorBody e = ErrorBody::parse(h.body, h.status);
            if (!e.namesOnlyDescriptors()) {
                const QString named = e.references.constFirst().resource;
                for (const ReferenceFailure &ref : std::as_const(e.references)) {
                    if (!ref.descriptor) {
                        e.fix = tr("The agency has no such %1, and DEX Desk does not send %1 records: correct the "
                                   "reference in the district's records, or ask the agency to add it. The record is "
                                   "tried again when it changes or after the next download.")
                                    .arg(ref.resource.isEmpty() ? named : ref.resource);
                        break;
                    }
                }
            }
            o.kind = Outcome::Kind::Held;
            o.hold = QStringLiteral("exception");
            o.message = problemText(h, e);
            ++m_summary.held;
            qCWarning(lcPublish).noquote() << "Held" << item.resource << item.keyText << "(HTTP 409):" << e.cause;
        } else if (h.status == 409) {
            o.kind = Outcome::Kind::Waiting;
            o.nextAttemptAt = t + qMin(kMaxWaitingDelayMs, Backoff::delayMs(item.attempts + 1, &m_random));
            o.message = problemText(h);
            ++m_summary.waiting;
        } else {
            o.kind = Outcome::Kind::Rejected;
            o.message = problemText(h);
            ++m_summary.rejected;
            qCWarning(lcPublish).noquote() << "The agency rejected" << item.resource << item.keyText << "(HTTP"
                                           << h.status << "):" << ErrorBody::parse(h.body, h.status).summary();
        }
        if (o.kind == Outcome::Kind::Sent)
            ++m_summary.sent;
    }
    if (o.kind != Outcome::Kind::Sent) {
        // Kept with the record for the Errors view. The spec never holds the token: ApiSession
        // adds it to its own copy; describeRequest masks Authorization anyway.
        o.request = describeRequest(spec) + QLatin1Char('\n') + RemoteText::escape(spec.body, kDetailBytes);
        o.response = r.tokenFailed ? r.token.message() : responseText(answer);
    }
    m_claimed.remove(item.id());
    addOutcome(o);
    Q_EMIT progress();
    pump();
}

void Publisher::addOutcome(const Outcome &outcome)
{
    m_outcomes.append(outcome);
    if (m_outcomes.size() >= kFlushEvery)
        flush();
    else if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

bool Publisher::flush()
{
    m_flushTimer.stop();
    if (m_outcomes.isEmpty())
        return true;
    QString error;
    const QList<Outcome> batch = std::exchange(m_outcomes, {});
    if (!m_queue->record(batch, now(), &error)) {
        // Nothing of the batch is written (one transaction). It is kept and written first by the
        // next flush, and until the database takes it no new record is sent: a full disk must not
        // turn every pass into sends whose answers are lost. A halt or a crash forgets it, and its
        // records stay pending and go again (at least once).
        qCWarning(lcPublish).noquote() << "Recording" << batch.size() << "publish results failed:" << error;
        m_outcomes = batch + m_outcomes;
        m_summary.error = error;
        return false;
    }
    return true;
}

void Publisher::pauseLea(const QString &leaId, const QString &message)
{
    if (!m_filter.leaIds.contains(leaId))
        return;
    m_filter.leaIds.removeAll(leaId);
    m_sessions.remove(leaId);
    std::deque<WorkItem> kept;
    for (const WorkItem &w : m_buffer) {
        if (w.leaId == leaId)
            m_claimed.remove(w.id());
        else
            kept.push_back(w);
    }
    m_buffer.swap(kept);
    qCCritical(lcPublish).noquote() << "LEA" << leaId << "is paused: the agency rejected its key or secret." << message;
    Q_EMIT leaRejected(leaId, message);
}

void Publisher::finishPass()
{
    if (!m_running)
        return;
    flush();
    m_running = false;
    m_wakeTimer.stop();
    m_buffer.clear();
    m_claimed.clear();
    releaseLeases();
    m_summary.elapsedMs = m_passClock.elapsed();
    Q_EMIT passFinished(m_summary);
}

} // namespace dexdesk
