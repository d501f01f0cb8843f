#include "PurgeCommand.h"

#include "CommandCall.h"
#include "Console.h"
#include "Database.h"
#include "Paths.h"
#include "Purger.h"
#include "SettingsStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dexdesk::cli {

QString PurgeCommand::usage()
{
    return tr("dexdesk-cli [--database PATH] purge [--dry-run] [--json]");
}

QString PurgeCommand::help()
{
    return tr("purge [--dry-run] [--json]\n"
              "    Removes what the saved Purge Policy (aggressive, typical or seldom) says is obsolete: old log\n"
              "    rows and rotated log files, and the engine's finished work. Pending, in-flight and failed\n"
              "    work, publish status and unique-ID results are never touched. Prints how many items of each\n"
              "    kind went. --dry-run only counts what would go and removes nothing. --json prints one JSON\n"
              "    object instead.\n");
}

int PurgeCommand::run(const CommandCall &call)
{
    const QString kDryRun = QStringLiteral("--dry-run"), kJson = QStringLiteral("--json");
    CommandLine cl;
    if (const std::optional<int> done = call.parse({{kDryRun, kJson}, {}, {}}, &cl))
        return *done;
    QString error;
    const bool dryRun = cl.isSet(kDryRun);
    const std::unique_ptr<Database> database = Database::open(Paths::databaseFile(), &error);
    if (!database)
        return Console::fail(error);
    Settings settings;
    if (!SettingsStore(database->connection()).load(&settings, &error))
        return Console::fail(error);
    const PurgePolicy policy = settings.general.purgePolicy;

    Purger purger(database->connection(), Paths::logDirectory());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<PurgeCount> counts;
    const bool ok = dryRun ? purger.plan(policy, now, &counts, &error) : purger.run(policy, now, &counts, &error);
    if (!ok)
        return Console::fail(tr("The purge did not finish: %1").arg(error));

    if (cl.isSet(kJson)) {
        QJsonArray items;
        for (const PurgeCount &c : std::as_const(counts)) {
            items.append(QJsonObject {
                {QStringLiteral("rule"), c.ruleId},
                {QStringLiteral("label"), c.label},
                {QStringLiteral("keptDays"), c.keptDays},
                {QStringLiteral("cutoff"), c.cutoff.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("count"), c.count},
            });
        }
        const QJsonObject root {
            {QStringLiteral("policy"), purgePolicyName(policy)},
            {QStringLiteral("dryRun"), dryRun},
            {QStringLiteral("items"), items},
        };
        Console::writeOut(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    Console::out(dryRun ? tr("Purge policy %1: these items would be removed.").arg(purgePolicyName(policy))
                        : tr("Purge policy %1: removed these items.").arg(purgePolicyName(policy)));
    for (const PurgeCount &c : std::as_const(counts)) {
        Console::out(tr("  %1: %2 (kept %3 days, older than %4)")
                         .arg(c.label)
                         .arg(c.count)
                         .arg(c.keptDays)
                         .arg(c.cutoff.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    if (dryRun)
        Console::out(tr("Dry run: nothing was removed."));
    return ExitSuccess;
}

} // namespace dexdesk::cli
