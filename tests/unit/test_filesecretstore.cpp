// FileSecretStore, SecretFileReader and SecretSource: LEA secrets read from systemd credentials or
// an owner-only secrets file. A file that others may read, a symbolic link to such a file, a file
// owned by someone else and a malformed file are refused with the reason (never the secret), and
// the store never writes anything.

#include "FileSecretStore.h"
#include "SecretFileReader.h"
#include "SecretSource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace dexdesk;

namespace {

const QString kAccount = SecretStore::leaAccount(QStringLiteral("local-simulator"), QStringLiteral("255901"));
const QString kName = QStringLiteral("dexdesk.local-simulator.255901");

bool writeFile(const QString &path, const QByteArray &content, mode_t mode)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        return false;
    f.close();
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

struct ReadOutcome {
    bool answered = false;
    SecretResult result;
    QString secret;
};

ReadOutcome readSecret(SecretStore &store, const QString &account)
{
    ReadOutcome out;
    store.read(account, [&](const SecretResult &r, const QString &s) {
        out.answered = true;
        out.result = r;
        out.secret = s;
    });
    if (!QTest::qWaitFor([&] { return out.answered; }, 5000))
        qWarning("the store did not answer within 5 s");
    return out;
}

SecretSource fileSource(const QString &path)
{
    SecretSource source;
    QString error;
    if (!SecretSource::parse(QStringLiteral("file:") + path, &source, &error))
        qWarning("%s", qPrintable(error));
    return source;
}

} // namespace

class TestFileSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceParsing()
    {
        SecretSource source;
        QString error;
        QVERIFY(SecretSource::parse(QStringLiteral("keychain"), &source, &error));
        QVERIFY(source.isKeychain());
        QVERIFY(SecretSource::parse(QStringLiteral("file:/etc/dexdesk/secrets"), &source, &error));
        QCOMPARE(source.kind(), SecretSource::Kind::File);
        QCOMPARE(source.path(), QStringLiteral("/etc/dexdesk/secrets"));
        qputenv(SecretSource::kCredentialsVariable, "/run/credentials/dexdesk.service");
        QVERIFY(SecretSource::parse(QStringLiteral("credentials"), &source, &error));
        QCOMPARE(source.kind(), SecretSource::Kind::SystemdCredentials);
        QCOMPARE(source.path(), QStringLiteral("/run/credentials/dexdesk.service"));
        qunsetenv(SecretSource::kCredentialsVariable);

        const SecretSource before = source;
        QVERIFY(!SecretSource::parse(QStringLiteral("hunter2-canary"), &source, &error));
        QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error)); // never repeated
        QVERIFY2(error.contains(QLatin1String("keychain")) && error.contains(QLatin1String("file:PATH")),
                 qPrintable(error));
        QVERIFY(!SecretSource::parse(QStringLiteral("file:"), &source, &error));
        QVERIFY2(error.contains(QLatin1String("path")), qPrintable(error));
        QCOMPARE(source.kind(), before.kind()); // a refused value changes nothing
    }

    void credentialNames()
    {
        QCOMPARE(SecretSource::credentialName(QStringLiteral("local-simulator"), QStringLiteral("255901")), kName);
        QCOMPARE(SecretSource::credentialNameForAccount(kAccount), kName);
        // A dot or a slash inside a part is encoded, so the parts cannot run into each other and
        // the name stays one file name.
        QCOMPARE(SecretSource::credentialName(QStringLiteral("a.b/c"), QStringLiteral("1")),
                 QStringLiteral("dexdesk.a%2Eb%2Fc.1"));
        QVERIFY(SecretSource::credentialNameForAccount(SecretStore::probeAccount()).isEmpty());
    }

    void parsesSecretsFile()
    {
        QHash<QString, QString> entries;
        QString error;
        QVERIFY2(FileSecretStore::parseSecretsFile("# DEX Desk LEA secrets\n\n"
                                                   "dexdesk.local-simulator.255901 = training-secret\r\n"
                                                   "dexdesk.edfi-ods-shared.1=a=b\n",
                                                   &entries, &error),
                 qPrintable(error));
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.value(kName), QStringLiteral("training-secret"));
        QCOMPARE(entries.value(QStringLiteral("dexdesk.edfi-ods-shared.1")), QStringLiteral("a=b"));
    }

    void refusesMalformedSecretsFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no equals") << QByteArray("dexdesk.p.1=ok\nhunter2-canary\n") << QStringLiteral("line 2");
        QTest::newRow("not a credential name")
            << QByteArray("password=hunter2-canary\n") << QStringLiteral("dexdesk.PROFILE.LEA");
        QTest::newRow("empty secret") << QByteArray("dexdesk.p.1=\n") << QStringLiteral("no secret");
        QTest::newRow("twice") << QByteArray("dexdesk.p.1=hunter2-canary\n#\ndexdesk.p.1=x\n")
                               << QStringLiteral("first on line 1");
    }

    void refusesMalformedSecretsFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QHash<QString, QString> entries {{QStringLiteral("kept"), QStringLiteral("as it was")}};
        QString error;
        QVERIFY(!FileSecretStore::parseSecretsFile(text, &entries, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("hunter2")), qPrintable(error)); // never the line's text
        QCOMPARE(entries.size(), 1); // nothing changed
    }

    void readsOwnerOnlyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets"));
        QVERIFY(writeFile(path, kName.toUtf8() + "=training-secret\n", 0600));
        FileSecretStore store(fileSource(path));
        QString error;
        QVERIFY2(store.check(&error), qPrintable(error));
        const ReadOutcome read = readSecret(store, kAccount);
        QVERIFY(read.answered);
        QVERIFY2(read.result.ok(), qPrintable(read.result.userMessage()));
        QCOMPARE(read.secret, QStringLiteral("training-secret"));

        const ReadOutcome other
            = readSecret(store, SecretStore::leaAccount(QStringLiteral("local-simulator"), QStringLiteral("1")));
        QVERIFY(!other.result.ok());
        QVERIFY(other.secret.isEmpty());
        QVERIFY2(other.result.userMessage().contains(QLatin1String("dexdesk.local-simulator.1=")),
                 qPrintable(other.result.userMessage()));
    }

    void refusesWiderPermissions_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("0644") << 0644;
        QTest::newRow("0640") << 0640;
        QTest::newRow("0604") << 0604;
        QTest::newRow("0660") << 0660;
    }

    void refusesWiderPermissions()
    {
        QFETCH(int, mode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets"));
        QVERIFY(writeFile(path, kName.toUtf8() + "=hunter2-canary\n", mode_t(mode)));
        FileSecretStore store(fileSource(path));
        QString error;
        QVERIFY(!store.check(&error));
        QVERIFY2(error.contains(QStringLiteral("mode 0%1").arg(mode, 0, 8))
                     && error.contains(QLatin1String("chmod 600")),
                 qPrintable(error));
        const ReadOutcome read = readSecret(store, kAccount);
        QVERIFY(!read.result.ok());
        QVERIFY(read.secret.isEmpty());
        QVERIFY(!read.result.userMessage().contains(QLatin1String("hunter2")));
    }

    void refusesSymlinkToWiderFile()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("shared-secrets"));
        const QString link = dir.filePath(QStringLiteral("secrets"));
        QVERIFY(writeFile(target, kName.toUtf8() + "=hunter2-canary\n", 0644));
        QVERIFY(QFile::link(target, link));
        QString error;
        QVERIFY(!FileSecretStore(fileSource(link)).check(&error));
        QVERIFY2(error.contains(QLatin1String("symbolic link")) && error.contains(QLatin1String("mode 0644")),
                 qPrintable(error));
        // The same link to a private file is fine: the file it points at is what counts.
        QVERIFY(::chmod(QFile::encodeName(target).constData(), 0600) == 0);
        QVERIFY2(FileSecretStore(fileSource(link)).check(&error), qPrintable(error));
    }

    void refusesFileOwnedBySomeoneElse()
    {
        if (::geteuid() != 0)
            QSKIP("giving a file to another user needs root; the check is the same st_uid comparison");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets"));
        QVERIFY(writeFile(path, kName.toUtf8() + "=hunter2-canary\n", 0600));
        QVERIFY(::chown(QFile::encodeName(path).constData(), 65534, 65534) == 0);
        QString error;
        QVERIFY(!FileSecretStore(fileSource(path)).check(&error));
        QVERIFY2(error.contains(QLatin1String("owned by user id 65534")), qPrintable(error));
    }

    void refusesMissingOrOddFile()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!FileSecretStore(fileSource(dir.filePath(QStringLiteral("none")))).check(&error));
        QVERIFY2(error.contains(QLatin1String("does not exist")), qPrintable(error));
        QVERIFY(!FileSecretStore(fileSource(dir.path())).check(&error));
        QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
        const QString big = dir.filePath(QStringLiteral("big"));
        QVERIFY(writeFile(big, QByteArray(SecretFileReader::kMaxBytes + 1, 'x'), 0600));
        QVERIFY(!FileSecretStore(fileSource(big)).check(&error));
        QVERIFY2(error.contains(QLatin1String("too large")), qPrintable(error));
    }

    void readsSystemdCredentials()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(kName), "training-secret\n", 0400));
        const QString otherName = QStringLiteral("dexdesk.local-simulator.2");
        QVERIFY(writeFile(dir.filePath(otherName), "hunter2-canary\n", 0444));
        qputenv(SecretSource::kCredentialsVariable, QFile::encodeName(dir.path()));
        SecretSource source;
        QString error;
        QVERIFY(SecretSource::parse(QStringLiteral("credentials"), &source, &error));
        qunsetenv(SecretSource::kCredentialsVariable);
        FileSecretStore store(source);
        QVERIFY2(store.check(&error), qPrintable(error));

        const ReadOutcome read = readSecret(store, kAccount);
        QVERIFY2(read.result.ok(), qPrintable(read.result.userMessage()));
        QCOMPARE(read.secret, QStringLiteral("training-secret")); // without the final line break

        const ReadOutcome world
            = readSecret(store, SecretStore::leaAccount(QStringLiteral("local-simulator"), QStringLiteral("2")));
        QVERIFY(!world.result.ok());
        QVERIFY2(world.result.userMessage().contains(QLatin1String("every user")),
                 qPrintable(world.result.userMessage()));

        const ReadOutcome missing
            = readSecret(store, SecretStore::leaAccount(QStringLiteral("local-simulator"), QStringLiteral("3")));
        QVERIFY(!missing.result.ok());
        QVERIFY2(missing.result.userMessage().contains(QLatin1String("LoadCredential=dexdesk.local-simulator.3:")),
                 qPrintable(missing.result.userMessage()));
    }

    void credentialsWithoutDirectorySaySo()
    {
        qunsetenv(SecretSource::kCredentialsVariable);
        SecretSource source;
        QString error;
        QVERIFY(SecretSource::parse(QStringLiteral("credentials"), &source, &error));
        QVERIFY(!FileSecretStore(source).check(&error));
        QVERIFY2(error.contains(QLatin1String("CREDENTIALS_DIRECTORY"))
                     && error.contains(QLatin1String("LoadCredential=")),
                 qPrintable(error));
    }

    void neverWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secrets"));
        const QByteArray content = kName.toUtf8() + "=training-secret\n";
        QVERIFY(writeFile(path, content, 0600));
        FileSecretStore store(fileSource(path));
        bool answered = false;
        SecretResult result;
        store.write(kAccount, QStringLiteral("new-secret"), [&](const SecretResult &r) {
            answered = true;
            result = r;
        });
        QTRY_VERIFY(answered);
        QVERIFY(!result.ok());
        QVERIFY2(result.userMessage().contains(QLatin1String("only reads")), qPrintable(result.userMessage()));
        // Messages about it name the file, not "the keychain".
        QCOMPARE(store.storageName(), QStringLiteral("the secrets file %1").arg(QDir::toNativeSeparators(path)));
        answered = false;
        store.remove(kAccount, [&](const SecretResult &r) {
            answered = true;
            result = r;
        });
        QTRY_VERIFY(answered);
        QVERIFY(!result.ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "test_filesecretstore.moc"
