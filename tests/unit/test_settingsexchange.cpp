// Settings export and import (SPEC §6): the file round-trips, holds no secrets, and an invalid
// file changes nothing and says why; diff() is the dry run.

#include "Profile.h"
#include "ProfileRepository.h"
#include "SettingsExchange.h"
#include "SettingsSchema.h"
#include "TestSupport.h"
#include "UnitTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dexdesk;
using dexdesk::test::makeLea;

namespace {

const QString kOds7 = QStringLiteral("edfi-ods7-year-specific");
const QString kShared = QStringLiteral("edfi-ods-shared");
const QString kSim = QStringLiteral("local-simulator");

Settings defaultSettings()
{
    Settings s;
    s.general = SettingsSchema::defaults();
    return s;
}

// Non-default values everywhere, every installed profile configured.
Settings customSettings(const ProfileRepository &repo)
{
    Settings s = defaultSettings();
    s.general.systemEnabled = true;
    s.general.logWarnings = true;
    s.general.logInfo = true;
    s.general.logDiagnostic = true;
    s.general.frequency = Frequency::Low;
    s.general.purgePolicy = PurgePolicy::Aggressive;
    s.general.simultaneousConnections = 12;
    s.general.profileId = kShared;
    CommunicationSettings shared = repo.find(kShared)->defaults();
    shared.dataUrl = QStringLiteral("https://ods.state.example.gov/api/data/v3");
    shared.authUrl = QStringLiteral("https://ods.state.example.gov/api/oauth/token");
    shared.schoolYears = {2026, 2027};
    shared.services = Service::Publish | Service::DataChanges;
    shared.leas = {makeLea(QStringLiteral("900"), QStringLiteral("Zeta"), true, QStringLiteral("kz")),
                   makeLea(QStringLiteral("100"), QStringLiteral("Alpha"), false, QString())};
    s.profiles.insert(kShared, shared);
    CommunicationSettings ods7 = repo.find(kOds7)->defaults();
    ods7.schoolYears = {2025, 2028};
    ods7.services = Service::UniqueId | Service::Download;
    s.profiles.insert(kOds7, ods7);
    CommunicationSettings sim = repo.find(kSim)->defaults();
    sim.dataUrl = QStringLiteral("http://localhost:9999/data/v3");
    s.profiles.insert(kSim, sim);
    return s;
}

QJsonObject exportedObject(const Settings &s, const ProfileRepository &repo)
{
    return QJsonDocument::fromJson(SettingsExchange::exportJson(s, repo)).object();
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

} // namespace

class TestSettingsExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportHasFormatAndEveryProfile();
    void roundTrip();
    void roundTripOfUnconfiguredProfiles();
    void importKeepsProfilesNotInFile();
    void invalidImportChangesNothing_data();
    void invalidImportChangesNothing();
    void invalidJsonNamesTheLine();
    void diffListsChangedFields();
    void diffEmptyForIdenticalSettings();
    void fileRoundTrip();

private:
    ProfileRepository m_repo;
};

void TestSettingsExchange::initTestCase()
{
    m_repo = test::TestEnvironment::shippedProfiles();
    QCOMPARE(m_repo.profiles().size(), 3);
}

void TestSettingsExchange::exportHasFormatAndEveryProfile()
{
    const QByteArray data = SettingsExchange::exportJson(defaultSettings(), m_repo);
    const QJsonObject o = QJsonDocument::fromJson(data).object();
    QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("dexdesk-settings"));
    QCOMPARE(o.value(QStringLiteral("formatVersion")).toInt(), SettingsExchange::kFormatVersion);
    const QJsonObject general = o.value(QStringLiteral("general")).toObject();
    QCOMPARE(general.value(QStringLiteral("simultaneousConnections")).toInt(), 5);
    QCOMPARE(general.value(QStringLiteral("jobFrequency")).toString(), QStringLiteral("standard"));
    QVERIFY(!general.contains(QStringLiteral("logging.errors"))); // locked: nothing to move
    const QJsonObject profiles = o.value(QStringLiteral("profiles")).toObject();
    QCOMPARE(profiles.keys(), (QStringList {kShared, kOds7, kSim}));
    QCOMPARE(profiles.value(kSim).toObject().value(QStringLiteral("leas")).toArray().size(), 1);
    QVERIFY(!data.contains("secret"));
}

void TestSettingsExchange::roundTrip()
{
    const Settings original = customSettings(m_repo);
    const QByteArray data = SettingsExchange::exportJson(original, m_repo);
    Settings result;
    QString error;
    QVERIFY2(SettingsExchange::importJson(data, defaultSettings(), m_repo, &result, &error), qPrintable(error));
    QCOMPARE(result.general, original.general);
    QCOMPARE(result.profiles.value(kShared), original.profiles.value(kShared));
    QCOMPARE(result, original);
    QVERIFY(SettingsExchange::diff(original, result, m_repo).isEmpty());
}

void TestSettingsExchange::roundTripOfUnconfiguredProfiles()
{
    Settings original = defaultSettings();
    original.general.frequency = Frequency::High;
    const QByteArray data = SettingsExchange::exportJson(original, m_repo);
    Settings result;
    QString error;
    QVERIFY2(SettingsExchange::importJson(data, defaultSettings(), m_repo, &result, &error), qPrintable(error));
    QCOMPARE(result.general, original.general);
    // The file spells out the defaults; what the user sees is the same.
    for (const Profile &p : m_repo.profiles())
        QCOMPARE(result.profiles.value(p.id, p.defaults()), p.defaults());
    QVERIFY(SettingsExchange::diff(original, result, m_repo).isEmpty());
}

void TestSettingsExchange::importKeepsProfilesNotInFile()
{
    const Settings current = customSettings(m_repo);
    QJsonObject o = exportedObject(defaultSettings(), m_repo);
    QJsonObject profiles = o.value(QStringLiteral("profiles")).toObject();
    profiles.remove(kShared);
    o.insert(QStringLiteral("profiles"), profiles);
    o.remove(QStringLiteral("general"));
    Settings result;
    QString error;
    QVERIFY2(SettingsExchange::importJson(toBytes(o), current, m_repo, &result, &error), qPrintable(error));
    QCOMPARE(result.general, current.general);
    QCOMPARE(result.profiles.value(kShared), current.profiles.value(kShared));
    QCOMPARE(result.profiles.value(kOds7), m_repo.find(kOds7)->defaults());
}

void TestSettingsExchange::invalidImportChangesNothing_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("messagePart");

    const ProfileRepository repo = test::TestEnvironment::shippedProfiles();
    const QJsonObject valid = exportedObject(customSettings(repo), repo);
    auto with = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject o = valid;
        change(o);
        return toBytes(o);
    };
    auto general = [&](const QString &key, const QJsonValue &value) {
        return with([&](QJsonObject &o) {
            QJsonObject g = o.value(QStringLiteral("general")).toObject();
            g.insert(key, value);
            o.insert(QStringLiteral("general"), g);
        });
    };
    auto profile = [&](const QString &id, const std::function<void(QJsonObject &)> &change) {
        return with([&](QJsonObject &o) {
            QJsonObject profiles = o.value(QStringLiteral("profiles")).toObject();
            QJsonObject p = profiles.value(id).toObject();
            change(p);
            profiles.insert(id, p);
            o.insert(QStringLiteral("profiles"), profiles);
        });
    };
    auto firstLea = [&](const std::function<void(QJsonObject &)> &change) {
        return profile(kShared, [&](QJsonObject &p) {
            QJsonArray leas = p.value(QStringLiteral("leas")).toArray();
            QJsonObject lea = leas.at(0).toObject();
            change(lea);
            leas.replace(0, lea);
            p.insert(QStringLiteral("leas"), leas);
        });
    };

    QTest::newRow("bad JSON") << QByteArray("{\n  \"format\": \"dexdesk-settings\",\n  \"formatVersion\": 1\n  }}")
                              << QStringLiteral("JSON");
    QTest::newRow("not an object") << QByteArray("[]") << QStringLiteral("not a DEX Desk settings file");
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("JSON");
    QTest::newRow("wrong format name") << with([](QJsonObject &o) {
        o.insert(QStringLiteral("format"), QStringLiteral("other-app"));
    }) << QStringLiteral("not a DEX Desk settings file");
    QTest::newRow("missing format") << with([](QJsonObject &o) { o.remove(QStringLiteral("format")); })
                                    << QStringLiteral("not a DEX Desk settings file");
    QTest::newRow("format version 2") << with([](QJsonObject &o) { o.insert(QStringLiteral("formatVersion"), 2); })
                                      << QStringLiteral("version 2");
    QTest::newRow("format version text") << with([](QJsonObject &o) {
        o.insert(QStringLiteral("formatVersion"), QStringLiteral("1"));
    }) << QStringLiteral("\"formatVersion\" must be the number 1");
    QTest::newRow("unknown top-level key")
        << with([](QJsonObject &o) { o.insert(QStringLiteral("colour"), QStringLiteral("blue")); })
        << QStringLiteral("colour");
    QTest::newRow("unknown general key") << general(QStringLiteral("turbo"), true) << QStringLiteral("turbo");
    QTest::newRow("locked general key") << general(QStringLiteral("logging.errors"), false)
                                        << QStringLiteral("logging.errors");
    QTest::newRow("unknown profile key") << profile(kShared, [](QJsonObject &p) {
        p.insert(QStringLiteral("proxy"), QStringLiteral("x"));
    }) << QStringLiteral("proxy");
    QTest::newRow("unknown LEA key") << firstLea([](QJsonObject &l) {
        l.insert(QStringLiteral("email"), QStringLiteral("a@b.example"));
    }) << QStringLiteral("email");
    QTest::newRow("secret in LEA") << firstLea([](QJsonObject &l) {
        l.insert(QStringLiteral("secret"), QStringLiteral("hunter2"));
    }) << QStringLiteral("never hold secrets");
    QTest::newRow("authSecret in profile")
        << profile(kShared, [](QJsonObject &p) { p.insert(QStringLiteral("authSecret"), QStringLiteral("hunter2")); })
        << QStringLiteral("never hold secrets");
    QTest::newRow("connections 33") << general(QStringLiteral("simultaneousConnections"), 33)
                                    << QStringLiteral("Simultaneous Connections");
    QTest::newRow("connections 0") << general(QStringLiteral("simultaneousConnections"), 0)
                                   << QStringLiteral("Simultaneous Connections");
    QTest::newRow("connections 2.5") << general(QStringLiteral("simultaneousConnections"), 2.5)
                                     << QStringLiteral("Simultaneous Connections");
    QTest::newRow("frequency unknown") << general(QStringLiteral("jobFrequency"), QStringLiteral("hourly"))
                                       << QStringLiteral("Job Processing Frequency");
    QTest::newRow("connections 1e300") << general(QStringLiteral("simultaneousConnections"), 1e300)
                                       << QStringLiteral("Simultaneous Connections"); // found by tests/fuzz
    QTest::newRow("connections as text") << general(QStringLiteral("simultaneousConnections"), QStringLiteral("7"))
                                         << QStringLiteral("wrong type");
    QTest::newRow("system as text") << general(QStringLiteral("systemEnabled"), QStringLiteral("yes"))
                                    << QStringLiteral("wrong type");
    QTest::newRow("profile as number") << general(QStringLiteral("profile"), 3) << QStringLiteral("wrong type");
    QTest::newRow("general not an object")
        << with([](QJsonObject &o) { o.insert(QStringLiteral("general"), 5); }) << QStringLiteral("general");
    QTest::newRow("dataUrl as number") << profile(kShared, [](QJsonObject &p) {
        p.insert(QStringLiteral("dataUrl"), 5);
    }) << QStringLiteral("dataUrl");
    QTest::newRow("school years as text")
        << profile(kShared, [](QJsonObject &p) { p.insert(QStringLiteral("schoolYears"), QStringLiteral("2027")); })
        << QStringLiteral("schoolYears");
    QTest::newRow("school year twice") << profile(kShared, [](QJsonObject &p) {
        p.insert(QStringLiteral("schoolYears"), QJsonArray {2027, 2027});
    }) << QStringLiteral("schoolYears");
    QTest::newRow("unknown service") << profile(kShared, [](QJsonObject &p) {
        p.insert(QStringLiteral("services"), QJsonArray {QStringLiteral("fax")});
    }) << QStringLiteral("fax");
    QTest::newRow("LEA enabled as text") << firstLea([](QJsonObject &l) {
        l.insert(QStringLiteral("enabled"), QStringLiteral("Yes"));
    }) << QStringLiteral("enabled");
    QTest::newRow("uninstalled profile") << with([&](QJsonObject &o) {
        QJsonObject profiles = o.value(QStringLiteral("profiles")).toObject();
        profiles.insert(QStringLiteral("state-of-nowhere"), profiles.value(kShared));
        o.insert(QStringLiteral("profiles"), profiles);
    }) << QStringLiteral("state-of-nowhere");
    QTest::newRow("selected profile uninstalled")
        << general(QStringLiteral("profile"), QStringLiteral("state-of-nowhere")) << QStringLiteral("state-of-nowhere");
    QTest::newRow("invalid URL") << profile(kShared, [](QJsonObject &p) {
        p.insert(QStringLiteral("dataUrl"), QStringLiteral("http://ods.example/api"));
    }) << QStringLiteral("https://");
    QTest::newRow("year not offered") << profile(kShared, [](QJsonObject &p) {
        p.insert(QStringLiteral("schoolYears"), QJsonArray {2031});
    }) << QStringLiteral("2030-2031");
    QTest::newRow("unsupported service") << profile(kShared, [](QJsonObject &p) {
        p.insert(QStringLiteral("services"), QJsonArray {QStringLiteral("uniqueId")});
    }) << QStringLiteral("Unique ID");
    QTest::newRow("duplicate LEA") << profile(kShared, [](QJsonObject &p) {
        QJsonArray leas = p.value(QStringLiteral("leas")).toArray();
        leas.append(leas.at(0));
        p.insert(QStringLiteral("leas"), leas);
    }) << QStringLiteral("twice");
    QTest::newRow("On without school year")
        << profile(kShared, [](QJsonObject &p) { p.insert(QStringLiteral("schoolYears"), QJsonArray()); })
        << QStringLiteral("school year");
}

void TestSettingsExchange::invalidImportChangesNothing()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, messagePart);
    const Settings current = defaultSettings();
    Settings result = customSettings(m_repo);
    const Settings untouched = result;
    QString error;
    QVERIFY(!SettingsExchange::importJson(data, current, m_repo, &result, &error));
    QVERIFY2(error.contains(messagePart), qPrintable(error));
    QCOMPARE(result, untouched);
    QVERIFY(!error.contains(QStringLiteral("hunter2"))); // a secret in the file is never echoed
}

void TestSettingsExchange::invalidJsonNamesTheLine()
{
    QByteArray data = SettingsExchange::exportJson(defaultSettings(), m_repo);
    // Break line 6 of the exported file.
    QList<QByteArray> lines = data.split('\n');
    QVERIFY(lines.size() > 10);
    lines[5] = lines[5] + " ]";
    data = lines.join('\n');
    Settings result;
    QString error;
    QVERIFY(!SettingsExchange::importJson(data, defaultSettings(), m_repo, &result, &error));
    QVERIFY2(error.contains(QStringLiteral("line 6")), qPrintable(error));
}

void TestSettingsExchange::diffListsChangedFields()
{
    const Settings before = defaultSettings();
    Settings after = before;
    after.general.frequency = Frequency::High;
    after.general.simultaneousConnections = 8;
    CommunicationSettings ods7 = m_repo.find(kOds7)->defaults();
    ods7.dataUrl = QStringLiteral("https://api.state.example.gov/v7/data/v3");
    ods7.leas = {makeLea(QStringLiteral("255901"), QStringLiteral("Grand Bend"), true, QStringLiteral("k"))};
    after.profiles.insert(kOds7, ods7);
    CommunicationSettings sim = m_repo.find(kSim)->defaults();
    sim.leas[0].enabled = false;
    after.profiles.insert(kSim, sim);

    const QStringList lines = SettingsExchange::diff(before, after, m_repo);
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(0).contains(QStringLiteral("Job Processing Frequency"))
                 && lines.at(0).contains(QStringLiteral("standard")) && lines.at(0).contains(QStringLiteral("high")),
             qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).contains(QStringLiteral("Simultaneous Connections"))
                 && lines.at(1).contains(QStringLiteral("5")) && lines.at(1).contains(QStringLiteral("8")),
             qPrintable(lines.at(1)));
    const QString all = lines.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("Data Exchange URL: https://api.agency.example/v7/data/v3 → "
                                         "https://api.state.example.gov/v7/data/v3")),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("LEA added: 255901")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("LEA changed: 255901")), qPrintable(all));
    QVERIFY(all.contains(m_repo.find(kOds7)->name));
    QVERIFY(all.contains(m_repo.find(kSim)->name));
    QVERIFY(!all.contains(m_repo.find(kShared)->name)); // unchanged profile not listed

    // And the reverse direction names the removal.
    const QString back = SettingsExchange::diff(after, before, m_repo).join(QLatin1Char('\n'));
    QVERIFY2(back.contains(QStringLiteral("LEA removed: 255901")), qPrintable(back));
}

void TestSettingsExchange::diffEmptyForIdenticalSettings()
{
    QVERIFY(SettingsExchange::diff(defaultSettings(), defaultSettings(), m_repo).isEmpty());
    const Settings custom = customSettings(m_repo);
    QVERIFY(SettingsExchange::diff(custom, custom, m_repo).isEmpty());
    // Pinned defaults equal unpinned: nothing a user would see changes.
    Settings pinned = defaultSettings();
    for (const Profile &p : m_repo.profiles())
        pinned.profiles.insert(p.id, p.defaults());
    QVERIFY(SettingsExchange::diff(defaultSettings(), pinned, m_repo).isEmpty());
}

void TestSettingsExchange::fileRoundTrip()
{
    test::TestEnvironment env;
    const QString path = env.path(QStringLiteral("export/settings.json"));
    QString error;
    QVERIFY(!SettingsExchange::writeFile(path, "x", &error)); // folder missing: refused, says where
    QVERIFY2(error.contains(QStringLiteral("settings.json")), qPrintable(error));
    const QString ok = env.path(QStringLiteral("settings.json"));
    const QByteArray data = SettingsExchange::exportJson(customSettings(m_repo), m_repo);
    QVERIFY2(SettingsExchange::writeFile(ok, data, &error), qPrintable(error));
    QByteArray read;
    QVERIFY2(SettingsExchange::readFile(ok, &read, &error), qPrintable(error));
    QCOMPARE(read, data);
    QVERIFY(!SettingsExchange::readFile(env.path(QStringLiteral("missing.json")), &read, &error));
    QVERIFY(error.contains(QStringLiteral("missing.json")));
}

QTEST_GUILESS_MAIN(TestSettingsExchange)
#include "test_settingsexchange.moc"
