// Profile files (SPEC §3): the shipped ones parse, and a malformed file is rejected with the
// file, the line and a message that names the problem.

#include "ProfileParser.h"
#include "ProfileRepository.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace dexdesk;

namespace {

// A small valid profile; the line numbers in the comments are what the malformed cases expect.
const char *const kValidProfile
    = "{\n"
      "  \"formatVersion\": 1,\n"
      "  \"id\": \"state-test\",\n"
      "  \"name\": \"State test profile\",\n"
      "  \"order\": 5,\n"
      "  \"dataUrl\": \"https://api.state.example/data/v3\",\n"
      "  \"authUrl\": \"https://api.state.example/oauth/token\",\n"
      "  \"yearSpecific\": true,\n"
      "  \"schoolYears\": [2026, 2027],\n"
      "  \"defaultSchoolYears\": [2027],\n"
      "  \"services\": {\n"
      "    \"supported\": [\"dataChanges\", \"download\", \"publish\", \"uniqueId\"],\n"
      "    \"defaults\": [\"dataChanges\", \"publish\"]\n"
      "  },\n"
      "  \"uniqueIdPath\": \"identity/v2\",\n"
      "  \"leas\": [\n"
      "    {\"id\": \"255901\", \"name\": \"Grand Bend ISD\", \"enabled\": true, \"key\": \"k1\"}\n"
      "  ],\n"
      "  \"resources\": [\n"
      "    {\"name\": \"students\", \"path\": \"ed-fi/students\", \"naturalKey\": [\"studentUniqueId\"]},\n"
      "    {\"name\": \"studentSchoolAssociations\", \"path\": \"ed-fi/studentSchoolAssociations\",\n"
      "     \"naturalKey\": [\"studentReference.studentUniqueId\"], \"dependsOn\": [\"students\"]}\n"
      "  ]\n"
      "}\n";
// line 1 {            6 dataUrl        11 services      16 leas        21 ssa name
// line 2 version      7 authUrl        12 supported     17 lea object  22 ssa dependsOn
// line 3 id           8 yearSpecific   13 defaults      18 ],          23 ]
// line 4 name         9 schoolYears    14 },            19 resources   24 }
// line 5 order       10 defaultYears   15 uniqueIdPath  20 students

QByteArray validProfile()
{
    return QByteArray(kValidProfile);
}

QByteArray removeLine(const QByteArray &data, int line)
{
    QList<QByteArray> lines = data.split('\n');
    lines.removeAt(line - 1);
    return lines.join('\n');
}

} // namespace

class TestProfileParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedProfilesParse_data();
    void shippedProfilesParse();
    void validProfileReadsEveryField();
    void dataStandardAndPropertyNames();
    void malformed_data();
    void malformed();
    void secretValueNeverEchoed();
    void unreadableOrHugeFile();
};

void TestProfileParser::shippedProfilesParse_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("yearSpecific");
    QTest::newRow("ods7") << QStringLiteral("edfi-ods7-year-specific.json") << QStringLiteral("edfi-ods7-year-specific")
                          << true;
    QTest::newRow("shared") << QStringLiteral("edfi-ods-shared.json") << QStringLiteral("edfi-ods-shared") << false;
    QTest::newRow("simulator") << QStringLiteral("local-simulator.json") << QStringLiteral("local-simulator") << true;
}

void TestProfileParser::shippedProfilesParse()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(bool, yearSpecific);
    // Both the copy compiled into the program and the source file in the repository.
    // ctest sets DEXDESK_SOURCE_DIR; run by hand, the test finds the tree it was built from.
    const QString root = qEnvironmentVariable("DEXDESK_SOURCE_DIR", QStringLiteral(QT_TESTCASE_SOURCEDIR "/../.."));
    const QString source = root + QStringLiteral("/resources/profiles/");
    const QStringList paths = {ProfileRepository::builtinDirectory() + QLatin1Char('/') + file, source + file};
    for (const QString &path : paths) {
        Profile p;
        ProfileError error;
        QVERIFY2(ProfileParser::parseFile(path, &p, &error), qPrintable(error.toString()));
        QCOMPARE(p.id, id);
        QCOMPARE(p.yearSpecific, yearSpecific);
        QVERIFY(!p.name.isEmpty());
        QVERIFY(!p.schoolYears.isEmpty());
        QVERIFY(!p.defaultSchoolYears.isEmpty());
        QVERIFY(p.supportedServices.testFlag(Service::Publish));
        QVERIFY(p.resources.size() >= 10);
        QCOMPARE(p.uniqueIdPath.isEmpty(), !p.supportedServices.testFlag(Service::UniqueId));
        // Dependencies always point at resources listed earlier, so publishing in list order works.
        QStringList seen;
        for (const ResourceDef &r : p.resources) {
            for (const QString &dep : r.dependsOn)
                QVERIFY2(seen.contains(dep), qPrintable(r.name + QStringLiteral(" -> ") + dep));
            seen << r.name;
        }
    }
}

void TestProfileParser::validProfileReadsEveryField()
{
    Profile p;
    ProfileError error;
    QVERIFY2(ProfileParser::parse(validProfile(), QStringLiteral("state.json"), &p, &error),
             qPrintable(error.toString()));
    QCOMPARE(p.id, QStringLiteral("state-test"));
    QCOMPARE(p.name, QStringLiteral("State test profile"));
    QCOMPARE(p.sourceFile, QStringLiteral("state.json"));
    QCOMPARE(p.order, 5);
    QCOMPARE(p.dataUrl, QStringLiteral("https://api.state.example/data/v3"));
    QCOMPARE(p.authUrl, QStringLiteral("https://api.state.example/oauth/token"));
    QVERIFY(p.apiRootUrl.isEmpty());
    QVERIFY(p.yearSpecific);
    QCOMPARE(p.schoolYears, (QList<int> {2026, 2027}));
    QCOMPARE(p.defaultSchoolYears, QList<int> {2027});
    QCOMPARE(p.supportedServices,
             Services(Service::DataChanges | Service::Download | Service::Publish | Service::UniqueId));
    QCOMPARE(p.defaultServices, Services(Service::DataChanges | Service::Publish));
    QCOMPARE(p.uniqueIdPath, QStringLiteral("identity/v2"));
    QCOMPARE(p.defaultLeas.size(), 1);
    QCOMPARE(p.defaultLeas.first().id, QStringLiteral("255901"));
    QCOMPARE(p.defaultLeas.first().authKey, QStringLiteral("k1"));
    QCOMPARE(p.resources.size(), 2);
    QCOMPARE(p.resources.at(1).dependsOn, QStringList {QStringLiteral("students")});
    QCOMPARE(p.resources.at(0).direction, ResourceDef::Direction::Publish);
    QCOMPARE(p.dataStandard, QStringLiteral("5")); // the default
    QVERIFY(p.resources.at(0).propertyNames.isEmpty());
}

void TestProfileParser::dataStandardAndPropertyNames()
{
    QByteArray data = validProfile();
    data.replace("\"order\": 5,", "\"order\": 5, \"dataStandard\": \"3.3\",");
    data.replace("\"naturalKey\": [\"studentUniqueId\"]",
                 "\"naturalKey\": [\"studentUniqueId\"], \"propertyNames\": {\"birthCity\": \"cityOfBirth\"}");
    Profile p;
    ProfileError error;
    QVERIFY2(ProfileParser::parse(data, QStringLiteral("state.json"), &p, &error), qPrintable(error.toString()));
    QCOMPARE(p.dataStandard, QStringLiteral("3.3"));
    QCOMPARE(p.dataStandardMajor(), 3);
    const ResourceDef &students = p.resources.at(0);
    QCOMPARE(students.propertyNames.value(QStringLiteral("birthCity")), QStringLiteral("cityOfBirth"));

    // Sent under the server's name; read back under either.
    const QJsonObject local {{QStringLiteral("studentUniqueId"), QStringLiteral("S1")},
                             {QStringLiteral("birthCity"), QStringLiteral("Austin")}};
    const QJsonObject sent = students.toServerNames(local);
    QCOMPARE(sent.value(QStringLiteral("cityOfBirth")).toString(), QStringLiteral("Austin"));
    QVERIFY(!sent.contains(QStringLiteral("birthCity")));
    QCOMPARE(students.fromServerNames(sent), local);
    QCOMPARE(students.fromServerNames(local), local);
    // Both names present: the Data Standard 5 name wins, the other is left as it came.
    QJsonObject both = sent;
    both.insert(QStringLiteral("birthCity"), QStringLiteral("Dallas"));
    QCOMPARE(students.fromServerNames(both).value(QStringLiteral("birthCity")).toString(), QStringLiteral("Dallas"));
}

void TestProfileParser::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("messagePart");

    const QByteArray v = validProfile();
    QTest::newRow("invalid JSON: bad value")
        << QByteArray(v).replace("\"order\": 5,", "\"order\": five,") << 5 << QStringLiteral("not valid JSON");
    QTest::newRow("invalid JSON: trailing comma")
        << QByteArray(v).replace("[2026, 2027],", "[2026, 2027,],") << 9 << QStringLiteral("not valid JSON");
    // Qt's parser lets the string run on to the next quote, on the following line, and stops there.
    QTest::newRow("invalid JSON: unterminated string")
        << QByteArray(v).replace("\"State test profile\"", "\"State test profile") << 5
        << QStringLiteral("not valid JSON");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << 1 << QStringLiteral("one JSON object");
    QTest::newRow("missing id") << removeLine(v, 3) << 1 << QStringLiteral("\"id\"");
    QTest::newRow("id with spaces") << QByteArray(v).replace("\"state-test\"", "\"state test\"") << 3
                                    << QStringLiteral("\"id\"");
    QTest::newRow("wrong formatVersion") << QByteArray(v).replace("\"formatVersion\": 1", "\"formatVersion\": 2") << 2
                                         << QStringLiteral("formatVersion");
    QTest::newRow("missing formatVersion") << removeLine(v, 2) << 1 << QStringLiteral("formatVersion");
    QTest::newRow("bad dataUrl") << QByteArray(v).replace("https://api.state.example/data/v3",
                                                          "http://api.state.example/data/v3")
                                 << 6 << QStringLiteral("dataUrl");
    QTest::newRow("bad authUrl") << QByteArray(v).replace("https://api.state.example/oauth/token", "oauth/token") << 7
                                 << QStringLiteral("authUrl");
    QTest::newRow("yearSpecific not bool") << QByteArray(v).replace("\"yearSpecific\": true", "\"yearSpecific\": 1")
                                           << 8 << QStringLiteral("yearSpecific");
    QTest::newRow("school year not a year")
        << QByteArray(v).replace("[2026, 2027]", "[2026, \"2027\"]") << 9 << QStringLiteral("schoolYears");
    // Found by tests/fuzz (fuzz_profile): a number no int holds was converted before its range was checked.
    QTest::newRow("school year 1e300") << QByteArray(v).replace("[2026, 2027]", "[2026, 1e300]") << 9
                                       << QStringLiteral("schoolYears");
    QTest::newRow("school year -1e300") << QByteArray(v).replace("[2026, 2027]", "[-1e300, 2027]") << 9
                                        << QStringLiteral("schoolYears");
    QTest::newRow("school year 2026.5") << QByteArray(v).replace("[2026, 2027]", "[2026.5, 2027]") << 9
                                        << QStringLiteral("schoolYears");
    QTest::newRow("default year 1e10") << QByteArray(v).replace("\"defaultSchoolYears\": [2027]",
                                                                "\"defaultSchoolYears\": [1e10]")
                                       << 10 << QStringLiteral("defaultSchoolYears");
    QTest::newRow("school year twice") << QByteArray(v).replace("[2026, 2027]", "[2026, 2026]") << 9
                                       << QStringLiteral("twice");
    QTest::newRow("default year not offered")
        << QByteArray(v).replace("\"defaultSchoolYears\": [2027]", "\"defaultSchoolYears\": [2029]") << 10
        << QStringLiteral("2029");
    QTest::newRow("unknown supported service")
        << QByteArray(v).replace("\"download\", \"publish\", \"uniqueId\"]", "\"download\", \"publsh\", \"uniqueId\"]")
        << 12 << QStringLiteral("publsh");
    QTest::newRow("unknown default service")
        << QByteArray(v).replace("[\"dataChanges\", \"publish\"]", "[\"dataChanges\", \"email\"]") << 13
        << QStringLiteral("email");
    QTest::newRow("default service not supported") << QByteArray(v).replace(
        "\"dataChanges\", \"download\", \"publish\", \"uniqueId\"", "\"download\", \"publish\", \"uniqueId\"")
                                                   << 13 << QStringLiteral("supported");
    QTest::newRow("uniqueId without uniqueIdPath") << removeLine(v, 15) << 12 << QStringLiteral("uniqueIdPath");
    QTest::newRow("dependsOn unknown resource")
        << QByteArray(v).replace("\"dependsOn\": [\"students\"]", "\"dependsOn\": [\"staffs\"]") << 22
        << QStringLiteral("staffs");
    QTest::newRow("resource listed twice")
        << QByteArray(v).replace("\"name\": \"studentSchoolAssociations\"", "\"name\": \"students\"") << 21
        << QStringLiteral("twice");
    QTest::newRow("absolute resource path")
        << QByteArray(v).replace("\"ed-fi/students\"", "\"/ed-fi/students\"") << 20 << QStringLiteral("relative");
    QTest::newRow("secret in LEA") << QByteArray(v).replace("\"key\": \"k1\"}", "\"key\": \"k1\", \"secret\": \"s\"}")
                                   << 17 << QStringLiteral("secret");
    QTest::newRow("LEA id not a number") << QByteArray(v).replace("\"id\": \"255901\"", "\"id\": \"GB-ISD\"") << 16
                                         << QStringLiteral("GB-ISD");
    // Data Standard and renamed properties (issue 11).
    QTest::newRow("dataStandard not a version")
        << QByteArray(v).replace("\"order\": 5,", "\"order\": 5, \"dataStandard\": \"five\",") << 5
        << QStringLiteral("Data Standard");
    QTest::newRow("dataStandard a number")
        << QByteArray(v).replace("\"order\": 5,", "\"order\": 5, \"dataStandard\": 5,") << 5
        << QStringLiteral("string");
    const QByteArray names = "\"naturalKey\": [\"studentUniqueId\"], \"propertyNames\": ";
    QTest::newRow("propertyNames not an object")
        << QByteArray(v).replace("\"naturalKey\": [\"studentUniqueId\"]", QByteArray(names + "[\"a\"]")) << 20
        << QStringLiteral("propertyNames");
    QTest::newRow("propertyNames to a path") << QByteArray(v).replace("\"naturalKey\": [\"studentUniqueId\"]",
                                                                      QByteArray(names + "{\"birthDate\": \"a.b\"}"))
                                             << 20 << QStringLiteral("propertyNames");
    QTest::newRow("propertyNames to a number")
        << QByteArray(v).replace("\"naturalKey\": [\"studentUniqueId\"]", QByteArray(names + "{\"birthDate\": 3}"))
        << 20 << QStringLiteral("propertyNames");
    QTest::newRow("propertyNames twice the same name")
        << QByteArray(v).replace("\"naturalKey\": [\"studentUniqueId\"]",
                                 QByteArray(names + "{\"birthDate\": \"born\", \"birthCity\": \"born\"}"))
        << 20 << QStringLiteral("two properties");
    QTest::newRow("propertyNames onto another renamed one")
        << QByteArray(v).replace("\"naturalKey\": [\"studentUniqueId\"]",
                                 QByteArray(names + "{\"birthDate\": \"birthCity\", \"birthCity\": \"town\"}"))
        << 20 << QStringLiteral("two properties");
}

void TestProfileParser::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, messagePart);

    Profile p;
    p.id = QStringLiteral("untouched");
    ProfileError error;
    const QString file = QStringLiteral("/profiles/state.json");
    QVERIFY(!ProfileParser::parse(data, file, &p, &error));
    QCOMPARE(p.id, QStringLiteral("untouched")); // nothing half-filled
    QCOMPARE(error.file, file);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.toString()));
    QCOMPARE(error.line, line);
    QCOMPARE(error.toString(), file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ") + error.message);
}

void TestProfileParser::secretValueNeverEchoed()
{
    const QByteArray data
        = validProfile().replace("\"key\": \"k1\"}", "\"key\": \"k1\", \"secret\": \"hunter2-top-secret\"}");
    Profile p;
    ProfileError error;
    QVERIFY(!ProfileParser::parse(data, QStringLiteral("state.json"), &p, &error));
    QVERIFY(!error.toString().contains(QStringLiteral("hunter2")));
}

void TestProfileParser::unreadableOrHugeFile()
{
    test::TestEnvironment env;
    Profile p;
    ProfileError error;
    QVERIFY(!ProfileParser::parseFile(env.path(QStringLiteral("missing.json")), &p, &error));
    QVERIFY(error.file.endsWith(QStringLiteral("missing.json")));
    QVERIFY(error.message.contains(QStringLiteral("cannot be read")));

    QFile big(env.path(QStringLiteral("big.json")));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(ProfileParser::kMaxFileSize + 1, ' '));
    big.close();
    QVERIFY(!ProfileParser::parseFile(big.fileName(), &p, &error));
    QVERIFY(error.file.endsWith(QStringLiteral("big.json")));
    QVERIFY(error.message.contains(QStringLiteral("1 MiB")));
}

QTEST_GUILESS_MAIN(TestProfileParser)
#include "test_profileparser.moc"
