// Profile files (File ▸ Import Profile…): ProfileParser reads a state-provided JSON file. No
// crash; a refused file gets a message and a line inside the file; an accepted one is whole.

#include "FuzzSupport.h"
#include "ProfileParser.h"

using namespace dexdesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file = fuzz::input(data, size);
    Profile profile;
    ProfileError error;
    if (!ProfileParser::parse(file, QStringLiteral("fuzz.json"), &profile, &error)) {
        FUZZ_CHECK(!error.message.isEmpty());
        FUZZ_CHECK(error.line >= 1 && error.line <= file.count('\n') + 1);
        return 0;
    }
    FUZZ_CHECK(!profile.id.isEmpty() && !profile.name.isEmpty());
    FUZZ_CHECK(!profile.schoolYears.isEmpty());
    for (int year : std::as_const(profile.defaultSchoolYears))
        FUZZ_CHECK(profile.schoolYears.contains(year));
    FUZZ_CHECK((profile.defaultServices & ~profile.supportedServices) == Services());
    const CommunicationSettings defaults = profile.defaults();
    FUZZ_CHECK(defaults.leas.size() == profile.defaultLeas.size());
    return 0;
}
