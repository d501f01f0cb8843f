#include "LeaEditDialog.h"

#include "FormSupport.h"
#include "Palettes.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace dexdesk {

LeaEditDialog::LeaEditDialog(const Lea *existing, Apply apply, QWidget *parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("leaEditDialog"));
    setWindowTitle(existing ? tr("Edit LEA %1").arg(existing->id) : tr("Add LEA"));
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(form);

    auto addRow = [&](const QString &label, QWidget *field) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        form->addRow(l, field);
    };

    m_idEdit = new QLineEdit(this);
    m_idEdit->setObjectName(QStringLiteral("leaIdEdit"));
    m_idEdit->setMaxLength(10);
    FormSupport::describe(m_idEdit, tr("LEA identifier"),
                          tr("The agency's number for the local education agency (localEducationAgencyId), up to "
                             "10 digits."));
    addRow(tr("LEA &ID:"), m_idEdit);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("leaNameEdit"));
    m_nameEdit->setMaxLength(75);
    FormSupport::describe(m_nameEdit, tr("LEA name"), tr("A name that helps you recognise the LEA (optional)."));
    addRow(tr("&Name:"), m_nameEdit);

    auto *enabledRow = new QWidget(this);
    auto *enabledLayout = new QHBoxLayout(enabledRow);
    enabledLayout->setContentsMargins(0, 0, 0, 0);
    m_enabledYesRadio = new QRadioButton(tr("&Yes"), enabledRow);
    m_enabledYesRadio->setObjectName(QStringLiteral("leaEnabledYesRadio"));
    m_enabledNoRadio = new QRadioButton(tr("N&o"), enabledRow);
    m_enabledNoRadio->setObjectName(QStringLiteral("leaEnabledNoRadio"));
    const QString enabledHelp = tr("Yes exchanges data for this LEA; No keeps it in the list but skips it.");
    FormSupport::describe(m_enabledYesRadio, tr("LEA Enabled: Yes"), enabledHelp);
    FormSupport::describe(m_enabledNoRadio, tr("LEA Enabled: No"), enabledHelp);
    auto *enabledGroup = new QButtonGroup(this);
    enabledGroup->addButton(m_enabledYesRadio);
    enabledGroup->addButton(m_enabledNoRadio);
    enabledLayout->addWidget(m_enabledYesRadio);
    enabledLayout->addWidget(m_enabledNoRadio);
    enabledLayout->addStretch();
    auto *enabledLabel = new QLabel(tr("LEA Enabled:"), this);
    enabledLabel->setToolTip(enabledHelp);
    form->addRow(enabledLabel, enabledRow);

    m_keyEdit = new QLineEdit(this);
    m_keyEdit->setObjectName(QStringLiteral("leaKeyEdit"));
    FormSupport::describe(m_keyEdit, tr("Authentication Key"),
                          tr("The key (client id) the agency issued to this LEA. It is not secret and is stored "
                             "with the settings."));
    addRow(tr("Authentication &Key:"), m_keyEdit);

    auto *secretRow = new QWidget(this);
    auto *secretLayout = new QHBoxLayout(secretRow);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    m_secretEdit = new QLineEdit(secretRow);
    m_secretEdit->setObjectName(QStringLiteral("leaSecretEdit"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    FormSupport::describe(m_secretEdit, tr("Authentication Secret"),
                          tr("The secret the agency issued with the key. It is stored only in the system keychain "
                             "when you save, never in the database or a file."));
    if (existing)
        m_secretEdit->setPlaceholderText(tr("Leave empty to keep the stored secret"));
    m_revealButton = new QToolButton(secretRow);
    m_revealButton->setObjectName(QStringLiteral("leaSecretRevealButton"));
    m_revealButton->setCheckable(true);
    m_revealButton->setText(tr("Show"));
    FormSupport::describe(m_revealButton, tr("Show the secret"),
                          tr("Shows or hides the secret you typed, to check it for mistakes."));
    connect(m_revealButton, &QToolButton::toggled, this, &LeaEditDialog::setRevealed);
    secretLayout->addWidget(m_secretEdit, 1);
    secretLayout->addWidget(m_revealButton);
    auto *secretLabel = new QLabel(tr("Authentication &Secret:"), this);
    secretLabel->setBuddy(m_secretEdit);
    form->addRow(secretLabel, secretRow);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("leaEditErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(Palettes::textStyle(Palettes::errorColor()));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("leaEditButtons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LeaEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LeaEditDialog::reject);
    layout->addWidget(m_buttons);

    if (existing) {
        m_idEdit->setText(existing->id);
        m_idEdit->setReadOnly(true);
        m_idEdit->setToolTip(tr("The identifier of an existing LEA cannot be changed, because its secret and its "
                                "records are filed under it. Remove the LEA and add it again to change it."));
        m_nameEdit->setText(existing->name);
        m_keyEdit->setText(existing->authKey);
    }
    (existing && !existing->enabled ? m_enabledNoRadio : m_enabledYesRadio)->setChecked(true);
    (existing ? m_nameEdit : m_idEdit)->setFocus();
}

LeaEditDialog::~LeaEditDialog()
{
    m_secretEdit->clear(); // do not leave the typed secret in a widget that outlives its use
}

Lea LeaEditDialog::lea() const
{
    Lea l;
    l.id = m_idEdit->text().trimmed();
    l.name = m_nameEdit->text().trimmed();
    l.enabled = m_enabledYesRadio->isChecked();
    l.authKey = m_keyEdit->text().trimmed();
    return l;
}

void LeaEditDialog::setRevealed(bool revealed)
{
    m_secretEdit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_revealButton->setText(revealed ? tr("Hide") : tr("Show"));
    m_revealButton->setAccessibleName(revealed ? tr("Hide the secret") : tr("Show the secret"));
}

void LeaEditDialog::accept()
{
    const QString problem = m_apply ? m_apply(lea(), m_secretEdit->text()) : QString();
    if (!problem.isEmpty()) {
        m_errorLabel->setText(problem);
        m_errorLabel->setAccessibleName(problem);
        m_errorLabel->show();
        return;
    }
    m_secretEdit->clear();
    QDialog::accept();
}

} // namespace dexdesk
