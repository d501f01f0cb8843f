// `dexdesk-cli diagnostics FILE` end to end: a gzip-compressed tar with the documented parts, the
// recent log rows inside, an existing file kept unless --force, and the last test-connection
// report taken along when there is one.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const QString kTop = QStringLiteral("dexdesk-diagnostics/");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// `tar` itself, so the archive is checked by a reader we did not write.
QByteArray tar(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral("tar"), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("tar %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput();
}

QStringList listing(const QString &archive)
{
    return QString::fromUtf8(tar({QStringLiteral("-tzf"), archive})).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool seedLogRow(const TestEnvironment &env, const QString &message)
{
    auto db = env.openDatabase();
    if (!db)
        return false;
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("INSERT INTO logs (at, level, category, message) VALUES (?, 1, 'dexdesk.net', ?)"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(message);
    return q.exec();
}

} // namespace

class TestCliDiagnostics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAGzipTarWithTheDocumentedParts()
    {
        TestEnvironment env;
        QVERIFY(seedLogRow(env, QStringLiteral("a recognisable warning 7f3a")));
        CliRunner cli(env.databasePath());
        const QString dataDir = cli.dataHome() + QStringLiteral("/dexdesk");
        QVERIFY(QDir().mkpath(dataDir + QStringLiteral("/logs")));
        QVERIFY(writeAll(dataDir + QStringLiteral("/logs/dexdesk.log"), "a file log line 91c2\n"));
        const QString archive = env.path(QStringLiteral("bundle.tar.gz"));

        const CliResult r = cli.run({QStringLiteral("diagnostics"), archive});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.outText().contains(QDir::toNativeSeparators(archive)), r.describe().constData());
        QVERIFY(readAll(archive).startsWith("\x1f\x8b")); // gzip
        const QStringList names = listing(archive);
        for (const char *part :
             {"README.txt", "versions.json", "settings.json", "counts.json", "logs/recent.txt", "logs/dexdesk.log"})
            QVERIFY2(names.contains(kTop + QLatin1String(part)), qPrintable(names.join(QLatin1Char(' '))));
        // No report yet: no test-connection part.
        QVERIFY(!names.contains(kTop + QStringLiteral("test-connection.json")));
        const QByteArray recent = tar({QStringLiteral("-xzOf"), archive, kTop + QStringLiteral("logs/recent.txt")});
        QVERIFY2(recent.contains("a recognisable warning 7f3a"), recent.constData());
        const QByteArray files = tar({QStringLiteral("-xzOf"), archive, kTop + QStringLiteral("logs/dexdesk.log")});
        QVERIFY(files.contains("a file log line 91c2"));
        const QJsonObject settings
            = QJsonDocument::fromJson(tar({QStringLiteral("-xzOf"), archive, kTop + QStringLiteral("settings.json")}))
                  .object();
        QVERIFY(settings.contains(QStringLiteral("general")));
    }

    void keepsAnExistingFileUnlessForced()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        const QString archive = env.path(QStringLiteral("existing.tar.gz"));
        QVERIFY(writeAll(archive, "do not overwrite me"));

        const CliResult refused = cli.run({QStringLiteral("diagnostics"), archive});
        QVERIFY2(refused.exitCode == 1, refused.describe().constData());
        QVERIFY2(refused.errText().contains(QLatin1String("--force")), refused.describe().constData());
        QCOMPARE(readAll(archive), QByteArray("do not overwrite me"));

        const CliResult forced = cli.run({QStringLiteral("diagnostics"), archive, QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, forced.describe().constData());
        QVERIFY(listing(archive).contains(kTop + QStringLiteral("README.txt")));

        const CliResult folder = cli.run({QStringLiteral("diagnostics"), env.path(QString())});
        QVERIFY2(folder.exitCode == 1, folder.describe().constData());
    }

    void takesTheLastTestConnectionReport()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        const QString dataDir = cli.dataHome() + QStringLiteral("/dexdesk");
        QVERIFY(QDir().mkpath(dataDir));
        const QJsonObject report {{QStringLiteral("passed"), false},
                                  {QStringLiteral("verdict"), QStringLiteral("report marker 55e1")}};
        QVERIFY(writeAll(dataDir + QStringLiteral("/last-test-connection.json"), QJsonDocument(report).toJson()));
        const QString archive = env.path(QStringLiteral("with-report.tar.gz"));
        const CliResult r = cli.run({QStringLiteral("diagnostics"), archive});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(listing(archive).contains(kTop + QStringLiteral("test-connection.json")));
        const QByteArray inside
            = tar({QStringLiteral("-xzOf"), archive, kTop + QStringLiteral("test-connection.json")});
        QVERIFY2(inside.contains("report marker 55e1"), inside.constData());
    }

    void usageErrors()
    {
        TestEnvironment env;
        CliRunner cli(env.databasePath());
        for (const QStringList &args : {QStringList {}, QStringList {QStringLiteral("a"), QStringLiteral("b")},
                                        QStringList {QStringLiteral("--overwrite"), QStringLiteral("a")}}) {
            const CliResult r = cli.run(QStringList {QStringLiteral("diagnostics")} + args);
            QVERIFY2(r.exitCode == 2, r.describe().constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliDiagnostics)
#include "test_cli_diagnostics.moc"
