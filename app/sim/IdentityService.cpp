#include "IdentityService.h"

#include "ProblemResponse.h"
#include "RecordValidator.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {

const QString kGiven = QStringLiteral("givenName");
const QString kMiddle = QStringLiteral("middleName");
const QString kFamily = QStringLiteral("familyName");
const QString kBirth = QStringLiteral("birthDate");
const QString kSex = QStringLiteral("sex");
const QString kLocal = QStringLiteral("localIdentifier");

bool sameText(const QJsonObject &a, const QJsonObject &b, const QString &k)
{
    return a.value(k).toString().compare(b.value(k).toString(), Qt::CaseInsensitive) == 0;
}

} // namespace

QMap<QString, QStringList> IdentityService::validatePerson(const QJsonObject &person)
{
    QMap<QString, QStringList> errors;
    const QList<QPair<QString, int>> fields {{kGiven, 75}, {kMiddle, 75}, {kFamily, 75},
                                             {kBirth, 10}, {kSex, 30},    {kLocal, 60}};
    for (auto it = person.begin(); it != person.end(); ++it) {
        bool known = false;
        for (const auto &f : fields)
            known = known || f.first == it.key();
        if (!known)
            errors[QStringLiteral("$.") + it.key()].append(
                QStringLiteral("'%1' is not a property of this resource.").arg(it.key()));
    }
    for (const auto &f : fields) {
        const QJsonValue v = person.value(f.first);
        const QString p = QStringLiteral("$.") + f.first;
        const bool required = f.first == kGiven || f.first == kFamily || f.first == kBirth;
        if (v.isUndefined() || v.isNull()) {
            if (required)
                errors[p].append(QStringLiteral("%1 is required.").arg(f.first));
        } else if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            errors[p].append(QStringLiteral("%1 must be a non-empty string.").arg(f.first));
        } else if (v.toString().size() > f.second) {
            errors[p].append(
                QStringLiteral("%1 must be a string with a maximum length of %2.").arg(f.first).arg(f.second));
        } else if (f.first == kBirth && !RecordValidator::isDate(v.toString())) {
            errors[p].append(QStringLiteral("birthDate must be a date in the form yyyy-mm-dd."));
        }
    }
    return errors;
}

SimResponse IdentityService::handle(const SimRequest &request, const QString &path, const SimFaults &faults)
{
    const bool msg = faults.errorShape == QLatin1String("message");
    const QString base = request.baseUrl() + QStringLiteral("/identity/v2/");
    const bool post = request.method == "POST";
    if (post && (path == QLatin1String("identities") || path == QLatin1String("find"))) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return ProblemResponse::badRequest(msg, QStringLiteral("The request body must be a JSON object."));
        const auto errors = validatePerson(doc.object());
        if (!errors.isEmpty())
            return ProblemResponse::validation(msg, errors);
        SimResponse result = path == QLatin1String("find") ? find(doc.object()) : create(doc.object(), base);
        return faults.asyncIdentity ? deferred(result, base, faults) : result;
    }
    if (request.method == "GET" && path.startsWith(QLatin1String("requests/"))) {
        const QString ticket = path.mid(9);
        auto it = m_tickets.find(ticket);
        if (it == m_tickets.end())
            return ProblemResponse::notFound(msg, QStringLiteral("No identity request %1.").arg(ticket));
        if (it->pendingPolls > 0) {
            --it->pendingPolls;
            SimResponse r = SimResponse::json(
                202, QJsonDocument(QJsonObject {{QStringLiteral("status"), QStringLiteral("pending")}}));
            r.setHeader("Location", (base + QStringLiteral("requests/") + ticket).toUtf8());
            return r;
        }
        return it->result;
    }
    if (request.method == "GET" && path.startsWith(QLatin1String("identities/"))) {
        const QString id = path.mid(11);
        for (const auto &p : m_identities) {
            if (p.first == id) {
                QJsonObject o = p.second;
                o.insert(QStringLiteral("uniqueId"), id);
                return SimResponse::json(200, QJsonDocument(o));
            }
        }
        return ProblemResponse::notFound(msg, QStringLiteral("No identity %1.").arg(id));
    }
    return ProblemResponse::notFound(
        msg, QStringLiteral("The identity service has no %1 %2.").arg(QString::fromLatin1(request.method), path));
}

SimResponse IdentityService::create(const QJsonObject &person, const QString &base)
{
    const QString id = QString::number(m_nextId++);
    m_identities.append({id, person});
    SimResponse r = SimResponse::json(201, QJsonDocument(QJsonObject {{QStringLiteral("uniqueId"), id}}));
    r.setHeader("Location", (base + QStringLiteral("identities/") + id).toUtf8());
    return r;
}

SimResponse IdentityService::find(const QJsonObject &person) const
{
    QList<QPair<double, QJsonObject>> found;
    static const QRegularExpression synthetic(QStringLiteral("^candidates(\\d{1,2})$"),
                                              QRegularExpression::CaseInsensitiveOption);
    const auto m = synthetic.match(person.value(kFamily).toString());
    if (m.hasMatch()) {
        const int n = qMin(20, m.captured(1).toInt());
        for (int i = 0; i < n; ++i) {
            QJsonObject p = person;
            p.insert(kGiven, QString(person.value(kGiven).toString() + QString::number(i + 1)));
            found.append({qMax(0.5, 0.9 - 0.1 * i),
                          QJsonObject {{QStringLiteral("uniqueId"), QString::number(9000000001LL + i)},
                                       {QStringLiteral("person"), p}}});
        }
    } else {
        for (const auto &[id, known] : m_identities) {
            double score = 0;
            if (sameText(person, known, kBirth) && sameText(person, known, kFamily))
                score = sameText(person, known, kGiven) ? 0.98 : 0.75;
            else if (sameText(person, known, kBirth) && sameText(person, known, kGiven))
                score = 0.6;
            if (score > 0)
                found.append(
                    {score, QJsonObject {{QStringLiteral("uniqueId"), id}, {QStringLiteral("person"), known}}});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QJsonArray out;
    for (const auto &[score, c] : found) {
        QJsonObject o = c;
        o.insert(QStringLiteral("score"), score);
        out.append(o);
    }
    return SimResponse::json(200, QJsonDocument(out));
}

SimResponse IdentityService::deferred(SimResponse result, const QString &base, const SimFaults &faults)
{
    const QString ticket = QString::number(m_nextTicket++);
    m_tickets.insert(ticket, Ticket {faults.identityPendingPolls, result});
    SimResponse r
        = SimResponse::json(202, QJsonDocument(QJsonObject {{QStringLiteral("status"), QStringLiteral("pending")}}));
    r.setHeader("Location", (base + QStringLiteral("requests/") + ticket).toUtf8());
    return r;
}
