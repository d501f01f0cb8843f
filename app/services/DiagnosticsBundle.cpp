#include "DiagnosticsBundle.h"

#include "ExchangeCounts.h"

#include "Database.h"
#include "LogFileSink.h"
#include "Logging.h"
#include "LogQuery.h"
#include "ProfileRepository.h"
#include "SettingsExchange.h"

#include <archive.h>
#include <archive_entry.h>

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSysInfo>

#include <algorithm>

namespace dexdesk {

namespace {

QByteArray readme(bool hasReport)
{
    QByteArray text
        = "DEX Desk diagnostics bundle\n"
          "\n"
          "versions.json       program, Qt, operating system and database versions\n"
          "settings.json       the saved settings as `settings export` writes them (no secrets)\n"
          "counts.json         row counts of the log and the audit trail; queue and error counts per resource\n"
          "logs/recent.txt     the most recent log rows, oldest first\n"
          "logs/dexdesk*.log   the rotating log files\n";
    text += hasReport ? "test-connection.json the last Test Connection report\n"
                      : "(no Test Connection report was available)\n";
    text += "\nSecrets (LEA secrets, tokens) are never included.\n";
    return text;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

la_ssize_t writeToFile(struct archive *, void *client, const void *buffer, size_t length)
{
    auto *file = static_cast<QSaveFile *>(client);
    return file->write(static_cast<const char *>(buffer), qint64(length));
}

} // namespace

QString DiagnosticsBundle::topFolder()
{
    return QStringLiteral("dexdesk-diagnostics");
}

QByteArray DiagnosticsBundle::versions(Database *database)
{
    QJsonObject o;
    o.insert(QStringLiteral("program"), QStringLiteral(DEXDESK_VERSION));
    o.insert(QStringLiteral("qtRuntime"), QString::fromLatin1(qVersion()));
    o.insert(QStringLiteral("qtBuild"), QStringLiteral(QT_VERSION_STR));
    o.insert(QStringLiteral("os"), QSysInfo::prettyProductName());
    o.insert(QStringLiteral("kernel"), QString(QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion()));
    o.insert(QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture());
    o.insert(QStringLiteral("generatedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (database) {
        QSqlQuery q(database->connection());
        if (database->isPostgreSQL()) {
            if (q.exec(QStringLiteral("SHOW server_version")) && q.next())
                o.insert(QStringLiteral("postgresql"), q.value(0).toString());
            // The URL names the server and user; the bundle leaves it out (it holds no password).
            o.insert(QStringLiteral("database"), QStringLiteral("postgresql"));
        } else {
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                o.insert(QStringLiteral("sqlite"), q.value(0).toString());
            o.insert(QStringLiteral("databaseFile"), QFileInfo(database->path()).fileName());
        }
        o.insert(QStringLiteral("databaseSchema"), database->schemaVersion());
    }
    return json(o);
}

QByteArray DiagnosticsBundle::counts(Database *database)
{
    QJsonObject o;
    o.insert(QStringLiteral("logMessagesDropped"), qint64(Logging::droppedCount()));
    if (database) {
        QSqlQuery q(database->connection());
        QJsonObject levels;
        if (q.exec(QStringLiteral("SELECT level, COUNT(*) FROM logs GROUP BY level"))) {
            while (q.next())
                levels.insert(logLevelName(LogLevel(q.value(0).toInt())), q.value(1).toLongLong());
        }
        o.insert(QStringLiteral("logRowsByLevel"), levels);
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_trail")) && q.next())
            o.insert(QStringLiteral("auditTrailRows"), q.value(0).toLongLong());
        // The exchange: per resource queued, retrying, waiting, stuck, rejected and sent; the
        // latest runs. Counts and outcomes only, no record contents.
        ExchangeCounts exchange;
        QString error;
        if (ExchangeCounts::read(database->connection(), &exchange, &error))
            o.insert(QStringLiteral("exchange"), exchange.toJson());
        else
            o.insert(QStringLiteral("exchange"), QStringLiteral("not readable: %1").arg(error));
    }
    return json(o);
}

QByteArray DiagnosticsBundle::recentLogs(Database *database, int rows)
{
    if (!database)
        return "(no database)\n";
    LogQuery query;
    query.limit = rows;
    QList<LogRecord> records;
    QString error;
    if (!query.run(database->connection(), &records, &error))
        return error.toUtf8() + '\n';
    QByteArray text;
    for (auto it = records.crbegin(); it != records.crend(); ++it)
        text += it->toLine().toUtf8() + '\n';
    return text;
}

QList<DiagnosticsBundle::Entry> DiagnosticsBundle::collect(const Input &input)
{
    Logging::flush(2000); // so the files and the table hold what was logged up to now
    QList<Entry> entries;
    entries.append({QStringLiteral("README.txt"), readme(input.testReport.has_value())});
    entries.append({QStringLiteral("versions.json"), versions(input.database)});
    if (input.profiles)
        entries.append(
            {QStringLiteral("settings.json"), SettingsExchange::exportJson(input.settings, *input.profiles)});
    entries.append({QStringLiteral("counts.json"), counts(input.database)});
    entries.append({QStringLiteral("logs/recent.txt"), recentLogs(input.database, input.recentLogRows)});
    if (!input.logDirectory.isEmpty()) {
        for (const QString &path : LogFileSink::existingFiles(input.logDirectory)) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                entries.append({QStringLiteral("logs/") + QFileInfo(path).fileName(), f.readAll()});
        }
    }
    if (input.testReport)
        entries.append({QStringLiteral("test-connection.json"), json(*input.testReport)});
    return entries;
}

bool DiagnosticsBundle::write(const QString &path, const Input &input, QString *error)
{
    const QList<Entry> entries = collect(input);
    for (const QString &secret : input.knownSecrets) {
        if (secret.size() < 4)
            continue; // too short to search for without false alarms
        const QByteArray needle = secret.toUtf8();
        for (const Entry &e : entries) {
            if (e.second.contains(needle)) {
                *error = tr("The diagnostics bundle was not written: a secret was found in its part %1. This is a "
                            "defect; please report it without attaching the bundle.")
                             .arg(e.first);
                return false;
            }
        }
    }
    return writeArchive(path, entries, error);
}

bool DiagnosticsBundle::writeArchive(const QString &path, const QList<Entry> &entries, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    struct archive *a = archive_write_new();
    archive_write_add_filter_gzip(a);
    archive_write_set_format_pax_restricted(a);
    QString failure;
    if (archive_write_open2(a, &file, nullptr, writeToFile, nullptr, nullptr) != ARCHIVE_OK)
        failure = QString::fromUtf8(archive_error_string(a));
    const time_t now = time_t(QDateTime::currentSecsSinceEpoch());
    for (auto it = entries.cbegin(); failure.isEmpty() && it != entries.cend(); ++it) {
        struct archive_entry *e = archive_entry_new();
        const QByteArray name = (topFolder() + QLatin1Char('/') + it->first).toUtf8();
        archive_entry_set_pathname_utf8(e, name.constData());
        archive_entry_set_size(e, la_int64_t(it->second.size()));
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_set_perm(e, 0600);
        archive_entry_set_mtime(e, now, 0);
        if (archive_write_header(a, e) != ARCHIVE_OK
            || archive_write_data(a, it->second.constData(), size_t(it->second.size())) < 0)
            failure = QString::fromUtf8(archive_error_string(a));
        archive_entry_free(e);
    }
    if (archive_write_close(a) != ARCHIVE_OK && failure.isEmpty())
        failure = QString::fromUtf8(archive_error_string(a));
    archive_write_free(a);
    if (!failure.isEmpty() || !file.commit()) {
        file.cancelWriting();
        *error = tr("Cannot write the diagnostics bundle %1: %2")
                     .arg(path, failure.isEmpty() ? file.errorString() : failure);
        return false;
    }
    return true;
}

} // namespace dexdesk
