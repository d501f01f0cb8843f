#pragma once

// The General Setup page: the reference page's form over a SettingsEditor. Edits go to the
// editor's working copy and are validated as they happen; Save, Restore Defaults and profile
// switches follow SPEC §2 and §6. All dialogs go through Prompt.

#include "FormSupport.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace dexdesk {

class CommunicationSettingsBox;
class FirstRunPanel;
class GeneralOptionsBox;
class LeaDialog;
class SecretStore;
class SettingsEditor;

class GeneralSetupPage : public QWidget
{
    Q_OBJECT
public:
    explicit GeneralSetupPage(SettingsEditor *editor, QWidget *parent = nullptr);

    // The keychain the LEA dialog asks whether each LEA has a secret (null: it says "unknown").
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    void reloadProfiles(); // after a profile was imported
    void showKeychainProblem(const QString &message); // a banner; the rest of the form keeps working
    LeaDialog *openLeaDialog(); // window-modal, returns at once; the page applies it on OK

Q_SIGNALS:
    void statusMessage(const QString &text);
    void testConnectionRequested(); // the window owns the keychain the test needs
    void demoRequested(); // from the first-run panel: start "dexdesk --demo" beside this window

private:
    void buildButtons(MnemonicAllocator &mnemonics);
    void refresh();
    void onGeneralEdited();
    void onCommunicationEdited();
    void onProfileChosen(const QString &profileId);
    void switchProfile(const QString &profileId);
    void onSaveFinished(bool ok, const QString &message);
    void onRestoreFinished(bool ok, const QString &message);
    void updateBusy();
    bool leaConfigured() const;
    void restoreDefaults();
    QString restoreDefaultsSummary() const;

    SettingsEditor *m_editor;
    SecretStore *m_secrets = nullptr;
    QLabel *m_keychainBanner = nullptr;
    FirstRunPanel *m_firstRunPanel = nullptr;
    GeneralOptionsBox *m_generalBox = nullptr;
    CommunicationSettingsBox *m_communicationBox = nullptr;
    QPushButton *m_testConnectionButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_restoreDefaultsButton = nullptr;
    QLabel *m_unsavedLabel = nullptr;
    QString m_switchAfterSave; // profile to switch to once the Save the user chose succeeds
    bool m_updating = false;
};

} // namespace dexdesk
