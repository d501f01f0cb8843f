// `dexdesk-cli settings history` end to end: changes made by `settings import` appear newest first
// with old → new, as text and as JSON, and --profile keeps one profile's changes.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {
const QString kSimulator = QStringLiteral("local-simulator");
const QString kNewUrl = QStringLiteral("https://agency.example/data/v3");
} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importedChangesAppear()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        const CliResult empty = cli.run({QStringLiteral("settings"), QStringLiteral("history")});
        QVERIFY2(empty.exitCode == 0, empty.describe().constData());
        QVERIFY2(empty.outText().contains(QLatin1String("No settings changes")), empty.describe().constData());

        const CliResult exported = cli.run({QStringLiteral("settings"), QStringLiteral("export"), QStringLiteral("-")});
        QVERIFY2(exported.exitCode == 0, exported.describe().constData());
        QJsonObject root = QJsonDocument::fromJson(exported.out).object();
        QJsonObject general = root.value(QStringLiteral("general")).toObject();
        const int oldConnections = general.value(QStringLiteral("simultaneousConnections")).toInt();
        QVERIFY(oldConnections > 0);
        const int newConnections = oldConnections == 7 ? 6 : 7;
        general.insert(QStringLiteral("simultaneousConnections"), newConnections);
        root.insert(QStringLiteral("general"), general);
        QJsonObject profiles = root.value(QStringLiteral("profiles")).toObject();
        QJsonObject sim = profiles.value(kSimulator).toObject();
        const QString oldUrl = sim.value(QStringLiteral("dataUrl")).toString();
        QVERIFY(!oldUrl.isEmpty());
        sim.insert(QStringLiteral("dataUrl"), kNewUrl);
        profiles.insert(kSimulator, sim);
        root.insert(QStringLiteral("profiles"), profiles);
        const CliResult imported = cli.run({QStringLiteral("settings"), QStringLiteral("import"), QStringLiteral("-")},
                                           QJsonDocument(root).toJson());
        QVERIFY2(imported.exitCode == 0, imported.describe().constData());

        const CliResult text = cli.run({QStringLiteral("settings"), QStringLiteral("history")});
        QVERIFY2(text.exitCode == 0, text.describe().constData());
        const QString connections
            = QStringLiteral("simultaneousConnections: %1 → %2").arg(oldConnections).arg(newConnections);
        const QString url = QStringLiteral("local-simulator/dataUrl: %1 → %2").arg(oldUrl, kNewUrl);
        QVERIFY2(text.outText().contains(connections), text.describe().constData());
        QVERIFY2(text.outText().contains(url), text.describe().constData());
        for (const QString &line : text.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            QVERIFY2(line.contains(QLatin1String("  import  ")), qPrintable(line));

        const CliResult json
            = cli.run({QStringLiteral("settings"), QStringLiteral("history"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, json.describe().constData());
        QJsonParseError error;
        const QJsonArray rows = QJsonDocument::fromJson(json.out, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(rows.size(), text.outText().count(QLatin1Char('\n')));
        bool foundConnections = false;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("action")).toString(), QStringLiteral("import"));
            QVERIFY(QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
            if (o.value(QStringLiteral("field")).toString() == QLatin1String("simultaneousConnections")) {
                foundConnections = true;
                QCOMPARE(o.value(QStringLiteral("old")).toString(), QString::number(oldConnections));
                QCOMPARE(o.value(QStringLiteral("new")).toString(), QString::number(newConnections));
                QCOMPARE(o.value(QStringLiteral("profile")).toString(), QString());
            }
        }
        QVERIFY(foundConnections);

        // --profile keeps that profile's rows only; --limit caps the count.
        const CliResult sim1 = cli.run({QStringLiteral("settings"), QStringLiteral("history"),
                                        QStringLiteral("--profile"), kSimulator, QStringLiteral("--json")});
        QVERIFY2(sim1.exitCode == 0, sim1.describe().constData());
        const QJsonArray simRows = QJsonDocument::fromJson(sim1.out).array();
        QVERIFY(!simRows.isEmpty());
        for (const QJsonValue &v : simRows)
            QCOMPARE(v.toObject().value(QStringLiteral("profile")).toString(), kSimulator);
        const CliResult one = cli.run(
            {QStringLiteral("settings"), QStringLiteral("history"), QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY2(one.exitCode == 0, one.describe().constData());
        QCOMPARE(one.outText().count(QLatin1Char('\n')), 1);
    }

    void usageErrors()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        for (const QStringList &args : {QStringList {QStringLiteral("--limit"), QStringLiteral("-3")},
                                        QStringList {QStringLiteral("--since")}, QStringList {QStringLiteral("x")}}) {
            const CliResult r = cli.run(QStringList {QStringLiteral("settings"), QStringLiteral("history")} + args);
            QVERIFY2(r.exitCode == 2, r.describe().constData());
        }
        const CliResult help = cli.run({QStringLiteral("help"), QStringLiteral("settings")});
        QVERIFY2(help.outText().contains(QLatin1String("settings history")), help.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "test_cli_history.moc"
