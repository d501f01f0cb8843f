#pragma once

// The in-process engine's test rig: dexdesk-sim on 127.0.0.1 with the given arguments, a test
// database with the local-simulator profile saved, the training LEA's secret in a MemorySecretStore
// (no keychain) and `students` sample students with their associations captured for publishing.

#include "Database.h"
#include "EngineTestSupport.h"
#include "MemorySecretStore.h"
#include "ProfileRepository.h"
#include "SimProcess.h"
#include "TestSupport.h"

#include <memory>

namespace dexdesk::test {

struct InProcessRig {
    SimProcess sim;
    TestEnvironment env;
    ProfileRepository profiles = TestEnvironment::shippedProfiles();
    MemorySecretStore secrets;
    std::unique_ptr<Database> db;
    int records = 0; // seeded

    bool setUp(const QStringList &simArgs, int students, EngineSetup setup = {})
    {
        if (!sim.start(simArgs)) {
            qWarning("%s", qPrintable(sim.errorString()));
            return false;
        }
        if (setup.secret.isEmpty())
            setup.secret = QStringLiteral("training-secret");
        QString error = saveSettings(env.databasePath(), profiles, &secrets, sim, setup);
        if (error.isEmpty() && (db = env.openDatabase()))
            records = seedSample(db->connection(), students, &error);
        if (!error.isEmpty() || records <= 0) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        return true;
    }
};

} // namespace dexdesk::test
