#pragma once

// Every size, count and interval of the logging machinery, in one place (docs/logging.md lists
// them for support staff).

#include <QtGlobal>

namespace dexdesk::LogLimits {

// Rotating files in Paths::logDirectory(): dexdesk.log is written; at the cap it becomes
// dexdesk.1.log, the older ones shift up, and only kKeptFiles files exist in all.
inline constexpr qint64 kFileSizeCap = 5 * 1024 * 1024;
inline constexpr int kKeptFiles = 5;

// The writer thread wakes this often, or sooner when this many records wait.
inline constexpr int kFlushIntervalMs = 250;
inline constexpr int kFlushRows = 500;
// Records waiting for the writer beyond this are dropped, oldest first, and counted.
inline constexpr int kQueueCapacity = 50000;
// The longest message stored; the rest is cut with an ellipsis.
inline constexpr int kMaxMessageLength = 8000;

// Deleting rows in batches keeps each write transaction short while the engine runs.
inline constexpr int kPurgeBatchRows = 5000;

} // namespace dexdesk::LogLimits
