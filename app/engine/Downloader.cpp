#include "Downloader.h"

#include "ApiSession.h"
#include "Backoff.h"
#include "EngineConfig.h"
#include "ErrorBody.h"
#include "LogCategories.h"
#include "RemoteText.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QUrlQuery>

#include <tuple>

namespace dexdesk {

namespace {

constexpr qint64 kStaleStagingMs = 24 * 60 * 60 * 1000;
// A listing without Total-Count longer than this is taken as a server that ignores offset.
constexpr qint64 kMaxListing = 10000000;

QString trimmedUrl(const QString &url)
{
    QString u = url.trimmed();
    while (u.endsWith(QLatin1Char('/')))
        u.chop(1);
    return u;
}

QString yearText(int schoolYear)
{
    return schoolYear == 0 ? Downloader::tr("all years") : QString::number(schoolYear);
}

QString failureText(const ApiResult &r)
{
    if (r.tokenFailed)
        return r.token.message();
    if (r.http.error.kind != NetError::Kind::None)
        return r.http.error.userMessage();
    return Downloader::tr("the agency answered HTTP %1: %2")
        .arg(r.http.status)
        .arg(ErrorBody::parse(r.http.body, r.http.status).summary());
}

// A failure worth asking again within the run: transport, 408, 429, 502, 503, 504. A 500 or 501
// from an optional endpoint says it is not there, not that it is busy.
bool passing(const ApiResult &r)
{
    if (r.tokenFailed)
        return !r.token.rejected && Backoff::isRetryable(r.token.http);
    return r.http.error.kind != NetError::Kind::None
        || (Backoff::isRetryable(r.http) && r.http.status != 500 && r.http.status != 501);
}

// A failure of the agency as a whole rather than of one resource: no answer at all, a gateway or
// an overloaded service (502, 503, 504, 429), or no token. A 500 may be one broken endpoint.
bool agencyWide(const ApiResult &r)
{
    if (r.tokenFailed)
        return true;
    using K = NetError::Kind;
    const K kind = r.http.error.kind;
    if (kind == K::BodyTooLarge || kind == K::RedirectRefused || kind == K::Cancelled)
        return false; // about this answer, not the agency
    const int status = r.http.status;
    return kind != K::None || status == 429 || status == 502 || status == 503 || status == 504;
}

bool retryable(const ApiResult &r)
{
    if (r.tokenFailed)
        return !r.token.rejected && Backoff::isRetryable(r.token.http);
    return Backoff::isRetryable(r.http);
}

} // namespace

DownloadTarget DownloadTarget::fromConfig(const EngineConfig &config, const QString &leaId)
{
    DownloadTarget t;
    t.dataUrl = trimmedUrl(config.communication.dataUrl);
    t.yearSpecific = config.profile.yearSpecific;
    t.schoolYears = config.communication.schoolYears;
    for (const ResourceDef &r : config.profile.resources) {
        if (r.direction == ResourceDef::Direction::Download)
            t.resources << r;
    }
    t.leaId = leaId;
    t.dataStandardMajor = config.profile.dataStandardMajor();
    t.apiRootUrl = trimmedUrl(config.profile.apiRootUrl);
    if (t.dataUrl != trimmedUrl(config.profile.dataUrl)) {
        // An edited data URL moves the change queries with it when it has the usual shape.
        const qsizetype at = t.dataUrl.lastIndexOf(QLatin1String("/data/v"));
        if (at > 0)
            t.apiRootUrl = t.dataUrl.left(at);
    }
    if (!config.profile.extraCaFile.isEmpty())
        t.extraCaCertificates = QSslCertificate::fromPath(config.profile.extraCaFile);
    return t;
}

QUrl DownloadTarget::resourceUrl(const QString &path, int schoolYear) const
{
    QString url = dataUrl;
    if (yearSpecific)
        url += QLatin1Char('/') + QString::number(schoolYear);
    return QUrl(url + QLatin1Char('/') + path);
}

QJsonObject DownloadCounts::toJson() const
{
    QJsonObject o {{QStringLiteral("resource"), resource},      {QStringLiteral("schoolYear"), schoolYear},
                   {QStringLiteral("fetched"), fetched},        {QStringLiteral("inserted"), inserted},
                   {QStringLiteral("updated"), updated},        {QStringLiteral("deleted"), deleted},
                   {QStringLiteral("unchanged"), unchanged},    {QStringLiteral("requests"), requests},
                   {QStringLiteral("incremental"), incremental}};
    if (changeVersion >= 0)
        o.insert(QStringLiteral("changeVersion"), changeVersion);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

DownloadCounts DownloadSummary::total() const
{
    DownloadCounts t;
    t.resource = QStringLiteral("total");
    for (const DownloadCounts &c : resources) {
        t.fetched += c.fetched;
        t.inserted += c.inserted;
        t.updated += c.updated;
        t.deleted += c.deleted;
        t.unchanged += c.unchanged;
        t.requests += c.requests;
    }
    return t;
}

QJsonObject DownloadSummary::toJson() const
{
    QJsonArray list;
    for (const DownloadCounts &c : resources)
        list.append(c.toJson());
    QJsonObject o {{QStringLiteral("runId"), runId},
                   {QStringLiteral("ok"), ok()},
                   {QStringLiteral("elapsedMs"), elapsedMs},
                   {QStringLiteral("resources"), list},
                   {QStringLiteral("total"), total().toJson()},
                   {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}};
    if (halted)
        o.insert(QStringLiteral("halted"), true);
    if (!notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    o.insert(QStringLiteral("capabilities"), capabilities.toJson());
    return o;
}

Downloader::Downloader(QSqlDatabase db, ApiSession *session, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_store(db)
    , m_session(session)
    , m_random(QRandomGenerator::securelySeeded())
{
    qRegisterMetaType<DownloadSummary>();
}

Downloader::~Downloader()
{
    halt();
}

RequestSpec Downloader::request(const QUrl &url) const
{
    RequestSpec spec;
    spec.url = url;
    spec.timeoutMs = m_target.timeoutMs;
    spec.extraCaCertificates = m_target.extraCaCertificates;
    spec.setHeader("Accept", "application/json");
    return spec;
}

std::function<void(const ApiResult &)> Downloader::whileAlive(std::function<void(const ApiResult &)> onAnswer)
{
    return [alive = QPointer<Downloader>(this), onAnswer = std::move(onAnswer)](const ApiResult &r) {
        if (alive)
            onAnswer(r);
    };
}

QString Downloader::unitName() const
{
    const Unit &u = m_units.at(m_unitIndex);
    return tr("%1 (%2)").arg(u.resource.name, yearText(u.schoolYear));
}

void Downloader::start()
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_summary = {};
    m_counts = {};
    m_newest.clear();
    m_changeQueriesOff = false;
    m_listedUrlNoted = false;
    m_unanswered.clear();
    m_units.clear();
    m_unitIndex = -1;
    m_clock.start();
    QString error;
    if (!m_store.purgeStaging(kStaleStagingMs, &error) || !m_store.beginRun(&m_summary.runId, &error)) {
        m_summary.errors << tr("The database could not be written: %1").arg(error);
        finishRun();
        return;
    }
    const QList<int> years = m_target.yearSpecific ? m_target.schoolYears : QList<int> {0};
    for (int year : years) {
        for (const ResourceDef &r : std::as_const(m_target.resources)) {
            if (r.direction != ResourceDef::Direction::Download)
                continue;
            if (!DownloadStore::isSupported(r.name)) {
                qCWarning(lcDownload).noquote() << "Skipping" << r.name << "- DEX Desk has no place for it";
                continue;
            }
            m_units.append({r, year});
        }
    }
    qCInfo(lcDownload).noquote() << "Download run" << m_summary.runId << "for LEA" << m_target.leaId << ":"
                                 << m_units.size() << "resource-years";
    fetchDiscovery();
}

void Downloader::fetchDiscovery(int attempt)
{
    if (m_target.apiRootUrl.isEmpty()) {
        m_summary.capabilities.problem = tr("the profile names no API root");
        m_changeQueriesOff = true;
        m_summary.notes << tr("The profile names no API root, so there are no change queries: every resource is "
                              "downloaded in full.");
        return nextUnit();
    }
    RequestSpec spec = request(QUrl(m_target.apiRootUrl));
    spec.maxBodyBytes = 1024 * 1024;
    const quint64 generation = m_generation;
    m_session->send(
        spec, whileAlive([this, generation, attempt](const ApiResult &r) {
            if (generation != m_generation)
                return;
            if (r.tokenFailed && r.rejected) {
                m_summary.leaRejected = true;
                return failRun(
                    tr("The agency rejected the key or secret of LEA %1: %2").arg(m_target.leaId, failureText(r)));
            }
            if (passing(r) && attempt < m_target.maxAttempts) {
                const qint64 delay = qint64(double(Backoff::delayMs(attempt, &m_random)) * m_target.retryDelayScale);
                QTimer::singleShot(int(qMin(delay, Backoff::kCapMs)), this, [this, generation, attempt] {
                    if (generation == m_generation && m_running)
                        fetchDiscovery(attempt + 1);
                });
                return;
            }
            // A discovery document that cannot be read is no reason to stop: the change queries are
            // then tried once, and the data requests report their own failures.
            m_summary.capabilities = r.tokenFailed ? ServerCapabilities {} : ServerCapabilities::fromDiscovery(r.http);
            if (r.tokenFailed)
                m_summary.capabilities.problem = failureText(r);
            const ServerCapabilities &caps = m_summary.capabilities;
            if (caps.known && !caps.changeQueries) {
                m_changeQueriesOff = true;
                m_summary.notes << tr("The server does not offer change queries: every resource is downloaded in full "
                                      "and deletes are found by comparing keys.");
            }
            qCInfo(lcDownload).noquote() << "Discovery:"
                                         << (caps.known ? tr("API %1, data model %2")
                                                              .arg(caps.apiVersion.isEmpty() ? tr("(no version)")
                                                                                             : caps.apiVersion,
                                                                   caps.dataModelText())
                                                        : tr("not read (%1)").arg(caps.problem))
                                         << ";" << caps.changeQueriesText();
            nextUnit();
        }));
}

void Downloader::halt()
{
    if (!m_running)
        return;
    ++m_generation;
    m_running = false;
    m_summary.halted = true;
    QString error;
    if (!m_store.discardRun(m_summary.runId, &error)
        || !m_store.finishRun(m_summary.runId, QStringLiteral("halted"), m_summary.total().fetched,
                              int(m_summary.errors.size()), tr("Stopped before the end."),
                              QString::fromUtf8(QJsonDocument(m_summary.toJson()).toJson(QJsonDocument::Compact)),
                              &error))
        qCWarning(lcDownload).noquote() << "Could not record the stopped download:" << error;
    qCInfo(lcDownload) << "Download halted";
}

void Downloader::nextUnit()
{
    if (!m_running)
        return;
    ++m_unitIndex;
    if (!m_unanswered.isEmpty() && m_unitIndex < m_units.size()) {
        QStringList left;
        for (qsizetype i = m_unitIndex; i < m_units.size(); ++i) {
            DownloadCounts skipped;
            skipped.resource = m_units.at(i).resource.name;
            skipped.schoolYear = m_units.at(i).schoolYear;
            skipped.error = tr("not tried: the agency kept failing (%1)").arg(m_unanswered);
            m_summary.resources << skipped;
            left << (skipped.schoolYear == 0 ? skipped.resource
                                             : QStringLiteral("%1 (%2)").arg(skipped.resource).arg(skipped.schoolYear));
        }
        m_summary.errors << tr("The download stopped because the agency kept failing (%1). Not downloaded: %2. "
                               "Try again later; nothing of these changed locally.")
                                .arg(m_unanswered, left.join(QStringLiteral(", ")));
        m_unitIndex = int(m_units.size());
    }
    if (m_unitIndex >= m_units.size()) {
        finishRun();
        return;
    }
    const Unit &u = m_units.at(m_unitIndex);
    m_counts = {};
    m_counts.resource = u.resource.name;
    m_counts.schoolYear = u.schoolYear;
    if (m_newest.contains(u.schoolYear))
        beginUnit();
    else
        fetchVersions();
}

void Downloader::fetchVersions(int attempt)
{
    const int year = m_units.at(m_unitIndex).schoolYear;
    if (m_changeQueriesOff) {
        m_newest.insert(year, -1);
        beginUnit();
        return;
    }
    QString unusable;
    const QString url
        = m_summary.capabilities.changeVersionsUrlFor(m_target.apiRootUrl, m_target.yearSpecific, year, &unusable);
    if (!unusable.isEmpty() && !m_listedUrlNoted) {
        m_listedUrlNoted = true;
        const QString note = tr("Change queries are asked under the API root: %1.").arg(unusable);
        m_summary.notes << note;
        qCWarning(lcDownload).noquote() << note;
    }
    const quint64 generation = m_generation;
    m_session->send(
        request(QUrl(url)), whileAlive([this, year, generation, attempt](const ApiResult &r) {
            if (generation != m_generation)
                return;
            if (r.rejected) {
                m_summary.leaRejected = true;
                return failRun(
                    tr("The agency rejected the key or secret of LEA %1: %2").arg(m_target.leaId, failureText(r)));
            }
            if (!r.tokenFailed && r.http.ok()) {
                const qint64 newest = ServerCapabilities::newestChangeVersion(r.http.body);
                if (newest < 0)
                    return changeQueriesFailed(year, tr("the answer has no newestChangeVersion"));
                m_newest.insert(year, newest);
                return beginUnit();
            }
            // An optional capability that fails is not data: a 404, 405 or 500 (or any other answer
            // that is not a passing hiccup) ends the change queries for this run at once. Transport
            // failures, 408, 429, 502, 503 and 504 are tried again, then given up the same way.
            if (passing(r) && attempt < m_target.maxAttempts) {
                qint64 delay = Backoff::delayMs(attempt, &m_random);
                delay = qMax(delay, Backoff::retryAfterMs(r.http, QDateTime::currentMSecsSinceEpoch()));
                delay = qint64(double(delay) * m_target.retryDelayScale);
                QTimer::singleShot(int(qMin(delay, Backoff::kCapMs)), this, [this, generation, attempt] {
                    if (generation == m_generation && m_running)
                        fetchVersions(attempt + 1);
                });
                return;
            }
            changeQueriesFailed(year,
                                r.tokenFailed || r.http.error.kind != NetError::Kind::None
                                    ? failureText(r)
                                    : tr("HTTP %1").arg(r.http.status));
        }));
}

void Downloader::changeQueriesFailed(int schoolYear, const QString &why)
{
    m_changeQueriesOff = true;
    const QString note = tr("Change queries did not work (%1 for %2): every resource is downloaded in full in this "
                            "run, deletes found by comparing keys.")
                             .arg(why, yearText(schoolYear));
    m_summary.notes << note;
    qCWarning(lcDownload).noquote() << note;
    m_newest.insert(schoolYear, -1);
    beginUnit();
}

void Downloader::beginUnit()
{
    const Unit &u = m_units.at(m_unitIndex);
    const qint64 newest = m_newest.value(u.schoolYear, -1);
    qint64 stored = 0;
    bool known = false;
    QString error;
    if (!m_store.storedVersion(u.resource.name, u.schoolYear, &stored, &known, &error))
        return failUnit(tr("%1: the database could not be read: %2").arg(unitName(), error));
    m_full = newest < 0 || !known;
    m_maxVersion = newest;
    m_counts.incremental = !m_full;
    if (!m_full && stored >= newest) {
        m_counts.changeVersion = stored; // nothing changed since the last run
        m_summary.resources << m_counts;
        return nextUnit();
    }
    // Here stored < newest < 2^53 (ServerCapabilities::newestChangeVersion): no overflow.
    m_minVersion = m_full ? -1 : stored + 1;
    beginPhase(Phase::Upserts);
}

void Downloader::beginPhase(Phase phase)
{
    m_phase = phase;
    m_nextOffset = 0;
    m_total = -1;
    m_announced = -1;
    m_phaseFetched = 0;
    m_firstRecords.clear();
    m_endSeen = false;
    m_fullPageSeen = false;
    m_listingComplete = false;
    m_gaps.clear();
    m_pagesInFlight = 0;
    pump();
}

void Downloader::pump()
{
    while (m_running && m_pagesInFlight < qMax(1, m_target.maxPagesInFlight)) {
        qint64 offset = 0;
        int limit = m_target.pageSize;
        if (!m_gaps.isEmpty()) {
            std::tie(offset, limit) = m_gaps.takeFirst();
        } else if (!m_endSeen && (m_total >= 0 ? m_nextOffset < m_total : m_pagesInFlight == 0)) {
            offset = m_nextOffset;
            m_nextOffset += m_target.pageSize;
        } else {
            break;
        }
        ++m_pagesInFlight;
        sendPage(offset, limit, 1);
    }
}

void Downloader::sendPage(qint64 offset, int limit, int attempt)
{
    const Unit &u = m_units.at(m_unitIndex);
    QString path = u.resource.path;
    if (m_phase == Phase::Deletes)
        path += QStringLiteral("/deletes");
    QUrl url = m_target.resourceUrl(path, u.schoolYear);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("offset"), QString::number(offset));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (offset == 0)
        query.addQueryItem(QStringLiteral("totalCount"), QStringLiteral("true"));
    if (m_minVersion >= 0)
        query.addQueryItem(QStringLiteral("minChangeVersion"), QString::number(m_minVersion));
    if (m_maxVersion >= 0)
        query.addQueryItem(QStringLiteral("maxChangeVersion"), QString::number(m_maxVersion));
    url.setQuery(query);
    ++m_counts.requests;
    const quint64 generation = m_generation;
    m_session->send(request(url), whileAlive([this, generation, offset, limit, attempt](const ApiResult &r) {
                        onPage(generation, offset, limit, attempt, r);
                    }));
}

void Downloader::onPage(quint64 generation, qint64 offset, int limit, int attempt, const ApiResult &result)
{
    if (generation != m_generation)
        return;
    if (result.rejected) {
        m_summary.leaRejected = true;
        return failRun(
            tr("The agency rejected the key or secret of LEA %1: %2").arg(m_target.leaId, failureText(result)));
    }
    if (result.tokenFailed || !result.http.ok())
        return retryOrFail(
            generation, result, attempt, [this, offset, limit, attempt] { sendPage(offset, limit, attempt + 1); },
            tr("offset %1").arg(offset));
    if (offset == 0 && m_total < 0) {
        bool ok = false;
        const qint64 total = result.http.header("Total-Count").trimmed().toLongLong(&ok);
        if (ok && total >= 0)
            m_total = m_announced = total;
    }
    const int before = m_counts.fetched;
    if (!stagePage(offset, limit, result.http.body))
        return; // the unit failed
    const int received = m_counts.fetched - before;
    --m_pagesInFlight;
    if (received >= limit) {
        m_fullPageSeen = m_fullPageSeen || limit == m_target.pageSize;
        if (m_total >= 0 && offset + limit >= m_total) {
            m_total = -1; // more than announced: go on page by page until the end
            m_nextOffset = qMax(m_nextOffset, offset + limit);
        }
    } else if (m_total >= 0) {
        // A short page before Total-Count (the server lowered the limit): ask for the rest.
        // An empty one means fewer records than announced; the listing is then incomplete.
        if (received > 0 && offset + received < m_total)
            m_gaps << qMakePair(offset + received, limit - received);
    } else if (received == 0 || m_fullPageSeen) {
        m_endSeen = true; // an empty page, or a short one from a server that honours the limit
    } else {
        m_nextOffset = offset + received; // short from the start: maybe a lower maximum; ask on
    }
    Q_EMIT progress(m_counts.resource, m_counts.schoolYear, m_counts.fetched);

    const bool done
        = m_pagesInFlight == 0 && m_gaps.isEmpty() && (m_endSeen || (m_total >= 0 && m_nextOffset >= m_total));
    if (!done)
        return pump();
    m_listingComplete = m_total >= 0 ? m_phaseFetched == m_total : m_endSeen;
    if (!m_full && !m_listingComplete)
        return failUnit(tr("%1: the agency listed %2 of the %3 changes it announced, so nothing of it was applied.")
                            .arg(unitName())
                            .arg(m_phaseFetched)
                            .arg(m_total));
    if (m_phase == Phase::Upserts && !m_full)
        return beginPhase(Phase::Deletes);
    applyUnit();
}

void Downloader::retryOrFail(quint64 generation, const ApiResult &result, int attempt,
                             const std::function<void()> &again, const QString &what)
{
    if (!retryable(result))
        return failUnit(tr("%1, %2: %3").arg(unitName(), what, failureText(result)));
    if (attempt >= m_target.maxAttempts) {
        // The agency as a whole keeps failing or not answering: the other resources would each
        // wait through the same retries, so the run ends after this one and lists what is left.
        if (agencyWide(result))
            m_unanswered = failureText(result);
        return failUnit(
            tr("%1, %2: %3 (gave up after %n attempts)", nullptr, attempt).arg(unitName(), what, failureText(result)));
    }
    qint64 delay = Backoff::delayMs(attempt, &m_random);
    delay = qMax(delay, Backoff::retryAfterMs(result.http, QDateTime::currentMSecsSinceEpoch()));
    delay = qint64(double(delay) * m_target.retryDelayScale);
    qCInfo(lcDownload).noquote() << unitName() << what << "failed (" << failureText(result) << "); retry in" << delay
                                 << "ms";
    QTimer::singleShot(int(qMin(delay, Backoff::kCapMs)), this, [this, generation, again] {
        if (generation == m_generation && m_running)
            again();
    });
}

bool Downloader::stagePage(qint64 offset, int limit, const QByteArray &body)
{
    const QString where = tr("%1, page at offset %2").arg(unitName()).arg(offset);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray()) {
        failUnit(
            tr("%1: the agency's answer is not a JSON list (%2), so nothing of it was applied.")
                .arg(where, pe.error != QJsonParseError::NoError ? pe.errorString() : RemoteText::escape(body, 80)));
        return false;
    }
    const QJsonArray items = doc.array();
    // A server that ignores offset answers every page with the same records: paging would never
    // end (and could delete what it never listed). More records than asked for, a page starting
    // with a record an earlier page started with, or far more records than announced end the unit.
    const QString ignored = tr("the server ignores offset paging (%1), so nothing of %2 was applied.");
    if (items.size() > limit) {
        failUnit(tr("%1: %2").arg(
            where, ignored.arg(tr("%n records for a limit of %1", nullptr, int(items.size())).arg(limit), unitName())));
        return false;
    }
    if (!items.isEmpty()) {
        const QByteArray first = QJsonDocument(items.first().toObject()).toJson(QJsonDocument::Compact);
        if (m_firstRecords.contains(first)) {
            failUnit(tr("%1: %2").arg(where, ignored.arg(tr("the page repeats an earlier page"), unitName())));
            return false;
        }
        m_firstRecords.insert(first);
    }
    const qint64 cap = m_announced >= 0 ? 2 * qMax(m_announced, qint64(m_target.pageSize)) : kMaxListing;
    if (m_phaseFetched + items.size() > cap) {
        failUnit(tr("%1: %2").arg(where, ignored.arg(tr("more than %1 records listed").arg(cap), unitName())));
        return false;
    }
    const QString resource = m_counts.resource;
    const ResourceDef &def = m_units.at(m_unitIndex).resource;
    const bool deletes = m_phase == Phase::Deletes;
    // A resource with a record table is staged as the values read while checking (parsed once);
    // a descriptor page as one row holding the page's own bytes, or, for a server that uses other
    // property names, its renamed records written once as one list.
    const bool typed = DownloadStore::stagesRows(resource);
    const bool renamed = !def.propertyNames.isEmpty();
    QList<QVariantList> rows;
    QJsonArray renamedItems;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue v = !renamed || !items.at(i).isObject()
            ? items.at(i)
            : QJsonValue(def.fromServerNames(items.at(i).toObject()));
        QString why;
        QVariantList row;
        if (!v.isObject())
            why = tr("it is not a JSON object");
        else
            why = deletes ? DownloadStore::checkDelete(resource, v.toObject(), typed ? &row : nullptr)
                          : DownloadStore::checkRecord(resource, v.toObject(), typed ? &row : nullptr);
        if (!why.isEmpty()) {
            QString message = tr("%1: record %2 of the page is malformed (%3), so nothing of %4 was applied.")
                                  .arg(where)
                                  .arg(i + 1)
                                  .arg(why, unitName());
            if (m_summary.capabilities.speaksOtherStandardThan(m_target.dataStandardMajor))
                message += QLatin1Char(' ')
                    + tr("The server speaks Data Standard %1 and the profile is written for %2: a renamed property "
                         "can be given in the profile's \"propertyNames\" (docs/compatibility.md).")
                          .arg(m_summary.capabilities.dataStandardMajor())
                          .arg(m_target.dataStandardMajor);
            failUnit(message);
            return false;
        }
        if (typed)
            rows.append(row);
        else if (renamed)
            renamedItems.append(v);
    }
    QString error;
    const auto kind = deletes ? DownloadStore::Kind::Delete : DownloadStore::Kind::Upsert;
    const bool staged = items.isEmpty()
        || (typed
                ? m_store.stageRows(m_summary.runId, resource, m_counts.schoolYear, kind, rows, &error)
                : m_store.stage(m_summary.runId, resource, m_counts.schoolYear, kind,
                                {renamed ? QJsonDocument(renamedItems).toJson(QJsonDocument::Compact) : body}, &error));
    if (!staged) {
        failUnit(tr("%1: the database could not be written: %2").arg(where, error));
        return false;
    }
    m_counts.fetched += int(items.size());
    m_phaseFetched += items.size();
    return true;
}

void Downloader::applyUnit()
{
    ApplyCounts applied;
    QString error;
    // Deletes are found by comparing keys only when the listing is known to be complete: with
    // Total-Count, every announced record arrived; without it, the end was seen (see
    // docs/compatibility.md). Otherwise the records are applied and nothing is deleted.
    const bool compareKeys = m_full && m_listingComplete;
    if (m_full && !compareKeys) {
        const QString note = tr("%1: the agency listed %2 of the %3 records it announced, so no local record was "
                                "deleted in this run.")
                                 .arg(unitName())
                                 .arg(m_phaseFetched)
                                 .arg(m_announced);
        m_summary.notes << note;
        qCWarning(lcDownload).noquote() << note;
    }
    if (!m_store.apply(m_summary.runId, m_counts.resource, m_counts.schoolYear, m_target.leaId, compareKeys,
                       m_maxVersion, &applied, &error))
        return failUnit(tr("%1: the downloaded records could not be saved: %2").arg(unitName(), error));
    m_counts.inserted = applied.inserted;
    m_counts.updated = applied.updated;
    m_counts.deleted = applied.deleted;
    m_counts.unchanged = applied.unchanged;
    m_counts.changeVersion = m_maxVersion;
    qCInfo(lcDownload).noquote() << unitName() << ":" << m_counts.fetched << "fetched," << applied.inserted
                                 << "inserted," << applied.updated << "updated," << applied.deleted << "deleted"
                                 << (m_full ? "(full)" : "(changes only)");
    m_summary.resources << m_counts;
    nextUnit();
}

void Downloader::failUnit(const QString &message)
{
    ++m_generation; // this unit's outstanding answers and retries are dropped
    QString error;
    if (!m_store.discard(m_summary.runId, m_counts.resource, m_counts.schoolYear, &error))
        qCWarning(lcDownload).noquote() << "Could not discard the staged records:" << error;
    qCWarning(lcDownload).noquote() << message;
    m_counts.error = message;
    m_counts.inserted = m_counts.updated = m_counts.deleted = m_counts.unchanged = 0;
    m_summary.resources << m_counts;
    m_summary.errors << message;
    nextUnit();
}

void Downloader::failRun(const QString &message)
{
    ++m_generation;
    qCWarning(lcDownload).noquote() << message;
    m_counts.error = message;
    m_summary.resources << m_counts;
    m_summary.errors << message;
    QString error;
    if (!m_store.discardRun(m_summary.runId, &error))
        qCWarning(lcDownload).noquote() << "Could not discard the staged records:" << error;
    finishRun();
}

void Downloader::finishRun()
{
    m_running = false;
    ++m_generation;
    m_summary.elapsedMs = m_clock.elapsed();
    const DownloadCounts total = m_summary.total();
    int failed = 0;
    for (const DownloadCounts &c : std::as_const(m_summary.resources))
        failed += c.error.isEmpty() ? 0 : 1;
    const QString outcome = m_summary.errors.isEmpty()      ? QStringLiteral("ok")
        : failed > 0 && failed < m_summary.resources.size() ? QStringLiteral("partial")
                                                            : QStringLiteral("error");
    QString error;
    if (m_summary.runId > 0
        && !m_store.finishRun(m_summary.runId, outcome, total.fetched, failed, m_summary.errors.value(0),
                              QString::fromUtf8(QJsonDocument(m_summary.toJson()).toJson(QJsonDocument::Compact)),
                              &error))
        qCWarning(lcDownload).noquote() << "Could not record the download run:" << error;
    qCInfo(lcDownload).noquote() << "Download run" << m_summary.runId << outcome << "in" << m_summary.elapsedMs
                                 << "ms:" << total.fetched << "fetched," << total.inserted << "inserted,"
                                 << total.updated << "updated," << total.deleted << "deleted";
    Q_EMIT finished(m_summary);
}

} // namespace dexdesk
