#pragma once

// The "General Options" group of the General Setup page: System Enabled, logging, job frequency,
// purge policy, simultaneous connections and the profile choice. Labels, help and ranges come
// from SettingsSchema; it only shows values and reports edits.

#include "FormSupport.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SettingsValidator.h"

#include <QGroupBox>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace dexdesk {

class ProfileRepository;

class GeneralOptionsBox : public QGroupBox
{
    Q_OBJECT
public:
    GeneralOptionsBox(MnemonicAllocator &mnemonics, QWidget *parent = nullptr);

    void setProfiles(const ProfileRepository &profiles);
    void setValues(const GeneralSettings &general); // does not emit edited()
    GeneralSettings values(GeneralSettings base) const; // `base` with the edited fields applied
    QString chosenProfileId() const;
    void showIssues(const QList<ValidationIssue> &issues);
    void setProfileChoiceEnabled(bool enabled);

    QWidget *firstControl() const;
    QWidget *lastControl() const;

Q_SIGNALS:
    void edited();
    void profileChosen(const QString &profileId);

private:
    QCheckBox *addLogCheck(GeneralKey key, const QString &objectName, MnemonicAllocator &mnemonics);

    QRadioButton *m_systemOnRadio = nullptr;
    QRadioButton *m_systemOffRadio = nullptr;
    QButtonGroup *m_systemGroup = nullptr;
    QCheckBox *m_errorsCheck = nullptr;
    QCheckBox *m_warningsCheck = nullptr;
    QCheckBox *m_infoCheck = nullptr;
    QCheckBox *m_diagnosticCheck = nullptr;
    QComboBox *m_frequencyCombo = nullptr;
    QComboBox *m_purgeCombo = nullptr;
    QSpinBox *m_connectionsSpin = nullptr;
    QComboBox *m_profileCombo = nullptr;
    FormSupport::FieldMessages m_connectionsMessages;
    FormSupport::FieldMessages m_profileMessages;
    QWidget *m_loggingRow = nullptr;
    bool m_updating = false;
};

} // namespace dexdesk
