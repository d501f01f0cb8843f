// SettingsEditor: pending edits and dirty tracking, Save to the database and the keychain as
// one unit (nothing half-saved when either fails), and Restore Defaults (SPEC §2, §4, §6).

#include "MemorySecretStore.h"
#include "Profile.h"
#include "SecretStore.h"
#include "SettingsEditor.h"
#include "SettingsSchema.h"
#include "SettingsStore.h"
#include "TestSupport.h"
#include "UnitTestSupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;
using dexdesk::test::makeLea;
using Entries = QHash<QString, QString>;

namespace {

const QString kOds7 = QStringLiteral("edfi-ods7-year-specific");
const QString kShared = QStringLiteral("edfi-ods-shared");
const QString kSim = QStringLiteral("local-simulator");

// Everything one editor needs, torn down in the right order (editor before store before database).
struct Fixture {
    explicit Fixture(SecretStore *secretStore = nullptr)
        : secrets(secretStore ? secretStore : &memory)
    {
        db = env.openDatabase();
        if (db) {
            store = std::make_unique<SettingsStore>(db->connection());
            editor = std::make_unique<SettingsEditor>(&profiles, store.get(), secrets);
            QString error;
            loaded = editor->load(&error);
        }
    }
    ~Fixture()
    {
        editor.reset();
        store.reset();
    }

    Settings reload() const
    {
        SettingsStore other(db->connection());
        Settings s;
        QString error;
        other.load(&s, &error);
        return s;
    }
    Entries entries() const { return static_cast<MemorySecretStore *>(secrets)->entries(); }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        return q.exec(sql);
    }

    test::TestEnvironment env;
    ProfileRepository profiles = test::TestEnvironment::shippedProfiles();
    MemorySecretStore memory;
    SecretStore *secrets;
    std::unique_ptr<Database> db;
    std::unique_ptr<SettingsStore> store;
    std::unique_ptr<SettingsEditor> editor;
    bool loaded = false;
};

QString account(const QString &profile, const QString &lea)
{
    return SecretStore::leaAccount(profile, lea);
}

// Two LEAs with secrets on the shared profile, one on the simulator, all saved.
bool saveBaseline(Fixture &f)
{
    CommunicationSettings shared = f.editor->communication(kShared);
    shared.leas = {makeLea(QStringLiteral("100"), QStringLiteral("North ISD"), true, QStringLiteral("key-100")),
                   makeLea(QStringLiteral("200"), QStringLiteral("South ISD"), true, QStringLiteral("key-200"))};
    f.editor->setCommunication(kShared, shared);
    f.editor->setLeaSecret(kShared, QStringLiteral("100"), QStringLiteral("secret-100"));
    f.editor->setLeaSecret(kShared, QStringLiteral("200"), QStringLiteral("secret-200"));
    f.editor->setLeaSecret(kSim, QStringLiteral("255901"), QStringLiteral("secret-sim"));
    const test::EditorResult r = test::saveAndWait(*f.editor);
    if (!r.ok)
        qWarning("baseline save failed: %s", qPrintable(r.message));
    return r.ok;
}

} // namespace

class TestSettingsEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadFreshDatabase();
    void dirtyTrackingGeneral();
    void dirtyTrackingCommunication();
    void showingProfileDefaultsKeepsClean();
    void pendingSecretMakesDirty();
    void discardDropsEdits();
    void saveWritesDatabaseAndSecrets();
    void saveRefusedOnInvalidSettings();
    void secretStoreFailureSavesNothing();
    void secretStoreStaysBroken();
    void noKeychainStillSavesSettingsWithoutSecrets();
    void databaseFailureRestoresKeychain();
    void restoreDefaults();
    void restoreDefaultsOnProfileWithDefaultLeas();
    void removingLeaDeletesItsSecret();
    void setWorkingDropsSecretsOfRemovedLeas();
};

void TestSettingsEditor::loadFreshDatabase()
{
    Fixture f;
    QVERIFY(f.loaded);
    GeneralSettings expected = SettingsSchema::defaults();
    expected.profileId = kOds7; // "the first profile"
    QCOMPARE(f.editor->working().general, expected);
    QCOMPARE(f.editor->saved().general, expected);
    QCOMPARE(f.editor->selectedProfile()->id, kOds7);
    QVERIFY(!f.editor->isDirty());
    for (const Profile &p : f.profiles.profiles()) {
        QCOMPARE(f.editor->communication(p.id), p.defaults());
        QCOMPARE(f.editor->savedCommunication(p.id), p.defaults());
    }
}

void TestSettingsEditor::dirtyTrackingGeneral()
{
    Fixture f;
    QVERIFY(f.loaded);
    QSignalSpy dirty(f.editor.get(), &SettingsEditor::dirtyChanged);
    const GeneralSettings original = f.editor->working().general;

    GeneralSettings g = original;
    g.frequency = Frequency::High;
    f.editor->setGeneral(g);
    QVERIFY(f.editor->isDirty());
    QCOMPARE(dirty.size(), 1);
    QCOMPARE(dirty.last().first().toBool(), true);

    g.simultaneousConnections = 9; // still dirty: no second signal
    f.editor->setGeneral(g);
    QCOMPARE(dirty.size(), 1);

    f.editor->setGeneral(original); // edited back
    QVERIFY(!f.editor->isDirty());
    QCOMPARE(dirty.size(), 2);
    QCOMPARE(dirty.last().first().toBool(), false);
    QCOMPARE(f.editor->saved().general, original); // nothing was saved
}

void TestSettingsEditor::dirtyTrackingCommunication()
{
    Fixture f;
    QVERIFY(f.loaded);
    const CommunicationSettings defaults = f.editor->communication(kShared);
    CommunicationSettings c = defaults;
    c.dataUrl = QStringLiteral("https://ods.state.example.gov/api/data/v3");
    f.editor->setCommunication(kShared, c);
    QVERIFY(f.editor->isDirty());
    QCOMPARE(f.editor->communication(kShared).dataUrl, c.dataUrl);
    QCOMPARE(f.editor->savedCommunication(kShared), defaults);
    f.editor->setCommunication(kShared, defaults);
    QVERIFY(!f.editor->isDirty());

    // Same on a profile with saved settings.
    c.schoolYears = {2026, 2027};
    f.editor->setCommunication(kShared, c);
    QVERIFY(test::saveAndWait(*f.editor).ok);
    QVERIFY(!f.editor->isDirty());
    CommunicationSettings edited = c;
    edited.leas.append(makeLea(QStringLiteral("300"), {}, false, {}));
    f.editor->setCommunication(kShared, edited);
    QVERIFY(f.editor->isDirty());
    f.editor->setCommunication(kShared, c);
    QVERIFY(!f.editor->isDirty());
}

void TestSettingsEditor::showingProfileDefaultsKeepsClean()
{
    Fixture f;
    QVERIFY(f.loaded);
    QSignalSpy dirty(f.editor.get(), &SettingsEditor::dirtyChanged);
    // The form shows each profile's defaults and hands them back: that is not an edit.
    for (const Profile &p : f.profiles.profiles())
        f.editor->setCommunication(p.id, p.defaults());
    QVERIFY(!f.editor->isDirty());
    QVERIFY(dirty.isEmpty());
    QVERIFY(f.editor->working().profiles.isEmpty());
}

void TestSettingsEditor::pendingSecretMakesDirty()
{
    Fixture f;
    QVERIFY(f.loaded);
    f.editor->setLeaSecret(kSim, QStringLiteral("255901"), QString()); // empty: ignored
    QVERIFY(!f.editor->isDirty());
    f.editor->setLeaSecret(kSim, QStringLiteral("255901"), QStringLiteral("s"));
    QVERIFY(f.editor->isDirty());
    QVERIFY(f.editor->hasPendingSecret(kSim, QStringLiteral("255901")));
    QVERIFY(f.entries().isEmpty()); // only on Save
}

void TestSettingsEditor::discardDropsEdits()
{
    Fixture f;
    QVERIFY(f.loaded);
    GeneralSettings g = f.editor->working().general;
    g.logInfo = true;
    f.editor->setGeneral(g);
    f.editor->setLeaSecret(kSim, QStringLiteral("255901"), QStringLiteral("s"));
    f.editor->discard();
    QVERIFY(!f.editor->isDirty());
    QCOMPARE(f.editor->working(), f.editor->saved());
    QVERIFY(!f.editor->hasPendingSecret(kSim, QStringLiteral("255901")));
}

void TestSettingsEditor::saveWritesDatabaseAndSecrets()
{
    Fixture f;
    QVERIFY(f.loaded);
    GeneralSettings g = f.editor->working().general;
    g.systemEnabled = true;
    g.purgePolicy = PurgePolicy::Aggressive;
    g.profileId = kShared;
    f.editor->setGeneral(g);
    QVERIFY(saveBaseline(f));
    QVERIFY(!f.editor->isDirty());
    QVERIFY(!f.editor->isBusy());

    // The database holds the settings...
    const Settings stored = f.reload();
    QCOMPARE(stored, f.editor->saved());
    QCOMPARE(stored.general.systemEnabled, true);
    QCOMPARE(stored.general.purgePolicy, PurgePolicy::Aggressive);
    QCOMPARE(stored.profiles.value(kShared).leas.size(), 2);
    // ...the keychain the secrets, one entry per profile and LEA...
    QCOMPARE(f.entries(),
             (Entries {{account(kShared, QStringLiteral("100")), QStringLiteral("secret-100")},
                       {account(kShared, QStringLiteral("200")), QStringLiteral("secret-200")},
                       {account(kSim, QStringLiteral("255901")), QStringLiteral("secret-sim")}}));
    // ...and never the other way round.
    const QByteArray bytes = test::databaseBytes(f.env.databasePath());
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.contains("key-100"));
    for (const char *secret : {"secret-100", "secret-200", "secret-sim"})
        QVERIFY2(!bytes.contains(secret), secret);

    // A new editor on the same database sees the saved settings.
    SettingsEditor second(&f.profiles, f.store.get(), f.secrets);
    QString error;
    QVERIFY(second.load(&error));
    QCOMPARE(second.working(), f.editor->saved());
}

void TestSettingsEditor::saveRefusedOnInvalidSettings()
{
    Fixture f;
    QVERIFY(f.loaded);
    QVERIFY(saveBaseline(f));
    const Settings before = f.reload();
    const Entries secretsBefore = f.entries();

    GeneralSettings g = f.editor->working().general;
    g.simultaneousConnections = 0;
    f.editor->setGeneral(g);
    CommunicationSettings c = f.editor->communication(kShared);
    c.dataUrl = QStringLiteral("http://ods.state.example.gov/data");
    c.leas.append(makeLea(QStringLiteral("300"), QStringLiteral("East ISD"), true, QString()));
    f.editor->setCommunication(kShared, c);
    f.editor->setLeaSecret(kShared, QStringLiteral("300"), QStringLiteral("secret-300"));

    const test::EditorResult r = test::saveAndWait(*f.editor);
    QVERIFY(r.finished);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QStringLiteral("Nothing was saved")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("Simultaneous Connections")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("Data Exchange URL")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("LEA Settings")), qPrintable(r.message));
    QVERIFY(!r.message.contains(QStringLiteral("Authentication URL"))); // that one is fine
    QCOMPARE(f.reload(), before);
    QCOMPARE(f.entries(), secretsBefore);
    QVERIFY(f.editor->isDirty()); // the user's edits are still there to fix
    QVERIFY(f.editor->hasPendingSecret(kShared, QStringLiteral("300")));

    // System On without a school year on the selected profile.
    f.editor->discard();
    g = f.editor->working().general;
    g.systemEnabled = true;
    g.profileId = kShared;
    f.editor->setGeneral(g);
    c = f.editor->communication(kShared);
    c.schoolYears.clear();
    f.editor->setCommunication(kShared, c);
    const test::EditorResult years = test::saveAndWait(*f.editor);
    QVERIFY(!years.ok);
    QVERIFY2(years.message.contains(QStringLiteral("School Years")), qPrintable(years.message));
    QCOMPARE(f.reload(), before);
}

void TestSettingsEditor::secretStoreFailureSavesNothing()
{
    test::FlakySecretStore flaky;
    Fixture f(&flaky);
    QVERIFY(f.loaded);
    const Settings before = f.reload();
    const QByteArray bytesBefore = test::databaseBytes(f.env.databasePath());

    CommunicationSettings c = f.editor->communication(kShared);
    c.leas = {makeLea(QStringLiteral("100"), {}, true, QStringLiteral("k1")),
              makeLea(QStringLiteral("200"), {}, true, QStringLiteral("k2"))};
    f.editor->setCommunication(kShared, c);
    f.editor->setLeaSecret(kShared, QStringLiteral("100"), QStringLiteral("secret-100"));
    f.editor->setLeaSecret(kShared, QStringLiteral("200"), QStringLiteral("secret-200"));
    flaky.failCallNumber(2, SecretResult::Code::AccessDenied); // first secret written, second refused

    const test::EditorResult r = test::saveAndWait(*f.editor);
    QVERIFY(r.finished);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QStringLiteral("keychain")), qPrintable(r.message));
    QVERIFY2(r.message.contains(SecretResult {SecretResult::Code::AccessDenied, {}}.userMessage()),
             qPrintable(r.message));
    QVERIFY(flaky.entries().isEmpty()); // the first secret was written, then rolled back
    QCOMPARE(f.reload(), before);
    QCOMPARE(test::databaseBytes(f.env.databasePath()), bytesBefore);
    QVERIFY(f.editor->isDirty());
    QVERIFY(!f.editor->isBusy());
    QVERIFY(f.editor->hasPendingSecret(kShared, QStringLiteral("100"))); // Save can be retried

    // Retry once the keychain works again: everything lands.
    const test::EditorResult retry = test::saveAndWait(*f.editor);
    QVERIFY2(retry.ok, qPrintable(retry.message));
    QCOMPARE(flaky.entries().size(), 2);
    QCOMPARE(f.reload().profiles.value(kShared).leas.size(), 2);
}

void TestSettingsEditor::secretStoreStaysBroken()
{
    Fixture f;
    QVERIFY(f.loaded);
    const Settings before = f.reload();
    CommunicationSettings c = f.editor->communication(kShared);
    c.leas = {makeLea(QStringLiteral("100"), {}, true, QStringLiteral("k1")),
              makeLea(QStringLiteral("200"), {}, true, QStringLiteral("k2"))};
    f.editor->setCommunication(kShared, c);
    f.editor->setLeaSecret(kShared, QStringLiteral("100"), QStringLiteral("secret-100"));
    f.editor->setLeaSecret(kShared, QStringLiteral("200"), QStringLiteral("secret-200"));
    f.memory.failAfter(1, SecretResult::Code::Failed);

    const test::EditorResult r = test::saveAndWait(*f.editor);
    QVERIFY(r.finished);
    QVERIFY(!r.ok);
    QCOMPARE(f.reload(), before); // the database is never written when the keychain failed
    // The keychain broke after the first write, so that write could not be undone either. The user
    // must be told, not assured that nothing changed.
    QCOMPARE(f.entries().size(), 1);
    QVERIFY2(r.message.contains(QStringLiteral("also failed")), qPrintable(r.message));
    QVERIFY2(!r.message.contains(QStringLiteral("Nothing was saved")), qPrintable(r.message));
    QVERIFY(f.editor->isDirty());
}

void TestSettingsEditor::noKeychainStillSavesSettingsWithoutSecrets()
{
    Fixture f;
    QVERIFY(f.loaded);
    f.memory.failAfter(0, SecretResult::Code::NoBackend);
    // No secret involved: the rest of the settings stay usable without a keychain (SPEC §4).
    GeneralSettings g = f.editor->working().general;
    g.logWarnings = true;
    f.editor->setGeneral(g);
    const test::EditorResult r = test::saveAndWait(*f.editor);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(f.reload().general.logWarnings, true);

    // With a secret, the refusal explains what is missing.
    f.editor->setLeaSecret(kSim, QStringLiteral("255901"), QStringLiteral("s"));
    const test::EditorResult withSecret = test::saveAndWait(*f.editor);
    QVERIFY(!withSecret.ok);
    QVERIFY2(withSecret.message.contains(SecretResult {SecretResult::Code::NoBackend, {}}.userMessage()),
             qPrintable(withSecret.message));
}

void TestSettingsEditor::databaseFailureRestoresKeychain()
{
    Fixture f;
    QVERIFY(f.loaded);
    QVERIFY(saveBaseline(f));
    const Settings before = f.reload();
    const Settings savedBefore = f.editor->saved();
    const Entries secretsBefore = f.entries();
    QVERIFY(test::failInserts(f.db->connection(), QStringLiteral("leas")));

    CommunicationSettings c = f.editor->communication(kShared);
    c.leas.removeAt(1); // LEA 200 removed: its secret would be deleted
    c.leas.append(makeLea(QStringLiteral("300"), {}, true, QStringLiteral("key-300")));
    f.editor->setCommunication(kShared, c);
    f.editor->setLeaSecret(kShared, QStringLiteral("100"), QStringLiteral("changed-100"));
    f.editor->setLeaSecret(kShared, QStringLiteral("300"), QStringLiteral("secret-300"));
    const Settings working = f.editor->working();

    const test::EditorResult r = test::saveAndWait(*f.editor);
    QVERIFY(r.finished);
    QVERIFY(!r.ok);
    QVERIFY2(r.message.contains(QStringLiteral("injected")), qPrintable(r.message));
    QVERIFY2(r.message.contains(QStringLiteral("Nothing was saved")), qPrintable(r.message));
    QCOMPARE(f.entries(), secretsBefore); // 100 back to its old value, 200 back, 300 gone
    QCOMPARE(f.reload(), before);
    QCOMPARE(f.editor->saved(), savedBefore);
    QCOMPARE(f.editor->working(), working); // the edits are kept for another try
    QVERIFY(f.editor->isDirty());
    QVERIFY(!f.editor->isBusy());
}

void TestSettingsEditor::restoreDefaults()
{
    Fixture f;
    QVERIFY(f.loaded);
    // The shared profile is selected, On, with edited URLs, years, services and LEAs.
    GeneralSettings g = f.editor->working().general;
    g.systemEnabled = true;
    g.profileId = kShared;
    g.frequency = Frequency::High;
    f.editor->setGeneral(g);
    CommunicationSettings edited = f.editor->communication(kShared);
    edited.dataUrl = QStringLiteral("https://ods.state.example.gov/api/data/v3");
    edited.authUrl = QStringLiteral("https://ods.state.example.gov/api/oauth/token");
    edited.schoolYears = {2026, 2027};
    edited.services = Service::Download;
    f.editor->setCommunication(kShared, edited);
    QVERIFY(saveBaseline(f)); // adds LEAs 100, 200 to shared and a secret for the simulator's LEA
    CommunicationSettings ods7 = f.editor->communication(kOds7);
    ods7.schoolYears = {2025};
    f.editor->setCommunication(kOds7, ods7);
    QVERIFY(test::saveAndWait(*f.editor).ok);
    // An unsaved edit, dropped by the restore.
    GeneralSettings pending = f.editor->working().general;
    pending.logDiagnostic = true;
    f.editor->setGeneral(pending);

    QSignalSpy restored(f.editor.get(), &SettingsEditor::restoreFinished);
    const test::EditorResult r = test::restoreAndWait(*f.editor);
    QVERIFY2(r.ok, qPrintable(r.message));
    QCOMPARE(restored.size(), 1);

    const Profile *shared = f.profiles.find(kShared);
    QCOMPARE(f.editor->saved().general.systemEnabled, false);
    QCOMPARE(f.editor->saved().general.profileId, kShared); // the profile stays selected
    QCOMPARE(f.editor->saved().general.frequency, Frequency::High); // general settings are not reset
    QCOMPARE(f.editor->saved().general.logDiagnostic, false); // unsaved edit dropped
    QCOMPARE(f.editor->communication(kShared), shared->defaults());
    QCOMPARE(f.editor->working(), f.editor->saved());
    QVERIFY(!f.editor->isDirty());

    const Settings stored = f.reload();
    QCOMPARE(stored, f.editor->saved());
    QVERIFY(!stored.profiles.contains(kShared));
    QCOMPARE(stored.general.systemEnabled, false);
    // Other profiles keep their settings and secrets.
    QCOMPARE(stored.profiles.value(kOds7).schoolYears, QList<int> {2025});
    QCOMPARE(f.entries(), (Entries {{account(kSim, QStringLiteral("255901")), QStringLiteral("secret-sim")}}));
}

void TestSettingsEditor::restoreDefaultsOnProfileWithDefaultLeas()
{
    Fixture f;
    QVERIFY(f.loaded);
    GeneralSettings g = f.editor->working().general;
    g.profileId = kSim;
    f.editor->setGeneral(g);
    CommunicationSettings sim = f.editor->communication(kSim);
    sim.leas[0].authKey = QStringLiteral("my-key");
    f.editor->setCommunication(kSim, sim);
    f.editor->setLeaSecret(kSim, QStringLiteral("255901"), QStringLiteral("secret-sim"));
    QVERIFY(test::saveAndWait(*f.editor).ok);
    QVERIFY(f.entries().contains(account(kSim, QStringLiteral("255901"))));

    QVERIFY(test::restoreAndWait(*f.editor).ok);
    // The default LEA is back with the profile's key, and its secret is gone.
    QCOMPARE(f.editor->communication(kSim), f.profiles.find(kSim)->defaults());
    QVERIFY(!f.entries().contains(account(kSim, QStringLiteral("255901"))));
}

void TestSettingsEditor::removingLeaDeletesItsSecret()
{
    Fixture f;
    QVERIFY(f.loaded);
    QVERIFY(saveBaseline(f));
    CommunicationSettings c = f.editor->communication(kShared);
    c.leas.removeFirst(); // LEA 100
    f.editor->setCommunication(kShared, c);
    QVERIFY(test::saveAndWait(*f.editor).ok);
    QVERIFY(!f.entries().contains(account(kShared, QStringLiteral("100"))));
    QCOMPARE(f.entries().value(account(kShared, QStringLiteral("200"))), QStringLiteral("secret-200"));
    QCOMPARE(f.entries().value(account(kSim, QStringLiteral("255901"))), QStringLiteral("secret-sim"));
    QCOMPARE(f.reload().profiles.value(kShared).leas.size(), 1);

    // A pending secret of an LEA removed before Save is never written.
    c.leas.append(makeLea(QStringLiteral("400"), {}, true, QStringLiteral("k4")));
    f.editor->setCommunication(kShared, c);
    f.editor->setLeaSecret(kShared, QStringLiteral("400"), QStringLiteral("secret-400"));
    c.leas.removeLast();
    f.editor->setCommunication(kShared, c);
    QVERIFY(!f.editor->hasPendingSecret(kShared, QStringLiteral("400")));
    QVERIFY(!f.editor->isDirty());
}

void TestSettingsEditor::setWorkingDropsSecretsOfRemovedLeas()
{
    Fixture f;
    QVERIFY(f.loaded);
    f.editor->setLeaSecret(kSim, QStringLiteral("255901"), QStringLiteral("secret-sim"));
    Settings imported = f.editor->working();
    CommunicationSettings sim = f.profiles.find(kSim)->defaults();
    sim.leas.clear();
    imported.profiles.insert(kSim, sim);
    f.editor->setWorking(imported);
    QVERIFY(!f.editor->hasPendingSecret(kSim, QStringLiteral("255901")));
    QVERIFY(f.editor->isDirty());
    QCOMPARE(f.editor->working(), imported);
}

QTEST_GUILESS_MAIN(TestSettingsEditor)
#include "test_settingseditor.moc"
