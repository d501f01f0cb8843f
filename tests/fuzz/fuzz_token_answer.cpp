// The token answer: TokenRequest::parse reads what the agency's token endpoint answered (JSON in
// the shapes of SPEC §8) and TokenLifetime::parse its expires_in in every form. The first byte
// picks the HTTP status; the rest is the body. No crash; a token only from a 2xx answer; a
// lifetime that is unknown (-1) or within ten years; a plain message whenever it failed.

#include "FuzzSupport.h"
#include "TokenProvider.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace dexdesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const int kStatuses[] = {200, 201, 400, 401, 415, 403, 404, 500};
    HttpResult http;
    http.status = kStatuses[data[0] % std::size(kStatuses)];
    http.body = fuzz::input(data + 1, size - 1);

    const TokenResult r = TokenRequest::parse(http);
    if (r.ok) {
        FUZZ_CHECK(http.status >= 200 && http.status < 300);
        FUZZ_CHECK(!r.accessToken.isEmpty() && !r.rejected);
        FUZZ_CHECK(r.lifetimeSeconds == r.lifetime.seconds);
        FUZZ_CHECK(r.message().isEmpty());
    } else {
        FUZZ_CHECK(!r.message().isEmpty());
    }
    FUZZ_CHECK(r.lifetimeSeconds >= -1 && r.lifetimeSeconds <= TokenLifetime::kMaxSeconds);
    TokenRequest::shouldRetryAsJson(http);

    // expires_in on its own, as any JSON value, at a fixed "now" and at the far ends of time.
    const QJsonArray values = QJsonDocument::fromJson("[" + http.body + "]").array();
    for (const QJsonValue &v : values) {
        for (qint64 now : {qint64(1764000000), qint64(0), std::numeric_limits<qint64>::max() / 2}) {
            const TokenLifetime t = TokenLifetime::parse(v, now);
            FUZZ_CHECK(t.seconds >= -1 && t.seconds <= TokenLifetime::kMaxSeconds);
            FUZZ_CHECK(!t.describe().isEmpty());
        }
    }
    return 0;
}
