#include "Purger.h"

#include "Database.h"
#include "LogCategories.h"
#include "LogFileSink.h"
#include "LogLimits.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace dexdesk {

namespace {

QList<PurgeRule> buildRules()
{
    QList<PurgeRule> list;
    // SPEC §9: log rows and log files are kept 7 / 30 / 90 days.
    list.append({QStringLiteral("logRows"),
                 QT_TRANSLATE_NOOP("Purger", "Log rows"),
                 PurgeRule::Kind::Rows,
                 {7, 30, 90},
                 QStringLiteral("logs"),
                 QStringLiteral("id"),
                 QStringLiteral("at"),
                 {}});
    list.append({QStringLiteral("logFiles"),
                 QT_TRANSLATE_NOOP("Purger", "Log files"),
                 PurgeRule::Kind::LogFiles,
                 {7, 30, 90},
                 {},
                 {},
                 {},
                 {}});
    // SPEC §9: the engine's finished work is kept 3 / 30 / 180 days. A change-queue row goes only
    // once the engine has taken it in and the agency confirmed that record in this or a newer
    // state; pending, in-flight, retrying and rejected records keep theirs. Publish status (the
    // current state of every record) is never purged.
    list.append({QStringLiteral("deliveredChanges"),
                 QT_TRANSLATE_NOOP("Purger", "Delivered changes"),
                 PurgeRule::Kind::Rows,
                 {3, 30, 180},
                 QStringLiteral("change_queue"),
                 QStringLiteral("seq"),
                 QStringLiteral("created_at"),
                 QStringLiteral("seq <= COALESCE((SELECT CAST(value AS INTEGER) FROM engine_state WHERE key = "
                                "'ingested_seq'), 0) AND EXISTS (SELECT 1 FROM publish_status p WHERE p.resource = "
                                "change_queue.resource AND p.school_year = change_queue.school_year AND p.key_text "
                                "= change_queue.key_text AND p.sent_seq >= change_queue.seq)")});
    list.append({QStringLiteral("jobRuns"),
                 QT_TRANSLATE_NOOP("Purger", "Finished job runs"),
                 PurgeRule::Kind::Rows,
                 {3, 30, 180},
                 QStringLiteral("job_runs"),
                 QStringLiteral("id"),
                 QStringLiteral("started_at"),
                 QStringLiteral("finished_at IS NOT NULL")});
    // Download staging joins this list with the downloader (issue 5).
    return list;
}

QString where(const PurgeRule &rule)
{
    QString sql = QStringLiteral(" WHERE ") + rule.timeColumn + QStringLiteral(" < ?");
    if (!rule.condition.isEmpty())
        sql += QStringLiteral(" AND (") + rule.condition + QLatin1Char(')');
    return sql;
}

} // namespace

Purger::Purger(QSqlDatabase db, QString logDirectory)
    : m_db(std::move(db))
    , m_logDirectory(std::move(logDirectory))
{ }

const QList<PurgeRule> &Purger::rules()
{
    static const QList<PurgeRule> list = buildRules();
    return list;
}

QString Purger::label(const PurgeRule &rule)
{
    return QCoreApplication::translate("Purger", rule.label);
}

QStringList Purger::obsoleteLogFiles(const QDateTime &cutoff) const
{
    QStringList old;
    if (m_logDirectory.isEmpty())
        return old;
    const QString current = LogFileSink::currentFileName();
    for (const QString &path : LogFileSink::existingFiles(m_logDirectory)) {
        const QFileInfo info(path);
        if (info.fileName() != current && info.lastModified() < cutoff)
            old << path;
    }
    return old;
}

bool Purger::countRows(const PurgeRule &rule, qint64 cutoffMs, qint64 *count, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ") + rule.table + where(rule));
    q.addBindValue(cutoffMs);
    if (!q.exec() || !q.next()) {
        *error = tr("Cannot count the obsolete %1: %2").arg(label(rule).toLower(), Database::lastError(q));
        return false;
    }
    *count = q.value(0).toLongLong();
    return true;
}

bool Purger::deleteRows(const PurgeRule &rule, qint64 cutoffMs, qint64 *count, QString *error)
{
    *count = 0;
    const QString sql = QStringLiteral("DELETE FROM ") + rule.table + QStringLiteral(" WHERE ") + rule.keyColumn
        + QStringLiteral(" IN (SELECT ") + rule.keyColumn + QStringLiteral(" FROM ") + rule.table + where(rule)
        + QStringLiteral(" LIMIT ?)");
    for (;;) {
        // One short transaction per batch: the engine's writers wait at most one batch.
        if (!m_db.transaction()) {
            *error = tr("Cannot start purging %1: %2").arg(label(rule).toLower(), m_db.lastError().text());
            return false;
        }
        QSqlQuery q(m_db);
        q.prepare(sql);
        q.addBindValue(cutoffMs);
        q.addBindValue(LogLimits::kPurgeBatchRows);
        if (!q.exec()) {
            const QString reason = Database::lastError(q);
            m_db.rollback();
            *error = tr("Purging %1 failed: %2. What was removed before stays removed; run the purge again.")
                         .arg(label(rule).toLower(), reason);
            return false;
        }
        const int n = q.numRowsAffected();
        if (!m_db.commit()) {
            const QString reason = m_db.lastError().text();
            m_db.rollback();
            *error = tr("Purging %1 failed: %2. Run the purge again.").arg(label(rule).toLower(), reason);
            return false;
        }
        *count += n;
        if (n < LogLimits::kPurgeBatchRows)
            return true;
    }
}

bool Purger::plan(PurgePolicy policy, const QDateTime &now, QList<PurgeCount> *counts, QString *error) const
{
    counts->clear();
    for (const PurgeRule &rule : rules()) {
        PurgeCount c {rule.id, label(rule), rule.keptDays(policy), now.addDays(-rule.keptDays(policy)), 0};
        if (rule.kind == PurgeRule::Kind::LogFiles)
            c.count = obsoleteLogFiles(c.cutoff).size();
        else if (!countRows(rule, c.cutoff.toMSecsSinceEpoch(), &c.count, error))
            return false;
        counts->append(c);
    }
    return true;
}

bool Purger::run(PurgePolicy policy, const QDateTime &now, QList<PurgeCount> *removed, QString *error)
{
    removed->clear();
    for (const PurgeRule &rule : rules()) {
        PurgeCount c {rule.id, label(rule), rule.keptDays(policy), now.addDays(-rule.keptDays(policy)), 0};
        if (rule.kind == PurgeRule::Kind::LogFiles) {
            for (const QString &path : obsoleteLogFiles(c.cutoff)) {
                if (QFile::remove(path))
                    ++c.count;
            }
        } else if (!deleteRows(rule, c.cutoff.toMSecsSinceEpoch(), &c.count, error)) {
            return false;
        }
        qCInfo(lcPurge).noquote() << "purged" << c.count << rule.id << "older than" << c.cutoff.toString(Qt::ISODate);
        removed->append(c);
    }
    return true;
}

} // namespace dexdesk
