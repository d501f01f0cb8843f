#pragma once

// Runs the built dexdesk-cli (DEXDESK_CLI_PATH) as a user would: its own database, its own data
// folder (so no profile or database of the machine leaks in), stdin from a pipe, English text.

#include "Settings.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace dexdesk::test {

struct CliResult {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    // For QVERIFY2: the exit code and both streams.
    QByteArray describe() const;
};

class CliRunner
{
public:
    explicit CliRunner(QString databasePath);

    QString dataHome() const { return m_dataHome.path(); } // XDG_DATA_HOME of the child
    void setEnv(const QString &name, const QString &value) { m_env.insert(name, value); }

    // dexdesk-cli --database <db> <args>; `input` is written to its stdin, which is then closed.
    CliResult run(const QStringList &args, const QByteArray &input = {}) const;
    // Without --database (usage and help checks).
    CliResult runRaw(const QStringList &args, const QByteArray &input = {}) const;

private:
    QString m_databasePath;
    QTemporaryDir m_dataHome;
    QProcessEnvironment m_env;
};

class TestEnvironment;

// The settings in the test database, read and written through the core as the GUI would.
bool storeSettings(const TestEnvironment &env, const Settings &settings);
Settings loadSettings(const TestEnvironment &env);

} // namespace dexdesk::test
