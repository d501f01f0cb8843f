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

} // namespace dexdesk
