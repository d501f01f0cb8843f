#include "DiagnosticsCommand.h"

#include "CliContext.h"
#include "CommandCall.h"
#include "ConnectionTest.h"
#include "Console.h"
#include "Database.h"
#include "DiagnosticsBundle.h"
#include "Paths.h"
#include "SecretStore.h"
#include "SettingsEditor.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace dexdesk::cli {

namespace {

// The LEA secrets of every configured profile, for the bundle's own check. Bounded: the first
// keychain failure (not a missing secret) ends the reading and `complete` turns false.
QStringList readKnownSecrets(CliContext &ctx, bool *complete)
{
    QStringList secrets;
    *complete = true;
    for (const Profile &p : ctx.profiles().profiles()) {
        for (const Lea &lea : ctx.editor().savedCommunication(p.id).leas) {
            QEventLoop loop;
            bool answered = false;
            SecretResult result;
            QString secret;
            ctx.secrets().read(SecretStore::leaAccount(p.id, lea.id), [&](const SecretResult &r, const QString &s) {
                answered = true;
                result = r;
                secret = s;
                loop.quit();
            });
            if (!answered)
                loop.exec();
            if (result.ok() && !secret.isEmpty()) {
                secrets << secret;
            } else if (!result.ok() && result.code != SecretResult::Code::NotFound) {
                *complete = false;
                return secrets;
            }
        }
    }
    return secrets;
}

std::optional<QJsonObject> lastTestReport()
{
    return TestReport::loadJson(Paths::lastTestReportFile());
}

} // namespace

QString DiagnosticsCommand::usage()
{
    return tr("dexdesk-cli [--database PATH] diagnostics FILE [--force]");
}

QString DiagnosticsCommand::help()
{
    return tr("diagnostics FILE [--force]\n"
              "    Writes a support bundle (a .tar.gz) to FILE for a support ticket: the settings without\n"
              "    secrets, the recent log rows and the log files, row counts, the last test-connection report\n"
              "    and the versions of the program, Qt, the system and the database. Before writing, the\n"
              "    bundle is checked against the LEA secrets in the keychain. An existing FILE is kept unless\n"
              "    --force is given.\n");
}

int DiagnosticsCommand::run(const CommandCall &call)
{
    const QString kForce = QStringLiteral("--force");
    CommandLine cl;
    if (const std::optional<int> done = call.parse({{kForce}, {}, {QStringLiteral("FILE")}}, &cl))
        return *done;
    QString error;
    const QString path = QFileInfo(cl.positionals().constFirst()).absoluteFilePath();
    const QString shownPath = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir())
        return Console::fail(
            tr("%1 is a folder; name the bundle file to write, such as %2.")
                .arg(shownPath,
                     QDir::toNativeSeparators(QDir(path).filePath(QStringLiteral("dexdesk-diagnostics.tar.gz")))));
    if (QFileInfo::exists(path) && !cl.isSet(kForce))
        return Console::fail(tr("%1 already exists and was left as it is. Choose another file name, or add --force "
                                "to replace it.")
                                 .arg(shownPath));

    CliContext ctx;
    const bool opened = ctx.open(&error);
    ctx.warnAboutProfileErrors();
    if (!opened)
        return Console::fail(error);
    DiagnosticsBundle::Input input;
    input.database = &ctx.database();
    input.profiles = &ctx.profiles();
    input.settings = ctx.editor().saved();
    input.logDirectory = Paths::logDirectory();
    input.testReport = lastTestReport();
    bool allSecretsRead = true;
    input.knownSecrets = readKnownSecrets(ctx, &allSecretsRead);
    if (!allSecretsRead)
        Console::warn(tr("the keychain could not be read, so the bundle is checked only against the secrets read "
                         "before the failure."));

    if (!DiagnosticsBundle::write(path, input, &error))
        return Console::fail(error);
    Console::out(tr("Wrote the diagnostics bundle %1. It holds no secrets; attach it to the support ticket as it "
                    "is.")
                     .arg(shownPath));
    return ExitSuccess;
}

} // namespace dexdesk::cli
