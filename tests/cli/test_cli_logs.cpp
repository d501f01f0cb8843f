// `dexdesk-cli logs` end to end: rows seeded straight into the log table of a temporary database,
// then read back through the real binary with each filter, as text and as JSON.

#include "CliRunner.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

struct Row {
    qint64 ageSeconds;
    int level; // 0 error … 3 diagnostic
    QString category;
    QString lea;
    QString message;
};

bool seed(const TestEnvironment &env, const QList<Row> &rows)
{
    auto db = env.openDatabase();
    if (!db)
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const Row &r : rows) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("INSERT INTO logs (at, level, category, lea, message) VALUES (?, ?, ?, ?, ?)"));
        q.addBindValue(now - r.ageSeconds * 1000);
        q.addBindValue(r.level);
        q.addBindValue(r.category);
        q.addBindValue(r.lea.isEmpty() ? QVariant() : QVariant(r.lea));
        q.addBindValue(r.message);
        if (!q.exec()) {
            qWarning("cannot seed the log table: %s", qPrintable(Database::lastError(q)));
            return false;
        }
    }
    return true;
}

const QList<Row> kRows = {
    {10, 0, QStringLiteral("dexdesk.net.http"), QStringLiteral("255901"), QStringLiteral("alpha error newest")},
    {20, 1, QStringLiteral("dexdesk.engine.publish"), QStringLiteral("255901"), QStringLiteral("bravo warning")},
    {30, 2, QStringLiteral("dexdesk.net"), QString(), QStringLiteral("charlie info Needle")},
    {40, 3, QStringLiteral("dexdesk.db"), QString(), QStringLiteral("delta diagnostic")},
    {3 * 3600, 1, QStringLiteral("dexdesk.db"), QStringLiteral("4242"), QStringLiteral("echo warning old")},
    {3 * 86400, 0, QStringLiteral("dexdesk.ui"), QString(), QStringLiteral("foxtrot error oldest needle")},
};

// The messages of the text output, in order; each line ends with its message.
QStringList messages(const CliResult &r)
{
    QStringList found;
    for (const QString &line : r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        for (const Row &row : kRows) {
            if (line.endsWith(row.message))
                found << row.message.section(QLatin1Char(' '), 0, 0);
        }
    }
    return found;
}

} // namespace

class TestCliLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        QVERIFY(seed(*m_env, kRows));
        m_cli = std::make_unique<CliRunner>(m_env->databasePath());
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all, newest first")
            << QStringList()
            << QStringList {QStringLiteral("alpha"), QStringLiteral("bravo"), QStringLiteral("charlie"),
                            QStringLiteral("delta"), QStringLiteral("echo"),  QStringLiteral("foxtrot")};
        QTest::newRow("level error") << QStringList {QStringLiteral("--level"), QStringLiteral("error")}
                                     << QStringList {QStringLiteral("alpha"), QStringLiteral("foxtrot")};
        QTest::newRow("level warning") << QStringList {QStringLiteral("--level=warning")}
                                       << QStringList {QStringLiteral("alpha"), QStringLiteral("bravo"),
                                                       QStringLiteral("echo"), QStringLiteral("foxtrot")};
        QTest::newRow("category with children")
            << QStringList {QStringLiteral("--category"), QStringLiteral("dexdesk.net")}
            << QStringList {QStringLiteral("alpha"), QStringLiteral("charlie")};
        QTest::newRow("two categories") << QStringList {QStringLiteral("--category"),
                                                        QStringLiteral("dexdesk.db,dexdesk.ui")}
                                        << QStringList {QStringLiteral("delta"), QStringLiteral("echo"),
                                                        QStringLiteral("foxtrot")};
        QTest::newRow("lea") << QStringList {QStringLiteral("--lea"), QStringLiteral("255901")}
                             << QStringList {QStringLiteral("alpha"), QStringLiteral("bravo")};
        QTest::newRow("search, any case") << QStringList {QStringLiteral("--search"), QStringLiteral("needle")}
                                          << QStringList {QStringLiteral("charlie"), QStringLiteral("foxtrot")};
        QTest::newRow("since 1h") << QStringList {QStringLiteral("--since"), QStringLiteral("1h")}
                                  << QStringList {QStringLiteral("alpha"), QStringLiteral("bravo"),
                                                  QStringLiteral("charlie"), QStringLiteral("delta")};
        QTest::newRow("since 2d") << QStringList {QStringLiteral("--since"), QStringLiteral("2d")}
                                  << QStringList {QStringLiteral("alpha"), QStringLiteral("bravo"),
                                                  QStringLiteral("charlie"), QStringLiteral("delta"),
                                                  QStringLiteral("echo")};
        const QString isoTwoHoursAgo
            = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600).toString(Qt::ISODate); // ends in Z
        QTest::newRow("since ISO") << QStringList {QStringLiteral("--since"), isoTwoHoursAgo}
                                   << QStringList {QStringLiteral("alpha"), QStringLiteral("bravo"),
                                                   QStringLiteral("charlie"), QStringLiteral("delta")};
        QTest::newRow("level + since + lea")
            << QStringList {QStringLiteral("--level"), QStringLiteral("warning"), QStringLiteral("--since"),
                            QStringLiteral("30m"),     QStringLiteral("--lea"),   QStringLiteral("255901")}
            << QStringList {QStringLiteral("alpha"), QStringLiteral("bravo")};
        QTest::newRow("limit") << QStringList {QStringLiteral("--limit"), QStringLiteral("2")}
                               << QStringList {QStringLiteral("alpha"), QStringLiteral("bravo")};
    }

    void filters()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        const CliResult r = m_cli->run(QStringList {QStringLiteral("logs")} + args);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(messages(r), expected);
    }

    void lineFormat()
    {
        const CliResult r = m_cli->run({QStringLiteral("logs"), QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QString line = r.outText().trimmed();
        QVERIFY2(line.contains(QLatin1String(" error dexdesk.net.http [lea:255901] alpha error newest")),
                 qPrintable(line));
        QVERIFY2(line.section(QLatin1Char(' '), 0, 0).endsWith(QLatin1Char('Z')), qPrintable(line));
    }

    void json()
    {
        const CliResult r = m_cli->run(
            {QStringLiteral("logs"), QStringLiteral("--json"), QStringLiteral("--level"), QStringLiteral("warning")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(doc.isArray());
        const QJsonArray rows = doc.array();
        QCOMPARE(rows.size(), 4);
        const QJsonObject first = rows.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        QCOMPARE(first.value(QStringLiteral("category")).toString(), QStringLiteral("dexdesk.net.http"));
        QCOMPARE(first.value(QStringLiteral("lea")).toString(), QStringLiteral("255901"));
        QCOMPARE(first.value(QStringLiteral("message")).toString(), QStringLiteral("alpha error newest"));
        const QDateTime at = QDateTime::fromString(first.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        QVERIFY(at.isValid());
        QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("bravo warning"));

        const CliResult none = m_cli->run(
            {QStringLiteral("logs"), QStringLiteral("--json"), QStringLiteral("--search"), QStringLiteral("nothing")});
        QVERIFY2(none.exitCode == 0, none.describe().constData());
        QVERIFY(QJsonDocument::fromJson(none.out).isArray());
        QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("bad level") << QStringList {QStringLiteral("--level"), QStringLiteral("loud")};
        QTest::newRow("bad since") << QStringList {QStringLiteral("--since"), QStringLiteral("yesterday")};
        QTest::newRow("bad unit") << QStringList {QStringLiteral("--since"), QStringLiteral("3w")};
        QTest::newRow("zero limit") << QStringList {QStringLiteral("--limit"), QStringLiteral("0")};
        QTest::newRow("word limit") << QStringList {QStringLiteral("--limit"), QStringLiteral("ten")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--tail")};
        QTest::newRow("positional") << QStringList {QStringLiteral("extra")};
        QTest::newRow("missing value") << QStringList {QStringLiteral("--category")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const CliResult r = m_cli->run(QStringList {QStringLiteral("logs")} + args);
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().contains(QLatin1String("Usage:")), r.describe().constData());
    }

    void help()
    {
        const CliResult r = m_cli->run({QStringLiteral("help"), QStringLiteral("logs")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(r.outText().contains(QLatin1String("newest first")));
        const CliResult all = m_cli->runRaw({QStringLiteral("--help")});
        QVERIFY(all.outText().contains(QLatin1String("logs [--level")));
        QVERIFY(all.outText().contains(QLatin1String("purge [--dry-run]")));
        QVERIFY(all.outText().contains(QLatin1String("diagnostics FILE")));
        QVERIFY(all.outText().contains(QLatin1String("settings history")));
    }

private:
    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<CliRunner> m_cli;
};

QTEST_GUILESS_MAIN(TestCliLogs)
#include "test_cli_logs.moc"
