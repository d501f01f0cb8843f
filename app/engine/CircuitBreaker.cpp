#include "CircuitBreaker.h"

#include <algorithm>

namespace dexdesk {

bool CircuitBreaker::allow(qint64 nowMs)
{
    switch (state(nowMs)) {
    case State::Closed:
        return true;
    case State::Open:
        return false;
    case State::HalfOpen:
        if (m_probeOut)
            return false;
        m_state = State::HalfOpen;
        m_probeOut = true;
        return true;
    }
    return false;
}

CircuitBreaker::State CircuitBreaker::state(qint64 nowMs) const
{
    if (m_state == State::Open && nowMs >= m_openUntil)
        return State::HalfOpen;
    return m_state;
}

void CircuitBreaker::recordSuccess(qint64 nowMs)
{
    Q_UNUSED(nowMs)
    m_consecutiveFailures = 0;
    if (m_state != State::Closed) {
        // The probe got through: the endpoint is back. Start counting afresh.
        m_state = State::Closed;
        m_probeOut = false;
        m_cooldown = kFirstCooldownMs;
        m_recent.clear();
        return;
    }
    m_recent.push_back(false);
    if (m_recent.size() > kWindow)
        m_recent.pop_front();
}

void CircuitBreaker::recordFailure(qint64 nowMs)
{
    if (m_state != State::Closed) {
        // A failed probe (or a late failure of a request sent before the breaker opened).
        if (m_probeOut || state(nowMs) == State::HalfOpen) {
            m_probeOut = false;
            m_cooldown = std::min(m_cooldown * 2, kMaxCooldownMs);
            open(nowMs);
        }
        return;
    }
    ++m_consecutiveFailures;
    m_recent.push_back(true);
    if (m_recent.size() > kWindow)
        m_recent.pop_front();
    const auto failures = std::count(m_recent.cbegin(), m_recent.cend(), true);
    const bool mostFail = int(m_recent.size()) >= kMinSamples && failures * 4 >= qint64(m_recent.size()) * 3;
    if (m_consecutiveFailures >= kConsecutiveToOpen || mostFail)
        open(nowMs);
}

void CircuitBreaker::open(qint64 nowMs)
{
    m_state = State::Open;
    m_openUntil = nowMs + m_cooldown;
    ++m_opened;
}

void CircuitBreaker::reset()
{
    *this = CircuitBreaker();
}

} // namespace dexdesk
