#pragma once

// The Unique ID review list (SPEC §7.1, §11) for the window and `dexdesk-cli unique-id --review`:
// persons for whom the identity service found several candidates (or one it was not sure of), and
// the two things a user can do about one: use a candidate's ID (written back at once, the same way
// the processor writes a confident match) or ask for a new ID (the next Unique ID run asks the
// service's `identities` and writes the new ID back). Plain functions over a connection: small,
// quick queries, safe to call from the GUI thread.

#include "UniqueIdRequests.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace dexdesk {

struct UniqueIdCandidate {
    QString uniqueId;
    double score = -1; // -1: the service gave none
    QString givenName;
    QString middleName;
    QString familyName;
    QString birthDate;
    QString sex;

    QString displayName() const; // "Given Middle Family"
};

struct UniqueIdReviewItem {
    UniqueIdPerson person;
    QString state; // UniqueIdRequests::kReview, or kCreating after "Request a new ID"
    QString lastError; // why a candidate could not be used, when one was tried
    QList<UniqueIdCandidate> candidates;
    qint64 updatedAt = 0;

    QString displayName() const;
};

class UniqueIdReview
{
    Q_DECLARE_TR_FUNCTIONS(UniqueIdReview)

public:
    static constexpr int kMaxItems = 1000;

    // Persons waiting for review, by school year and name; false with a message on a database error.
    static bool list(QSqlDatabase db, QList<UniqueIdReviewItem> *items, QString *error, int limit = kMaxItems);
    // One person's review item by "students/2027/<district id>".
    static bool find(QSqlDatabase db, const QString &personText, UniqueIdReviewItem *item, QString *error);
    // Uses one of the person's candidates: the person and its associations get that ID in one
    // transaction (and are queued for publishing). Only an offered candidate can be chosen.
    static bool choose(QSqlDatabase db, const UniqueIdPerson &person, const QString &candidateId, QString *error);
    // Asks for a new ID instead: the request goes to the identity service's `identities` on the next
    // Unique ID run, which writes the new ID back.
    static bool requestNew(QSqlDatabase db, const UniqueIdPerson &person, QString *error);

    static QList<UniqueIdCandidate> parseCandidates(const QString &json);

private:
    static bool current(QSqlDatabase db, const UniqueIdPerson &person, UniqueIdRequest *request, QString *error);
};

} // namespace dexdesk
