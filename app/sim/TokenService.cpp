#include "TokenService.h"

#include "ProblemResponse.h"
#include "SimCounters.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>

TokenService::TokenService(const QList<SimClient> &clients)
    : m_clients(clients)
{ }

SimResponse TokenService::oauthError(int status, const QString &error, const QString &description)
{
    SimResponse r = SimResponse::json(status,
                                      QJsonDocument(QJsonObject {{QStringLiteral("error"), error},
                                                                 {QStringLiteral("error_description"), description}}));
    r.setHeader("Cache-Control", "no-store");
    return r;
}

SimResponse TokenService::issue(const SimRequest &request, const SimFaults &faults, SimCounters *counters)
{
    QString key, secret, grantType;
    const QByteArray contentType = request.header("Content-Type").toLower();
    const bool json = contentType.startsWith("application/json");
    if (json) {
        if (!faults.tokenAcceptJson) {
            counters->countTokenRequest(false);
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("This server accepts the token request only as a form."));
        }
        const QJsonObject o = QJsonDocument::fromJson(request.body).object();
        key = o.value(QStringLiteral("client_id")).toString();
        secret = o.value(QStringLiteral("client_secret")).toString();
        grantType = o.value(QStringLiteral("grant_type")).toString();
    } else {
        if (!faults.tokenAcceptForm) {
            counters->countTokenRequest(false);
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("This server accepts the token request only as JSON."));
        }
        QByteArray form = request.body;
        form.replace('+', "%20");
        const QUrlQuery q(QString::fromUtf8(form));
        key = q.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
        secret = q.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
        grantType = q.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    }
    const QByteArray auth = request.header("Authorization");
    if (auth.size() > 6 && auth.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            key = QString::fromUtf8(decoded.left(colon));
            secret = QString::fromUtf8(decoded.mid(colon + 1));
        }
    }
    if (grantType != QLatin1String("client_credentials")) {
        counters->countTokenRequest(false);
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("grant_type must be client_credentials."));
    }
    int client = -1;
    for (int i = 0; i < m_clients.size(); ++i) {
        if (m_clients.at(i).key == key && m_clients.at(i).secret == secret && !key.isEmpty())
            client = i;
    }
    if (client < 0) {
        counters->countTokenRequest(false);
        return oauthError(faults.badCredentialsStatus, QStringLiteral("invalid_client"),
                          QStringLiteral("The client key or secret is not valid."));
    }
    if (m_tokens.size() > 10000) {
        for (auto it = m_tokens.begin(); it != m_tokens.end();)
            it = it->expiry.hasExpired() ? m_tokens.erase(it) : std::next(it);
    }
    QByteArray token(24, Qt::Uninitialized);
    for (char &c : token)
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    token = token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tokens.insert(token, Token {client, QDeadlineTimer(qint64(faults.tokenLifetimeSeconds) * 1000)});
    counters->countTokenRequest(true);

    QJsonObject body {{QStringLiteral("access_token"), QString::fromLatin1(token)},
                      {QStringLiteral("token_type"), QStringLiteral("bearer")}};
    if (faults.tokenExpiresIn == QLatin1String("number"))
        body.insert(QStringLiteral("expires_in"), faults.tokenLifetimeSeconds);
    else if (faults.tokenExpiresIn == QLatin1String("string"))
        body.insert(QStringLiteral("expires_in"), QString::number(faults.tokenLifetimeSeconds));
    else if (faults.tokenExpiresIn == QLatin1String("absolute"))
        body.insert(QStringLiteral("expires_in"),
                    QDateTime::currentSecsSinceEpoch() + qint64(faults.tokenLifetimeSeconds));
    SimResponse r = SimResponse::json(200, QJsonDocument(body));
    r.setHeader("Cache-Control", "no-store");
    return r;
}

const SimClient *TokenService::authenticate(const SimRequest &request, const SimFaults &faults, SimResponse *denied)
{
    const bool msg = faults.errorShape == QLatin1String("message");
    const QByteArray auth = request.header("Authorization").trimmed();
    QString detail;
    QByteArray challenge = "Bearer realm=\"dexdesk-sim\"";
    if (auth.isEmpty()) {
        detail = QStringLiteral("Authorization header is missing.");
    } else if (auth.size() < 8 || auth.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0) {
        detail = QStringLiteral("Authorization header must use the Bearer scheme.");
    } else {
        const auto it = m_tokens.constFind(auth.mid(7).trimmed());
        if (it == m_tokens.constEnd()) {
            detail = QStringLiteral("Invalid token.");
            challenge += ", error=\"invalid_token\"";
        } else if (it->expiry.hasExpired()) {
            detail = QStringLiteral("The access token has expired.");
            challenge += ", error=\"invalid_token\", error_description=\"The access token expired\"";
        } else {
            return &m_clients.at(it->client);
        }
    }
    if (faults.unauthorizedStatus == 400) {
        // As some servers do: a plain 400 without a challenge; only the text says it is the token.
        *denied = ProblemResponse::make(msg, 400, QStringLiteral("urn:ed-fi:api:bad-request"),
                                        QStringLiteral("Bad Request"), detail);
        return nullptr;
    }
    *denied = ProblemResponse::make(msg, 401, QStringLiteral("urn:ed-fi:api:security:authentication"),
                                    QStringLiteral("Authentication Failed"), detail);
    denied->setHeader("WWW-Authenticate", challenge);
    return nullptr;
}
