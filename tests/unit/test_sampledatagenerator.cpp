// SampleDataGenerator: the same seed gives the same records and another seed others; every
// association points at a generated student, staff member or school; every value passes the
// importer's own checks; and writing twice changes nothing the second time.

#include "CsvImporter.h"
#include "SampleDataGenerator.h"
#include "TestSupport.h"

#include <QDate>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const RecordRows *rowsOf(const QList<RecordRows> &all, const QString &resource)
{
    for (const RecordRows &r : all) {
        if (r.table->resource == resource)
            return &r;
    }
    return nullptr;
}

QSet<QString> valuesOf(const RecordRows &rows, const QString &column)
{
    QSet<QString> set;
    const qsizetype i = rows.columns.indexOf(column);
    for (const QVariantList &row : rows.rows)
        set.insert(row.at(i).toString());
    return set;
}

SampleDataOptions options(int students, quint64 seed)
{
    SampleDataOptions o;
    o.students = students;
    o.seed = seed;
    return o;
}

} // namespace

class TestSampleDataGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameRecords()
    {
        const QList<RecordRows> a = SampleDataGenerator(options(300, 42)).generate();
        const QList<RecordRows> b = SampleDataGenerator(options(300, 42)).generate();
        QCOMPARE(a.size(), b.size());
        for (qsizetype t = 0; t < a.size(); ++t) {
            QCOMPARE(a.at(t).columns, b.at(t).columns);
            QCOMPARE(a.at(t).rows, b.at(t).rows);
        }
        // Fixed values, so a change of the algorithm (or a platform difference) shows.
        const RecordRows *students = rowsOf(a, QStringLiteral("students"));
        QVERIFY(students);
        QCOMPARE(students->rows.size(), 300);
        QStringList first;
        for (const char *column : {"school_year", "lea_id", "student_unique_id", "first_name", "middle_name",
                                   "last_surname", "generation_code_suffix", "birth_date", "birth_city"})
            first << students->rows.first().at(students->columns.indexOf(QLatin1String(column))).toString();
        QCOMPARE(first.join(u'|'), QStringLiteral("2027|255901|750042|Levi||Okafor||2011-05-10|Lubbock"));
        // The first students are also what students() gives, for benchmarks.
        const RecordRows some = SampleDataGenerator(options(300, 42)).students(10, 5);
        QCOMPARE(some.rows, students->rows.mid(10, 5));
    }

    void otherSeedOtherRecords()
    {
        const QList<RecordRows> a = SampleDataGenerator(options(100, 1)).generate();
        const QList<RecordRows> b = SampleDataGenerator(options(100, 2)).generate();
        const RecordRows *sa = rowsOf(a, QStringLiteral("students"));
        const RecordRows *sb = rowsOf(b, QStringLiteral("students"));
        QVERIFY(sa->rows != sb->rows);
        QVERIFY(valuesOf(*sa, QStringLiteral("student_unique_id"))
                != valuesOf(*sb, QStringLiteral("student_unique_id")));
    }

    void countsAndUniqueIds()
    {
        SampleDataGenerator gen(options(1000, 7));
        const QList<RecordRows> all = gen.generate();
        QCOMPARE(gen.staffCount(), 67);
        QCOMPARE(rowsOf(all, QStringLiteral("localEducationAgencies"))->rows.size(), 1);
        QCOMPARE(rowsOf(all, QStringLiteral("schools"))->rows.size(), 3);
        QCOMPARE(rowsOf(all, QStringLiteral("studentSchoolAssociations"))->rows.size(), 1000);
        QCOMPARE(rowsOf(all, QStringLiteral("studentEducationOrganizationAssociations"))->rows.size(), 1000);
        QCOMPARE(rowsOf(all, QStringLiteral("staffs"))->rows.size(), 67);
        QCOMPARE(rowsOf(all, QStringLiteral("staffSchoolAssociations"))->rows.size(), 67);
        QCOMPARE(rowsOf(all, QStringLiteral("staffEducationOrganizationAssignmentAssociations"))->rows.size(), 67);
        const QSet<QString> ids
            = valuesOf(*rowsOf(all, QStringLiteral("students")), QStringLiteral("student_unique_id"));
        QCOMPARE(ids.size(), 1000);
        for (const QString &id : ids)
            QVERIFY2(id.toInt() >= 600000 && id.toInt() <= 999999, qPrintable(id));
        for (const QString &id : valuesOf(*rowsOf(all, QStringLiteral("staffs")), QStringLiteral("staff_unique_id")))
            QVERIFY2(id.toInt() >= 100000 && id.toInt() < 500000, qPrintable(id));
        QCOMPARE(gen.schoolIds(), (QList<qint64> {255901001, 255901044, 255901107}));
    }

    void associationsReferToGeneratedRecords()
    {
        const QList<RecordRows> all = SampleDataGenerator(options(500, 3)).generate();
        const QSet<QString> studentIds
            = valuesOf(*rowsOf(all, QStringLiteral("students")), QStringLiteral("student_unique_id"));
        const QSet<QString> staffIds
            = valuesOf(*rowsOf(all, QStringLiteral("staffs")), QStringLiteral("staff_unique_id"));
        const QSet<QString> schoolIds = valuesOf(*rowsOf(all, QStringLiteral("schools")), QStringLiteral("school_id"));
        const QSet<QString> leaIds = valuesOf(*rowsOf(all, QStringLiteral("localEducationAgencies")),
                                              QStringLiteral("local_education_agency_id"));
        QCOMPARE(leaIds, QSet<QString> {QStringLiteral("255901")});
        QCOMPARE(valuesOf(*rowsOf(all, QStringLiteral("schools")), QStringLiteral("local_education_agency_id")),
                 leaIds);

        const RecordRows *ssa = rowsOf(all, QStringLiteral("studentSchoolAssociations"));
        QCOMPARE(valuesOf(*ssa, QStringLiteral("student_unique_id")), studentIds);
        QVERIFY(schoolIds.contains(valuesOf(*ssa, QStringLiteral("school_id"))));
        const RecordRows *seoa = rowsOf(all, QStringLiteral("studentEducationOrganizationAssociations"));
        QCOMPARE(valuesOf(*seoa, QStringLiteral("student_unique_id")), studentIds);
        QCOMPARE(valuesOf(*seoa, QStringLiteral("education_organization_id")), leaIds);
        const RecordRows *stsa = rowsOf(all, QStringLiteral("staffSchoolAssociations"));
        QCOMPARE(valuesOf(*stsa, QStringLiteral("staff_unique_id")), staffIds);
        QCOMPARE(valuesOf(*stsa, QStringLiteral("school_id")), schoolIds);
        const RecordRows *seaa = rowsOf(all, QStringLiteral("staffEducationOrganizationAssignmentAssociations"));
        QCOMPARE(valuesOf(*seaa, QStringLiteral("staff_unique_id")), staffIds);
        QVERIFY(schoolIds.contains(valuesOf(*seaa, QStringLiteral("education_organization_id"))));
        QVERIFY(valuesOf(*seaa, QStringLiteral("staff_classification")).contains(QStringLiteral("Principal")));
    }

    void gradesMatchSchoolsAndAges()
    {
        const QList<RecordRows> all = SampleDataGenerator(options(400, 5)).generate();
        const RecordRows *students = rowsOf(all, QStringLiteral("students"));
        const RecordRows *ssa = rowsOf(all, QStringLiteral("studentSchoolAssociations"));
        const RecordRows *schools = rowsOf(all, QStringLiteral("schools"));
        QHash<QString, QStringList> gradesOfSchool;
        for (const QVariantList &row : schools->rows) {
            gradesOfSchool.insert(
                row.at(schools->columns.indexOf(QStringLiteral("school_id"))).toString(),
                row.at(schools->columns.indexOf(QStringLiteral("grade_levels"))).toString().split(QLatin1Char(';')));
        }
        const QStringList order {
            QStringLiteral("Kindergarten"), QStringLiteral("First grade"),   QStringLiteral("Second grade"),
            QStringLiteral("Third grade"),  QStringLiteral("Fourth grade"),  QStringLiteral("Fifth grade"),
            QStringLiteral("Sixth grade"),  QStringLiteral("Seventh grade"), QStringLiteral("Eighth grade"),
            QStringLiteral("Ninth grade"),  QStringLiteral("Tenth grade"),   QStringLiteral("Eleventh grade"),
            QStringLiteral("Twelfth grade")};
        for (qsizetype i = 0; i < ssa->rows.size(); ++i) {
            const QVariantList &a = ssa->rows.at(i);
            const QString grade = a.at(ssa->columns.indexOf(QStringLiteral("entry_grade_level"))).toString();
            const QString school = a.at(ssa->columns.indexOf(QStringLiteral("school_id"))).toString();
            QVERIFY2(gradesOfSchool.value(school).contains(grade), qPrintable(school + u' ' + grade));
            const QDate entry
                = QDate::fromString(a.at(ssa->columns.indexOf(QStringLiteral("entry_date"))).toString(), Qt::ISODate);
            QCOMPARE(entry.year(), 2026);
            QCOMPARE(entry.month(), 8);
            // Same order: the association of student i is row i.
            const QVariantList &s = students->rows.at(i);
            QCOMPARE(s.at(students->columns.indexOf(QStringLiteral("student_unique_id"))),
                     a.at(ssa->columns.indexOf(QStringLiteral("student_unique_id"))));
            const QDate birth = QDate::fromString(
                s.at(students->columns.indexOf(QStringLiteral("birth_date"))).toString(), Qt::ISODate);
            const QDate start(2026, 9, 1);
            int age = start.year() - birth.year();
            if (QDate(start.year(), birth.month(), birth.day()) > start)
                --age;
            QCOMPARE(age, 5 + int(order.indexOf(grade)));
        }
    }

    void everyValuePassesTheImportChecks()
    {
        const QList<RecordRows> all = SampleDataGenerator(options(2000, 11)).generate();
        QCOMPARE(all.size(), RecordSchema::tables().size());
        for (const RecordRows &rows : all) {
            for (const QVariantList &row : rows.rows) {
                QCOMPARE(row.size(), rows.columns.size());
                for (qsizetype i = 0; i < row.size(); ++i) {
                    const QString text = row.at(i).toString();
                    const QString column = rows.columns.at(i);
                    QVariant typed;
                    QString problem;
                    if (column == RecordSchema::kSchoolYear)
                        problem = CsvImporter::checkSchoolYear(text, &typed);
                    else if (column == RecordSchema::kLeaId)
                        problem = CsvImporter::checkLeaId(text, &typed);
                    else
                        problem = CsvImporter::checkValue(*rows.table->column(column), text, &typed);
                    QVERIFY2(problem.isEmpty(), qPrintable(rows.table->resource + u' ' + column + u' ' + problem));
                    // What is written is what the importer would have written.
                    QVERIFY2(typed == row.at(i) || (typed.isNull() && row.at(i).isNull()),
                             qPrintable(rows.table->resource + u' ' + column + u' ' + text));
                }
            }
        }
    }

    void writesOnceThenChangesNothing()
    {
        TestEnvironment env;
        auto database = env.openDatabase();
        QVERIFY(database);
        const QSqlDatabase db = database->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE capture_control SET enabled = 1")));
        SampleDataGenerator gen(options(200, 9));
        GeneratedCounts counts;
        QString error;
        QVERIFY2(gen.write(db, &counts, &error), qPrintable(error));
        QCOMPARE(counts.size(), RecordSchema::tables().size());
        QCOMPARE(counts.first().first, QStringLiteral("localEducationAgencies"));
        qint64 inserted = 0;
        for (const auto &c : std::as_const(counts))
            inserted += c.second.inserted;
        QCOMPARE(inserted, qint64(1 + 3 + 200 * 3 + gen.staffCount() * 3));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM rec_students")) && q.next());
        QCOMPARE(q.value(0).toInt(), 200);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM change_queue")) && q.next());
        const int queued = q.value(0).toInt();
        QCOMPARE(queued, 200 * 3 + gen.staffCount() * 3); // the LEA and schools are not published

        QVERIFY2(gen.write(db, &counts, &error), qPrintable(error));
        for (const auto &c : std::as_const(counts))
            QCOMPARE(c.second.changed(), qint64(0));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM change_queue")) && q.next());
        QCOMPARE(q.value(0).toInt(), queued);
    }

    void badOptionsAreRefused()
    {
        SampleDataOptions o;
        o.students = 0;
        QVERIFY(!SampleDataGenerator(o).checkOptions().isEmpty());
        o.students = 10;
        o.leaId = QStringLiteral("abc");
        QVERIFY(!SampleDataGenerator(o).checkOptions().isEmpty());
        o.leaId = QStringLiteral("255901");
        o.schoolYear = 27;
        QVERIFY(!SampleDataGenerator(o).checkOptions().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSampleDataGenerator)
#include "test_sampledatagenerator.moc"
