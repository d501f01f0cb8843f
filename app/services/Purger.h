#pragma once

// Removes what the purge policy says is obsolete (SPEC §9). The rules — which table, which rows,
// how many days per policy — are one table in Purger.cpp; the engine adds its own (delivered queue
// rows, finished job runs, download staging: 3/30/180 days) there. plan() counts what run() would
// remove at the same `now`; run() deletes exactly those rows in short batches so a running engine
// is never held up, and never touches a table that has no rule.

#include "Settings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dexdesk {

struct PurgeRule {
    enum class Kind { Rows, LogFiles };

    QString id; // stable machine name: "logRows", "logFiles"
    const char *label; // untranslated; shown through Purger::label()
    Kind kind = Kind::Rows;
    int days[3] = {0, 0, 0}; // kept for Aggressive, Typical, Seldom
    // Kind::Rows: rows of `table` whose `timeColumn` (UTC milliseconds) is older than the cutoff and
    // that match `condition` (SQL, may be empty: e.g. "status = 'delivered'").
    QString table;
    QString keyColumn;
    QString timeColumn;
    QString condition;

    int keptDays(PurgePolicy policy) const { return days[int(policy)]; }
};

struct PurgeCount {
    QString ruleId;
    QString label; // translated
    int keptDays = 0;
    QDateTime cutoff; // items older than this go
    qint64 count = 0; // rows or files
};

class Purger
{
    Q_DECLARE_TR_FUNCTIONS(Purger)

public:
    Purger(QSqlDatabase db, QString logDirectory);

    static const QList<PurgeRule> &rules();
    static QString label(const PurgeRule &rule);

    // Dry run: what run() would remove with the same policy and `now`.
    bool plan(PurgePolicy policy, const QDateTime &now, QList<PurgeCount> *counts, QString *error) const;
    // Removes it and reports what was removed.
    bool run(PurgePolicy policy, const QDateTime &now, QList<PurgeCount> *removed, QString *error);

    // Rotated log files older than the cutoff. The file being written is never removed.
    QStringList obsoleteLogFiles(const QDateTime &cutoff) const;

private:
    bool countRows(const PurgeRule &rule, qint64 cutoffMs, qint64 *count, QString *error) const;
    bool deleteRows(const PurgeRule &rule, qint64 cutoffMs, qint64 *count, QString *error);

    QSqlDatabase m_db;
    QString m_logDirectory;
};

} // namespace dexdesk
