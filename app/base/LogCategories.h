#pragma once

// Every logging category of the core, declared in one place so the names stay hierarchical
// (dexdesk.<area>[.<part>]) and rules such as "dexdesk.net.*" reach all of an area's messages.

#include <QLoggingCategory>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcEngine) // dexdesk.engine
Q_DECLARE_LOGGING_CATEGORY(lcPublish) // dexdesk.engine.publish
Q_DECLARE_LOGGING_CATEGORY(lcPurge) // dexdesk.engine.purge
Q_DECLARE_LOGGING_CATEGORY(lcDownload) // dexdesk.download
Q_DECLARE_LOGGING_CATEGORY(lcUniqueId) // dexdesk.uniqueid
Q_DECLARE_LOGGING_CATEGORY(lcNet) // dexdesk.net
Q_DECLARE_LOGGING_CATEGORY(lcNetHttp) // dexdesk.net.http
Q_DECLARE_LOGGING_CATEGORY(lcNetToken) // dexdesk.net.token
Q_DECLARE_LOGGING_CATEGORY(lcNetTest) // dexdesk.net.testconnection
Q_DECLARE_LOGGING_CATEGORY(lcDb) // dexdesk.db
Q_DECLARE_LOGGING_CATEGORY(lcUi) // dexdesk.ui
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // dexdesk.keychain
Q_DECLARE_LOGGING_CATEGORY(lcSettings) // dexdesk.settings
Q_DECLARE_LOGGING_CATEGORY(lcLogging) // dexdesk.logging

namespace dexdesk {

class LogCategories
{
public:
    // The names above, for the viewer's category filter and `dexdesk-cli logs --category`.
    static QStringList names();
    // "[lea:255901] " — put first in a message to tag it with an LEA; the sinks store it in the
    // lea column and the viewer filters on it.
    static QString leaTag(const QString &leaId);
};

} // namespace dexdesk
