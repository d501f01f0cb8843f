#include "HistoryCommand.h"

#include "AuditTrail.h"
#include "CommandCall.h"
#include "Console.h"
#include "Database.h"
#include "Paths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dexdesk::cli {

namespace {

// The trail never holds a secret; a secret field is shown as "changed" whatever its row says.
AuditEntry shown(AuditEntry e)
{
    if (e.field.endsWith(QLatin1String(".secret"))) {
        e.oldValue.clear();
        e.newValue = AuditEntry::kSecretChanged;
    }
    return e;
}

} // namespace

QString HistoryCommand::help()
{
    return tr("settings history [--limit N] [--profile ID] [--json]\n"
              "    Shows the audit trail of saved settings changes, newest first, at most N (default %1): when,\n"
              "    by whom, how (save, import, restore-defaults), which field, old → new. A secret change shows\n"
              "    only as \"changed\". --profile ID keeps the changes of that profile. --json prints a JSON\n"
              "    array instead.\n")
        .arg(kDefaultLimit);
}

int HistoryCommand::run(const CommandCall &call)
{
    const QString kLimit = QStringLiteral("--limit"), kProfile = QStringLiteral("--profile"),
                  kJson = QStringLiteral("--json");
    CommandLine cl;
    if (const std::optional<int> done = call.parse({{kJson}, {kLimit, kProfile}, {}}, &cl))
        return *done;
    QString error;
    int limit = kDefaultLimit;
    if (cl.hasValue(kLimit)) {
        bool ok = false;
        limit = cl.value(kLimit).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            return call.usageError(tr("settings history: --limit needs a whole number from 1 to %1").arg(kMaxLimit));
    }
    if (cl.hasValue(kProfile) && cl.value(kProfile).isEmpty())
        return call.usageError(tr("settings history: --profile needs a profile id"));

    const std::unique_ptr<Database> database = Database::open(Paths::databaseFile(), &error);
    if (!database)
        return Console::fail(error);
    QList<AuditEntry> entries;
    if (!AuditTrail::read(database->connection(), limit, 0, &entries, &error, cl.value(kProfile)))
        return Console::fail(tr("Cannot read the audit trail: %1").arg(error));

    if (cl.isSet(kJson)) {
        QJsonArray array;
        for (const AuditEntry &stored : std::as_const(entries)) {
            const AuditEntry e = shown(stored);
            array.append(QJsonObject {
                {QStringLiteral("id"), e.id},
                {QStringLiteral("at"), e.at().toString(Qt::ISODateWithMs)},
                {QStringLiteral("action"), e.action},
                {QStringLiteral("profile"), e.profileId},
                {QStringLiteral("field"), e.field},
                {QStringLiteral("old"), e.oldValue},
                {QStringLiteral("new"), e.newValue},
                {QStringLiteral("user"), e.user},
                {QStringLiteral("text"), AuditTrail::describe(e)},
            });
        }
        Console::writeOut(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (entries.isEmpty()) {
        Console::out(tr("No settings changes are recorded."));
        return ExitSuccess;
    }
    for (const AuditEntry &stored : std::as_const(entries)) {
        const AuditEntry e = shown(stored);
        const QString when = e.at().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QString who = e.user.isEmpty() ? tr("unknown user") : e.user;
        Console::out(QStringLiteral("%1  %2  %3  %4").arg(when, e.action, who, AuditTrail::describe(e)));
    }
    return ExitSuccess;
}

} // namespace dexdesk::cli
