// The key table of the general settings (SPEC §2): defaults, labels, help, ranges, and the
// communication defaults that come from each profile.

#include "Profile.h"
#include "ProfileRepository.h"
#include "SettingsSchema.h"
#include "TestSupport.h"

#include <QTest>

using namespace dexdesk;

class TestSettingsSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultsMatchSpec();
    void fieldTableMatchesSpec();
    void everyFieldHasLabelAndHelp();
    void emptyProfileMeansFirstShippedProfile();
    void communicationDefaultsComeFromProfile();
    void checkValueRanges_data();
    void checkValueRanges();
    void errorsLoggingIsLocked();
    void choiceLabelsAreReadable();
};

void TestSettingsSchema::defaultsMatchSpec()
{
    const GeneralSettings d = SettingsSchema::defaults();
    QCOMPARE(d.systemEnabled, false); // System Enabled: Off
    QCOMPARE(d.logWarnings, false);
    QCOMPARE(d.logInfo, false);
    QCOMPARE(d.logDiagnostic, false);
    QCOMPARE(d.frequency, Frequency::Standard);
    QCOMPARE(d.purgePolicy, PurgePolicy::Typical);
    QCOMPARE(d.simultaneousConnections, 5);
    QVERIFY(d.profileId.isEmpty()); // "the first profile", resolved at load time
}

void TestSettingsSchema::fieldTableMatchesSpec()
{
    struct Expected {
        const char *key;
        QVariant value;
    };
    const QList<Expected> expected = {
        {"systemEnabled", false},
        {"logging.errors", true},
        {"logging.warnings", false},
        {"logging.info", false},
        {"logging.diagnostic", false},
        {"jobFrequency", QStringLiteral("standard")},
        {"purgePolicy", QStringLiteral("typical")},
        {"simultaneousConnections", 5},
        {"profile", QString()},
    };
    const QList<SettingField> &fields = SettingsSchema::generalFields();
    QCOMPARE(fields.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        const QString key = QString::fromLatin1(expected.at(i).key);
        QCOMPARE(fields.at(i).key, key); // the form's order is the table's order
        QCOMPARE(fields.at(i).defaultValue, expected.at(i).value);
        // What the form shows for defaults() is the table's default.
        QCOMPARE(fields.at(i).get(SettingsSchema::defaults()), expected.at(i).value);
    }

    const SettingField *connections = SettingsSchema::field(QStringLiteral("simultaneousConnections"));
    QVERIFY(connections);
    QCOMPARE(connections->kind, SettingField::Kind::Int);
    QCOMPARE(connections->minimum, 1);
    QCOMPARE(connections->maximum, 32);

    const SettingField *frequency = SettingsSchema::field(QStringLiteral("jobFrequency"));
    QVERIFY(frequency);
    QCOMPARE(frequency->choices,
             (QStringList {QStringLiteral("low"), QStringLiteral("standard"), QStringLiteral("high")}));
    const SettingField *purge = SettingsSchema::field(QStringLiteral("purgePolicy"));
    QVERIFY(purge);
    QCOMPARE(purge->choices,
             (QStringList {QStringLiteral("aggressive"), QStringLiteral("typical"), QStringLiteral("seldom")}));
    QVERIFY(!SettingsSchema::field(QStringLiteral("noSuchField")));
}

void TestSettingsSchema::everyFieldHasLabelAndHelp()
{
    for (const SettingField &f : SettingsSchema::generalFields()) {
        QVERIFY2(!SettingsSchema::label(f.label).trimmed().isEmpty(), qPrintable(f.key));
        QVERIFY2(SettingsSchema::help(f.help).trimmed().size() > 20, qPrintable(f.key));
    }
    const QStringList communicationKeys
        = {QStringLiteral("dataUrl"), QStringLiteral("authUrl"), QStringLiteral("schoolYears"),
           QStringLiteral("services"), QStringLiteral("leas")};
    QCOMPARE(SettingsSchema::communicationFields().size(), communicationKeys.size());
    for (const QString &key : communicationKeys) {
        const CommunicationField *f = SettingsSchema::communicationField(key);
        QVERIFY2(f, qPrintable(key));
        QVERIFY2(!SettingsSchema::label(f->label).trimmed().isEmpty(), qPrintable(key));
        QVERIFY2(SettingsSchema::help(f->help).trimmed().size() > 20, qPrintable(key));
    }
    for (Service s : allServices()) {
        QVERIFY(!SettingsSchema::serviceLabel(s).isEmpty());
        QVERIFY(SettingsSchema::serviceHelp(s).size() > 20);
    }
    QCOMPARE(SettingsSchema::label(SettingsSchema::field(QStringLiteral("systemEnabled"))->label),
             QStringLiteral("System Enabled"));
    QCOMPARE(SettingsSchema::label(SettingsSchema::field(QStringLiteral("simultaneousConnections"))->label),
             QStringLiteral("Simultaneous Connections"));
}

void TestSettingsSchema::emptyProfileMeansFirstShippedProfile()
{
    const ProfileRepository repo = test::TestEnvironment::shippedProfiles();
    QVERIFY2(repo.errors().isEmpty(), qPrintable(repo.errors().value(0).toString()));
    QStringList ids;
    for (const Profile &p : repo.profiles())
        ids << p.id;
    // Sorted by "order": the year-specific ODS/API 7 profile comes first.
    QCOMPARE(ids,
             (QStringList {QStringLiteral("edfi-ods7-year-specific"), QStringLiteral("edfi-ods-shared"),
                           QStringLiteral("local-simulator")}));
    const Profile *resolved = repo.resolve(SettingsSchema::defaults().profileId);
    QVERIFY(resolved);
    QCOMPARE(resolved->id, QStringLiteral("edfi-ods7-year-specific"));
    // An id that is no longer installed falls back to the first profile too.
    QCOMPARE(repo.resolve(QStringLiteral("removed-profile"))->id, QStringLiteral("edfi-ods7-year-specific"));
    QCOMPARE(repo.resolve(QStringLiteral("local-simulator"))->id, QStringLiteral("local-simulator"));
}

void TestSettingsSchema::communicationDefaultsComeFromProfile()
{
    const ProfileRepository repo = test::TestEnvironment::shippedProfiles();
    for (const Profile &p : repo.profiles()) {
        const CommunicationSettings c = p.defaults();
        QCOMPARE(c.dataUrl, p.dataUrl);
        QCOMPARE(c.authUrl, p.authUrl);
        QCOMPARE(c.schoolYears, p.defaultSchoolYears);
        QCOMPARE(c.services, p.defaultServices & p.supportedServices);
        QCOMPARE(c.leas, p.defaultLeas);
    }

    const Profile *ods7 = repo.find(QStringLiteral("edfi-ods7-year-specific"));
    QVERIFY(ods7);
    const CommunicationSettings c = ods7->defaults();
    QCOMPARE(c.dataUrl, QStringLiteral("https://api.agency.example/v7/data/v3"));
    QCOMPARE(c.authUrl, QStringLiteral("https://api.agency.example/v7/oauth/token"));
    QCOMPARE(c.schoolYears, QList<int> {2027});
    QCOMPARE(c.services, Services(Service::DataChanges | Service::Download | Service::Publish));
    QVERIFY(c.leas.isEmpty());

    const Profile *sim = repo.find(QStringLiteral("local-simulator"));
    QVERIFY(sim);
    QCOMPARE(sim->defaults().dataUrl, QStringLiteral("http://127.0.0.1:8765/data/v3"));
    QCOMPARE(sim->defaults().leas.size(), 1);
    QCOMPARE(sim->defaults().leas.first().id, QStringLiteral("255901"));
    QCOMPARE(sim->defaults().leas.first().authKey, QStringLiteral("training-key"));
    QVERIFY(sim->defaults().services.testFlag(Service::UniqueId));
}

void TestSettingsSchema::checkValueRanges_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QVariant>("expected");

    const QString c = QStringLiteral("simultaneousConnections");
    QTest::newRow("connections 0") << c << QVariant(0) << false << QVariant();
    QTest::newRow("connections 1") << c << QVariant(1) << true << QVariant(1);
    QTest::newRow("connections 32") << c << QVariant(32) << true << QVariant(32);
    QTest::newRow("connections 33") << c << QVariant(33) << false << QVariant();
    QTest::newRow("connections text 7") << c << QVariant(QStringLiteral(" 7 ")) << true << QVariant(7);
    QTest::newRow("connections text abc") << c << QVariant(QStringLiteral("abc")) << false << QVariant();
    QTest::newRow("connections 5.5") << c << QVariant(5.5) << false << QVariant();
    QTest::newRow("connections 6.0") << c << QVariant(6.0) << true << QVariant(6);
    // Found by tests/fuzz (fuzz_settings_import): a number no int holds was converted before its range was checked.
    QTest::newRow("connections 1e300") << c << QVariant(1e300) << false << QVariant();
    QTest::newRow("connections -1e300") << c << QVariant(-1e300) << false << QVariant();
    QTest::newRow("connections 2^31") << c << QVariant(2147483648.0) << false << QVariant();
    const QString s = QStringLiteral("systemEnabled");
    QTest::newRow("system on") << s << QVariant(QStringLiteral("on")) << true << QVariant(true);
    QTest::newRow("system TRUE") << s << QVariant(QStringLiteral("TRUE")) << true << QVariant(true);
    QTest::newRow("system 0") << s << QVariant(QStringLiteral("0")) << true << QVariant(false);
    QTest::newRow("system maybe") << s << QVariant(QStringLiteral("maybe")) << false << QVariant();
    const QString f = QStringLiteral("jobFrequency");
    QTest::newRow("frequency High") << f << QVariant(QStringLiteral("High")) << true
                                    << QVariant(QStringLiteral("high"));
    QTest::newRow("frequency sometimes") << f << QVariant(QStringLiteral("sometimes")) << false << QVariant();
    const QString p = QStringLiteral("purgePolicy");
    QTest::newRow("purge seldom") << p << QVariant(QStringLiteral("seldom")) << true
                                  << QVariant(QStringLiteral("seldom"));
    QTest::newRow("purge never") << p << QVariant(QStringLiteral("never")) << false << QVariant();
}

void TestSettingsSchema::checkValueRanges()
{
    QFETCH(QString, key);
    QFETCH(QVariant, input);
    QFETCH(bool, valid);
    QFETCH(QVariant, expected);

    const SettingField *field = SettingsSchema::field(key);
    QVERIFY(field);
    QVariant out;
    const QString problem = SettingsSchema::checkValue(*field, input, &out);
    QCOMPARE(problem.isEmpty(), valid);
    if (valid) {
        QCOMPARE(out, expected);
    } else {
        // The message names the field so the CLI user knows which one is wrong.
        QVERIFY2(problem.contains(SettingsSchema::label(field->label)), qPrintable(problem));
    }
}

void TestSettingsSchema::errorsLoggingIsLocked()
{
    const SettingField *errors = SettingsSchema::field(QStringLiteral("logging.errors"));
    QVERIFY(errors);
    QVERIFY(errors->locked);
    QVariant out;
    QVERIFY(SettingsSchema::checkValue(*errors, QVariant(true), &out).isEmpty());
    const QString problem = SettingsSchema::checkValue(*errors, QVariant(false), &out);
    QVERIFY(problem.contains(QStringLiteral("cannot be changed")));
    GeneralSettings g = SettingsSchema::defaults();
    errors->set(g, false);
    QCOMPARE(errors->get(g), QVariant(true));
}

void TestSettingsSchema::choiceLabelsAreReadable()
{
    QCOMPARE(SettingsSchema::choiceLabel(GeneralKey::JobFrequency, QStringLiteral("standard")),
             QStringLiteral("Standard"));
    QCOMPARE(SettingsSchema::choiceLabel(GeneralKey::PurgePolicy, QStringLiteral("typical")),
             QStringLiteral("Typical"));
    QCOMPARE(schoolYearLabel(2027), QStringLiteral("2026-2027"));
    QCOMPARE(SettingsSchema::toText(QVariant(true)), QStringLiteral("true"));
    QCOMPARE(SettingsSchema::toText(QVariant(5)), QStringLiteral("5"));
}

QTEST_GUILESS_MAIN(TestSettingsSchema)
#include "test_settingsschema.moc"
