// Settings in the database: what is saved is what is loaded, in every field, with LEAs in the
// user's order; a fresh database loads the defaults; a failed save leaves the old settings.

#include "SettingsSchema.h"
#include "SettingsStore.h"
#include "TestSupport.h"
#include "UnitTestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;
using dexdesk::test::makeLea;

namespace {

// Every general field differs from its default; two profiles with non-default values.
Settings nonDefaultSettings()
{
    Settings s;
    s.general.systemEnabled = true;
    s.general.logWarnings = true;
    s.general.logInfo = true;
    s.general.logDiagnostic = true;
    s.general.frequency = Frequency::High;
    s.general.purgePolicy = PurgePolicy::Seldom;
    s.general.simultaneousConnections = 17;
    s.general.profileId = QStringLiteral("edfi-ods-shared");

    CommunicationSettings shared;
    shared.dataUrl = QStringLiteral("https://ods.state.example.gov/api/data/v3");
    shared.authUrl = QStringLiteral("https://ods.state.example.gov/api/oauth/token");
    shared.schoolYears = {2026, 2027};
    shared.services = Service::Download | Service::Publish;
    // Deliberately not in id order: the user's order must be kept.
    shared.leas = {makeLea(QStringLiteral("900001"), QStringLiteral("Zeta County Schools"), true, QStringLiteral("zk")),
                   makeLea(QStringLiteral("100001"), QStringLiteral("Alpha ISD"), false, QString()),
                   makeLea(QStringLiteral("500001"), QString(), true, QStringLiteral("mk"))};
    s.profiles.insert(QStringLiteral("edfi-ods-shared"), shared);

    CommunicationSettings sim;
    sim.dataUrl = QStringLiteral("http://localhost:9000/data/v3");
    sim.authUrl = QStringLiteral("http://localhost:9000/oauth/token");
    sim.schoolYears = {};
    sim.services = Services();
    sim.leas = {};
    s.profiles.insert(QStringLiteral("local-simulator"), sim);
    return s;
}

} // namespace

class TestSettingsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshDatabaseLoadsDefaults();
    void roundTripEveryField();
    void roundTripSurvivesReopen();
    void saveReplacesEverything();
    void failedSaveKeepsPreviousSettings();
    void unknownOrBadStoredValuesFallBackToDefaults();
};

void TestSettingsStore::freshDatabaseLoadsDefaults()
{
    test::TestEnvironment env;
    auto db = env.openDatabase();
    QVERIFY(db);
    SettingsStore store(db->connection());
    Settings loaded;
    QString error;
    QVERIFY2(store.load(&loaded, &error), qPrintable(error));
    QCOMPARE(loaded.general, SettingsSchema::defaults());
    QVERIFY(loaded.profiles.isEmpty()); // every profile follows its own defaults
}

void TestSettingsStore::roundTripEveryField()
{
    test::TestEnvironment env;
    auto db = env.openDatabase();
    QVERIFY(db);
    SettingsStore store(db->connection());
    const Settings saved = nonDefaultSettings();
    QVERIFY(!(saved.general == SettingsSchema::defaults()));
    QString error;
    QVERIFY2(store.save(saved, &error), qPrintable(error));
    Settings loaded;
    QVERIFY2(store.load(&loaded, &error), qPrintable(error));
    QCOMPARE(loaded.general.systemEnabled, true);
    QCOMPARE(loaded.general.logWarnings, true);
    QCOMPARE(loaded.general.logInfo, true);
    QCOMPARE(loaded.general.logDiagnostic, true);
    QCOMPARE(loaded.general.frequency, Frequency::High);
    QCOMPARE(loaded.general.purgePolicy, PurgePolicy::Seldom);
    QCOMPARE(loaded.general.simultaneousConnections, 17);
    QCOMPARE(loaded.general.profileId, QStringLiteral("edfi-ods-shared"));
    QCOMPARE(loaded.profiles.keys(), saved.profiles.keys());
    const CommunicationSettings shared = loaded.profiles.value(QStringLiteral("edfi-ods-shared"));
    QStringList leaIds;
    for (const Lea &l : shared.leas)
        leaIds << l.id;
    QCOMPARE(leaIds, (QStringList {QStringLiteral("900001"), QStringLiteral("100001"), QStringLiteral("500001")}));
    QCOMPARE(shared, saved.profiles.value(QStringLiteral("edfi-ods-shared")));
    QCOMPARE(loaded.profiles.value(QStringLiteral("local-simulator")),
             saved.profiles.value(QStringLiteral("local-simulator")));
    QCOMPARE(loaded, saved);
}

void TestSettingsStore::roundTripSurvivesReopen()
{
    test::TestEnvironment env;
    const Settings saved = nonDefaultSettings();
    {
        auto db = env.openDatabase();
        QVERIFY(db);
        SettingsStore store(db->connection());
        QString error;
        QVERIFY2(store.save(saved, &error), qPrintable(error));
    }
    auto db = env.openDatabase();
    QVERIFY(db);
    SettingsStore store(db->connection());
    Settings loaded;
    QString error;
    QVERIFY2(store.load(&loaded, &error), qPrintable(error));
    QCOMPARE(loaded, saved);
}

void TestSettingsStore::saveReplacesEverything()
{
    test::TestEnvironment env;
    auto db = env.openDatabase();
    QVERIFY(db);
    SettingsStore store(db->connection());
    QString error;
    QVERIFY(store.save(nonDefaultSettings(), &error));

    Settings smaller;
    smaller.general = SettingsSchema::defaults();
    CommunicationSettings shared = nonDefaultSettings().profiles.value(QStringLiteral("edfi-ods-shared"));
    shared.leas.removeAt(1); // LEA removed
    std::swap(shared.leas[0], shared.leas[1]); // and reordered
    smaller.profiles.insert(QStringLiteral("edfi-ods-shared"), shared);
    QVERIFY2(store.save(smaller, &error), qPrintable(error));

    Settings loaded;
    QVERIFY(store.load(&loaded, &error));
    QCOMPARE(loaded, smaller);
    QVERIFY(!loaded.profiles.contains(QStringLiteral("local-simulator")));
    QCOMPARE(loaded.profiles.value(QStringLiteral("edfi-ods-shared")).leas.first().id, QStringLiteral("500001"));
}

void TestSettingsStore::failedSaveKeepsPreviousSettings()
{
    test::TestEnvironment env;
    auto db = env.openDatabase();
    QVERIFY(db);
    SettingsStore store(db->connection());
    QString error;
    const Settings before = nonDefaultSettings();
    QVERIFY(store.save(before, &error));
    {
        QSqlQuery q(db->connection());
        if (db->isPostgreSQL()) {
            QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION fail_leas() RETURNS trigger LANGUAGE plpgsql AS "
                                          "$f$ BEGIN RAISE EXCEPTION 'injected'; END $f$")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TRIGGER fail_leas BEFORE INSERT ON leas FOR EACH ROW EXECUTE FUNCTION fail_leas()")));
        } else {
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TRIGGER fail_leas BEFORE INSERT ON leas BEGIN SELECT RAISE(ABORT, 'injected'); END")));
        }
    }
    Settings after = before;
    after.general.simultaneousConnections = 3;
    after.profiles[QStringLiteral("edfi-ods-shared")].dataUrl = QStringLiteral("https://other.example/data");
    QVERIFY(!store.save(after, &error));
    QVERIFY2(error.contains(QStringLiteral("injected")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Nothing was saved")), qPrintable(error));

    Settings loaded;
    QVERIFY(store.load(&loaded, &error));
    QCOMPARE(loaded, before); // the settings rows deleted before the failure are back
}

void TestSettingsStore::unknownOrBadStoredValuesFallBackToDefaults()
{
    test::TestEnvironment env;
    auto db = env.openDatabase();
    QVERIFY(db);
    {
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('simultaneousConnections', '99'), "
                                      "('jobFrequency', 'hourly'), ('someFutureKey', 'x'), ('logging.errors', "
                                      "'false'), ('logging.info', 'true')")));
    }
    SettingsStore store(db->connection());
    Settings loaded;
    QString error;
    QVERIFY2(store.load(&loaded, &error), qPrintable(error));
    GeneralSettings expected = SettingsSchema::defaults();
    expected.logInfo = true;
    QCOMPARE(loaded.general, expected);
}

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "test_settingsstore.moc"
