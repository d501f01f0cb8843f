#pragma once

// Authorised requests for one LEA: adds the bearer token, and when the server refuses it (a 401,
// or a 400 that says so) refreshes the token once (single flight) and repeats the request; a
// second refusal means the key or secret is rejected (SPEC §7.3).

#include "HttpClient.h"
#include "TokenProvider.h"

namespace dexdesk {

struct ApiResult {
    HttpResult http;
    TokenResult token; // set when no token could be had
    bool tokenFailed = false;
    bool rejected = false; // refused again after a fresh token: pause this LEA
};

class ApiSession : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ApiResult &)>;

    ApiSession(HttpClient *client, TokenProvider *tokens, QObject *parent = nullptr);

    void send(const RequestSpec &spec, Done done);

    // The answer refuses the bearer token: a 401, or a 400 with a challenge or whose error body
    // speaks of the Authorization header or an invalid or expired token (servers differ).
    static bool refusesAuthorization(const HttpResult &http);

private:
    void attempt(const RequestSpec &spec, Done done, bool isRetry);

    HttpClient *m_client;
    TokenProvider *m_tokens;
};

} // namespace dexdesk
