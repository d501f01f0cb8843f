#pragma once

// When to try a failed send again (SPEC §7.3): exponential backoff with full jitter from 1 s,
// capped at 5 minutes, and the server's Retry-After when it gave one.

#include "RetryPolicy.h"

#include <QtGlobal>

class QRandomGenerator;

namespace dexdesk {

struct HttpResult;

class Backoff
{
public:
    static constexpr qint64 kBaseMs = RetryPolicy::kBaseMs;
    static constexpr qint64 kCapMs = RetryPolicy::kCapMs;
    static constexpr int kStuckAfter = RetryPolicy::kStuckAfter;

    // The delay before attempt `attempts + 1`, after `attempts` failures (1 or more).
    static qint64 delayMs(int attempts, QRandomGenerator *random);
    // Retry-After as milliseconds from now (seconds or an HTTP date); -1 when absent or unreadable.
    static qint64 retryAfterMs(const HttpResult &result, qint64 nowMs);
    // Whether an answer is worth sending again (transport failure, 408, 429, 5xx gateway family).
    static bool isRetryable(const HttpResult &result);
};

} // namespace dexdesk
