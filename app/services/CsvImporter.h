#pragma once

// Brings a district's CSV extract of one Ed-Fi resource into its record table: the header and
// every row are checked against RecordSchema first, and only a file without a single problem
// is written, in one transaction, as an upsert (see RecordWriter). Problems name the line and
// the column and say how to fix them.

#include "RecordWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class QIODevice;

namespace dexdesk {

struct CsvImportOptions {
    int schoolYear = 0; // for a file without a school_year column; 0: none
    QString leaId; // for a file without an lea_id column; empty: none
    bool replace = false; // a full extract: delete the rows of its school years that it lacks
    bool dryRun = false; // check and count, write nothing
    int maxErrors = 20; // problems kept for the report (all are counted)
    qsizetype maxRows = 1000000; // a larger file is refused (rows are held in memory)
};

struct CsvImportError {
    qint64 line = 0; // 0: the file as a whole
    QString column; // empty: the whole line or file
    QString message; // complete, e.g. "line 17, birth_date: \"2010-13-45\" is not a date; …"
};

struct CsvImportResult {
    bool ok = false; // checked and (unless a dry run) written
    qint64 rows = 0; // data rows in the file
    WriteCounts counts;
    QList<CsvImportError> errors; // the first CsvImportOptions::maxErrors problems
    qint64 errorCount = 0; // all problems found

    QStringList messages() const;
    QString summary() const; // "1000 rows: 3 new, 2 changed, 995 unchanged, 0 deleted."
};

class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    explicit CsvImporter(QSqlDatabase db);

    // `resource` is an Ed-Fi resource name of RecordSchema ("students").
    CsvImportResult importFile(const QString &resource, const QString &path, const CsvImportOptions &options);
    CsvImportResult importDevice(const QString &resource, QIODevice *device, const CsvImportOptions &options);

    // The checks alone, no database: the typed rows, or false with the problems in `result`.
    static bool read(const RecordTable &table, QIODevice *device, const CsvImportOptions &options, RecordRows *rows,
                     CsvImportResult *result);

    // One value against its column: empty when fine (then `value` holds the typed value, null
    // for an empty one), otherwise what is wrong and how to write it, without the line prefix.
    static QString checkValue(const ColumnDef &column, const QString &text, QVariant *value);
    static QString checkSchoolYear(const QString &text, QVariant *value);
    static QString checkLeaId(const QString &text, QVariant *value);

private:
    QSqlDatabase m_db;
};

} // namespace dexdesk
