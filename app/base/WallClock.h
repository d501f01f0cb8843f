#pragma once

// The wall clock as the engine reads it for the due times it stores (which outlive a restart).
// Tests shift it to show that a jump of the system clock neither stalls nor floods the engine,
// without touching the machine's real clock; waiting itself runs on monotonic timers.

#include <QtGlobal>

namespace dexdesk {

class WallClock
{
public:
    static qint64 nowMs(); // milliseconds since the epoch, plus the test offset
    static void setOffsetForTesting(qint64 offsetMs);
};

} // namespace dexdesk
