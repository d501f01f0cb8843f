#pragma once

// The Unique ID service's state in the database (SPEC §7.1, §10): one row per person in
// `unique_id_requests`, keyed resource + school year + the person row's local id, and the
// write-back of a state unique ID in one transaction. Shared by UniqueIdProcessor (engine thread),
// UniqueIdReview (GUI and CLI) and nothing else, so the states below mean the same everywhere.
//
// The model: a person (a rec_students or rec_staffs row) with needs_state_id = 1 has no state
// unique ID yet, and the value in its key column (student_unique_id / staff_unique_id) is the
// district's own ID. Where the profile has the Unique ID service the publisher holds such a person
// back ('awaiting_id') until it has a state ID; elsewhere the district ID is the unique ID and the
// flag is ignored. Writing an ID back rekeys the person and every association row that refers to
// it in the same school year; the capture triggers then queue them for publishing (the rekey also
// queues a delete of the district key, which the agency never had: harmless, 404 counts as done).

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlQuery;

namespace dexdesk {

struct RecordTable;

// A flagged person as the identity service sees it.
struct UniqueIdPerson {
    QString resource; // "students" or "staffs"
    int schoolYear = 0;
    qint64 localId = 0; // the person row's id
    QString leaId;
    QString districtId; // the key column's value while the person has no state ID
    QString givenName;
    QString middleName;
    QString familyName;
    QString birthDate; // YYYY-MM-DD
    QString sex; // a code value ("Female"), empty when unknown

    // "students/2027/<district id>": how the CLI and the log name a person.
    QString text() const;
    // The body of `POST find` and `POST identities` (Ed-Fi Identities API person).
    QJsonObject toIdentityJson() const;
    // What a rejected request was sent with, to send it again once the person's details change.
    QString fingerprint() const;
};

struct UniqueIdRequest {
    UniqueIdPerson person;
    QString state;
    QString candidates; // JSON array text (review), or the fingerprint of a rejected request
    QString pollUrl;
    QString assignedId;
    int attempts = 0;
    qint64 nextAttemptAt = 0;
    QString lastError;
    qint64 updatedAt = 0;

    QString id() const; // resource/year/local id: unique per request
};

struct UniqueIdScope {
    QStringList resources {QStringLiteral("students"), QStringLiteral("staffs")};
    QList<int> schoolYears; // empty: any
    QStringList leaIds; // empty: any
};

class UniqueIdRequests
{
    Q_DECLARE_TR_FUNCTIONS(UniqueIdRequests)

public:
    // Request states.
    static inline const QString kPending = QStringLiteral("pending"); // `find` to send
    static inline const QString kCreating = QStringLiteral("creating"); // `identities` to send
    static inline const QString kPolling = QStringLiteral("polling"); // 202: poll_url to poll
    static inline const QString kReview = QStringLiteral("review"); // candidates wait for the user
    static inline const QString kRejected = QStringLiteral("rejected"); // 4xx: sent again after a change
    static inline const QString kDone = QStringLiteral("done"); // assigned_id written back

    explicit UniqueIdRequests(QSqlDatabase db);

    static bool isPersonResource(const QString &resource);
    static const RecordTable *personTable(const QString &resource);
    // The association tables whose rows refer to a person of `resource` by its key column.
    static QList<const RecordTable *> referringTables(const QString &resource);

    // Opens a request for every flagged person in scope without an open one (a 'done' request of a
    // person flagged again starts over), reopens rejected requests whose person changed since, and
    // drops open requests of persons that are gone or no longer flagged. Returns how many requests
    // are open (not done) in scope, or -1.
    int open(const UniqueIdScope &scope, qint64 nowMs, QString *error);
    // Requests to send now (pending, creating, polling; due), oldest first.
    QList<UniqueIdRequest> due(const UniqueIdScope &scope, qint64 nowMs, int limit, QString *error) const;
    // Requests in one state (any scope), with their persons; for the review list.
    QList<UniqueIdRequest> inState(const QString &state, int limit, QString *error) const;
    // One person's request, found by "students/2027/<district id>"; false when there is none.
    bool findByText(const QString &personText, UniqueIdRequest *out, QString *error) const;
    // The earliest next_attempt_at of a due-able request in scope; 0 when none.
    qint64 nextDueAt(const UniqueIdScope &scope) const;
    // The system clock jumped by `jumpMs` (ClockJump): moves every waiting request's due time with
    // it, so a clock set back does not hold a retry or a poll back by the jump. Requests moved, or -1.
    int shiftDueTimes(qint64 jumpMs, QString *error);

    // Writes the request's state columns.
    bool save(const UniqueIdRequest &request, qint64 nowMs, QString *error);
    // In one transaction: the person and its associations get `stateId`, the flag is cleared and the
    // request is marked done. Fails (changing nothing) when the person is gone, no longer flagged,
    // or the ID is already another person's in that school year.
    bool writeBack(const UniqueIdPerson &person, const QString &stateId, qint64 nowMs, QString *error);

private:
    QString selectSql(const RecordTable &table) const;
    static UniqueIdRequest fromRow(const QSqlQuery &q, const QString &resource);

    QSqlDatabase m_db;
};

} // namespace dexdesk
