#include "EngineConfig.h"

#include "ProfileRepository.h"

namespace dexdesk {

QList<Lea> EngineConfig::keyedLeas() const
{
    QList<Lea> leas;
    for (const Lea &lea : communication.leas) {
        if (lea.enabled && !lea.authKey.trimmed().isEmpty())
            leas << lea;
    }
    return leas;
}

QStringList EngineConfig::sendingLeas() const
{
    QStringList ids;
    for (const Lea &lea : keyedLeas()) {
        if (secrets.contains(lea.id))
            ids << lea.id;
    }
    return ids;
}

bool EngineConfig::fromSettings(const Settings &settings, const ProfileRepository &profiles, EngineConfig *out,
                                QString *error)
{
    const Profile *profile = profiles.resolve(settings.general.profileId);
    if (!profile) {
        *error = QCoreApplication::translate("EngineController",
                                             "No data exchange profile is installed, so there is nothing to send to.");
        return false;
    }
    *out = {};
    out->profile = *profile;
    out->general = settings.general;
    out->communication = profile->in(settings);
    return true;
}

int EngineConfig::publishIntervalMs(Frequency f)
{
    switch (f) {
    case Frequency::High:
        return 5 * 1000;
    case Frequency::Standard:
        return 30 * 1000;
    case Frequency::Low:
        break;
    }
    return 5 * 60 * 1000;
}

int EngineConfig::downloadIntervalMs(Frequency f)
{
    switch (f) {
    case Frequency::High:
        return 15 * 60 * 1000;
    case Frequency::Standard:
        return 60 * 60 * 1000;
    case Frequency::Low:
        break;
    }
    return 6 * 60 * 60 * 1000;
}

QString EngineStatus::stateText() const
{
    if (state == State::Idle && downloading)
        return tr("Downloading from the agency");
    if (state == State::Idle && requestingIds)
        return tr("Requesting unique IDs");
    switch (state) {
    case State::Stopped:
        return tr("Stopped");
    case State::Idle:
        return tr("Idle");
    case State::Publishing:
        return tr("Publishing");
    case State::BackingOff:
        return tr("Waiting for the agency to recover");
    case State::Monitoring:
        return tr("Monitoring (another DEX Desk engine sends)");
    }
    return {};
}

} // namespace dexdesk
