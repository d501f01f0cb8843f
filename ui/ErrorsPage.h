#pragma once

// The Errors section (SPEC §11): records the agency refused, that keep failing, wait on a
// dependency or are held back, grouped by cause with a count each; a cause's records a page at a
// time; a record's last request (token masked) and the agency's answer; Retry and Dismiss for one
// record or a whole cause. Every query runs on the page's own database thread.

#include "FailureGroups.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace dexdesk {

class EngineSupervisor;
class DatabaseWorker;

class ErrorsPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;
    static constexpr int kRefreshMs = 5000;

    explicit ErrorsPage(QWidget *parent = nullptr);

    void setDatabasePath(const QString &path);
    void setEngineSupervisor(EngineSupervisor *supervisor);

    const QList<FailureCause> &causes() const { return m_causes; }
    int loadedRecords() const { return int(m_records.size()); }
    // Masks a bearer token that an answer might echo; the publisher masks Authorization already.
    static QString masked(const QString &text);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showCauses(const QList<FailureCause> &causes, const QString &error);
    void causeSelected();
    void loadRecords(bool more);
    void showRecords(quint64 ticket, const QList<FailedRecord> &records, const QString &error, bool more);
    void recordSelected();
    void showDetail(const FailureDetail &detail, const QString &error);
    void act(bool retry, bool wholeCause);
    void updateButtons();
    bool hasCause() const { return m_selected.count > 0; }
    QList<RecordRef> selectedRecords() const;

    DatabaseWorker *m_worker = nullptr;
    EngineSupervisor *m_engine = nullptr;
    QTimer m_timer;
    bool m_reading = false;
    quint64 m_recordsTicket = 0;
    quint64 m_detailTicket = 0;
    QList<FailureCause> m_causes;
    FailureCause m_selected;
    QList<FailedRecord> m_records;

    QLabel *m_summaryLabel;
    QTableWidget *m_causesTable;
    QTableWidget *m_recordsTable;
    QLabel *m_recordsLabel;
    QPushButton *m_moreButton;
    QPlainTextEdit *m_messageText;
    QPlainTextEdit *m_requestText;
    QPlainTextEdit *m_responseText;
    QPushButton *m_retryButton;
    QPushButton *m_retryCauseButton;
    QPushButton *m_dismissButton;
    QPushButton *m_dismissCauseButton;
};

} // namespace dexdesk
