#include "LogCategories.h"

Q_LOGGING_CATEGORY(lcEngine, "dexdesk.engine")
Q_LOGGING_CATEGORY(lcPublish, "dexdesk.engine.publish")
Q_LOGGING_CATEGORY(lcPurge, "dexdesk.engine.purge")
Q_LOGGING_CATEGORY(lcDownload, "dexdesk.download")
Q_LOGGING_CATEGORY(lcUniqueId, "dexdesk.uniqueid")
Q_LOGGING_CATEGORY(lcNet, "dexdesk.net")
Q_LOGGING_CATEGORY(lcNetHttp, "dexdesk.net.http")
Q_LOGGING_CATEGORY(lcNetToken, "dexdesk.net.token")
Q_LOGGING_CATEGORY(lcNetTest, "dexdesk.net.testconnection")
Q_LOGGING_CATEGORY(lcDb, "dexdesk.db")
Q_LOGGING_CATEGORY(lcUi, "dexdesk.ui")
Q_LOGGING_CATEGORY(lcKeychain, "dexdesk.keychain")
Q_LOGGING_CATEGORY(lcSettings, "dexdesk.settings")
Q_LOGGING_CATEGORY(lcLogging, "dexdesk.logging")

namespace dexdesk {

QStringList LogCategories::names()
{
    return {QStringLiteral("dexdesk.engine"),
            QStringLiteral("dexdesk.engine.publish"),
            QStringLiteral("dexdesk.engine.purge"),
            QStringLiteral("dexdesk.download"),
            QStringLiteral("dexdesk.uniqueid"),
            QStringLiteral("dexdesk.net"),
            QStringLiteral("dexdesk.net.http"),
            QStringLiteral("dexdesk.net.token"),
            QStringLiteral("dexdesk.net.testconnection"),
            QStringLiteral("dexdesk.db"),
            QStringLiteral("dexdesk.ui"),
            QStringLiteral("dexdesk.keychain"),
            QStringLiteral("dexdesk.settings"),
            QStringLiteral("dexdesk.logging")};
}

QString LogCategories::leaTag(const QString &leaId)
{
    return QStringLiteral("[lea:") + leaId + QStringLiteral("] ");
}

} // namespace dexdesk
