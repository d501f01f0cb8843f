// The set of installed profiles: shipped plus imported, one bad file never hides the others,
// duplicate ids are reported, and importing a state-provided file is checked before it is copied.

#include "ProfileRepository.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dexdesk;

namespace {

QByteArray profileJson(const QString &id, const QString &name, int order)
{
    const QJsonObject o {
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("order"), order},
        {QStringLiteral("dataUrl"), QStringLiteral("https://api.state.example/data/v3")},
        {QStringLiteral("authUrl"), QStringLiteral("https://api.state.example/oauth/token")},
        {QStringLiteral("yearSpecific"), false},
        {QStringLiteral("schoolYears"), QJsonArray {2027}},
        {QStringLiteral("defaultSchoolYears"), QJsonArray {2027}},
        {QStringLiteral("services"),
         QJsonObject {{QStringLiteral("supported"), QJsonArray {QStringLiteral("publish")}},
                      {QStringLiteral("defaults"), QJsonArray {QStringLiteral("publish")}}}},
    };
    return QJsonDocument(o).toJson();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QStringList ids(const ProfileRepository &repo)
{
    QStringList out;
    for (const Profile &p : repo.profiles())
        out << p.id;
    return out;
}

} // namespace

class TestProfileRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedProfilesLoad();
    void badFileIsReportedGoodFileLoads();
    void duplicateIdsReported();
    void userFileCannotReplaceShippedProfile();
    void sortedByOrderThenName();
    void missingDirectoryIsNotAnError();
    void importCopiesGoodFile();
    void importRefusesShippedId();
    void importRefusesMalformedFile();
    void importReplacesEarlierImport();
};

void TestProfileRepository::shippedProfilesLoad()
{
    ProfileRepository repo;
    repo.load({});
    QVERIFY(repo.errors().isEmpty());
    QCOMPARE(repo.profiles().size(), 3);
    QVERIFY(repo.find(QStringLiteral("local-simulator")));
    QCOMPARE(repo.find(QStringLiteral("local-simulator"))->name, QStringLiteral("Local agency simulator (training)"));
    QVERIFY(!repo.find(QStringLiteral("nope")));
    for (const Profile &p : repo.profiles())
        QVERIFY2(p.sourceFile.startsWith(QLatin1Char(':')), qPrintable(p.sourceFile));
}

void TestProfileRepository::badFileIsReportedGoodFileLoads()
{
    test::TestEnvironment env;
    const QString dir = env.path(QStringLiteral("profiles"));
    QVERIFY(
        writeFile(dir + QStringLiteral("/a-broken.json"), "{\n  \"formatVersion\": 1,\n  \"id\": \"x\"\n  oops\n}\n"));
    QVERIFY(writeFile(dir + QStringLiteral("/b-good.json"),
                      profileJson(QStringLiteral("state-good"), QStringLiteral("Good State"), 1)));
    QVERIFY(writeFile(dir + QStringLiteral("/notes.txt"), "not a profile"));

    ProfileRepository repo;
    repo.loadFromDirectories({dir});
    QCOMPARE(ids(repo), QStringList {QStringLiteral("state-good")});
    QCOMPARE(repo.errors().size(), 1);
    const ProfileError e = repo.errors().first();
    QVERIFY2(e.file.endsWith(QStringLiteral("a-broken.json")), qPrintable(e.file));
    QCOMPARE(e.line, 4);
    QVERIFY2(e.message.contains(QStringLiteral("JSON")), qPrintable(e.message));

    // load() with the same folder: shipped profiles plus the good one, the bad one reported.
    repo.load({dir});
    QCOMPARE(repo.profiles().size(), 4);
    QVERIFY(repo.find(QStringLiteral("state-good")));
    QCOMPARE(repo.errors().size(), 1);
}

void TestProfileRepository::duplicateIdsReported()
{
    test::TestEnvironment env;
    const QString dir = env.path(QStringLiteral("profiles"));
    QVERIFY(writeFile(dir + QStringLiteral("/one.json"),
                      profileJson(QStringLiteral("state-x"), QStringLiteral("State X"), 1)));
    QVERIFY(writeFile(dir + QStringLiteral("/two.json"),
                      profileJson(QStringLiteral("state-x"), QStringLiteral("State X again"), 2)));
    ProfileRepository repo;
    repo.loadFromDirectories({dir});
    QCOMPARE(repo.profiles().size(), 1);
    QCOMPARE(repo.profiles().first().name, QStringLiteral("State X")); // first file wins
    QCOMPARE(repo.errors().size(), 1);
    QVERIFY(repo.errors().first().file.endsWith(QStringLiteral("two.json")));
    QVERIFY2(repo.errors().first().message.contains(QStringLiteral("state-x")),
             qPrintable(repo.errors().first().message));
    QVERIFY(repo.errors().first().message.contains(QStringLiteral("one.json")));
}

void TestProfileRepository::userFileCannotReplaceShippedProfile()
{
    test::TestEnvironment env;
    const QString dir = env.path(QStringLiteral("profiles"));
    QVERIFY(writeFile(dir + QStringLiteral("/sim.json"),
                      profileJson(QStringLiteral("local-simulator"), QStringLiteral("Impostor"), 1)));
    ProfileRepository repo;
    repo.load({dir});
    QCOMPARE(repo.profiles().size(), 3);
    QCOMPARE(repo.find(QStringLiteral("local-simulator"))->name, QStringLiteral("Local agency simulator (training)"));
    QCOMPARE(repo.errors().size(), 1);
    QVERIFY(repo.errors().first().file.endsWith(QStringLiteral("sim.json")));
}

void TestProfileRepository::sortedByOrderThenName()
{
    test::TestEnvironment env;
    const QString dir = env.path(QStringLiteral("profiles"));
    QVERIFY(writeFile(dir + QStringLiteral("/1.json"), profileJson(QStringLiteral("c"), QStringLiteral("Zulu"), 2)));
    QVERIFY(writeFile(dir + QStringLiteral("/2.json"), profileJson(QStringLiteral("b"), QStringLiteral("Alpha"), 2)));
    QVERIFY(writeFile(dir + QStringLiteral("/3.json"), profileJson(QStringLiteral("a"), QStringLiteral("Mike"), 1)));
    ProfileRepository repo;
    repo.loadFromDirectories({dir});
    QCOMPARE(ids(repo), (QStringList {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(repo.resolve(QString())->id, QStringLiteral("a"));
}

void TestProfileRepository::missingDirectoryIsNotAnError()
{
    test::TestEnvironment env;
    ProfileRepository repo;
    repo.load({env.path(QStringLiteral("does-not-exist"))});
    QCOMPARE(repo.profiles().size(), 3);
    QVERIFY(repo.errors().isEmpty());
}

void TestProfileRepository::importCopiesGoodFile()
{
    test::TestEnvironment env;
    const QString source = env.path(QStringLiteral("downloads/state-profile.json"));
    const QByteArray data = profileJson(QStringLiteral("state-ok"), QStringLiteral("State of OK"), 40);
    QVERIFY(writeFile(source, data));
    const QString target = env.path(QStringLiteral("app-data/profiles"));

    ProfileRepository repo = test::TestEnvironment::shippedProfiles();
    Profile imported;
    QString error;
    QVERIFY2(repo.importFile(source, target, &imported, &error), qPrintable(error));
    QCOMPARE(imported.id, QStringLiteral("state-ok"));
    QCOMPARE(repo.profiles().size(), 4);
    QVERIFY(repo.find(QStringLiteral("state-ok")));

    const QString copied = QDir(target).filePath(QStringLiteral("state-ok.json"));
    QFile f(copied);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), data);
    QCOMPARE(QDir(target).entryList(QDir::Files), QStringList {QStringLiteral("state-ok.json")}); // no .part left

    // The next start finds it in the user folder.
    ProfileRepository next;
    next.load({target});
    QVERIFY(next.errors().isEmpty());
    QVERIFY(next.find(QStringLiteral("state-ok")));
}

void TestProfileRepository::importRefusesShippedId()
{
    test::TestEnvironment env;
    const QString source = env.path(QStringLiteral("sim.json"));
    QVERIFY(writeFile(source, profileJson(QStringLiteral("edfi-ods-shared"), QStringLiteral("Lookalike"), 1)));
    const QString target = env.path(QStringLiteral("profiles"));
    ProfileRepository repo = test::TestEnvironment::shippedProfiles();
    Profile imported;
    QString error;
    QVERIFY(!repo.importFile(source, target, &imported, &error));
    QVERIFY2(error.contains(QStringLiteral("edfi-ods-shared")), qPrintable(error));
    QVERIFY(imported.id.isEmpty());
    QCOMPARE(repo.find(QStringLiteral("edfi-ods-shared"))->name, QStringLiteral("Ed-Fi ODS/API (shared instance)"));
    QVERIFY(!QFile::exists(QDir(target).filePath(QStringLiteral("edfi-ods-shared.json"))));
}

void TestProfileRepository::importRefusesMalformedFile()
{
    test::TestEnvironment env;
    const QString source = env.path(QStringLiteral("broken.json"));
    QVERIFY(writeFile(source,
                      profileJson(QStringLiteral("state-y"), QStringLiteral("Y"), 1)
                          .replace("\"formatVersion\": 1", "\"formatVersion\": 9")));
    const QString target = env.path(QStringLiteral("profiles"));
    ProfileRepository repo = test::TestEnvironment::shippedProfiles();
    Profile imported;
    QString error;
    QVERIFY(!repo.importFile(source, target, &imported, &error));
    const QByteArray data = profileJson(QStringLiteral("state-y"), QStringLiteral("Y"), 1);
    const int line = int(data.left(data.indexOf("\"formatVersion\"")).count('\n')) + 1;
    QVERIFY2(error.contains(QStringLiteral("broken.json:%1:").arg(line)), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("formatVersion")));
    QCOMPARE(repo.profiles().size(), 3);
    QVERIFY(QDir(target).entryList(QDir::Files).isEmpty());
}

void TestProfileRepository::importReplacesEarlierImport()
{
    test::TestEnvironment env;
    const QString target = env.path(QStringLiteral("profiles"));
    ProfileRepository repo = test::TestEnvironment::shippedProfiles();
    Profile imported;
    QString error;
    const QString v1 = env.path(QStringLiteral("v1.json"));
    const QString v2 = env.path(QStringLiteral("v2.json"));
    QVERIFY(writeFile(v1, profileJson(QStringLiteral("state-z"), QStringLiteral("Z 2026"), 1)));
    QVERIFY(writeFile(v2, profileJson(QStringLiteral("state-z"), QStringLiteral("Z 2027"), 1)));
    QVERIFY2(repo.importFile(v1, target, &imported, &error), qPrintable(error));
    QVERIFY2(repo.importFile(v2, target, &imported, &error), qPrintable(error));
    QCOMPARE(repo.profiles().size(), 4);
    QCOMPARE(repo.find(QStringLiteral("state-z"))->name, QStringLiteral("Z 2027"));
    ProfileRepository next;
    next.load({target});
    QCOMPARE(next.find(QStringLiteral("state-z"))->name, QStringLiteral("Z 2027"));
}

QTEST_GUILESS_MAIN(TestProfileRepository)
#include "test_profilerepository.moc"
