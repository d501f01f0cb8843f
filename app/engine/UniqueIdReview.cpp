#include "UniqueIdReview.h"

#include "LogCategories.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace dexdesk {

namespace {

QString joinName(const QStringList &parts)
{
    QStringList nonEmpty;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            nonEmpty << p.trimmed();
    }
    return nonEmpty.join(QLatin1Char(' '));
}

UniqueIdReviewItem toItem(const UniqueIdRequest &r)
{
    UniqueIdReviewItem item;
    item.person = r.person;
    item.state = r.state;
    item.lastError = r.lastError;
    item.updatedAt = r.updatedAt;
    if (r.state == UniqueIdRequests::kReview)
        item.candidates = UniqueIdReview::parseCandidates(r.candidates);
    return item;
}

} // namespace

QString UniqueIdCandidate::displayName() const
{
    return joinName({givenName, middleName, familyName});
}

QString UniqueIdReviewItem::displayName() const
{
    return joinName({person.givenName, person.middleName, person.familyName});
}

QList<UniqueIdCandidate> UniqueIdReview::parseCandidates(const QString &json)
{
    QList<UniqueIdCandidate> out;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QJsonObject p = o.value(QStringLiteral("person")).toObject();
        UniqueIdCandidate c;
        c.uniqueId = o.value(QStringLiteral("uniqueId")).toString();
        c.score = o.value(QStringLiteral("score")).toDouble(-1);
        c.givenName = p.value(QStringLiteral("givenName")).toString();
        c.middleName = p.value(QStringLiteral("middleName")).toString();
        c.familyName = p.value(QStringLiteral("familyName")).toString();
        c.birthDate = p.value(QStringLiteral("birthDate")).toString();
        c.sex = p.value(QStringLiteral("sex")).toString();
        if (!c.uniqueId.isEmpty())
            out << c;
    }
    return out;
}

bool UniqueIdReview::list(QSqlDatabase db, QList<UniqueIdReviewItem> *items, QString *error, int limit)
{
    items->clear();
    QString problem;
    const QList<UniqueIdRequest> requests = UniqueIdRequests(db).inState(UniqueIdRequests::kReview, limit, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    for (const UniqueIdRequest &r : requests)
        items->append(toItem(r));
    return true;
}

bool UniqueIdReview::find(QSqlDatabase db, const QString &personText, UniqueIdReviewItem *item, QString *error)
{
    UniqueIdRequest r;
    if (!UniqueIdRequests(db).findByText(personText, &r, error))
        return false;
    *item = toItem(r);
    return true;
}

bool UniqueIdReview::current(QSqlDatabase db, const UniqueIdPerson &person, UniqueIdRequest *request, QString *error)
{
    if (!UniqueIdRequests(db).findByText(person.text(), request, error))
        return false;
    if (request->state != UniqueIdRequests::kReview) {
        *error = tr("%1 is not waiting for review any more (it is %2). Refresh the list.")
                     .arg(person.text(), request->state);
        return false;
    }
    return true;
}

bool UniqueIdReview::choose(QSqlDatabase db, const UniqueIdPerson &person, const QString &candidateId, QString *error)
{
    UniqueIdRequest request;
    if (!current(db, person, &request, error))
        return false;
    bool offered = false;
    for (const UniqueIdCandidate &c : parseCandidates(request.candidates))
        offered = offered || c.uniqueId == candidateId;
    if (!offered) {
        *error = tr("%1 is not one of the candidates the identity service offered for %2.")
                     .arg(candidateId, person.text());
        return false;
    }
    if (!UniqueIdRequests(db).writeBack(request.person, candidateId, QDateTime::currentMSecsSinceEpoch(), error))
        return false;
    qCInfo(lcUniqueId).noquote() << LogCategories::leaTag(person.leaId) + person.text() << "took state ID"
                                 << candidateId << "chosen in review";
    return true;
}

bool UniqueIdReview::requestNew(QSqlDatabase db, const UniqueIdPerson &person, QString *error)
{
    UniqueIdRequest request;
    if (!current(db, person, &request, error))
        return false;
    request.state = UniqueIdRequests::kCreating;
    request.candidates.clear();
    request.pollUrl.clear();
    request.lastError.clear();
    request.attempts = 0;
    request.nextAttemptAt = 0;
    if (!UniqueIdRequests(db).save(request, QDateTime::currentMSecsSinceEpoch(), error))
        return false;
    qCInfo(lcUniqueId).noquote() << LogCategories::leaTag(person.leaId) + person.text()
                                 << "will get a new state ID (asked in review)";
    return true;
}

} // namespace dexdesk
