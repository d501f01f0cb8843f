// The General Setup page driven through its real widgets: defaults, locked and unsupported
// options, the unsaved-changes indicator, Save, profile switching, Restore Defaults and inline
// validation.

#include "GeneralSetupPage.h"
#include "GuiTestSupport.h"
#include "LeaListModel.h"
#include "Profile.h"
#include "SettingsSchema.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

class TestGuiGeneralSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void showsTheDefaults();
    void everyControlIsLabelledAndDescribed();
    void errorsLoggingIsLocked();
    void unsupportedServiceIsDisabledWithReason();
    void anEditMarksTheFormDirty();
    void savedValuesSurviveARestart();
    void switchingProfileWithUnsavedChangesAsks();
    void switchingProfileCanSaveFirst();
    void restoreDefaultsAsksThenResets();
    void restoreDefaultsCancelChangesNothing();
    void restoreDefaultsCanExportFirst();
    void invalidUrlIsMarkedAndSaveRefuses();
    void loopbackHttpIsAWarningNotAnError();
    void systemOnNeedsASchoolYear();
    void testConnectionIsAvailableAndExplained();
    void tabOrderFollowsTheForm();

private:
    template<typename T> T *widget(const char *name)
    {
        T *w = m_session->find<T>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }
    void openSession();
    QString statusMessage() { return m_session->window().statusBar()->currentMessage(); }

    std::unique_ptr<TestEnvironment> m_env;
    ProfileRepository m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<GuiSession> m_session;
    std::unique_ptr<PromptRecorder> m_prompts;
};

void TestGuiGeneralSetup::init()
{
    m_env = std::make_unique<TestEnvironment>();
    m_profiles = TestEnvironment::shippedProfiles();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_prompts = std::make_unique<PromptRecorder>();
    openSession();
}

void TestGuiGeneralSetup::cleanup()
{
    m_session.reset();
    m_prompts.reset();
    m_secrets.reset();
    m_env.reset();
}

void TestGuiGeneralSetup::openSession()
{
    m_session.reset();
    m_session = std::make_unique<GuiSession>(*m_env, &m_profiles, m_secrets.get());
    QVERIFY(m_session->isValid());
}

void TestGuiGeneralSetup::showsTheDefaults()
{
    const GeneralSettings defaults = SettingsSchema::defaults();
    // The schema's defaults are SPEC §2's.
    QCOMPARE(defaults.systemEnabled, false);
    QCOMPARE(defaults.frequency, Frequency::Standard);
    QCOMPARE(defaults.purgePolicy, PurgePolicy::Typical);
    QCOMPARE(defaults.simultaneousConnections, 5);

    QCOMPARE(widget<QRadioButton>("systemEnabledOffRadio")->isChecked(), !defaults.systemEnabled);
    QCOMPARE(widget<QRadioButton>("systemEnabledOnRadio")->isChecked(), defaults.systemEnabled);
    QVERIFY(widget<QRadioButton>("systemEnabledOffRadio")->isChecked());

    QVERIFY(widget<QCheckBox>("errorsCheck")->isChecked());
    QVERIFY(!widget<QCheckBox>("errorsCheck")->isEnabled());
    QCOMPARE(widget<QCheckBox>("warningsCheck")->isChecked(), defaults.logWarnings);
    QCOMPARE(widget<QCheckBox>("infoCheck")->isChecked(), defaults.logInfo);
    QCOMPARE(widget<QCheckBox>("diagnosticCheck")->isChecked(), defaults.logDiagnostic);
    QVERIFY(!widget<QCheckBox>("warningsCheck")->isChecked());
    QVERIFY(!widget<QCheckBox>("infoCheck")->isChecked());
    QVERIFY(!widget<QCheckBox>("diagnosticCheck")->isChecked());

    auto *frequency = widget<QComboBox>("jobFrequencyCombo");
    QCOMPARE(frequency->currentData().toString(), frequencyName(defaults.frequency));
    QCOMPARE(frequency->currentText(), QStringLiteral("Standard"));
    QCOMPARE(frequency->count(), 3);
    QCOMPARE(frequency->itemText(0), QStringLiteral("Low"));
    QCOMPARE(frequency->itemText(2), QStringLiteral("High"));
    auto *purge = widget<QComboBox>("purgePolicyCombo");
    QCOMPARE(purge->currentData().toString(), purgePolicyName(defaults.purgePolicy));
    QCOMPARE(purge->currentText(), QStringLiteral("Typical"));
    QCOMPARE(purge->itemText(0), QStringLiteral("Aggressive"));
    QCOMPARE(purge->itemText(2), QStringLiteral("Seldom"));

    auto *connections = widget<QSpinBox>("simultaneousConnectionsSpin");
    const SettingField *field = SettingsSchema::field(QStringLiteral("simultaneousConnections"));
    QCOMPARE(connections->value(), defaults.simultaneousConnections);
    QCOMPARE(connections->value(), 5);
    QCOMPARE(connections->minimum(), field->minimum);
    QCOMPARE(connections->maximum(), field->maximum);
    QCOMPARE(connections->minimum(), 1);
    QCOMPARE(connections->maximum(), 32);

    auto *profile = widget<QComboBox>("profileCombo");
    QCOMPARE(profile->count(), m_profiles.profiles().size());
    QCOMPARE(profile->currentData().toString(), m_profiles.profiles().first().id);
    QCOMPARE(profile->currentIndex(), 0);

    const Profile &first = m_profiles.profiles().first();
    QCOMPARE(widget<QLineEdit>("dataUrlEdit")->text(), first.dataUrl);
    QCOMPARE(widget<QLineEdit>("authUrlEdit")->text(), first.authUrl);
    for (int year : first.schoolYears) {
        auto *check = m_session->find<QCheckBox>(QStringLiteral("schoolYear%1Check").arg(year));
        QVERIFY2(check, qPrintable(QStringLiteral("no checkbox for %1").arg(year)));
        QCOMPARE(check->text(), schoolYearLabel(year));
        QCOMPARE(check->isChecked(), first.defaultSchoolYears.contains(year));
    }
    QCOMPARE(widget<QCheckBox>("dataChangesCheck")->isChecked(), first.defaultServices.testFlag(Service::DataChanges));
    QCOMPARE(widget<QCheckBox>("uniqueIdCheck")->isChecked(), first.defaultServices.testFlag(Service::UniqueId));
    QCOMPARE(widget<QLabel>("leaSummaryLabel")->text(), LeaListModel::summary(first.defaultLeas));
    QVERIFY(widget<QLabel>("communicationNoteLabel")->text().contains(first.name));

    QVERIFY(!widget<QLabel>("unsavedLabel")->isVisible());
    QVERIFY(!m_session->window().isWindowModified());
    QCOMPARE(widget<QLabel>("systemStatusLabel")->text(), QStringLiteral("System: Off"));
}

void TestGuiGeneralSetup::everyControlIsLabelledAndDescribed()
{
    const char *controls[] = {"systemEnabledOnRadio",
                              "systemEnabledOffRadio",
                              "errorsCheck",
                              "warningsCheck",
                              "infoCheck",
                              "diagnosticCheck",
                              "jobFrequencyCombo",
                              "purgePolicyCombo",
                              "simultaneousConnectionsSpin",
                              "profileCombo",
                              "dataUrlEdit",
                              "authUrlEdit",
                              "dataChangesCheck",
                              "downloadCheck",
                              "publishCheck",
                              "uniqueIdCheck",
                              "leaConfigureButton",
                              "testConnectionButton",
                              "saveButton",
                              "restoreDefaultsButton"};
    for (const char *name : controls) {
        QWidget *w = widget<QWidget>(name);
        QVERIFY2(w, name);
        QVERIFY2(!w->toolTip().isEmpty(), name);
        QVERIFY2(!w->accessibleName().isEmpty(), name);
    }
    // Fields with a separate label: the label names the field, carries a mnemonic and points at it.
    const QList<QLabel *> labels = m_session->window().findChildren<QLabel *>();
    for (const char *name :
         {"systemEnabledOffRadio", "jobFrequencyCombo", "purgePolicyCombo", "simultaneousConnectionsSpin",
          "profileCombo", "dataUrlEdit", "authUrlEdit", "leaConfigureButton"}) {
        QWidget *w = widget<QWidget>(name);
        const bool labelled = std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) {
            return l->buddy() == w && l->text().contains(QLatin1Char('&'));
        });
        QVERIFY2(labelled || qobject_cast<QAbstractButton *>(w), name);
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && !labelled)
            QVERIFY2(button->text().contains(QLatin1Char('&')), name);
    }
    // Labels come from the schema, not from the UI.
    const SettingField *frequency = SettingsSchema::field(QStringLiteral("jobFrequency"));
    QCOMPARE(widget<QComboBox>("jobFrequencyCombo")->toolTip(), SettingsSchema::help(frequency->help));
}

void TestGuiGeneralSetup::errorsLoggingIsLocked()
{
    auto *errors = widget<QCheckBox>("errorsCheck");
    QVERIFY(errors->isChecked());
    QVERIFY(!errors->isEnabled());
    QVERIFY(errors->toolTip().contains(QStringLiteral("cannot be turned off")));
    QTest::mouseClick(errors, Qt::LeftButton);
    QTest::keyClick(errors, Qt::Key_Space);
    QVERIFY(errors->isChecked());
    QVERIFY(!m_session->editor().isDirty());
}

void TestGuiGeneralSetup::unsupportedServiceIsDisabledWithReason()
{
    auto *uniqueId = widget<QCheckBox>("uniqueIdCheck");
    QVERIFY(uniqueId->isEnabled()); // the first profile supports it
    QVERIFY(chooseComboData(widget<QComboBox>("profileCombo"), QStringLiteral("edfi-ods-shared")));
    QTRY_VERIFY(!uniqueId->isEnabled());
    QVERIFY(!uniqueId->isChecked());
    QVERIFY2(uniqueId->toolTip().contains(QStringLiteral("does not support")), qPrintable(uniqueId->toolTip()));
    QVERIFY(uniqueId->toolTip().contains(QStringLiteral("Ed-Fi ODS/API (shared instance)")));
    QVERIFY(widget<QCheckBox>("publishCheck")->isEnabled());
    QVERIFY(widget<QCheckBox>("downloadCheck")->isEnabled());
    QVERIFY(widget<QCheckBox>("dataChangesCheck")->isEnabled());
    // The form now shows the shared profile's own years.
    QVERIFY(m_session->find<QCheckBox>(QStringLiteral("schoolYear2026Check")));
    QVERIFY(!m_session->find<QCheckBox>(QStringLiteral("schoolYear2025Check")));
    QVERIFY(widget<QLabel>("communicationNoteLabel")->text().contains(QStringLiteral("shared instance")));
}

void TestGuiGeneralSetup::anEditMarksTheFormDirty()
{
    QTest::mouseClick(widget<QCheckBox>("warningsCheck"), Qt::LeftButton);
    QVERIFY(widget<QCheckBox>("warningsCheck")->isChecked());
    QVERIFY(m_session->editor().isDirty());
    QVERIFY(widget<QLabel>("unsavedLabel")->isVisible());
    QVERIFY(m_session->window().isWindowModified());
    QVERIFY(m_session->window().windowTitle().contains(QStringLiteral("[*]")));

    QTest::mouseClick(widget<QCheckBox>("warningsCheck"), Qt::LeftButton); // back as saved
    QVERIFY(!m_session->editor().isDirty());
    QVERIFY(!widget<QLabel>("unsavedLabel")->isVisible());
    QVERIFY(!m_session->window().isWindowModified());
}

void TestGuiGeneralSetup::savedValuesSurviveARestart()
{
    QTest::mouseClick(widget<QRadioButton>("systemEnabledOnRadio"), Qt::LeftButton);
    QTest::mouseClick(widget<QCheckBox>("infoCheck"), Qt::LeftButton);
    QVERIFY(chooseComboData(widget<QComboBox>("jobFrequencyCombo"), QStringLiteral("high")));
    auto *spin = widget<QSpinBox>("simultaneousConnectionsSpin");
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(spin->value(), 7);
    retype(widget<QLineEdit>("dataUrlEdit"), QStringLiteral("https://state.example.gov/api/data/v3"));
    QTest::mouseClick(widget<QCheckBox>("schoolYear2028Check"), Qt::LeftButton);
    QTest::mouseClick(widget<QCheckBox>("uniqueIdCheck"), Qt::LeftButton);
    QVERIFY(m_session->editor().isDirty());

    QTest::mouseClick(widget<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(statusMessage(), QStringLiteral("Settings saved"));
    QVERIFY(!m_session->editor().isDirty());
    QVERIFY(!widget<QLabel>("unsavedLabel")->isVisible());
    QCOMPARE(widget<QLabel>("systemStatusLabel")->text(), QStringLiteral("System: On"));
    QVERIFY(m_prompts->requests(Prompt::Kind::Warning).isEmpty());

    openSession(); // a new editor and window on the same database file
    QVERIFY(widget<QRadioButton>("systemEnabledOnRadio")->isChecked());
    QVERIFY(widget<QCheckBox>("infoCheck")->isChecked());
    QVERIFY(!widget<QCheckBox>("warningsCheck")->isChecked());
    QCOMPARE(widget<QComboBox>("jobFrequencyCombo")->currentData().toString(), QStringLiteral("high"));
    QCOMPARE(widget<QSpinBox>("simultaneousConnectionsSpin")->value(), 7);
    QCOMPARE(widget<QLineEdit>("dataUrlEdit")->text(), QStringLiteral("https://state.example.gov/api/data/v3"));
    QVERIFY(widget<QCheckBox>("schoolYear2027Check")->isChecked());
    QVERIFY(widget<QCheckBox>("schoolYear2028Check")->isChecked());
    QVERIFY(!widget<QCheckBox>("schoolYear2026Check")->isChecked());
    QVERIFY(widget<QCheckBox>("uniqueIdCheck")->isChecked());
    QVERIFY(!m_session->editor().isDirty());
    QCOMPARE(widget<QLabel>("systemStatusLabel")->text(), QStringLiteral("System: On"));
}

void TestGuiGeneralSetup::switchingProfileWithUnsavedChangesAsks()
{
    auto *profile = widget<QComboBox>("profileCombo");
    const QString first = profile->currentData().toString();
    QTest::mouseClick(widget<QCheckBox>("warningsCheck"), Qt::LeftButton);

    m_prompts->answer(Prompt::Choice::Cancel);
    QVERIFY(!chooseComboData(profile, QStringLiteral("edfi-ods-shared")));
    const QList<Prompt::Request> asked = m_prompts->requests(Prompt::Kind::Question);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().choices,
             (QList<Prompt::Choice> {Prompt::Choice::Save, Prompt::Choice::Discard, Prompt::Choice::Cancel}));
    QVERIFY(asked.first().text.contains(QStringLiteral("Ed-Fi ODS/API (shared instance)")));
    QCOMPARE(profile->currentData().toString(), first);
    QVERIFY(widget<QCheckBox>("warningsCheck")->isChecked());
    QVERIFY(m_session->editor().isDirty());
    QCOMPARE(m_session->editor().selectedProfile()->id, first);

    m_prompts->answer(Prompt::Choice::Discard);
    QVERIFY(chooseComboData(profile, QStringLiteral("edfi-ods-shared")));
    QCOMPARE(m_prompts->requests(Prompt::Kind::Question).size(), 2);
    QCOMPARE(m_session->editor().selectedProfile()->id, QStringLiteral("edfi-ods-shared"));
    QVERIFY(!widget<QCheckBox>("warningsCheck")->isChecked()); // the edit was discarded
    QVERIFY(!widget<QCheckBox>("uniqueIdCheck")->isEnabled());
}

void TestGuiGeneralSetup::switchingProfileCanSaveFirst()
{
    QTest::mouseClick(widget<QCheckBox>("diagnosticCheck"), Qt::LeftButton);
    m_prompts->answer(Prompt::Choice::Save);
    chooseComboData(widget<QComboBox>("profileCombo"), QStringLiteral("local-simulator"));
    QTRY_COMPARE(m_session->editor().selectedProfile()->id, QStringLiteral("local-simulator"));
    QVERIFY(m_session->editor().saved().general.logDiagnostic);
    QCOMPARE(widget<QComboBox>("profileCombo")->currentData().toString(), QStringLiteral("local-simulator"));
    QCOMPARE(widget<QLabel>("leaSummaryLabel")->text(), QStringLiteral("1 LEA, 1 enabled"));
}

void TestGuiGeneralSetup::restoreDefaultsAsksThenResets()
{
    const QString sim = QStringLiteral("local-simulator");
    const Profile *profile = m_profiles.find(sim);
    QVERIFY(profile);
    // Arrange saved, non-default settings with a second LEA and secrets in the keychain.
    SettingsEditor &editor = m_session->editor();
    GeneralSettings general = editor.working().general;
    general.profileId = sim;
    general.systemEnabled = true;
    editor.setGeneral(general);
    CommunicationSettings comm = editor.communication(sim);
    comm.dataUrl = QStringLiteral("https://custom.example.org/data");
    comm.leas.append({QStringLiteral("4242"), QStringLiteral("Second ISD"), true, QStringLiteral("key-2")});
    editor.setCommunication(sim, comm);
    editor.setLeaSecret(sim, QStringLiteral("4242"), QStringLiteral("s3cret-two"));
    editor.setLeaSecret(sim, profile->defaultLeas.first().id, QStringLiteral("s3cret-one"));
    QVERIFY(saveAndWait(editor).ok);
    QCOMPARE(m_secrets->entries().size(), 2);
    QCOMPARE(widget<QLineEdit>("dataUrlEdit")->text(), QStringLiteral("https://custom.example.org/data"));
    QCOMPARE(widget<QLabel>("leaSummaryLabel")->text(), QStringLiteral("2 LEAs, 2 enabled"));
    QTest::mouseClick(widget<QCheckBox>("warningsCheck"), Qt::LeftButton); // an unsaved edit

    m_prompts->answer(Prompt::Choice::RestoreDefaults);
    QTest::mouseClick(widget<QPushButton>("restoreDefaultsButton"), Qt::LeftButton);
    const QList<Prompt::Request> asked = m_prompts->requests(Prompt::Kind::Question);
    QCOMPARE(asked.size(), 1);
    const Prompt::Request &q = asked.first();
    QCOMPARE(
        q.choices,
        (QList<Prompt::Choice> {Prompt::Choice::ExportFirst, Prompt::Choice::RestoreDefaults, Prompt::Choice::Cancel}));
    QVERIFY2(q.text.contains(profile->name), qPrintable(q.text));
    QVERIFY2(q.details.contains(QStringLiteral("https://custom.example.org/data → ") + profile->dataUrl),
             qPrintable(q.details));
    QVERIFY2(q.details.contains(QStringLiteral("System Enabled: true → false")), qPrintable(q.details));
    QVERIFY2(q.details.contains(QStringLiteral("4242")), qPrintable(q.details));
    QVERIFY2(q.details.contains(QStringLiteral("unsaved")), qPrintable(q.details));

    QTRY_COMPARE(statusMessage(), QStringLiteral("Defaults restored"));
    QVERIFY(widget<QRadioButton>("systemEnabledOffRadio")->isChecked());
    QCOMPARE(widget<QLineEdit>("dataUrlEdit")->text(), profile->dataUrl);
    QCOMPARE(widget<QLabel>("leaSummaryLabel")->text(), LeaListModel::summary(profile->defaultLeas));
    QVERIFY(!widget<QCheckBox>("warningsCheck")->isChecked());
    QVERIFY(m_secrets->entries().isEmpty());
    QVERIFY(!editor.isDirty());
    QCOMPARE(widget<QLabel>("systemStatusLabel")->text(), QStringLiteral("System: Off"));

    openSession();
    QCOMPARE(widget<QLineEdit>("dataUrlEdit")->text(), profile->dataUrl);
    QVERIFY(widget<QRadioButton>("systemEnabledOffRadio")->isChecked());
}

void TestGuiGeneralSetup::restoreDefaultsCancelChangesNothing()
{
    retype(widget<QLineEdit>("dataUrlEdit"), QStringLiteral("https://kept.example.org/data"));
    QVERIFY(saveAndWait(m_session->editor()).ok);
    m_prompts->answer(Prompt::Choice::Cancel);
    QTest::mouseClick(widget<QPushButton>("restoreDefaultsButton"), Qt::LeftButton);
    QCOMPARE(m_prompts->requests(Prompt::Kind::Question).size(), 1);
    QTest::qWait(0); // let anything the click started run before checking that nothing happened
    QCOMPARE(widget<QLineEdit>("dataUrlEdit")->text(), QStringLiteral("https://kept.example.org/data"));
    QCOMPARE(m_session->editor().saved().profiles.value(m_profiles.profiles().first().id).dataUrl,
             QStringLiteral("https://kept.example.org/data"));
}

void TestGuiGeneralSetup::restoreDefaultsCanExportFirst()
{
    retype(widget<QLineEdit>("dataUrlEdit"), QStringLiteral("https://exported.example.org/data"));
    QVERIFY(saveAndWait(m_session->editor()).ok);
    const QString file = m_env->path(QStringLiteral("before-restore.json"));
    m_prompts->answer(Prompt::Choice::ExportFirst);
    m_prompts->answerFile(file);
    m_prompts->answer(Prompt::Choice::Cancel); // asked again after the export
    QTest::mouseClick(widget<QPushButton>("restoreDefaultsButton"), Qt::LeftButton);
    QCOMPARE(m_prompts->requests(Prompt::Kind::Question).size(), 2);
    QCOMPARE(m_prompts->requests(Prompt::Kind::SaveFile).size(), 1);
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QVERIFY(exported.readAll().contains("https://exported.example.org/data"));
    QCOMPARE(widget<QLineEdit>("dataUrlEdit")->text(), QStringLiteral("https://exported.example.org/data"));
}

void TestGuiGeneralSetup::invalidUrlIsMarkedAndSaveRefuses()
{
    auto *dataUrl = widget<QLineEdit>("dataUrlEdit");
    auto *error = widget<QLabel>("dataUrlErrorLabel");
    QVERIFY(!error->isVisible());
    retype(dataUrl, QStringLiteral("ftp://x"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("https://")), qPrintable(error->text()));
    QVERIFY(!dataUrl->accessibleDescription().isEmpty());
    QVERIFY(!widget<QLabel>("authUrlErrorLabel")->isVisible());

    QTest::mouseClick(widget<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(m_prompts->requests(Prompt::Kind::Warning).size(), 1);
    const Prompt::Request warning = m_prompts->requests(Prompt::Kind::Warning).first();
    QVERIFY2(warning.text.contains(QStringLiteral("Data Exchange URL")), qPrintable(warning.text));
    QVERIFY(m_session->editor().isDirty());
    QVERIFY(m_session->editor().saved().profiles.isEmpty());

    // Typing goes on undisturbed by the form refreshing itself after every key.
    retype(dataUrl, QStringLiteral("https://fixed.example.org/data x"));
    QCOMPARE(dataUrl->text(), QStringLiteral("https://fixed.example.org/data x"));
    QVERIFY(error->isVisible());
    QTest::keyClick(dataUrl, Qt::Key_Backspace);
    QTest::keyClick(dataUrl, Qt::Key_Backspace);
    QVERIFY(!error->isVisible());
    QCOMPARE(m_session->editor().communication(m_profiles.profiles().first().id).dataUrl,
             QStringLiteral("https://fixed.example.org/data"));
}

void TestGuiGeneralSetup::loopbackHttpIsAWarningNotAnError()
{
    retype(widget<QLineEdit>("dataUrlEdit"), QStringLiteral("http://127.0.0.1:8765/data/v3"));
    QVERIFY(widget<QLabel>("dataUrlWarningLabel")->isVisible());
    QVERIFY(!widget<QLabel>("dataUrlErrorLabel")->isVisible());
    QVERIFY(widget<QLabel>("dataUrlWarningLabel")->text().contains(QStringLiteral("Unencrypted")));
    QTest::mouseClick(widget<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(statusMessage(), QStringLiteral("Settings saved"));
    QVERIFY(m_prompts->requests(Prompt::Kind::Warning).isEmpty());
    // An http:// address to another host is an error.
    retype(widget<QLineEdit>("authUrlEdit"), QStringLiteral("http://agency.example.org/token"));
    QVERIFY(widget<QLabel>("authUrlErrorLabel")->isVisible());
    QVERIFY(!widget<QLabel>("authUrlWarningLabel")->isVisible());
}

void TestGuiGeneralSetup::systemOnNeedsASchoolYear()
{
    auto *year = widget<QCheckBox>("schoolYear2027Check");
    QVERIFY(year->isChecked());
    QTest::mouseClick(year, Qt::LeftButton);
    QVERIFY(!year->isChecked());
    QVERIFY(!widget<QLabel>("schoolYearsErrorLabel")->isVisible()); // Off: no year is fine
    QTest::mouseClick(widget<QRadioButton>("systemEnabledOnRadio"), Qt::LeftButton);
    QVERIFY(widget<QLabel>("schoolYearsErrorLabel")->isVisible());

    QTest::mouseClick(widget<QPushButton>("saveButton"), Qt::LeftButton);
    QTRY_COMPARE(m_prompts->requests(Prompt::Kind::Warning).size(), 1);
    QVERIFY2(m_prompts->requests(Prompt::Kind::Warning).first().text.contains(QStringLiteral("School Years")),
             qPrintable(m_prompts->requests(Prompt::Kind::Warning).first().text));
    QVERIFY(!m_session->editor().saved().general.systemEnabled);
    openSession();
    QVERIFY(widget<QRadioButton>("systemEnabledOffRadio")->isChecked());
    QVERIFY(widget<QCheckBox>("schoolYear2027Check")->isChecked());
}

void TestGuiGeneralSetup::testConnectionIsAvailableAndExplained()
{
    // Running it against a real endpoint is test_gui_test_connection's part.
    auto *button = widget<QPushButton>("testConnectionButton");
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QVERIFY(button->toolTip().contains(QLatin1String("values on screen")));
    QCOMPARE(button->accessibleName(), QStringLiteral("Test Connection"));
}

void TestGuiGeneralSetup::tabOrderFollowsTheForm()
{
    QApplication::setActiveWindow(&m_session->window());
    QVERIFY(QTest::qWaitForWindowActive(&m_session->window()));
    widget<QRadioButton>("systemEnabledOffRadio")->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), widget<QWidget>("systemEnabledOffRadio"));
    QStringList visited;
    for (int i = 0; i < 40 && QApplication::focusWidget(); ++i) {
        visited << QApplication::focusWidget()->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    const QStringList expected = {QStringLiteral("systemEnabledOffRadio"),
                                  QStringLiteral("warningsCheck"),
                                  QStringLiteral("infoCheck"),
                                  QStringLiteral("diagnosticCheck"),
                                  QStringLiteral("jobFrequencyCombo"),
                                  QStringLiteral("purgePolicyCombo"),
                                  QStringLiteral("simultaneousConnectionsSpin"),
                                  QStringLiteral("profileCombo"),
                                  QStringLiteral("dataUrlEdit"),
                                  QStringLiteral("authUrlEdit"),
                                  QStringLiteral("schoolYear2025Check"),
                                  QStringLiteral("schoolYear2026Check"),
                                  QStringLiteral("schoolYear2027Check"),
                                  QStringLiteral("schoolYear2028Check"),
                                  QStringLiteral("dataChangesCheck"),
                                  QStringLiteral("downloadCheck"),
                                  QStringLiteral("publishCheck"),
                                  QStringLiteral("uniqueIdCheck"),
                                  QStringLiteral("leaConfigureButton"),
                                  QStringLiteral("testConnectionButton"),
                                  QStringLiteral("restoreDefaultsButton"),
                                  QStringLiteral("saveButton")};
    QCOMPARE(visited.mid(0, expected.size()), expected);
}

QTEST_MAIN(TestGuiGeneralSetup)
#include "test_gui_general_setup.moc"
