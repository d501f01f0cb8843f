#pragma once

// One log message as the sinks store it and the viewer shows it.

#include "LogLevel.h"

#include <QDateTime>
#include <QString>

namespace dexdesk {

struct LogRecord {
    qint64 id = 0; // the database row id; 0 before it is stored
    qint64 atMs = 0; // UTC, milliseconds since the epoch
    LogLevel level = LogLevel::Error;
    QString category;
    QString lea; // empty when the message is not about one LEA
    QString message; // already redacted and escaped

    QDateTime at() const { return QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC); }
    // "2026-03-01T12:00:00.123Z warning dexdesk.net.http [lea:255901] message" — one line, the
    // format of the log files, the bundle and `dexdesk-cli logs`.
    QString toLine() const;
    // Splits a leading "[lea:ID] " tag off `message` into `lea`.
    static void takeLeaTag(QString *message, QString *lea);
};

} // namespace dexdesk
