// Settings import (File ▸ Import Settings, `dexdesk-cli settings import`): SettingsExchange reads a
// file the user chose. Whatever it holds: no crash, a message exactly when it is refused, and a
// file it accepts exports and imports again to the same settings.

#include "FuzzSupport.h"
#include "ProfileRepository.h"
#include "SettingsExchange.h"
#include "SettingsSchema.h"

using namespace dexdesk;

namespace {

const ProfileRepository *g_profiles = nullptr;
const Settings *g_current = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    auto *profiles = new ProfileRepository;
    profiles->load({});
    auto *current = new Settings;
    current->general = SettingsSchema::defaults();
    g_profiles = profiles;
    g_current = current;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray file = fuzz::input(data, size);
    Settings imported;
    QString error;
    const bool ok = SettingsExchange::importJson(file, *g_current, *g_profiles, &imported, &error);
    FUZZ_CHECK(ok == error.isEmpty());
    if (!ok)
        return 0;
    FUZZ_CHECK(SettingsExchange::diff(*g_current, imported, *g_profiles).size() < 10000);
    const QByteArray exported = SettingsExchange::exportJson(imported, *g_profiles);
    Settings again;
    QString againError;
    FUZZ_CHECK(SettingsExchange::importJson(exported, *g_current, *g_profiles, &again, &againError));
    FUZZ_CHECK(SettingsExchange::diff(imported, again, *g_profiles).isEmpty());
    return 0;
}
