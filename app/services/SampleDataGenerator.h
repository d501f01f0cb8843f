#pragma once

// Realistic, referentially consistent district records for demos, tests and benchmarks: one LEA,
// its three schools (as dexdesk-sim seeds them), students with their school and LEA associations,
// and about one staff member per 15 students with theirs. The same options always give the same
// records, byte for byte, on every platform: nothing depends on the clock or the standard library.

#include "RecordWriter.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace dexdesk {

struct SampleDataOptions {
    int students = 100;
    quint64 seed = 1;
    int schoolYear = 2027;
    QString leaId = QStringLiteral("255901");
};

using GeneratedCounts = QList<QPair<QString, WriteCounts>>; // per resource, in dependency order

class SampleDataGenerator
{
    Q_DECLARE_TR_FUNCTIONS(SampleDataGenerator)

public:
    static constexpr int kMaxStudents = 2000000;

    explicit SampleDataGenerator(SampleDataOptions options);

    // Empty when the options can be generated, otherwise what is wrong.
    QString checkOptions() const;
    int staffCount() const; // one per 15 students, at least one per school
    QList<qint64> schoolIds() const; // high, middle, elementary

    // Every record in memory, one RecordRows per table, in RecordSchema's dependency order.
    QList<RecordRows> generate() const;
    // Only the student records first … first + count - 1 (what "insert K students" needs).
    RecordRows students(int first, int count) const;

    // Upserts every record in one transaction; a second run with the same options changes nothing.
    bool write(QSqlDatabase db, GeneratedCounts *counts, QString *error) const;

    // Copies the first `count` student school associations to `schoolId`, a school the agency does
    // not have, so a demo has rejected enrolments to show on the Errors page.
    static bool addBrokenEnrolments(QSqlDatabase db, qint64 schoolId, int count, QString *error);

private:
    // Hands every row to `sink` (a table index of the generator's own order); stops when it fails.
    bool produce(const std::function<bool(int table, QVariantList row)> &sink) const;
    QVariantList studentRow(int index) const;

    SampleDataOptions m_options;
};

} // namespace dexdesk
