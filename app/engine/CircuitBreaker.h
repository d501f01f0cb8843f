#pragma once

// Stops the engine hammering an endpoint that is down (SPEC §7.3): when most recent requests
// failed it opens and lets nothing through; after a cool-down one probe is let through, and its
// answer closes the breaker or opens it again for longer.

#include <QtGlobal>

#include <deque>

namespace dexdesk {

class CircuitBreaker
{
public:
    enum class State { Closed, Open, HalfOpen };

    static constexpr int kWindow = 20;
    static constexpr int kMinSamples = 8;
    static constexpr int kConsecutiveToOpen = 5;
    static constexpr qint64 kFirstCooldownMs = 2000;
    static constexpr qint64 kMaxCooldownMs = 30000;

    // Whether a request may start now. In HalfOpen only one probe is out at a time.
    bool allow(qint64 nowMs);
    void recordSuccess(qint64 nowMs);
    void recordFailure(qint64 nowMs);
    void reset();

    State state(qint64 nowMs) const;
    qint64 openUntil() const { return m_openUntil; } // when the next probe may go
    int opened() const { return m_opened; } // how many times it opened (for logs and tests)
    int consecutiveFailures() const { return m_consecutiveFailures; }

private:
    void open(qint64 nowMs);

    std::deque<bool> m_recent; // true = failure
    int m_consecutiveFailures = 0;
    State m_state = State::Closed;
    qint64 m_openUntil = 0;
    qint64 m_cooldown = kFirstCooldownMs;
    bool m_probeOut = false;
    int m_opened = 0;
};

} // namespace dexdesk
