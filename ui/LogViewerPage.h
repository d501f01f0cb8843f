#pragma once

// The Logs section: level, category, LEA and time filters and a text search over the log table,
// newest first, in a bounded model that pages in the background (LogTableModel); copy selected
// lines, open the log folder. Nothing here queries the database on the GUI thread.

#include <QWidget>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace dexdesk {

class DatabaseWorker;
class LogQuery;
class LogTableModel;

class LogViewerPage : public QWidget
{
    Q_OBJECT
public:
    explicit LogViewerPage(QWidget *parent = nullptr);
    ~LogViewerPage() override;

    // The file the worker thread opens its own connection to; the first query runs when the page
    // is first shown.
    void setDatabasePath(const QString &path);
    LogTableModel *model() const { return m_model; }
    QString logDirectory() const;
    LogQuery query() const; // what the filters ask for now
    void refresh(); // runs the query for the current filters at once
    void cancelSearch(); // stops the query that is running; the rows found so far stay

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildFilters();
    void scheduleRefresh(); // debounced: typing does not start a query per key
    void updateStatus();
    void copySelection();
    void openLogFolder();

    DatabaseWorker *m_worker = nullptr;
    LogTableModel *m_model = nullptr;
    QComboBox *m_levelCombo = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QLineEdit *m_leaEdit = nullptr;
    QComboBox *m_sinceCombo = nullptr;
    QDateTimeEdit *m_sinceEdit = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace dexdesk
