#include "HostResolver.h"

#include <QHostAddress>
#include <QHostInfo>

namespace dexdesk {

void SystemHostResolver::resolve(const QString &host, QObject *context, Done done)
{
    QHostAddress literal;
    if (literal.setAddress(host)) {
        done(true, literal.toString()); // an address needs no lookup
        return;
    }
    QHostInfo::lookupHost(host, context, [done](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            done(false, info.errorString());
            return;
        }
        QStringList addresses;
        for (const QHostAddress &a : info.addresses())
            addresses << a.toString();
        done(true, addresses.join(QStringLiteral(", ")));
    });
}

} // namespace dexdesk
