// dexdesk-cli's command line: usage errors exit 2 with a usage line and touch nothing, help and
// version exit 0, and a secret can never be given as an argument.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QTest>

using namespace dexdesk::test;

class TestCliUsage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const auto L = [](std::initializer_list<const char *> items) {
            QStringList list;
            for (const char *i : items)
                list << QString::fromUtf8(i);
            return list;
        };
        QTest::newRow("no command") << QStringList() << QStringLiteral("missing command");
        QTest::newRow("unknown command") << L({"frobnicate"}) << QStringLiteral("unknown command \"frobnicate\"");
        QTest::newRow("unknown global option")
            << L({"--frobnicate", "settings", "show"}) << QStringLiteral("unknown option --frobnicate");
        QTest::newRow("settings without subcommand") << L({"settings"}) << QStringLiteral("missing subcommand");
        QTest::newRow("settings unknown subcommand")
            << L({"settings", "erase"}) << QStringLiteral("unknown subcommand \"erase\"");
        QTest::newRow("show unknown option")
            << L({"settings", "show", "--yaml"}) << QStringLiteral("unknown option --yaml");
        QTest::newRow("show profile without value")
            << L({"settings", "show", "--profile"}) << QStringLiteral("--profile needs a value");
        QTest::newRow("export without file") << L({"settings", "export"}) << QStringLiteral("missing argument FILE");
        QTest::newRow("import without file")
            << L({"settings", "import", "--dry-run"}) << QStringLiteral("missing argument FILE");
        QTest::newRow("import two files")
            << L({"settings", "import", "a.json", "b.json"}) << QStringLiteral("too many arguments");
        QTest::newRow("secret without subcommand") << L({"secret"}) << QStringLiteral("missing subcommand");
        QTest::newRow("secret set without lea") << L({"secret", "set"}) << QStringLiteral("missing option --lea");
        QTest::newRow("restore-defaults unknown option")
            << L({"restore-defaults", "--force"}) << QStringLiteral("unknown option --force");
        QTest::newRow("dry-run with a value")
            << L({"settings", "import", "f.json", "--dry-run=yes"}) << QStringLiteral("does not take a value");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        const CliResult r = cli.run(args);
        QVERIFY2(r.finished, r.describe().constData());
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(message), r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String("Usage: dexdesk-cli")), r.describe().constData());
        QVERIFY2(r.out.isEmpty(), r.describe().constData());
        // A usage error is found before anything is opened.
        QVERIFY(!QFile::exists(env.databasePath()));
    }

    void databaseOptionNeedsAPath()
    {
        TestEnvironment env;
        const CliResult r = CliRunner(env.databasePath()).runRaw({QStringLiteral("--database")});
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String("--database needs a file path")), r.describe().constData());
    }

    void helpExitsZero_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("--help") << QStringList {QStringLiteral("--help")}
                                << QStringList {QStringLiteral("settings show"),    QStringLiteral("settings export"),
                                                QStringLiteral("settings import"),  QStringLiteral("secret set"),
                                                QStringLiteral("restore-defaults"), QStringLiteral("--database PATH"),
                                                QStringLiteral("Exit status")};
        QTest::newRow("-h") << QStringList {QStringLiteral("-h")} << QStringList {QStringLiteral("Usage:")};
        QTest::newRow("help settings") << QStringList {QStringLiteral("help"), QStringLiteral("settings")}
                                       << QStringList {QStringLiteral("--dry-run")};
        QTest::newRow("settings import --help")
            << QStringList {QStringLiteral("settings"), QStringLiteral("import"), QStringLiteral("--help")}
            << QStringList {QStringLiteral("--dry-run")};
        QTest::newRow("secret --help") << QStringList {QStringLiteral("secret"), QStringLiteral("--help")}
                                       << QStringList {QStringLiteral("never accepted on the command line")};
        QTest::newRow("restore-defaults --help")
            << QStringList {QStringLiteral("restore-defaults"), QStringLiteral("--help")}
            << QStringList {QStringLiteral("--profile ID"), QStringLiteral("--yes")};
    }

    void helpExitsZero()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        TestEnvironment env;
        const CliResult r = CliRunner(env.databasePath()).run(args);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        for (const QString &e : std::as_const(expected))
            QVERIFY2(r.outText().contains(e), qPrintable(e + QStringLiteral(" missing in:\n") + r.outText()));
        QVERIFY2(r.err.isEmpty(), r.describe().constData());
        QVERIFY(!QFile::exists(env.databasePath()));
    }

    void versionExitsZero()
    {
        TestEnvironment env;
        const CliResult r = CliRunner(env.databasePath()).runRaw({QStringLiteral("--version")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.outText().trimmed(), QStringLiteral("dexdesk-cli " DEXDESK_VERSION));
    }

    // There is no way to pass a secret on the command line, and a mistaken attempt does not
    // repeat it on the terminal.
    void secretArgumentIsRefusedAndNotRepeated_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString canary = QStringLiteral("canary-argv-3b9d17");
        QTest::newRow("--secret value") << QStringList {QStringLiteral("--lea"), QStringLiteral("255901"),
                                                        QStringLiteral("--secret"), canary};
        QTest::newRow("--secret=value") << QStringList {QStringLiteral("--lea"), QStringLiteral("255901"),
                                                        QStringLiteral("--secret=") + canary};
        QTest::newRow("positional") << QStringList {QStringLiteral("--lea"), QStringLiteral("255901"), canary};
        QTest::newRow("dash-prefixed") << QStringList {QStringLiteral("--lea"), QStringLiteral("255901"),
                                                       QStringLiteral("-") + canary};
    }

    void secretArgumentIsRefusedAndNotRepeated()
    {
        QFETCH(QStringList, args);
        TestEnvironment env;
        const CliResult r
            = CliRunner(env.databasePath()).run(QStringList {QStringLiteral("secret"), QStringLiteral("set")} + args);
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(!r.err.contains("canary-argv-3b9d17") && !r.out.contains("canary-argv-3b9d17"),
                 r.describe().constData());
        QVERIFY(!QFile::exists(env.databasePath()));
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "test_cli_usage.moc"
