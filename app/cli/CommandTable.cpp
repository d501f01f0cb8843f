#include "CommandTable.h"

#include "CliApp.h"
#include "DatabaseCommand.h"
#include "DiagnosticsCommand.h"
#include "DownloadCommand.h"
#include "EngineCommands.h"
#include "HelpCommand.h"
#include "LogsCommand.h"
#include "PurgeCommand.h"
#include "RecordsCommands.h"
#include "RestoreDefaultsCommand.h"
#include "SecretCommands.h"
#include "SettingsCommands.h"
#include "TestConnectionCommand.h"
#include "UniqueIdCommand.h"

namespace dexdesk::cli {

const QList<CliCommand> &CliCommands::all()
{
    static const QList<CliCommand> commands {
        {QStringLiteral("settings"), &SettingsCommands::usage, &SettingsCommands::help, &SettingsCommands::run},
        {QStringLiteral("secret"), &SecretCommands::usage, &SecretCommands::help, &SecretCommands::run},
        {QStringLiteral("restore-defaults"), &RestoreDefaultsCommand::usage, &RestoreDefaultsCommand::help,
         &RestoreDefaultsCommand::run},
        {QStringLiteral("test-connection"), &TestConnectionCommand::usage, &TestConnectionCommand::help,
         &TestConnectionCommand::run},
        {QStringLiteral("logs"), &LogsCommand::usage, &LogsCommand::help, &LogsCommand::run},
        {QStringLiteral("purge"), &PurgeCommand::usage, &PurgeCommand::help, &PurgeCommand::run},
        {QStringLiteral("diagnostics"), &DiagnosticsCommand::usage, &DiagnosticsCommand::help,
         &DiagnosticsCommand::run},
        {QStringLiteral("run"), &EngineCommands::runUsage, &EngineCommands::help, &EngineCommands::run},
        {QStringLiteral("publish"), &EngineCommands::publishUsage, &EngineCommands::help, &EngineCommands::publish},
        {QStringLiteral("status"), &EngineCommands::statusUsage, &EngineCommands::help, &EngineCommands::status},
        {QStringLiteral("download"), &DownloadCommand::usage, &DownloadCommand::help, &DownloadCommand::run},
        {QStringLiteral("records"), &RecordsCommands::usage, &RecordsCommands::help, &RecordsCommands::run},
        {QStringLiteral("database"), &DatabaseCommand::usage, &DatabaseCommand::help, &DatabaseCommand::run},
        {QStringLiteral("unique-id"), &UniqueIdCommand::usage, &UniqueIdCommand::help, &UniqueIdCommand::run},
        {QStringLiteral("help"), &CliApp::usage, &HelpCommand::help, &HelpCommand::run},
    };
    return commands;
}

const CliCommand *CliCommands::find(const QString &name)
{
    for (const CliCommand &command : all()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString CliCommands::helpSection()
{
    QStringList texts;
    for (const CliCommand &command : all()) {
        const QString text = command.help();
        if (!texts.contains(text))
            texts << text;
    }
    return texts.join(QString());
}

} // namespace dexdesk::cli
