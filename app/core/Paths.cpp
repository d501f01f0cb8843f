#include "Paths.h"

#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace dexdesk {

namespace {
QString &databaseOverride()
{
    static QString path;
    return path;
}
} // namespace

void Paths::setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("dexdesk"));
    QCoreApplication::setOrganizationName(QString()); // keeps the folder at <AppData>/dexdesk
    QCoreApplication::setApplicationVersion(QStringLiteral(DEXDESK_VERSION));
}

void Paths::setDatabaseOverride(const QString &path)
{
    if (path.isEmpty() || DatabaseLocation::looksLikeUrl(path)) {
        databaseOverride() = path; // a server URL (checked by the caller with DatabaseLocation::parse)
        return;
    }
    databaseOverride() = QFileInfo(path).absoluteFilePath();
}

QString Paths::dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Paths::databaseFile()
{
    if (!databaseOverride().isEmpty())
        return databaseOverride();
    return QDir(dataDirectory()).filePath(QStringLiteral("dexdesk.sqlite"));
}

QString Paths::userProfileDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("profiles"));
}

QString Paths::lastTestReportFile()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("last-test-connection.json"));
}

QString Paths::logDirectory()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("logs"));
}

} // namespace dexdesk
