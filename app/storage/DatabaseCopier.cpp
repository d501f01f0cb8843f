#include "DatabaseCopier.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <limits>

namespace dexdesk {

namespace {

// Tables the migrations fill with one row of their own; they count as empty in that state.
const QStringList kSeeded {QStringLiteral("capture_control"), QStringLiteral("settings_revision")};
constexpr int kBatchRows = 100;

QStringList tablesOf(Database &db)
{
    QSqlQuery q(db.connection());
    if (db.isPostgreSQL())
        q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"));
    else
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                              "ORDER BY 1"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    names.removeAll(QStringLiteral("schema_migrations")); // each side has its own, of the same version
    return names;
}

bool count(Database &db, const QString &table, qint64 *rows, QString *error)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next()) {
        *error = Database::lastError(q);
        return false;
    }
    *rows = q.value(0).toLongLong();
    return true;
}

} // namespace

bool DatabaseCopier::copy(Database &source, Database &target, QList<CopiedTable> *copied, QString *error)
{
    if (!target.isPostgreSQL()) {
        *error = tr("The copy goes into a PostgreSQL database; %1 is not one. Give --to "
                    "postgresql://user@host:port/database.")
                     .arg(target.path());
        return false;
    }
    if (source.schemaVersion() != target.schemaVersion()) {
        *error = tr("The two databases have different schemas (%1 and %2). Open both with this version of DEX Desk "
                    "first.")
                     .arg(source.schemaVersion())
                     .arg(target.schemaVersion());
        return false;
    }
    const QStringList tables = tablesOf(source);
    const QStringList targetTables = tablesOf(target);
    for (const QString &t : tables) {
        if (!targetTables.contains(t)) {
            *error = tr("The target database has no table %1. Copy into a database made by this version of DEX Desk.")
                         .arg(t);
            return false;
        }
    }
    // Refuse a target that holds anything: the copy never merges two districts.
    for (const QString &t : targetTables) {
        qint64 rows = 0;
        if (!count(target, t, &rows, error))
            return false;
        if (rows > (kSeeded.contains(t) ? 1 : 0)) {
            *error = tr("The target database %1 is not empty (table %2 holds %n row(s)). Copy into a new, empty "
                        "database: nothing was changed.",
                        nullptr, int(std::min<qint64>(rows, std::numeric_limits<int>::max())))
                         .arg(target.path(), t);
            return false;
        }
    }

    QSqlDatabase from = source.connection();
    QSqlDatabase to = target.connection();
    // The source is read in one transaction too, so the counts below are of one moment.
    if (!from.transaction() || !to.transaction()) {
        *error = tr("Cannot start the copy: %1").arg(from.lastError().text() + to.lastError().text());
        from.rollback();
        return false;
    }
    auto fail = [&](const QString &message) {
        to.rollback();
        from.rollback();
        *error = message;
        return false;
    };
    // capture_control last: until it is copied, capture stays off and inserting the records queues
    // nothing (the change queue is copied as it is).
    QStringList order = tables;
    order.removeAll(QStringLiteral("capture_control"));
    if (tables.contains(QStringLiteral("capture_control")))
        order << QStringLiteral("capture_control");
    QList<CopiedTable> result;
    for (const QString &t : std::as_const(order)) {
        QSqlQuery clear(to);
        if (kSeeded.contains(t) && !clear.exec(QStringLiteral("DELETE FROM %1").arg(t)))
            return fail(Database::lastError(clear));
        QSqlQuery read(from);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT * FROM %1").arg(t)))
            return fail(tr("Reading %1 failed: %2").arg(t, Database::lastError(read)));
        const QSqlRecord columns = read.record();
        QStringList names;
        for (int i = 0; i < columns.count(); ++i)
            names << columns.fieldName(i);
        const QString row = QLatin1Char('(') + QStringList(QList<QString>(names.size(), QStringLiteral("?"))).join(u',')
            + QLatin1Char(')');
        const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(t, names.join(u','));
        QSqlQuery batch(to);
        batch.prepare(insert + QStringList(QList<QString>(kBatchRows, row)).join(u','));
        QVariantList pending;
        qint64 rows = 0;
        auto flush = [&](bool full) {
            QSqlQuery q(to);
            QSqlQuery &w = full ? batch : q;
            if (!full)
                q.prepare(insert + QStringList(QList<QString>(pending.size() / names.size(), row)).join(u','));
            for (const QVariant &v : std::as_const(pending))
                w.addBindValue(v);
            const bool ok = w.exec();
            if (!ok)
                *error = Database::lastError(w);
            pending.clear();
            return ok;
        };
        while (read.next()) {
            for (int i = 0; i < names.size(); ++i)
                pending << read.value(i);
            ++rows;
            if (pending.size() == kBatchRows * names.size() && !flush(true))
                return fail(tr("Writing %1 failed: %2").arg(t, *error));
        }
        if (!pending.isEmpty() && !flush(false))
            return fail(tr("Writing %1 failed: %2").arg(t, *error));
        // Identity columns go on after the copied ids, so new rows never reuse one.
        QSqlQuery identity(to);
        identity.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                        "current_schema() AND table_name = ? AND is_identity = 'YES'"));
        identity.addBindValue(t);
        if (!identity.exec())
            return fail(Database::lastError(identity));
        QStringList identityColumns;
        while (identity.next())
            identityColumns << identity.value(0).toString();
        for (const QString &c : std::as_const(identityColumns)) {
            QSqlQuery bump(to);
            if (!bump.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                          "COALESCE((SELECT MAX(%2) FROM %1), 0) + 1, false)")
                               .arg(t, c)))
                return fail(Database::lastError(bump));
        }
        CopiedTable copiedTable {t, 0, 0};
        QString countError;
        if (!count(source, t, &copiedTable.sourceRows, &countError)
            || !count(target, t, &copiedTable.targetRows, &countError))
            return fail(countError);
        if (copiedTable.sourceRows != rows || copiedTable.targetRows != rows)
            return fail(tr("Table %1: %2 rows read, but the source has %3 and the target %4. Nothing was copied.")
                            .arg(t)
                            .arg(rows)
                            .arg(copiedTable.sourceRows)
                            .arg(copiedTable.targetRows));
        result << copiedTable;
    }
    if (!to.commit())
        return fail(tr("Saving the copy failed: %1. Nothing was copied.").arg(to.lastError().text()));
    from.rollback(); // only read
    *copied = result;
    return true;
}

} // namespace dexdesk
