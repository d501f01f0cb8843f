// `dexdesk-cli restore-defaults`: shows what will change, wants a confirmation (--yes when there
// is no terminal), then turns the system Off and resets one profile, leaving the rest alone.
// The profiles used here have no LEAs, so no keychain is involved (see test_cli_secret_keychain).

#include "CliRunner.h"
#include "Profile.h"
#include "SettingsSchema.h"
#include "TestSupport.h"

#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const QString kYearSpecific = QStringLiteral("edfi-ods7-year-specific");
const QString kShared = QStringLiteral("edfi-ods-shared");

// System On, and both Ed-Fi profiles with their own URL; other general settings changed too.
Settings customized(const ProfileRepository &profiles)
{
    Settings s;
    s.general = SettingsSchema::defaults();
    s.general.systemEnabled = true;
    s.general.simultaneousConnections = 7;
    s.general.profileId = kYearSpecific;
    for (const QString &id : {kYearSpecific, kShared}) {
        CommunicationSettings c = profiles.find(id)->defaults();
        c.dataUrl = QStringLiteral("https://custom.state.example/%1/data/v3").arg(id);
        s.profiles.insert(id, c);
    }
    return s;
}

} // namespace

class TestCliRestoreDefaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        for (const QString &id : {kYearSpecific, kShared}) {
            QVERIFY(profiles.find(id));
            QVERIFY2(profiles.find(id)->defaultLeas.isEmpty(), "these tests must not need the keychain");
        }
    }

    void refusesWithoutTerminalThenRestoresWithYes()
    {
        TestEnvironment env;
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        const Settings before = customized(profiles);
        QVERIFY(storeSettings(env, before));
        CliRunner cli(env.databasePath());

        const CliResult refused = cli.run({QStringLiteral("restore-defaults")});
        QVERIFY2(refused.exitCode == 1, refused.describe().constData());
        QVERIFY2(refused.outText().contains(QStringLiteral("System Enabled: true → false")),
                 refused.describe().constData());
        QVERIFY2(refused.outText().contains(QStringLiteral("https://custom.state.example/%1/data/v3 → %2")
                                                .arg(kYearSpecific, profiles.find(kYearSpecific)->dataUrl)),
                 refused.describe().constData());
        QVERIFY2(refused.errText().contains(QLatin1String("--yes")), refused.describe().constData());
        QVERIFY(loadSettings(env) == before);

        const CliResult done = cli.run({QStringLiteral("restore-defaults"), QStringLiteral("--yes")});
        QVERIFY2(done.exitCode == 0, done.describe().constData());
        Settings expected = before;
        expected.general.systemEnabled = false;
        expected.profiles.remove(kYearSpecific);
        QVERIFY(loadSettings(env) == expected); // the other profile and settings are kept

        const CliResult again = cli.run({QStringLiteral("restore-defaults")});
        QVERIFY2(again.exitCode == 0, again.describe().constData());
        QVERIFY2(again.outText().contains(QLatin1String("Nothing to restore")), again.describe().constData());
    }

    // --profile restores that profile and makes it the selected one, in one step.
    void profileOptionRestoresAndSelectsThatProfile()
    {
        TestEnvironment env;
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        const Settings before = customized(profiles);
        QVERIFY(storeSettings(env, before));
        CliRunner cli(env.databasePath());

        const CliResult done = cli.run(
            {QStringLiteral("restore-defaults"), QStringLiteral("--profile"), kShared, QStringLiteral("--yes")});
        QVERIFY2(done.exitCode == 0, done.describe().constData());
        QVERIFY2(done.outText().contains(QStringLiteral("Data Exchange Profile: %1 → %2").arg(kYearSpecific, kShared)),
                 done.describe().constData());
        Settings expected = before;
        expected.general.systemEnabled = false;
        expected.general.profileId = kShared;
        expected.profiles.remove(kShared);
        QVERIFY(loadSettings(env) == expected);
    }

    void unknownProfileChangesNothing()
    {
        TestEnvironment env;
        const Settings before = customized(TestEnvironment::shippedProfiles());
        QVERIFY(storeSettings(env, before));
        const CliResult r = CliRunner(env.databasePath())
                                .run({QStringLiteral("restore-defaults"), QStringLiteral("--profile"),
                                      QStringLiteral("nowhere"), QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String("no profile \"nowhere\"")), r.describe().constData());
        QVERIFY(loadSettings(env) == before);
    }
};

QTEST_GUILESS_MAIN(TestCliRestoreDefaults)
#include "test_cli_restore_defaults.moc"
