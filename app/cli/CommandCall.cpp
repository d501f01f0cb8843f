#include "CommandCall.h"

#include "Console.h"

namespace dexdesk::cli {

CommandCall::CommandCall(const CliCommand &command, QStringList args)
    : m_command(&command)
    , m_name(command.name)
    , m_args(std::move(args))
    , m_help(command.help)
{ }

CommandCall CommandCall::subcommand(QString (*help)()) const
{
    CommandCall sub(*this);
    sub.m_name = m_name + QLatin1Char(' ') + m_args.value(0);
    sub.m_args = m_args.mid(1);
    if (help)
        sub.m_help = help;
    return sub;
}

std::optional<int> CommandCall::parse(const CommandLine::Spec &spec, CommandLine *cl) const
{
    QString error;
    if (!cl->parse(m_args, spec, &error))
        return usageError(tr("%1: %2").arg(m_name, error));
    if (cl->helpRequested())
        return showHelp();
    return std::nullopt;
}

int CommandCall::usageError(const QString &message) const
{
    return Console::usageError(message, usage());
}

int CommandCall::showHelp() const
{
    Console::out(m_help());
    return ExitSuccess;
}

} // namespace dexdesk::cli
