// `dexdesk-cli records` end to end: generate sample records and count them, import a CSV file,
// refuse a file with one bad row (exit 1, the line named, nothing changed), and usage errors.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

QStringList L(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *i : items)
        list << QString::fromUtf8(i);
    return list;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray studentsCsv(int count)
{
    QByteArray csv = "student_unique_id,first_name,last_surname,birth_date\n";
    for (int i = 1; i <= count; ++i)
        csv += "S" + QByteArray::number(i) + ",Ann,Lee" + QByteArray::number(i) + ",2012-01-15\n";
    return csv;
}

qint64 rowCount(const TestEnvironment &env, const QString &table)
{
    auto db = env.openDatabase();
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestCliRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generateThenCount()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        CliResult r = cli.run(L({"records", "count"}));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(QStringLiteral("no district records yet")), r.describe().constData());

        r = cli.run(L({"records", "generate", "--students", "150", "--seed", "4", "--school-year", "2026"}));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(QStringLiteral("students: 150 new")), r.describe().constData());

        r = cli.run(L({"records", "count", "--json"}));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonObject root = QJsonDocument::fromJson(r.out).object();
        QHash<QString, qint64> rows;
        for (const QJsonValue &v : root.value(QStringLiteral("counts")).toArray()) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QStringLiteral("schoolYear")).toInt(), 2026);
            rows.insert(o.value(QStringLiteral("resource")).toString(), o.value(QStringLiteral("rows")).toInteger());
        }
        QCOMPARE(rows.value(QStringLiteral("students")), 150);
        QCOMPARE(rows.value(QStringLiteral("schools")), 3);
        QCOMPARE(rows.value(QStringLiteral("staffs")), 10);
        QCOMPARE(rows.value(QStringLiteral("studentSchoolAssociations")), 150);
        QCOMPARE(root.value(QStringLiteral("total")).toInteger(), 1 + 3 + 150 * 3 + 10 * 3);

        // The same seed again: nothing new, nothing changed.
        r = cli.run(L({"records", "generate", "--students", "150", "--seed", "4", "--school-year", "2026"}));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(QStringLiteral("students: 0 new, 0 changed, 150 unchanged")),
                 r.describe().constData());
        r = cli.run(L({"records", "count"}));
        QVERIFY2(r.outText().contains(QStringLiteral("Records in all: 484")), r.describe().constData());
    }

    void importCsvSucceeds()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        const QString file = env.path(QStringLiteral("students.csv"));
        QVERIFY(writeFile(file, studentsCsv(25)));
        CliResult r
            = cli.run(QStringList {QStringLiteral("records"), QStringLiteral("import-csv"), QStringLiteral("students"),
                                   file, QStringLiteral("--dry-run"), QStringLiteral("--school-year"),
                                   QStringLiteral("2027"), QStringLiteral("--lea"), QStringLiteral("255901")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(QStringLiteral("New: 25")), r.describe().constData());
        QVERIFY2(r.outText().contains(QStringLiteral("Nothing was changed")), r.describe().constData());
        QCOMPARE(rowCount(env, QStringLiteral("rec_students")), 0);

        r = cli.run(QStringList {QStringLiteral("records"), QStringLiteral("import-csv"), QStringLiteral("students"),
                                 file, QStringLiteral("--school-year=2027"), QStringLiteral("--lea=255901")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(QStringLiteral("Rows in the file: 25. New: 25")), r.describe().constData());
        QCOMPARE(rowCount(env, QStringLiteral("rec_students")), 25);

        // A full extract without the last five deletes them.
        QVERIFY(writeFile(file, studentsCsv(20)));
        r = cli.run(QStringList {QStringLiteral("records"), QStringLiteral("import-csv"), QStringLiteral("students"),
                                 file, QStringLiteral("--school-year=2027"), QStringLiteral("--lea=255901"),
                                 QStringLiteral("--replace")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(QStringLiteral("deleted: 5")), r.describe().constData());
        QCOMPARE(rowCount(env, QStringLiteral("rec_students")), 20);
    }

    void badRowExitsOneAndChangesNothing()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        const QString file = env.path(QStringLiteral("students.csv"));
        QVERIFY(writeFile(file, studentsCsv(10)));
        const QStringList args {QStringLiteral("records"),       QStringLiteral("import-csv"),
                                QStringLiteral("students"),      file,
                                QStringLiteral("--school-year"), QStringLiteral("2027"),
                                QStringLiteral("--lea"),         QStringLiteral("255901")};
        QCOMPARE(cli.run(args).exitCode, 0);

        QByteArray bad = studentsCsv(300);
        bad.replace("S150,Ann,Lee150,2012-01-15", "S150,Ann,Lee150,15/01/2012");
        QVERIFY(writeFile(file, bad));
        const CliResult r = cli.run(args);
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("nothing was changed")), r.describe().constData());
        QVERIFY2(r.errText().contains(QStringLiteral("line 151, birth_date: \"15/01/2012\" is not a date")),
                 r.describe().constData());
        QCOMPARE(rowCount(env, QStringLiteral("rec_students")), 10);
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subcommand") << L({"records"}) << QStringLiteral("missing subcommand");
        QTest::newRow("unknown subcommand") << L({"records", "erase"}) << QStringLiteral("unknown subcommand");
        QTest::newRow("import without file")
            << L({"records", "import-csv", "students"}) << QStringLiteral("missing argument FILE");
        QTest::newRow("unknown resource")
            << L({"records", "import-csv", "pupils", "x.csv"}) << QStringLiteral("no \"pupils\" records");
        QTest::newRow("bad school year") << L({"records", "import-csv", "students", "x.csv", "--school-year", "next"})
                                         << QStringLiteral("--school-year must be a whole number");
        QTest::newRow("generate without students") << L({"records", "generate"}) << QStringLiteral("--students N");
        QTest::newRow("generate zero students")
            << L({"records", "generate", "--students", "0"}) << QStringLiteral("--students must be");
        QTest::newRow("generate bad lea")
            << L({"records", "generate", "--students", "5", "--lea", "GB"}) << QStringLiteral("LEA identifier");
        QTest::newRow("count unknown option") << L({"records", "count", "--csv"}) << QStringLiteral("unknown option");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        const CliResult r = cli.run(args);
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY2(r.errText().contains(message), r.describe().constData());
    }

    void helpListsTheCommands()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        const CliResult r = cli.run(L({"help", "records"}));
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(r.outText().contains(QStringLiteral("records import-csv RESOURCE FILE")));
        QVERIFY(cli.run(L({"--help"})).outText().contains(QStringLiteral("records generate --students N")));
    }
};

QTEST_GUILESS_MAIN(TestCliRecords)
#include "test_cli_records.moc"
