// A running engine follows saved settings through the settings revision (issue 16) and reads the
// keychain again only when a save wrote a secret: a save of other fields reuses the secrets
// already read; a save with a new secret reads it; System Off stops the engine.

#include "Database.h"
#include "EngineTestSupport.h"
#include "MemorySecretStore.h"
#include "ProfileRepository.h"
#include "SimProcess.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

// The engine's view of the keychain: counts its reads and passes every call to the store the
// settings are saved through (whose own reads, made by a save to be able to put secrets back,
// are not counted).
class CountingSecretStore : public SecretStore
{
public:
    explicit CountingSecretStore(SecretStore *keychain)
        : m_keychain(keychain)
    { }
    void read(const QString &account, ReadDone done) override
    {
        ++reads;
        m_keychain->read(account, std::move(done));
    }
    void write(const QString &account, const QString &secret, Done done) override
    {
        m_keychain->write(account, secret, std::move(done));
    }
    void remove(const QString &account, Done done) override { m_keychain->remove(account, std::move(done)); }
    int reads = 0;

private:
    SecretStore *m_keychain;
};

} // namespace

class TestEngineSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { quietEngineLogs(); }

    void keychainIsReadAgainOnlyWhenASecretChanged()
    {
        SimProcess sim;
        QVERIFY2(sim.start({}), qPrintable(sim.errorString()));
        TestEnvironment env;
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore keychain;
        CountingSecretStore secrets(&keychain);
        EngineSetup setup;
        setup.secret = QStringLiteral("training-secret");
        QString error = saveSettings(env.databasePath(), profiles, &keychain, sim, setup);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        EngineController controller(env.databasePath(), &profiles, &secrets);
        QSignalSpy stopped(&controller, &EngineController::stopped);
        QVERIFY2(controller.start(Engine::Mode::Scheduled, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(controller.isRunning(), 5000);
        QCOMPARE(secrets.reads, 1); // one sending LEA

        // Other fields saved (as from the form): the engine gets them, the keychain is not asked.
        setup.secret.clear();
        setup.connections = 7;
        error = saveSettings(env.databasePath(), profiles, &keychain, sim, setup);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTest::qWait(1000); // the in-process notice is immediate; this also outlasts a poll
        QCOMPARE(secrets.reads, 1);
        QVERIFY(controller.isRunning());

        // A new secret saved: read once more.
        setup.secret = QStringLiteral("training-secret");
        error = saveSettings(env.databasePath(), profiles, &keychain, sim, setup);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(secrets.reads, 2, 5000);

        setup.secret.clear();
        setup.systemOn = false;
        error = saveSettings(env.databasePath(), profiles, &keychain, sim, setup);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!stopped.isEmpty(), 5000);
        QVERIFY(!controller.isRunning());
        QCOMPARE(secrets.reads, 2);
    }
};

QTEST_GUILESS_MAIN(TestEngineSettings)
#include "test_engine_settings.moc"
