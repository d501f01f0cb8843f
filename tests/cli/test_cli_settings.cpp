// `dexdesk-cli settings show|export|import` end to end, against a real
// database file that the test also reads and writes through the core (SettingsStore).

#include "CliRunner.h"
#include "Profile.h"
#include "SettingsSchema.h"
#include "SettingsStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const QString kSimulator = QStringLiteral("local-simulator");
const QString kShared = QStringLiteral("edfi-ods-shared");

// Settings that differ from the defaults in every part an export holds.
Settings customSettings()
{
    const ProfileRepository profiles = TestEnvironment::shippedProfiles();
    Settings s;
    s.general = SettingsSchema::defaults();
    s.general.simultaneousConnections = 7;
    s.general.frequency = Frequency::High;
    s.general.logWarnings = true;
    s.general.profileId = kSimulator;
    CommunicationSettings sim = profiles.find(kSimulator)->defaults();
    sim.leas.append({QStringLiteral("4242"), QStringLiteral("North District"), false, QStringLiteral("key-4242")});
    s.profiles.insert(kSimulator, sim);
    CommunicationSettings shared = profiles.find(kShared)->defaults();
    shared.dataUrl = QStringLiteral("https://ods.state.example/api/data/v3");
    s.profiles.insert(kShared, shared);
    return s;
}

// What the user sees: the general settings and every profile's effective communication settings.
void compareEffective(const Settings &actual, const Settings &expected)
{
    const ProfileRepository profiles = TestEnvironment::shippedProfiles();
    QCOMPARE(actual.general.simultaneousConnections, expected.general.simultaneousConnections);
    QCOMPARE(actual.general.frequency, expected.general.frequency);
    QCOMPARE(actual.general.purgePolicy, expected.general.purgePolicy);
    QCOMPARE(actual.general.systemEnabled, expected.general.systemEnabled);
    QCOMPARE(actual.general.logWarnings, expected.general.logWarnings);
    QCOMPARE(actual.general.logInfo, expected.general.logInfo);
    QCOMPARE(actual.general.logDiagnostic, expected.general.logDiagnostic);
    QCOMPARE(profiles.resolve(actual.general.profileId)->id, profiles.resolve(expected.general.profileId)->id);
    for (const Profile &p : profiles.profiles()) {
        QVERIFY2(actual.profiles.value(p.id, p.defaults()) == expected.profiles.value(p.id, p.defaults()),
                 qPrintable(p.id));
    }
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QJsonObject withoutTimestamp(QJsonObject o)
{
    o.remove(QStringLiteral("exportedAt"));
    return o;
}

} // namespace

class TestCliSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showPrintsTheSpecDefaults()
    {
        TestEnvironment env;
        const CliResult r = CliRunner(env.databasePath()).run({QStringLiteral("settings"), QStringLiteral("show")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        const Profile &first = profiles.profiles().constFirst();
        const QStringList lines = r.outText().split(QLatin1Char('\n'));
        for (const QString &expected : QStringList {
                 QStringLiteral("  System Enabled: Off"),
                 QStringLiteral("  Errors: On (always on)"),
                 QStringLiteral("  Warnings: Off"),
                 QStringLiteral("  Info: Off"),
                 QStringLiteral("  Diagnostic: Off"),
                 QStringLiteral("  Job Processing Frequency: Standard"),
                 QStringLiteral("  Purge Policy: Typical"),
                 QStringLiteral("  Simultaneous Connections: 5"),
                 QStringLiteral("  Data Exchange Profile: %1 (%2)").arg(first.name, first.id),
                 QStringLiteral("  Data Exchange URL: ") + first.dataUrl,
                 QStringLiteral("  Authentication URL: ") + first.authUrl,
                 QStringLiteral("  School Years: ") + schoolYearLabel(first.defaultSchoolYears.constFirst()),
                 QStringLiteral("  %1: %2 (selected)").arg(first.id, first.name),
             })
            QVERIFY2(lines.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + r.outText()));
        QVERIFY2(r.err.isEmpty(), r.describe().constData());
    }

    void showJsonHasTheDefaults()
    {
        TestEnvironment env;
        const CliResult r = CliRunner(env.databasePath())
                                .run({QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonObject root = parseObject(r.out);
        const QJsonObject general = root.value(QStringLiteral("general")).toObject();
        const ProfileRepository profiles = TestEnvironment::shippedProfiles();
        const Profile &first = profiles.profiles().constFirst();
        QCOMPARE(general.size(), SettingsSchema::generalFields().size());
        QCOMPARE(general.value(QStringLiteral("systemEnabled")), QJsonValue(false));
        QCOMPARE(general.value(QStringLiteral("logging.errors")), QJsonValue(true));
        QCOMPARE(general.value(QStringLiteral("logging.warnings")), QJsonValue(false));
        QCOMPARE(general.value(QStringLiteral("jobFrequency")), QJsonValue(QStringLiteral("standard")));
        QCOMPARE(general.value(QStringLiteral("purgePolicy")), QJsonValue(QStringLiteral("typical")));
        QCOMPARE(general.value(QStringLiteral("simultaneousConnections")), QJsonValue(5));
        QCOMPARE(general.value(QStringLiteral("profile")), QJsonValue(first.id));
        const QJsonObject comm = root.value(QStringLiteral("communication")).toObject();
        QCOMPARE(comm.value(QStringLiteral("profile")), QJsonValue(first.id));
        QCOMPARE(comm.value(QStringLiteral("selected")), QJsonValue(true));
        QCOMPARE(comm.value(QStringLiteral("dataUrl")), QJsonValue(first.dataUrl));
        QCOMPARE(comm.value(QStringLiteral("schoolYearLabels")).toArray().first().toString(),
                 schoolYearLabel(first.defaultSchoolYears.constFirst()));
        QCOMPARE(comm.value(QStringLiteral("services")).toArray().toVariantList(),
                 QJsonArray::fromStringList(serviceNames(first.defaults().services)).toVariantList());
        QCOMPARE(root.value(QStringLiteral("profiles")).toArray().size(), profiles.profiles().size());
        QVERIFY(root.value(QStringLiteral("profileErrors")).toArray().isEmpty());
    }

    // Saved values, another profile, its LEAs; a keychain that cannot be reached does not fail it.
    void showSavedSettingsOfAProfileWithoutKeychain()
    {
        TestEnvironment env;
        QVERIFY(storeSettings(env, customSettings()));
        CliRunner cli(env.databasePath());
        cli.setEnv(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent-dexdesk-test"));
        const CliResult text = cli.run({QStringLiteral("settings"), QStringLiteral("show")});
        QVERIFY2(text.exitCode == 0, text.describe().constData());
        QVERIFY2(text.outText().contains(QLatin1String("  Simultaneous Connections: 7\n")),
                 text.describe().constData());
        QVERIFY2(text.outText().contains(QLatin1String("  Job Processing Frequency: High\n")),
                 text.describe().constData());
        QVERIFY2(text.outText().contains(QLatin1String("LEA 4242 \"North District\": enabled No, key \"key-4242\", "
                                                       "secret: unknown (keychain unavailable)")),
                 text.describe().constData());

        const CliResult json = cli.run({QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json"),
                                        QStringLiteral("--profile"), kShared});
        QVERIFY2(json.exitCode == 0, json.describe().constData());
        const QJsonObject comm = parseObject(json.out).value(QStringLiteral("communication")).toObject();
        QCOMPARE(comm.value(QStringLiteral("profile")), QJsonValue(kShared));
        QCOMPARE(comm.value(QStringLiteral("selected")), QJsonValue(false));
        QCOMPARE(comm.value(QStringLiteral("dataUrl")),
                 QJsonValue(QStringLiteral("https://ods.state.example/api/data/v3")));

        const CliResult unknown = cli.run({QStringLiteral("settings"), QStringLiteral("show"),
                                           QStringLiteral("--profile"), QStringLiteral("no-such-profile")});
        QVERIFY2(unknown.exitCode == 1, unknown.describe().constData());
        QVERIFY2(unknown.errText().contains(QLatin1String("no profile \"no-such-profile\"")),
                 unknown.describe().constData());
    }

    void showWarnsAboutABrokenProfileFile()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        const QString dir = cli.dataHome() + QStringLiteral("/dexdesk/profiles");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(writeAll(dir + QStringLiteral("/broken.json"), "{\n  \"formatVersion\": 1,\n  \"id\": \n}\n"));
        const CliResult r = cli.run({QStringLiteral("settings"), QStringLiteral("show")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String("warning:")) && r.errText().contains(QLatin1String("broken.json:")),
                 r.describe().constData());
        QVERIFY2(r.outText().contains(QLatin1String("Installed profiles:")), r.describe().constData());
        const CliResult json = cli.run({QStringLiteral("settings"), QStringLiteral("show"), QStringLiteral("--json")});
        const QJsonArray errors = parseObject(json.out).value(QStringLiteral("profileErrors")).toArray();
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().toString().contains(QLatin1String("broken.json:")));
    }

    void exportThenDryRunSaysNoChanges()
    {
        TestEnvironment env;
        QVERIFY(storeSettings(env, customSettings()));
        CliRunner cli(env.databasePath());
        const QString file = env.path(QStringLiteral("export.json"));
        const CliResult exported = cli.run({QStringLiteral("settings"), QStringLiteral("export"), file});
        QVERIFY2(exported.exitCode == 0, exported.describe().constData());
        QCOMPARE(parseObject(readAll(file)).value(QStringLiteral("format")),
                 QJsonValue(QStringLiteral("dexdesk-settings")));
        const CliResult dry
            = cli.run({QStringLiteral("settings"), QStringLiteral("import"), file, QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, dry.describe().constData());
        QCOMPARE(dry.outText().trimmed(), QStringLiteral("No changes."));
        const CliResult real = cli.run({QStringLiteral("settings"), QStringLiteral("import"), file});
        QVERIFY2(real.exitCode == 0, real.describe().constData());
        QCOMPARE(real.outText().trimmed(), QStringLiteral("No changes."));
    }

    void exportToStdoutHasNoSecretsAndNoChatter()
    {
        TestEnvironment env;
        QVERIFY(storeSettings(env, customSettings()));
        const CliResult r = CliRunner(env.databasePath())
                                .run({QStringLiteral("settings"), QStringLiteral("export"), QStringLiteral("-")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonObject root = parseObject(r.out);
        QCOMPARE(root.value(QStringLiteral("format")), QJsonValue(QStringLiteral("dexdesk-settings")));
        QCOMPARE(root.value(QStringLiteral("general")).toObject().value(QStringLiteral("simultaneousConnections")),
                 QJsonValue(7));
        QVERIFY(!r.out.contains("secret"));
    }

    // Export, change the database, import the export: the settings are those exported.
    void importRestoresAnExport()
    {
        TestEnvironment env;
        const Settings original = customSettings();
        QVERIFY(storeSettings(env, original));
        CliRunner cli(env.databasePath());
        const QString file = env.path(QStringLiteral("export.json"));
        QCOMPARE(cli.run({QStringLiteral("settings"), QStringLiteral("export"), file}).exitCode, 0);

        Settings changed = original;
        changed.general.simultaneousConnections = 3;
        changed.general.purgePolicy = PurgePolicy::Seldom;
        changed.general.profileId = kShared;
        changed.profiles[kSimulator].leas[1].name = QStringLiteral("Renamed District");
        changed.profiles[kShared].dataUrl = QStringLiteral("https://other.state.example/data/v3");
        QVERIFY(storeSettings(env, changed));

        const CliResult r = cli.run({QStringLiteral("settings"), QStringLiteral("import"), file});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(QStringLiteral("Simultaneous Connections: 3 → 7")), r.describe().constData());
        QVERIFY2(r.outText().contains(QLatin1String("Renamed District")), r.describe().constData());
        compareEffective(loadSettings(env), original);

        const QString again = env.path(QStringLiteral("again.json"));
        QCOMPARE(cli.run({QStringLiteral("settings"), QStringLiteral("export"), again}).exitCode, 0);
        QCOMPARE(withoutTimestamp(parseObject(readAll(again))), withoutTimestamp(parseObject(readAll(file))));
    }

    void importFromStdin()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        const CliResult exported = cli.run({QStringLiteral("settings"), QStringLiteral("export"), QStringLiteral("-")});
        QJsonObject root = parseObject(exported.out);
        QJsonObject general = root.value(QStringLiteral("general")).toObject();
        general.insert(QStringLiteral("simultaneousConnections"), 11);
        root.insert(QStringLiteral("general"), general);
        const CliResult r = cli.run({QStringLiteral("settings"), QStringLiteral("import"), QStringLiteral("-")},
                                    QJsonDocument(root).toJson());
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(loadSettings(env).general.simultaneousConnections, 11);
    }

    void dryRunListsDifferencesAndChangesNothing()
    {
        TestEnvironment env;
        QVERIFY(storeSettings(env, customSettings()));
        CliRunner cli(env.databasePath());
        const QString file = env.path(QStringLiteral("export.json"));
        QCOMPARE(cli.run({QStringLiteral("settings"), QStringLiteral("export"), file}).exitCode, 0);
        Settings changed = customSettings();
        changed.general.simultaneousConnections = 3;
        changed.general.frequency = Frequency::Low;
        QVERIFY(storeSettings(env, changed));

        const CliResult r
            = cli.run({QStringLiteral("settings"), QStringLiteral("import"), file, QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(QStringLiteral("Simultaneous Connections: 3 → 7")), r.describe().constData());
        QVERIFY2(r.outText().contains(QStringLiteral("Job Processing Frequency: low → high")),
                 r.describe().constData());
        QVERIFY2(r.outText().contains(QLatin1String("nothing was changed")), r.describe().constData());
        QVERIFY(loadSettings(env) == changed);
    }

    void invalidImportChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("mutation");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad JSON") << QByteArrayLiteral("truncate") << QStringLiteral("not valid JSON");
        QTest::newRow("unknown key") << QByteArrayLiteral("unknownKey") << QStringLiteral("frobnicate");
        QTest::newRow("simultaneousConnections 99")
            << QByteArrayLiteral("connections99") << QStringLiteral("Simultaneous Connections");
        QTest::newRow("secret field") << QByteArrayLiteral("secret") << QStringLiteral("never hold secrets");
        QTest::newRow("uninstalled profile")
            << QByteArrayLiteral("uninstalledProfile") << QStringLiteral("not installed");
    }

    void invalidImportChangesNothing()
    {
        QFETCH(QByteArray, mutation);
        QFETCH(QString, message);
        TestEnvironment env;
        const Settings before = customSettings();
        QVERIFY(storeSettings(env, before));
        CliRunner cli(env.databasePath());
        const CliResult exported = cli.run({QStringLiteral("settings"), QStringLiteral("export"), QStringLiteral("-")});
        QVERIFY2(exported.exitCode == 0, exported.describe().constData());
        // A file that would also change a valid value, so a partial import would show.
        QJsonObject root = parseObject(exported.out);
        QJsonObject general = root.value(QStringLiteral("general")).toObject();
        general.insert(QStringLiteral("purgePolicy"), QStringLiteral("aggressive"));
        QJsonObject profiles = root.value(QStringLiteral("profiles")).toObject();
        if (mutation == "unknownKey")
            general.insert(QStringLiteral("frobnicate"), true);
        if (mutation == "connections99")
            general.insert(QStringLiteral("simultaneousConnections"), 99);
        if (mutation == "secret") {
            QJsonObject sim = profiles.value(kSimulator).toObject();
            QJsonArray leas = sim.value(QStringLiteral("leas")).toArray();
            QJsonObject lea = leas.at(0).toObject();
            lea.insert(QStringLiteral("secret"), QStringLiteral("s3cr3t"));
            leas.replace(0, lea);
            sim.insert(QStringLiteral("leas"), leas);
            profiles.insert(kSimulator, sim);
        }
        if (mutation == "uninstalledProfile")
            profiles.insert(QStringLiteral("no-such-profile"), profiles.value(kShared));
        root.insert(QStringLiteral("general"), general);
        root.insert(QStringLiteral("profiles"), profiles);
        QByteArray data = QJsonDocument(root).toJson();
        if (mutation == "truncate")
            data.chop(data.size() / 2);
        const QString file = env.path(QStringLiteral("import.json"));
        QVERIFY(writeAll(file, data));

        for (const QStringList &extra : {QStringList(), QStringList {QStringLiteral("--dry-run")}}) {
            const CliResult r
                = cli.run(QStringList {QStringLiteral("settings"), QStringLiteral("import"), file} + extra);
            QVERIFY2(r.exitCode == 1, r.describe().constData());
            QVERIFY2(r.errText().contains(message), r.describe().constData());
            QVERIFY2(r.errText().contains(QLatin1String("Nothing was changed")), r.describe().constData());
            QVERIFY(loadSettings(env) == before);
        }
    }

    void importOfAMissingFileFails()
    {
        TestEnvironment env;
        const CliResult r = CliRunner(env.databasePath())
                                .run({QStringLiteral("settings"), QStringLiteral("import"),
                                      env.path(QStringLiteral("missing.json"))});
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String("missing.json")), r.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliSettings)
#include "test_cli_settings.moc"
