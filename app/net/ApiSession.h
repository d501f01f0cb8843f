#pragma once

// Authorised requests for one LEA: adds the bearer token, and on a 401 refreshes the token once
// and repeats the request; a second 401 means the key or secret is rejected (SPEC §7.3).

#include "HttpClient.h"
#include "TokenProvider.h"

namespace dexdesk {

struct ApiResult {
    HttpResult http;
    TokenResult token; // set when no token could be had
    bool tokenFailed = false;
    bool rejected = false; // 401 after a fresh token: pause this LEA
};

class ApiSession : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const ApiResult &)>;

    ApiSession(HttpClient *client, TokenProvider *tokens, QObject *parent = nullptr);

    void send(const RequestSpec &spec, Done done);

private:
    void attempt(const RequestSpec &spec, Done done, bool isRetry);

    HttpClient *m_client;
    TokenProvider *m_tokens;
};

} // namespace dexdesk
