#pragma once

// Filters messages at the source: a QLoggingCategory filter turns a category's debug, info and
// warning switches off when the settings disable that level, so qCDebug() and friends skip the
// message before it is even formatted. Critical (Error) is never turned off here.

#include "LogLevel.h"

namespace dexdesk {

class LevelFilter
{
public:
    // Installs the filter on first use and re-evaluates every category at once.
    static void apply(const LogLevels &levels);
    static LogLevels current();
    // True when a message of this type passes the settings (the handler's second check).
    static bool passes(QtMsgType type);
};

} // namespace dexdesk
