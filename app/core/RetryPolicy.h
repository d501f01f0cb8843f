#pragma once

// How long and how often a failed send is tried again (SPEC §7.3). The numbers live here, below
// storage and the engine, because the queue's SQL (what is stuck, what a one-off run still waits
// for) and the engine's Backoff must agree on them.

#include <QtGlobal>

namespace dexdesk::RetryPolicy {

inline constexpr qint64 kBaseMs = 1000; // the first retry's delay
inline constexpr qint64 kCapMs = 5 * 60 * 1000; // no delay is longer
inline constexpr int kStuckAfter = 10; // attempts before a record is shown as stuck

} // namespace dexdesk::RetryPolicy
