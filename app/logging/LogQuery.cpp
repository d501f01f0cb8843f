#include "LogQuery.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dexdesk {

namespace {

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

bool LogQuery::resolveCategories(QSqlDatabase db, QStringList *names, QString *error) const
{
    names->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (const QString &c : categories) {
        if (c.isEmpty())
            continue;
        if (!exec(q, QStringLiteral("SELECT 1 FROM logs WHERE category = ? LIMIT 1"), {c}))
            break;
        if (q.next())
            names->append(c);
        // Children sort between "c." and "c/" ('/' follows '.'); walk them one seek at a time.
        QString from = c + QLatin1Char('.');
        const QString to = c + QLatin1Char('/');
        bool inclusive = true;
        for (;;) {
            const QString sql = inclusive ? QStringLiteral("SELECT MIN(category) FROM logs WHERE category >= ? AND "
                                                           "category < ?")
                                          : QStringLiteral("SELECT MIN(category) FROM logs WHERE category > ? AND "
                                                           "category < ?");
            if (!exec(q, sql, {from, to}) || !q.next())
                break;
            if (q.value(0).isNull())
                break;
            from = q.value(0).toString();
            inclusive = false;
            names->append(from);
        }
        if (q.lastError().isValid())
            break;
    }
    if (q.lastError().isValid()) {
        *error = tr("Cannot read the log: %1").arg(Database::lastError(q));
        return false;
    }
    names->removeDuplicates();
    return true;
}

QString LogQuery::whereClause(SqlDialect dialect, const QStringList &categoryNames, QVariantList *values) const
{
    QStringList terms;
    if (level != LogLevel::Diagnostic) {
        // IN rather than <=, for the same reason as the categories.
        QStringList levels;
        for (int l = 0; l <= int(level); ++l)
            levels << QString::number(l);
        terms << QStringLiteral("level IN (") + levels.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    if (!categories.isEmpty()) {
        terms << QStringLiteral("category IN (")
                + QStringList(categoryNames.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
        for (const QString &c : categoryNames)
            *values << c;
    }
    if (!lea.isEmpty()) {
        terms << QStringLiteral("lea = ?");
        *values << lea;
    }
    if (since.isValid()) {
        terms << QStringLiteral("at >= ?");
        *values << since.toMSecsSinceEpoch();
    }
    if (until.isValid()) {
        terms << QStringLiteral("at < ?");
        *values << until.toMSecsSinceEpoch();
    }
    if (!text.isEmpty()) {
        terms << sql::containsText(dialect, QStringLiteral("message"));
        *values << sql::containsPattern(text);
    }
    if (m_notBefore) {
        terms << QStringLiteral("(at, id) >= (?, ?)");
        *values << m_notBefore->atMs << m_notBefore->id;
    }
    if (before) {
        // A row value, not "at < ? OR (at = ? AND id < ?)": the OR makes SQLite sort every match.
        terms << QStringLiteral("(at, id) < (?, ?)");
        *values << before->atMs << before->id;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

bool LogQuery::run(QSqlDatabase db, QList<LogRecord> *rows, QString *error, bool *cancelled) const
{
    rows->clear();
    if (cancelled)
        *cancelled = false;
    QStringList names;
    if (!resolveCategories(db, &names, error))
        return false;
    if (!categories.isEmpty() && names.isEmpty())
        return true; // none of the asked-for categories has a row
    if (!text.isEmpty() && sliceRows > 0 && offset == 0)
        return runInSlices(db, names, rows, error, cancelled);
    return select(db, names, limit, rows, error);
}

bool LogQuery::select(QSqlDatabase db, const QStringList &categoryNames, int rowLimit, QList<LogRecord> *rows,
                      QString *error) const
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT id, at, level, category, lea, message FROM logs")
        + whereClause(Database::dialectOf(db), categoryNames, &values)
        + QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ? OFFSET ?");
    values << qMax(0, rowLimit) << qMax(0, offset);
    QSqlQuery q(db);
    if (!exec(q, sql, values)) {
        *error = tr("Cannot read the log: %1").arg(Database::lastError(q));
        return false;
    }
    while (q.next()) {
        LogRecord r;
        r.id = q.value(0).toLongLong();
        r.atMs = q.value(1).toLongLong();
        r.level = LogLevel(qBound(0, q.value(2).toInt(), int(LogLevel::Diagnostic)));
        r.category = q.value(3).toString();
        r.lea = q.value(4).toString();
        r.message = q.value(5).toString();
        rows->append(r);
    }
    return true;
}

bool LogQuery::runInSlices(QSqlDatabase db, const QStringList &categoryNames, QList<LogRecord> *rows, QString *error,
                           bool *cancelled) const
{
    // Each slice is the next sliceRows rows the other filters allow, newest first: its far end is
    // found through the index (no message is read), then only that slice is searched.
    if (limit <= 0)
        return true;
    LogQuery slice = *this;
    LogQuery bound = *this;
    bound.text.clear();
    for (;;) {
        if (stopRequested && stopRequested()) {
            if (cancelled)
                *cancelled = true;
            *error = tr("The search was cancelled.");
            return false;
        }
        QVariantList values;
        const QString boundSql = QStringLiteral("SELECT at, id FROM logs")
            + bound.whereClause(Database::dialectOf(db), categoryNames, &values)
            + QStringLiteral(" ORDER BY at DESC, id DESC LIMIT 1 OFFSET ?");
        values << sliceRows - 1;
        QSqlQuery q(db);
        if (!exec(q, boundSql, values)) {
            *error = tr("Cannot read the log: %1").arg(Database::lastError(q));
            return false;
        }
        slice.m_notBefore.reset();
        if (q.next())
            slice.m_notBefore = Cursor {q.value(0).toLongLong(), q.value(1).toLongLong()};
        QList<LogRecord> found;
        if (!slice.select(db, categoryNames, limit - int(rows->size()), &found, error))
            return false;
        rows->append(found);
        if (rows->size() >= limit || !slice.m_notBefore)
            return true;
        bound.before = slice.m_notBefore;
        slice.before = slice.m_notBefore;
    }
}

qint64 LogQuery::countUpTo(QSqlDatabase db, qint64 cap, QString *error) const
{
    QStringList names;
    if (!resolveCategories(db, &names, error))
        return -1;
    if (!categories.isEmpty() && names.isEmpty())
        return 0;
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM logs")
        + whereClause(Database::dialectOf(db), names, &values)
        + QStringLiteral(" LIMIT ?) AS capped"); // PostgreSQL names every subquery
    values << cap;
    QSqlQuery q(db);
    if (!exec(q, sql, values) || !q.next()) {
        *error = tr("Cannot count the log rows: %1").arg(Database::lastError(q));
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace dexdesk
