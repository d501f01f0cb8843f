#pragma once

// A question to the log table, for the log viewer and `dexdesk-cli logs`: level, categories, LEA,
// time range and text, newest first, one page at a time. Every filter can use an index that ends
// in `at`, and nothing counts the whole table; page with `before` (a cursor) rather than a large
// offset on big tables. Run it on a worker thread with that thread's own connection.

#include "LogRecord.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace dexdesk {

class LogQuery
{
    Q_DECLARE_TR_FUNCTIONS(LogQuery)

public:
    // The least severe level shown: Warning shows errors and warnings.
    LogLevel level = LogLevel::Diagnostic;
    // Each name matches itself and its children ("dexdesk.net" matches "dexdesk.net.http").
    QStringList categories;
    QString lea;
    QDateTime since; // inclusive; invalid: no lower bound
    QDateTime until; // exclusive; invalid: no upper bound
    QString text; // case-insensitive substring of the message (ASCII letters fold)
    int limit = 500;
    int offset = 0;

    // Only rows older than this one (the last row of the previous page): cheap paging.
    struct Cursor {
        qint64 atMs = 0;
        qint64 id = 0;
    };
    std::optional<Cursor> before;

    // A text search cannot use an index: it reads every row the other filters let through, which
    // on a large table takes seconds. It therefore runs in slices of `sliceRows` candidate rows and
    // asks `stopRequested` (on the thread running the query) before each slice; when that says
    // yes, run() stops, fails and sets *cancelled. 0: one statement, no slices.
    static constexpr int kSliceRows = 20000;
    int sliceRows = kSliceRows;
    std::function<bool()> stopRequested;

    bool run(QSqlDatabase db, QList<LogRecord> *rows, QString *error, bool *cancelled = nullptr) const;
    // How many rows match, counting no further than `cap` (for "more than 10,000 rows").
    qint64 countUpTo(QSqlDatabase db, qint64 cap, QString *error) const;

private:
    // The categories to ask for by name: each requested one and its children present in the table,
    // found by index seeks. An exact IN list lets the (category, at) index deliver the newest rows
    // first; a range or LIKE would make SQLite sort every matching row.
    bool resolveCategories(QSqlDatabase db, QStringList *names, QString *error) const;
    QString whereClause(SqlDialect dialect, const QStringList &categoryNames, QVariantList *values) const;
    bool select(QSqlDatabase db, const QStringList &categoryNames, int rowLimit, QList<LogRecord> *rows,
                QString *error) const;
    bool runInSlices(QSqlDatabase db, const QStringList &categoryNames, QList<LogRecord> *rows, QString *error,
                     bool *cancelled) const;

    std::optional<Cursor> m_notBefore; // inclusive lower bound of one slice
};

} // namespace dexdesk
