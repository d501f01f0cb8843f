#include "CommunicationSettingsBox.h"

#include "LeaListModel.h"
#include "SettingsSchema.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dexdesk {

namespace {

constexpr int kUrlMinimumWidth = 460;
constexpr int kUrlMaximumWidth = 640;

QWidget *addMessageRows(QFormLayout *form, const FormSupport::FieldMessages &messages)
{
    form->addRow(QString(), messages.error);
    form->addRow(QString(), messages.warning);
    return messages.error;
}

} // namespace

CommunicationSettingsBox::CommunicationSettingsBox(MnemonicAllocator &mnemonics, QWidget *parent)
    : QGroupBox(tr("Communication Settings"), parent)
{
    setObjectName(QStringLiteral("communicationGroup"));
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);

    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("communicationNoteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setTextFormat(Qt::RichText);
    m_noteLabel->setMaximumWidth(kUrlMaximumWidth + 200);
    m_form->addRow(m_noteLabel);

    m_dataUrlEdit = addUrlRow(CommunicationKey::DataUrl, QStringLiteral("dataUrl"), mnemonics, &m_dataUrlMessages);
    m_authUrlEdit = addUrlRow(CommunicationKey::AuthUrl, QStringLiteral("authUrl"), mnemonics, &m_authUrlMessages);

    const CommunicationField &years = SettingsSchema::communicationField(CommunicationKey::SchoolYears);
    m_schoolYearsRow = new QWidget(this);
    m_schoolYearsRow->setObjectName(QStringLiteral("schoolYearsRow"));
    m_schoolYearsRow->setAccessibleName(SettingsSchema::label(years.label));
    m_schoolYearsLayout = new QHBoxLayout(m_schoolYearsRow);
    m_schoolYearsLayout->setContentsMargins(0, 0, 0, 0);
    m_schoolYearsLayout->addStretch();
    m_schoolYearsLabel = new QLabel(mnemonics.take(SettingsSchema::label(years.label)) + QLatin1Char(':'), this);
    m_schoolYearsLabel->setObjectName(QStringLiteral("schoolYearsLabel"));
    m_schoolYearsLabel->setToolTip(SettingsSchema::help(years.help));
    m_form->addRow(m_schoolYearsLabel, m_schoolYearsRow);
    m_schoolYearsMessages = FormSupport::createMessageLabels(QStringLiteral("schoolYears"), this);
    addMessageRows(m_form, m_schoolYearsMessages);

    const CommunicationField &services = SettingsSchema::communicationField(CommunicationKey::ServiceOptions);
    auto *servicesRow = new QWidget(this);
    servicesRow->setObjectName(QStringLiteral("servicesRow"));
    auto *servicesLayout = new QHBoxLayout(servicesRow);
    servicesLayout->setContentsMargins(0, 0, 0, 0);
    const QMap<Service, QString> names = {{Service::DataChanges, QStringLiteral("dataChangesCheck")},
                                          {Service::Download, QStringLiteral("downloadCheck")},
                                          {Service::Publish, QStringLiteral("publishCheck")},
                                          {Service::UniqueId, QStringLiteral("uniqueIdCheck")}};
    for (Service s : allServices()) {
        auto *check = new QCheckBox(mnemonics.take(SettingsSchema::serviceLabel(s)), servicesRow);
        check->setObjectName(names.value(s));
        check->setAccessibleName(SettingsSchema::serviceLabel(s));
        servicesLayout->addWidget(check);
        m_serviceChecks.insert(s, check);
        connect(check, &QCheckBox::toggled, this, [this] {
            if (!m_updating)
                Q_EMIT edited();
        });
    }
    servicesLayout->addStretch();
    auto *servicesLabel = new QLabel(SettingsSchema::label(services.label) + QLatin1Char(':'), this);
    servicesLabel->setObjectName(QStringLiteral("servicesLabel"));
    servicesLabel->setToolTip(SettingsSchema::help(services.help));
    servicesLabel->setBuddy(m_serviceChecks.value(Service::DataChanges));
    m_form->addRow(servicesLabel, servicesRow);
    m_servicesMessages = FormSupport::createMessageLabels(QStringLiteral("services"), this);
    addMessageRows(m_form, m_servicesMessages);

    const CommunicationField &leas = SettingsSchema::communicationField(CommunicationKey::Leas);
    auto *leaRow = new QWidget(this);
    leaRow->setObjectName(QStringLiteral("leaSettingsRow"));
    auto *leaLayout = new QHBoxLayout(leaRow);
    leaLayout->setContentsMargins(0, 0, 0, 0);
    m_leaConfigureButton = new QPushButton(mnemonics.take(tr("Configure…")), leaRow);
    m_leaConfigureButton->setObjectName(QStringLiteral("leaConfigureButton"));
    FormSupport::describe(m_leaConfigureButton, tr("Configure LEAs"),
                          SettingsSchema::help(leas.help) + QLatin1Char(' ')
                              + tr("Opens the list of LEAs, where you add, edit or remove them."));
    m_leaSummaryLabel = new QLabel(leaRow);
    m_leaSummaryLabel->setObjectName(QStringLiteral("leaSummaryLabel"));
    leaLayout->addWidget(m_leaConfigureButton);
    leaLayout->addWidget(m_leaSummaryLabel);
    leaLayout->addStretch();
    auto *leaLabel = new QLabel(SettingsSchema::label(leas.label) + QLatin1Char(':'), this);
    leaLabel->setObjectName(QStringLiteral("leaSettingsLabel"));
    leaLabel->setBuddy(m_leaConfigureButton);
    leaLabel->setToolTip(SettingsSchema::help(leas.help));
    m_form->addRow(leaLabel, leaRow);
    m_leasMessages = FormSupport::createMessageLabels(QStringLiteral("leas"), this);
    addMessageRows(m_form, m_leasMessages);
    connect(m_leaConfigureButton, &QPushButton::clicked, this, &CommunicationSettingsBox::configureLeasRequested);
}

QLineEdit *CommunicationSettingsBox::addUrlRow(CommunicationKey key, const QString &objectName,
                                               MnemonicAllocator &mnemonics, FormSupport::FieldMessages *messages)
{
    const CommunicationField &f = SettingsSchema::communicationField(key);
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName + QStringLiteral("Edit"));
    edit->setMinimumWidth(kUrlMinimumWidth);
    edit->setMaximumWidth(kUrlMaximumWidth);
    FormSupport::enableClearButton(edit, SettingsSchema::label(f.label));
    edit->setPlaceholderText(QStringLiteral("https://"));
    FormSupport::describe(edit, SettingsSchema::label(f.label), SettingsSchema::help(f.help));
    auto *label = new QLabel(mnemonics.take(SettingsSchema::label(f.label)) + QLatin1Char(':'), this);
    label->setObjectName(objectName + QStringLiteral("Label"));
    label->setBuddy(edit);
    m_form->addRow(label, edit);
    *messages = FormSupport::createMessageLabels(objectName, this);
    addMessageRows(m_form, *messages);
    connect(edit, &QLineEdit::textEdited, this, [this] {
        if (!m_updating)
            Q_EMIT edited();
    });
    return edit;
}

void CommunicationSettingsBox::setProfile(const Profile &profile)
{
    m_profileName = profile.name;
    m_supported = profile.supportedServices;
    m_noteLabel->setText(tr("<b>Important:</b> all communication settings below, including the LEA settings, belong "
                            "to the profile <b>%1</b>. Check that this is the right profile before you change them.")
                             .arg(profile.name.toHtmlEscaped()));
    m_noteLabel->setAccessibleName(m_noteLabel->text().remove(QLatin1String("<b>")).remove(QLatin1String("</b>")));

    const QList<int> offered = profile.schoolYears;
    if (offered != m_yearChecks.keys()) {
        qDeleteAll(m_yearChecks);
        m_yearChecks.clear();
        const CommunicationField &years = SettingsSchema::communicationField(CommunicationKey::SchoolYears);
        for (int year : offered) {
            auto *check = new QCheckBox(schoolYearLabel(year), m_schoolYearsRow);
            check->setObjectName(QStringLiteral("schoolYear%1Check").arg(year));
            FormSupport::describe(check, tr("School year %1").arg(schoolYearLabel(year)),
                                  SettingsSchema::help(years.help));
            m_schoolYearsLayout->insertWidget(int(m_yearChecks.size()), check);
            m_yearChecks.insert(year, check);
            connect(check, &QCheckBox::toggled, this, [this] {
                if (!m_updating)
                    Q_EMIT edited();
            });
        }
        m_schoolYearsLabel->setBuddy(m_yearChecks.isEmpty() ? nullptr : m_yearChecks.first());
        // Keep the tab order in reading order after the rebuild.
        QWidget *previous = m_authUrlEdit;
        for (QCheckBox *check : std::as_const(m_yearChecks)) {
            setTabOrder(previous, check);
            previous = check;
        }
        for (Service s : allServices()) {
            setTabOrder(previous, m_serviceChecks.value(s));
            previous = m_serviceChecks.value(s);
        }
        setTabOrder(previous, m_leaConfigureButton);
    }
    updateServiceTips();
}

void CommunicationSettingsBox::updateServiceTips()
{
    for (Service s : allServices()) {
        QCheckBox *check = m_serviceChecks.value(s);
        const bool supported = m_supported.testFlag(s);
        check->setEnabled(supported || check->isChecked()); // a checked unsupported one can still be cleared
        QString tip = SettingsSchema::serviceHelp(s);
        if (!supported)
            tip = tr("The profile \"%1\" does not support the %2 service, so it cannot be selected.")
                      .arg(m_profileName, SettingsSchema::serviceLabel(s))
                + QLatin1Char(' ') + tip;
        check->setToolTip(tip);
        check->setAccessibleDescription(supported ? QString() : tr("Not supported by this profile"));
    }
}

void CommunicationSettingsBox::setValues(const CommunicationSettings &comm)
{
    m_updating = true;
    // Only touch the text when it differs, so the cursor stays where the user is typing.
    // (Compared trimmed: the editor holds the trimmed text while the user may still be typing a space.)
    if (m_dataUrlEdit->text().trimmed() != comm.dataUrl)
        m_dataUrlEdit->setText(comm.dataUrl);
    if (m_authUrlEdit->text().trimmed() != comm.authUrl)
        m_authUrlEdit->setText(comm.authUrl);
    for (auto it = m_yearChecks.cbegin(); it != m_yearChecks.cend(); ++it)
        it.value()->setChecked(comm.schoolYears.contains(it.key()));
    for (Service s : allServices())
        m_serviceChecks.value(s)->setChecked(comm.services.testFlag(s));
    m_leaSummaryLabel->setText(LeaListModel::summary(comm.leas));
    m_leaSummaryLabel->setAccessibleName(m_leaSummaryLabel->text());
    updateServiceTips();
    m_updating = false;
}

CommunicationSettings CommunicationSettingsBox::values(CommunicationSettings base) const
{
    base.dataUrl = m_dataUrlEdit->text().trimmed();
    base.authUrl = m_authUrlEdit->text().trimmed();
    base.schoolYears.clear();
    for (auto it = m_yearChecks.cbegin(); it != m_yearChecks.cend(); ++it) {
        if (it.value()->isChecked())
            base.schoolYears.append(it.key()); // QMap iterates in ascending year order
    }
    base.services = {};
    for (Service s : allServices()) {
        if (m_serviceChecks.value(s)->isChecked())
            base.services |= s;
    }
    return base;
}

void CommunicationSettingsBox::showIssues(const QList<ValidationIssue> &issues)
{
    FormSupport::showIssues(m_dataUrlMessages, m_dataUrlEdit, issues, CommunicationKey::DataUrl);
    FormSupport::showIssues(m_authUrlMessages, m_authUrlEdit, issues, CommunicationKey::AuthUrl);
    FormSupport::showIssues(m_schoolYearsMessages, m_schoolYearsRow, issues, CommunicationKey::SchoolYears);
    FormSupport::showIssues(m_servicesMessages, nullptr, issues, CommunicationKey::ServiceOptions);
    FormSupport::showIssues(m_leasMessages, m_leaConfigureButton, issues, CommunicationKey::Leas);
}

void CommunicationSettingsBox::setLeaConfigureEnabled(bool enabled)
{
    m_leaConfigureButton->setEnabled(enabled);
}

QWidget *CommunicationSettingsBox::lastControl() const
{
    return m_leaConfigureButton;
}

} // namespace dexdesk
