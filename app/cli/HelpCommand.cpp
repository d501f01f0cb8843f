#include "HelpCommand.h"

#include "CliApp.h"
#include "CommandCall.h"
#include "Console.h"

namespace dexdesk::cli {

QString HelpCommand::help()
{
    return tr("help [COMMAND]\n"
              "    Shows this help, or the help of one command.\n");
}

int HelpCommand::run(const CommandCall &call)
{
    const QStringList &args = call.args();
    if (args.size() > 1)
        return call.usageError(CliApp::tr("help takes at most one command"));
    const QString topic = args.value(0);
    if (topic.isEmpty()) {
        Console::out(CliApp::help());
        return ExitSuccess;
    }
    if (topic == QLatin1String("--help") || topic == QLatin1String("-h"))
        return call.showHelp();
    const CliCommand *command = CliCommands::find(topic);
    if (!command)
        return call.usageError(CliApp::tr("unknown command \"%1\"").arg(topic));
    Console::out(command->help());
    return ExitSuccess;
}

} // namespace dexdesk::cli
