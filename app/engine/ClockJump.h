#pragma once

// Notices a jump of the wall clock (the user or NTP set it, a laptop woke up with a wrong time):
// the wall clock and a monotonic clock move together unless someone sets the wall clock. The
// engine moves its stored due times by the jump, so a clock set back an hour does not hold every
// retry back an hour, and one set forward does not make them all due at once.

#include <QElapsedTimer>
#include <QtGlobal>

namespace dexdesk {

class ClockJump
{
public:
    static constexpr qint64 kToleranceMs = 2000; // drift and scheduling noise below this is no jump

    ClockJump();
    // How far the wall clock jumped since the last call (0 when it did not); positive: forward.
    qint64 take();

private:
    QElapsedTimer m_monotonic;
    qint64 m_offset; // wall minus monotonic at the last call
};

} // namespace dexdesk
