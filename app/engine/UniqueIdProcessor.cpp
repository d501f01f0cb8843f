#include "UniqueIdProcessor.h"

#include "ApiSession.h"
#include "Backoff.h"
#include "Database.h"
#include "ErrorBody.h"
#include "HttpJob.h"
#include "LogCategories.h"
#include "RemoteText.h"
#include "WallClock.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace dexdesk {

namespace {

QString failureText(const HttpResult &h)
{
    if (h.error.kind != NetError::Kind::None)
        return h.error.userMessage();
    return UniqueIdProcessor::tr("The identity service answered HTTP %1: %2")
        .arg(h.status)
        .arg(ErrorBody::parse(h.body, h.status).summary());
}

// A candidate as we keep it for the review list: only the fields we show, escaped and capped.
QJsonObject cleanCandidate(const QJsonObject &c)
{
    QJsonObject out;
    out.insert(QStringLiteral("uniqueId"),
               RemoteText::escape(c.value(QStringLiteral("uniqueId")).toVariant().toString(), 60));
    const QJsonValue score = c.value(QStringLiteral("score"));
    if (score.isDouble())
        out.insert(QStringLiteral("score"), score.toDouble());
    const QJsonObject person = c.value(QStringLiteral("person")).toObject();
    QJsonObject p;
    for (const QString &field : {QStringLiteral("givenName"), QStringLiteral("middleName"),
                                 QStringLiteral("familyName"), QStringLiteral("birthDate"), QStringLiteral("sex")}) {
        const QString v = person.value(field).toString();
        if (!v.isEmpty())
            p.insert(field, RemoteText::escape(v, 75));
    }
    out.insert(QStringLiteral("person"), p);
    return out;
}

} // namespace

UniqueIdProcessor::UniqueIdProcessor(QSqlDatabase db, ApiSession *session, QUrl identityUrl, UniqueIdScope scope,
                                     QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_requests(db)
    , m_session(session)
    , m_identityUrl(std::move(identityUrl))
    , m_scope(std::move(scope))
    , m_random(QRandomGenerator::securelySeeded())
{
    qRegisterMetaType<UniqueIdSummary>();
}

UniqueIdProcessor::~UniqueIdProcessor() = default;

bool UniqueIdProcessor::parseCandidates(const QByteArray &body, QJsonArray *out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonArray raw;
    if (doc.isArray())
        raw = doc.array();
    else if (doc.isObject() && doc.object().value(QStringLiteral("candidates")).isArray())
        raw = doc.object().value(QStringLiteral("candidates")).toArray();
    else
        return false;
    for (const QJsonValue &v : raw) {
        const QJsonObject c = cleanCandidate(v.toObject());
        if (!c.value(QStringLiteral("uniqueId")).toString().isEmpty())
            out->append(c);
    }
    return true;
}

QString UniqueIdProcessor::createdId(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return {};
    return doc.object().value(QStringLiteral("uniqueId")).toVariant().toString().trimmed();
}

QUrl UniqueIdProcessor::identityUrl(const Profile &profile, const CommunicationSettings &communication)
{
    if (!profile.supportedServices.testFlag(Service::UniqueId) || profile.uniqueIdPath.isEmpty())
        return {};
    // The API root relates to the data URL as the profile's own URLs do ("<root>data/v3"); a data
    // URL the user moved takes the root along. Otherwise the profile's root stands.
    QString root = profile.apiRootUrl;
    if (!root.isEmpty() && profile.dataUrl.startsWith(root)) {
        const QString suffix = profile.dataUrl.mid(root.size());
        QString data = communication.dataUrl.trimmed();
        while (data.endsWith(QLatin1Char('/')))
            data.chop(1);
        if (!suffix.isEmpty() && data.endsWith(suffix))
            root = data.left(data.size() - suffix.size());
    }
    if (root.isEmpty())
        return {};
    if (!root.endsWith(QLatin1Char('/')))
        root += QLatin1Char('/');
    QString path = profile.uniqueIdPath;
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return QUrl(root + path);
}

int UniqueIdProcessor::intervalMs(Frequency frequency)
{
    switch (frequency) {
    case Frequency::High:
        return 30 * 1000;
    case Frequency::Standard:
        return 2 * 60 * 1000;
    case Frequency::Low:
        break;
    }
    return 15 * 60 * 1000;
}

qint64 UniqueIdProcessor::now() const
{
    return WallClock::nowMs();
}

qint64 UniqueIdProcessor::nextDueAt() const
{
    return m_requests.nextDueAt(m_scope);
}

void UniqueIdProcessor::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_summary = {};
    m_buffer.clear();
    m_seen.clear();
    m_inFlight = 0;
    m_exhausted = false;
    m_clock.start();
    if (!m_session || !m_identityUrl.isValid()) {
        m_summary.error = tr("The Unique ID service has no address or no LEA to ask for.");
        finishRun();
        return;
    }
    QString error;
    if (const qint64 jump = m_clockJump ? m_clockJump->take() : 0) {
        const int moved = m_requests.shiftDueTimes(jump, &error);
        if (moved < 0)
            qCWarning(lcUniqueId).noquote()
                << "The system clock jumped by" << jump / 1000
                << "s, but the due times of unique-ID requests could not be moved with it:" << error;
        else
            qCInfo(lcUniqueId).noquote() << "The system clock jumped by" << jump / 1000 << "s; the due times of"
                                         << moved << "unique-ID requests moved with it";
        error.clear();
    }
    m_summary.open = m_requests.open(m_scope, now(), &error);
    if (m_summary.open < 0) {
        m_summary.open = 0;
        m_summary.error = error;
        finishRun();
        return;
    }
    pump();
}

void UniqueIdProcessor::halt()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    m_buffer.clear();
    m_inFlight = 0;
}

bool UniqueIdProcessor::refill()
{
    if (m_exhausted)
        return false;
    QString error;
    const QList<UniqueIdRequest> batch = m_requests.due(m_scope, now(), kBatch, &error);
    if (!error.isEmpty()) {
        m_summary.error = error;
        m_exhausted = true;
        return false;
    }
    for (const UniqueIdRequest &r : batch) {
        if (!m_seen.contains(r.id()))
            m_buffer.push_back(r);
    }
    if (m_buffer.empty())
        m_exhausted = true;
    return !m_buffer.empty();
}

void UniqueIdProcessor::pump()
{
    if (!m_running)
        return;
    while (m_inFlight < m_maxInFlight && !m_exhausted) {
        if (m_buffer.empty() && !refill())
            break;
        UniqueIdRequest r = std::move(m_buffer.front());
        m_buffer.pop_front();
        if (m_seen.contains(r.id()))
            continue;
        m_seen.insert(r.id());
        dispatch(std::move(r));
    }
    if (m_inFlight == 0 && (m_exhausted || m_buffer.empty()))
        finishRun();
}

void UniqueIdProcessor::dispatch(UniqueIdRequest request)
{
    if (request.state == UniqueIdRequests::kPolling) {
        // The bearer token goes only where the identity service lives (SPEC §12).
        const QUrl poll = m_identityUrl.resolved(QUrl(request.pollUrl));
        if (!HttpJob::sameOrigin(poll, m_identityUrl)) {
            request.state = UniqueIdRequests::kPending;
            request.pollUrl.clear();
            request.lastError
                = tr("The identity service asked to be polled at another server (%1); the request starts over.")
                      .arg(RemoteText::escape(poll.toString(QUrl::RemoveUserInfo), 200));
            request.nextAttemptAt = now() + Backoff::delayMs(++request.attempts, &m_random);
            ++m_summary.retrying;
            persist(request);
            return;
        }
        send(request, Call::Poll);
    } else {
        send(request, request.state == UniqueIdRequests::kCreating ? Call::Create : Call::Find);
    }
}

void UniqueIdProcessor::send(const UniqueIdRequest &request, Call call)
{
    RequestSpec spec;
    spec.timeoutMs = m_timeoutMs;
    spec.maxBodyBytes = 4 * 1024 * 1024;
    const QString base = m_identityUrl.toString();
    if (call == Call::Poll) {
        spec.method = "GET";
        spec.url = m_identityUrl.resolved(QUrl(request.pollUrl));
    } else {
        spec.method = "POST";
        spec.url = QUrl(base + (call == Call::Find ? QStringLiteral("/find") : QStringLiteral("/identities")));
        spec.body = QJsonDocument(request.person.toIdentityJson()).toJson(QJsonDocument::Compact);
        spec.setHeader("Content-Type", "application/json");
    }
    spec.setHeader("Accept", "application/json");
    ++m_inFlight;
    const quint64 generation = m_generation;
    QPointer<UniqueIdProcessor> self(this);
    m_session->send(spec, [self, generation, request, call](const ApiResult &result) {
        if (!self || generation != self->m_generation)
            return;
        --self->m_inFlight;
        self->onAnswer(request, call, result);
        if (self)
            self->pump();
    });
}

void UniqueIdProcessor::onAnswer(UniqueIdRequest request, Call call, const ApiResult &result)
{
    const HttpResult &h = result.http;
    if (result.rejected) {
        // The key or secret is wrong: every other request would meet the same answer.
        m_summary.leaRejected = true;
        m_summary.error
            = result.tokenFailed ? result.token.message() : tr("The agency rejected the key or secret (HTTP 401).");
        m_exhausted = true;
        m_buffer.clear();
        return;
    }
    if (result.tokenFailed) {
        retry(std::move(request), result.token.message(), -1);
        return;
    }
    if (Backoff::isRetryable(h)) {
        retry(std::move(request), failureText(h), Backoff::retryAfterMs(h, now()));
        return;
    }
    if (h.status == 202) {
        const QByteArray location = h.header("Location").trimmed();
        if (location.isEmpty()) {
            retry(std::move(request), tr("The identity service answered 202 without saying where to ask again."), -1);
            return;
        }
        request.state = UniqueIdRequests::kPolling;
        request.pollUrl = h.finalUrl.resolved(QUrl(QString::fromUtf8(location))).toString();
        request.nextAttemptAt = now() + m_pollDelayMs;
        request.lastError.clear();
        ++m_summary.polling;
        persist(request);
        return;
    }
    if (call == Call::Poll && (h.status == 404 || h.status == 410)) {
        // The agency forgot the request: ask again from the start.
        request.state = UniqueIdRequests::kPending;
        request.pollUrl.clear();
        request.nextAttemptAt = 0;
        request.lastError = tr("The identity service no longer knew the pending request; it is asked again.");
        ++m_summary.retrying;
        persist(request);
        return;
    }
    if (!h.ok()) {
        request.state = UniqueIdRequests::kRejected;
        request.pollUrl.clear();
        request.candidates = request.person.fingerprint();
        request.lastError = failureText(h);
        ++m_summary.rejected;
        qCWarning(lcUniqueId).noquote() << LogCategories::leaTag(request.person.leaId) + request.person.text()
                                        << "refused by the identity service:" << request.lastError;
        persist(request);
        return;
    }

    // An answer: a poll's carries what the original call would have said, recognised by shape.
    QJsonArray candidates;
    const QString created = createdId(h.body);
    if (call != Call::Find && !created.isEmpty()) {
        writeBack(std::move(request), created, true, {});
        return;
    }
    if (call != Call::Create && parseCandidates(h.body, &candidates)) {
        onFound(std::move(request), candidates);
        return;
    }
    retry(std::move(request),
          tr("The identity service's answer could not be read: %1").arg(RemoteText::escape(h.body, 200)), -1);
}

void UniqueIdProcessor::onFound(UniqueIdRequest request, const QJsonArray &candidates)
{
    if (candidates.isEmpty()) {
        // Nobody like this person is known: the agency makes a new ID. Saved first, so a crash
        // before the answer asks for the new ID rather than searching again.
        request.state = UniqueIdRequests::kCreating;
        request.pollUrl.clear();
        request.lastError.clear();
        persist(request);
        if (m_running)
            send(request, Call::Create);
        return;
    }
    const QJsonObject first = candidates.first().toObject();
    if (candidates.size() == 1 && first.value(QStringLiteral("score")).toDouble(-1) >= kConfidentScore) {
        writeBack(std::move(request), first.value(QStringLiteral("uniqueId")).toString(), false, candidates);
        return;
    }
    request.state = UniqueIdRequests::kReview;
    request.pollUrl.clear();
    request.candidates = QString::fromUtf8(QJsonDocument(candidates).toJson(QJsonDocument::Compact));
    request.lastError.clear();
    ++m_summary.review;
    qCInfo(lcUniqueId).noquote() << LogCategories::leaTag(request.person.leaId) + request.person.text() << "has"
                                 << candidates.size() << "candidate(s) for review";
    persist(request);
}

void UniqueIdProcessor::writeBack(UniqueIdRequest request, const QString &stateId, bool created,
                                  const QJsonArray &candidates)
{
    QString error;
    if (m_requests.writeBack(request.person, stateId, now(), &error)) {
        created ? ++m_summary.created : ++m_summary.matched;
        qCInfo(lcUniqueId).noquote() << LogCategories::leaTag(request.person.leaId) + request.person.text()
                                     << (created ? "got the new state ID" : "matched state ID") << stateId;
        return;
    }
    // The ID could not be used as it is (taken by another local person, the row changed): the user
    // decides, with the ID offered as the one candidate.
    QJsonArray offered = candidates;
    if (offered.isEmpty())
        offered.append(QJsonObject {{QStringLiteral("uniqueId"), stateId},
                                    {QStringLiteral("person"), request.person.toIdentityJson()}});
    request.state = UniqueIdRequests::kReview;
    request.pollUrl.clear();
    request.candidates = QString::fromUtf8(QJsonDocument(offered).toJson(QJsonDocument::Compact));
    request.lastError = error;
    ++m_summary.review;
    qCWarning(lcUniqueId).noquote() << LogCategories::leaTag(request.person.leaId) + request.person.text()
                                    << "could not take state ID" << stateId << ":" << error;
    persist(request);
}

void UniqueIdProcessor::retry(UniqueIdRequest request, const QString &message, qint64 retryAfterMs)
{
    ++request.attempts;
    const qint64 delay = retryAfterMs >= 0 ? retryAfterMs : Backoff::delayMs(request.attempts, &m_random);
    request.nextAttemptAt = now() + qMin(delay, Backoff::kCapMs);
    request.lastError = message;
    ++m_summary.retrying;
    qCInfo(lcUniqueId).noquote() << LogCategories::leaTag(request.person.leaId) + request.person.text()
                                 << "will be asked again in" << delay << "ms:" << message;
    persist(request);
}

void UniqueIdProcessor::persist(const UniqueIdRequest &request)
{
    QString error;
    if (!m_requests.save(request, now(), &error)) {
        m_summary.error = error;
        m_exhausted = true;
        m_buffer.clear();
    }
    Q_EMIT progress(m_summary.handled(), m_summary.open);
}

void UniqueIdProcessor::finishRun()
{
    m_running = false;
    m_summary.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_summary.handled() > 0 || !m_summary.error.isEmpty()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO job_runs (kind, started_at, finished_at, outcome, sent, failed, message) "
                                 "VALUES ('unique-id', ?, ?, ?, ?, ?, ?)"));
        const qint64 end = now();
        q.addBindValue(end - m_summary.elapsedMs);
        q.addBindValue(end);
        q.addBindValue(!m_summary.error.isEmpty()                        ? QStringLiteral("error")
                           : m_summary.retrying + m_summary.rejected > 0 ? QStringLiteral("partial")
                                                                         : QStringLiteral("ok"));
        q.addBindValue(m_summary.written());
        q.addBindValue(m_summary.retrying + m_summary.rejected);
        q.addBindValue(m_summary.error.isEmpty() ? QVariant() : QVariant(m_summary.error));
        if (!q.exec())
            qCWarning(lcUniqueId).noquote() << "Could not record the Unique ID run:" << Database::lastError(q);
        qCInfo(lcUniqueId).noquote() << "Unique ID run:" << m_summary.matched << "matched," << m_summary.created
                                     << "new," << m_summary.review << "to review," << m_summary.polling << "pending,"
                                     << m_summary.retrying << "to retry," << m_summary.rejected << "refused";
    }
    Q_EMIT finished(m_summary);
}

} // namespace dexdesk
