// A keychain that never answers (a private D-Bus session whose Secret Service swallows every
// call): saving a secret fails within 5 seconds with a message, and nothing is written.

#include "KeychainSecretStore.h"
#include "Profile.h"
#include "SettingsStore.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using namespace dexdesk;

class TestKeychainStuck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A bus of our own with no activatable services, so nothing else can answer for the keyring.
        m_busConfig.setFileTemplate(QDir::tempPath() + QStringLiteral("/dexdesk-bus-XXXXXX.conf"));
        QVERIFY(m_busConfig.open());
        m_busConfig.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                          "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                          "<busconfig><type>session</type><listen>unix:tmpdir=/tmp</listen>"
                          "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                          "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
        m_busConfig.flush();
        m_bus.start(QStringLiteral("dbus-daemon"),
                    {QStringLiteral("--config-file=") + m_busConfig.fileName(), QStringLiteral("--nofork"),
                     QStringLiteral("--print-address=1")});
        QVERIFY2(m_bus.waitForStarted(5000), "dbus-daemon is missing: install the dbus package");
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 5000);
        const QString address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(!address.isEmpty());

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        m_service.setProcessEnvironment(env);
        m_service.start(QCoreApplication::applicationDirPath() + QStringLiteral("/fake_secret_service"), {});
        QVERIFY(m_service.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(m_service.canReadLine(), 5000);
        QCOMPARE(m_service.readLine().trimmed(), QByteArray("ready"));
        qputenv("DBUS_SESSION_BUS_ADDRESS", address.toUtf8());
    }

    void cleanupTestCase()
    {
        m_service.kill();
        m_service.waitForFinished(2000);
        m_bus.kill();
        m_bus.waitForFinished(2000);
    }

    void saveReportsStuckKeychainWithinFiveSeconds()
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
        CommunicationSettings comm = editor.communication(profile->id);
        comm.leas.append({QStringLiteral("255901"), QStringLiteral("Grand Bend"), true, QStringLiteral("key-1")});
        editor.setCommunication(profile->id, comm);
        const QString secret = QStringLiteral("canary-stuck-5e2a91");
        editor.setLeaSecret(profile->id, QStringLiteral("255901"), secret);

        QElapsedTimer timer;
        timer.start();
        const test::EditorResult result = test::saveAndWait(editor, 30000);
        const qint64 elapsed = timer.elapsed();
        qInfo("stuck keychain reported after %lld ms", elapsed);
        QVERIFY(result.finished);
        QVERIFY(!result.ok);
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
        QVERIFY2(result.message.contains(QLatin1String("did not answer")), qPrintable(result.message));

        Settings stored;
        QVERIFY(store.load(&stored, &error));
        QVERIFY(!stored.profiles.contains(profile->id));
        QVERIFY(!test::databaseBytes(env.databasePath()).contains(secret.toUtf8()));
    }

private:
    QTemporaryFile m_busConfig;
    QProcess m_bus;
    QProcess m_service;
};

QTEST_GUILESS_MAIN(TestKeychainStuck)
#include "test_keychain_stuck.moc"
