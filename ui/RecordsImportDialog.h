#pragma once

// File ▸ Import Records from CSV…: choose the resource, the file, the school year and LEA for rows
// that do not name them, and whether the file is a full extract; the import runs on a worker
// thread with its own database connection, and the dialog lists the problems by line, or the counts.

#include "CsvImporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace dexdesk {

class DatabaseWorker;

class RecordsImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecordsImportDialog(QWidget *parent = nullptr);

    // The database file the worker opens its own connection to.
    void setDatabasePath(const QString &path) { m_databasePath = path; }
    bool isBusy() const { return m_importing; }

    void showDialog(); // shows, raises and focuses the (non-modal) dialog

Q_SIGNALS:
    void importFinished(bool ok); // for tests and the status bar

private:
    void browse();
    void startImport();
    void showResult(const CsvImportResult &result);
    void updateButtons();

    QString m_databasePath;
    QComboBox *m_resourceCombo = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QSpinBox *m_schoolYearSpin = nullptr;
    QLineEdit *m_leaEdit = nullptr;
    QCheckBox *m_replaceCheck = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPlainTextEdit *m_resultView = nullptr;
    QPushButton *m_importButton = nullptr;
    DatabaseWorker *m_worker = nullptr; // made for m_databasePath at the first import
    bool m_importing = false;
};

} // namespace dexdesk
