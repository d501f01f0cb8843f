#include "Profile.h"

namespace dexdesk {

CommunicationSettings Profile::defaults() const
{
    CommunicationSettings c;
    c.dataUrl = dataUrl;
    c.authUrl = authUrl;
    c.schoolYears = defaultSchoolYears;
    c.services = defaultServices & supportedServices;
    c.leas = defaultLeas;
    return c;
}

CommunicationSettings Profile::in(const Settings &settings) const
{
    return settings.profiles.contains(id) ? settings.profiles.value(id) : defaults();
}

QJsonObject ResourceDef::toServerNames(QJsonObject record) const
{
    for (auto it = propertyNames.cbegin(); it != propertyNames.cend(); ++it) {
        if (record.contains(it.key()))
            record.insert(it.value(), record.take(it.key()));
    }
    return record;
}

QJsonObject ResourceDef::fromServerNames(QJsonObject record) const
{
    for (auto it = propertyNames.cbegin(); it != propertyNames.cend(); ++it) {
        if (record.contains(it.value()) && !record.contains(it.key()))
            record.insert(it.key(), record.take(it.value()));
    }
    return record;
}

} // namespace dexdesk
