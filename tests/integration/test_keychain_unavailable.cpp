// No Secret Service at all (ctest points D-Bus at a socket that does not exist): saving a secret
// fails within 5 seconds with a message that says what is missing, and nothing is written.

#include "KeychainSecretStore.h"
#include "Profile.h"
#include "SettingsStore.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QTest>

using namespace dexdesk;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveFailsClosedWithinFiveSeconds()
    {
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QLatin1String("nonexistent")),
                 "run through ctest, which points D-Bus at a missing socket");
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
        CommunicationSettings comm = editor.communication(profile->id);
        comm.leas.append({QStringLiteral("255901"), QStringLiteral("Grand Bend"), true, QStringLiteral("key-1")});
        editor.setCommunication(profile->id, comm);
        const QString secret = QStringLiteral("canary-unavailable-7d1f0c");
        editor.setLeaSecret(profile->id, QStringLiteral("255901"), secret);
        GeneralSettings general = editor.working().general;
        general.simultaneousConnections = 9;
        editor.setGeneral(general);

        QElapsedTimer timer;
        timer.start();
        const test::EditorResult result = test::saveAndWait(editor, 10000);
        const qint64 elapsed = timer.elapsed();
        qInfo("keychain failure reported after %lld ms", elapsed);
        QVERIFY(result.finished);
        QVERIFY(!result.ok);
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
        QVERIFY2(result.message.contains(QLatin1String("keychain"), Qt::CaseInsensitive), qPrintable(result.message));
        QVERIFY2(result.message.contains(QLatin1String("gnome-keyring")), qPrintable(result.message));

        // Nothing half-saved: the stored settings are the defaults, the editor still holds the edits.
        Settings stored;
        QVERIFY(store.load(&stored, &error));
        QCOMPARE(stored.general.simultaneousConnections, 5);
        QVERIFY(!stored.profiles.contains(profile->id));
        QVERIFY(editor.isDirty());
        QVERIFY(!test::databaseBytes(env.databasePath()).contains(secret.toUtf8()));

        // The rest of the settings can still be saved without a keychain.
        CommunicationSettings withoutLea = editor.communication(profile->id);
        withoutLea.leas.clear();
        editor.setCommunication(profile->id, withoutLea);
        const test::EditorResult second = test::saveAndWait(editor, 10000);
        QVERIFY2(second.ok, qPrintable(second.message));
        QVERIFY(store.load(&stored, &error));
        QCOMPARE(stored.general.simultaneousConnections, 9);
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "test_keychain_unavailable.moc"
