#include "TestConnectionDialog.h"

#include "ConnectionTest.h"
#include "ConnectionTestInput.h"
#include "Palettes.h"
#include "Profile.h"
#include "SettingsEditor.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dexdesk {

namespace {

enum Column { StepColumn, LeaColumn, TimeColumn, DetailColumn };

QIcon outcomeIcon(TestStep::Outcome o)
{
    QStyle *style = QApplication::style();
    switch (o) {
    case TestStep::Outcome::Pass:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case TestStep::Outcome::Warn:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case TestStep::Outcome::Fail:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case TestStep::Outcome::Skipped:
        return style->standardIcon(QStyle::SP_MediaSkipForward);
    }
    return {};
}

QString outcomeText(TestStep::Outcome o)
{
    switch (o) {
    case TestStep::Outcome::Pass:
        return TestConnectionDialog::tr("Passed");
    case TestStep::Outcome::Warn:
        return TestConnectionDialog::tr("Warning");
    case TestStep::Outcome::Fail:
        return TestConnectionDialog::tr("Failed");
    case TestStep::Outcome::Skipped:
        return TestConnectionDialog::tr("Skipped");
    }
    return {};
}

} // namespace

TestConnectionDialog::TestConnectionDialog(const SettingsEditor *editor, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_secrets(secrets)
    , m_test(new ConnectionTest(this))
{
    setObjectName(QStringLiteral("testConnectionDialog"));
    setWindowTitle(tr("Test Connection"));
    resize(900, 460);

    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("testConnectionHeadline"));
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("testConnectionSteps"));
    m_steps->setAccessibleName(tr("Test Connection steps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setUniformRowHeights(false);
    m_steps->setWordWrap(true);
    m_steps->setHeaderLabels({tr("Step"), tr("LEA"), tr("Time"), tr("What was found")});
    m_steps->header()->setSectionResizeMode(StepColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(LeaColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_steps->header()->setStretchLastSection(true);
    layout->addWidget(m_steps, 1);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("testConnectionVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setAccessibleName(tr("Verdict"));
    layout->addWidget(m_verdict);

    auto *buttons = new QDialogButtonBox(this);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("testConnectionCancelButton"));
    m_cancelButton->setToolTip(tr("Stops the test; nothing is changed."));
    m_againButton = buttons->addButton(tr("Test &Again"), QDialogButtonBox::ActionRole);
    m_againButton->setObjectName(QStringLiteral("testConnectionAgainButton"));
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("testConnectionCloseButton"));
    layout->addWidget(buttons);

    connect(m_cancelButton, &QPushButton::clicked, m_test, &ConnectionTest::cancel);
    connect(m_againButton, &QPushButton::clicked, this, &TestConnectionDialog::start);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_test, &ConnectionTest::stepFinished, this, &TestConnectionDialog::addStep);
    connect(m_test, &ConnectionTest::finished, this, &TestConnectionDialog::finish);
    setRunning(false);
}

bool TestConnectionDialog::isRunning() const
{
    return m_gathering || m_test->isRunning();
}

void TestConnectionDialog::start()
{
    if (isRunning())
        return;
    const Profile *profile = m_editor->selectedProfile();
    if (!profile)
        return;
    m_steps->clear();
    m_verdict->clear();
    m_headline->setText(
        tr("Testing <b>%1</b> with the values on screen (saved or not)…").arg(profile->name.toHtmlEscaped()));
    m_gathering = true;
    setRunning(true);
    // The keychain answers asynchronously; the window keeps drawing meanwhile.
    ConnectionTestInput::gather(*m_editor, *m_secrets, profile->id, {}, this,
                                [this](const TestConnectionInput &input, const QString &error) {
                                    m_gathering = false;
                                    if (!error.isEmpty()) {
                                        TestReport report;
                                        report.verdict = error;
                                        finish(report);
                                        return;
                                    }
                                    m_test->start(input);
                                });
}

void TestConnectionDialog::addStep(const TestStep &step)
{
    auto *item = new QTreeWidgetItem(m_steps);
    item->setIcon(StepColumn, outcomeIcon(step.outcome));
    item->setText(StepColumn, step.title);
    item->setToolTip(StepColumn, outcomeText(step.outcome));
    item->setData(StepColumn, Qt::AccessibleTextRole,
                  QString(outcomeText(step.outcome) + QStringLiteral(": ") + step.title));
    item->setText(LeaColumn, step.lea);
    item->setText(TimeColumn, tr("%1 ms").arg(step.elapsedMs));
    item->setText(DetailColumn, step.detail);
    item->setToolTip(DetailColumn, step.detail);
    m_steps->scrollToItem(item);
}

void TestConnectionDialog::finish(const TestReport &report)
{
    setRunning(false);
    const QString icon = report.passed ? QStringLiteral("✔ ") : report.cancelled ? QString() : QStringLiteral("✖ ");
    m_verdict->setText(icon + report.verdict);
    const QString weight = QStringLiteral(" font-weight: bold;");
    m_verdict->setStyleSheet(report.passed          ? Palettes::textStyle(Palettes::successColor()) + weight
                                 : report.cancelled ? QString()
                                                    : Palettes::textStyle(Palettes::errorColor()) + weight);
    m_headline->setText(report.passed          ? tr("Test finished: the connection works.")
                            : report.cancelled ? tr("Test cancelled.")
                                               : tr("Test finished: there is a problem to fix."));
    Q_EMIT reportReady(report);
}

void TestConnectionDialog::setRunning(bool running)
{
    m_cancelButton->setVisible(running);
    m_againButton->setVisible(!running);
    m_closeButton->setVisible(!running);
    if (running) {
        m_cancelButton->setFocus();
    } else {
        // The focused Cancel button has just gone: put the keyboard on Close, not on whatever follows.
        m_closeButton->setDefault(true);
        m_closeButton->setFocus();
    }
}

void TestConnectionDialog::reject()
{
    if (m_test->isRunning())
        m_test->cancel();
    QDialog::reject();
}

} // namespace dexdesk
