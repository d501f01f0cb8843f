#include "UniqueIdCommand.h"

#include "CliContext.h"
#include "CommandCall.h"
#include "Console.h"
#include "Database.h"
#include "EngineController.h"
#include "OneOffSession.h"
#include "SettingsEditor.h"
#include "UniqueIdProcessor.h"
#include "UniqueIdReview.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>

namespace dexdesk::cli {

namespace {

const QString kReview = QStringLiteral("--review");
const QString kJson = QStringLiteral("--json");
const QString kChoose = QStringLiteral("--choose");
const QString kNew = QStringLiteral("--new");

QJsonObject toJson(const UniqueIdReviewItem &item)
{
    QJsonArray candidates;
    for (const UniqueIdCandidate &c : item.candidates) {
        QJsonObject o {{QStringLiteral("uniqueId"), c.uniqueId},
                       {QStringLiteral("givenName"), c.givenName},
                       {QStringLiteral("familyName"), c.familyName},
                       {QStringLiteral("birthDate"), c.birthDate}};
        if (!c.middleName.isEmpty())
            o.insert(QStringLiteral("middleName"), c.middleName);
        if (c.score >= 0)
            o.insert(QStringLiteral("score"), c.score);
        candidates.append(o);
    }
    QJsonObject o {{QStringLiteral("person"), item.person.text()},
                   {QStringLiteral("resource"), item.person.resource},
                   {QStringLiteral("schoolYear"), item.person.schoolYear},
                   {QStringLiteral("districtId"), item.person.districtId},
                   {QStringLiteral("leaId"), item.person.leaId},
                   {QStringLiteral("givenName"), item.person.givenName},
                   {QStringLiteral("familyName"), item.person.familyName},
                   {QStringLiteral("birthDate"), item.person.birthDate},
                   {QStringLiteral("candidates"), candidates}};
    if (!item.lastError.isEmpty())
        o.insert(QStringLiteral("problem"), item.lastError);
    return o;
}

int showReview(QSqlDatabase db, bool json)
{
    QList<UniqueIdReviewItem> items;
    QString error;
    if (!UniqueIdReview::list(db, &items, &error))
        return Console::fail(UniqueIdCommand::tr("Cannot read the review list: %1").arg(error));
    if (json) {
        QJsonArray array;
        for (const UniqueIdReviewItem &item : items)
            array.append(toJson(item));
        Console::writeOut(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitSuccess;
    }
    if (items.isEmpty()) {
        Console::out(UniqueIdCommand::tr("Nobody is waiting for review."));
        return ExitSuccess;
    }
    for (const UniqueIdReviewItem &item : items) {
        Console::out(
            UniqueIdCommand::tr("%1  %2, born %3").arg(item.person.text(), item.displayName(), item.person.birthDate));
        if (!item.lastError.isEmpty())
            Console::out(UniqueIdCommand::tr("    problem: %1").arg(item.lastError));
        for (const UniqueIdCandidate &c : item.candidates) {
            const QString score = c.score >= 0 ? QString::number(c.score, 'f', 2) : UniqueIdCommand::tr("no score");
            Console::out(UniqueIdCommand::tr("    %1  %2, born %3 (score %4)")
                             .arg(c.uniqueId, c.displayName(), c.birthDate, score));
        }
    }
    Console::out(UniqueIdCommand::tr("Use one with --choose PERSON ID, or ask for a new ID with --new PERSON."));
    return ExitSuccess;
}

// One run of the processor with the saved settings: the selected profile, its school years and
// its first enabled LEA with a key and a secret in the keychain.
int runOnce(CliContext &ctx, bool json)
{
    QString error;
    // The same configuration, lock and session wiring as the engine's (OneOffSession).
    OneOffSession run(ctx.services());
    if (!ctx.profile(ctx.editor().saved().general.profileId, &error) || !run.loadConfig(&error))
        return Console::fail(error);
    const EngineConfig &config = run.config();
    const Profile &profile = config.profile;
    const CommunicationSettings &comm = config.communication;
    if (!comm.services.testFlag(Service::UniqueId))
        return Console::fail(UniqueIdCommand::tr("The Unique ID service is off in profile \"%1\" (or the profile has "
                                                 "none). Turn it on in General Setup and save.")
                                 .arg(profile.name));
    const QUrl identity = UniqueIdProcessor::identityUrl(profile, comm);
    if (!identity.isValid())
        return Console::fail(
            UniqueIdCommand::tr("Profile \"%1\" names no Unique ID service address.").arg(profile.name));
    // The engine lock is held for the whole run, as the engine holds it (not only checked).
    QString holder;
    if (!run.lock(&holder))
        return Console::fail(UniqueIdCommand::tr("The engine (%1) runs on this database and asks the Unique ID service "
                                                 "on its own schedule. Stop it first, or let it do the work.")
                                 .arg(holder));
    if (!run.connect(&error))
        return Console::fail(error);

    UniqueIdScope scope;
    scope.leaIds = {run.lea().id};
    if (profile.yearSpecific)
        scope.schoolYears = comm.schoolYears;
    UniqueIdProcessor processor(ctx.database().connection(), run.session(), identity, scope);
    processor.setMaxInFlight(config.general.simultaneousConnections);
    UniqueIdSummary summary;
    QEventLoop loop;
    QObject::connect(&processor, &UniqueIdProcessor::finished, &loop, [&](const UniqueIdSummary &s) {
        summary = s;
        loop.quit();
    });
    processor.start();
    if (processor.isRunning())
        loop.exec();

    if (json) {
        QJsonObject o {
            {QStringLiteral("matched"), summary.matched},   {QStringLiteral("created"), summary.created},
            {QStringLiteral("review"), summary.review},     {QStringLiteral("pending"), summary.polling},
            {QStringLiteral("retrying"), summary.retrying}, {QStringLiteral("rejected"), summary.rejected},
            {QStringLiteral("open"), summary.open},         {QStringLiteral("elapsedMs"), summary.elapsedMs}};
        if (!summary.error.isEmpty())
            o.insert(QStringLiteral("error"), summary.error);
        Console::writeOut(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        Console::out(UniqueIdCommand::tr("%1 matched, %2 new IDs, %3 to review, %4 still pending at the agency, %5 to "
                                         "retry, %6 refused.")
                         .arg(summary.matched)
                         .arg(summary.created)
                         .arg(summary.review)
                         .arg(summary.polling)
                         .arg(summary.retrying)
                         .arg(summary.rejected));
        if (summary.review > 0)
            Console::out(UniqueIdCommand::tr("See who waits for review with \"dexdesk-cli unique-id --review\"."));
    }
    if (!summary.error.isEmpty())
        return Console::fail(summary.error);
    return summary.retrying + summary.rejected > 0 ? ExitFailure : ExitSuccess;
}

} // namespace

QString UniqueIdCommand::usage()
{
    return tr(
        "dexdesk-cli [--database PATH] unique-id [--json] | --review [--json] | --choose PERSON ID | --new PERSON");
}

QString UniqueIdCommand::help()
{
    return tr("unique-id [--json]\n"
              "    Asks the agency's Unique ID service once about every person without a state unique ID\n"
              "    (the selected profile's first enabled LEA): a single confident match or a new ID is\n"
              "    written back, several candidates wait for review. Needs the Unique ID service on.\n"
              "unique-id --review [--json]\n"
              "    Lists the persons waiting for review with their candidates.\n"
              "unique-id --choose PERSON ID | --new PERSON\n"
              "    Uses candidate ID for PERSON (written at once), or asks for a new ID for PERSON (then\n"
              "    asked for at once, or on the engine's next Unique ID run when the engine is running).\n"
              "    PERSON is students/YEAR/ID or staffs/YEAR/ID with the district's ID, as --review shows.\n");
}

int UniqueIdCommand::run(const CommandCall &call)
{
    // --choose PERSON ID: the candidate's ID is the one positional.
    bool choosing = false;
    for (const QString &arg : call.args())
        choosing = choosing || arg == kChoose || arg.startsWith(kChoose + QLatin1Char('='));
    CommandLine::Spec spec {{kReview, kJson}, {kChoose, kNew}, {}};
    if (choosing)
        spec.positionalNames = {QStringLiteral("ID")};
    CommandLine cl;
    if (const std::optional<int> done = call.parse(spec, &cl))
        return *done;
    QString error;
    const int actions = int(cl.isSet(kReview)) + int(cl.hasValue(kChoose)) + int(cl.hasValue(kNew));
    if (actions > 1)
        return call.usageError(tr("unique-id: give at most one of --review, --choose and --new"));

    CliContext ctx;
    if (!ctx.open(&error))
        return Console::fail(error);
    QSqlDatabase db = ctx.database().connection();
    if (cl.isSet(kReview))
        return showReview(db, cl.isSet(kJson));
    if (cl.hasValue(kChoose) || cl.hasValue(kNew)) {
        UniqueIdReviewItem item;
        const QString person = cl.hasValue(kChoose) ? cl.value(kChoose) : cl.value(kNew);
        if (!UniqueIdReview::find(db, person, &item, &error))
            return Console::fail(error);
        if (cl.hasValue(kChoose)) {
            const QString id = cl.positionals().value(0);
            if (!UniqueIdReview::choose(db, item.person, id, &error))
                return Console::fail(error);
            Console::out(tr("%1 now has the state ID %2; it is published with the next changes.").arg(person, id));
            return ExitSuccess;
        }
        if (!UniqueIdReview::requestNew(db, item.person, &error))
            return Console::fail(error);
        if (!EngineController::lockHolder(ctx.databasePath()).isEmpty()) {
            Console::out(tr("A new ID for %1 is asked for on the engine's next Unique ID run.").arg(person));
            return ExitSuccess;
        }
        return runOnce(ctx, cl.isSet(kJson));
    }
    return runOnce(ctx, cl.isSet(kJson));
}

} // namespace dexdesk::cli
