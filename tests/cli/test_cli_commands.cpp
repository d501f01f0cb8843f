// dexdesk-cli's command table drives everything a user sees: every row is in the overall help and
// nothing else is, `help NAME` and `NAME --help` print the row's help and exit 0, a usage error
// shows the row's usage line, and a command not in the table exits 2.

#include "CliRunner.h"
#include "CommandTable.h"
#include "TestSupport.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace dexdesk::cli;
using namespace dexdesk::test;

class TestCliCommands : public QObject
{
    Q_OBJECT

    static void addCommandRows()
    {
        QTest::addColumn<QString>("name");
        for (const CliCommand &command : CliCommands::all())
            QTest::newRow(qPrintable(command.name)) << command.name;
    }

    static const CliCommand &row(const QString &name)
    {
        const CliCommand *command = CliCommands::find(name);
        Q_ASSERT(command);
        return *command;
    }

private Q_SLOTS:
    void tableHasUniqueNamesAndEveryPart()
    {
        QSet<QString> names;
        for (const CliCommand &command : CliCommands::all()) {
            QVERIFY2(!names.contains(command.name), qPrintable(command.name));
            names.insert(command.name);
            QVERIFY(command.usage && command.help && command.run);
            QVERIFY2(command.usage().startsWith(QLatin1String("dexdesk-cli ")), qPrintable(command.name));
            // The row's help is its part of the Commands section: it holds the command's synopsis.
            const QStringList lines = command.help().split(QLatin1Char('\n'));
            QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                                 [&](const QString &line) {
                                     return line == command.name || line.startsWith(command.name + QLatin1Char(' '));
                                 }),
                     qPrintable(command.help()));
        }
        QVERIFY(names.contains(QStringLiteral("help")));
    }

    // The Commands section of --help is the table: every row's help in it, and no synopsis line
    // whose command is not a row.
    void overallHelpListsExactlyTheTable()
    {
        TestEnvironment env;
        const CliResult r = CliRunner(env.databasePath()).runRaw({QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        const QString text = r.outText();
        const qsizetype from = text.indexOf(QLatin1String("\nCommands:\n"));
        const qsizetype to = text.indexOf(QLatin1String("\nOptions (before the command):\n"));
        QVERIFY2(from >= 0 && to > from, qPrintable(text));
        const QString section = text.mid(from + 11, to - from - 11);
        QCOMPARE(section, CliCommands::helpSection());

        QSet<QString> listed;
        for (const QString &line : section.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1Char(' ')))
                listed.insert(line.section(QLatin1Char(' '), 0, 0));
        }
        QSet<QString> table;
        for (const CliCommand &command : CliCommands::all()) {
            table.insert(command.name);
            QVERIFY2(text.contains(command.help()), qPrintable(command.name));
        }
        QCOMPARE(listed, table);
    }

    void helpNameShowsTheRowsHelp_data() { addCommandRows(); }
    void helpNameShowsTheRowsHelp()
    {
        QFETCH(QString, name);
        TestEnvironment env;
        const CliResult r = CliRunner(env.databasePath()).run({QStringLiteral("help"), name});
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
        QCOMPARE(r.outText(), row(name).help() + QLatin1Char('\n'));
        QVERIFY(!QFile::exists(env.databasePath()));
    }

    void nameDashHelpShowsTheRowsHelp_data() { addCommandRows(); }
    void nameDashHelpShowsTheRowsHelp()
    {
        QFETCH(QString, name);
        TestEnvironment env;
        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h")}) {
            const CliResult r = CliRunner(env.databasePath()).run({name, flag});
            QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.describe().constData());
            QCOMPARE(r.outText(), row(name).help() + QLatin1Char('\n'));
        }
        QVERIFY(!QFile::exists(env.databasePath()));
    }

    void usageErrorShowsTheRowsUsage_data() { addCommandRows(); }
    void usageErrorShowsTheRowsUsage()
    {
        QFETCH(QString, name);
        TestEnvironment env;
        const CliResult r = CliRunner(env.databasePath()).run({name, QStringLiteral("--frobnicate")});
        QVERIFY2(r.exitCode == 2 && r.out.isEmpty(), r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String("Usage: ") + row(name).usage() + QLatin1Char('\n')),
                 r.describe().constData());
        QVERIFY(!QFile::exists(env.databasePath()));
    }

    void unknownCommandExitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("command") << QStringList {QStringLiteral("frobnicate")};
        QTest::newRow("help topic") << QStringList {QStringLiteral("help"), QStringLiteral("frobnicate")};
        QTest::newRow("command's help") << QStringList {QStringLiteral("frobnicate"), QStringLiteral("--help")};
    }

    void unknownCommandExitsTwo()
    {
        QFETCH(QStringList, args);
        TestEnvironment env;
        const CliResult r = CliRunner(env.databasePath()).run(args);
        QVERIFY2(r.exitCode == 2 && r.out.isEmpty(), r.describe().constData());
        QVERIFY2(r.errText().contains(QLatin1String("unknown command \"frobnicate\"")), r.describe().constData());
        QVERIFY2(r.errText().contains(
                     QLatin1String("Usage: dexdesk-cli [--database PATH] [--secrets SOURCE] COMMAND [OPTIONS]")),
                 r.describe().constData());
        QVERIFY(!QFile::exists(env.databasePath()));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "test_cli_commands.moc"
