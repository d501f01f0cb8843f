#include "RecordsImportDialog.h"

#include "Database.h"
#include "DatabaseWorker.h"
#include "Prompt.h"
#include "RecordSchema.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcRecordsImport, "dexdesk.ui.records")

namespace dexdesk {

namespace {

// The school year that is running now (or about to start): it ends in the next calendar year
// from August on.
int currentSchoolYear()
{
    const QDate today = QDate::currentDate();
    return today.month() >= 8 ? today.year() + 1 : today.year();
}

} // namespace

RecordsImportDialog::RecordsImportDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("recordsImportDialog"));
    setWindowTitle(tr("Import Records from CSV"));
    resize(720, 520);

    m_resourceCombo = new QComboBox(this);
    m_resourceCombo->setObjectName(QStringLiteral("recordsResourceCombo"));
    for (const RecordTable &t : RecordSchema::tables())
        m_resourceCombo->addItem(t.resource, t.resource);
    m_resourceCombo->setCurrentIndex(m_resourceCombo->findData(QStringLiteral("students")));
    m_resourceCombo->setToolTip(tr("The Ed-Fi resource the file holds. Its header names the resource's columns."));

    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("recordsFileEdit"));
    m_fileEdit->setPlaceholderText(tr("A CSV file (UTF-8, comma separated, a header line)"));
    m_fileEdit->setAccessibleName(tr("CSV file"));
    m_fileEdit->setAccessibleDescription(m_fileEdit->placeholderText());
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setObjectName(QStringLiteral("recordsBrowseButton"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);

    m_schoolYearSpin = new QSpinBox(this);
    m_schoolYearSpin->setObjectName(QStringLiteral("recordsSchoolYearSpin"));
    m_schoolYearSpin->setRange(1900, 2100);
    m_schoolYearSpin->setValue(currentSchoolYear());
    m_schoolYearSpin->setToolTip(
        tr("For rows without a school_year column: the year in which the school year ends. A column wins."));

    m_leaEdit = new QLineEdit(this);
    m_leaEdit->setObjectName(QStringLiteral("recordsLeaEdit"));
    m_leaEdit->setPlaceholderText(tr("e.g. 255901"));
    m_leaEdit->setToolTip(tr("For rows without an lea_id column: the LEA the records belong to. A column wins."));

    m_replaceCheck = new QCheckBox(tr("&Replace: delete rows not in the file"), this);
    m_replaceCheck->setObjectName(QStringLiteral("recordsReplaceCheck"));
    m_replaceCheck->setToolTip(tr("The file is a full extract: stored records of its school years that it lacks are "
                                  "deleted (and the agency is told)."));

    auto *form = new QFormLayout;
    form->addRow(tr("Re&source:"), m_resourceCombo);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("School &year:"), m_schoolYearSpin);
    form->addRow(tr("&LEA:"), m_leaEdit);
    form->addRow(QString(), m_replaceCheck);

    m_statusLabel = new QLabel(tr("The whole file is checked first; if anything is wrong, nothing changes."), this);
    m_statusLabel->setObjectName(QStringLiteral("recordsStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_resultView = new QPlainTextEdit(this);
    m_resultView->setObjectName(QStringLiteral("recordsResultView"));
    m_resultView->setReadOnly(true);
    m_resultView->setAccessibleName(tr("Import result"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("recordsImportButton"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("recordsCloseButton"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_resultView, 1);
    layout->addWidget(buttons);

    connect(m_browseButton, &QPushButton::clicked, this, &RecordsImportDialog::browse);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &RecordsImportDialog::updateButtons);
    // Import does not close the dialog: the user reads the result here.
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordsImportDialog::startImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void RecordsImportDialog::showDialog()
{
    show();
    raise();
    activateWindow();
}

void RecordsImportDialog::browse()
{
    const QString file = Prompt::getOpenFileName(this, tr("Import Records from CSV"), m_fileEdit->text(),
                                                 tr("CSV files (*.csv);;All files (*)"));
    if (!file.isEmpty())
        m_fileEdit->setText(QDir::toNativeSeparators(file));
}

void RecordsImportDialog::updateButtons()
{
    const bool busy = isBusy();
    m_importButton->setEnabled(!busy && !m_fileEdit->text().trimmed().isEmpty());
    for (QWidget *w : {static_cast<QWidget *>(m_resourceCombo), static_cast<QWidget *>(m_fileEdit),
                       static_cast<QWidget *>(m_browseButton), static_cast<QWidget *>(m_schoolYearSpin),
                       static_cast<QWidget *>(m_leaEdit), static_cast<QWidget *>(m_replaceCheck)})
        w->setEnabled(!busy);
}

void RecordsImportDialog::startImport()
{
    if (isBusy())
        return;
    const QString resource = m_resourceCombo->currentData().toString();
    const QString file = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    CsvImportOptions options;
    options.schoolYear = m_schoolYearSpin->value();
    options.leaId = m_leaEdit->text().trimmed();
    options.replace = m_replaceCheck->isChecked();

    m_resultView->clear();
    m_statusLabel->setText(tr("Checking and importing %1…").arg(QDir::toNativeSeparators(file)));
    qCInfo(lcRecordsImport).noquote() << "importing" << file << "into" << resource;
    // A large file takes seconds: the worker has its own connection, the window stays responsive.
    if (m_worker && m_worker->databasePath() != m_databasePath) {
        delete m_worker; // idle: isBusy() said so
        m_worker = nullptr;
    }
    if (!m_worker)
        m_worker = new DatabaseWorker(m_databasePath, QStringLiteral("dexdesk-records-import"), this);
    m_importing = true;
    m_worker->run<CsvImportResult>(
        [resource, file, options](Database &database, QString *) {
            return CsvImporter(database.connection()).importFile(resource, file, options);
        },
        [this](CsvImportResult result, const QString &openError) {
            m_importing = false;
            if (!openError.isEmpty()) {
                result = {};
                result.errorCount = 1;
                result.errors.append({0, {}, openError});
            }
            showResult(result);
        });
    updateButtons();
}

void RecordsImportDialog::showResult(const CsvImportResult &result)
{
    const QString resource = m_resourceCombo->currentData().toString();
    if (result.ok) {
        m_statusLabel->setText(tr("Imported into %1.").arg(resource));
        m_resultView->setPlainText(result.summary());
        qCInfo(lcRecordsImport).noquote() << "imported into" << resource << result.summary();
    } else {
        m_statusLabel->setText(
            tr("The file was not imported; nothing was changed. Fix these problems and import it again:"));
        m_resultView->setPlainText(result.messages().join(QLatin1Char('\n')));
        qCWarning(lcRecordsImport).noquote()
            << "import into" << resource << "refused:" << result.messages().join(QStringLiteral("; "));
    }
    updateButtons();
    Q_EMIT importFinished(result.ok);
}

} // namespace dexdesk
