#include "SampleDataGenerator.h"

#include "Database.h"
#include "SettingsValidator.h"

#include <QDate>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <functional>
#include <memory>

namespace dexdesk {

namespace {

// SplitMix64: tiny, fast and the same everywhere (std:: distributions differ between libraries).
quint64 mix(quint64 z)
{
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// One stream per entity, so a student's records do not depend on how many came before.
class Rng
{
public:
    Rng(quint64 seed, quint64 stream, quint64 index)
        : m_state(mix(seed ^ mix((stream << 40) ^ index)))
    { }
    quint64 next() { return mix(m_state += 0x9e3779b97f4a7c15ULL); }
    int below(int n) { return int(next() % quint64(n)); }
    bool percent(int p) { return below(100) < p; }
    template<typename List> auto pick(const List &list) { return list[below(int(std::size(list)))]; }

private:
    quint64 m_state;
};

enum Stream : quint64 { StudentStream = 1, StaffStream = 2, IdStream = 3 };

constexpr std::array kFemale {
    "Olivia",  "Emma",      "Ava",   "Sophia",  "Isabella",  "Mia",       "Amelia",   "Harper", "Evelyn", "Abigail",
    "Emily",   "Elizabeth", "Sofia", "Madison", "Avery",     "Ella",      "Scarlett", "Grace",  "Chloe",  "Victoria",
    "Riley",   "Aria",      "Lily",  "Aubrey",  "Zoey",      "Penelope",  "Layla",    "Nora",   "Camila", "Hannah",
    "Addison", "Leah",      "Lucia", "Ximena",  "Valentina", "Guadalupe", "Aaliyah",  "Naomi",  "Maya",   "Jasmine"};
constexpr std::array kMale {"Liam",    "Noah",      "William",   "James",   "Oliver", "Benjamin", "Elijah", "Lucas",
                            "Mason",   "Logan",     "Alexander", "Ethan",   "Jacob",  "Michael",  "Daniel", "Henry",
                            "Jackson", "Sebastian", "Aiden",     "Matthew", "Samuel", "David",    "Joseph", "Carter",
                            "Owen",    "Wyatt",     "John",      "Jack",    "Luke",   "Jayden",   "Dylan",  "Grayson",
                            "Levi",    "Isaac",     "Gabriel",   "Julian",  "Mateo",  "Santiago", "Diego",  "Jose"};
constexpr std::array kLast {
    "Smith",    "Johnson",   "Williams", "Brown",    "Jones",    "Garcia",   "Miller",     "Davis",      "Rodriguez",
    "Martinez", "Hernandez", "Lopez",    "Gonzalez", "Wilson",   "Anderson", "Thomas",     "Taylor",     "Moore",
    "Jackson",  "Martin",    "Lee",      "Perez",    "Thompson", "White",    "Harris",     "Sanchez",    "Clark",
    "Ramirez",  "Lewis",     "Robinson", "Walker",   "Young",    "Allen",    "King",       "Wright",     "Scott",
    "Torres",   "Nguyen",    "Hill",     "Flores",   "Green",    "Adams",    "Nelson",     "Baker",      "Hall",
    "Rivera",   "Campbell",  "Mitchell", "Carter",   "Roberts",  "O'Brien",  "Villarreal", "De La Cruz", "Nakamura",
    "Okafor",   "Schmidt",   "Kowalski", "Patel",    "Begay",    "Yazzie"};
constexpr std::array kCities {"Grand Bend", "Austin",   "San Antonio", "Houston",        "Dallas",    "El Paso",
                              "Lubbock",    "Amarillo", "Waco",        "Corpus Christi", "Monterrey", "Tulsa"};
constexpr std::array kSuffixes {"Jr", "III", "II"};

// Grade 0 is Kindergarten.
const std::array<QString, 13> &gradeNames()
{
    static const std::array<QString, 13> names {
        QStringLiteral("Kindergarten"), QStringLiteral("First grade"),   QStringLiteral("Second grade"),
        QStringLiteral("Third grade"),  QStringLiteral("Fourth grade"),  QStringLiteral("Fifth grade"),
        QStringLiteral("Sixth grade"),  QStringLiteral("Seventh grade"), QStringLiteral("Eighth grade"),
        QStringLiteral("Ninth grade"),  QStringLiteral("Tenth grade"),   QStringLiteral("Eleventh grade"),
        QStringLiteral("Twelfth grade")};
    return names;
}

struct SchoolPlan {
    int suffix; // the school id is the LEA id followed by these three digits
    const char *name; // after the district's name
    int lowGrade;
    int highGrade;
};
constexpr std::array<SchoolPlan, 3> kSchools {
    {{1, "High School", 9, 12}, {44, "Middle School", 6, 8}, {107, "Elementary School", 0, 5}}};

int schoolForGrade(int grade)
{
    for (int s = 0; s < int(kSchools.size()); ++s) {
        if (grade >= kSchools[s].lowGrade && grade <= kSchools[s].highGrade)
            return s;
    }
    return 0;
}

QString gradeRange(int school)
{
    QStringList grades;
    for (int g = kSchools[school].lowGrade; g <= kSchools[school].highGrade; ++g)
        grades << gradeNames()[g];
    return grades.join(QLatin1Char(';'));
}

// A unique id for entity `index` of `count`: a permutation of a block of numbers that starts
// with `leadingDigit` (1… for staff, 6… for students), so the ids look issued, not counted.
QString uniqueId(int index, int count, int leadingDigit, quint64 seed)
{
    quint64 unit = 100000; // six digits
    while (4 * unit < quint64(count))
        unit *= 10;
    const quint64 block = 4 * unit;
    const quint64 offset = mix(seed ^ (IdStream << 40) ^ quint64(leadingDigit)) % block;
    // 7919 is prime and the block is 2^a * 5^b, so i -> i * 7919 + offset is one-to-one.
    return QString::number(quint64(leadingDigit) * unit + (quint64(index) * 7919 + offset) % block);
}

QString date(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QString districtName(const QString &leaId)
{
    if (leaId == QLatin1String("255901"))
        return QStringLiteral("Grand Bend");
    return QStringLiteral("District %1").arg(leaId);
}

// The columns of one table and a row in their order.
class RowShape
{
public:
    explicit RowShape(const RecordTable &t)
        : table(&t)
        , columns(RecordRows::allColumns(t))
    {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            m_index.insert(columns.at(i), int(i));
            const ColumnDef *c = t.column(columns.at(i));
            if (c && c->kind == ColumnDef::Kind::Boolean)
                m_flags << int(i);
        }
    }
    QVariantList start(qint64 year, const QString &lea) const
    {
        QVariantList row(columns.size());
        row[0] = year;
        row[1] = lea;
        // A flag the generator does not know of is false, not missing (such columns are NOT NULL).
        for (int i : m_flags)
            row[i] = qint64(0);
        return row;
    }
    void set(QVariantList &row, const QString &column, const QVariant &value) const
    {
        Q_ASSERT(m_index.contains(column));
        row[m_index.value(column)] = value;
    }

    const RecordTable *table;
    QStringList columns;

private:
    QHash<QString, int> m_index;
    QList<int> m_flags;
};

enum Table { LeaTable, Schools, Students, Staffs, StudentSchool, StudentEdOrg, StaffSchool, StaffEdOrg, TableCount };

const std::array<RowShape, TableCount> &shapes()
{
    static const std::array<RowShape, TableCount> list {
        RowShape(*RecordSchema::find(QStringLiteral("localEducationAgencies"))),
        RowShape(*RecordSchema::find(QStringLiteral("schools"))),
        RowShape(*RecordSchema::find(QStringLiteral("students"))),
        RowShape(*RecordSchema::find(QStringLiteral("staffs"))),
        RowShape(*RecordSchema::find(QStringLiteral("studentSchoolAssociations"))),
        RowShape(*RecordSchema::find(QStringLiteral("studentEducationOrganizationAssociations"))),
        RowShape(*RecordSchema::find(QStringLiteral("staffSchoolAssociations"))),
        RowShape(*RecordSchema::find(QStringLiteral("staffEducationOrganizationAssignmentAssociations"))),
    };
    return list;
}

// A student's facts, drawn from the student's own stream.
struct Student {
    QString id;
    bool female = false;
    QString first, middle, last, suffix, birthCity;
    QDate birth;
    int grade = 0;
    QString entryType;
    bool hispanic = false;
};

} // namespace

namespace {

Student drawStudent(const SampleDataOptions &o, int index)
{
    Rng rng(o.seed, StudentStream, quint64(index));
    Student s;
    s.id = uniqueId(index, o.students, 6, o.seed);
    s.grade = rng.below(13);
    s.female = rng.percent(49);
    s.first = QString::fromLatin1(s.female ? rng.pick(kFemale) : rng.pick(kMale));
    if (rng.percent(70))
        s.middle = QString::fromLatin1(s.female ? rng.pick(kFemale) : rng.pick(kMale));
    s.last = QString::fromLatin1(rng.pick(kLast));
    if (!s.female && rng.percent(3))
        s.suffix = QString::fromLatin1(rng.pick(kSuffixes));
    if (rng.percent(60))
        s.birthCity = QString::fromLatin1(rng.pick(kCities));
    // Five years old on 1 September when the school year starts, plus a year for each grade.
    const QDate first(o.schoolYear - 1 - 6 - s.grade, 9, 2);
    s.birth = first.addDays(rng.below(365));
    const int entry = rng.below(100);
    if (s.grade == 0)
        s.entryType = entry < 85 ? QStringLiteral("New to education system") : QStringLiteral("Transfer");
    else if (entry < 80)
        s.entryType = QStringLiteral("Next year school");
    else if (entry < 95)
        s.entryType = QStringLiteral("Transfer");
    else
        s.entryType = QStringLiteral("Re-entry");
    s.hispanic = rng.percent(28);
    return s;
}

} // namespace

SampleDataGenerator::SampleDataGenerator(SampleDataOptions options)
    : m_options(std::move(options))
{ }

QString SampleDataGenerator::checkOptions() const
{
    if (m_options.students < 1 || m_options.students > kMaxStudents)
        return tr("The number of students must be from 1 to %1.").arg(kMaxStudents);
    if (m_options.schoolYear < 1930 || m_options.schoolYear > 2100)
        return tr("The school year must be from 1930 to 2100 (the year in which it ends, e.g. 2027).");
    // School ids are the LEA id followed by three digits; they must stay within the integer range.
    const QString leaProblem = SettingsValidator::checkLeaId(m_options.leaId);
    if (!leaProblem.isEmpty())
        return leaProblem;
    return {};
}

int SampleDataGenerator::staffCount() const
{
    return std::max(int(kSchools.size()), (m_options.students + 14) / 15);
}

QList<qint64> SampleDataGenerator::schoolIds() const
{
    QList<qint64> ids;
    for (const SchoolPlan &p : kSchools)
        ids << m_options.leaId.toLongLong() * 1000 + p.suffix;
    return ids;
}

namespace {

QVariantList studentRecord(const SampleDataOptions &o, const Student &s)
{
    const RowShape &shape = shapes()[Students];
    QVariantList row = shape.start(o.schoolYear, o.leaId);
    shape.set(row, QStringLiteral("student_unique_id"), s.id);
    shape.set(row, QStringLiteral("first_name"), s.first);
    if (!s.middle.isEmpty())
        shape.set(row, QStringLiteral("middle_name"), s.middle);
    shape.set(row, QStringLiteral("last_surname"), s.last);
    if (!s.suffix.isEmpty())
        shape.set(row, QStringLiteral("generation_code_suffix"), s.suffix);
    shape.set(row, QStringLiteral("birth_date"), date(s.birth));
    if (!s.birthCity.isEmpty())
        shape.set(row, QStringLiteral("birth_city"), s.birthCity);
    return row;
}

} // namespace

QVariantList SampleDataGenerator::studentRow(int index) const
{
    return studentRecord(m_options, drawStudent(m_options, index));
}

bool SampleDataGenerator::produce(const std::function<bool(int, QVariantList)> &sink) const
{
    const SampleDataOptions &o = m_options;
    const qint64 year = o.schoolYear;
    const QString &lea = o.leaId;
    const QString town = districtName(lea);
    const QList<qint64> schools = schoolIds();
    const auto &sh = shapes();

    QVariantList row = sh[LeaTable].start(year, lea);
    sh[LeaTable].set(row, QStringLiteral("local_education_agency_id"), lea.toLongLong());
    sh[LeaTable].set(row, QStringLiteral("name_of_institution"), QStringLiteral("%1 ISD").arg(town));
    sh[LeaTable].set(row, QStringLiteral("local_education_agency_category"), QStringLiteral("Independent"));
    sh[LeaTable].set(row, QStringLiteral("categories"), QStringLiteral("Local Education Agency"));
    if (!sink(LeaTable, row))
        return false;
    for (int s = 0; s < int(kSchools.size()); ++s) {
        row = sh[Schools].start(year, lea);
        sh[Schools].set(row, QStringLiteral("school_id"), schools.at(s));
        sh[Schools].set(row, QStringLiteral("name_of_institution"),
                        QString(town + QLatin1Char(' ') + QLatin1String(kSchools[s].name)));
        sh[Schools].set(row, QStringLiteral("categories"), QStringLiteral("School"));
        sh[Schools].set(row, QStringLiteral("grade_levels"), gradeRange(s));
        sh[Schools].set(row, QStringLiteral("local_education_agency_id"), lea.toLongLong());
        if (!sink(Schools, row))
            return false;
    }

    const QDate schoolStart(o.schoolYear - 1, 8, 1);
    for (int i = 0; i < o.students; ++i) {
        const Student s = drawStudent(o, i);
        if (!sink(Students, studentRecord(o, s)))
            return false;
        Rng rng(o.seed, StudentStream, quint64(i) | (quint64(1) << 39));
        row = sh[StudentSchool].start(year, lea);
        sh[StudentSchool].set(row, QStringLiteral("student_unique_id"), s.id);
        sh[StudentSchool].set(row, QStringLiteral("school_id"), schools.at(schoolForGrade(s.grade)));
        sh[StudentSchool].set(row, QStringLiteral("entry_date"), date(schoolStart.addDays(9 + rng.below(10))));
        sh[StudentSchool].set(row, QStringLiteral("entry_grade_level"), gradeNames()[s.grade]);
        sh[StudentSchool].set(row, QStringLiteral("entry_type"), s.entryType);
        sh[StudentSchool].set(row, QStringLiteral("primary_school"), qint64(1));
        if (!sink(StudentSchool, row))
            return false;
        row = sh[StudentEdOrg].start(year, lea);
        sh[StudentEdOrg].set(row, QStringLiteral("student_unique_id"), s.id);
        sh[StudentEdOrg].set(row, QStringLiteral("education_organization_id"), lea.toLongLong());
        sh[StudentEdOrg].set(row, QStringLiteral("sex"), s.female ? QStringLiteral("Female") : QStringLiteral("Male"));
        sh[StudentEdOrg].set(row, QStringLiteral("hispanic_latino_ethnicity"), qint64(s.hispanic ? 1 : 0));
        if (!sink(StudentEdOrg, row))
            return false;
    }

    const int staff = staffCount();
    for (int j = 0; j < staff; ++j) {
        Rng rng(o.seed, StaffStream, quint64(j));
        const QString id = uniqueId(j, staff, 1, o.seed);
        const bool female = rng.percent(70);
        const QString first = QString::fromLatin1(female ? rng.pick(kFemale) : rng.pick(kMale));
        const QString last = QString::fromLatin1(rng.pick(kLast));
        // The first staff member of each school is its principal; teachers follow the enrolment.
        int school = j < int(kSchools.size()) ? j : 0;
        QString classification = QStringLiteral("Principal");
        QString program = QStringLiteral("Regular Education");
        QString grades = gradeRange(school);
        QString title = QStringLiteral("Principal");
        if (j >= int(kSchools.size())) {
            const int grade = rng.below(13);
            school = schoolForGrade(grade);
            grades = gradeRange(school);
            const int role = rng.below(100);
            if (role < 84) {
                classification = QStringLiteral("Teacher");
                grades = gradeNames()[grade];
                title = QStringLiteral("Teacher, ") + grades;
            } else if (role < 90) {
                classification = QStringLiteral("Substitute Teacher");
                title = QStringLiteral("Substitute Teacher");
            } else if (role < 96) {
                classification = QStringLiteral("Counselor");
                title = QStringLiteral("School Counselor");
            } else {
                classification = QStringLiteral("Assistant Principal");
                title = QStringLiteral("Assistant Principal");
            }
            const int p = rng.below(100);
            if (classification == QLatin1String("Teacher") && p < 12)
                program = QStringLiteral("Special Education");
            else if (classification == QLatin1String("Teacher") && p < 17)
                program = QStringLiteral("Bilingual/English as a Second Language");
            else if (classification == QLatin1String("Teacher") && p < 20)
                program = QStringLiteral("Title I-Academic");
        }
        const int age = 24 + rng.below(40);
        const QDate birth = QDate(o.schoolYear - 1 - age, 1, 1).addDays(rng.below(365));
        const int service = std::min(age - 23, rng.below(25));
        const QDate begin = QDate(o.schoolYear - 1 - service, 8, 1).addDays(rng.below(15));

        row = sh[Staffs].start(year, lea);
        sh[Staffs].set(row, QStringLiteral("staff_unique_id"), id);
        sh[Staffs].set(row, QStringLiteral("first_name"), first);
        if (rng.percent(60))
            sh[Staffs].set(row, QStringLiteral("middle_name"),
                           QString::fromLatin1(female ? rng.pick(kFemale) : rng.pick(kMale)));
        sh[Staffs].set(row, QStringLiteral("last_surname"), last);
        sh[Staffs].set(row, QStringLiteral("birth_date"), date(birth));
        sh[Staffs].set(row, QStringLiteral("sex"), female ? QStringLiteral("Female") : QStringLiteral("Male"));
        QString login = first.left(1) + last + id.right(4);
        login.remove(QLatin1Char('\'')).remove(QLatin1Char(' '));
        sh[Staffs].set(row, QStringLiteral("login_id"), login.toLower());
        if (!sink(Staffs, row))
            return false;

        row = sh[StaffSchool].start(year, lea);
        sh[StaffSchool].set(row, QStringLiteral("staff_unique_id"), id);
        sh[StaffSchool].set(row, QStringLiteral("school_id"), schools.at(school));
        sh[StaffSchool].set(row, QStringLiteral("program_assignment"), program);
        sh[StaffSchool].set(row, QStringLiteral("grade_levels"), grades);
        if (!sink(StaffSchool, row))
            return false;

        row = sh[StaffEdOrg].start(year, lea);
        sh[StaffEdOrg].set(row, QStringLiteral("staff_unique_id"), id);
        sh[StaffEdOrg].set(row, QStringLiteral("education_organization_id"), schools.at(school));
        sh[StaffEdOrg].set(row, QStringLiteral("staff_classification"), classification);
        sh[StaffEdOrg].set(row, QStringLiteral("begin_date"), date(begin));
        sh[StaffEdOrg].set(row, QStringLiteral("position_title"), title);
        if (!sink(StaffEdOrg, row))
            return false;
    }
    return true;
}

QList<RecordRows> SampleDataGenerator::generate() const
{
    QList<RecordRows> tables;
    for (const RowShape &shape : shapes())
        tables.append(RecordRows {shape.table, shape.columns, {}});
    if (checkOptions().isEmpty()) {
        produce([&tables](int table, QVariantList row) {
            tables[table].rows.append(std::move(row));
            return true;
        });
    }
    return tables;
}

RecordRows SampleDataGenerator::students(int first, int count) const
{
    RecordRows rows {shapes()[Students].table, shapes()[Students].columns, {}};
    rows.rows.reserve(count);
    for (int i = first; i < first + count; ++i)
        rows.rows.append(studentRow(i));
    return rows;
}

bool SampleDataGenerator::write(QSqlDatabase db, GeneratedCounts *counts, QString *error) const
{
    const QString problem = checkOptions();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!db.transaction()) {
        *error = tr("Cannot start writing to the database: %1. Another program may be holding it; try again.")
                     .arg(db.lastError().text());
        return false;
    }
    std::array<std::unique_ptr<RecordWriter>, TableCount> writers;
    QString failure;
    bool ok = true;
    for (int t = 0; ok && t < TableCount; ++t) {
        writers[t]
            = std::make_unique<RecordWriter>(db, *shapes()[t].table, shapes()[t].columns, RecordWriter::Options());
        ok = writers[t]->prepare(&failure);
    }
    ok = ok && produce([&](int table, QVariantList row) { return writers[table]->write(row, &failure); });
    for (int t = 0; ok && t < TableCount; ++t)
        ok = writers[t]->finish(&failure);
    if (ok && !db.commit()) {
        ok = false;
        failure = tr("Saving the records failed: %1.").arg(db.lastError().text());
    }
    if (!ok) {
        db.rollback();
        *error = tr("Generating the sample records failed: %1 Nothing was changed.").arg(failure);
        return false;
    }
    counts->clear();
    // In dependency order (RecordSchema's), as the rest of the program lists resources.
    for (const RecordTable &t : RecordSchema::tables()) {
        for (int i = 0; i < TableCount; ++i) {
            if (shapes()[i].table == &t)
                counts->append({t.resource, writers[i]->counts()});
        }
    }
    return true;
}

bool SampleDataGenerator::addBrokenEnrolments(QSqlDatabase db, qint64 schoolId, int count, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("INSERT INTO rec_student_school_associations (school_year, lea_id, student_unique_id, "
                              "school_id, entry_date, entry_grade_level, entry_type) SELECT school_year, lea_id, "
                              "student_unique_id, %1, entry_date, entry_grade_level, entry_type FROM "
                              "rec_student_school_associations ORDER BY id LIMIT %2")
                   .arg(schoolId)
                   .arg(count)))
        return true;
    *error = Database::lastError(q);
    return false;
}

} // namespace dexdesk
