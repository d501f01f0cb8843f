#include "CsvImporter.h"

#include "CsvReader.h"
#include "SettingsValidator.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>

namespace dexdesk {

namespace {

using K = ColumnDef::Kind;

constexpr int kMaxDescriptorLength = 306;

// A value as the user wrote it, cut short so a long one does not flood the report.
QString quoted(const QString &text)
{
    constexpr int kShown = 40;
    return QLatin1Char('"') + (text.size() > kShown ? text.left(kShown) + QStringLiteral("…") : text)
        + QLatin1Char('"');
}

bool isInteger(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,18}$"));
    return digits.match(text).hasMatch();
}

QString checkDescriptor(const ColumnDef &c, const QString &text)
{
    if (text.size() > kMaxDescriptorLength) {
        return CsvImporter::tr("%1 is %2 characters long, more than a descriptor value may have (%3); write the "
                               "code value, e.g. \"Ninth grade\", or its full URI")
            .arg(quoted(text))
            .arg(text.size())
            .arg(kMaxDescriptorLength);
    }
    if (text.contains(QLatin1Char('#')) && text.section(QLatin1Char('#'), -1).trimmed().isEmpty()) {
        return CsvImporter::tr("%1 has no code value after \"#\"; write the code value, e.g. %2#Ninth grade")
            .arg(quoted(text), RecordSchema::defaultNamespace(c.descriptor));
    }
    return {};
}

QString keyText(const RecordTable &table, const QStringList &columns, const QVariantList &values)
{
    QStringList parts;
    for (const QString &k : table.keyColumns)
        parts << k + QLatin1Char('=') + values.at(columns.indexOf(k)).toString();
    parts << RecordSchema::kSchoolYear + QLatin1Char('=') + values.at(0).toString();
    return parts.join(QStringLiteral(", "));
}

QString keyOf(const RecordTable &table, const QStringList &columns, const QVariantList &values)
{
    QString key = values.at(0).toString();
    for (const QString &k : table.keyColumns) {
        key += QChar(0x1f);
        key += values.at(columns.indexOf(k)).toString();
    }
    return key;
}

class ErrorList
{
public:
    ErrorList(CsvImportResult *result, int max)
        : m_result(result)
        , m_max(max)
    { }

    void add(qint64 line, const QString &column, const QString &message)
    {
        ++m_result->errorCount;
        if (m_result->errors.size() < m_max)
            m_result->errors.append({line, column, message});
    }
    void atLine(qint64 line, const QString &column, const QString &problem)
    {
        add(line, column,
            column.isEmpty() ? CsvImporter::tr("line %1: %2").arg(line).arg(problem)
                             : CsvImporter::tr("line %1, %2: %3").arg(line).arg(column, problem));
    }
    bool any() const { return m_result->errorCount > 0; }

private:
    CsvImportResult *m_result;
    int m_max;
};

} // namespace

QStringList CsvImportResult::messages() const
{
    QStringList lines;
    for (const CsvImportError &e : errors)
        lines << e.message;
    if (errorCount > errors.size())
        lines << CsvImporter::tr("Problems not listed: %1 more.").arg(errorCount - errors.size());
    return lines;
}

QString CsvImportResult::summary() const
{
    return CsvImporter::tr("Rows in the file: %1. New: %2, changed: %3, unchanged: %4, deleted: %5.")
        .arg(rows)
        .arg(counts.inserted)
        .arg(counts.updated)
        .arg(counts.unchanged)
        .arg(counts.deleted);
}

CsvImporter::CsvImporter(QSqlDatabase db)
    : m_db(db)
{ }

QString CsvImporter::checkSchoolYear(const QString &text, QVariant *value)
{
    const int year = isInteger(text) ? text.toInt() : 0;
    if (year < 1900 || year > 2100) {
        return tr("%1 is not a school year; write the year in which the school year ends, e.g. 2027").arg(quoted(text));
    }
    *value = qint64(year);
    return {};
}

QString CsvImporter::checkLeaId(const QString &text, QVariant *value)
{
    const QString problem = SettingsValidator::checkLeaId(text);
    if (!problem.isEmpty())
        return problem;
    *value = text.trimmed();
    return {};
}

QString CsvImporter::checkValue(const ColumnDef &c, const QString &text, QVariant *value)
{
    *value = QVariant();
    if (text.isEmpty()) {
        if (c.required)
            return tr("the value is missing; every record needs one");
        return {};
    }
    switch (c.kind) {
    case K::String:
        if (c.maxLength > 0 && text.size() > c.maxLength) {
            return tr("%1 is %2 characters long; shorten it to at most %3")
                .arg(quoted(text))
                .arg(text.size())
                .arg(c.maxLength);
        }
        *value = text;
        return {};
    case K::Integer:
        if (!isInteger(text))
            return tr("%1 is not a whole number; write digits only, e.g. 255901001").arg(quoted(text));
        *value = text.toLongLong();
        return {};
    case K::Date: {
        static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        if (!shape.match(text).hasMatch() || !QDate::fromString(text, Qt::ISODate).isValid())
            return tr("%1 is not a date; write it as YYYY-MM-DD").arg(quoted(text));
        *value = text;
        return {};
    }
    case K::Boolean: {
        const QString t = text.toLower();
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
            *value = qint64(1);
        else if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
            *value = qint64(0);
        else
            return tr("%1 is not true or false; write true, false, yes, no, 1 or 0").arg(quoted(text));
        return {};
    }
    case K::Descriptor: {
        const QString problem = checkDescriptor(c, text);
        if (problem.isEmpty())
            *value = text;
        return problem;
    }
    case K::DescriptorList: {
        QStringList items;
        for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString item = part.trimmed();
            if (item.isEmpty())
                continue;
            const QString problem = checkDescriptor(c, item);
            if (!problem.isEmpty())
                return problem;
            items << item;
        }
        if (items.isEmpty())
            return c.required ? tr("the list is empty; write at least one value (separate values with \";\")")
                              : QString();
        *value = items.join(QLatin1Char(';'));
        return {};
    }
    }
    return {};
}

bool CsvImporter::read(const RecordTable &table, QIODevice *device, const CsvImportOptions &options, RecordRows *rows,
                       CsvImportResult *result)
{
    ErrorList errors(result, options.maxErrors);
    CsvReader reader(device);

    // The defaults first: a wrong one would spoil every row.
    QVariant defaultYear, defaultLea;
    if (options.schoolYear != 0) {
        const QString problem = checkSchoolYear(QString::number(options.schoolYear), &defaultYear);
        if (!problem.isEmpty())
            errors.add(0, RecordSchema::kSchoolYear, tr("The default school year: %1.").arg(problem));
    }
    if (!options.leaId.isEmpty()) {
        const QString problem = checkLeaId(options.leaId, &defaultLea);
        if (!problem.isEmpty())
            errors.add(0, RecordSchema::kLeaId, tr("The default LEA: %1").arg(problem));
    }

    QStringList header;
    if (!reader.readRecord(&header)) {
        if (reader.hasError())
            errors.add(reader.errorLine(), {}, reader.errorString());
        else
            errors.add(0, {},
                       tr("The file is empty. Its first line must name the columns, e.g. %1.")
                           .arg(RecordRows::allColumns(table).join(QLatin1Char(','))));
        return false;
    }
    const qint64 headerLine = reader.recordLine();

    // Where each column of the file goes in the rows: school_year and lea_id always come first.
    rows->table = &table;
    rows->columns = {RecordSchema::kSchoolYear, RecordSchema::kLeaId};
    QList<int> target(header.size(), -1);
    QHash<QString, int> firstSeen;
    QStringList unknown, duplicates;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        if (name.isEmpty()) {
            errors.atLine(headerLine, {},
                          tr("column %1 of the header has no name; name it or remove the column").arg(i + 1));
            continue;
        }
        if (firstSeen.contains(name)) {
            duplicates << tr("%1 (columns %2 and %3)").arg(name).arg(firstSeen.value(name) + 1).arg(i + 1);
            continue;
        }
        firstSeen.insert(name, int(i));
        if (name == RecordSchema::kSchoolYear)
            target[i] = 0;
        else if (name == RecordSchema::kLeaId)
            target[i] = 1;
        else if (table.column(name)) {
            target[i] = int(rows->columns.size());
            rows->columns << name;
        } else
            unknown << name;
    }
    if (!unknown.isEmpty()) {
        errors.atLine(headerLine, {},
                      tr("the header names columns that %1 records do not have: %2. Rename or remove them; the "
                         "columns are %3")
                          .arg(table.resource, unknown.join(QStringLiteral(", ")),
                               RecordRows::allColumns(table).join(QStringLiteral(", "))));
    }
    if (!duplicates.isEmpty()) {
        errors.atLine(
            headerLine, {},
            tr("the header names a column twice: %1. Keep one of each").arg(duplicates.join(QStringLiteral(", "))));
    }
    QStringList missing;
    for (const ColumnDef &c : table.columns) {
        if (c.required && !firstSeen.contains(c.column))
            missing << c.column;
    }
    if (!missing.isEmpty()) {
        errors.atLine(headerLine, {},
                      tr("the header lacks the required column(s) %1 of %2 records; add them")
                          .arg(missing.join(QStringLiteral(", ")), table.resource));
    }
    const bool yearInFile = firstSeen.contains(RecordSchema::kSchoolYear);
    const bool leaInFile = firstSeen.contains(RecordSchema::kLeaId);
    if (!yearInFile && options.schoolYear == 0) {
        errors.atLine(headerLine, {},
                      tr("there is no school_year column; add one, or give the school year the rows belong to"));
    }
    if (!leaInFile && options.leaId.isEmpty())
        errors.atLine(headerLine, {}, tr("there is no lea_id column; add one, or give the LEA the rows belong to"));
    if (errors.any())
        return false;

    QList<const ColumnDef *> defs(header.size(), nullptr);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (target.at(i) >= 2)
            defs[i] = table.column(rows->columns.at(target.at(i)));
    }
    const int width = int(rows->columns.size());
    QHash<QString, qint64> keys; // the natural key with the year -> its line
    QStringList fields;
    while (reader.readRecord(&fields)) {
        const qint64 line = reader.recordLine();
        if (++result->rows > options.maxRows) {
            errors.add(line, {},
                       tr("The file has more than %1 rows. Split it into smaller files and import them one by one.")
                           .arg(options.maxRows));
            return false;
        }
        if (fields.size() != header.size()) {
            errors.atLine(line, {},
                          tr("%1 field(s) but the header has %2; check this line's commas and quotes")
                              .arg(fields.size())
                              .arg(header.size()));
            continue;
        }
        QVariantList values(width);
        values[0] = defaultYear;
        values[1] = defaultLea;
        bool rowOk = true;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            const int t = target.at(i);
            const QString text = fields.at(i).trimmed();
            QString problem;
            if (t == 0)
                problem = checkSchoolYear(text, &values[0]);
            else if (t == 1)
                problem = checkLeaId(text, &values[1]);
            else
                problem = checkValue(*defs.at(i), text, &values[t]);
            if (!problem.isEmpty()) {
                errors.atLine(line, rows->columns.at(t), problem);
                rowOk = false;
            }
        }
        if (!rowOk)
            continue;
        const QString key = keyOf(table, rows->columns, values);
        const auto seen = keys.constFind(key);
        if (seen != keys.cend()) {
            errors.atLine(line, {},
                          tr("the same %1 record (%2) is also on line %3; keep one of the two lines")
                              .arg(table.resource, keyText(table, rows->columns, values))
                              .arg(seen.value()));
            continue;
        }
        keys.insert(key, line);
        if (!errors.any())
            rows->rows.append(std::move(values));
    }
    if (reader.hasError())
        errors.add(reader.errorLine(), {}, reader.errorString());
    return !errors.any();
}

CsvImportResult CsvImporter::importFile(const QString &resource, const QString &path, const CsvImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvImportResult result;
        result.errorCount = 1;
        result.errors.append({0,
                              {},
                              tr("Cannot read the file %1: %2. Check the path and that you may read the file.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString())});
        return result;
    }
    return importDevice(resource, &file, options);
}

CsvImportResult CsvImporter::importDevice(const QString &resource, QIODevice *device, const CsvImportOptions &options)
{
    CsvImportResult result;
    auto fail = [&result](const QString &message) {
        ++result.errorCount;
        result.errors.append({0, {}, message});
        return result;
    };
    const RecordTable *table = RecordSchema::find(resource);
    if (!table) {
        QStringList names;
        for (const RecordTable &t : RecordSchema::tables())
            names << t.resource;
        return fail(
            tr("There are no \"%1\" records. Choose one of: %2.").arg(resource, names.join(QStringLiteral(", "))));
    }
    RecordRows rows;
    if (!read(*table, device, options, &rows, &result))
        return result;

    RecordWriter::Options writeOptions;
    writeOptions.replace = options.replace;
    writeOptions.dryRun = options.dryRun;
    if (!options.dryRun && !m_db.transaction()) {
        return fail(tr("Cannot start writing to the database: %1. Another program may be holding it; try again.")
                        .arg(m_db.lastError().text()));
    }
    RecordWriter writer(m_db, *table, rows.columns, writeOptions);
    QString error;
    bool ok = writer.prepare(&error);
    for (qsizetype i = 0; ok && i < rows.rows.size(); ++i)
        ok = writer.write(rows.rows.at(i), &error);
    // A full extract without any row for its school year still empties that year.
    if (ok && options.replace && options.schoolYear != 0 && rows.rows.isEmpty())
        ok = writer.includeYear(options.schoolYear, &error);
    ok = ok && writer.finish(&error);
    if (!options.dryRun) {
        if (ok && !m_db.commit()) {
            ok = false;
            error = tr("Saving the records failed: %1.").arg(m_db.lastError().text());
        }
        if (!ok)
            m_db.rollback();
    }
    if (!ok)
        return fail(tr("%1 Nothing was changed.").arg(error));
    result.counts = writer.counts();
    result.ok = true;
    return result;
}

} // namespace dexdesk
