#pragma once

// What the engine runs with: a snapshot of the saved settings of the selected profile and the
// LEA secrets read from the keychain on the main thread. Secrets stay in memory, never logged.

#include "Profile.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaType>
#include <QString>

namespace dexdesk {

class ProfileRepository;

struct EngineConfig {
    Profile profile;
    GeneralSettings general;
    CommunicationSettings communication;
    QHash<QString, QString> secrets; // by LEA id, for enabled LEAs whose secret could be read
    QHash<QString, QString> secretProblems; // by LEA id: why its secret could not be read

    // The saved settings of the selected profile (no secrets yet). False with a message when no
    // profile is installed. The engine and the one-off runs build their configuration here.
    static bool fromSettings(const Settings &settings, const ProfileRepository &profiles, EngineConfig *out,
                             QString *error);

    bool publishEnabled() const { return communication.services.testFlag(Service::Publish); }
    // The LEAs that may send once their secret is read: enabled, with a key, in the user's order.
    QList<Lea> keyedLeas() const;
    // The LEAs that can send: enabled, with a key and a secret.
    QStringList sendingLeas() const;
    // The Job Processing Frequency's intervals (SPEC §7.4).
    static int publishIntervalMs(Frequency f);
    static int downloadIntervalMs(Frequency f);
};

// The engine's state as the window and `dexdesk-cli status` show it.
struct EngineStatus {
    Q_DECLARE_TR_FUNCTIONS(EngineStatus)

public:
    enum class State { Stopped, Idle, Publishing, BackingOff, Monitoring };
    State state = State::Stopped;
    int queueDepth = 0; // records (and unread changes) waiting to be sent
    int inFlight = 0;
    int sentThisRun = 0;
    bool downloading = false;
    bool requestingIds = false;
    QStringList pausedLeas; // key or secret rejected
    QString problem; // the latest problem the user should know about, in plain words

    QString stateText() const;
};

} // namespace dexdesk

Q_DECLARE_METATYPE(dexdesk::EngineConfig)
Q_DECLARE_METATYPE(dexdesk::EngineStatus)
