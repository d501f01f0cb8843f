#include "ClockJump.h"

#include "WallClock.h"

namespace dexdesk {

ClockJump::ClockJump()
{
    m_monotonic.start();
    m_offset = WallClock::nowMs() - m_monotonic.elapsed();
}

qint64 ClockJump::take()
{
    const qint64 offset = WallClock::nowMs() - m_monotonic.elapsed();
    const qint64 jump = offset - m_offset;
    if (qAbs(jump) < kToleranceMs)
        return 0;
    m_offset = offset;
    return jump;
}

} // namespace dexdesk
