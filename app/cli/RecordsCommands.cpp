#include "RecordsCommands.h"

#include "CommandCall.h"
#include "Console.h"
#include "CsvImporter.h"
#include "Database.h"
#include "Paths.h"
#include "RecordSchema.h"
#include "SampleDataGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace dexdesk::cli {

namespace {

const QString kSchoolYear = QStringLiteral("--school-year");
const QString kLea = QStringLiteral("--lea");

QString resourceNames()
{
    QStringList names;
    for (const RecordTable &t : RecordSchema::tables())
        names << t.resource;
    return names.join(QStringLiteral(", "));
}

// A whole number option within [low, high]; false with a usage message otherwise.
bool numberOption(const CommandLine &cl, const QString &option, qint64 low, qint64 high, qint64 *value, QString *error)
{
    if (!cl.hasValue(option))
        return true;
    bool ok = false;
    const qint64 n = cl.value(option).toLongLong(&ok);
    if (!ok || n < low || n > high) {
        *error = RecordsCommands::tr("%1 must be a whole number from %2 to %3, not \"%4\"")
                     .arg(option)
                     .arg(low)
                     .arg(high)
                     .arg(cl.value(option));
        return false;
    }
    *value = n;
    return true;
}

qint64 queuedChanges(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM change_queue")) && q.next() ? q.value(0).toLongLong() : 0;
}

QString countsText(const WriteCounts &c)
{
    return RecordsCommands::tr("%1 new, %2 changed, %3 unchanged").arg(c.inserted).arg(c.updated).arg(c.unchanged);
}

} // namespace

QString RecordsCommands::usage()
{
    return tr("dexdesk-cli [--database PATH] records import-csv RESOURCE FILE [--school-year Y] [--lea ID] "
              "[--replace] [--dry-run] | generate --students N [--seed S] [--school-year Y] [--lea ID] | "
              "count [--json]");
}

QString RecordsCommands::help()
{
    return tr("records import-csv RESOURCE FILE [--school-year Y] [--lea ID] [--replace] [--dry-run]\n"
              "    Imports a CSV file (UTF-8, comma separated, a header naming the columns) into the records\n"
              "    of RESOURCE, an Ed-Fi resource name such as students or studentSchoolAssociations. The\n"
              "    columns are those of the resource plus school_year and lea_id; --school-year and --lea\n"
              "    give them for a file without those columns. The whole file is checked first: on any\n"
              "    problem nothing changes and each problem is listed with its line. A row already stored\n"
              "    (same school year and key) is updated only when a value differs. --replace treats the\n"
              "    file as a full extract and deletes the rows of its school years that it lacks. --dry-run\n"
              "    checks the file and says what would change, without changing anything.\n"
              "records generate --students N [--seed S] [--school-year Y] [--lea ID]\n"
              "    Makes sample records: the LEA (default 255901) and its three schools, N students with their\n"
              "    school and LEA associations, and a staff member per 15 students with theirs, for school\n"
              "    year Y (default 2027). The same seed (default 1) always gives the same records.\n"
              "records count [--json]\n"
              "    Shows how many records there are of each resource and school year.\n");
}

int RecordsCommands::run(const CommandCall &call)
{
    const QString sub = call.args().value(0);
    if (sub == QLatin1String("import-csv"))
        return importCsv(call.subcommand());
    if (sub == QLatin1String("generate"))
        return generate(call.subcommand());
    if (sub == QLatin1String("count"))
        return count(call.subcommand());
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h"))
        return call.showHelp();
    return call.usageError(sub.isEmpty() ? tr("records: missing subcommand (import-csv, generate or count)")
                                         : tr("records: unknown subcommand \"%1\"").arg(sub));
}

int RecordsCommands::importCsv(const CommandCall &call)
{
    const QString kReplace = QStringLiteral("--replace"), kDryRun = QStringLiteral("--dry-run");
    CommandLine cl;
    if (const std::optional<int> done = call.parse(
            {{kReplace, kDryRun}, {kSchoolYear, kLea}, {QStringLiteral("RESOURCE"), QStringLiteral("FILE")}}, &cl))
        return *done;
    QString error;
    const QString resource = cl.positionals().at(0);
    const QString path = cl.positionals().at(1);
    if (!RecordSchema::find(resource)) {
        return call.usageError(
            tr("records import-csv: there are no \"%1\" records; use one of %2").arg(resource, resourceNames()));
    }
    CsvImportOptions options;
    qint64 year = 0;
    if (!numberOption(cl, kSchoolYear, 1900, 2100, &year, &error))
        return call.usageError(tr("records import-csv: %1").arg(error));
    options.schoolYear = int(year);
    options.leaId = cl.value(kLea);
    if (cl.hasValue(kLea) && options.leaId.isEmpty())
        return call.usageError(tr("records import-csv: --lea needs an LEA identifier"));
    options.replace = cl.isSet(kReplace);
    options.dryRun = cl.isSet(kDryRun);

    const std::unique_ptr<Database> database = Database::open(Paths::databaseFile(), &error);
    if (!database)
        return Console::fail(error);
    const qint64 queuedBefore = queuedChanges(database->connection());
    const CsvImportResult result = CsvImporter(database->connection()).importFile(resource, path, options);
    const QString file = QDir::toNativeSeparators(path);
    if (!result.ok) {
        Console::fail(
            tr("%1 was not imported; nothing was changed. Fix these problems and import it again:").arg(file));
        for (const QString &line : result.messages())
            Console::err(QStringLiteral("  ") + line);
        return ExitFailure;
    }
    if (options.dryRun) {
        Console::out(tr("Dry run: %1 is valid. Importing it into %2 would do this:").arg(file, resource));
        Console::out(QStringLiteral("  ") + result.summary());
        Console::out(tr("Nothing was changed."));
        return ExitSuccess;
    }
    Console::out(tr("Imported %1 into %2.").arg(file, resource));
    Console::out(QStringLiteral("  ") + result.summary());
    const qint64 queued = queuedChanges(database->connection()) - queuedBefore;
    if (queued > 0)
        Console::out(tr("  Changes queued for the agency: %1.").arg(queued));
    return ExitSuccess;
}

int RecordsCommands::generate(const CommandCall &call)
{
    const QString kStudents = QStringLiteral("--students"), kSeed = QStringLiteral("--seed");
    CommandLine cl;
    if (const std::optional<int> done = call.parse({{}, {kStudents, kSeed, kSchoolYear, kLea}, {}}, &cl))
        return *done;
    QString error;
    if (!cl.hasValue(kStudents))
        return call.usageError(tr("records generate: say how many students with --students N"));
    SampleDataOptions options;
    qint64 students = 0, year = options.schoolYear, seed = qint64(options.seed);
    if (!numberOption(cl, kStudents, 1, SampleDataGenerator::kMaxStudents, &students, &error)
        || !numberOption(cl, kSeed, 0, std::numeric_limits<qint64>::max(), &seed, &error)
        || !numberOption(cl, kSchoolYear, 1930, 2100, &year, &error))
        return call.usageError(tr("records generate: %1").arg(error));
    options.students = int(students);
    options.seed = quint64(seed);
    options.schoolYear = int(year);
    if (cl.hasValue(kLea))
        options.leaId = cl.value(kLea);
    const SampleDataGenerator generator(options);
    const QString problem = generator.checkOptions();
    if (!problem.isEmpty())
        return call.usageError(tr("records generate: %1").arg(problem));

    const std::unique_ptr<Database> database = Database::open(Paths::databaseFile(), &error);
    if (!database)
        return Console::fail(error);
    QElapsedTimer timer;
    timer.start();
    GeneratedCounts counts;
    if (!generator.write(database->connection(), &counts, &error))
        return Console::fail(error);
    Console::out(tr("Sample records for LEA %1, school year %2 (seed %3), written in %4 s:")
                     .arg(options.leaId)
                     .arg(options.schoolYear)
                     .arg(options.seed)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    for (const auto &c : std::as_const(counts))
        Console::out(QStringLiteral("  %1: %2").arg(c.first, countsText(c.second)));
    return ExitSuccess;
}

int RecordsCommands::count(const CommandCall &call)
{
    const QString kJson = QStringLiteral("--json");
    CommandLine cl;
    if (const std::optional<int> done = call.parse({{kJson}, {}, {}}, &cl))
        return *done;
    QString error;
    const std::unique_ptr<Database> database = Database::open(Paths::databaseFile(), &error);
    if (!database)
        return Console::fail(error);
    QJsonArray items;
    QStringList lines;
    qint64 total = 0;
    for (const RecordTable &t : RecordSchema::tables()) {
        QSqlQuery q(database->connection());
        if (!q.exec(QStringLiteral("SELECT school_year, COUNT(*) FROM %1 GROUP BY school_year ORDER BY school_year")
                        .arg(t.table)))
            return Console::fail(tr("Cannot count the %1 records: %2").arg(t.resource, Database::lastError(q)));
        while (q.next()) {
            const int year = q.value(0).toInt();
            const qint64 rows = q.value(1).toLongLong();
            total += rows;
            items.append(QJsonObject {{QStringLiteral("resource"), t.resource},
                                      {QStringLiteral("schoolYear"), year},
                                      {QStringLiteral("rows"), rows}});
            lines << QStringLiteral("  %1  %2  %3").arg(t.resource, -48).arg(year).arg(rows, 9);
        }
    }
    if (cl.isSet(kJson)) {
        const QJsonObject root {{QStringLiteral("counts"), items}, {QStringLiteral("total"), total}};
        Console::writeOut(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (items.isEmpty()) {
        Console::out(tr("There are no district records yet. Import them with \"dexdesk-cli records import-csv\", or "
                        "make sample records with \"dexdesk-cli records generate --students 100\"."));
        return ExitSuccess;
    }
    Console::out(QStringLiteral("  %1  %2  %3").arg(tr("Resource"), -48).arg(tr("Year")).arg(tr("Rows"), 9));
    Console::outLines(lines);
    Console::out(tr("Records in all: %1").arg(total));
    return ExitSuccess;
}

} // namespace dexdesk::cli
