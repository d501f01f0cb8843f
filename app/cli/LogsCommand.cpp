#include "LogsCommand.h"

#include "CommandCall.h"
#include "Console.h"
#include "Database.h"
#include "LogQuery.h"
#include "Paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dexdesk::cli {

QString LogsCommand::usage()
{
    return tr("dexdesk-cli [--database PATH] logs [--level error|warning|info|diagnostic] [--since WHEN] "
              "[--category NAME] [--lea ID] [--search TEXT] [--limit N] [--json]");
}

QString LogsCommand::help()
{
    return tr("logs [--level LEVEL] [--since WHEN] [--category NAME] [--lea ID] [--search TEXT] [--limit N] [--json]\n"
              "    Shows the rows of the log table, newest first, at most N (default %1). --level error, warning,\n"
              "    info or diagnostic shows that level and the more severe ones. --since takes an ISO date or\n"
              "    date and time (local time unless it has an offset or Z) or a time ago: 30m, 2h, 7d.\n"
              "    --category takes a category such as dexdesk.net and includes its children (several may be\n"
              "    given separated by commas); --lea shows the messages about one LEA; --search keeps the\n"
              "    messages that contain TEXT (case-insensitive). --json prints a JSON array instead.\n")
        .arg(kDefaultLimit);
}

QDateTime LogsCommand::parseWhen(const QString &text, const QDateTime &now)
{
    static const QRegularExpression relative(QStringLiteral("^(\\d{1,9})([smhd])$"));
    const QString t = text.trimmed();
    const QRegularExpressionMatch m = relative.match(t);
    if (m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == QLatin1Char('s') ? n
            : unit == QLatin1Char('m')                  ? n * 60
            : unit == QLatin1Char('h')                  ? n * 3600
                                                        : n * 86400;
        return now.addSecs(-seconds);
    }
    QDateTime when = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (when.isValid())
        return when;
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid())
        return date.startOfDay();
    return {};
}

int LogsCommand::run(const CommandCall &call)
{
    const QString kLevel = QStringLiteral("--level"), kSince = QStringLiteral("--since"),
                  kCategory = QStringLiteral("--category"), kLea = QStringLiteral("--lea"),
                  kSearch = QStringLiteral("--search"), kLimit = QStringLiteral("--limit"),
                  kJson = QStringLiteral("--json");
    CommandLine cl;
    if (const std::optional<int> done
        = call.parse({{kJson}, {kLevel, kSince, kCategory, kLea, kSearch, kLimit}, {}}, &cl))
        return *done;
    QString error;

    LogQuery query;
    query.limit = kDefaultLimit;
    if (cl.hasValue(kLevel) && !logLevelFromName(cl.value(kLevel).toLower(), &query.level)) {
        return call.usageError(
            tr("logs: unknown level \"%1\" (error, warning, info or diagnostic)").arg(cl.value(kLevel)));
    }
    if (cl.hasValue(kSince)) {
        query.since = parseWhen(cl.value(kSince), QDateTime::currentDateTimeUtc());
        if (!query.since.isValid()) {
            return call.usageError(
                tr("logs: --since \"%1\" is neither a date and time (2026-03-01T08:00) nor a time ago (30m, 2h, 7d)")
                    .arg(cl.value(kSince)));
        }
    }
    if (cl.hasValue(kCategory)) {
        for (const QString &name : cl.value(kCategory).split(QLatin1Char(','), Qt::SkipEmptyParts))
            query.categories << name.trimmed();
        if (query.categories.isEmpty())
            return call.usageError(tr("logs: --category needs a category name"));
    }
    query.lea = cl.value(kLea);
    query.text = cl.value(kSearch);
    if (cl.hasValue(kLimit)) {
        bool ok = false;
        query.limit = cl.value(kLimit).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > kMaxLimit) {
            return call.usageError(tr("logs: --limit needs a whole number from 1 to %1").arg(kMaxLimit));
        }
    }

    const std::unique_ptr<Database> database = Database::open(Paths::databaseFile(), &error);
    if (!database)
        return Console::fail(error);
    QList<LogRecord> rows;
    if (!query.run(database->connection(), &rows, &error))
        return Console::fail(tr("Cannot read the log table: %1").arg(error));

    if (cl.isSet(kJson)) {
        QJsonArray array;
        for (const LogRecord &r : std::as_const(rows)) {
            array.append(QJsonObject {
                {QStringLiteral("id"), r.id},
                {QStringLiteral("at"), r.at().toString(Qt::ISODateWithMs)},
                {QStringLiteral("level"), logLevelName(r.level)},
                {QStringLiteral("category"), r.category},
                {QStringLiteral("lea"), r.lea},
                {QStringLiteral("message"), r.message},
            });
        }
        Console::writeOut(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (rows.isEmpty()) {
        Console::err(tr("No log rows match."));
        return ExitSuccess;
    }
    for (const LogRecord &r : std::as_const(rows))
        Console::out(r.toLine());
    return ExitSuccess;
}

} // namespace dexdesk::cli
