#pragma once

// The Errors view's questions to the database (SPEC §11): records that failed or are held back,
// grouped by cause (resource, state, HTTP status and the agency's problem detail), one cause's
// records a page at a time, one record's last request and answer, and the user's Retry and
// Dismiss. Every query is bounded, so it is quick on any queue; run it off the GUI thread.

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace dexdesk {

// Records sharing why they were not sent: 1,000 associations missing one school are one cause.
struct FailureCause {
    QString resource;
    QString state; // rejected, stuck, waiting, exception, awaiting_id
    int httpStatus = 0; // 0: held back before sending, or no answer
    QString cause; // the problem's detail (else title, message or summary), or the engine's message
    int count = 0;
    qint64 latestAt = 0; // ms since the epoch of the newest attempt

    bool sameAs(const FailureCause &other) const
    {
        return resource == other.resource && state == other.state && httpStatus == other.httpStatus
            && cause == other.cause;
    }
};

// A record's identity in publish_status.
struct RecordRef {
    QString resource;
    int schoolYear = 0;
    QString keyText;

    // The natural key for a person to read: "entryDate: 2026-08-14 · schoolId: 255901999 · …".
    QString keyValues() const;
    bool operator==(const RecordRef &other) const = default;
};

struct FailedRecord {
    RecordRef ref;
    QString leaId;
    QString state;
    int attempts = 0;
    int httpStatus = 0;
    qint64 lastAttemptAt = 0;
};

// What the record's last send looked like: the request with Authorization masked and the answer.
struct FailureDetail {
    RecordRef ref;
    QString state;
    int httpStatus = 0;
    QString message; // the agency's problem details as readable lines, or the engine's message
    QString requestId;
    QString request;
    QString response;
};

class FailureGroups
{
    Q_DECLARE_TR_FUNCTIONS(FailureGroups)

public:
    static constexpr int kMaxCauses = 500;

    // The states the Errors view lists.
    static QStringList states();
    // A state as the user reads it ("Rejected", "Waiting on a dependency", …).
    static QString stateText(const QString &state);

    // Causes with their record counts, most records first (at most kMaxCauses).
    static bool causes(QSqlDatabase db, QList<FailureCause> *out, QString *error);
    // Records of one cause, `limit` from `offset`, in key order.
    static bool records(QSqlDatabase db, const FailureCause &cause, int offset, int limit, QList<FailedRecord> *out,
                        QString *error);
    static bool detail(QSqlDatabase db, const RecordRef &ref, FailureDetail *out, QString *error);

    // Sets records to be sent again (pending, attempts 0, due now); returns how many, or -1.
    static int retry(QSqlDatabase db, const FailureCause &cause, QString *error);
    static int retry(QSqlDatabase db, const QList<RecordRef> &records, QString *error);
    // Sets records aside (state 'dismissed') until they change or the user retries them.
    static int dismiss(QSqlDatabase db, const FailureCause &cause, QString *error);
    static int dismiss(QSqlDatabase db, const QList<RecordRef> &records, QString *error);

private:
    static int update(QSqlDatabase db, const QString &set, const FailureCause &cause, QString *error);
    static int update(QSqlDatabase db, const QString &set, const QList<RecordRef> &records, QString *error);
};

} // namespace dexdesk
