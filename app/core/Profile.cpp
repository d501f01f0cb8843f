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

} // namespace dexdesk
