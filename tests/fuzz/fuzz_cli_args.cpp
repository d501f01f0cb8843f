// dexdesk-cli's command-line arguments: CommandLine::parse with the option sets the commands of
// the command table declare (mirrored below; CommandTable itself links every layer). The input is
// split into arguments at NUL bytes; the first byte picks the command. No crash; a parse that
// succeeds holds only declared options, non-empty values and the declared positionals; an error
// never repeats an argument that does not look like an option name (it might be a secret).

#include "CommandLine.h"
#include "FuzzSupport.h"

#include <QRegularExpression>

using namespace dexdesk;
using dexdesk::cli::CommandLine;

namespace {

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *n : list)
        out << QString::fromLatin1(n);
    return out;
}

// The specs of app/cli/*Command*.cpp, in table order.
const QList<CommandLine::Spec> &specs()
{
    static const QList<CommandLine::Spec> all {
        {names({"--json", "--no-keychain"}), names({"--profile"}), {}}, // settings show
        {{}, {}, names({"FILE"})}, // settings export
        {names({"--dry-run"}), {}, names({"FILE"})}, // settings import
        {{}, names({"--profile", "--lea"}), {}}, // secret set / clear
        {names({"--yes"}), names({"--profile"}), {}}, // restore-defaults
        {names({"--json"}), names({"--profile", "--lea"}), {}}, // test-connection
        {names({"--json"}), names({"--level", "--since", "--category", "--lea", "--search", "--limit"}), {}}, // logs
        {names({"--dry-run", "--json"}), {}, {}}, // purge
        {names({"--force"}), {}, names({"FILE"})}, // diagnostics
        {names({"--once"}), {}, {}}, // run
        {names({"--all", "--changes"}), {}, {}}, // publish
        {names({"--json"}), {}, {}}, // status, download, records count
        {names({"--replace", "--dry-run"}), names({"--school-year", "--lea"}), names({"RESOURCE", "FILE"})},
        {{}, names({"--students", "--seed", "--school-year", "--lea"}), {}}, // records generate
        {names({"--review", "--json"}), names({"--choose", "--new"}), {}}, // unique-id
        {names({"--json"}), names({"--limit", "--profile"}), {}}, // history
    };
    return all;
}

bool looksLikeOption(const QString &arg)
{
    static const QRegularExpression optionName(QStringLiteral("^--[A-Za-z][A-Za-z0-9-]{0,30}$"));
    return optionName.match(arg.section(QLatin1Char('='), 0, 0)).hasMatch();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 4096)
        return 0;
    const CommandLine::Spec &spec = specs().at(data[0] % specs().size());
    QStringList args;
    for (const QByteArray &part : fuzz::input(data + 1, size - 1).split('\0'))
        args << QString::fromUtf8(part);

    CommandLine cl;
    QString error;
    if (!cl.parse(args, spec, &error)) {
        FUZZ_CHECK(!error.isEmpty());
        // Every message names at most a declared option or argument, or something shaped like an
        // option name; any other argument might be a secret typed in the wrong place.
        QStringList allowed {
            CommandLine::tr("unknown option"), CommandLine::tr("this command takes no arguments"),
            CommandLine::tr("too many arguments (expected %1)").arg(spec.positionalNames.join(QLatin1Char(' ')))};
        for (const QString &f : spec.flags)
            allowed << CommandLine::tr("the option %1 does not take a value").arg(f);
        for (const QString &o : spec.valueOptions)
            allowed << CommandLine::tr("the option %1 needs a value").arg(o);
        for (const QString &p : spec.positionalNames)
            allowed << CommandLine::tr("missing argument %1").arg(p);
        for (const QString &a : std::as_const(args)) {
            if (looksLikeOption(a))
                allowed << CommandLine::tr("unknown option %1").arg(a.section(QLatin1Char('='), 0, 0));
        }
        FUZZ_CHECK(allowed.contains(error));
        return 0;
    }
    if (cl.helpRequested())
        return 0;
    FUZZ_CHECK(cl.positionals().size() == spec.positionalNames.size());
    for (const QString &a : std::as_const(args)) {
        const QString name = a.section(QLatin1Char('='), 0, 0);
        if (cl.isSet(a))
            FUZZ_CHECK(spec.flags.contains(a));
        if (cl.hasValue(name))
            FUZZ_CHECK(spec.valueOptions.contains(name) && !cl.value(name).isEmpty());
    }
    return 0;
}
