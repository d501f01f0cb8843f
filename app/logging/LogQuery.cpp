#include "LogQuery.h"

#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dexdesk {

namespace {

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

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

QString LogQuery::whereClause(const QStringList &categoryNames, QVariantList *values) const
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
        terms << QStringLiteral("message LIKE ? ESCAPE '\\'");
        *values << likePattern(text);
    }
    if (before) {
        // A row value, not "at < ? OR (at = ? AND id < ?)": the OR makes SQLite sort every match.
        terms << QStringLiteral("(at, id) < (?, ?)");
        *values << before->atMs << before->id;
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

bool LogQuery::run(QSqlDatabase db, QList<LogRecord> *rows, QString *error) const
{
    rows->clear();
    QStringList names;
    if (!resolveCategories(db, &names, error))
        return false;
    if (!categories.isEmpty() && names.isEmpty())
        return true; // none of the asked-for categories has a row
    QVariantList values;
    const QString sql = QStringLiteral("SELECT id, at, level, category, lea, message FROM logs")
        + whereClause(names, &values) + QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ? OFFSET ?");
    values << qMax(0, limit) << qMax(0, offset);
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

qint64 LogQuery::countUpTo(QSqlDatabase db, qint64 cap, QString *error) const
{
    QStringList names;
    if (!resolveCategories(db, &names, error))
        return -1;
    if (!categories.isEmpty() && names.isEmpty())
        return 0;
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM logs") + whereClause(names, &values)
        + QStringLiteral(" LIMIT ?)");
    values << cap;
    QSqlQuery q(db);
    if (!exec(q, sql, values) || !q.next()) {
        *error = tr("Cannot count the log rows: %1").arg(Database::lastError(q));
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace dexdesk
