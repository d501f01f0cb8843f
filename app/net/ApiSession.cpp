#include "ApiSession.h"

#include "ErrorBody.h"

#include <QRegularExpression>

namespace dexdesk {

ApiSession::ApiSession(HttpClient *client, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_tokens(tokens)
{ }

void ApiSession::send(const RequestSpec &spec, Done done)
{
    attempt(spec, std::move(done), false);
}

void ApiSession::attempt(const RequestSpec &spec, Done done, bool isRetry)
{
    m_tokens->token([this, spec, done, isRetry](const TokenResult &token) {
        if (!token.ok) {
            ApiResult r;
            r.token = token;
            r.tokenFailed = true;
            r.rejected = token.rejected;
            done(r);
            return;
        }
        RequestSpec authorised = spec;
        authorised.setHeader("Authorization", "Bearer " + token.accessToken);
        const QByteArray used = token.accessToken;
        m_client->submit(authorised, [this, spec, done, isRetry, used](const HttpResult &http) {
            const bool refused = refusesAuthorization(http);
            if (refused && !isRetry) {
                // Several requests may meet the 401 at once; only the first invalidation of this
                // token triggers a refresh, the others get the new token.
                m_tokens->invalidate(used);
                attempt(spec, done, true);
                return;
            }
            ApiResult r;
            r.http = http;
            r.rejected = refused;
            done(r);
        });
    });
}

bool ApiSession::refusesAuthorization(const HttpResult &http)
{
    if (http.error.kind != NetError::Kind::None)
        return false;
    if (http.status == 401)
        return true;
    if (http.status != 400)
        return false;
    if (!http.header("WWW-Authenticate").isEmpty())
        return true;
    // Servers that answer a missing, malformed or expired bearer token with a plain 400 say so only
    // in words; a record's own validation errors never speak of the Authorization header or token.
    const ErrorBody e = ErrorBody::parse(http.body, 400);
    static const QRegularExpression words(
        QStringLiteral("authori[sz]ation header|bearer|access token|invalid[_ ]token|token (has )?expired|expired "
                       "token|security:authentication|not authenticated|authentication failed"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &text : {e.type, e.title, e.detail, e.message, e.oauthError})
        if (text.contains(words))
            return true;
    return false;
}

} // namespace dexdesk
