#include "LevelFilter.h"

#include <QLoggingCategory>

#include <atomic>
#include <mutex>

namespace dexdesk {

namespace {

// Bits: 1 warnings, 2 info, 4 diagnostic. Read from any thread by the filter and the handler.
std::atomic<int> g_mask {0};
std::atomic<QLoggingCategory::CategoryFilter> g_previous {nullptr};
std::once_flag g_installOnce;

int maskOf(const LogLevels &l)
{
    return (l.warnings ? 1 : 0) | (l.info ? 2 : 0) | (l.diagnostic ? 4 : 0);
}

void categoryFilter(QLoggingCategory *category)
{
    // The previous filter applies QT_LOGGING_RULES and Qt's defaults (qt.* debug off); the
    // settings can only narrow what it allows, never widen it.
    if (QLoggingCategory::CategoryFilter previous = g_previous.load())
        previous(category);
    const int mask = g_mask.load();
    if (!(mask & 4))
        category->setEnabled(QtDebugMsg, false);
    if (!(mask & 2))
        category->setEnabled(QtInfoMsg, false);
    if (!(mask & 1))
        category->setEnabled(QtWarningMsg, false);
}

} // namespace

void LevelFilter::apply(const LogLevels &levels)
{
    g_mask.store(maskOf(levels));
    bool first = false;
    std::call_once(g_installOnce, [&] {
        g_previous.store(QLoggingCategory::installFilter(categoryFilter));
        first = true;
    });
    if (!first)
        QLoggingCategory::installFilter(categoryFilter); // re-runs the filter over every category
}

LogLevels LevelFilter::current()
{
    const int mask = g_mask.load();
    return {(mask & 1) != 0, (mask & 2) != 0, (mask & 4) != 0};
}

bool LevelFilter::passes(QtMsgType type)
{
    return current().isEnabled(type);
}

} // namespace dexdesk
