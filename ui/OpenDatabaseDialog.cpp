#include "OpenDatabaseDialog.h"

#include "Prompt.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dexdesk {

OpenDatabaseDialog::OpenDatabaseDialog(const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_current(current)
{
    setObjectName(QStringLiteral("openDatabaseDialog"));
    setWindowTitle(tr("Open Database"));
    auto *column = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("DEX Desk keeps its settings, records, queue and logs in one database: an SQLite file, or a "
           "PostgreSQL server for a district that runs the engine on a server. The window restarts with the "
           "database you open."),
        this);
    intro->setWordWrap(true);
    column->addWidget(intro);

    auto *form = new QFormLayout;
    auto *currentLabel = new QLabel(QDir::toNativeSeparators(current), this);
    currentLabel->setObjectName(QStringLiteral("currentDatabaseLabel"));
    currentLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    currentLabel->setWordWrap(true);
    form->addRow(tr("Open now:"), currentLabel);

    auto *row = new QHBoxLayout;
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("databaseLocationEdit"));
    m_edit->setAccessibleName(tr("Database file or PostgreSQL URL"));
    m_edit->setPlaceholderText(tr("/path/to/dexdesk.sqlite or postgresql://user@host:5432/dexdesk"));
    m_edit->setToolTip(tr("An SQLite database file, or postgresql://user@host:port/database. The password is "
                          "never part of the URL: PostgreSQL's client library reads it from ~/.pgpass, "
                          "PGPASSFILE or a service file."));
    m_edit->setMinimumWidth(420);
    row->addWidget(m_edit, 1);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseDatabaseButton"));
    browse->setToolTip(tr("Choose an SQLite database file."));
    row->addWidget(browse);
    auto *editLabel = new QLabel(tr("&Database:"), this);
    editLabel->setBuddy(m_edit);
    form->addRow(editLabel, row);
    column->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("databaseProblemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel#databaseProblemLabel { color: #b00020; }"));
    m_problem->hide();
    column->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_open = buttons->button(QDialogButtonBox::Open);
    m_open->setObjectName(QStringLiteral("openDatabaseButton"));
    m_open->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelOpenDatabaseButton"));
    column->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &OpenDatabaseDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenDatabaseDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_open->setEnabled(!text.trimmed().isEmpty());
        showProblem({});
    });
}

void OpenDatabaseDialog::browse()
{
    const QString start = DatabaseLocation::looksLikeUrl(m_current) ? QDir::homePath() : m_current;
    const QString file = Prompt::getOpenFileName(this, tr("Open an SQLite Database"), start,
                                                 tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    if (!file.isEmpty())
        m_edit->setText(QDir::toNativeSeparators(file));
}

void OpenDatabaseDialog::tryAccept()
{
    const QString text = m_edit->text().trimmed();
    DatabaseLocation location;
    QString error;
    if (!DatabaseLocation::parse(text, &location, &error)) {
        // The same words as `dexdesk --database` and `dexdesk-cli --database`; never the password.
        m_edit->clear();
        showProblem(error);
        return;
    }
    if (location.toString() == m_current) {
        showProblem(tr("This database is open already. Choose another file or URL, or Cancel."));
        return;
    }
    if (!location.isPostgreSQL()) {
        const QFileInfo file(location.filePath());
        if (file.exists() && !file.isFile()) {
            showProblem(tr("%1 is a folder. Choose a database file in it, or type a new file name to start a new "
                           "database.")
                            .arg(QDir::toNativeSeparators(location.filePath())));
            return;
        }
        if (!file.exists() && !QFileInfo(file.absolutePath()).isDir()) {
            showProblem(tr("The folder %1 does not exist. Choose an existing folder.")
                            .arg(QDir::toNativeSeparators(file.absolutePath())));
            return;
        }
    }
    m_location = location;
    accept();
}

void OpenDatabaseDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setAccessibleName(text);
    m_problem->setVisible(!text.isEmpty());
}

} // namespace dexdesk
