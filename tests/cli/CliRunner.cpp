#include "CliRunner.h"

#include "SettingsStore.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>

namespace dexdesk::test {

QByteArray CliResult::describe() const
{
    return "exit code " + QByteArray::number(exitCode) + (finished ? "" : " (did not finish)") + "\n--- stdout:\n" + out
        + "\n--- stderr:\n" + err;
}

CliRunner::CliRunner(QString databasePath)
    : m_databasePath(std::move(databasePath))
    , m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome.path());
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
}

CliResult CliRunner::run(const QStringList &args, const QByteArray &input) const
{
    return runRaw(QStringList {QStringLiteral("--database"), m_databasePath} + args, input);
}

CliResult CliRunner::runRaw(const QStringList &args, const QByteArray &input) const
{
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(m_env);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(DEXDESK_CLI_PATH), args);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit;
    result.elapsedMs = timer.elapsed();
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

bool storeSettings(const TestEnvironment &env, const Settings &settings)
{
    auto db = env.openDatabase();
    QString error;
    if (!db || !SettingsStore(db->connection()).save(settings, &error)) {
        qWarning("cannot store the settings: %s", qPrintable(error));
        return false;
    }
    return true;
}

Settings loadSettings(const TestEnvironment &env)
{
    Settings s;
    auto db = env.openDatabase();
    QString error;
    if (!db || !SettingsStore(db->connection()).load(&s, &error))
        qWarning("cannot load the settings: %s", qPrintable(error));
    return s;
}

} // namespace dexdesk::test
