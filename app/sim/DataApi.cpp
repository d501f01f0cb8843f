#include "DataApi.h"

#include "PageQuery.h"
#include "ProblemResponse.h"
#include "SimCounters.h"

#include <QJsonArray>

DataApi::DataApi(const SimConfig &config, RecordStore *store, SimCounters *counters)
    : m_config(config)
    , m_store(store)
    , m_counters(counters)
{ }

QString DataApi::resourceOf(const QString &path)
{
    QStringList s = path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // data v3 [year] ed-fi resource ...
    if (s.size() >= 3 && s.at(2).size() == 4 && s.at(2).at(0).isDigit())
        s.removeAt(2);
    return s.size() >= 4 && s.at(2) == QLatin1String("ed-fi") ? s.at(3) : QString();
}

QString DataApi::recordOf(const SimRequest &request)
{
    const QString resource = resourceOf(request.path);
    if (resource.isEmpty())
        return {};
    if (request.method == "DELETE")
        return request.path;
    const ResourceSpec *spec = ResourceCatalog::find(resource);
    if (request.method != "POST" || !spec)
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return {};
    return request.path + QLatin1Char('|') + RecordValidator::naturalKeyOf(*spec, doc.object());
}

SimResponse DataApi::forbidden(bool msg, const QString &detail)
{
    return ProblemResponse::make(msg, 403, QStringLiteral("urn:ed-fi:api:security:authorization"),
                                 QStringLiteral("Authorization Denied"), detail);
}

SimResponse DataApi::notOwner(bool msg)
{
    return forbidden(msg,
                     QStringLiteral("Access to the resource item could not be authorized: the record belongs to "
                                    "another API client (ownership-based authorization)."));
}

bool DataApi::target(const SimRequest &request, const SimClient &client, bool msg, Target *t, SimResponse *error) const
{
    QStringList s = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    s = s.mid(2); // drop "data", "v3"
    bool isYear = false;
    const int year = s.value(0).toInt(&isYear);
    if (isYear) {
        if (!m_config.servesYearSpecific()) {
            *error
                = ProblemResponse::notFound(msg, QStringLiteral("This server uses the shared (year-less) URL layout."));
            return false;
        }
        if (!m_store->hasYear(year)) {
            *error = ProblemResponse::notFound(msg, QStringLiteral("The school year %1 is not served here.").arg(year));
            return false;
        }
        t->year = year;
        s.removeFirst();
        t->prefix = QStringLiteral("/data/v3/%1/ed-fi/").arg(year);
    } else {
        if (!m_config.servesShared()) {
            *error = ProblemResponse::notFound(
                msg, QStringLiteral("This server uses year-specific URLs: /data/v3/{schoolYear}/ed-fi/{resource}."));
            return false;
        }
        t->prefix = QStringLiteral("/data/v3/ed-fi/");
    }
    if (s.size() < 2 || s.size() > 3 || s.at(0) != QLatin1String("ed-fi")
        || !(t->spec = ResourceCatalog::find(s.at(1)))) {
        *error = ProblemResponse::notFound(msg, QStringLiteral("There is no resource at %1.").arg(request.path));
        return false;
    }
    t->tail = s.value(2);
    if (!client.allowsYear(t->year)) {
        *error = forbidden(msg, QStringLiteral("Access to school year %1 is not granted to this client.").arg(t->year));
        return false;
    }
    if (!client.allowsResource(t->spec->name)) {
        *error = forbidden(
            msg, QStringLiteral("Access to the resource '%1' is not granted to this client.").arg(t->spec->name));
        return false;
    }
    return true;
}

SimResponse DataApi::handleData(const SimRequest &request, const SimClient &client, const SimFaults &faults)
{
    const bool msg = faults.errorShape == QLatin1String("message");
    Target t;
    SimResponse error;
    if (!target(request, client, msg, &t, &error))
        return error;
    const QByteArray &m = request.method;
    if (t.tail.isEmpty() && m == "POST")
        return upsert(request, t, msg, faults, client);
    if (t.tail.isEmpty() && m == "GET")
        return list(request, t, msg, faults);
    if (t.tail == QLatin1String("deletes") && m == "GET")
        return listDeletes(request, t, msg);
    if (!t.tail.isEmpty() && t.tail != QLatin1String("deletes") && m == "GET") {
        const StoredRecord *rec = m_store->get(t.year, t.spec->name, t.tail);
        if (!rec)
            return ProblemResponse::notFound(msg,
                                             QStringLiteral("No %1 record has the id %2.").arg(t.spec->name, t.tail));
        SimResponse r = SimResponse::json(200, QJsonDocument(toServedStandard(rec->toJson(), t.spec->name, faults)));
        r.setHeader("ETag", '"' + QByteArray::number(rec->changeVersion) + '"');
        return r;
    }
    if (!t.tail.isEmpty() && m == "DELETE") {
        const StoredRecord *rec = m_store->get(t.year, t.spec->name, t.tail);
        if (faults.ownership && rec && !rec->owner.isEmpty() && rec->owner != client.key)
            return notOwner(msg);
        return remove(request, t, msg);
    }
    SimResponse r = ProblemResponse::make(msg, 405, QStringLiteral("urn:ed-fi:api:method-not-allowed"),
                                          QStringLiteral("Method Not Allowed"),
                                          QStringLiteral("%1 is not supported here.").arg(QString::fromLatin1(m)));
    r.setHeader("Allow", t.tail.isEmpty() ? "GET, POST" : "GET, DELETE");
    return r;
}

SimResponse DataApi::upsert(const SimRequest &request, const Target &t, bool msg, const SimFaults &faults,
                            const SimClient &client)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return ProblemResponse::badRequest(
            msg,
            QStringLiteral("The request body must be a JSON object (%1).")
                .arg(pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("not an object")));
    QJsonObject body = doc.object();
    QString field;
    QString why;
    if (!fromServedStandard(&body, t.spec->name, faults, &field, &why))
        return ProblemResponse::validation(msg, {{QStringLiteral("$.") + field, {why}}});
    const int year = t.year;
    RecordValidator validator(
        [this, year](const QString &d, const QString &uri) { return m_store->descriptorExists(year, d, uri); });
    const ValidationResult v = validator.validate(*t.spec, body);
    if (!v.ok() && faults.descriptorConflict && v.errors.size() == v.unknownDescriptors.size()) {
        // As some servers do: a descriptor value they lack is a failed reference (409), not a 400.
        QStringList missing;
        QJsonArray failures;
        for (const UnknownDescriptor &d : v.unknownDescriptors) {
            missing.append(QStringLiteral("The referenced '%1' resource does not exist (descriptor = %2).")
                               .arg(d.descriptor, d.value));
            failures.append(QJsonObject {
                {QStringLiteral("resourceName"), d.descriptor},
                {QStringLiteral("identity"), QJsonArray {QJsonObject {{QStringLiteral("descriptor"), d.value}}}}});
        }
        SimResponse r = ProblemResponse::make(msg, 409, QStringLiteral("urn:ed-fi:api:conflict:unresolved-reference"),
                                              QStringLiteral("Unresolved Reference"), missing.join(QLatin1Char(' ')));
        r.failures = failures;
        return r;
    }
    if (!v.ok())
        return ProblemResponse::validation(msg, v.errors);
    if (faults.ownership) {
        const StoredRecord *existing = m_store->findByKey(year, t.spec->name, v.naturalKey);
        if (existing && !existing->owner.isEmpty() && existing->owner != client.key)
            return notOwner(msg);
    }
    QList<QPair<QString, QString>> refs;
    QStringList missing;
    QJsonArray failures;
    for (const RecordReference &r : v.references) {
        const QString found = m_store->resolve(year, r.targets, r.key);
        if (found.isEmpty()) {
            missing.append(
                QStringLiteral("The referenced '%1' resource does not exist (%2 = %3).").arg(r.label, r.path, r.key));
            failures.append(QJsonObject {{QStringLiteral("resourceName"), r.label},
                                         {QStringLiteral("identity"), QJsonArray {r.identity}}});
        } else {
            refs.append({found, r.key});
        }
    }
    if (!missing.isEmpty()) {
        SimResponse r = ProblemResponse::make(msg, 409, QStringLiteral("urn:ed-fi:api:conflict:unresolved-reference"),
                                              QStringLiteral("Unresolved Reference"), missing.join(QLatin1Char(' ')));
        r.failures = failures;
        return r;
    }
    const QByteArray seq = request.header("X-Dexdesk-Sequence");
    bool seqOk = false;
    const qint64 sequence = seq.trimmed().toLongLong(&seqOk);
    if (seqOk)
        m_counters->checkSequence(QString::number(year) + QLatin1Char('/') + t.spec->name, v.naturalKey, sequence);
    const StoredRecord *rec = nullptr;
    const RecordStore::Upsert result = m_store->upsert(year, *t.spec, v, refs, &rec, client.key);
    if (result == RecordStore::Upsert::Unchanged)
        m_counters->countDuplicate(t.spec->name);
    SimResponse r;
    r.status = result == RecordStore::Upsert::Created ? 201 : 200;
    const QString path = t.prefix + t.spec->name + QLatin1Char('/') + rec->id;
    r.setHeader("Location", (faults.relativeLocation ? path : request.baseUrl() + path).toUtf8());
    r.setHeader("ETag", '"' + QByteArray::number(rec->changeVersion) + '"');
    return r;
}

SimResponse DataApi::list(const SimRequest &request, const Target &t, bool msg, const SimFaults &faults) const
{
    PageQuery page;
    QString why;
    if (!page.parse(request.query, *t.spec, &why))
        return ProblemResponse::badRequest(msg, why);
    const int requestedOffset = page.offset;
    if (faults.ignoreOffset)
        page.offset = 0;
    if (faults.maxPageSize > 0)
        page.limit = qMin(page.limit, faults.maxPageSize);
    QJsonArray out;
    int matched = 0;
    const QList<const StoredRecord *> records = m_store->list(t.year, t.spec->name);
    // Every record matches (no filter, a change window holding every version): the page is a
    // slice, as an ODS reads it from an index, instead of a walk from the first record.
    const bool everything = page.filters.isEmpty() && page.minChangeVersion <= 0
        && (page.maxChangeVersion < 0 || page.maxChangeVersion >= m_store->newestChangeVersion(t.year));
    if (everything) {
        for (qsizetype i = page.offset; i < records.size() && out.size() < page.limit; ++i)
            out.append(toServedStandard(records.at(i)->toJson(), t.spec->name, faults));
        matched = int(records.size());
    } else {
        for (const StoredRecord *rec : records) {
            if (!page.matches(*rec))
                continue;
            if (matched >= page.offset && out.size() < page.limit)
                out.append(toServedStandard(rec->toJson(), t.spec->name, faults));
            ++matched;
            if (!page.totalCount && out.size() >= page.limit)
                break;
        }
    }
    SimResponse r = SimResponse::json(200, QJsonDocument(out));
    if (faults.malformedResource == t.spec->name && faults.malformedOffset == requestedOffset)
        r.body = malformed(out, *t.spec, faults.malformedShape);
    if (page.totalCount && faults.totalCount)
        r.setHeader("Total-Count", QByteArray::number(matched + faults.totalCountExcess));
    return r;
}

QJsonObject DataApi::toServedStandard(QJsonObject record, const QString &resource, const SimFaults &faults)
{
    if (faults.dataStandard != QLatin1String("3.3"))
        return record;
    for (const auto &[ds5, ds33] : SimFaults::renamedProperties(resource)) {
        if (record.contains(ds5))
            record.insert(ds33, record.take(ds5));
    }
    return record;
}

bool DataApi::fromServedStandard(QJsonObject *record, const QString &resource, const SimFaults &faults, QString *field,
                                 QString *why)
{
    const bool ds33 = faults.dataStandard == QLatin1String("3.3");
    for (const auto &[ds5, ds33Name] : SimFaults::renamedProperties(resource)) {
        const QString &foreign = ds33 ? ds5 : ds33Name;
        const QString &own = ds33 ? ds33Name : ds5;
        if (record->contains(foreign)) {
            *field = foreign;
            *why = QStringLiteral("The property is not known in Data Standard %1 (use %2).")
                       .arg(faults.dataStandard, own);
            return false;
        }
        if (ds33 && record->contains(own))
            record->insert(ds5, record->take(own));
    }
    return true;
}

QByteArray DataApi::malformed(QJsonArray page, const ResourceSpec &spec, const QString &shape)
{
    if (shape == QLatin1String("notArray"))
        return QJsonDocument(QJsonObject {{QStringLiteral("records"), page}}).toJson(QJsonDocument::Compact);
    if (shape == QLatin1String("truncated")) {
        const QByteArray full = QJsonDocument(page).toJson(QJsonDocument::Compact);
        return full.left(qMax(qsizetype(1), full.size() / 2));
    }
    // The last record of the page loses its key (or gets it as a string), so a client that
    // applies page by page would already have written the records before it.
    if (!page.isEmpty() && !spec.naturalKey.isEmpty()) {
        QJsonObject last = page.last().toObject();
        const QString key = spec.naturalKey.first().section(QLatin1Char('.'), 0, 0);
        if (shape == QLatin1String("missingKey"))
            last.remove(key);
        else if (last.value(key).isString())
            last.insert(key, 42);
        else
            last.insert(key, QStringLiteral("not-a-number"));
        page.replace(page.size() - 1, last);
    }
    return QJsonDocument(page).toJson(QJsonDocument::Compact);
}

SimResponse DataApi::listDeletes(const SimRequest &request, const Target &t, bool msg) const
{
    PageQuery page;
    QString why;
    if (!page.parse(request.query, *t.spec, &why))
        return ProblemResponse::badRequest(msg, why);
    QJsonArray out;
    int matched = 0;
    for (const DeletedRecord &d : m_store->deletes(t.year, t.spec->name)) {
        if (!page.inChangeRange(d.changeVersion))
            continue;
        if (matched >= page.offset && out.size() < page.limit)
            out.append(QJsonObject {{QStringLiteral("id"), d.id},
                                    {QStringLiteral("changeVersion"), d.changeVersion},
                                    {QStringLiteral("keyValues"), d.keyValues}});
        ++matched;
    }
    SimResponse r = SimResponse::json(200, QJsonDocument(out));
    if (page.totalCount)
        r.setHeader("Total-Count", QByteArray::number(matched));
    return r;
}

SimResponse DataApi::remove(const SimRequest &request, const Target &t, bool msg)
{
    QString key;
    const RecordStore::Removal result = m_store->remove(t.year, t.spec->name, t.tail, &key);
    if (result == RecordStore::Removal::NotFound)
        return ProblemResponse::notFound(msg, QStringLiteral("No %1 record has the id %2.").arg(t.spec->name, t.tail));
    if (result == RecordStore::Removal::Referenced)
        return ProblemResponse::make(msg, 409, QStringLiteral("urn:ed-fi:api:conflict:dependent-item-exists"),
                                     QStringLiteral("Dependent Item Exists"),
                                     QStringLiteral("The requested action cannot be performed because this %1 record "
                                                    "is referenced by other records.")
                                         .arg(t.spec->name));
    const QByteArray seq = request.header("X-Dexdesk-Sequence");
    bool seqOk = false;
    const qint64 sequence = seq.trimmed().toLongLong(&seqOk);
    if (seqOk)
        m_counters->checkSequence(QString::number(t.year) + QLatin1Char('/') + t.spec->name, key, sequence);
    SimResponse r;
    r.status = 204;
    return r;
}

SimResponse DataApi::handleChangeQueries(const SimRequest &request, const SimClient &client, const SimFaults &faults)
{
    const bool msg = faults.errorShape == QLatin1String("message");
    const QStringList s
        = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts); // changeQueries v1 [year] available...
    int year = 0;
    bool isYear = false;
    if (s.size() == 4)
        year = s.at(2).toInt(&isYear);
    const bool shape
        = (s.size() == 3 || (s.size() == 4 && isYear)) && s.last() == QLatin1String("availableChangeVersions");
    if (!shape || request.method != "GET" || (isYear && !m_config.servesYearSpecific())
        || (!isYear && !m_config.servesShared()) || !m_store->hasYear(year))
        return ProblemResponse::notFound(msg, QStringLiteral("There is no change query at %1.").arg(request.path));
    if (!client.allowsYear(year))
        return forbidden(msg, QStringLiteral("Access to school year %1 is not granted to this client.").arg(year));
    if (faults.changeQueries == QLatin1String("absent") || faults.changeQueries == QLatin1String("broken")) {
        SimResponse r;
        r.status = 500; // as a server without the feature answered: no body at all
        return r;
    }
    if (faults.changeQueries == QLatin1String("absent404"))
        return ProblemResponse::notFound(msg, QStringLiteral("There is no change query at %1.").arg(request.path));
    if (faults.changeQueries == QLatin1String("noVersion"))
        return SimResponse::json(200, QJsonDocument(QJsonObject {{QStringLiteral("oldestChangeVersion"), 0}}));
    return SimResponse::json(
        200,
        QJsonDocument(QJsonObject {{QStringLiteral("oldestChangeVersion"), 0},
                                   {QStringLiteral("newestChangeVersion"), m_store->newestChangeVersion(year)}}));
}
