// The real OS keychain: run inside scripts/with-keyring.sh (a private D-Bus session with an
// unlocked gnome-keyring). Proves secrets go to the keychain and never to the database file.

#include "KeychainSecretStore.h"
#include "LeaListModel.h"
#include "Profile.h"
#include "SettingsStore.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QUuid>

using namespace dexdesk;

namespace {

struct ReadResult {
    bool finished = false;
    SecretResult result;
    QString value;
};

ReadResult readSecret(SecretStore &store, const QString &account)
{
    ReadResult r;
    store.read(account, [&](const SecretResult &result, const QString &value) {
        r.finished = true;
        r.result = result;
        r.value = value;
    });
    if (!QTest::qWaitFor([&] { return r.finished; }, 10000))
        r.result = {SecretResult::Code::Timeout, QStringLiteral("test wait")};
    return r;
}

QString canary()
{
    return QStringLiteral("canary-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadRemoveRoundTrip()
    {
        KeychainSecretStore store;
        const QString account = QStringLiteral("test-profile/lea/") + QUuid::createUuid().toString();
        const QString secret = canary();

        bool written = false;
        SecretResult writeResult;
        store.write(account, secret, [&](const SecretResult &r) {
            written = true;
            writeResult = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(written, 10000);
        QVERIFY2(writeResult.ok(), qPrintable(writeResult.detail));

        const ReadResult read = readSecret(store, account);
        QVERIFY2(read.result.ok(), qPrintable(read.result.detail));
        QCOMPARE(read.value, secret);

        bool removed = false;
        store.remove(account, [&](const SecretResult &r) { removed = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
        QCOMPARE(readSecret(store, account).result.code, SecretResult::Code::NotFound);
    }

    // The scenario: a secret entered through the LEA dialog's model and saved is in the
    // keychain, not in the database file (nor its WAL), and Restore Defaults removes it.
    void secretFromLeaModelLivesOnlyInKeychain()
    {
        test::TestEnvironment env;
        auto db = env.openDatabase();
        QVERIFY(db);
        const ProfileRepository profiles = test::TestEnvironment::shippedProfiles();
        SettingsStore store(db->connection());
        KeychainSecretStore secrets;
        SettingsEditor editor(&profiles, &store, &secrets);
        QString error;
        QVERIFY2(editor.load(&error), qPrintable(error));

        const Profile *profile = editor.selectedProfile();
        QVERIFY(profile);
        const QString secret = canary();
        const QString leaId = QStringLiteral("4700") + QString::number(QRandomGenerator::global()->bounded(100000));

        LeaListModel model;
        CommunicationSettings comm = editor.communication(profile->id);
        model.setLeas(comm.leas, {});
        QCOMPARE(model.addLea({leaId, QStringLiteral("Canary ISD"), true, QStringLiteral("canary-key")}, secret),
                 QString());
        comm.leas = model.leas();
        editor.setCommunication(profile->id, comm);
        const QHash<QString, QString> newSecrets = model.newSecrets();
        for (auto it = newSecrets.cbegin(); it != newSecrets.cend(); ++it)
            editor.setLeaSecret(profile->id, it.key(), it.value());

        const test::EditorResult saved = test::saveAndWait(editor);
        QVERIFY2(saved.ok, qPrintable(saved.message));

        const QString account = SecretStore::leaAccount(profile->id, leaId);
        const ReadResult read = readSecret(secrets, account);
        QVERIFY2(read.result.ok(), qPrintable(read.result.detail));
        QCOMPARE(read.value, secret);

        QVERIFY(test::databaseBytes(env.databasePath()).contains("canary-key")); // the search itself works
        QVERIFY(!test::databaseBytes(env.databasePath()).contains(secret.toUtf8()));

        const test::EditorResult restored = test::restoreAndWait(editor);
        QVERIFY2(restored.ok, qPrintable(restored.message));
        QCOMPARE(readSecret(secrets, account).result.code, SecretResult::Code::NotFound);
        QVERIFY(!editor.saved().general.systemEnabled);
        QVERIFY(!editor.communication(profile->id).findLea(leaId));
        QVERIFY(!test::databaseBytes(env.databasePath()).contains(secret.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "test_keychain.moc"
