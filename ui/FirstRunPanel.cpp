#include "FirstRunPanel.h"

#include "FormSupport.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace dexdesk {

FirstRunPanel::FirstRunPanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("firstRunPanel"));
    setFrameShape(QFrame::StyledPanel);
    // Palette roles, not fixed colours: it stays legible in dark and high-contrast palettes.
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("Getting started"), this);
    title->setObjectName(QStringLiteral("firstRunTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto *text = new QLabel(tr("No LEA is configured yet, so nothing is exchanged. To set up the exchange:\n"
                               "1. Check the data exchange profile and its URLs below.\n"
                               "2. Add your LEAs with the key and secret the agency gave you (Configure LEAs).\n"
                               "3. Press Test Connection, then Save, and turn the system On.\n"
                               "Just looking? The demo runs a local agency simulator with sample records in a "
                               "separate window and leaves your own settings alone (the same as \"dexdesk --demo\")."),
                            this);
    text->setObjectName(QStringLiteral("firstRunTextLabel"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    layout->addWidget(text);

    auto *buttons = new QHBoxLayout;
    m_configureButton = new QPushButton(tr("Configure LEAs…"), this);
    m_configureButton->setObjectName(QStringLiteral("firstRunConfigureLeasButton"));
    FormSupport::describe(m_configureButton, tr("Configure LEAs"),
                          tr("Opens the list of LEAs of the selected profile, where you add them."));
    auto *test = new QPushButton(tr("Test Connection"), this);
    test->setObjectName(QStringLiteral("firstRunTestConnectionButton"));
    FormSupport::describe(test, tr("Test Connection"),
                          tr("Checks that the agency's URLs answer, and each LEA's key and secret once added."));
    auto *demo = new QPushButton(tr("Start the Demo"), this);
    demo->setObjectName(QStringLiteral("firstRunDemoButton"));
    FormSupport::describe(demo, tr("Start the demo"),
                          tr("Opens a second DEX Desk window with a built-in agency simulator and sample records, in "
                             "a throwaway database."));
    buttons->addWidget(m_configureButton);
    buttons->addWidget(test);
    buttons->addWidget(demo);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_configureButton, &QPushButton::clicked, this, &FirstRunPanel::configureLeasRequested);
    connect(test, &QPushButton::clicked, this, &FirstRunPanel::testConnectionRequested);
    connect(demo, &QPushButton::clicked, this, &FirstRunPanel::demoRequested);
}

} // namespace dexdesk
