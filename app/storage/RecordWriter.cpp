#include "RecordWriter.h"

#include "Database.h"

#include <QSqlError>

#include <algorithm>

namespace dexdesk {

namespace {

bool isInteger(const RecordTable &table, const QString &column)
{
    if (column == RecordSchema::kSchoolYear)
        return true;
    const ColumnDef *c = table.column(column);
    return c && (c->kind == ColumnDef::Kind::Integer || c->kind == ColumnDef::Kind::Boolean);
}

bool isBlank(const QVariant &v)
{
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

} // namespace

QStringList RecordRows::allColumns(const RecordTable &table)
{
    QStringList columns {RecordSchema::kSchoolYear, RecordSchema::kLeaId};
    for (const ColumnDef &c : table.columns)
        columns << c.column;
    return columns;
}

WriteCounts &WriteCounts::operator+=(const WriteCounts &o)
{
    inserted += o.inserted;
    updated += o.updated;
    unchanged += o.unchanged;
    deleted += o.deleted;
    return *this;
}

RecordWriter::RecordWriter(QSqlDatabase db, const RecordTable &table, const QStringList &columns, Options options)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
    , m_options(options)
    , m_insert(db)
    , m_batchInsert(db)
    , m_update(db)
    , m_delete(db)
{ }

QString RecordWriter::failure(const QSqlQuery &query) const
{
    return tr("Writing the %1 records failed: %2.").arg(m_table.resource, Database::lastError(query));
}

bool RecordWriter::prepare(QString *error)
{
    m_yearIndex = int(m_columns.indexOf(RecordSchema::kSchoolYear));
    if (m_yearIndex < 0 || !m_columns.contains(RecordSchema::kLeaId)) {
        *error = tr("The %1 records have no school_year or lea_id.").arg(m_table.resource);
        return false;
    }
    for (const QString &k : m_table.keyColumns) {
        const int i = int(m_columns.indexOf(k));
        if (i < 0) {
            *error = tr("The %1 records have no %2 column, which is part of their key.").arg(m_table.resource, k);
            return false;
        }
        m_keyIndexes << i;
    }
    QStringList sets;
    for (const QString &c : std::as_const(m_columns)) {
        if (c != RecordSchema::kSchoolYear && !m_table.column(c) && c != RecordSchema::kLeaId) {
            *error = tr("The %1 records have no column %2.").arg(m_table.resource, c);
            return false;
        }
        m_integer << isInteger(m_table, c);
        sets << c + QStringLiteral(" = ?");
    }
    if (m_options.dryRun)
        return true;
    const QString row = QLatin1Char('(') + QStringList(QList<QString>(m_columns.size(), QStringLiteral("?"))).join(u',')
        + QLatin1Char(')');
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table.table, m_columns.join(u','));
    if (!m_insert.prepare(insert + row)
        || !m_batchInsert.prepare(insert + QStringList(QList<QString>(kBatch, row)).join(u','))
        || !m_update.prepare(
            QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m_table.table, sets.join(QStringLiteral(", "))))
        || !m_delete.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(m_table.table))) {
        *error = failure(m_insert.lastError().isValid()            ? m_insert
                             : m_batchInsert.lastError().isValid() ? m_batchInsert
                             : m_update.lastError().isValid()      ? m_update
                                                                   : m_delete);
        return false;
    }
    return true;
}

QString RecordWriter::keyOf(const QVariantList &values) const
{
    // Integers are compared as numbers whatever their spelling; the unit separator cannot occur in
    // a validated value.
    QString key = QString::number(values.at(m_yearIndex).toLongLong());
    for (int i : m_keyIndexes) {
        key += QChar(0x1f);
        key += m_integer.at(i) ? QString::number(values.at(i).toLongLong()) : values.at(i).toString();
    }
    return key;
}

bool RecordWriter::loadYear(qint64 year, QString *error)
{
    m_loadedYears.insert(year);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE school_year = ?")
                       .arg(m_columns.join(QStringLiteral(", ")), m_table.table))) {
        *error = failure(q);
        return false;
    }
    q.addBindValue(year);
    if (!q.exec()) {
        *error = failure(q);
        return false;
    }
    const int n = int(m_columns.size());
    while (q.next()) {
        Stored s;
        s.id = q.value(0).toLongLong();
        s.values.reserve(n);
        for (int i = 0; i < n; ++i)
            s.values << q.value(i + 1);
        const QString key = keyOf(s.values);
        m_stored.insert(key, std::move(s));
    }
    return true;
}

bool RecordWriter::differs(const QVariantList &stored, const QVariantList &values) const
{
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        const QVariant &a = stored.at(i);
        const QVariant &b = values.at(i);
        const bool blankA = isBlank(a), blankB = isBlank(b);
        if (blankA || blankB) {
            if (blankA != blankB)
                return true;
            continue;
        }
        if (m_integer.at(i) ? a.toLongLong() != b.toLongLong() : a.toString() != b.toString())
            return true;
    }
    return false;
}

bool RecordWriter::write(const QVariantList &values, QString *error)
{
    Q_ASSERT(values.size() == m_columns.size());
    const qint64 year = values.at(m_yearIndex).toLongLong();
    if (!m_loadedYears.contains(year) && !loadYear(year, error))
        return false;
    const QString key = keyOf(values);
    if (m_written.contains(key)) {
        *error = tr("The %1 record with the key %2 is given twice.")
                     .arg(m_table.resource, QString(key).replace(QChar(0x1f), QLatin1Char(' ')));
        return false;
    }
    m_written.insert(key);

    auto found = m_stored.find(key);
    if (found == m_stored.end()) {
        ++m_counts.inserted;
        if (m_options.dryRun)
            return true;
        m_pending.append(values);
        return m_pending.size() < kBatch || flushInserts(error);
    }
    found->seen = true;
    if (!differs(found->values, values)) {
        ++m_counts.unchanged;
        return true;
    }
    ++m_counts.updated;
    if (m_options.dryRun)
        return true;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        m_update.bindValue(int(i), isBlank(v) ? QVariant() : v);
    }
    m_update.bindValue(int(values.size()), found->id);
    if (!m_update.exec()) {
        *error = failure(m_update);
        return false;
    }
    return true;
}

bool RecordWriter::flushInserts(QString *error)
{
    const bool whole = m_pending.size() == kBatch;
    QSqlQuery &q = whole ? m_batchInsert : m_insert;
    int n = 0;
    for (const QVariantList &values : std::as_const(m_pending)) {
        for (const QVariant &v : values)
            q.bindValue(n++, isBlank(v) ? QVariant() : v);
        if (!whole) {
            n = 0;
            if (!q.exec()) {
                *error = failure(q);
                return false;
            }
        }
    }
    m_pending.clear();
    if (whole && !q.exec()) {
        *error = failure(q);
        return false;
    }
    return true;
}

bool RecordWriter::includeYear(qint64 year, QString *error)
{
    return m_loadedYears.contains(year) || loadYear(year, error);
}

bool RecordWriter::finish(QString *error)
{
    if (!m_pending.isEmpty() && !flushInserts(error))
        return false;
    if (!m_options.replace)
        return true;
    QList<qint64> gone;
    for (auto it = m_stored.cbegin(); it != m_stored.cend(); ++it) {
        if (!it->seen)
            gone << it->id;
    }
    // In table order, so the change queue lists the deletes the same way every time.
    std::sort(gone.begin(), gone.end());
    m_counts.deleted += gone.size();
    if (m_options.dryRun)
        return true;
    for (qint64 id : std::as_const(gone)) {
        m_delete.bindValue(0, id);
        if (!m_delete.exec()) {
            *error = failure(m_delete);
            return false;
        }
    }
    return true;
}

bool RecordWriter::writeAll(QSqlDatabase db, const QList<RecordRows> &batches, Options options, WriteCounts *counts,
                            QString *error)
{
    for (const RecordRows &batch : batches) {
        RecordWriter writer(db, *batch.table, batch.columns, options);
        if (!writer.prepare(error))
            return false;
        for (const QVariantList &row : batch.rows) {
            if (!writer.write(row, error))
                return false;
        }
        if (!writer.finish(error))
            return false;
        *counts += writer.counts();
    }
    return true;
}

} // namespace dexdesk
