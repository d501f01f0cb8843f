#include "TestConnectionCommand.h"

#include "CliContext.h"
#include "CommandCall.h"
#include "ConnectionTest.h"
#include "ConnectionTestInput.h"
#include "Console.h"
#include "Paths.h"
#include "Profile.h"
#include "SecretStore.h"
#include "SettingsEditor.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace dexdesk::cli {

namespace {

QString mark(TestStep::Outcome o)
{
    switch (o) {
    case TestStep::Outcome::Pass:
        return QStringLiteral("[ ok ]");
    case TestStep::Outcome::Warn:
        return QStringLiteral("[warn]");
    case TestStep::Outcome::Fail:
        return QStringLiteral("[FAIL]");
    case TestStep::Outcome::Skipped:
        return QStringLiteral("[skip]");
    }
    return {};
}

// Kept for `dexdesk-cli diagnostics`; the report holds no secret. A failure to keep it does not
// change the test's result.
void saveLastReport(const TestReport &report)
{
    if (!report.save(Paths::lastTestReportFile()))
        Console::warn(TestConnectionCommand::tr("the report could not be kept for \"dexdesk-cli diagnostics\" in %1.")
                          .arg(QDir::toNativeSeparators(Paths::lastTestReportFile())));
}

} // namespace

QString TestConnectionCommand::usage()
{
    return tr("dexdesk-cli [--database PATH] test-connection [--profile ID] [--lea ID] [--json]");
}

QString TestConnectionCommand::help()
{
    return tr("test-connection [--profile ID] [--lea ID] [--json]\n"
              "    Checks the agency endpoint of the selected (or given) profile with the saved settings, step\n"
              "    by step for each enabled LEA (or only --lea ID): URLs, host name, TCP and TLS, token,\n"
              "    discovery document, a read for each checked school year, and the clock. Ends with a\n"
              "    verdict and the likely fix. Exit status 0 when every step passes, 1 otherwise.\n");
}

int TestConnectionCommand::run(const CommandCall &call)
{
    CommandLine cl;
    if (const std::optional<int> done
        = call.parse({{QStringLiteral("--json")}, {QStringLiteral("--profile"), QStringLiteral("--lea")}, {}}, &cl))
        return *done;
    QString error;
    const bool json = cl.isSet(QStringLiteral("--json"));
    CliContext ctx;
    const bool opened = ctx.open(&error);
    ctx.warnAboutProfileErrors();
    if (!opened)
        return Console::fail(error);
    const Profile *profile = ctx.profile(cl.value(QStringLiteral("--profile")), &error);
    if (!profile)
        return Console::fail(error);

    QEventLoop loop;
    TestConnectionInput input;
    bool gathered = false;
    ConnectionTestInput::gather(ctx.editor(), ctx.secrets(), profile->id, cl.value(QStringLiteral("--lea")), &loop,
                                [&](const TestConnectionInput &in, const QString &problem) {
                                    input = in;
                                    error = problem;
                                    gathered = true;
                                    loop.quit();
                                });
    if (!gathered)
        loop.exec();
    if (!error.isEmpty())
        return Console::fail(error);

    if (!json)
        Console::out(tr("Testing \"%1\"…").arg(profile->name));
    ConnectionTest test;
    TestReport report;
    QObject::connect(&test, &ConnectionTest::stepFinished, &loop, [json](const TestStep &s) {
        if (json)
            return;
        const QString who = s.lea.isEmpty() ? QString() : QStringLiteral(" [LEA %1]").arg(s.lea);
        Console::out(QStringLiteral("%1 %2%3 (%4 ms)").arg(mark(s.outcome), s.title, who).arg(s.elapsedMs));
        if (!s.detail.isEmpty())
            Console::out(QStringLiteral("       ") + s.detail);
    });
    QObject::connect(&test, &ConnectionTest::finished, &loop, [&](const TestReport &r) {
        report = r;
        loop.quit();
    });
    test.start(input);
    loop.exec();
    saveLastReport(report);

    if (json) {
        Console::writeOut(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    } else {
        Console::out(QString());
        Console::out(report.verdict);
    }
    return report.passed ? ExitSuccess : ExitFailure;
}

} // namespace dexdesk::cli
