#include "WallClock.h"

#include <QDateTime>

#include <atomic>

namespace dexdesk {

namespace {
std::atomic<qint64> g_offsetMs {0};
}

qint64 WallClock::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch() + g_offsetMs.load(std::memory_order_relaxed);
}

void WallClock::setOffsetForTesting(qint64 offsetMs)
{
    g_offsetMs.store(offsetMs, std::memory_order_relaxed);
}

} // namespace dexdesk
