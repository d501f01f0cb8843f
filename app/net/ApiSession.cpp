#include "ApiSession.h"

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
            if (http.status == 401 && !isRetry) {
                // Several requests may meet the 401 at once; only the first invalidation of this
                // token triggers a refresh, the others get the new token.
                m_tokens->invalidate(used);
                attempt(spec, done, true);
                return;
            }
            ApiResult r;
            r.http = http;
            r.rejected = http.status == 401;
            done(r);
        });
    });
}

} // namespace dexdesk
