#include "DatabaseCommand.h"

#include "CommandCall.h"
#include "Console.h"
#include "Database.h"
#include "DatabaseCopier.h"
#include "DatabaseLocation.h"
#include "EngineController.h"
#include "Paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>

namespace dexdesk::cli {

QString DatabaseCommand::usage()
{
    return tr("dexdesk-cli [--database PATH] database copy --to postgresql://user@host:port/database [--json]");
}

QString DatabaseCommand::help()
{
    return tr("database copy --to URL [--json]\n"
              "    Copies this SQLite database (settings, records, change queue and publish status, downloads,\n"
              "    logs, job runs, audit trail) into the empty PostgreSQL database URL, in one transaction, and\n"
              "    checks the row count of every table. A target that holds anything is refused. The password\n"
              "    comes from ~/.pgpass, PGPASSFILE or a libpq service, never from the URL. The engine must not\n"
              "    run on the source meanwhile. Afterwards use --database URL.\n");
}

int DatabaseCommand::run(const CommandCall &call)
{
    const QString sub = call.args().value(0);
    if (sub == QLatin1String("copy"))
        return copy(call.subcommand());
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h"))
        return call.showHelp();
    return call.usageError(sub.isEmpty() ? tr("database: missing subcommand (copy)")
                                         : tr("database: unknown subcommand \"%1\"").arg(sub));
}

int DatabaseCommand::copy(const CommandCall &call)
{
    const QString kTo = QStringLiteral("--to"), kJson = QStringLiteral("--json");
    CommandLine cl;
    if (const std::optional<int> done = call.parse({{kJson}, {kTo}, {}}, &cl))
        return *done;
    if (!cl.hasValue(kTo))
        return call.usageError(tr("database copy needs --to postgresql://user@host:port/database"));
    QString error;
    DatabaseLocation to;
    if (!DatabaseLocation::parse(cl.value(kTo), &to, &error))
        return call.usageError(error);
    if (!to.isPostgreSQL())
        return call.usageError(tr("--to takes a PostgreSQL URL (postgresql://user@host:port/database)"));
    const QString sourcePath = Paths::databaseFile();
    if (DatabaseLocation::looksLikeUrl(sourcePath))
        return Console::fail(tr("The database to copy from is PostgreSQL already (%1). The copy moves an SQLite "
                                "database; name its file with --database.")
                                 .arg(sourcePath));
    QString holder;
    const std::unique_ptr<QLockFile> lock = EngineController::takeLock(sourcePath, &holder);
    if (!lock)
        return Console::fail(tr("The engine is running on %1 (%2). Stop it, then copy.").arg(sourcePath, holder));
    const std::unique_ptr<Database> source = Database::open(sourcePath, &error);
    if (!source)
        return Console::fail(error);
    const std::unique_ptr<Database> target = Database::open(to.toString(), &error);
    if (!target)
        return Console::fail(error);
    QList<CopiedTable> copied;
    if (!DatabaseCopier::copy(*source, *target, &copied, &error))
        return Console::fail(tr("The copy did not happen: %1").arg(error));

    qint64 total = 0;
    for (const CopiedTable &c : std::as_const(copied))
        total += c.targetRows;
    if (cl.isSet(kJson)) {
        QJsonArray tables;
        for (const CopiedTable &c : std::as_const(copied))
            tables.append(QJsonObject {{QStringLiteral("table"), c.table},
                                       {QStringLiteral("sourceRows"), c.sourceRows},
                                       {QStringLiteral("targetRows"), c.targetRows}});
        Console::writeOut(QJsonDocument(QJsonObject {{QStringLiteral("from"), source->path()},
                                                     {QStringLiteral("to"), target->path()},
                                                     {QStringLiteral("rows"), total},
                                                     {QStringLiteral("tables"), tables}})
                              .toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    Console::out(tr("Copied %1 rows in %2 tables from %3 to %4; every table's row count matches:")
                     .arg(total)
                     .arg(copied.size())
                     .arg(source->path(), target->path()));
    for (const CopiedTable &c : std::as_const(copied))
        Console::out(tr("  %1: %2").arg(c.table).arg(c.targetRows));
    Console::out(tr("Use it with: dexdesk-cli --database %1 status").arg(target->path()));
    return ExitSuccess;
}

} // namespace dexdesk::cli
