// A damaged or hostile database file (issue 14): truncated, overwritten with garbage, written by a
// newer DEX Desk, or read-only. Both faces refuse it with the reason and the path and leave every
// byte of it as it was: dexdesk-cli (several commands, read-only ones included) and the window's
// start-up path (AppServices::open, whose message ui/main.cpp shows as "DEX Desk Cannot Start").

#include "AppServices.h"
#include "CliRunner.h"
#include "Database.h"
#include "MemorySecretStore.h"
#include "Migrations.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

enum class Damage { TruncatedHalf, TruncatedHeader, Garbage, GarbageAfterHeader, NewerSchema, ReadOnly };

// A real database with settings and a few hundred rows, every page in the main file (the last
// connection's close checkpoints the WAL and removes it).
bool writeHealthyDatabase(const TestEnvironment &env)
{
    auto db = env.openDatabase();
    if (!db)
        return false;
    QSqlQuery q(db->connection());
    for (int i = 0; i < 400; ++i) {
        if (!q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('filler%1', '%2')")
                        .arg(i)
                        .arg(QString(200, QLatin1Char('x')))))
            return false;
    }
    return true;
}

bool damage(const TestEnvironment &env, Damage kind)
{
    const QString path = env.databasePath();
    if (kind == Damage::NewerSchema) {
        auto db = env.openDatabase();
        QSqlQuery q(db->connection());
        return q.exec(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at) VALUES "
                                     "(%1, 'from a newer DEX Desk', '2030-01-01T00:00:00Z')")
                          .arg(Migrations::latestVersion() + 1));
    }
    if (kind == Damage::ReadOnly)
        return QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    const qint64 size = file.size();
    switch (kind) {
    case Damage::TruncatedHalf:
        return size > 8192 && file.resize(size / 2);
    case Damage::TruncatedHeader:
        return file.resize(60);
    case Damage::Garbage: {
        QByteArray noise(int(size), '\0');
        for (int i = 0; i < noise.size(); ++i)
            noise[i] = char((qint64(i) * 7919 + 13) % 251); // 64-bit: i * 7919 overflows an int (UBSan)
        return file.write(noise) == size;
    }
    case Damage::GarbageAfterHeader: {
        // The first page (header and schema) overwritten, as a stray write would.
        return file.seek(0) && file.write(QByteArray(4096, '\xA5')) == 4096;
    }
    default:
        return false;
    }
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestCliDamagedDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedFileIsRefusedUnchanged_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("reason"); // what the message must name besides the path
        QTest::newRow("truncated to half") << int(Damage::TruncatedHalf) << QStringLiteral("malformed");
        QTest::newRow("truncated inside the header")
            << int(Damage::TruncatedHeader) << QStringLiteral("not a usable DEX Desk database");
        QTest::newRow("garbage") << int(Damage::Garbage) << QStringLiteral("not a usable DEX Desk database");
        QTest::newRow("first page garbage")
            << int(Damage::GarbageAfterHeader) << QStringLiteral("not a usable DEX Desk database");
        QTest::newRow("newer schema") << int(Damage::NewerSchema) << QStringLiteral("newer version of DEX Desk");
        QTest::newRow("read-only") << int(Damage::ReadOnly) << QStringLiteral("read-only");
    }

    void damagedFileIsRefusedUnchanged()
    {
        QFETCH(int, kind);
        QFETCH(QString, reason);
        TestEnvironment env;
        QVERIFY(writeHealthyDatabase(env));
        QVERIFY(damage(env, Damage(kind)));
        const QString path = env.databasePath();
        const QByteArray before = digest(path);
        const QFile::Permissions permissions = QFile::permissions(path);
        QVERIFY(!before.isEmpty());
        const QString nativePath = QDir::toNativeSeparators(path);

        // dexdesk-cli: a reading command, a writing one and the engine.
        CliRunner cli(path);
        const QList<QStringList> commands = {{QStringLiteral("status")},
                                             {QStringLiteral("settings"), QStringLiteral("show")},
                                             {QStringLiteral("purge")},
                                             {QStringLiteral("run"), QStringLiteral("--once")}};
        for (const QStringList &args : commands) {
            const CliResult result = cli.run(args);
            QVERIFY2(result.finished && result.exitCode == 1, result.describe().constData());
            QVERIFY2(result.errText().contains(nativePath), result.describe().constData());
            QVERIFY2(result.errText().contains(reason), result.describe().constData());
            QVERIFY2(result.errText().contains(QLatin1String("--database")), result.describe().constData());
            QCOMPARE(digest(path), before);
        }
        qInfo("dexdesk-cli: %s", cli.run({QStringLiteral("status")}).errText().trimmed().toUtf8().constData());

        // The window's start-up path.
        ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        AppServices::Options options;
        options.databasePath = path;
        AppServices services(&profiles, &secrets, options);
        QString error;
        QVERIFY(!services.open(&error));
        QVERIFY2(error.contains(nativePath), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));

        QCOMPARE(digest(path), before);
        QCOMPARE(QFile::permissions(path), permissions);
        // Nothing new beside it either: no fresh database was started in its place.
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    // The refusal is not a dead end: once the file is writable again it opens with its data.
    void readOnlyFileOpensOnceWritable()
    {
        TestEnvironment env;
        QVERIFY(writeHealthyDatabase(env));
        const QString path = env.databasePath();
        QVERIFY(damage(env, Damage::ReadOnly));
        CliRunner cli(path);
        QCOMPARE(cli.run({QStringLiteral("status")}).exitCode, 1);
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFile::WriteOwner));
        const CliResult status = cli.run({QStringLiteral("status")});
        QVERIFY2(status.exitCode == 0, status.describe().constData());
        auto db = env.openDatabase();
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'filler%'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 400);
    }
};

QTEST_GUILESS_MAIN(TestCliDamagedDatabase)
#include "test_cli_damaged_database.moc"
