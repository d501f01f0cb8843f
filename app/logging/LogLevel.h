#pragma once

// The four levels of the General Setup form and how they map onto Qt's message types:
// Error = qCritical (and qFatal), Warning = qWarning, Info = qInfo, Diagnostic = qDebug.
// Errors are always on; the other three follow the settings.

#include <QString>
#include <QtGlobal>

namespace dexdesk {

struct GeneralSettings;

// Ordered by severity: a lower value is more severe. Stored as this number in logs.level.
enum class LogLevel { Error = 0, Warning = 1, Info = 2, Diagnostic = 3 };

struct LogLevels {
    bool warnings = false;
    bool info = false;
    bool diagnostic = false;

    static LogLevels fromSettings(const GeneralSettings &general);
    static LogLevels all() { return {true, true, true}; }
    bool isEnabled(LogLevel level) const;
    bool isEnabled(QtMsgType type) const;

    friend bool operator==(const LogLevels &, const LogLevels &) = default;
};

LogLevel logLevelFromMsgType(QtMsgType type);
QString logLevelName(LogLevel level); // "error", "warning", "info", "diagnostic"
bool logLevelFromName(const QString &name, LogLevel *out);

} // namespace dexdesk
