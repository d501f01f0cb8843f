// Help ▸ Save Support Bundle and Help ▸ Purge Now in the window: the bundle is a real .tar.gz that
// holds no secret (and is refused when one would be inside); purge shows what would go, removes
// nothing on Cancel and exactly the old rows on Remove.

#include "Database.h"
#include "GuiTestSupport.h"
#include "SupportActions.h"

#include <QAction>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const QString kSim = QStringLiteral("local-simulator");
const QString kCanary = QStringLiteral("canary-bundle-secret-51c0d7");

bool insertLog(const TestEnvironment &env, qint64 atMs, const QString &message)
{
    auto db = env.openDatabase();
    if (!db)
        return false;
    QSqlQuery q(db->connection());
    q.prepare(
        QStringLiteral("INSERT INTO logs (at, level, category, lea, message) VALUES (?, 2, 'dexdesk.ui', NULL, ?)"));
    q.addBindValue(atMs);
    q.addBindValue(message);
    return q.exec();
}

int logCount(const TestEnvironment &env)
{
    auto db = env.openDatabase();
    QSqlQuery q(db->connection());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM logs")) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestGuiSupport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_profiles = TestEnvironment::shippedProfiles();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_prompts = std::make_unique<PromptRecorder>();
        m_session = std::make_unique<GuiSession>(*m_env, &m_profiles, m_secrets.get());
        QVERIFY(m_session->isValid());
        m_session->window().supportActions()->setLogDirectory(m_env->path(QStringLiteral("logs")));
    }

    void cleanup()
    {
        m_session.reset();
        m_prompts.reset();
        m_secrets.reset();
        m_env.reset();
    }

    void supportBundleHoldsNoSecret()
    {
        // A saved LEA with its secret in the keychain.
        SettingsEditor &editor = m_session->editor();
        GeneralSettings general = editor.working().general;
        general.profileId = kSim;
        editor.setGeneral(general);
        editor.setLeaSecret(kSim, QStringLiteral("255901"), kCanary);
        QVERIFY(saveAndWait(editor).ok);
        QCOMPARE(m_secrets->entries().value(SecretStore::leaAccount(kSim, QStringLiteral("255901"))), kCanary);

        const QString path = m_env->path(QStringLiteral("bundle.tar.gz"));
        QSignalSpy finished(m_session->window().supportActions(), &SupportActions::finished);
        m_prompts->answerFile(path);
        m_session->find<QAction>(QStringLiteral("saveSupportBundleAction"))->trigger();
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(2), QByteArray("\x1f\x8b")); // gzip
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("-xzOf"), path});
        QVERIFY(tar.waitForFinished(20000));
        const QByteArray contents = tar.readAllStandardOutput();
        QVERIFY(contents.contains("255901")); // the settings are in it
        QVERIFY(!contents.contains(kCanary.toUtf8())); // the secret is not

        // A log row that somehow carried the secret: the bundle refuses rather than leak it.
        QVERIFY(insertLog(*m_env, QDateTime::currentMSecsSinceEpoch(), QStringLiteral("oops ") + kCanary));
        const QString second = m_env->path(QStringLiteral("refused.tar.gz"));
        finished.clear();
        m_prompts->answerFile(second);
        m_prompts->answer(Prompt::Choice::Ok); // the warning
        m_session->find<QAction>(QStringLiteral("saveSupportBundleAction"))->trigger();
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY(!QFile::exists(second));
    }

    void purgePreviewsThenRemovesOnlyOldRows()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 day = 24LL * 3600 * 1000;
        for (int i = 0; i < 3; ++i)
            QVERIFY(insertLog(*m_env, now - 40 * day - i, QStringLiteral("old %1").arg(i))); // Typical keeps 30 days
        for (int i = 0; i < 2; ++i)
            QVERIFY(insertLog(*m_env, now - 2 * day - i, QStringLiteral("recent %1").arg(i)));
        QCOMPARE(logCount(*m_env), 5);

        SupportActions *support = m_session->window().supportActions();
        QSignalSpy finished(support, &SupportActions::finished);
        m_prompts->answer(Prompt::Choice::Cancel);
        m_session->find<QAction>(QStringLiteral("purgeNowAction"))->trigger();
        QVERIFY(finished.wait(20000));
        const QList<Prompt::Request> questions = m_prompts->requests(Prompt::Kind::Question);
        QCOMPARE(questions.size(), 1);
        QVERIFY2(questions.first().details.contains(QLatin1String(": 3 ")), qPrintable(questions.first().details));
        QCOMPARE(logCount(*m_env), 5); // Cancel removed nothing

        finished.clear();
        m_prompts->answer(Prompt::Choice::Remove);
        m_session->find<QAction>(QStringLiteral("purgeNowAction"))->trigger();
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(logCount(*m_env), 2);
    }

private:
    std::unique_ptr<TestEnvironment> m_env;
    ProfileRepository m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<GuiSession> m_session;
    std::unique_ptr<PromptRecorder> m_prompts;
};

QTEST_MAIN(TestGuiSupport)
#include "test_gui_support.moc"
