#pragma once

// The log viewer's rows: a bounded, newest-first window onto the log table. Pages of kPageRows are
// fetched on demand (canFetchMore/fetchMore as the view scrolls) with LogQuery's cursor, off the
// GUI thread through a DatabaseWorker; at most kMaxRows are held, whatever the table's size.

#include "LogQuery.h"
#include "LogRecord.h"

#include <QAbstractTableModel>
#include <QList>

#include <atomic>
#include <memory>

namespace dexdesk {

class DatabaseWorker;

class LogTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, LevelColumn, CategoryColumn, LeaColumn, MessageColumn, ColumnCount };
    static constexpr int kPageRows = 500;
    static constexpr int kMaxRows = 100000;

    explicit LogTableModel(QObject *parent = nullptr);

    void setWorker(DatabaseWorker *worker);
    // Drops the rows and starts over with `filter` (its limit and cursor are the model's own).
    void setFilter(const LogQuery &filter);
    const LogQuery &filter() const { return m_filter; }
    const LogRecord &record(int row) const { return m_rows.at(row); }
    // Stops the page being fetched (a long text search stops within one slice on the worker, so
    // the next query is not kept waiting); the rows found so far stay, no more are fetched until
    // the filter changes.
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    bool isLoading() const { return m_loading; }
    bool isComplete() const { return m_exhausted; } // every matching row is held
    bool isCapped() const { return !m_exhausted && m_rows.size() >= kMaxRows; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

    static QString levelText(LogLevel level);

Q_SIGNALS:
    void stateChanged(); // loading started or finished, rows arrived, an error

private:
    void request();
    void onLogsReady(quint64 ticket, const QList<LogRecord> &rows, const QString &error);

    DatabaseWorker *m_worker = nullptr;
    LogQuery m_filter;
    QList<LogRecord> m_rows;
    quint64 m_ticket = 0;
    bool m_started = false;
    bool m_loading = false;
    bool m_exhausted = false;
    bool m_cancelled = false;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false); // per filter
    QString m_error;
};

} // namespace dexdesk
