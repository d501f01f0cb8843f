#pragma once

// The database side of the Download service (SPEC §7.1): checks a record's shape, stages the
// fetched records per run, and applies one resource and school year in one transaction
// (descriptors into `descriptors`, LEAs and schools into their record tables, deletes by natural
// key) together with its new change version. Used by Downloader on the thread that owns `db`.
//
// Staging. Descriptors are staged as their pages' JSON (`download_staging`). A resource with a
// record table is staged typed while its pages arrive: the values checkRecord() read from each
// record go into a temporary table with the record table's columns (`temp.stg_<table>`, one per
// connection, gone with it), so the apply after the last page is a few set-based statements
// instead of parsing every page a second time. See docs/performance.md (P6).

#include <QByteArrayList>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace dexdesk {

struct RecordTable;

// What applying one resource and year changed locally.
struct ApplyCounts {
    int inserted = 0;
    int updated = 0;
    int deleted = 0;
    int unchanged = 0;
    int records = 0; // rows of this resource and year afterwards
};

class DownloadStore
{
    Q_DECLARE_TR_FUNCTIONS(DownloadStore)

public:
    enum class Kind { Upsert, Delete };

    explicit DownloadStore(QSqlDatabase db);

    // "gradeLevelDescriptors" -> "GradeLevelDescriptor"; empty for a resource that is no descriptor.
    static QString descriptorName(const QString &resource);
    // Whether a download resource has somewhere to go (a descriptor, or a table that is not published).
    static bool isSupported(const QString &resource);
    // Whether a resource is staged typed (stageRows) rather than as JSON (stage): one with a record table.
    static bool stagesRows(const QString &resource);
    // Empty when `record` (an item of a GET page) has the resource's key fields and the types the
    // local columns need; otherwise what is wrong, in plain words. For a resource staged typed,
    // `row` (when given) receives the values to stage.
    static QString checkRecord(const QString &resource, const QJsonObject &record, QVariantList *row = nullptr);
    // The same for an item of a /deletes page: {"id", "keyValues": {...}}; `row` receives the key.
    static QString checkDelete(const QString &resource, const QJsonObject &item, QVariantList *row = nullptr);

    // A job_runs row of kind 'download'; its id is the run id of the staged rows.
    bool beginRun(qint64 *runId, QString *error);
    bool finishRun(qint64 runId, const QString &outcome, int fetched, int failed, const QString &message,
                   const QString &detail, QString *error);

    // Rows of runs that never finished (a crash, a halt) and are older than `ageMs`.
    bool purgeStaging(qint64 ageMs, QString *error);
    // Descriptors: pages (JSON lists) or single records as the agency sent them.
    bool stage(qint64 runId, const QString &resource, int schoolYear, Kind kind, const QByteArrayList &bodies,
               QString *error);
    // A resource with a record table: the rows checkRecord() / checkDelete() filled. A record
    // staged again (the same key in a later page) replaces the earlier one.
    bool stageRows(qint64 runId, const QString &resource, int schoolYear, Kind kind, const QList<QVariantList> &rows,
                   QString *error);
    // Rows staged on this connection and not yet applied or discarded, of every kind (tests).
    qint64 stagedCount(QString *error);
    bool discard(qint64 runId, const QString &resource, int schoolYear, QString *error);
    bool discardRun(qint64 runId, QString *error);

    // The change version stored after the last applied download; false in *known on the first run.
    bool storedVersion(const QString &resource, int schoolYear, qint64 *version, bool *known, QString *error);

    // Applies the run's staged rows of one resource and year in one transaction: deletes first
    // (a record deleted and created again in the range survives), then upserts. `full` also
    // removes local rows the download did not contain (for LEAs and schools only the session's
    // LEA). `newVersion` >= 0 is stored as the change version in the same transaction.
    bool apply(qint64 runId, const QString &resource, int schoolYear, const QString &leaId, bool full,
               qint64 newVersion, ApplyCounts *counts, QString *error);

private:
    bool applyDescriptors(qint64 runId, const QString &resource, int schoolYear, bool full, ApplyCounts *counts,
                          QString *error);
    bool applyRecords(qint64 runId, const RecordTable &table, int schoolYear, const QString &leaId, bool full,
                      ApplyCounts *counts, QString *error);
    bool ensureRowStaging(const RecordTable &table, QString *error);
    bool discardRows(qint64 runId, const RecordTable &table, const int *schoolYear, QString *error);
    bool saveState(const QString &resource, int schoolYear, qint64 newVersion, int records, QString *error);

    QSqlDatabase m_db;
};

} // namespace dexdesk
