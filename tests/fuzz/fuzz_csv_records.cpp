// CSV records (File ▸ Import Records, `dexdesk-cli records import-csv`): CsvReader splits a
// district's extract into records and CsvImporter::read checks each against RecordSchema. The
// first byte picks the resource and the defaults; the rest is the file. No crash, fields and
// records within the reader's limits, and a file is accepted exactly when no problem was found.

#include "CsvImporter.h"
#include "CsvReader.h"
#include "FuzzSupport.h"
#include "RecordSchema.h"

#include <QBuffer>

using namespace dexdesk;

namespace {

// Every record and field of `csv`, read with `limits`; the counts stay within what the bytes allow.
void readAll(const QByteArray &csv, const CsvLimits &limits)
{
    CsvReader reader(csv, limits);
    QStringList fields;
    qint64 records = 0;
    qint64 lastLine = 0;
    while (reader.readRecord(&fields)) {
        ++records;
        FUZZ_CHECK(records <= csv.size());
        FUZZ_CHECK(!fields.isEmpty() && fields.size() <= limits.maxFields);
        FUZZ_CHECK(reader.recordLine() > lastLine);
        lastLine = reader.recordLine();
        for (const QString &f : std::as_const(fields))
            FUZZ_CHECK(f.size() <= limits.maxFieldBytes);
    }
    if (reader.hasError()) {
        FUZZ_CHECK(!reader.errorString().isEmpty());
        FUZZ_CHECK(reader.errorLine() >= 1 && reader.errorLine() <= csv.count('\n') + csv.count('\r') + 1);
        FUZZ_CHECK(!reader.readRecord(&fields) && fields.isEmpty()); // an error ends the reading
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const quint8 selector = data[0];
    QByteArray csv = fuzz::input(data + 1, size - 1);

    readAll(csv, CsvLimits());
    readAll(csv, CsvLimits {16, 64, 4}); // small limits, so that the fuzzer meets each of them

    const QList<RecordTable> &tables = RecordSchema::tables();
    const RecordTable &table = tables.at((selector & 0x0f) % tables.size());
    CsvImportOptions options;
    options.schoolYear = (selector & 0x10) ? 2027 : 0;
    options.leaId = (selector & 0x20) ? QStringLiteral("255901") : QString();
    options.maxRows = (selector & 0x40) ? 3 : 1000;
    QBuffer device(&csv);
    device.open(QIODevice::ReadOnly);
    RecordRows rows;
    CsvImportResult result;
    const bool ok = CsvImporter::read(table, &device, options, &rows, &result);
    FUZZ_CHECK(ok == (result.errorCount == 0));
    FUZZ_CHECK(result.errors.size() <= options.maxErrors && result.errors.size() <= result.errorCount);
    FUZZ_CHECK(result.rows <= options.maxRows + 1);
    if (ok) {
        FUZZ_CHECK(rows.table == &table && rows.rows.size() == result.rows);
        for (const QVariantList &row : std::as_const(rows.rows))
            FUZZ_CHECK(row.size() == rows.columns.size());
    }
    for (const CsvImportError &e : std::as_const(result.errors))
        FUZZ_CHECK(!e.message.isEmpty());
    return 0;
}
