#include "RecordStore.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

QJsonObject StoredRecord::toJson() const
{
    QJsonObject o = body;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("_etag"), QString::number(changeVersion));
    o.insert(QStringLiteral("_lastModifiedDate"), lastModified.toString(Qt::ISODate));
    return o;
}

QString RecordStore::refKey(const QString &resource, const QString &key)
{
    return resource + QLatin1Char('\x1f') + key;
}

void RecordStore::setYears(const QList<int> &years)
{
    m_years.clear();
    for (int y : years)
        m_years.insert(y, Year {});
}

void RecordStore::clear()
{
    setYears(m_years.keys());
}

RecordStore::Upsert RecordStore::upsert(int year, const ResourceSpec &spec, const ValidationResult &v,
                                        const QList<QPair<QString, QString>> &resolvedRefs, const StoredRecord **out,
                                        const QString &owner)
{
    Year &y = m_years[year];
    Table &t = y.tables[spec.name];
    const auto existing = t.idByKey.constFind(v.naturalKey);
    if (existing != t.idByKey.constEnd()) {
        StoredRecord &rec = *t.byId.value(existing.value());
        *out = &rec;
        if (rec.body == v.body)
            return Upsert::Unchanged;
        for (const auto &r : rec.references)
            --y.refCounts[refKey(r.first, r.second)];
        for (const auto &r : resolvedRefs)
            ++y.refCounts[refKey(r.first, r.second)];
        rec.body = v.body;
        rec.references = resolvedRefs;
        rec.changeVersion = ++y.changeVersion;
        rec.lastModified = QDateTime::currentDateTimeUtc();
        return Upsert::Updated;
    }
    StoredRecord rec;
    rec.id = QUuid::createUuid().toString(QUuid::Id128);
    rec.naturalKey = v.naturalKey;
    rec.keyValues = v.keyValues;
    rec.body = v.body;
    rec.references = resolvedRefs;
    rec.owner = owner;
    rec.changeVersion = ++y.changeVersion;
    rec.createSeq = ++y.createSeq;
    rec.lastModified = QDateTime::currentDateTimeUtc();
    for (const auto &r : resolvedRefs)
        ++y.refCounts[refKey(r.first, r.second)];
    t.idByKey.insert(rec.naturalKey, rec.id);
    auto stored = std::make_shared<StoredRecord>(std::move(rec));
    t.order.append(stored.get());
    t.byId.insert(stored->id, stored);
    *out = stored.get();
    return Upsert::Created;
}

const RecordStore::Table *RecordStore::table(int year, const QString &resource) const
{
    const auto y = m_years.constFind(year);
    if (y == m_years.constEnd())
        return nullptr;
    const auto t = y->tables.constFind(resource);
    return t == y->tables.constEnd() ? nullptr : &t.value();
}

const StoredRecord *RecordStore::findByKey(int year, const QString &resource, const QString &naturalKey) const
{
    const Table *t = table(year, resource);
    if (!t)
        return nullptr;
    const auto id = t->idByKey.constFind(naturalKey);
    return id == t->idByKey.constEnd() ? nullptr : get(year, resource, id.value());
}

QString RecordStore::resolve(int year, const QStringList &targets, const QString &key) const
{
    const auto y = m_years.constFind(year);
    if (y == m_years.constEnd())
        return {};
    for (const QString &t : targets) {
        const auto table = y->tables.constFind(t);
        if (table != y->tables.constEnd() && table->idByKey.contains(key))
            return t;
    }
    return {};
}

bool RecordStore::descriptorExists(int year, const QString &descriptorName, const QString &uri) const
{
    const int hash = uri.indexOf(QLatin1Char('#'));
    if (hash <= 0)
        return false;
    const QString key = (uri.left(hash) + QLatin1Char('|') + uri.mid(hash + 1)).toLower();
    return !resolve(year, {ResourceCatalog::descriptorResource(descriptorName)}, key).isEmpty();
}

const StoredRecord *RecordStore::get(int year, const QString &resource, const QString &id) const
{
    const Table *t = table(year, resource);
    if (!t)
        return nullptr;
    const auto r = t->byId.constFind(id);
    return r == t->byId.constEnd() ? nullptr : r.value().get();
}

QList<const StoredRecord *> RecordStore::list(int year, const QString &resource) const
{
    const Table *t = table(year, resource);
    return t ? t->order : QList<const StoredRecord *> {};
}

RecordStore::Removal RecordStore::remove(int year, const QString &resource, const QString &id, QString *naturalKey)
{
    auto y = m_years.find(year);
    if (y == m_years.end())
        return Removal::NotFound;
    auto t = y->tables.find(resource);
    if (t == y->tables.end())
        return Removal::NotFound;
    const auto found = t->byId.find(id);
    if (found == t->byId.end())
        return Removal::NotFound;
    const StoredRecord *r = found.value().get();
    *naturalKey = r->naturalKey;
    if (y->refCounts.value(refKey(resource, r->naturalKey)) > 0)
        return Removal::Referenced;
    for (const auto &ref : r->references)
        --y->refCounts[refKey(ref.first, ref.second)];
    t->deletes.append({r->id, ++y->changeVersion, r->keyValues});
    t->idByKey.remove(r->naturalKey);
    const auto at = std::lower_bound(t->order.begin(), t->order.end(), r->createSeq,
                                     [](const StoredRecord *a, qint64 seq) { return a->createSeq < seq; });
    if (at != t->order.end() && *at == r)
        t->order.erase(at);
    t->byId.erase(found);
    return Removal::Removed;
}

QList<DeletedRecord> RecordStore::deletes(int year, const QString &resource) const
{
    const auto y = m_years.constFind(year);
    if (y == m_years.constEnd())
        return {};
    return y->tables.value(resource).deletes;
}

qint64 RecordStore::newestChangeVersion(int year) const
{
    return m_years.value(year).changeVersion;
}

int RecordStore::count(int year, const QString &resource) const
{
    const Table *t = table(year, resource);
    return t ? int(t->byId.size()) : 0;
}

QJsonObject RecordStore::counts() const
{
    QJsonObject all;
    for (auto y = m_years.cbegin(); y != m_years.cend(); ++y) {
        QJsonObject per;
        for (auto t = y->tables.cbegin(); t != y->tables.cend(); ++t)
            per.insert(t.key(), int(t->byId.size()));
        all.insert(y.key() == 0 ? QStringLiteral("shared") : QString::number(y.key()), per);
    }
    return all;
}
