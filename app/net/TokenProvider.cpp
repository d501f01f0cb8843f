#include "TokenProvider.h"

#include "LogCategories.h"

#include "ErrorBody.h"
#include "HttpClient.h"
#include "RemoteText.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <cmath>

namespace dexdesk {

TokenLifetime TokenLifetime::parse(const QJsonValue &expiresIn, qint64 nowSecsSinceEpoch)
{
    TokenLifetime t;
    double value = 0;
    if (expiresIn.isUndefined() || expiresIn.isNull()) {
        return t;
    } else if (expiresIn.isDouble()) {
        t.form = Form::Seconds;
        value = expiresIn.toDouble();
    } else if (expiresIn.isString()) {
        bool numeric = false;
        value = expiresIn.toString().trimmed().toDouble(&numeric);
        t.form = numeric ? Form::Text : Form::Unreadable;
        if (!numeric)
            return t;
    } else {
        t.form = Form::Unreadable;
        return t;
    }
    if (!std::isfinite(value) || value <= 0) {
        t.form = Form::Unreadable;
        return t;
    }
    if (value > double(kMaxSeconds)) {
        // No token lives ten years: this is the moment it expires. Milliseconds are accepted too.
        t.form = Form::Absolute;
        if (value > 1e11)
            value /= 1000.0;
        value -= double(nowSecsSinceEpoch);
        if (value <= 0 || value > double(kMaxSeconds))
            return t; // already past or still absurd (a wrong clock): unknown, refresh on 401
    }
    t.seconds = int(value);
    return t;
}

QString TokenLifetime::describe() const
{
    switch (form) {
    case Form::Absent:
        return tr("lifetime not stated by the server");
    case Form::Unreadable:
        return tr("lifetime unreadable (expires_in is not a positive number)");
    case Form::Absolute:
        return seconds > 0 ? tr("lifetime %1 s, given as an absolute expiry time").arg(seconds)
                           : tr("lifetime unknown: the absolute expiry time given has already passed (check the "
                                "clock)");
    case Form::Seconds:
    case Form::Text:
        break;
    }
    return tr("lifetime %1 s").arg(seconds);
}

QString TokenResult::message() const
{
    if (ok)
        return {};
    if (http.error.kind != NetError::Kind::None)
        return http.error.userMessage();
    if (rejected)
        return tr("Key or secret rejected: the agency did not accept this LEA's authentication key and secret. "
                  "Check both in the LEA settings (a secret is easy to mistype; paste it again).");
    if (http.status == 404)
        return tr("The Authentication URL was not found (404). Check the URL's path.");
    if (http.status >= 200 && http.status < 300)
        return tr("The token answer was not understood (no access_token). Check that the Authentication URL points "
                  "at the agency's token endpoint.");
    return tr("The token request failed with HTTP %1: %2")
        .arg(http.status)
        .arg(ErrorBody::parse(http.body, http.status).summary());
}

RequestSpec TokenRequest::build(const QUrl &authUrl, const QString &key, const QString &secret, bool asJson)
{
    RequestSpec spec;
    spec.method = "POST";
    spec.url = authUrl;
    spec.timeoutMs = 20000;
    spec.maxBodyBytes = 64 * 1024;
    spec.setHeader("Accept", "application/json");
    if (asJson) {
        spec.setHeader("Content-Type", "application/json");
        spec.body = QJsonDocument(QJsonObject {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                               {QStringLiteral("client_id"), key},
                                               {QStringLiteral("client_secret"), secret}})
                        .toJson(QJsonDocument::Compact);
    } else {
        spec.setHeader("Authorization", "Basic " + (key + QLatin1Char(':') + secret).toUtf8().toBase64());
        spec.setHeader("Content-Type", "application/x-www-form-urlencoded");
        spec.body = "grant_type=client_credentials";
    }
    return spec;
}

TokenResult TokenRequest::parse(const HttpResult &http)
{
    TokenResult r;
    r.http = http;
    if (http.error.kind != NetError::Kind::None)
        return r;
    if (http.status == 401) {
        r.rejected = true;
        return r;
    }
    const QJsonObject o = QJsonDocument::fromJson(http.body).object();
    if (http.status == 400 && o.value(QStringLiteral("error")).toString() == QLatin1String("invalid_client")) {
        r.rejected = true;
        return r;
    }
    if (http.status < 200 || http.status >= 300)
        return r;
    const QString token = o.value(QStringLiteral("access_token")).toString();
    if (token.isEmpty())
        return r;
    r.ok = true;
    r.accessToken = token.toUtf8();
    r.lifetime = TokenLifetime::parse(o.value(QStringLiteral("expires_in")), QDateTime::currentSecsSinceEpoch());
    r.lifetimeSeconds = r.lifetime.seconds;
    return r;
}

bool TokenRequest::shouldRetryAsJson(const HttpResult &http)
{
    if (http.error.kind != NetError::Kind::None || (http.status != 400 && http.status != 415))
        return false;
    return QJsonDocument::fromJson(http.body).object().value(QStringLiteral("error")).toString()
        != QLatin1String("invalid_client");
}

TokenProvider::TokenProvider(HttpClient *client, QUrl authUrl, QString key, QString secret, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_authUrl(std::move(authUrl))
    , m_key(std::move(key))
    , m_secret(std::move(secret))
{
    m_clock.start();
}

bool TokenProvider::fresh() const
{
    return !m_token.isEmpty() && (m_validUntilMs == 0 || m_clock.elapsed() < m_validUntilMs);
}

void TokenProvider::token(Done done)
{
    if (fresh()) {
        TokenResult r;
        r.ok = true;
        r.accessToken = m_token;
        done(r);
        return;
    }
    m_waiting.append(std::move(done));
    if (!m_fetching)
        fetch(false);
}

void TokenProvider::invalidate(const QByteArray &token)
{
    // Only the token that failed is dropped: requests that met a 401 with an older token
    // simply pick up the one already refreshed.
    if (!token.isEmpty() && token == m_token)
        m_token.clear();
}

void TokenProvider::fetch(bool asJson)
{
    m_fetching = true;
    ++m_requests;
    m_client->submit(TokenRequest::build(m_authUrl, m_key, m_secret, asJson), [this, asJson](const HttpResult &http) {
        if (!asJson && TokenRequest::shouldRetryAsJson(http)) {
            fetch(true);
            return;
        }
        deliver(TokenRequest::parse(http));
    });
}

void TokenProvider::deliver(const TokenResult &result)
{
    m_fetching = false;
    if (result.ok) {
        m_token = result.accessToken;
        // Refresh a little early: a tenth of the lifetime, at most a minute.
        const qint64 margin = result.lifetimeSeconds > 0 ? qMin<qint64>(60, result.lifetimeSeconds / 10) : 0;
        m_validUntilMs = result.lifetimeSeconds > 0 ? m_clock.elapsed() + (result.lifetimeSeconds - margin) * 1000 : 0;
        qCDebug(lcNetToken) << "token granted; lifetime" << result.lifetimeSeconds << "s";
    } else {
        qCWarning(lcNetToken).noquote() << "token request failed:" << result.message();
    }
    const QList<Done> waiting = std::exchange(m_waiting, {});
    for (const Done &d : waiting)
        d(result);
}

} // namespace dexdesk
