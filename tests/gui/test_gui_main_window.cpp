// The main window around the page: keychain failures (banner, Save refused, nothing half-saved),
// settings import with its dry run, closing with unsaved changes, and profile-load errors.

#include "GeneralSetupPage.h"
#include "GuiTestSupport.h"
#include "KeychainSecretStore.h"
#include "LeaDialog.h"
#include "Profile.h"
#include "SettingsExchange.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTest>

#include <optional>

using namespace dexdesk;
using namespace dexdesk::test;

class TestGuiMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void keychainFailureShowsBannerAndSaveChangesNothing();
    void workingKeychainShowsNoBanner();
    void keychainThatCannotStoreIsReportedAtStart();
    void probeOfTheRealKeychainLeavesNothingBehind();
    void importOfAnInvalidFileChangesNothing();
    void importShowsADryRunAndAppliesOnConfirm();
    void closingWithUnsavedChangesAsks();
    void closingCanSaveFirst();
    void profileErrorsAreReportedOnce();
    void importProfileAddsItToTheList();

private:
    void openSession();
    QAction *action(const char *name) { return m_session->find<QAction>(QString::fromLatin1(name)); }
    void writeFile(const QString &path, const QByteArray &data);

    std::unique_ptr<TestEnvironment> m_env;
    ProfileRepository m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<GuiSession> m_session;
    std::unique_ptr<PromptRecorder> m_prompts;
};

void TestGuiMainWindow::init()
{
    m_env = std::make_unique<TestEnvironment>();
    m_profiles = TestEnvironment::shippedProfiles();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_prompts = std::make_unique<PromptRecorder>();
}

void TestGuiMainWindow::cleanup()
{
    m_session.reset();
    m_prompts.reset();
    m_secrets.reset();
    m_env.reset();
}

void TestGuiMainWindow::openSession()
{
    m_session.reset();
    m_session = std::make_unique<GuiSession>(*m_env, &m_profiles, m_secrets.get());
    QVERIFY(m_session->isValid());
}

void TestGuiMainWindow::writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

void TestGuiMainWindow::keychainFailureShowsBannerAndSaveChangesNothing()
{
    m_secrets->failAfter(0, SecretResult::Code::NoBackend);
    openSession();
    const QString expected = SecretResult {SecretResult::Code::NoBackend, {}}.userMessage();
    auto *banner = m_session->find<QLabel>(QStringLiteral("keychainBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QCOMPARE(banner->text(), expected);

    // The rest of the form keeps working: add an LEA with a secret and try to save.
    retype(m_session->find<QLineEdit>(QStringLiteral("authUrlEdit")), QStringLiteral("https://auth.example.org/t"));
    LeaDialog *dialog = m_session->window().generalSetupPage()->openLeaDialog();
    QVERIFY(dialog);
    LeaListModel &model = const_cast<LeaListModel &>(dialog->model());
    QVERIFY(model
                .addLea({QStringLiteral("31"), QStringLiteral("North"), true, QStringLiteral("k31")},
                        QStringLiteral("never-stored"))
                .isEmpty());
    dialog->accept();
    QVERIFY(m_session->editor().hasPendingSecret(m_session->editor().selectedProfile()->id, QStringLiteral("31")));

    QTest::mouseClick(m_session->find<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_COMPARE(m_prompts->requests(Prompt::Kind::Warning).size(), 1);
    const QString message = m_prompts->requests(Prompt::Kind::Warning).first().text;
    QVERIFY2(message.contains(QStringLiteral("Nothing was saved")), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY(m_session->editor().isDirty());
    QVERIFY(m_session->find<QPushButton>(QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(m_secrets->entries().isEmpty());

    m_secrets->failAfter(-1);
    openSession();
    QCOMPARE(m_session->find<QLineEdit>(QStringLiteral("authUrlEdit"))->text(), m_profiles.profiles().first().authUrl);
    QCOMPARE(m_session->find<QLabel>(QStringLiteral("leaSummaryLabel"))->text(), QStringLiteral("No LEAs configured"));
    QVERIFY(m_session->editor().saved().profiles.isEmpty());
}

void TestGuiMainWindow::workingKeychainShowsNoBanner()
{
    openSession();
    auto *banner = m_session->find<QLabel>(QStringLiteral("keychainBanner"));
    QVERIFY(banner);
    // The probe answers from the event loop; give it the chance to (wrongly) show the banner.
    QTest::qWait(50);
    QVERIFY(!banner->isVisible());
}

void TestGuiMainWindow::keychainThatCannotStoreIsReportedAtStart()
{
    // A locked keychain: it answers reads ("not found") but refuses to store. The banner says so
    // when the window opens, not only at the first Save.
    m_secrets->setReadOnly(SecretResult::Code::AccessDenied);
    openSession();
    auto *banner = m_session->find<QLabel>(QStringLiteral("keychainBanner"));
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    const SecretResult refused {SecretResult::Code::AccessDenied, {}};
    QCOMPARE(banner->text(), refused.userMessage());
    QVERIFY(m_secrets->entries().isEmpty());
}

void TestGuiMainWindow::probeOfTheRealKeychainLeavesNothingBehind()
{
    if (qEnvironmentVariableIsEmpty("GNOME_KEYRING_CONTROL"))
        QSKIP("needs the keyring of scripts/with-keyring.sh");
    KeychainSecretStore keychain;
    const QString leaAccount = SecretStore::leaAccount(QStringLiteral("probe-test"), QStringLiteral("1"));
    auto waitFor = [](auto call) {
        std::optional<SecretResult> result;
        call([&](const SecretResult &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            qWarning("the keychain did not answer");
        return result.value_or(SecretResult {SecretResult::Code::Timeout, {}});
    };
    QVERIFY(waitFor([&](auto done) { keychain.write(leaAccount, QStringLiteral("lea-secret-1"), done); }).ok());

    // The window's probe: a write that succeeds, then its entry is removed again.
    QVERIFY(waitFor([&](auto done) { keychain.probeWritable(done); }).ok());
    auto probeEntry = [&] {
        return waitFor([&](auto done) {
                   keychain.read(SecretStore::probeAccount(),
                                 [done](const SecretResult &r, const QString &) { done(r); });
               })
            .code;
    };
    QTRY_COMPARE_WITH_TIMEOUT(probeEntry(), SecretResult::Code::NotFound, 5000);
    QString leaSecret;
    const SecretResult read = waitFor([&](auto done) {
        keychain.read(leaAccount, [&leaSecret, done](const SecretResult &r, const QString &value) {
            leaSecret = value;
            done(r);
        });
    });
    QVERIFY(read.ok());
    QCOMPARE(leaSecret, QStringLiteral("lea-secret-1")); // an LEA's entry is never touched

    // The window over the real keychain: no banner.
    m_session.reset();
    m_session = std::make_unique<GuiSession>(*m_env, &m_profiles, &keychain);
    QVERIFY(m_session->isValid());
    QTest::qWait(500);
    QVERIFY(!m_session->find<QLabel>(QStringLiteral("keychainBanner"))->isVisible());
    m_session.reset();
    QTRY_COMPARE_WITH_TIMEOUT(probeEntry(), SecretResult::Code::NotFound, 5000);
    QVERIFY(waitFor([&](auto done) { keychain.remove(leaAccount, done); }).ok());
}

void TestGuiMainWindow::importOfAnInvalidFileChangesNothing()
{
    openSession();
    retype(m_session->find<QLineEdit>(QStringLiteral("dataUrlEdit")), QStringLiteral("https://saved.example.org/d"));
    QVERIFY(saveAndWait(m_session->editor()).ok);
    const Settings before = m_session->editor().saved();

    // A genuine settings file with one value out of range: the whole file is refused.
    QByteArray exported = SettingsExchange::exportJson(before, m_profiles);
    QVERIFY(exported.contains("\"simultaneousConnections\": 5"));
    exported.replace("\"simultaneousConnections\": 5", "\"simultaneousConnections\": 99");
    exported.replace("https://saved.example.org/d", "https://imported.example.org/d");
    const QString file = m_env->path(QStringLiteral("broken.json"));
    writeFile(file, exported);
    m_prompts->answerFile(file);
    action("importSettingsAction")->trigger();
    QCOMPARE(m_prompts->requests(Prompt::Kind::OpenFile).size(), 1);
    QCOMPARE(m_prompts->requests(Prompt::Kind::Warning).size(), 1);
    const Prompt::Request warning = m_prompts->requests(Prompt::Kind::Warning).first();
    QVERIFY2(warning.text.contains(QStringLiteral("Nothing was imported")), qPrintable(warning.text));
    QVERIFY2(warning.details.contains(QStringLiteral("Simultaneous Connections")), qPrintable(warning.details));
    QVERIFY(m_prompts->requests(Prompt::Kind::Question).isEmpty()); // no preview of a bad file
    QVERIFY(m_session->editor().saved() == before);
    QVERIFY(m_session->editor().working() == before);
    QVERIFY(!m_session->editor().isDirty());

    writeFile(file, "not json at all");
    m_prompts->answerFile(file);
    action("importSettingsAction")->trigger();
    QCOMPARE(m_prompts->requests(Prompt::Kind::Warning).size(), 2);
    QVERIFY(m_session->editor().saved() == before);

    openSession();
    QCOMPARE(m_session->find<QLineEdit>(QStringLiteral("dataUrlEdit"))->text(),
             QStringLiteral("https://saved.example.org/d"));
}

void TestGuiMainWindow::importShowsADryRunAndAppliesOnConfirm()
{
    openSession();
    // Export what is on screen, then change the form and import the file back.
    const QString file = m_env->path(QStringLiteral("exported.json"));
    retype(m_session->find<QLineEdit>(QStringLiteral("dataUrlEdit")), QStringLiteral("https://first.example.org/d"));
    m_prompts->answerFile(file);
    action("exportSettingsAction")->trigger();
    QVERIFY(QFile::exists(file));
    QVERIFY(m_session->editor().isDirty()); // export does not save

    m_session->editor().discard();
    m_prompts->answerFile(file);
    m_prompts->answer(Prompt::Choice::Cancel);
    action("importSettingsAction")->trigger();
    const QList<Prompt::Request> previews = m_prompts->requests(Prompt::Kind::Question);
    QCOMPARE(previews.size(), 1);
    QVERIFY2(previews.first().details.contains(QStringLiteral("https://first.example.org/d")),
             qPrintable(previews.first().details));
    QVERIFY(m_session->editor().saved().profiles.isEmpty()); // Cancel: nothing changed

    m_prompts->answerFile(file);
    m_prompts->answer(Prompt::Choice::Apply);
    action("importSettingsAction")->trigger();
    QTRY_COMPARE(m_session->window().statusBar()->currentMessage(), QStringLiteral("Settings saved"));
    QCOMPARE(m_session->find<QLineEdit>(QStringLiteral("dataUrlEdit"))->text(),
             QStringLiteral("https://first.example.org/d"));
    QVERIFY(!m_session->editor().isDirty());
}

void TestGuiMainWindow::closingWithUnsavedChangesAsks()
{
    openSession();
    MainWindow &window = m_session->window();
    QVERIFY(window.close()); // nothing unsaved: closes without asking
    QVERIFY(m_prompts->requests().isEmpty());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTest::mouseClick(m_session->find<QCheckBox>(QStringLiteral("infoCheck")), Qt::LeftButton);
    m_prompts->answer(Prompt::Choice::Cancel);
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QCOMPARE(m_prompts->requests(Prompt::Kind::Question).size(), 1);
    QCOMPARE(m_prompts->requests(Prompt::Kind::Question).first().choices,
             (QList<Prompt::Choice> {Prompt::Choice::Save, Prompt::Choice::Discard, Prompt::Choice::Cancel}));
    QVERIFY(m_session->editor().isDirty());

    m_prompts->answer(Prompt::Choice::Discard);
    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
    QVERIFY(!m_session->editor().saved().general.logInfo);
}

void TestGuiMainWindow::closingCanSaveFirst()
{
    openSession();
    MainWindow &window = m_session->window();
    QTest::mouseClick(m_session->find<QCheckBox>(QStringLiteral("infoCheck")), Qt::LeftButton);
    m_prompts->answer(Prompt::Choice::Save);
    QVERIFY(!window.close()); // stays open until the save has finished
    QTRY_VERIFY(!window.isVisible());
    QVERIFY(m_session->editor().saved().general.logInfo);
}

void TestGuiMainWindow::profileErrorsAreReportedOnce()
{
    const QString dir = m_env->path(QStringLiteral("profiles"));
    QVERIFY(QDir().mkpath(dir));
    writeFile(QDir(dir).filePath(QStringLiteral("broken.json")), "{\n  \"formatVersion\": 1,\n  \"id\": 5\n}\n");
    m_profiles.load({dir});
    QCOMPARE(m_profiles.errors().size(), 1);
    openSession();
    QTRY_COMPARE(m_prompts->requests(Prompt::Kind::Warning).size(), 1);
    const Prompt::Request warning = m_prompts->requests(Prompt::Kind::Warning).first();
    QVERIFY2(warning.details.contains(QStringLiteral("broken.json")), qPrintable(warning.details));
    QVERIFY2(warning.details.contains(m_profiles.errors().first().toString()), qPrintable(warning.details));
    auto *label = m_session->find<QLabel>(QStringLiteral("profileErrorsLabel"));
    QVERIFY(label->isVisible());
    QVERIFY(label->toolTip().contains(QStringLiteral("broken.json")));
    // The shipped profiles still load.
    QCOMPARE(m_session->find<QWidget>(QStringLiteral("profileCombo"))->property("count").toInt(), 3);
    m_session->window().hide();
    m_session->window().show();
    QVERIFY(QTest::qWaitForWindowExposed(&m_session->window()));
    QTest::qWait(0);
    QCOMPARE(m_prompts->requests(Prompt::Kind::Warning).size(), 1);
}

void TestGuiMainWindow::importProfileAddsItToTheList()
{
    openSession();
    QFile shipped(QStringLiteral(":/profiles/local-simulator.json"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QByteArray json = shipped.readAll();
    json.replace("\"local-simulator\"", "\"state-test\"");
    json.replace("Local agency simulator (training)", "State Test Endpoint");
    const QString file = m_env->path(QStringLiteral("state.json"));
    writeFile(file, json);
    m_prompts->answerFile(file);
    action("importProfileAction")->trigger();
    QCOMPARE(m_prompts->requests(Prompt::Kind::Warning).size(), 0);
    QCOMPARE(m_prompts->requests(Prompt::Kind::Information).size(), 1);
    QVERIFY(QFile::exists(QDir(m_env->path(QStringLiteral("profiles"))).filePath(QStringLiteral("state-test.json"))));
    QVERIFY(chooseComboData(m_session->find<QWidget>(QStringLiteral("profileCombo")), QStringLiteral("state-test")));
}

QTEST_MAIN(TestGuiMainWindow)
#include "test_gui_main_window.moc"
