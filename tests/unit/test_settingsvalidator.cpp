// The rules of SPEC §2: URLs, school years before System On, the connection range, LEA rules,
// services the profile lacks and profiles that are not installed. Each rule good and bad.

#include "Profile.h"
#include "ProfileRepository.h"
#include "SettingsSchema.h"
#include "SettingsValidator.h"
#include "TestSupport.h"
#include "UnitTestSupport.h"

#include <QTest>

using namespace dexdesk;
using dexdesk::test::makeLea;

Q_DECLARE_METATYPE(dexdesk::UrlCheck::Severity)

namespace {

QList<ValidationIssue> issuesFor(const QList<ValidationIssue> &issues, const QString &field)
{
    QList<ValidationIssue> out;
    for (const ValidationIssue &i : issues) {
        if (i.field == field)
            out << i;
    }
    return out;
}

int errorCount(const QList<ValidationIssue> &issues)
{
    return int(std::count_if(issues.cbegin(), issues.cend(), [](const ValidationIssue &i) { return i.isError(); }));
}

} // namespace

class TestSettingsValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void urls_data();
    void urls();
    void communicationUrlsAreCheckedBoth();
    void schoolYearsBeforeSystemOn();
    void schoolYearNotOffered();
    void schoolYearsOnlyMatterForSelectedProfile();
    void connectionRange_data();
    void connectionRange();
    void leaRules_data();
    void leaRules();
    void noEnabledLeaIsOnlyAWarning();
    void unsupportedService();
    void uninstalledProfile();
    void shippedDefaultsAreValid();
    void errorFieldNamesNameTheFields();

private:
    ProfileRepository m_repo;
    const Profile *m_ods7 = nullptr;
    const Profile *m_shared = nullptr;
};

void TestSettingsValidator::initTestCase()
{
    m_repo = test::TestEnvironment::shippedProfiles();
    m_ods7 = m_repo.find(QStringLiteral("edfi-ods7-year-specific"));
    m_shared = m_repo.find(QStringLiteral("edfi-ods-shared"));
    QVERIFY(m_ods7 && m_shared);
}

void TestSettingsValidator::urls_data()
{
    using S = UrlCheck::Severity;
    QTest::addColumn<QString>("url");
    QTest::addColumn<S>("severity");

    QTest::newRow("https") << QStringLiteral("https://api.state.example.gov/data/v3") << S::Ok;
    QTest::newRow("https with port") << QStringLiteral("https://api.state.example.gov:8443/oauth/token") << S::Ok;
    QTest::newRow("https upper case") << QStringLiteral("HTTPS://API.STATE.EXAMPLE.GOV/data") << S::Ok;
    QTest::newRow("https surrounding blanks") << QStringLiteral("  https://api.state.example.gov/data  ") << S::Ok;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8765/data/v3") << S::Warning;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8765/oauth/token") << S::Warning;
    QTest::newRow("http [::1]") << QStringLiteral("http://[::1]:8765/data/v3") << S::Warning;
    QTest::newRow("http non-loopback host") << QStringLiteral("http://api.state.example.gov/data/v3") << S::Error;
    QTest::newRow("http LAN address") << QStringLiteral("http://192.168.1.20/data/v3") << S::Error;
    QTest::newRow("http localhost lookalike") << QStringLiteral("http://localhost.attacker.example/data") << S::Error;
    QTest::newRow("ftp") << QStringLiteral("ftp://api.state.example.gov/data") << S::Error;
    QTest::newRow("no scheme") << QStringLiteral("api.state.example.gov/data/v3") << S::Error;
    QTest::newRow("relative") << QStringLiteral("/data/v3") << S::Error;
    QTest::newRow("scheme only") << QStringLiteral("https://") << S::Error;
    QTest::newRow("space") << QStringLiteral("https://api.state.example.gov/data v3") << S::Error;
    QTest::newRow("user and password") << QStringLiteral("https://district:pa55@api.state.example.gov/data")
                                       << S::Error;
    QTest::newRow("user only") << QStringLiteral("https://district@api.state.example.gov/data") << S::Error;
    QTest::newRow("fragment") << QStringLiteral("https://api.state.example.gov/data#v3") << S::Error;
    QTest::newRow("empty") << QString() << S::Error;
    QTest::newRow("blank") << QStringLiteral("   ") << S::Error;
}

void TestSettingsValidator::urls()
{
    QFETCH(QString, url);
    QFETCH(UrlCheck::Severity, severity);
    const UrlCheck check = SettingsValidator::checkUrl(url);
    QCOMPARE(check.severity, severity);
    // Anything but a clean https URL tells the user why.
    QCOMPARE(check.message.isEmpty(), severity == UrlCheck::Severity::Ok);
}

void TestSettingsValidator::communicationUrlsAreCheckedBoth()
{
    CommunicationSettings c = m_ods7->defaults();
    QVERIFY(!SettingsValidator::hasErrors(SettingsValidator::validateCommunication(c, *m_ods7, false)));

    c.authUrl = QStringLiteral("http://auth.state.example.gov/token");
    QList<ValidationIssue> issues = SettingsValidator::validateCommunication(c, *m_ods7, false);
    QCOMPARE(issuesFor(issues, QStringLiteral("authUrl")).size(), 1);
    QVERIFY(issuesFor(issues, QStringLiteral("authUrl")).first().isError());
    QCOMPARE(issuesFor(issues, QStringLiteral("authUrl")).first().profileId, m_ods7->id);
    QVERIFY(issuesFor(issues, QStringLiteral("dataUrl")).isEmpty());

    c = m_ods7->defaults();
    c.dataUrl = QStringLiteral("http://localhost:8765/data/v3");
    issues = SettingsValidator::validateCommunication(c, *m_ods7, false);
    QCOMPARE(issuesFor(issues, QStringLiteral("dataUrl")).size(), 1);
    QCOMPARE(issuesFor(issues, QStringLiteral("dataUrl")).first().severity, ValidationIssue::Severity::Warning);
    QVERIFY(!SettingsValidator::hasErrors(issues)); // a warning never blocks Save
}

void TestSettingsValidator::schoolYearsBeforeSystemOn()
{
    CommunicationSettings c = m_ods7->defaults();
    c.schoolYears.clear();
    // Off: no school year is fine.
    QVERIFY(issuesFor(SettingsValidator::validateCommunication(c, *m_ods7, false), QStringLiteral("schoolYears"))
                .isEmpty());
    // On: at least one is required.
    const QList<ValidationIssue> on
        = issuesFor(SettingsValidator::validateCommunication(c, *m_ods7, true), QStringLiteral("schoolYears"));
    QCOMPARE(on.size(), 1);
    QVERIFY(on.first().isError());
    QVERIFY2(on.first().message.contains(QStringLiteral("school year")), qPrintable(on.first().message));

    c.schoolYears = {2026};
    QVERIFY(
        issuesFor(SettingsValidator::validateCommunication(c, *m_ods7, true), QStringLiteral("schoolYears")).isEmpty());
}

void TestSettingsValidator::schoolYearNotOffered()
{
    CommunicationSettings c = m_shared->defaults();
    c.schoolYears = {2025, 2027}; // the shared profile offers 2026 and 2027 only
    const QList<ValidationIssue> issues
        = issuesFor(SettingsValidator::validateCommunication(c, *m_shared, false), QStringLiteral("schoolYears"));
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().isError());
    QVERIFY2(issues.first().message.contains(QStringLiteral("2024-2025")), qPrintable(issues.first().message));
}

void TestSettingsValidator::schoolYearsOnlyMatterForSelectedProfile()
{
    Settings s;
    s.general = SettingsSchema::defaults();
    s.general.systemEnabled = true;
    s.general.profileId = m_ods7->id;
    CommunicationSettings empty = m_shared->defaults();
    empty.schoolYears.clear();
    s.profiles.insert(m_shared->id, empty); // not selected: may stay without years
    QVERIFY(!SettingsValidator::hasErrors(SettingsValidator::validate(s, m_repo)));

    s.general.profileId = m_shared->id; // selected and On: refused
    const QList<ValidationIssue> issues = SettingsValidator::validate(s, m_repo);
    QVERIFY(SettingsValidator::hasErrors(issues));
    QCOMPARE(issuesFor(issues, QStringLiteral("schoolYears")).size(), 1);
    QCOMPARE(issuesFor(issues, QStringLiteral("schoolYears")).first().profileId, m_shared->id);

    // Empty profile id means the first profile; its defaults have a year, so On is fine.
    s.general.profileId.clear();
    QVERIFY(!SettingsValidator::hasErrors(SettingsValidator::validate(s, m_repo)));
}

void TestSettingsValidator::connectionRange_data()
{
    QTest::addColumn<int>("connections");
    QTest::addColumn<bool>("valid");
    QTest::newRow("0") << 0 << false;
    QTest::newRow("1") << 1 << true;
    QTest::newRow("5") << 5 << true;
    QTest::newRow("32") << 32 << true;
    QTest::newRow("33") << 33 << false;
    QTest::newRow("-1") << -1 << false;
}

void TestSettingsValidator::connectionRange()
{
    QFETCH(int, connections);
    QFETCH(bool, valid);
    GeneralSettings g = SettingsSchema::defaults();
    g.simultaneousConnections = connections;
    const QList<ValidationIssue> issues
        = issuesFor(SettingsValidator::validateGeneral(g, m_repo), QStringLiteral("simultaneousConnections"));
    QCOMPARE(issues.isEmpty(), valid);
    if (!valid) {
        QVERIFY(issues.first().isError());
        QVERIFY2(issues.first().message.contains(QStringLiteral("1 to 32")), qPrintable(issues.first().message));
    }
}

void TestSettingsValidator::leaRules_data()
{
    QTest::addColumn<QList<Lea>>("leas");
    QTest::addColumn<int>("errors");
    QTest::addColumn<QString>("messagePart");

    const Lea good = makeLea(QStringLiteral("255901"), QStringLiteral("Grand Bend ISD"), true, QStringLiteral("k"));
    QTest::newRow("good") << QList<Lea> {good} << 0 << QString();
    QTest::newRow("two good") << QList<Lea> {good, makeLea(QStringLiteral("255902"), {}, true, QStringLiteral("k2"))}
                              << 0 << QString();
    QTest::newRow("empty id") << QList<Lea> {makeLea(QString(), QStringLiteral("X"), true, QStringLiteral("k"))} << 1
                              << QStringLiteral("identifier");
    QTest::newRow("blank id") << QList<Lea> {makeLea(QStringLiteral("  "), QStringLiteral("X"), true,
                                                     QStringLiteral("k"))}
                              << 1 << QStringLiteral("identifier");
    QTest::newRow("non-numeric id") << QList<Lea> {makeLea(QStringLiteral("25A901"), {}, true, QStringLiteral("k"))}
                                    << 1 << QStringLiteral("25A901");
    QTest::newRow("11 digits") << QList<Lea> {makeLea(QStringLiteral("12345678901"), {}, true, QStringLiteral("k"))}
                               << 1 << QStringLiteral("10 digits");
    QTest::newRow("duplicate id") << QList<Lea> {good,
                                                 makeLea(QStringLiteral("255901"), QStringLiteral("Again"), false,
                                                         QString())}
                                  << 1 << QStringLiteral("twice");
    QTest::newRow("enabled without key") << QList<Lea> {makeLea(QStringLiteral("255901"), {}, true,
                                                                QStringLiteral("  "))}
                                         << 1 << QStringLiteral("no authentication key");
    QTest::newRow("disabled without key")
        << QList<Lea> {makeLea(QStringLiteral("255901"), {}, false, QString())} << 0 << QString();
    QTest::newRow("name 75") << QList<Lea> {makeLea(QStringLiteral("255901"), QString(75, QLatin1Char('n')), true,
                                                    QStringLiteral("k"))}
                             << 0 << QString();
    QTest::newRow("name 76") << QList<Lea> {makeLea(QStringLiteral("255901"), QString(76, QLatin1Char('n')), true,
                                                    QStringLiteral("k"))}
                             << 1 << QStringLiteral("75 characters");
}

void TestSettingsValidator::leaRules()
{
    QFETCH(QList<Lea>, leas);
    QFETCH(int, errors);
    QFETCH(QString, messagePart);
    CommunicationSettings c = m_ods7->defaults();
    c.leas = leas;
    const QList<ValidationIssue> issues = SettingsValidator::validateCommunication(c, *m_ods7, false);
    QCOMPARE(errorCount(issues), errors);
    QCOMPARE(issuesFor(issues, QStringLiteral("leas")).size(), errors);
    if (errors > 0) {
        const QString message = issuesFor(issues, QStringLiteral("leas")).first().message;
        QVERIFY2(message.contains(messagePart), qPrintable(message));
    }
}

void TestSettingsValidator::noEnabledLeaIsOnlyAWarning()
{
    CommunicationSettings c = m_ods7->defaults();
    c.leas = {makeLea(QStringLiteral("255901"), {}, false, QString())};
    const QList<ValidationIssue> issues
        = issuesFor(SettingsValidator::validateCommunication(c, *m_ods7, true), QStringLiteral("leas"));
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().severity, ValidationIssue::Severity::Warning);
}

void TestSettingsValidator::unsupportedService()
{
    CommunicationSettings c = m_shared->defaults();
    QVERIFY(
        issuesFor(SettingsValidator::validateCommunication(c, *m_shared, false), QStringLiteral("services")).isEmpty());
    c.services |= Service::UniqueId; // the shared profile has no Unique ID service
    const QList<ValidationIssue> issues
        = issuesFor(SettingsValidator::validateCommunication(c, *m_shared, false), QStringLiteral("services"));
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().isError());
    QVERIFY2(issues.first().message.contains(QStringLiteral("Unique ID")), qPrintable(issues.first().message));

    // The same service on a profile that supports it is fine.
    CommunicationSettings ods = m_ods7->defaults();
    ods.services |= Service::UniqueId;
    QVERIFY(
        issuesFor(SettingsValidator::validateCommunication(ods, *m_ods7, false), QStringLiteral("services")).isEmpty());
}

void TestSettingsValidator::uninstalledProfile()
{
    Settings s;
    s.general = SettingsSchema::defaults();
    s.general.profileId = QStringLiteral("state-of-nowhere");
    QList<ValidationIssue> issues = SettingsValidator::validate(s, m_repo);
    QCOMPARE(issuesFor(issues, QStringLiteral("profile")).size(), 1);
    QVERIFY(issuesFor(issues, QStringLiteral("profile")).first().message.contains(QStringLiteral("state-of-nowhere")));

    // Communication settings stored for a profile that is gone.
    s.general.profileId.clear();
    s.profiles.insert(QStringLiteral("state-of-nowhere"), m_ods7->defaults());
    issues = SettingsValidator::validate(s, m_repo);
    QVERIFY(SettingsValidator::hasErrors(issues));
    QCOMPARE(issuesFor(issues, QStringLiteral("profile")).first().profileId, QStringLiteral("state-of-nowhere"));

    // No profile installed at all.
    ProfileRepository none;
    issues = SettingsValidator::validateGeneral(SettingsSchema::defaults(), none);
    QCOMPARE(issuesFor(issues, QStringLiteral("profile")).size(), 1);
    QVERIFY(issues.first().message.contains(QStringLiteral("Import")));
}

void TestSettingsValidator::shippedDefaultsAreValid()
{
    Settings s;
    s.general = SettingsSchema::defaults();
    QVERIFY(SettingsValidator::validate(s, m_repo).isEmpty());
    for (const Profile &p : m_repo.profiles()) {
        const QList<ValidationIssue> issues = SettingsValidator::validateCommunication(p.defaults(), p, true);
        QVERIFY2(!SettingsValidator::hasErrors(issues), qPrintable(p.id));
    }
}

void TestSettingsValidator::errorFieldNamesNameTheFields()
{
    Settings s;
    s.general = SettingsSchema::defaults();
    s.general.simultaneousConnections = 40;
    CommunicationSettings c = m_ods7->defaults();
    c.dataUrl = QStringLiteral("ftp://x.example");
    c.authUrl = QStringLiteral("http://localhost/token"); // warning only: not named
    c.schoolYears = {1999};
    s.profiles.insert(m_ods7->id, c);
    const QString names = SettingsValidator::errorFieldNames(SettingsValidator::validate(s, m_repo));
    QCOMPARE(names, QStringLiteral("Simultaneous Connections, Data Exchange URL, School Years"));
}

QTEST_GUILESS_MAIN(TestSettingsValidator)
#include "test_settingsvalidator.moc"
