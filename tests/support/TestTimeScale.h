#pragma once

#include <QtGlobal>

// Deadlines of tests that time real work are multiplied by DEXDESK_TEST_TIME_SCALE (a whole number,
// default 1). scripts/sanitize.sh sets it, since AddressSanitizer makes everything slower; only a
// time is scaled (a deadline, or a simulated latency that must stay long beside the program's own
// work), never what the test checks besides time.
inline int testTimeScale()
{
    bool ok = false;
    const int scale = qEnvironmentVariableIntValue("DEXDESK_TEST_TIME_SCALE", &ok);
    return ok && scale > 1 ? scale : 1;
}

inline qint64 scaledDeadlineMs(qint64 ms)
{
    return ms * testTimeScale();
}
