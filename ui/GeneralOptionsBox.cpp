#include "GeneralOptionsBox.h"

#include "FormSupport.h"
#include "ProfileRepository.h"
#include "SettingsSchema.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace dexdesk {

namespace {

QString fieldLabel(const SettingField &f)
{
    return SettingsSchema::label(f.label);
}

QString fieldHelp(const SettingField &f)
{
    return SettingsSchema::help(f.help);
}

// A combo box over a Choice field, items carrying the machine names.
void fillChoices(QComboBox *combo, const SettingField &f)
{
    for (const QString &choice : f.choices)
        combo->addItem(SettingsSchema::choiceLabel(f.id, choice), choice);
}

void selectData(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

constexpr int kComboWidth = 220;

} // namespace

GeneralOptionsBox::GeneralOptionsBox(MnemonicAllocator &mnemonics, QWidget *parent)
    : QGroupBox(tr("General Options"), parent)
{
    setObjectName(QStringLiteral("generalOptionsGroup"));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    // System Enabled: On / Off radios, the label's mnemonic jumps to the checked one.
    const SettingField &system = SettingsSchema::field(GeneralKey::SystemEnabled);
    auto *systemRow = new QWidget(this);
    systemRow->setObjectName(QStringLiteral("systemEnabledRow"));
    auto *systemLayout = new QHBoxLayout(systemRow);
    systemLayout->setContentsMargins(0, 0, 0, 0);
    auto *systemLabel = new QLabel(mnemonics.take(fieldLabel(system)) + QLatin1Char(':'), this);
    systemLabel->setObjectName(QStringLiteral("systemEnabledLabel"));
    m_systemOnRadio = new QRadioButton(tr("On"), systemRow);
    m_systemOnRadio->setObjectName(QStringLiteral("systemEnabledOnRadio"));
    m_systemOffRadio = new QRadioButton(tr("Off"), systemRow);
    m_systemOffRadio->setObjectName(QStringLiteral("systemEnabledOffRadio"));
    FormSupport::describe(m_systemOnRadio, tr("%1: On").arg(fieldLabel(system)), fieldHelp(system));
    FormSupport::describe(m_systemOffRadio, tr("%1: Off").arg(fieldLabel(system)), fieldHelp(system));
    m_systemGroup = new QButtonGroup(this);
    m_systemGroup->addButton(m_systemOnRadio);
    m_systemGroup->addButton(m_systemOffRadio);
    systemLayout->addWidget(m_systemOnRadio);
    systemLayout->addWidget(m_systemOffRadio);
    systemLayout->addStretch();
    systemLabel->setBuddy(m_systemOffRadio);
    form->addRow(systemLabel, systemRow);

    // Logging options: Errors is shown checked and locked, the others are plain checkboxes.
    m_loggingRow = new QWidget(this);
    m_loggingRow->setObjectName(QStringLiteral("loggingOptionsRow"));
    auto *loggingLayout = new QHBoxLayout(m_loggingRow);
    loggingLayout->setContentsMargins(0, 0, 0, 0);
    m_errorsCheck = addLogCheck(GeneralKey::LogErrors, QStringLiteral("errorsCheck"), mnemonics);
    m_warningsCheck = addLogCheck(GeneralKey::LogWarnings, QStringLiteral("warningsCheck"), mnemonics);
    m_infoCheck = addLogCheck(GeneralKey::LogInfo, QStringLiteral("infoCheck"), mnemonics);
    m_diagnosticCheck = addLogCheck(GeneralKey::LogDiagnostic, QStringLiteral("diagnosticCheck"), mnemonics);
    const SettingField &errors = SettingsSchema::field(GeneralKey::LogErrors);
    m_errorsCheck->setChecked(errors.defaultValue.toBool());
    m_errorsCheck->setEnabled(!errors.locked);
    loggingLayout->addStretch();
    auto *loggingLabel = new QLabel(tr("Logging Options:"), this);
    loggingLabel->setObjectName(QStringLiteral("loggingOptionsLabel"));
    loggingLabel->setToolTip(tr("Which kinds of messages are recorded in the database and the log files. Keep "
                                "the defaults unless support asks you to record more."));
    form->addRow(loggingLabel, m_loggingRow);

    auto addComboRow = [&](GeneralKey key, const QString &objectName) {
        const SettingField &f = SettingsSchema::field(key);
        auto *combo = new QComboBox(this);
        combo->setObjectName(objectName);
        fillChoices(combo, f);
        combo->setMinimumWidth(kComboWidth);
        FormSupport::describe(combo, fieldLabel(f), fieldHelp(f));
        auto *label = new QLabel(mnemonics.take(fieldLabel(f)) + QLatin1Char(':'), this);
        label->setObjectName(objectName + QStringLiteral("Label"));
        label->setBuddy(combo);
        form->addRow(label, combo);
        connect(combo, &QComboBox::activated, this, [this] {
            if (!m_updating)
                Q_EMIT edited();
        });
        return combo;
    };
    m_frequencyCombo = addComboRow(GeneralKey::JobFrequency, QStringLiteral("jobFrequencyCombo"));
    m_purgeCombo = addComboRow(GeneralKey::PurgePolicy, QStringLiteral("purgePolicyCombo"));

    const SettingField &connections = SettingsSchema::field(GeneralKey::SimultaneousConnections);
    m_connectionsSpin = new QSpinBox(this);
    m_connectionsSpin->setObjectName(QStringLiteral("simultaneousConnectionsSpin"));
    m_connectionsSpin->setRange(connections.minimum, connections.maximum);
    m_connectionsSpin->setMinimumWidth(90);
    FormSupport::describe(m_connectionsSpin, fieldLabel(connections), fieldHelp(connections));
    auto *connectionsRow = new QWidget(this);
    auto *connectionsLayout = new QHBoxLayout(connectionsRow);
    connectionsLayout->setContentsMargins(0, 0, 0, 0);
    connectionsLayout->addWidget(m_connectionsSpin);
    auto *recommended = new QLabel(tr("Recommended: %1").arg(connections.defaultValue.toInt()), connectionsRow);
    recommended->setObjectName(QStringLiteral("simultaneousConnectionsHint"));
    recommended->setEnabled(false); // the platform's muted text colour
    connectionsLayout->addWidget(recommended);
    connectionsLayout->addStretch();
    auto *connectionsLabel = new QLabel(mnemonics.take(fieldLabel(connections)) + QLatin1Char(':'), this);
    connectionsLabel->setObjectName(QStringLiteral("simultaneousConnectionsLabel"));
    connectionsLabel->setBuddy(m_connectionsSpin);
    form->addRow(connectionsLabel, connectionsRow);
    m_connectionsMessages = FormSupport::createMessageLabels(QStringLiteral("simultaneousConnections"), this);
    form->addRow(QString(), m_connectionsMessages.error);
    form->addRow(QString(), m_connectionsMessages.warning);
    connect(m_connectionsSpin, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating)
            Q_EMIT edited();
    });

    const SettingField &profile = SettingsSchema::field(GeneralKey::Profile);
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profileCombo->setMinimumWidth(kComboWidth + 120);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    FormSupport::describe(m_profileCombo, fieldLabel(profile), fieldHelp(profile));
    auto *profileLabel = new QLabel(mnemonics.take(fieldLabel(profile)) + QLatin1Char(':'), this);
    profileLabel->setObjectName(QStringLiteral("profileLabel"));
    profileLabel->setBuddy(m_profileCombo);
    form->addRow(profileLabel, m_profileCombo);
    m_profileMessages = FormSupport::createMessageLabels(QStringLiteral("profile"), this);
    form->addRow(QString(), m_profileMessages.error);
    form->addRow(QString(), m_profileMessages.warning);
    connect(m_profileCombo, &QComboBox::activated, this, [this](int index) {
        if (!m_updating)
            Q_EMIT profileChosen(m_profileCombo->itemData(index).toString());
    });

    const QList<QAbstractButton *> buttons
        = {m_systemOnRadio, m_systemOffRadio, m_warningsCheck, m_infoCheck, m_diagnosticCheck};
    for (QAbstractButton *b : buttons) {
        connect(b, &QAbstractButton::toggled, this, [this] {
            if (!m_updating)
                Q_EMIT edited();
        });
    }
}

QCheckBox *GeneralOptionsBox::addLogCheck(GeneralKey key, const QString &objectName, MnemonicAllocator &mnemonics)
{
    const SettingField &f = SettingsSchema::field(key);
    auto *check = new QCheckBox(f.locked ? fieldLabel(f) : mnemonics.take(fieldLabel(f)), m_loggingRow);
    check->setObjectName(objectName);
    FormSupport::describe(check, tr("Log %1").arg(fieldLabel(f)), fieldHelp(f));
    m_loggingRow->layout()->addWidget(check);
    return check;
}

void GeneralOptionsBox::setProfiles(const ProfileRepository &profiles)
{
    const QString current = m_profileCombo->currentData().toString();
    QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (const Profile &p : profiles.profiles()) {
        m_profileCombo->addItem(p.name, p.id);
        m_profileCombo->setItemData(m_profileCombo->count() - 1, p.description, Qt::ToolTipRole);
    }
    selectData(m_profileCombo, current);
}

void GeneralOptionsBox::setValues(const GeneralSettings &general)
{
    m_updating = true;
    m_systemOnRadio->setChecked(general.systemEnabled);
    m_systemOffRadio->setChecked(!general.systemEnabled);
    m_warningsCheck->setChecked(general.logWarnings);
    m_infoCheck->setChecked(general.logInfo);
    m_diagnosticCheck->setChecked(general.logDiagnostic);
    selectData(m_frequencyCombo, frequencyName(general.frequency));
    selectData(m_purgeCombo, purgePolicyName(general.purgePolicy));
    m_connectionsSpin->setValue(general.simultaneousConnections);
    if (!general.profileId.isEmpty())
        selectData(m_profileCombo, general.profileId);
    m_updating = false;
}

GeneralSettings GeneralOptionsBox::values(GeneralSettings base) const
{
    base.systemEnabled = m_systemOnRadio->isChecked();
    base.logWarnings = m_warningsCheck->isChecked();
    base.logInfo = m_infoCheck->isChecked();
    base.logDiagnostic = m_diagnosticCheck->isChecked();
    frequencyFromName(m_frequencyCombo->currentData().toString(), &base.frequency);
    purgePolicyFromName(m_purgeCombo->currentData().toString(), &base.purgePolicy);
    base.simultaneousConnections = m_connectionsSpin->value();
    return base;
}

QString GeneralOptionsBox::chosenProfileId() const
{
    return m_profileCombo->currentData().toString();
}

void GeneralOptionsBox::showIssues(const QList<ValidationIssue> &issues)
{
    FormSupport::showIssues(m_connectionsMessages, m_connectionsSpin, issues, GeneralKey::SimultaneousConnections);
    FormSupport::showIssues(m_profileMessages, m_profileCombo, issues, GeneralKey::Profile);
}

void GeneralOptionsBox::setProfileChoiceEnabled(bool enabled)
{
    m_profileCombo->setEnabled(enabled);
}

QWidget *GeneralOptionsBox::firstControl() const
{
    return m_systemOnRadio;
}

QWidget *GeneralOptionsBox::lastControl() const
{
    return m_profileCombo;
}

} // namespace dexdesk
