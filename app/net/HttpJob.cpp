#include "HttpJob.h"

#include "LogCategories.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QTimeZone>
#include <QUuid>

namespace dexdesk {

void RequestSpec::setHeader(const QByteArray &name, const QByteArray &value)
{
    headers.removeIf([&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    headers.append({name, value});
}

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QDateTime HttpResult::serverDate() const
{
    const QByteArray date = header("Date");
    if (date.isEmpty())
        return {};
    // RFC 7231 IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT"
    QDateTime dt = QDateTime::fromString(QString::fromLatin1(date).trimmed(), Qt::RFC2822Date);
    if (!dt.isValid())
        dt = QLocale::c().toDateTime(QString::fromLatin1(date).trimmed(),
                                     QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (dt.isValid())
        dt.setTimeZone(QTimeZone::utc());
    return dt;
}

QString describeRequest(const RequestSpec &spec)
{
    QStringList headers;
    for (const auto &h : spec.headers) {
        const bool secret = h.first.compare("Authorization", Qt::CaseInsensitive) == 0
            || h.first.compare("Cookie", Qt::CaseInsensitive) == 0
            || h.first.compare("Proxy-Authorization", Qt::CaseInsensitive) == 0;
        headers << QString::fromLatin1(h.first) + QStringLiteral(": ")
                + (secret ? QStringLiteral("***") : QString::fromLatin1(h.second));
    }
    return QString::fromLatin1(spec.method) + QLatin1Char(' ')
        + spec.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) + QStringLiteral(" [")
        + headers.join(QStringLiteral(", ")) + QLatin1Char(']');
}

HttpJob::HttpJob(QNetworkAccessManager *manager, RequestSpec spec, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_spec(std::move(spec))
{ }

HttpJob::~HttpJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool HttpJob::sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto port = [](const QUrl &u) { return u.port(u.scheme() == QLatin1String("https") ? 443 : 80); };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && port(a) == port(b);
}

namespace {

// Connection, TLS and proxy failures (Qt's codes below 200); the codes from 201 on stand for HTTP
// statuses, which are answers.
bool isTransportError(QNetworkReply::NetworkError code)
{
    return code != QNetworkReply::NoError && code < QNetworkReply::ContentAccessDenied;
}

} // namespace

int RequestSpec::effectiveDeadlineMs() const
{
    return deadlineMs > 0 ? deadlineMs : 4 * timeoutMs;
}

void HttpJob::start()
{
    m_timer.start();
    // The transfer timeout restarts with every byte, so a server that answers a byte at a time
    // would hold the request (and its connection slot) for ever: the deadline bounds it.
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        m_tooSlow = true;
        if (m_reply)
            m_reply->abort();
    });
    m_deadline->start(m_spec.effectiveDeadlineMs());
    m_spec.setHeader("X-Request-ID", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    qCDebug(lcNetHttp).noquote() << "send" << describeRequest(m_spec);
    send(m_spec.url);
}

void HttpJob::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
    else
        finish({{NetError::Kind::Cancelled, {}}, 0, {}, {}, m_spec.url, {}, m_timer.elapsed()});
}

void HttpJob::send(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(m_spec.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &h : std::as_const(m_spec.headers))
        request.setRawHeader(h.first, h.second);
    if (url.scheme() == QLatin1String("https") && !m_spec.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_spec.extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
    m_body.clear();
    m_sslErrors.clear();
    m_tooLarge = false;
    QNetworkReply *reply = m_manager->sendCustomRequest(request, m_spec.method, m_spec.body);
    m_reply = reply;
    // The lambdas use `reply`, not m_reply: onFinished() clears m_reply while the reply may still
    // deliver a queued signal. Connections end with the reply, so `reply` is alive in them.
    // TLS errors are recorded to explain the failure and never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_spec.maxBodyBytes) {
            m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        // Never more than the cap (and one byte to notice it) in memory, however much arrives.
        // (QIODevice::read(n) allocates n bytes first: ask for what is there, not for the cap.)
        m_body += reply->read(qMin(reply->bytesAvailable(), m_spec.maxBodyBytes + 1 - m_body.size()));
        if (m_body.size() > m_spec.maxBodyBytes) {
            m_tooLarge = true;
            m_body.truncate(m_spec.maxBodyBytes);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &HttpJob::onFinished);
}

void HttpJob::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return; // a late signal of a reply already handled
    reply->disconnect(this); // nothing of it reaches this job again
    reply->deleteLater();
    m_reply = nullptr;
    if (!m_tooLarge && reply->isReadable()) {
        m_body += reply->read(qMin(reply->bytesAvailable(), m_spec.maxBodyBytes + 1 - m_body.size()));
        if (m_body.size() > m_spec.maxBodyBytes) {
            m_tooLarge = true;
            m_body.truncate(m_spec.maxBodyBytes);
        }
    }

    HttpResult result;
    result.finalUrl = reply->url();
    result.requestId = reply->request().rawHeader("X-Request-ID");
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &pair : reply->rawHeaderPairs())
        result.headers.append(pair);

    if (m_tooSlow) {
        result.error = {NetError::Kind::TooSlow,
                        QStringLiteral("no complete answer within %1 ms (%2 bytes arrived)")
                            .arg(m_spec.effectiveDeadlineMs())
                            .arg(m_body.size())};
        result.status = 0;
    } else if (m_tooLarge) {
        result.error = {NetError::Kind::BodyTooLarge, QStringLiteral("more than %1 bytes").arg(m_spec.maxBodyBytes)};
        result.status = 0;
    } else if (m_aborted) {
        result.error = {NetError::Kind::Cancelled, {}};
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        // Nobody here aborted it: Qt's transfer timeout did (no byte for timeoutMs). Not a
        // cancellation, which the engine would neither count as a failure nor back off from.
        result.error = {NetError::Kind::Timeout, QStringLiteral("no data for %1 ms").arg(m_spec.timeoutMs)};
        result.status = 0;
    } else if (result.status == 0 || isTransportError(reply->error())) {
        // With a status the answer broke off after its headers (closed, reset): a truncated body
        // is no answer.
        result.error = NetError::fromReply(reply->error(), m_sslErrors, reply->errorString());
        result.status = 0;
    }

    const bool redirect = result.error.kind == NetError::Kind::None
        && (result.status == 301 || result.status == 302 || result.status == 303 || result.status == 307
            || result.status == 308);
    if (redirect) {
        const QUrl target = reply->url().resolved(QUrl(QString::fromLatin1(result.header("Location"))));
        if (!target.isValid() || !sameOrigin(target, m_spec.url)) {
            // Following would send our Authorization header to someone else; https→http is a
            // different origin too. Stop here and say why.
            result.error = {NetError::Kind::RedirectRefused,
                            QStringLiteral("redirect from %1 to %2 refused")
                                .arg(m_spec.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                                     target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))};
        } else if (++m_redirects > m_spec.maxRedirects) {
            result.error = {NetError::Kind::Other, QStringLiteral("too many redirects")};
        } else {
            if (result.status == 303) {
                m_spec.method = "GET";
                m_spec.body.clear();
            }
            send(target);
            return;
        }
    }
    result.body = m_body;
    result.elapsedMs = m_timer.elapsed();
    finish(result);
}

void HttpJob::finish(HttpResult result)
{
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
    qCDebug(lcNetHttp).noquote() << "done" << QString::fromLatin1(m_spec.method) << result.status
                                 << int(result.error.kind) << result.elapsedMs << "ms";
    Q_EMIT finished(result);
}

} // namespace dexdesk
