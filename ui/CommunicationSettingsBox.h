#pragma once

// The "Communication Settings" group of the General Setup page: everything that belongs to the
// selected profile (URLs, school years, services, the LEA summary). It shows values and reports
// edits; the page decides what to do with them.

#include "FormSupport.h"
#include "Profile.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QGroupBox>
#include <QMap>

class QCheckBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace dexdesk {

class CommunicationSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    CommunicationSettingsBox(MnemonicAllocator &mnemonics, QWidget *parent = nullptr);

    // The profile decides which school years are listed and which services can be chosen.
    void setProfile(const Profile &profile);
    void setValues(const CommunicationSettings &comm); // does not emit edited()
    CommunicationSettings values(CommunicationSettings base) const; // LEAs are left as they are
    void showIssues(const QList<ValidationIssue> &issues);
    void setLeaConfigureEnabled(bool enabled);

    QWidget *lastControl() const;

Q_SIGNALS:
    void edited();
    void configureLeasRequested();

private:
    // `objectName` names the edit, its label and its message labels ("dataUrl" → "dataUrlEdit").
    QLineEdit *addUrlRow(CommunicationKey key, const QString &objectName, MnemonicAllocator &mnemonics,
                         FormSupport::FieldMessages *messages);
    void updateServiceTips();

    QFormLayout *m_form = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_dataUrlEdit = nullptr;
    QLineEdit *m_authUrlEdit = nullptr;
    QLabel *m_schoolYearsLabel = nullptr;
    QWidget *m_schoolYearsRow = nullptr;
    QHBoxLayout *m_schoolYearsLayout = nullptr;
    QMap<int, QCheckBox *> m_yearChecks;
    QMap<Service, QCheckBox *> m_serviceChecks;
    QPushButton *m_leaConfigureButton = nullptr;
    QLabel *m_leaSummaryLabel = nullptr;
    FormSupport::FieldMessages m_dataUrlMessages;
    FormSupport::FieldMessages m_authUrlMessages;
    FormSupport::FieldMessages m_schoolYearsMessages;
    FormSupport::FieldMessages m_servicesMessages;
    FormSupport::FieldMessages m_leasMessages;
    QString m_profileName;
    Services m_supported;
    bool m_updating = false;
};

} // namespace dexdesk
