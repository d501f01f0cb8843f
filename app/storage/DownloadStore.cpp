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

// The record table's columns that come from the agency, in `columns` order (what rowValues fills).
QStringList agencyColumns(const RecordTable &t)
{
    QStringList out;
    for (const ColumnDef &c : t.columns) {
        if (!c.isLocal())
            out << c.column;
    }
    return out;
}

// The connection's temporary table that stages a record table's rows.
QString stagingTable(const RecordTable &t)
{
    return QStringLiteral("stg_") + t.table;
}

// `a` and `b` (table names or aliases) hold the same record: the same year and natural key.
QString sameRecord(const RecordTable &t, const QString &a, const QString &b)
{
    QStringList parts {QStringLiteral("%1.school_year = %2.school_year").arg(a, b)};
    for (const QString &k : t.keyColumns)
        parts << QStringLiteral("%1.%3 = %2.%3").arg(a, b, k);
    return parts.join(QStringLiteral(" AND "));
}

QString prefixed(const QString &prefix, const QStringList &columns)
{
    QStringList out;
    for (const QString &c : columns)
        out << prefix + c;
    return out.join(QStringLiteral(", "));
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

bool DownloadStore::stagesRows(const QString &resource)
{
    return descriptorName(resource).isEmpty() && isSupported(resource);
}

QString DownloadStore::checkRecord(const QString &resource, const QJsonObject &record, QVariantList *row)
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
    if (!rowValues(*t, record, row ? row : &values, &why))
        return why;
    return {};
}

QString DownloadStore::checkDelete(const QString &resource, const QJsonObject &item, QVariantList *row)
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
    if (row)
        row->clear();
    for (const QString &k : t->keyColumns) {
        const ColumnDef *c = t->column(k);
        const QJsonValue v = key.value(c->jsonName());
        if (c->kind == K::Integer ? !isWhole(v) : !v.isString())
            return tr("\"keyValues\" has no usable \"%1\"").arg(c->jsonName());
        if (row)
            row->append(c->kind == K::Integer ? QVariant(qint64(v.toDouble())) : QVariant(v.toString()));
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

bool DownloadStore::ensureRowStaging(const RecordTable &t, QString *error)
{
    const SqlDialect d = Database::dialectOf(m_db);
    QStringList defs {d == SqlDialect::PostgreSQL
                          ? QStringLiteral("seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY")
                          : QStringLiteral("seq INTEGER PRIMARY KEY"),
                      QStringLiteral("run_id INTEGER NOT NULL"), QStringLiteral("is_delete INTEGER NOT NULL"),
                      QStringLiteral("school_year INTEGER NOT NULL")};
    for (const ColumnDef &c : t.columns) {
        if (!c.isLocal())
            defs << c.column
                    + (c.kind == K::Integer || c.kind == K::Boolean ? QStringLiteral(" INTEGER")
                                                                    : QStringLiteral(" TEXT"));
    }
    defs << QStringLiteral("UNIQUE (run_id, is_delete, school_year, %1)").arg(t.keyColumns.join(QStringLiteral(", ")));
    // A no-op once it exists; not cached, because on PostgreSQL a rolled-back transaction takes
    // a table it created with it.
    QSqlQuery q(m_db);
    if (!q.exec(sql::ddl(d,
                         QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (%2)")
                             .arg(stagingTable(t), defs.join(QStringLiteral(", ")))))) {
        *error = Database::lastError(q);
        return false;
    }
    return true;
}

bool DownloadStore::stageRows(qint64 runId, const QString &resource, int schoolYear, Kind kind,
                              const QList<QVariantList> &rows, QString *error)
{
    const RecordTable *t = stagesRows(resource) ? RecordSchema::find(resource) : nullptr;
    if (!t) {
        *error = tr("the resource %1 is not one DEX Desk downloads").arg(resource);
        return false;
    }
    if (rows.isEmpty())
        return true;
    if (!ensureRowStaging(*t, error))
        return false;
    const bool isDelete = kind == Kind::Delete;
    const QStringList columns = isDelete ? t->keyColumns : agencyColumns(*t);
    QList<int> keyAt;
    for (const QString &k : t->keyColumns)
        keyAt << int(columns.indexOf(k));
    // The last of each key only: one statement may not write a row twice (PostgreSQL), and a
    // record listed again replaces what was staged before.
    QStringList keys;
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i).size() != columns.size()) {
            *error = tr("a %1 record has %2 values for %3 columns")
                         .arg(resource)
                         .arg(rows.at(i).size())
                         .arg(columns.size());
            return false;
        }
        QStringList parts;
        for (int k : std::as_const(keyAt))
            parts << text(rows.at(i).at(k));
        keys << parts.join(kSep);
        last.insert(keys.last(), i);
    }
    QList<qsizetype> order;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (last.value(keys.at(i)) == i)
            order << i;
    }

    // PostgreSQL takes rows in statements of up to 100 (one round trip each); SQLite one row per
    // statement, which measured faster there (P6: Qt's SQLite driver binds a long statement's
    // parameters more slowly than SQLite runs a short one again).
    const qsizetype chunk = Database::dialectOf(m_db) == SqlDialect::PostgreSQL ? 100 : 1;
    const QString marks = QStringLiteral("(?, ?, ?%1)").arg(QStringLiteral(", ?").repeated(columns.size()));
    QStringList updates;
    for (const QString &c : columns) {
        if (!t->keyColumns.contains(c))
            updates << QStringLiteral("%1 = excluded.%1").arg(c);
    }
    const QString conflict = QStringLiteral(" ON CONFLICT (run_id, is_delete, school_year, %1) DO ")
                                 .arg(t->keyColumns.join(QStringLiteral(", ")))
        + (updates.isEmpty() ? QStringLiteral("NOTHING")
                             : QStringLiteral("UPDATE SET ") + updates.join(QStringLiteral(", ")));
    const auto statement = [&](qsizetype n) -> QString {
        QStringList values;
        for (qsizetype i = 0; i < n; ++i)
            values << marks;
        return QStringLiteral("INSERT INTO %1 (run_id, is_delete, school_year, %2) VALUES %3")
                   .arg(stagingTable(*t), columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")))
            + conflict;
    };
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery full(m_db);
    full.prepare(statement(qMin(chunk, order.size())));
    for (qsizetype from = 0; from < order.size(); from += chunk) {
        const qsizetype n = qMin(chunk, order.size() - from);
        QSqlQuery part(m_db);
        QSqlQuery &q = n == qMin(chunk, order.size()) ? full : part;
        if (&q == &part)
            q.prepare(statement(n));
        int b = 0;
        for (qsizetype i = from; i < from + n; ++i) {
            q.bindValue(b++, runId);
            q.bindValue(b++, isDelete ? 1 : 0);
            q.bindValue(b++, schoolYear);
            for (const QVariant &v : rows.at(order.at(i)))
                q.bindValue(b++, v);
        }
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

qint64 DownloadStore::stagedCount(QString *error)
{
    QStringList tables {QStringLiteral("download_staging")};
    for (const RecordTable &t : RecordSchema::tables()) {
        if (!stagesRows(t.resource))
            continue;
        if (!ensureRowStaging(t, error))
            return -1;
        tables << stagingTable(t);
    }
    qint64 n = 0;
    QSqlQuery q(m_db);
    for (const QString &table : std::as_const(tables)) {
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next()) {
            *error = Database::lastError(q);
            return -1;
        }
        n += q.value(0).toLongLong();
    }
    return n;
}

bool DownloadStore::discardRows(qint64 runId, const RecordTable &t, const int *schoolYear, QString *error)
{
    if (!ensureRowStaging(t, error))
        return false;
    const QString where = QStringLiteral(" WHERE run_id = %1%2")
                              .arg(runId)
                              .arg(schoolYear ? QStringLiteral(" AND school_year = %1").arg(*schoolYear) : QString());
    // When the table holds nothing else (the usual case: one download at a time), an unqualified
    // DELETE, which SQLite does by truncating the table instead of removing row by row.
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT (SELECT COUNT(*) FROM %1), (SELECT COUNT(*) FROM %1%2)").arg(stagingTable(t), where))
        || !q.next()) {
        *error = Database::lastError(q);
        return false;
    }
    const bool onlyThese = q.value(0).toLongLong() == q.value(1).toLongLong();
    if (!q.exec(QStringLiteral("DELETE FROM %1%2").arg(stagingTable(t), onlyThese ? QString() : where))) {
        *error = Database::lastError(q);
        return false;
    }
    return true;
}

bool DownloadStore::discard(qint64 runId, const QString &resource, int schoolYear, QString *error)
{
    if (stagesRows(resource))
        return discardRows(runId, *RecordSchema::find(resource), &schoolYear, error);
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
    for (const RecordTable &t : RecordSchema::tables()) {
        if (stagesRows(t.resource) && !discardRows(runId, t, nullptr, error))
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
    // The staging table must exist before the transaction (see ensureRowStaging).
    if (stagesRows(resource) && !ensureRowStaging(*RecordSchema::find(resource), error))
        return false;
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
    // Set-based over the staged rows (the run's own integers are written into the SQL, the LEA
    // is bound). Deletes the agency listed go first, so a record deleted and created again in the
    // range survives; then what is unchanged is counted, what differs updated, what is new
    // inserted, and with `full` this LEA's rows the listing did not contain are deleted.
    const SqlDialect d = Database::dialectOf(m_db);
    const QString table = t.table;
    const QString staging = stagingTable(t) + QStringLiteral(" s");
    const QStringList columns = agencyColumns(t);
    const QString upserts
        = QStringLiteral("s.run_id = %1 AND s.is_delete = 0 AND s.school_year = %2").arg(runId).arg(schoolYear);
    const QString deletes
        = QStringLiteral("s.run_id = %1 AND s.is_delete = 1 AND s.school_year = %2").arg(runId).arg(schoolYear);
    const auto run = [&](const QString &statement, const QVariantList &binds, qint64 *result) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        bool ok = q.prepare(statement);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        ok = ok && q.exec();
        if (ok && q.isSelect())
            ok = q.next();
        if (!ok) {
            *error = Database::lastError(q);
            return false;
        }
        *result = q.isSelect() ? q.value(0).toLongLong() : q.numRowsAffected();
        return true;
    };
    QStringList same {QStringLiteral("r.lea_id = ?")}, differ {QStringLiteral("%1.lea_id <> ?").arg(table)};
    for (const QString &c : columns) {
        same << sql::same(d, QStringLiteral("r.") + c, QStringLiteral("s.") + c);
        differ << sql::differs(d, table + QLatin1Char('.') + c, QStringLiteral("s.") + c);
    }
    qint64 n = 0;
    if (!run(QStringLiteral("DELETE FROM %1 WHERE school_year = %2 AND EXISTS (SELECT 1 FROM %3 WHERE %4 AND %5)")
                 .arg(table)
                 .arg(schoolYear)
                 .arg(staging, deletes, sameRecord(t, QStringLiteral("s"), table)),
             {}, &n))
        return false;
    counts->deleted += int(n);
    if (!run(QStringLiteral("SELECT COUNT(*) FROM %1 JOIN %2 r ON %3 WHERE %4 AND %5")
                 .arg(staging, table, sameRecord(t, QStringLiteral("s"), QStringLiteral("r")), upserts,
                      same.join(QStringLiteral(" AND "))),
             {leaId}, &n))
        return false;
    counts->unchanged = int(n);
    if (!run(QStringLiteral("UPDATE %1 SET lea_id = ?, (%2) = (SELECT %3 FROM %4 WHERE %5 AND %6) WHERE school_year "
                            "= %7 AND EXISTS (SELECT 1 FROM %4 WHERE %5 AND %6 AND (%8))")
                 .arg(table, columns.join(QStringLiteral(", ")), prefixed(QStringLiteral("s."), columns), staging,
                      upserts, sameRecord(t, QStringLiteral("s"), table))
                 .arg(schoolYear)
                 .arg(differ.join(QStringLiteral(" OR "))),
             {leaId, leaId}, &n))
        return false;
    counts->updated = int(n);
    if (!run(QStringLiteral("INSERT INTO %1 (school_year, lea_id, %2) SELECT s.school_year, ?, %3 FROM %4 WHERE %5 "
                            "AND NOT EXISTS (SELECT 1 FROM %1 r WHERE %6) ORDER BY s.seq")
                 .arg(table, columns.join(QStringLiteral(", ")), prefixed(QStringLiteral("s."), columns), staging,
                      upserts, sameRecord(t, QStringLiteral("s"), QStringLiteral("r"))),
             {leaId}, &n))
        return false;
    counts->inserted = int(n);
    qint64 listed = 0, held = 0;
    if (full
        && (!run(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(staging, upserts), {}, &listed)
            || !run(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE school_year = %2 AND lea_id = ?")
                        .arg(table)
                        .arg(schoolYear),
                    {leaId}, &held)))
        return false;
    // Every listed record is now this LEA's row (one per key): when the LEA holds no more rows
    // than were listed, none is missing from the listing and the scan below is skipped.
    if (full && held > listed) {
        // The agency's full list for this LEA: what it no longer has goes; other LEAs' rows stay.
        if (!run(QStringLiteral("DELETE FROM %1 WHERE school_year = %2 AND lea_id = ? AND NOT EXISTS (SELECT 1 FROM %3 "
                                "WHERE %4 AND %5)")
                     .arg(table)
                     .arg(schoolYear)
                     .arg(staging, upserts, sameRecord(t, QStringLiteral("s"), table)),
                 {leaId}, &n))
            return false;
        counts->deleted += int(n);
    }
    if (!run(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE school_year = %2").arg(table).arg(schoolYear), {}, &n))
        return false;
    counts->records = int(n);
    return true;
}

} // namespace dexdesk
