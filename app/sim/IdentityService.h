#pragma once

#include "SimFaults.h"
#include "SimHttp.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

// The unique-ID service under /identity/v2 (Ed-Fi Identities API style): creates state unique
// IDs and finds candidates with match scores, optionally through a 202-then-poll ticket.
//
// Matching is deterministic. find compares the posted person with identities created here:
// same givenName, familyName and birthDate scores 0.98; same familyName and birthDate 0.75;
// same givenName and birthDate 0.6 (names compared case-insensitively). A familyName of the form
// "CandidatesN" (N = 0..20) instead returns N synthetic candidates scoring 0.9, 0.8, ... (min 0.5).
class IdentityService
{
public:
    // path is what follows /identity/v2/ (e.g. "identities", "find", "requests/ab12").
    SimResponse handle(const SimRequest &request, const QString &path, const SimFaults &faults);

private:
    struct Ticket {
        int pendingPolls = 0;
        SimResponse result;
    };
    SimResponse create(const QJsonObject &person, const QString &base);
    SimResponse find(const QJsonObject &person) const;
    SimResponse deferred(SimResponse result, const QString &base, const SimFaults &faults);
    static QMap<QString, QStringList> validatePerson(const QJsonObject &person);

    QList<QPair<QString, QJsonObject>> m_identities; // uniqueId -> person, in creation order
    QHash<QString, Ticket> m_tickets;
    qint64 m_nextId = 1000000001;
    qint64 m_nextTicket = 1;
};
