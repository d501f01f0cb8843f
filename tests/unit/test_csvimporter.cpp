// CsvImporter on a real database file: a good file lands, a file with a single bad row changes
// nothing (rows and change queue alike), header and key problems name what is wrong, and the
// upsert only touches what differs, so re-importing an extract queues no change for the agency.

#include "CsvImporter.h"
#include "TestSupport.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const QString kStudents = QStringLiteral("students");

QByteArray studentsCsv(int count, int firstId = 1)
{
    QByteArray csv = "student_unique_id,first_name,middle_name,last_surname,birth_date\n";
    for (int i = firstId; i < firstId + count; ++i) {
        csv += "S" + QByteArray::number(i) + ",First" + QByteArray::number(i) + ",,Last" + QByteArray::number(i)
            + ",2012-05-" + QByteArray::number(10 + i % 18) + "\n";
    }
    return csv;
}

CsvImportOptions defaults()
{
    CsvImportOptions o;
    o.schoolYear = 2027;
    o.leaId = QStringLiteral("255901");
    return o;
}

qint64 count(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 students(const QSqlDatabase &db)
{
    return count(db, QStringLiteral("SELECT COUNT(*) FROM rec_students"));
}

qint64 queued(const QSqlDatabase &db)
{
    return count(db, QStringLiteral("SELECT COUNT(*) FROM change_queue"));
}

bool enableCapture(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("UPDATE capture_control SET enabled = 1"));
}

CsvImportResult import(const QSqlDatabase &db, const QString &resource, QByteArray data,
                       const CsvImportOptions &options = defaults())
{
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return CsvImporter(db).importDevice(resource, &buffer, options);
}

QString joined(const CsvImportResult &r)
{
    return r.messages().join(QLatin1Char('\n'));
}

} // namespace

class TestCsvImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_database = m_env->openDatabase();
        QVERIFY(m_database);
    }
    void cleanup()
    {
        m_database.reset();
        m_env.reset();
    }

    void goodFileImports()
    {
        const QSqlDatabase db = m_database->connection();
        const CsvImportResult r = import(db, kStudents, studentsCsv(3));
        QVERIFY2(r.ok, qPrintable(joined(r)));
        QCOMPARE(r.rows, qint64(3));
        QCOMPARE(r.counts.inserted, qint64(3));
        QCOMPARE(students(db), qint64(3));
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("SELECT school_year, lea_id, first_name, middle_name, birth_date FROM rec_students "
                                  "WHERE student_unique_id = 'S2'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2027);
        QCOMPARE(q.value(1).toString(), QStringLiteral("255901"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("First2"));
        QVERIFY(q.value(3).isNull());
        QCOMPARE(q.value(4).toString(), QStringLiteral("2012-05-12"));
    }

    void importsFromAFileWithTypedValues()
    {
        const QString path = m_env->path(QStringLiteral("ssa.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        // Quoted values, CRLF, a BOM and columns in any order; school_year in the file wins.
        f.write("\xEF\xBB\xBFschool_id,student_unique_id,entry_date,entry_grade_level,primary_school,school_year\r\n"
                "255901001,S1,2026-08-12,\"Ninth grade\",yes,2026\r\n"
                "255901044,S2,2026-08-12,uri://ed-fi.org/GradeLevelDescriptor#Sixth grade,0,2026\r\n");
        f.close();
        const CsvImportResult r = CsvImporter(m_database->connection())
                                      .importFile(QStringLiteral("studentSchoolAssociations"), path, defaults());
        QVERIFY2(r.ok, qPrintable(joined(r)));
        QSqlQuery q(m_database->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT school_year, school_id, primary_school, entry_grade_level FROM "
                                      "rec_student_school_associations ORDER BY student_unique_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2026);
        QCOMPARE(q.value(1).toLongLong(), 255901001LL);
        QCOMPARE(q.value(2).toInt(), 1);
        QCOMPARE(q.value(3).toString(), QStringLiteral("Ninth grade"));
        QVERIFY(q.next());
        QCOMPARE(q.value(2).toInt(), 0);
    }

    void oneBadRowAmongAThousandChangesNothing()
    {
        const QSqlDatabase db = m_database->connection();
        QVERIFY(enableCapture(db));
        QVERIFY(import(db, kStudents, studentsCsv(10)).ok);
        const qint64 rowsBefore = students(db), queuedBefore = queued(db);
        QCOMPARE(rowsBefore, qint64(10));
        QCOMPARE(queuedBefore, qint64(10));

        // Rows 1..1000 edit the ten and add 990; line 518 (the 517th row) has an impossible date.
        QByteArray csv = studentsCsv(1000);
        csv.replace("S517,First517,,Last517,2012-05-", "S517,First517,,Last517,2010-13-");
        const CsvImportResult r = import(db, kStudents, csv);
        QVERIFY(!r.ok);
        QCOMPARE(r.errorCount, qint64(1));
        QCOMPARE(r.errors.first().line, qint64(518));
        QCOMPARE(r.errors.first().column, QStringLiteral("birth_date"));
        QVERIFY2(joined(r).startsWith(QStringLiteral("line 518, birth_date: \"2010-13-")), qPrintable(joined(r)));
        QVERIFY2(joined(r).contains(QStringLiteral("YYYY-MM-DD")), qPrintable(joined(r)));
        QCOMPARE(students(db), rowsBefore);
        QCOMPARE(queued(db), queuedBefore);
    }

    void problemsAreCollectedUpToTheCap()
    {
        QByteArray csv = "student_unique_id,first_name,last_surname,birth_date\n";
        for (int i = 0; i < 30; ++i)
            csv += "S" + QByteArray::number(i) + ",,Last,2012-01-01\n";
        const CsvImportResult r = import(m_database->connection(), kStudents, csv);
        QVERIFY(!r.ok);
        QCOMPARE(r.errorCount, qint64(30));
        QCOMPARE(r.errors.size(), 20);
        QCOMPARE(r.errors.at(3).line, qint64(5));
        QVERIFY2(r.messages().last().contains(QStringLiteral("10 more")), qPrintable(joined(r)));
    }

    void valueProblems_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing required") << kStudents
                                          << QByteArray("student_unique_id,first_name,last_surname,birth_date\n"
                                                        "S1,Ann,,2012-01-01\n")
                                          << QStringLiteral("line 2, last_surname: the value is missing");
        QTest::newRow("too long") << kStudents
                                  << QByteArray("student_unique_id,first_name,last_surname,birth_date\n"
                                                "S1,Ann,"
                                                + QByteArray(76, 'x') + ",2012-01-01\n")
                                  << QStringLiteral("line 2, last_surname: \"xxxx");
        QTest::newRow("not a date") << kStudents
                                    << QByteArray("student_unique_id,first_name,last_surname,birth_date\n"
                                                  "S1,Ann,Lee,2012-02-30\n")
                                    << QStringLiteral("line 2, birth_date: \"2012-02-30\" is not a date; write it "
                                                      "as YYYY-MM-DD");
        QTest::newRow("not an integer") << QStringLiteral("schools")
                                        << QByteArray("school_id,name_of_institution,categories,grade_levels\n"
                                                      "12a,High,School,Ninth grade\n")
                                        << QStringLiteral("line 2, school_id: \"12a\" is not a whole number");
        QTest::newRow("not a boolean") << QStringLiteral("studentEducationOrganizationAssociations")
                                       << QByteArray("student_unique_id,education_organization_id,sex,"
                                                     "hispanic_latino_ethnicity\nS1,255901,Female,maybe\n")
                                       << QStringLiteral("line 2, hispanic_latino_ethnicity: \"maybe\" is not true "
                                                         "or false");
        QTest::newRow("empty descriptor list") << QStringLiteral("schools")
                                               << QByteArray("school_id,name_of_institution,categories,grade_levels\n"
                                                             "1,High,School,\" ; ;\"\n")
                                               << QStringLiteral("line 2, grade_levels: the list is empty");
        QTest::newRow("long descriptor") << QStringLiteral("staffSchoolAssociations")
                                         << QByteArray("staff_unique_id,school_id,program_assignment\nT1,1,"
                                                       + QByteArray(307, 'x') + "\n")
                                         << QStringLiteral("more than a descriptor value may have (306)");
        QTest::newRow("bad school year") << kStudents
                                         << QByteArray("student_unique_id,first_name,last_surname,birth_date,"
                                                       "school_year\nS1,Ann,Lee,2012-01-01,27\n")
                                         << QStringLiteral("line 2, school_year: \"27\" is not a school year");
        QTest::newRow("wrong field count") << kStudents
                                           << QByteArray("student_unique_id,first_name,last_surname,birth_date\n"
                                                         "S1,Ann,Lee\n")
                                           << QStringLiteral("line 2: 3 field(s) but the header has 4");
        QTest::newRow("csv syntax") << kStudents
                                    << QByteArray("student_unique_id,first_name,last_surname,birth_date\n"
                                                  "S1,\"Ann,Lee,2012-01-01\n")
                                    << QStringLiteral("line 2, field 2: the quoted field is never closed");
    }

    void valueProblems()
    {
        QFETCH(QString, resource);
        QFETCH(QByteArray, csv);
        QFETCH(QString, expected);
        const CsvImportResult r = import(m_database->connection(), resource, csv);
        QVERIFY(!r.ok);
        QVERIFY2(joined(r).contains(expected), qPrintable(joined(r)));
    }

    void headerProblems_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unknown") << QByteArray("student_unique_id,first_name,last_surname,birth_date,nickname,shoe")
                                 << QStringList {QStringLiteral("line 1:"), QStringLiteral("nickname, shoe")};
        QTest::newRow("duplicate") << QByteArray("student_unique_id,first_name,last_surname,birth_date,first_name")
                                   << QStringList {QStringLiteral("first_name (columns 2 and 5)")};
        QTest::newRow("missing required")
            << QByteArray("student_unique_id,first_name") << QStringList {QStringLiteral("last_surname, birth_date")};
        QTest::newRow("nameless column") << QByteArray("student_unique_id,first_name,last_surname,birth_date,")
                                         << QStringList {QStringLiteral("column 5 of the header has no name")};
    }

    void headerProblems()
    {
        QFETCH(QByteArray, header);
        QFETCH(QStringList, expected);
        const CsvImportResult r = import(m_database->connection(), kStudents, header + "\n");
        QVERIFY(!r.ok);
        for (const QString &e : expected)
            QVERIFY2(joined(r).contains(e), qPrintable(joined(r)));
    }

    void schoolYearAndLeaNeedAColumnOrADefault()
    {
        const CsvImportResult r = import(m_database->connection(), kStudents, studentsCsv(1), CsvImportOptions());
        QVERIFY(!r.ok);
        QVERIFY2(joined(r).contains(QStringLiteral("no school_year column")), qPrintable(joined(r)));
        QVERIFY2(joined(r).contains(QStringLiteral("no lea_id column")), qPrintable(joined(r)));
        QCOMPARE(students(m_database->connection()), qint64(0));
    }

    void emptyFileAndUnknownResource()
    {
        CsvImportResult r = import(m_database->connection(), kStudents, {});
        QVERIFY(!r.ok);
        QVERIFY2(joined(r).contains(QStringLiteral("The file is empty")), qPrintable(joined(r)));
        r = import(m_database->connection(), QStringLiteral("pupils"), studentsCsv(1));
        QVERIFY(!r.ok);
        QVERIFY2(joined(r).contains(QStringLiteral("students")), qPrintable(joined(r)));
    }

    void duplicateKeyNamesBothLines()
    {
        QByteArray csv = studentsCsv(5);
        csv += "S3,Again,,Other,2012-01-01\n";
        const CsvImportResult r = import(m_database->connection(), kStudents, csv);
        QVERIFY(!r.ok);
        QCOMPARE(r.errors.first().line, qint64(7));
        QVERIFY2(joined(r).contains(QStringLiteral("line 7:")), qPrintable(joined(r)));
        QVERIFY2(joined(r).contains(QStringLiteral("student_unique_id=S3")), qPrintable(joined(r)));
        QVERIFY2(joined(r).contains(QStringLiteral("also on line 4")), qPrintable(joined(r)));
        QCOMPARE(students(m_database->connection()), qint64(0));
    }

    void sameKeyInAnotherSchoolYearIsAnotherRecord()
    {
        QByteArray csv = "student_unique_id,first_name,last_surname,birth_date,school_year\n"
                         "S1,Ann,Lee,2012-01-01,2026\n"
                         "S1,Ann,Lee,2012-01-01,2027\n";
        const CsvImportResult r = import(m_database->connection(), kStudents, csv);
        QVERIFY2(r.ok, qPrintable(joined(r)));
        QCOMPARE(students(m_database->connection()), qint64(2));
    }

    void reimportQueuesNothingAndAnEditQueuesOne()
    {
        const QSqlDatabase db = m_database->connection();
        QVERIFY(enableCapture(db));
        const QByteArray csv = studentsCsv(50);
        CsvImportResult r = import(db, kStudents, csv);
        QVERIFY2(r.ok, qPrintable(joined(r)));
        QCOMPARE(queued(db), qint64(50));

        r = import(db, kStudents, csv);
        QVERIFY2(r.ok, qPrintable(joined(r)));
        QCOMPARE(r.counts.inserted, qint64(0));
        QCOMPARE(r.counts.updated, qint64(0));
        QCOMPARE(r.counts.unchanged, qint64(50));
        QCOMPARE(queued(db), qint64(50));

        // Trailing spaces and a different spelling of nothing are not a change either.
        QByteArray spaced = csv;
        spaced.replace("S7,First7,,Last7", "S7, First7 ,\"\",Last7 ");
        r = import(db, kStudents, spaced);
        QCOMPARE(r.counts.updated, qint64(0));
        QCOMPARE(queued(db), qint64(50));

        QByteArray edited = csv;
        edited.replace("S7,First7,,Last7", "S7,Seven,,Last7");
        r = import(db, kStudents, edited);
        QVERIFY2(r.ok, qPrintable(joined(r)));
        QCOMPARE(r.counts.updated, qint64(1));
        QCOMPARE(r.counts.unchanged, qint64(49));
        QCOMPARE(queued(db), qint64(51));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT op, key_text FROM change_queue ORDER BY seq DESC LIMIT 1")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("U"));
        QVERIFY2(q.value(1).toString().contains(QStringLiteral("\"S7\"")), qPrintable(q.value(1).toString()));
    }

    void replaceDeletesMissingRowsOfTheSameYear()
    {
        const QSqlDatabase db = m_database->connection();
        QVERIFY(enableCapture(db));
        QVERIFY(import(db, kStudents, studentsCsv(5)).ok);
        CsvImportOptions lastYear = defaults();
        lastYear.schoolYear = 2026;
        QVERIFY(import(db, kStudents, studentsCsv(5), lastYear).ok);
        QCOMPARE(queued(db), qint64(10));

        CsvImportOptions replace = defaults();
        replace.replace = true;
        replace.dryRun = true;
        CsvImportResult r = import(db, kStudents, studentsCsv(3), replace);
        QVERIFY2(r.ok, qPrintable(joined(r)));
        QCOMPARE(r.counts.deleted, qint64(2));
        QCOMPARE(students(db), qint64(10));
        QCOMPARE(queued(db), qint64(10));

        replace.dryRun = false;
        r = import(db, kStudents, studentsCsv(3), replace);
        QVERIFY2(r.ok, qPrintable(joined(r)));
        QCOMPARE(r.counts.deleted, qint64(2));
        QCOMPARE(r.counts.unchanged, qint64(3));
        QCOMPARE(students(db), qint64(8));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM rec_students WHERE school_year = 2026")), qint64(5));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT op, school_year, key_text FROM change_queue WHERE seq > 10 ORDER BY "
                                      "seq")));
        QStringList deletes;
        while (q.next()) {
            QCOMPARE(q.value(0).toString(), QStringLiteral("D"));
            QCOMPARE(q.value(1).toInt(), 2027);
            deletes << q.value(2).toString();
        }
        QCOMPARE(deletes.size(), 2);
        QVERIFY(deletes.at(0).contains(QStringLiteral("\"S4\"")));
        QVERIFY(deletes.at(1).contains(QStringLiteral("\"S5\"")));
    }

    void dryRunWritesNothing()
    {
        const QSqlDatabase db = m_database->connection();
        CsvImportOptions o = defaults();
        o.dryRun = true;
        const CsvImportResult r = import(db, kStudents, studentsCsv(20), o);
        QVERIFY2(r.ok, qPrintable(joined(r)));
        QCOMPARE(r.counts.inserted, qint64(20));
        QCOMPARE(students(db), qint64(0));
    }

    void checkValueTypes()
    {
        ColumnDef flag;
        flag.column = QStringLiteral("primary_school");
        flag.kind = ColumnDef::Kind::Boolean;
        QVariant v;
        QVERIFY(CsvImporter::checkValue(flag, QStringLiteral("Yes"), &v).isEmpty());
        QCOMPARE(v.toLongLong(), 1LL);
        QVERIFY(CsvImporter::checkValue(flag, QStringLiteral("FALSE"), &v).isEmpty());
        QCOMPARE(v.toLongLong(), 0LL);
        QVERIFY(CsvImporter::checkValue(flag, QString(), &v).isEmpty());
        QVERIFY(v.isNull());

        ColumnDef grades;
        grades.column = QStringLiteral("grade_levels");
        grades.kind = ColumnDef::Kind::DescriptorList;
        grades.descriptor = QStringLiteral("GradeLevelDescriptor");
        QVERIFY(CsvImporter::checkValue(grades, QStringLiteral(" Ninth grade ;Tenth grade;"), &v).isEmpty());
        QCOMPARE(v.toString(), QStringLiteral("Ninth grade;Tenth grade"));
        QVERIFY(!CsvImporter::checkValue(grades, QStringLiteral("uri://x.org/GradeLevelDescriptor#"), &v).isEmpty());
    }

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<Database> m_database;
};

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "test_csvimporter.moc"
