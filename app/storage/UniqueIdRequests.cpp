#include "UniqueIdRequests.h"

#include "Database.h"
#include "RecordSchema.h"

#include <QSqlQuery>
#include <QVariant>

namespace dexdesk {

namespace {

const QString kSeparator = QStringLiteral("|");

QString keyColumn(const RecordTable &t)
{
    return t.keyColumns.first();
}

// The fingerprint of UniqueIdPerson::fingerprint(), computed by SQLite over a person row `p`.
QString fingerprintSql()
{
    return QStringLiteral("COALESCE(p.first_name, '') || '|' || COALESCE(p.middle_name, '') || '|' || "
                          "COALESCE(p.last_surname, '') || '|' || COALESCE(p.birth_date, '')");
}

// Students carry their sex on the education organization association; staff on the row itself.
QString sexSql(const RecordTable &t)
{
    if (t.column(QStringLiteral("sex")))
        return QStringLiteral("p.sex");
    return QStringLiteral("(SELECT a.sex FROM rec_student_education_organization_associations a WHERE "
                          "a.school_year = p.school_year AND a.student_unique_id = p.student_unique_id "
                          "ORDER BY a.id LIMIT 1)");
}

// " AND r.school_year IN (2027) AND r.lea_id IN (?, ?)", with the LEA ids to bind.
QString scopeSql(const UniqueIdScope &scope, QStringList *binds)
{
    QString sql;
    if (!scope.schoolYears.isEmpty()) {
        QStringList years;
        for (int y : scope.schoolYears)
            years << QString::number(y);
        sql += QStringLiteral(" AND r.school_year IN (%1)").arg(years.join(QStringLiteral(", ")));
    }
    if (!scope.leaIds.isEmpty()) {
        QStringList marks;
        for (const QString &lea : scope.leaIds) {
            marks << QStringLiteral("?");
            *binds << lea;
        }
        sql += QStringLiteral(" AND r.lea_id IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    return sql;
}

QString codeValue(const QString &descriptor)
{
    return descriptor.section(QLatin1Char('#'), -1);
}

bool run(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = Database::lastError(q);
    return false;
}

} // namespace

QString UniqueIdPerson::text() const
{
    return resource + QLatin1Char('/') + QString::number(schoolYear) + QLatin1Char('/') + districtId;
}

QJsonObject UniqueIdPerson::toIdentityJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("givenName"), givenName);
    o.insert(QStringLiteral("familyName"), familyName);
    o.insert(QStringLiteral("birthDate"), birthDate);
    if (!middleName.isEmpty())
        o.insert(QStringLiteral("middleName"), middleName);
    if (!sex.isEmpty())
        o.insert(QStringLiteral("sex"), sex);
    o.insert(QStringLiteral("localIdentifier"), districtId);
    return o;
}

QString UniqueIdPerson::fingerprint() const
{
    return QStringList {givenName, middleName, familyName, birthDate}.join(kSeparator);
}

QString UniqueIdRequest::id() const
{
    return person.resource + QLatin1Char('/') + QString::number(person.schoolYear) + QLatin1Char('/')
        + QString::number(person.localId);
}

UniqueIdRequests::UniqueIdRequests(QSqlDatabase db)
    : m_db(std::move(db))
{ }

bool UniqueIdRequests::isPersonResource(const QString &resource)
{
    return personTable(resource) != nullptr;
}

const RecordTable *UniqueIdRequests::personTable(const QString &resource)
{
    const RecordTable *t = RecordSchema::find(resource);
    return t && t->column(QStringLiteral("needs_state_id")) ? t : nullptr;
}

QList<const RecordTable *> UniqueIdRequests::referringTables(const QString &resource)
{
    QList<const RecordTable *> out;
    const RecordTable *person = personTable(resource);
    if (!person)
        return out;
    for (const RecordTable &t : RecordSchema::tables()) {
        if (&t != person && t.published && t.keyColumns.contains(keyColumn(*person)))
            out << &t;
    }
    return out;
}

QString UniqueIdRequests::selectSql(const RecordTable &t) const
{
    return QStringLiteral("SELECT r.state, r.candidates, r.poll_url, r.assigned_id, r.attempts, r.next_attempt_at, "
                          "r.last_error, r.updated_at, r.lea_id, p.id, p.school_year, p.%1, p.first_name, "
                          "p.middle_name, p.last_surname, p.birth_date, %2 FROM unique_id_requests r JOIN %3 p ON "
                          "p.id = r.local_id AND p.school_year = r.school_year WHERE r.resource = '%4'")
        .arg(keyColumn(t), sexSql(t), t.table, t.resource);
}

UniqueIdRequest UniqueIdRequests::fromRow(const QSqlQuery &q, const QString &resource)
{
    UniqueIdRequest r;
    r.state = q.value(0).toString();
    r.candidates = q.value(1).toString();
    r.pollUrl = q.value(2).toString();
    r.assignedId = q.value(3).toString();
    r.attempts = q.value(4).toInt();
    r.nextAttemptAt = q.value(5).toLongLong();
    r.lastError = q.value(6).toString();
    r.updatedAt = q.value(7).toLongLong();
    r.person.resource = resource;
    r.person.leaId = q.value(8).toString();
    r.person.localId = q.value(9).toLongLong();
    r.person.schoolYear = q.value(10).toInt();
    r.person.districtId = q.value(11).toString();
    r.person.givenName = q.value(12).toString();
    r.person.middleName = q.value(13).toString();
    r.person.familyName = q.value(14).toString();
    r.person.birthDate = q.value(15).toString();
    r.person.sex = codeValue(q.value(16).toString());
    return r;
}

int UniqueIdRequests::open(const UniqueIdScope &scope, qint64 nowMs, QString *error)
{
    int open = 0;
    for (const QString &resource : scope.resources) {
        const RecordTable *t = personTable(resource);
        if (!t)
            continue;
        QStringList binds;
        // The person filter mirrors scopeSql over the person row.
        QString personScope = scopeSql(scope, &binds);
        personScope.replace(QStringLiteral("r."), QStringLiteral("p."));
        const QString flagged = QStringLiteral("COALESCE(p.needs_state_id, 0) = 1");

        // Persons that are gone or got an ID some other way need no request.
        QSqlQuery drop(m_db);
        drop.prepare(QStringLiteral("DELETE FROM unique_id_requests WHERE resource = ? AND state <> ? AND NOT EXISTS "
                                    "(SELECT 1 FROM %1 p WHERE p.id = unique_id_requests.local_id AND "
                                    "p.school_year = unique_id_requests.school_year AND %2)")
                         .arg(t->table, flagged));
        drop.addBindValue(resource);
        drop.addBindValue(kDone);
        if (!run(drop, error))
            return -1;

        QSqlQuery add(m_db);
        add.prepare(QStringLiteral("INSERT INTO unique_id_requests (resource, school_year, local_id, lea_id, state, "
                                   "created_at, updated_at) SELECT CAST(? AS TEXT), p.school_year, p.id, p.lea_id, "
                                   "CAST(? AS TEXT), CAST(? AS BIGINT), CAST(? AS BIGINT) FROM %1 p "
                                   "WHERE %2%3 ON CONFLICT (resource, school_year, local_id) DO UPDATE SET "
                                   "state = excluded.state, candidates = NULL, poll_url = NULL, assigned_id = NULL, "
                                   "attempts = 0, next_attempt_at = 0, last_error = NULL, "
                                   "updated_at = excluded.updated_at WHERE unique_id_requests.state = ?")
                        .arg(t->table, flagged, personScope));
        add.addBindValue(resource);
        add.addBindValue(kPending);
        add.addBindValue(nowMs);
        add.addBindValue(nowMs);
        for (const QString &b : binds)
            add.addBindValue(b);
        add.addBindValue(kDone);
        if (!run(add, error))
            return -1;

        // A rejected request goes again once the details it was sent with have changed.
        QSqlQuery reopen(m_db);
        const QString fingerprint = QStringLiteral("(SELECT %1 FROM %2 p WHERE p.id = unique_id_requests.local_id)")
                                        .arg(fingerprintSql(), t->table);
        reopen.prepare(QStringLiteral("UPDATE unique_id_requests SET state = ?, candidates = NULL, attempts = 0, "
                                      "next_attempt_at = 0, updated_at = ? WHERE resource = ? AND state = ? AND %1")
                           .arg(sql::differs(Database::dialectOf(m_db), QStringLiteral("candidates"), fingerprint)));
        reopen.addBindValue(kPending);
        reopen.addBindValue(nowMs);
        reopen.addBindValue(resource);
        reopen.addBindValue(kRejected);
        if (!run(reopen, error))
            return -1;

        QStringList countBinds;
        QSqlQuery count(m_db);
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM unique_id_requests r WHERE r.resource = ? AND r.state <> ?")
                      + scopeSql(scope, &countBinds));
        count.addBindValue(resource);
        count.addBindValue(kDone);
        for (const QString &b : countBinds)
            count.addBindValue(b);
        if (!run(count, error))
            return -1;
        if (count.next())
            open += count.value(0).toInt();
    }
    return open;
}

QList<UniqueIdRequest> UniqueIdRequests::due(const UniqueIdScope &scope, qint64 nowMs, int limit, QString *error) const
{
    QList<UniqueIdRequest> out;
    for (const QString &resource : scope.resources) {
        const RecordTable *t = personTable(resource);
        if (!t)
            continue;
        QStringList binds;
        QSqlQuery q(m_db);
        q.prepare(selectSql(*t) + QStringLiteral(" AND r.state IN (?, ?, ?) AND r.next_attempt_at <= ?")
                  + scopeSql(scope, &binds) + QStringLiteral(" ORDER BY r.next_attempt_at, r.local_id LIMIT ?"));
        q.addBindValue(kPending);
        q.addBindValue(kCreating);
        q.addBindValue(kPolling);
        q.addBindValue(nowMs);
        for (const QString &b : binds)
            q.addBindValue(b);
        q.addBindValue(limit);
        if (!run(q, error))
            return {};
        while (q.next())
            out << fromRow(q, resource);
    }
    return out;
}

QList<UniqueIdRequest> UniqueIdRequests::inState(const QString &state, int limit, QString *error) const
{
    QList<UniqueIdRequest> out;
    for (const RecordTable &t : RecordSchema::tables()) {
        if (!personTable(t.resource))
            continue;
        QSqlQuery q(m_db);
        q.prepare(selectSql(t)
                  + QStringLiteral(" AND r.state = ? ORDER BY r.school_year, p.last_surname, p.first_name LIMIT ?"));
        q.addBindValue(state);
        q.addBindValue(limit);
        if (!run(q, error))
            return {};
        while (q.next())
            out << fromRow(q, t.resource);
    }
    return out;
}

bool UniqueIdRequests::findByText(const QString &personText, UniqueIdRequest *out, QString *error) const
{
    const QStringList parts = personText.split(QLatin1Char('/'));
    bool yearOk = false;
    const int year = parts.value(1).toInt(&yearOk);
    const RecordTable *t = parts.size() == 3 ? personTable(parts.at(0)) : nullptr;
    if (!t || !yearOk || parts.at(2).isEmpty()) {
        *error = tr("\"%1\" does not name a person: write it as students/YEAR/ID or staffs/YEAR/ID, with the "
                    "district's ID.")
                     .arg(personText);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(selectSql(*t) + QStringLiteral(" AND p.school_year = ? AND p.%1 = ?").arg(keyColumn(*t)));
    q.addBindValue(year);
    q.addBindValue(parts.at(2));
    if (!run(q, error))
        return false;
    if (!q.next()) {
        *error = tr("%1 has no unique-ID request: there is no such person, or it has not been asked about yet.")
                     .arg(personText);
        return false;
    }
    *out = fromRow(q, t->resource);
    return true;
}

qint64 UniqueIdRequests::nextDueAt(const UniqueIdScope &scope) const
{
    QStringList binds;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(MIN(r.next_attempt_at), 0) FROM unique_id_requests r WHERE "
                             "r.state IN (?, ?, ?)")
              + scopeSql(scope, &binds));
    q.addBindValue(kPending);
    q.addBindValue(kCreating);
    q.addBindValue(kPolling);
    for (const QString &b : binds)
        q.addBindValue(b);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

int UniqueIdRequests::shiftDueTimes(qint64 jumpMs, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE unique_id_requests SET next_attempt_at = next_attempt_at + ? "
                             "WHERE next_attempt_at > 0 AND state IN (?, ?, ?)"));
    q.addBindValue(jumpMs);
    q.addBindValue(kPending);
    q.addBindValue(kCreating);
    q.addBindValue(kPolling);
    if (!run(q, error))
        return -1;
    return q.numRowsAffected();
}

bool UniqueIdRequests::save(const UniqueIdRequest &r, qint64 nowMs, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE unique_id_requests SET state = ?, candidates = ?, poll_url = ?, attempts = ?, "
                             "next_attempt_at = ?, last_error = ?, updated_at = ? WHERE resource = ? AND "
                             "school_year = ? AND local_id = ?"));
    q.addBindValue(r.state);
    q.addBindValue(r.candidates.isEmpty() ? QVariant() : QVariant(r.candidates));
    q.addBindValue(r.pollUrl.isEmpty() ? QVariant() : QVariant(r.pollUrl));
    q.addBindValue(r.attempts);
    q.addBindValue(r.nextAttemptAt);
    q.addBindValue(r.lastError.isEmpty() ? QVariant() : QVariant(r.lastError));
    q.addBindValue(nowMs);
    q.addBindValue(r.person.resource);
    q.addBindValue(r.person.schoolYear);
    q.addBindValue(r.person.localId);
    return run(q, error);
}

bool UniqueIdRequests::writeBack(const UniqueIdPerson &person, const QString &stateId, qint64 nowMs, QString *error)
{
    const RecordTable *t = personTable(person.resource);
    if (!t || stateId.trimmed().isEmpty()) {
        *error = tr("No state unique ID to write back for %1.").arg(person.text());
        return false;
    }
    const QString key = keyColumn(*t);
    QSqlQuery q(m_db);
    // SQLite, IMMEDIATE: take the write lock first, so the engine's writes wait for us rather than
    // fail. PostgreSQL locks the person's row below instead (FOR UPDATE).
    const bool postgres = Database::dialectOf(m_db) == SqlDialect::PostgreSQL;
    if (!q.exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))) {
        *error = Database::lastError(q);
        return false;
    }
    auto fail = [&](const QString &message) {
        *error = message;
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return false;
    };

    q.prepare(QStringLiteral("SELECT %1, COALESCE(needs_state_id, 0) FROM %2 WHERE id = ? AND school_year = ?%3")
                  .arg(key, t->table, postgres ? QStringLiteral(" FOR UPDATE") : QString()));
    q.addBindValue(person.localId);
    q.addBindValue(person.schoolYear);
    if (!q.exec())
        return fail(Database::lastError(q));
    if (!q.next())
        return fail(tr("%1 is no longer in the database, so its state ID was not written.").arg(person.text()));
    const QString oldId = q.value(0).toString();
    if (q.value(1).toInt() == 0)
        return fail(tr("%1 already has a state ID (%2), so it was left as it is.").arg(person.text(), oldId));
    q.finish();

    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM %1 WHERE school_year = ? AND %2 = ? AND id <> ?").arg(t->table, key));
    q.addBindValue(person.schoolYear);
    q.addBindValue(stateId);
    q.addBindValue(person.localId);
    if (!q.exec() || !q.next())
        return fail(Database::lastError(q));
    if (q.value(0).toInt() > 0)
        return fail(tr("The state ID %1 already belongs to another person of school year %2 in this database: the two "
                       "may be the same person. Check both records before using this ID for %3.")
                        .arg(stateId)
                        .arg(person.schoolYear)
                        .arg(person.text()));
    q.finish();

    q.prepare(QStringLiteral("UPDATE %1 SET %2 = ?, needs_state_id = 0 WHERE id = ?").arg(t->table, key));
    q.addBindValue(stateId);
    q.addBindValue(person.localId);
    if (!q.exec())
        return fail(Database::lastError(q));
    for (const RecordTable *assoc : referringTables(person.resource)) {
        q.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE school_year = ? AND %2 = ?").arg(assoc->table, key));
        q.addBindValue(stateId);
        q.addBindValue(person.schoolYear);
        q.addBindValue(oldId);
        if (!q.exec())
            return fail(tr("The associations of %1 could not take the state ID %2: %3")
                            .arg(person.text(), stateId, Database::lastError(q)));
    }
    q.prepare(QStringLiteral("UPDATE unique_id_requests SET state = ?, assigned_id = ?, candidates = NULL, "
                             "poll_url = NULL, last_error = NULL, next_attempt_at = 0, updated_at = ? WHERE "
                             "resource = ? AND school_year = ? AND local_id = ?"));
    q.addBindValue(kDone);
    q.addBindValue(stateId);
    q.addBindValue(nowMs);
    q.addBindValue(person.resource);
    q.addBindValue(person.schoolYear);
    q.addBindValue(person.localId);
    if (!q.exec())
        return fail(Database::lastError(q));
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(Database::lastError(q));
    return true;
}

} // namespace dexdesk
