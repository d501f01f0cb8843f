#pragma once

// Access tokens for one LEA: one token shared by all its requests, refreshed before it expires,
// and a single refresh when several requests meet a 401 at once. Tolerates the token answers
// real servers give (SPEC §8). The secret stays in memory here and is never logged.

#include "HttpJob.h"

#include <QJsonValue>
#include <QObject>

#include <functional>

namespace dexdesk {

class HttpClient;

// How long a token lives, from the token answer's expires_in in every form servers send: a number
// of seconds, the same as a string, absent, or an absolute Unix time (a value larger than any sane
// lifetime, compared with the current time). The one place that reads expires_in.
struct TokenLifetime {
    Q_DECLARE_TR_FUNCTIONS(TokenLifetime)

public:
    enum class Form { Absent, Seconds, Text, Absolute, Unreadable };
    static constexpr qint64 kMaxSeconds = 10LL * 365 * 86400; // larger: an absolute time

    int seconds = -1; // -1: unknown (absent, unreadable, or already past)
    Form form = Form::Absent;

    static TokenLifetime parse(const QJsonValue &expiresIn, qint64 nowSecsSinceEpoch);
    QString describe() const; // "lifetime 1800 s", "lifetime not stated by the server", …
};

struct TokenResult {
    Q_DECLARE_TR_FUNCTIONS(TokenResult)

public:
    bool ok = false;
    QByteArray accessToken;
    int lifetimeSeconds = -1; // -1: the server did not say (refresh on 401 only)
    TokenLifetime lifetime; // how expires_in was given
    bool rejected = false; // 401, or 400 invalid_client: key or secret wrong
    HttpResult http; // the last token request's answer (body never logged)

    QString message() const; // why it failed, in plain words
};

class TokenProvider : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const TokenResult &)>;

    TokenProvider(HttpClient *client, QUrl authUrl, QString key, QString secret, QObject *parent = nullptr);

    void token(Done done); // a valid token, fetched when needed
    void invalidate(const QByteArray &token); // call after a 401 made with `token`
    int tokenRequests() const { return m_requests; }

private:
    void fetch(bool asJson);
    void deliver(const TokenResult &result);
    bool fresh() const;

    HttpClient *m_client;
    QUrl m_authUrl;
    QString m_key;
    QString m_secret;
    QByteArray m_token;
    qint64 m_validUntilMs = 0; // monotonic; 0 with a token = unknown lifetime
    QElapsedTimer m_clock;
    QList<Done> m_waiting;
    bool m_fetching = false;
    int m_requests = 0;
};

// Builds and parses the token request; shared by TokenProvider and Test Connection.
class TokenRequest
{
public:
    static RequestSpec build(const QUrl &authUrl, const QString &key, const QString &secret, bool asJson);
    static TokenResult parse(const HttpResult &http);
    // A 400/415 that is not invalid_client may mean the server wants JSON instead of a form.
    static bool shouldRetryAsJson(const HttpResult &http);
};

} // namespace dexdesk
