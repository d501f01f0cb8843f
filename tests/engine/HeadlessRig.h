#pragma once

// The headless engine's test rig: dexdesk-sim on 127.0.0.1, a test database with the
// local-simulator profile saved (System On, High), and the training LEA's secret in the real
// keychain through `dexdesk-cli secret set` (ctest runs inside scripts/with-keyring.sh). Tests
// that use it take the dexdesk_keychain_training_lea resource lock.

#include "CliRunner.h"
#include "Database.h"
#include "EngineTestSupport.h"
#include "MemorySecretStore.h"
#include "ProfileRepository.h"
#include "SimProcess.h"
#include "TestSupport.h"

#include <QProcess>

#include <memory>

namespace dexdesk::test {

struct HeadlessRig {
    SimProcess sim;
    TestEnvironment env;
    ProfileRepository profiles = TestEnvironment::shippedProfiles();
    MemorySecretStore unused; // the CLI reads the keychain; the editor writes no secret
    std::unique_ptr<Database> db;
    std::unique_ptr<CliRunner> cli;

    bool setUp(const QStringList &simArgs, const EngineSetup &setup = {})
    {
        if (!sim.start(simArgs)) {
            qWarning("%s", qPrintable(sim.errorString()));
            return false;
        }
        const QString error = saveSettings(env.databasePath(), profiles, &unused, sim, setup);
        if (!error.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        db = env.openDatabase();
        cli = std::make_unique<CliRunner>(env.databasePath());
        const CliResult set = cli->run({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("--profile"),
                                        kSimProfile, QStringLiteral("--lea"), kLea},
                                       "training-secret\n");
        if (set.exitCode != 0) {
            qWarning("%s", set.describe().constData());
            return false;
        }
        return db != nullptr;
    }

    // dexdesk-cli as CliRunner starts it, but left running for the test to kill or wait for.
    void startCli(QProcess &process, const QStringList &args, const QProcessEnvironment &extra = {}) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_DATA_HOME"), cli->dataHome());
        environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        environment.insert(extra);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(DEXDESK_CLI_PATH),
                      QStringList {QStringLiteral("--database"), env.databasePath()} + args);
    }
};

} // namespace dexdesk::test
