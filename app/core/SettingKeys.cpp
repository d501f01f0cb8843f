#include "SettingKeys.h"

#include <QStringList>

namespace dexdesk {

bool generalKeyFromName(QStringView name, GeneralKey *out)
{
    for (GeneralKey key : kGeneralKeys) {
        if (name == keyName(key)) {
            *out = key;
            return true;
        }
    }
    return false;
}

bool communicationKeyFromName(QStringView name, CommunicationKey *out)
{
    for (CommunicationKey key : kCommunicationKeys) {
        if (name == keyName(key)) {
            *out = key;
            return true;
        }
    }
    return false;
}

QStringList communicationKeyNames()
{
    QStringList names;
    for (CommunicationKey key : kCommunicationKeys)
        names << keyName(key);
    return names;
}

} // namespace dexdesk
