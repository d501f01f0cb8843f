#include "LogFileSink.h"

#include "LogLimits.h"

#include <QDir>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace dexdesk {

LogFileSink::LogFileSink(QString directory, qint64 sizeCap, int keptFiles)
    : m_directory(std::move(directory))
    , m_sizeCap(sizeCap > 0 ? sizeCap : LogLimits::kFileSizeCap)
    , m_keptFiles(keptFiles > 0 ? keptFiles : LogLimits::kKeptFiles)
{ }

QString LogFileSink::currentFileName()
{
    return QStringLiteral("dexdesk.log");
}

QString LogFileSink::rotatedFileName(int n)
{
    return QStringLiteral("dexdesk.%1.log").arg(n);
}

QStringList LogFileSink::existingFiles(const QString &directory)
{
    const QDir dir(directory);
    static const QRegularExpression rotated(QStringLiteral(R"(^dexdesk\.(\d+)\.log$)"));
    QList<QPair<int, QString>> found;
    for (const QString &name : dir.entryList({QStringLiteral("dexdesk*.log")}, QDir::Files)) {
        if (name == currentFileName()) {
            found.append({0, name});
            continue;
        }
        const QRegularExpressionMatch m = rotated.match(name);
        if (m.hasMatch())
            found.append({m.captured(1).toInt(), name});
    }
    std::sort(found.begin(), found.end());
    QStringList paths;
    for (const auto &f : found)
        paths << dir.filePath(f.second);
    return paths;
}

bool LogFileSink::ensureOpen()
{
    if (m_file.isOpen())
        return true;
    if (m_failed)
        return false;
    if (!QDir().mkpath(m_directory)) {
        m_failed = true;
        std::fprintf(stderr, "dexdesk: cannot create the log folder %s; log files are off\n",
                     qPrintable(QDir::toNativeSeparators(m_directory)));
        return false;
    }
    m_file.setFileName(QDir(m_directory).filePath(currentFileName()));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        m_failed = true;
        std::fprintf(stderr, "dexdesk: cannot write the log file %s (%s); log files are off\n",
                     qPrintable(QDir::toNativeSeparators(m_file.fileName())), qPrintable(m_file.errorString()));
        return false;
    }
    m_size = m_file.size();
    return true;
}

void LogFileSink::rotate()
{
    m_file.close();
    QDir dir(m_directory);
    // Keep m_keptFiles in all: dexdesk.log plus dexdesk.1 … dexdesk.(kept-1).
    const int oldest = m_keptFiles - 1;
    dir.remove(rotatedFileName(oldest));
    for (int n = oldest - 1; n >= 1; --n) {
        if (dir.exists(rotatedFileName(n)))
            dir.rename(rotatedFileName(n), rotatedFileName(n + 1));
    }
    if (oldest >= 1)
        dir.rename(currentFileName(), rotatedFileName(1));
    else
        dir.remove(currentFileName());
    // Files beyond the count (left by a build that kept more) go too.
    for (const QString &path : existingFiles(m_directory)) {
        static const QRegularExpression rotated(QStringLiteral(R"(dexdesk\.(\d+)\.log$)"));
        const QRegularExpressionMatch m = rotated.match(path);
        if (m.hasMatch() && m.captured(1).toInt() > oldest)
            QFile::remove(path);
    }
}

bool LogFileSink::write(const QStringList &lines)
{
    for (const QString &line : lines) {
        if (!ensureOpen())
            return false;
        const QByteArray bytes = line.toUtf8() + '\n';
        if (m_size > 0 && m_size + bytes.size() > m_sizeCap) {
            rotate();
            if (!ensureOpen())
                return false;
        }
        m_file.write(bytes);
        m_size += bytes.size();
    }
    if (m_file.isOpen())
        m_file.flush();
    return true;
}

void LogFileSink::close()
{
    m_file.close();
}

} // namespace dexdesk
