#include "DownloadStore.h"

#include "Database.h"
#include "RecordSchema.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>

#include <cmath>

namespace dexdesk {

namespace {

using K = ColumnDef::Kind;

const QChar kSep(0x1f);
const QString kNull = QStringLiteral("\x1e");

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString kindText(DownloadStore::Kind kind)
{
    return kind == DownloadStore::Kind::Delete ? QStringLiteral("delete") : QStringLiteral("upsert");
}

bool isWhole(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9.0e15;
}

QJsonValue at(const QJsonObject &o, const QList<QStringView> &path)
{
    QJsonValue v = o.value(path.first());
    for (qsizetype i = 1; i < path.size(); ++i) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(path.at(i));
    }
    return v;
}

// One column's value from the agency's JSON (the reverse of RecordTable::toJson): descriptor
// URIs are kept whole, a descriptor list becomes "uri;uri". False with `why` on a wrong type.
bool columnValue(const ColumnDef &c, const QJsonObject &o, QVariant *out, QString *why)
{
    // Views into the column's own path: this runs for every column of every downloaded record.
    const QList<QStringView> path = QStringView(c.jsonPath).split(QLatin1Char('.'));
    if (c.kind == K::DescriptorList) {
        const QJsonValue list = o.value(path.first());
        if (list.isUndefined() || list.isNull()) {
            *out = QVariant();
        } else if (!list.isArray()) {
            *why = DownloadStore::tr("\"%1\" is not a list").arg(path.first().toString());
            return false;
        } else {
            QStringList parts;
            for (const QJsonValue &item : list.toArray()) {
                const QJsonValue d = item.toObject().value(path.last());
                if (!item.isObject() || !d.isString()) {
                    *why = DownloadStore::tr("an item of \"%1\" has no text \"%2\"")
                               .arg(path.first().toString(), path.last().toString());
                    return false;
                }
                parts << d.toString();
            }
            *out = parts.isEmpty() ? QVariant() : QVariant(parts.join(QLatin1Char(';')));
        }
    } else {
        const QJsonValue v = at(o, path);
        if (v.isUndefined() || v.isNull()) {
            *out = QVariant();
        } else {
            switch (c.kind) {
            case K::Integer:
                if (!isWhole(v)) {
                    *why = DownloadStore::tr("\"%1\" is not a whole number").arg(c.jsonPath);
                    return false;
                }
                *out = QVariant(qint64(v.toDouble()));
                break;
            case K::Boolean:
                if (!v.isBool()) {
                    *why = DownloadStore::tr("\"%1\" is not true or false").arg(c.jsonPath);
                    return false;
                }
                *out = QVariant(v.toBool() ? 1 : 0);
                break;
            case K::String:
            case K::Date:
            case K::Descriptor:
            case K::DescriptorList:
                if (!v.isString()) {
                    *why = DownloadStore::tr("\"%1\" is not text").arg(c.jsonPath);
                    return false;
                }
                *out = QVariant(v.toString());
                break;
            }
        }
    }
    if (c.required && (out->isNull() || out->toString().isEmpty())) {
        *why = DownloadStore::tr("\"%1\" is missing").arg(c.jsonPath);
        return false;
    }
    return true;
}

// The table's columns filled from the agency's JSON, in `columns` order (local columns left out).
bool rowValues(const RecordTable &t, const QJsonObject &o, QVariantList *values, QString *why)
{
    values->clear();
    for (const ColumnDef &c : t.columns) {
        if (c.isLocal())
            continue;
        QVariant v;
        if (!columnValue(c, o, &v, why))
            return false;
        values->append(v);
    }
    return true;
}

QString text(const QVariant &v)
{
    return v.isNull() ? kNull : v.toString();
}

// Calls `apply(isDelete, record)` for every record of the executed staging query's rows, in order:
// a row holds one record (an object) or a page of them (an array, staged whole as it came). False
// as soon as `apply` fails.
template<typename Apply> bool forEachStaged(QSqlQuery &staged, Apply apply)
{
    while (staged.next()) {
        const bool isDelete = staged.value(0).toString() == QLatin1String("delete");
        const QJsonDocument doc = QJsonDocument::fromJson(staged.value(1).toByteArray());
        if (doc.isArray()) {
            const QJsonArray items = doc.array();
            for (const QJsonValue &item : items) {
                if (!apply(isDelete, item.toObject()))
                    return false;
            }
        } else if (!apply(isDelete, doc.object())) {
            return false;
        }
    }
    return true;
}

QString descriptorText(const QJsonObject &o, const QString &name)
{
    const QJsonValue v = o.value(name);
    return v.isString() ? v.toString() : QString();
}

} // namespace

DownloadStore::DownloadStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

QString DownloadStore::descriptorName(const QString &resource)
{
    if (!resource.endsWith(QLatin1String("Descriptors")) || resource.size() <= 11)
        return {};
    QString name = resource.chopped(1);
    name[0] = name.at(0).toUpper();
    return name;
}

bool DownloadStore::isSupported(const QString &resource)
{
    if (!descriptorName(resource).isEmpty())
        return true;
    const RecordTable *t = RecordSchema::find(resource);
    return t && !t->published;
}

QString DownloadStore::checkRecord(const QString &resource, const QJsonObject &record)
{
    if (!descriptorName(resource).isEmpty()) {
        for (const char *name : {"namespace", "codeValue"}) {
            const QJsonValue v = record.value(QLatin1String(name));
            if (!v.isString() || v.toString().isEmpty())
                return tr("\"%1\" is missing or not text").arg(QLatin1String(name));
        }
        for (const char *name : {"shortDescription", "description", "id"}) {
            const QJsonValue v = record.value(QLatin1String(name));
            if (!v.isUndefined() && !v.isNull() && !v.isString())
                return tr("\"%1\" is not text").arg(QLatin1String(name));
        }
        return {};
    }
    const RecordTable *t = RecordSchema::find(resource);
    if (!t)
        return tr("the resource %1 is not one DEX Desk downloads").arg(resource);
    QVariantList values;
    QString why;
    if (!rowValues(*t, record, &values, &why))
        return why;
    return {};
}

QString DownloadStore::checkDelete(const QString &resource, const QJsonObject &item)
{
    const QJsonObject key = item.value(QStringLiteral("keyValues")).toObject();
    if (!descriptorName(resource).isEmpty()) {
        if (!key.value(QStringLiteral("namespace")).isString() || !key.value(QStringLiteral("codeValue")).isString())
            return tr("\"keyValues\" has no namespace and codeValue");
        return {};
    }
    const RecordTable *t = RecordSchema::find(resource);
    if (!t)
        return tr("the resource %1 is not one DEX Desk downloads").arg(resource);
    for (const QString &k : t->keyColumns) {
        const ColumnDef *c = t->column(k);
        const QJsonValue v = key.value(c->jsonName());
        if (c->kind == K::Integer ? !isWhole(v) : !v.isString())
            return tr("\"keyValues\" has no usable \"%1\"").arg(c->jsonName());
    }
    return {};
}

bool DownloadStore::beginRun(qint64 *runId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO job_runs (kind, started_at, outcome) VALUES ('download', ?, 'running') RETURNING id"));
    q.addBindValue(now());
    if (!q.exec()) {
        *error = Database::lastError(q);
        return false;
    }
    *runId = Database::insertedId(q);
    return true;
}

bool DownloadStore::finishRun(qint64 runId, const QString &outcome, int fetched, int failed, const QString &message,
                              const QString &detail, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE job_runs SET finished_at = ?, outcome = ?, sent = ?, failed = ?, message = ?, "
                             "detail = ? WHERE id = ?"));
    q.addBindValue(now());
    q.addBindValue(outcome);
    q.addBindValue(fetched);
    q.addBindValue(failed);
    q.addBindValue(message.isEmpty() ? QVariant() : QVariant(message));
    q.addBindValue(detail);
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = Database::lastError(q);
        return false;
    }
    return true;
}

bool DownloadStore::purgeStaging(qint64 ageMs, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM download_staging WHERE fetched_at < ?"));
    q.addBindValue(now() - ageMs);
    if (!q.exec()) {
        *error = Database::lastError(q);
        return false;
    }
    return true;
}

bool DownloadStore::stage(qint64 runId, const QString &resource, int schoolYear, Kind kind,
                          const QByteArrayList &bodies, QString *error)
{
    if (bodies.isEmpty())
        return true;
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO download_staging (run_id, resource, school_year, kind, body, fetched_at) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    const qint64 at = now();
    const QString kindName = kindText(kind);
    for (const QByteArray &body : bodies) {
        q.bindValue(0, runId);
        q.bindValue(1, resource);
        q.bindValue(2, schoolYear);
        q.bindValue(3, kindName);
        q.bindValue(4, QString::fromUtf8(body));
        q.bindValue(5, at);
        if (!q.exec()) {
            *error = Database::lastError(q);
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

bool DownloadStore::discard(qint64 runId, const QString &resource, int schoolYear, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM download_staging WHERE run_id = ? AND resource = ? AND school_year = ?"));
    q.addBindValue(runId);
    q.addBindValue(resource);
    q.addBindValue(schoolYear);
    if (!q.exec()) {
        *error = Database::lastError(q);
        return false;
    }
    return true;
}

bool DownloadStore::discardRun(qint64 runId, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM download_staging WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec()) {
        *error = Database::lastError(q);
        return false;
    }
    return true;
}

bool DownloadStore::storedVersion(const QString &resource, int schoolYear, qint64 *version, bool *known, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT change_version FROM download_state WHERE resource = ? AND school_year = ?"));
    q.addBindValue(resource);
    q.addBindValue(schoolYear);
    if (!q.exec()) {
        *error = Database::lastError(q);
        return false;
    }
    *known = q.next();
    *version = *known ? q.value(0).toLongLong() : 0;
    return true;
}

bool DownloadStore::apply(qint64 runId, const QString &resource, int schoolYear, const QString &leaId, bool full,
                          qint64 newVersion, ApplyCounts *counts, QString *error)
{
    *counts = {};
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    bool ok = false;
    if (!descriptorName(resource).isEmpty()) {
        ok = applyDescriptors(runId, resource, schoolYear, full, counts, error);
    } else if (const RecordTable *t = RecordSchema::find(resource); t && !t->published) {
        ok = applyRecords(runId, *t, schoolYear, leaId, full, counts, error);
    } else {
        *error = tr("the resource %1 is not one DEX Desk downloads").arg(resource);
    }
    ok = ok && saveState(resource, schoolYear, newVersion, counts->records, error)
        && discard(runId, resource, schoolYear, error);
    if (!ok || !m_db.commit()) {
        if (ok)
            *error = m_db.lastError().text();
        m_db.rollback();
        *counts = {};
        return false;
    }
    return true;
}

bool DownloadStore::saveState(const QString &resource, int schoolYear, qint64 newVersion, int records, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO download_state (resource, school_year, change_version, records, last_run_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (resource, school_year) DO UPDATE SET "
        "change_version = CASE WHEN ? >= 0 THEN excluded.change_version ELSE download_state.change_version END, "
        "records = excluded.records, last_run_at = excluded.last_run_at"));
    q.addBindValue(resource);
    q.addBindValue(schoolYear);
    q.addBindValue(qMax(qint64(0), newVersion));
    q.addBindValue(records);
    q.addBindValue(now());
    q.addBindValue(newVersion);
    if (!q.exec()) {
        *error = Database::lastError(q);
        return false;
    }
    return true;
}

bool DownloadStore::applyDescriptors(qint64 runId, const QString &resource, int schoolYear, bool full,
                                     ApplyCounts *counts, QString *error)
{
    const QString descriptor = descriptorName(resource);
    struct Existing {
        QString signature;
        bool seen = false;
    };
    QHash<QString, Existing> existing;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT namespace, code_value, short_description, description, resource_id "
                             "FROM descriptors WHERE school_year = ? AND descriptor = ?"));
    q.addBindValue(schoolYear);
    q.addBindValue(descriptor);
    if (!q.exec()) {
        *error = Database::lastError(q);
        return false;
    }
    while (q.next())
        existing.insert(q.value(0).toString() + kSep + q.value(1).toString(),
                        {text(q.value(2)) + kSep + text(q.value(3)) + kSep + text(q.value(4)), false});

    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM descriptors WHERE school_year = ? AND descriptor = ? AND namespace = ? "
                               "AND code_value = ?"));
    const auto remove = [&](const QString &key) {
        del.bindValue(0, schoolYear);
        del.bindValue(1, descriptor);
        del.bindValue(2, key.section(kSep, 0, 0));
        del.bindValue(3, key.section(kSep, 1));
        if (!del.exec()) {
            *error = Database::lastError(del);
            return false;
        }
        ++counts->deleted;
        return true;
    };
    QSqlQuery upsert(m_db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO descriptors (school_year, descriptor, namespace, code_value, short_description, description, "
        "resource_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (school_year, descriptor, namespace, "
        "code_value) DO UPDATE SET short_description = excluded.short_description, description = "
        "excluded.description, resource_id = excluded.resource_id, updated_at = excluded.updated_at"));

    QSqlQuery staged(m_db);
    staged.setForwardOnly(true);
    staged.prepare(QStringLiteral("SELECT kind, body FROM download_staging WHERE run_id = ? AND resource = ? AND "
                                  "school_year = ? ORDER BY kind, id")); // 'delete' sorts before 'upsert'
    staged.addBindValue(runId);
    staged.addBindValue(resource);
    staged.addBindValue(schoolYear);
    if (!staged.exec()) {
        *error = Database::lastError(staged);
        return false;
    }
    const qint64 at = now();
    const auto applyOne = [&](bool isDelete, const QJsonObject &o) {
        if (isDelete) {
            const QJsonObject k = o.value(QStringLiteral("keyValues")).toObject();
            const QString key = descriptorText(k, QStringLiteral("namespace")) + kSep
                + descriptorText(k, QStringLiteral("codeValue"));
            return !existing.remove(key) || remove(key);
        }
        const QString ns = descriptorText(o, QStringLiteral("namespace"));
        const QString code = descriptorText(o, QStringLiteral("codeValue"));
        const QVariant shortDescription = o.value(QStringLiteral("shortDescription")).toVariant();
        const QVariant description = o.value(QStringLiteral("description")).toVariant();
        const QVariant id = o.value(QStringLiteral("id")).toVariant();
        const QString key = ns + kSep + code;
        const QString signature = text(shortDescription) + kSep + text(description) + kSep + text(id);
        auto it = existing.find(key);
        if (it != existing.end() && it->signature == signature) {
            if (!it->seen)
                ++counts->unchanged;
            it->seen = true;
            return true;
        }
        upsert.bindValue(0, schoolYear);
        upsert.bindValue(1, descriptor);
        upsert.bindValue(2, ns);
        upsert.bindValue(3, code);
        upsert.bindValue(4, shortDescription);
        upsert.bindValue(5, description);
        upsert.bindValue(6, id);
        upsert.bindValue(7, at);
        if (!upsert.exec()) {
            *error = Database::lastError(upsert);
            return false;
        }
        if (it == existing.end()) {
            ++counts->inserted;
            existing.insert(key, {signature, true});
        } else {
            ++counts->updated;
            it->signature = signature;
            it->seen = true;
        }
        return true;
    };
    if (!forEachStaged(staged, applyOne))
        return false;
    for (auto it = existing.begin(); full && it != existing.end();) {
        if (it->seen) {
            ++it;
            continue;
        }
        if (!remove(it.key()))
            return false;
        it = existing.erase(it);
    }
    counts->records = int(existing.size());
    return true;
}

bool DownloadStore::applyRecords(qint64 runId, const RecordTable &t, int schoolYear, const QString &leaId, bool full,
                                 ApplyCounts *counts, QString *error)
{
    QStringList columns;
    QList<int> keyIndex; // positions of the key columns among `columns`
    for (const ColumnDef &c : t.columns) {
        if (c.isLocal())
            continue;
        if (t.keyColumns.contains(c.column))
            keyIndex << int(columns.size());
        columns << c.column;
    }
    struct Existing {
        qint64 id = 0;
        QString signature;
        QString leaId;
        bool seen = false;
    };
    QHash<QString, Existing> existing;
    const auto keyOf = [&keyIndex](const QVariantList &values) {
        QStringList parts;
        for (int i : keyIndex)
            parts << text(values.at(i));
        return parts.join(kSep);
    };
    const auto signatureOf = [](const QVariantList &values, const QString &lea) {
        QStringList parts {lea};
        for (const QVariant &v : values)
            parts << text(v);
        return parts.join(kSep);
    };

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, lea_id, %1 FROM %2 WHERE school_year = ?")
                  .arg(columns.join(QStringLiteral(", ")), t.table));
    q.addBindValue(schoolYear);
    if (!q.exec()) {
        *error = Database::lastError(q);
        return false;
    }
    while (q.next()) {
        QVariantList values;
        for (int i = 0; i < columns.size(); ++i) {
            const ColumnDef *c = t.column(columns.at(i));
            const QVariant v = q.value(2 + i);
            values << (c->kind == K::Integer && !v.isNull() ? QVariant(v.toLongLong()) : v);
        }
        const QString lea = q.value(1).toString();
        existing.insert(keyOf(values), {q.value(0).toLongLong(), signatureOf(values, lea), lea, false});
    }
    q.finish();

    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(t.table));
    const auto remove = [&](qint64 id) {
        del.bindValue(0, id);
        if (!del.exec()) {
            *error = Database::lastError(del);
            return false;
        }
        ++counts->deleted;
        return true;
    };
    QStringList marks, sets;
    for (const QString &c : columns) {
        marks << QStringLiteral("?");
        sets << c + QStringLiteral(" = ?");
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO %1 (school_year, lea_id, %2) VALUES (?, ?, %3) RETURNING id")
                       .arg(t.table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    QSqlQuery update(m_db);
    update.prepare(
        QStringLiteral("UPDATE %1 SET lea_id = ?, %2 WHERE id = ?").arg(t.table, sets.join(QStringLiteral(", "))));

    QSqlQuery staged(m_db);
    staged.setForwardOnly(true);
    staged.prepare(QStringLiteral("SELECT kind, body FROM download_staging WHERE run_id = ? AND resource = ? AND "
                                  "school_year = ? ORDER BY kind, id")); // 'delete' sorts before 'upsert'
    staged.addBindValue(runId);
    staged.addBindValue(t.resource);
    staged.addBindValue(schoolYear);
    if (!staged.exec()) {
        *error = Database::lastError(staged);
        return false;
    }
    QVariantList values;
    QString why;
    const auto applyOne = [&](bool isDelete, const QJsonObject &o) {
        if (isDelete) {
            const QJsonObject k = o.value(QStringLiteral("keyValues")).toObject();
            QStringList parts;
            for (const QString &name : t.keyColumns) {
                const ColumnDef *c = t.column(name);
                const QJsonValue v = k.value(c->jsonName());
                parts << (c->kind == K::Integer ? QString::number(qint64(v.toDouble())) : v.toString());
            }
            const auto it = existing.constFind(parts.join(kSep));
            if (it != existing.constEnd()) {
                if (!remove(it->id))
                    return false;
                existing.erase(it);
            }
            return true;
        }
        if (!rowValues(t, o, &values, &why)) {
            *error = tr("a staged %1 record is not usable: %2").arg(t.resource, why);
            return false;
        }
        const QString key = keyOf(values);
        const QString signature = signatureOf(values, leaId);
        auto it = existing.find(key);
        if (it != existing.end() && it->signature == signature) {
            if (!it->seen)
                ++counts->unchanged;
            it->seen = true;
            return true;
        }
        QSqlQuery &write = it == existing.end() ? insert : update;
        int n = 0;
        if (it == existing.end()) {
            write.bindValue(n++, schoolYear);
            write.bindValue(n++, leaId);
        } else {
            write.bindValue(n++, leaId);
        }
        for (const QVariant &v : std::as_const(values))
            write.bindValue(n++, v);
        if (it != existing.end())
            write.bindValue(n++, it->id);
        if (!write.exec()) {
            *error = Database::lastError(write);
            return false;
        }
        if (it == existing.end()) {
            ++counts->inserted;
            existing.insert(key, {Database::insertedId(write), signature, leaId, true});
        } else {
            ++counts->updated;
            it->signature = signature;
            it->leaId = leaId;
            it->seen = true;
        }
        return true;
    };
    if (!forEachStaged(staged, applyOne))
        return false;
    counts->records = int(existing.size());
    if (full) {
        // The agency's full list for this LEA: what it no longer has goes; other LEAs' rows stay.
        for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
            if (!it->seen && it->leaId == leaId) {
                if (!remove(it->id))
                    return false;
                --counts->records;
            }
        }
    }
    return true;
}

} // namespace dexdesk
