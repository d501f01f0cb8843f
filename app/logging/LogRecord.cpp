#include "LogRecord.h"

namespace dexdesk {

QString LogRecord::toLine() const
{
    QString line = at().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + logLevelName(level) + QLatin1Char(' ')
        + category + QLatin1Char(' ');
    if (!lea.isEmpty())
        line += QStringLiteral("[lea:") + lea + QStringLiteral("] ");
    return line + message;
}

void LogRecord::takeLeaTag(QString *message, QString *lea)
{
    static const QLatin1String prefix("[lea:");
    if (!message->startsWith(prefix))
        return;
    const qsizetype end = message->indexOf(QLatin1Char(']'), prefix.size());
    if (end < 0 || end - prefix.size() > 64)
        return;
    *lea = message->mid(prefix.size(), end - prefix.size()).trimmed();
    qsizetype rest = end + 1;
    while (rest < message->size() && message->at(rest) == QLatin1Char(' '))
        ++rest;
    message->remove(0, rest);
}

} // namespace dexdesk
