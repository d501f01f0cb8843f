#include "LogLevel.h"

#include "Settings.h"

namespace dexdesk {

LogLevels LogLevels::fromSettings(const GeneralSettings &general)
{
    return {general.logWarnings, general.logInfo, general.logDiagnostic};
}

bool LogLevels::isEnabled(LogLevel level) const
{
    switch (level) {
    case LogLevel::Error:
        return true;
    case LogLevel::Warning:
        return warnings;
    case LogLevel::Info:
        return info;
    case LogLevel::Diagnostic:
        return diagnostic;
    }
    return true;
}

bool LogLevels::isEnabled(QtMsgType type) const
{
    return isEnabled(logLevelFromMsgType(type));
}

LogLevel logLevelFromMsgType(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return LogLevel::Diagnostic;
    case QtInfoMsg:
        return LogLevel::Info;
    case QtWarningMsg:
        return LogLevel::Warning;
    case QtCriticalMsg:
    case QtFatalMsg:
        return LogLevel::Error;
    }
    return LogLevel::Error;
}

QString logLevelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Error:
        return QStringLiteral("error");
    case LogLevel::Warning:
        return QStringLiteral("warning");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Diagnostic:
        return QStringLiteral("diagnostic");
    }
    return QStringLiteral("error");
}

bool logLevelFromName(const QString &name, LogLevel *out)
{
    for (LogLevel l : {LogLevel::Error, LogLevel::Warning, LogLevel::Info, LogLevel::Diagnostic}) {
        if (name.compare(logLevelName(l), Qt::CaseInsensitive) == 0) {
            *out = l;
            return true;
        }
    }
    if (name.compare(QLatin1String("debug"), Qt::CaseInsensitive) == 0) {
        *out = LogLevel::Diagnostic;
        return true;
    }
    return false;
}

} // namespace dexdesk
