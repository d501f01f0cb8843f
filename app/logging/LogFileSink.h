#pragma once

// The rotating log files: appends lines to dexdesk.log in the log folder; when the file reaches
// LogLimits::kFileSizeCap it becomes dexdesk.1.log (older ones shift to .2, .3, …) and a new
// dexdesk.log starts, so at most LogLimits::kKeptFiles files exist. Used by one thread at a time.

#include <QFile>
#include <QString>
#include <QStringList>

namespace dexdesk {

class LogFileSink
{
public:
    explicit LogFileSink(QString directory, qint64 sizeCap = 0, int keptFiles = 0);

    // Appends the lines (each gets a newline) and flushes; rotates first when needed.
    bool write(const QStringList &lines);
    void close();
    QString directory() const { return m_directory; }

    static QString currentFileName(); // "dexdesk.log"
    static QString rotatedFileName(int n); // "dexdesk.<n>.log"
    // The files of this sink that exist, newest first (dexdesk.log, dexdesk.1.log, …).
    static QStringList existingFiles(const QString &directory);

private:
    bool ensureOpen();
    void rotate();

    QString m_directory;
    qint64 m_sizeCap;
    int m_keptFiles;
    QFile m_file;
    qint64 m_size = 0; // QFile::size() would flush on every call
    bool m_failed = false;
};

} // namespace dexdesk
