#include "FailureGroups.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace dexdesk {

namespace {

// The cause of a row, from last_error: the parsed error body the publisher keeps (its detail,
// else the short cause ErrorBody found in any shape, else its title with the validation errors,
// else its message or summary; the summary carries a correlation id, so it comes last), or the
// engine's own plain message. SQLite's JSON functions keep the grouping in the database, where it
// stays quick on a big queue.
QString causeSql(SqlDialect d)
{
    const auto field
        = [d](const char *name) { return sql::jsonField(d, QStringLiteral("last_error"), QLatin1String(name)); };
    return QStringLiteral("CASE WHEN last_error IS NULL THEN '' WHEN %1 THEN COALESCE("
                          "NULLIF(%2, ''), NULLIF(%3, ''), "
                          "NULLIF(TRIM(COALESCE(%4, '') || COALESCE(' ' || %5, '')), ''), "
                          "NULLIF(%6, ''), %7, '') ELSE last_error END")
        .arg(sql::jsonValid(d, QStringLiteral("last_error")), field("detail"), field("cause"), field("title"),
             field("validationErrors"), field("message"), field("summary"));
}

// The problem details the publisher kept, as lines a person reads; plain text stays as it is.
QString readable(const QString &lastError)
{
    const QJsonObject o = QJsonDocument::fromJson(lastError.toUtf8()).object();
    if (o.isEmpty())
        return lastError;
    QStringList lines;
    const QString title = o.value(QStringLiteral("title")).toString();
    const int status = o.value(QStringLiteral("status")).toInt();
    if (status > 0)
        lines << (title.isEmpty() ? FailureGroups::tr("HTTP %1").arg(status)
                                  : FailureGroups::tr("HTTP %1: %2").arg(status).arg(title));
    for (const char *field : {"detail", "message"}) {
        const QString text = o.value(QLatin1String(field)).toString();
        if (!text.isEmpty())
            lines << text;
    }
    const QString cause = o.value(QStringLiteral("cause")).toString();
    if (!cause.isEmpty() && !lines.contains(cause) && o.value(QStringLiteral("detail")).toString().isEmpty())
        lines << cause;
    const QJsonArray errors = o.value(QStringLiteral("validationErrors")).toArray();
    for (const QJsonValue &v : errors) {
        if (!lines.contains(v.toString())) // an error list's only message is already the cause
            lines << QStringLiteral("• ") + v.toString();
    }
    const QJsonArray references = o.value(QStringLiteral("references")).toArray();
    for (const QJsonValue &v : references) {
        if (!v.toString().isEmpty())
            lines << FailureGroups::tr("Missing at the agency: %1").arg(v.toString());
    }
    const QString field = o.value(QStringLiteral("field")).toString();
    if (!field.isEmpty())
        lines << FailureGroups::tr("Field or reference: %1").arg(field);
    const QString fix = o.value(QStringLiteral("fix")).toString();
    if (!fix.isEmpty())
        lines << FailureGroups::tr("What to do: %1").arg(fix);
    if (lines.size() <= 1 && !o.value(QStringLiteral("summary")).toString().isEmpty())
        lines << o.value(QStringLiteral("summary")).toString();
    const QString correlation = o.value(QStringLiteral("correlationId")).toString();
    if (!correlation.isEmpty())
        lines << FailureGroups::tr("Correlation id: %1").arg(correlation);
    const QString type = o.value(QStringLiteral("type")).toString();
    if (!type.isEmpty())
        lines << FailureGroups::tr("Type: %1").arg(type);
    return lines.join(QLatin1Char('\n'));
}

QString stateList()
{
    return QStringLiteral("('") + FailureGroups::states().join(QStringLiteral("','")) + QStringLiteral("')");
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &binds, QString *error)
{
    if (!q.prepare(sql)) {
        *error = Database::lastError(q);
        return false;
    }
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = Database::lastError(q);
        return false;
    }
    return true;
}

QString causeWhere(SqlDialect d)
{
    return QStringLiteral(" WHERE resource = ? AND state = ? AND COALESCE(last_status, 0) = ? AND ") + causeSql(d)
        + QStringLiteral(" = ?");
}

QVariantList causeBinds(const FailureCause &c)
{
    return {c.resource, c.state, c.httpStatus, c.cause};
}

} // namespace

QString RecordRef::keyValues() const
{
    const QJsonObject key = QJsonDocument::fromJson(keyText.toUtf8()).object();
    if (key.isEmpty())
        return keyText;
    QStringList values;
    for (auto it = key.begin(); it != key.end(); ++it)
        values << it.key() + QStringLiteral(": ") + it.value().toVariant().toString();
    return values.join(QStringLiteral(" · "));
}

QStringList FailureGroups::states()
{
    return {QStringLiteral("rejected"), QStringLiteral("stuck"), QStringLiteral("waiting"), QStringLiteral("exception"),
            QStringLiteral("awaiting_id")};
}

QString FailureGroups::stateText(const QString &state)
{
    if (state == QLatin1String("rejected"))
        return tr("Rejected");
    if (state == QLatin1String("stuck"))
        return tr("Stuck (still retried)");
    if (state == QLatin1String("waiting"))
        return tr("Waiting on a dependency");
    if (state == QLatin1String("exception"))
        return tr("Value the agency lacks");
    if (state == QLatin1String("awaiting_id"))
        return tr("Waiting for a state ID");
    if (state == QLatin1String("dismissed"))
        return tr("Dismissed");
    return state;
}

bool FailureGroups::causes(QSqlDatabase db, QList<FailureCause> *out, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT resource, state, COALESCE(last_status, 0), %1 AS cause, COUNT(*), "
                                       "MAX(COALESCE(last_attempt_at, updated_at)) FROM publish_status "
                                       "WHERE state IN %2 GROUP BY resource, state, COALESCE(last_status, 0), cause "
                                       "ORDER BY COUNT(*) DESC, resource, state LIMIT %3")
                            .arg(causeSql(Database::dialectOf(db)), stateList())
                            .arg(kMaxCauses);
    if (!run(q, sql, {}, error))
        return false;
    QList<FailureCause> list;
    while (q.next()) {
        FailureCause c;
        c.resource = q.value(0).toString();
        c.state = q.value(1).toString();
        c.httpStatus = q.value(2).toInt();
        c.cause = q.value(3).toString();
        c.count = q.value(4).toInt();
        c.latestAt = q.value(5).toLongLong();
        list.append(c);
    }
    *out = list;
    return true;
}

bool FailureGroups::records(QSqlDatabase db, const FailureCause &cause, int offset, int limit, QList<FailedRecord> *out,
                            QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT resource, school_year, key_text, lea_id, state, attempts, "
                                       "COALESCE(last_status, 0), COALESCE(last_attempt_at, updated_at) "
                                       "FROM publish_status")
        + causeWhere(Database::dialectOf(db)) + QStringLiteral(" ORDER BY school_year, key_text LIMIT ? OFFSET ?");
    if (!run(q, sql, causeBinds(cause) + QVariantList {limit, offset}, error))
        return false;
    QList<FailedRecord> list;
    while (q.next()) {
        FailedRecord r;
        r.ref = {q.value(0).toString(), q.value(1).toInt(), q.value(2).toString()};
        r.leaId = q.value(3).toString();
        r.state = q.value(4).toString();
        r.attempts = q.value(5).toInt();
        r.httpStatus = q.value(6).toInt();
        r.lastAttemptAt = q.value(7).toLongLong();
        list.append(r);
    }
    *out = list;
    return true;
}

bool FailureGroups::detail(QSqlDatabase db, const RecordRef &ref, FailureDetail *out, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q,
             QStringLiteral("SELECT state, COALESCE(last_status, 0), last_error, last_request_id, last_request, "
                            "last_response FROM publish_status WHERE resource = ? AND school_year = ? AND "
                            "key_text = ?"),
             {ref.resource, ref.schoolYear, ref.keyText}, error))
        return false;
    if (!q.next()) {
        *error = tr("The record is no longer in the queue.");
        return false;
    }
    FailureDetail d;
    d.ref = ref;
    d.state = q.value(0).toString();
    d.httpStatus = q.value(1).toInt();
    const QString message = q.value(2).toString();
    d.message = readable(message);
    d.requestId = q.value(3).toString();
    d.request = q.value(4).toString();
    d.response = q.value(5).toString();
    *out = d;
    return true;
}

int FailureGroups::update(QSqlDatabase db, const QString &set, const FailureCause &cause, QString *error)
{
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("UPDATE publish_status SET ") + set + causeWhere(Database::dialectOf(db))
                 + QStringLiteral(" AND state IN ") + stateList() + QStringLiteral(" AND pending_seq > sent_seq"),
             causeBinds(cause), error))
        return -1;
    return q.numRowsAffected();
}

int FailureGroups::update(QSqlDatabase db, const QString &set, const QList<RecordRef> &records, QString *error)
{
    if (!db.transaction()) {
        *error = tr("The database is busy; try again.");
        return -1;
    }
    QSqlQuery q(db);
    int total = 0;
    const QString sql = QStringLiteral("UPDATE publish_status SET ") + set
        + QStringLiteral(" WHERE resource = ? AND school_year = ? AND key_text = ? AND state IN ") + stateList()
        + QStringLiteral(" AND pending_seq > sent_seq");
    for (const RecordRef &r : records) {
        if (!run(q, sql, {r.resource, r.schoolYear, r.keyText}, error)) {
            db.rollback();
            return -1;
        }
        total += q.numRowsAffected();
    }
    if (!db.commit()) {
        *error = tr("The change could not be written; nothing was changed.");
        db.rollback();
        return -1;
    }
    return total;
}

namespace {
const QString kRetrySet = QStringLiteral("state = 'pending', attempts = 0, next_attempt_at = 0");
const QString kDismissSet = QStringLiteral("state = 'dismissed', next_attempt_at = 0");
} // namespace

int FailureGroups::retry(QSqlDatabase db, const FailureCause &cause, QString *error)
{
    return update(db, kRetrySet, cause, error);
}

int FailureGroups::retry(QSqlDatabase db, const QList<RecordRef> &records, QString *error)
{
    return update(db, kRetrySet, records, error);
}

int FailureGroups::dismiss(QSqlDatabase db, const FailureCause &cause, QString *error)
{
    return update(db, kDismissSet, cause, error);
}

int FailureGroups::dismiss(QSqlDatabase db, const QList<RecordRef> &records, QString *error)
{
    return update(db, kDismissSet, records, error);
}

} // namespace dexdesk
