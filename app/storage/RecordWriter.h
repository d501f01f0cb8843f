#pragma once

// Writes rows into one record table as an upsert by (school year, natural key): new rows are
// inserted, a row is updated only when a value really differs (every UPDATE fires the capture
// triggers, so an unchanged row must not be touched), and with `replace` the rows of the same
// school years that were not written are deleted. The caller owns the transaction.

#include "RecordSchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace dexdesk {

// Rows for one record table, held in memory: typed values (qint64 for Integer and Boolean
// columns, QString otherwise, a null QVariant for an empty value) in the order of `columns`,
// which always start with school_year and lea_id and hold the natural key.
struct RecordRows {
    const RecordTable *table = nullptr;
    QStringList columns;
    QList<QVariantList> rows;

    // school_year, lea_id and every column of the table, in schema order.
    static QStringList allColumns(const RecordTable &table);
};

struct WriteCounts {
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 deleted = 0;

    WriteCounts &operator+=(const WriteCounts &o);
    qint64 changed() const { return inserted + updated + deleted; }
};

class RecordWriter
{
    Q_DECLARE_TR_FUNCTIONS(RecordWriter)

public:
    struct Options {
        bool replace = false; // delete rows of the written school years that were not written
        bool dryRun = false; // count only; the database is not changed
    };

    // `columns` as in RecordRows. Columns the caller leaves out keep their stored values.
    RecordWriter(QSqlDatabase db, const RecordTable &table, const QStringList &columns, Options options);
    RecordWriter(const RecordWriter &) = delete;
    RecordWriter &operator=(const RecordWriter &) = delete;

    bool prepare(QString *error); // checks the columns and prepares the statements
    bool write(const QVariantList &values, QString *error);
    // With `replace`: `year` counts as written even when no row of it is (an empty full extract).
    bool includeYear(qint64 year, QString *error);
    bool finish(QString *error); // the last inserts, and the deletes of `replace`
    const WriteCounts &counts() const { return m_counts; }

    // Writes all `batches` through one writer each (the caller holds the transaction).
    static bool writeAll(QSqlDatabase db, const QList<RecordRows> &batches, Options options, WriteCounts *counts,
                         QString *error);

private:
    struct Stored {
        qint64 id = 0;
        QVariantList values; // in m_columns order
        bool seen = false;
    };

    QString keyOf(const QVariantList &values) const;
    bool loadYear(qint64 year, QString *error);
    bool differs(const QVariantList &stored, const QVariantList &values) const;
    bool flushInserts(QString *error);
    QString failure(const QSqlQuery &query) const;

    QSqlDatabase m_db;
    const RecordTable &m_table;
    QStringList m_columns;
    Options m_options;
    QList<int> m_keyIndexes;
    QList<bool> m_integer; // per column: compared as numbers
    int m_yearIndex = 0;
    QSet<qint64> m_loadedYears;
    QHash<QString, Stored> m_stored;
    QSet<QString> m_written;
    QSqlQuery m_insert;
    // New rows go in kBatch at a time: one statement per row costs more in Qt than in SQLite.
    static constexpr int kBatch = 50;
    QSqlQuery m_batchInsert;
    QList<QVariantList> m_pending;
    QSqlQuery m_update;
    QSqlQuery m_delete;
    WriteCounts m_counts;
};

} // namespace dexdesk
