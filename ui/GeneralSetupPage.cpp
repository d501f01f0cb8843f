#include "GeneralSetupPage.h"

#include "CommunicationSettingsBox.h"
#include "FirstRunPanel.h"
#include "GeneralOptionsBox.h"
#include "LeaDialog.h"
#include "Palettes.h"
#include "Profile.h"
#include "ProfileRepository.h"
#include "Prompt.h"
#include "SettingsEditor.h"
#include "SettingsExchange.h"
#include "SettingsTransfer.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcPage, "dexdesk.ui.generalsetup")

namespace dexdesk {

namespace {
constexpr int kContentMaximumWidth = 940;

QString saveButtonText()
{
    return GeneralSetupPage::tr("&Save");
}
} // namespace

GeneralSetupPage::GeneralSetupPage(SettingsEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("generalSetupPage"));
    setAccessibleName(tr("General Setup"));

    MnemonicAllocator mnemonics;
    mnemonics.reserve(QStringLiteral("fh")); // the File and Help menus
    auto *outer = new QHBoxLayout(this);
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("generalSetupContent"));
    content->setMaximumWidth(kContentMaximumWidth);
    outer->addWidget(content, 1);
    outer->addStretch(0);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 8, 8, 8);

    m_keychainBanner = new QLabel(content);
    m_keychainBanner->setObjectName(QStringLiteral("keychainBanner"));
    m_keychainBanner->setWordWrap(true);
    m_keychainBanner->setTextFormat(Qt::PlainText);
    m_keychainBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keychainBanner->setStyleSheet(QStringLiteral("QLabel#keychainBanner { background: #fff4ce; color: #3d2e00; "
                                                   "border: 1px solid #e0c060; border-radius: 4px; padding: 8px; }"));
    m_keychainBanner->hide();
    layout->addWidget(m_keychainBanner);

    auto *heading = new QLabel(tr("General Setup"), content);
    heading->setObjectName(QStringLiteral("generalSetupHeading"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAccessibleName(tr("General Setup"));
    layout->addWidget(heading);
    auto *intro = new QLabel(tr("Configure the real-time data exchange with the state education agency. Changes take "
                                "effect when you save them."),
                             content);
    intro->setObjectName(QStringLiteral("generalSetupIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_firstRunPanel = new FirstRunPanel(content);
    m_firstRunPanel->hide();
    layout->addWidget(m_firstRunPanel);
    connect(m_firstRunPanel, &FirstRunPanel::configureLeasRequested, this, &GeneralSetupPage::openLeaDialog);
    connect(m_firstRunPanel, &FirstRunPanel::testConnectionRequested, this, &GeneralSetupPage::testConnectionRequested);
    connect(m_firstRunPanel, &FirstRunPanel::demoRequested, this, &GeneralSetupPage::demoRequested);

    const QString saveText = saveButtonText(); // the page's main action keeps its usual mnemonic
    mnemonics.reserve(saveText.mid(saveText.indexOf(QLatin1Char('&')) + 1, 1));
    m_generalBox = new GeneralOptionsBox(mnemonics, content);
    m_communicationBox = new CommunicationSettingsBox(mnemonics, content);
    layout->addWidget(m_generalBox);
    layout->addWidget(m_communicationBox);
    FormSupport::alignLabelColumns({qobject_cast<QFormLayout *>(m_generalBox->layout()),
                                    qobject_cast<QFormLayout *>(m_communicationBox->layout())});
    buildButtons(mnemonics);
    layout->addStretch(1);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_testConnectionButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_unsavedLabel);
    buttonRow->addWidget(m_restoreDefaultsButton);
    buttonRow->addWidget(m_saveButton);
    layout->insertLayout(layout->count() - 1, buttonRow);

    setTabOrder(m_communicationBox->lastControl(), m_testConnectionButton);
    setTabOrder(m_testConnectionButton, m_restoreDefaultsButton);
    setTabOrder(m_restoreDefaultsButton, m_saveButton);

    connect(m_generalBox, &GeneralOptionsBox::edited, this, &GeneralSetupPage::onGeneralEdited);
    connect(m_generalBox, &GeneralOptionsBox::profileChosen, this, &GeneralSetupPage::onProfileChosen);
    connect(m_communicationBox, &CommunicationSettingsBox::edited, this, &GeneralSetupPage::onCommunicationEdited);
    connect(m_communicationBox, &CommunicationSettingsBox::configureLeasRequested, this,
            &GeneralSetupPage::openLeaDialog);
    connect(m_saveButton, &QPushButton::clicked, m_editor, &SettingsEditor::save);
    connect(m_testConnectionButton, &QPushButton::clicked, this, &GeneralSetupPage::testConnectionRequested);
    connect(m_restoreDefaultsButton, &QPushButton::clicked, this, &GeneralSetupPage::restoreDefaults);
    connect(m_editor, &SettingsEditor::changed, this, &GeneralSetupPage::refresh);
    connect(m_editor, &SettingsEditor::busyChanged, this, &GeneralSetupPage::updateBusy);
    connect(m_editor, &SettingsEditor::saveFinished, this, &GeneralSetupPage::onSaveFinished);
    connect(m_editor, &SettingsEditor::restoreFinished, this, &GeneralSetupPage::onRestoreFinished);

    m_generalBox->setProfiles(m_editor->profiles());
    refresh();
}

void GeneralSetupPage::buildButtons(MnemonicAllocator &mnemonics)
{
    m_testConnectionButton = new QPushButton(mnemonics.take(tr("Test Connection")), this);
    m_testConnectionButton->setObjectName(QStringLiteral("testConnectionButton"));
    FormSupport::describe(m_testConnectionButton, tr("Test Connection"),
                          tr("Checks the agency endpoint with the values on screen (saved or not), step by step for "
                             "each enabled LEA, and says what to fix. It runs in the background; you can cancel "
                             "it."));
    m_restoreDefaultsButton = new QPushButton(mnemonics.take(tr("Restore Defaults")), this);
    m_restoreDefaultsButton->setObjectName(QStringLiteral("restoreDefaultsButton"));
    FormSupport::describe(m_restoreDefaultsButton, tr("Restore Defaults"),
                          tr("Turns the system Off and puts the selected profile's communication settings, LEAs and "
                             "secrets back to the profile's defaults. You are asked to confirm first."));
    m_saveButton = new QPushButton(saveButtonText(), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    FormSupport::describe(m_saveButton, tr("Save"),
                          tr("Checks the form and saves all settings at once; LEA secrets go to the system keychain."));
    m_unsavedLabel = new QLabel(tr("● Unsaved changes"), this);
    m_unsavedLabel->setObjectName(QStringLiteral("unsavedLabel"));
    m_unsavedLabel->setAccessibleName(tr("The form has unsaved changes"));
    m_unsavedLabel->setStyleSheet(Palettes::textStyle(Palettes::warningColor()));
    m_unsavedLabel->hide();
}

void GeneralSetupPage::reloadProfiles()
{
    m_generalBox->setProfiles(m_editor->profiles());
    refresh();
}

void GeneralSetupPage::showKeychainProblem(const QString &message)
{
    m_keychainBanner->setText(message);
    m_keychainBanner->setAccessibleName(message);
    m_keychainBanner->show();
}

void GeneralSetupPage::refresh()
{
    m_updating = true;
    const Profile *profile = m_editor->selectedProfile();
    GeneralSettings general = m_editor->working().general;
    if (profile)
        general.profileId = profile->id;
    m_generalBox->setValues(general);
    QList<ValidationIssue> issues = SettingsValidator::validateGeneral(general, m_editor->profiles());
    if (profile) {
        const CommunicationSettings comm = m_editor->communication(profile->id);
        m_communicationBox->setProfile(*profile);
        m_communicationBox->setValues(comm);
        issues += SettingsValidator::validateCommunication(comm, *profile, general.systemEnabled);
    }
    m_communicationBox->setEnabled(profile != nullptr);
    m_firstRunPanel->setVisible(!leaConfigured());
    m_generalBox->showIssues(issues);
    m_communicationBox->showIssues(issues);
    const bool dirty = m_editor->isDirty();
    m_unsavedLabel->setVisible(dirty);
    setWindowModified(dirty);
    window()->setWindowModified(dirty);
    updateBusy();
    m_updating = false;
}

bool GeneralSetupPage::leaConfigured() const
{
    // The selected profile's LEAs on the form, saved or not: the panel goes as soon as the LEA
    // dialog adds one. (Other profiles do not count: the simulator's ships with a sample LEA.)
    const Profile *profile = m_editor->selectedProfile();
    return !profile || !m_editor->communication(profile->id).leas.isEmpty();
}

void GeneralSetupPage::updateBusy()
{
    const bool busy = m_editor->isBusy();
    const bool haveProfile = m_editor->selectedProfile() != nullptr;
    m_saveButton->setEnabled(!busy);
    m_restoreDefaultsButton->setEnabled(!busy && haveProfile);
    m_testConnectionButton->setEnabled(haveProfile);
    m_generalBox->setProfileChoiceEnabled(!busy);
    m_communicationBox->setLeaConfigureEnabled(!busy && haveProfile);
    m_saveButton->setText(busy ? tr("Saving…") : saveButtonText());
}

void GeneralSetupPage::onGeneralEdited()
{
    if (m_updating)
        return;
    m_editor->setGeneral(m_generalBox->values(m_editor->working().general));
}

void GeneralSetupPage::onCommunicationEdited()
{
    const Profile *profile = m_editor->selectedProfile();
    if (m_updating || !profile)
        return;
    m_editor->setCommunication(profile->id, m_communicationBox->values(m_editor->communication(profile->id)));
}

void GeneralSetupPage::onProfileChosen(const QString &profileId)
{
    const Profile *current = m_editor->selectedProfile();
    const Profile *next = m_editor->profiles().find(profileId);
    if (!next || (current && current->id == profileId))
        return;
    if (!m_editor->isDirty()) {
        switchProfile(profileId);
        return;
    }
    const Prompt::Choice choice = Prompt::question(
        this, tr("Unsaved Changes"),
        tr("You have unsaved changes. Save them before switching to the profile \"%1\"?").arg(next->name),
        {Prompt::Choice::Save, Prompt::Choice::Discard, Prompt::Choice::Cancel}, Prompt::Choice::Save,
        Prompt::Choice::Cancel,
        tr("Communication settings belong to a profile, so the form will show the settings of \"%1\".")
            .arg(next->name));
    switch (choice) {
    case Prompt::Choice::Discard:
        m_editor->discard();
        switchProfile(profileId);
        break;
    case Prompt::Choice::Save:
        refresh(); // the combo shows the old profile until the save succeeds
        m_switchAfterSave = profileId;
        m_editor->save();
        break;
    default:
        refresh(); // puts the combo back
        break;
    }
}

void GeneralSetupPage::switchProfile(const QString &profileId)
{
    GeneralSettings general = m_editor->working().general;
    general.profileId = profileId;
    m_editor->setGeneral(general);
    refresh();
}

void GeneralSetupPage::onSaveFinished(bool ok, const QString &message)
{
    const QString pendingSwitch = std::exchange(m_switchAfterSave, QString());
    if (!ok) {
        Prompt::warning(this, tr("Settings Not Saved"), message);
        Q_EMIT statusMessage(tr("Settings not saved"));
        return;
    }
    Q_EMIT statusMessage(tr("Settings saved"));
    if (!pendingSwitch.isEmpty())
        switchProfile(pendingSwitch);
}

void GeneralSetupPage::onRestoreFinished(bool ok, const QString &message)
{
    if (!ok) {
        Prompt::warning(this, tr("Defaults Not Restored"), message);
        Q_EMIT statusMessage(tr("Defaults not restored"));
        return;
    }
    Q_EMIT statusMessage(tr("Defaults restored"));
}

LeaDialog *GeneralSetupPage::openLeaDialog()
{
    const Profile *profile = m_editor->selectedProfile();
    if (!profile)
        return nullptr;
    const QString profileId = profile->id;
    const CommunicationSettings comm = m_editor->communication(profileId);
    QSet<QString> pending;
    for (const Lea &lea : comm.leas) {
        if (m_editor->hasPendingSecret(profileId, lea.id))
            pending.insert(lea.id);
    }
    auto *dialog = new LeaDialog(profile->name, comm.leas, pending, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, profileId] {
        CommunicationSettings updated = m_editor->communication(profileId);
        updated.leas = dialog->model().leas();
        m_editor->setCommunication(profileId, updated);
        const QHash<QString, QString> secrets = dialog->model().newSecrets();
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            m_editor->setLeaSecret(profileId, it.key(), it.value());
    });
    dialog->checkStoredSecrets(m_secrets, profileId);
    dialog->open();
    return dialog;
}

QString GeneralSetupPage::restoreDefaultsSummary() const
{
    const Profile *profile = m_editor->selectedProfile();
    Settings target = m_editor->saved();
    target.general.systemEnabled = false;
    target.general.profileId = profile->id;
    target.profiles.remove(profile->id);
    QStringList lines;
    for (const QString &line : SettingsExchange::diff(m_editor->saved(), target, m_editor->profiles()))
        lines << QStringLiteral("• ") + line;
    const CommunicationSettings saved = m_editor->savedCommunication(profile->id);
    if (!saved.leas.isEmpty())
        lines << QStringLiteral("• ")
                + tr("The secrets of the LEAs of \"%1\" are deleted from the keychain.").arg(profile->name);
    if (lines.isEmpty())
        lines << tr("The saved settings already match the defaults.");
    QString text = tr("What will change:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
    if (m_editor->isDirty())
        text += QStringLiteral("\n\n") + tr("Your unsaved changes on the form will be dropped.");
    return text;
}

void GeneralSetupPage::restoreDefaults()
{
    const Profile *profile = m_editor->selectedProfile();
    if (!profile || m_editor->isBusy())
        return;
    const QString text = tr("Restore the defaults? The system is turned Off, and the communication settings of the "
                            "profile \"%1\" — URLs, school years, services, the LEAs and their keys and secrets — "
                            "go back to the profile's defaults.")
                             .arg(profile->name);
    for (;;) {
        const Prompt::Choice choice
            = Prompt::question(this, tr("Restore Defaults"), text,
                               {Prompt::Choice::ExportFirst, Prompt::Choice::RestoreDefaults, Prompt::Choice::Cancel},
                               Prompt::Choice::Cancel, Prompt::Choice::Cancel, restoreDefaultsSummary());
        if (choice == Prompt::Choice::ExportFirst) {
            SettingsTransfer::exportSettings(this, *m_editor);
            continue; // then ask again, so the user still decides
        }
        if (choice == Prompt::Choice::RestoreDefaults) {
            qCInfo(lcPage) << "restoring defaults for profile" << profile->id;
            m_editor->restoreDefaults();
        }
        return;
    }
}

} // namespace dexdesk
