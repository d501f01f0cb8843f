#include "LogTableModel.h"

#include "DatabaseWorker.h"
#include "Palettes.h"

#include <QBrush>
#include <QColor>
#include <QPointer>

namespace dexdesk {

LogTableModel::LogTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void LogTableModel::setWorker(DatabaseWorker *worker)
{
    m_worker = worker;
}

void LogTableModel::setFilter(const LogQuery &filter)
{
    // A search still running for the old filter would keep the worker busy: stop it.
    m_stop->store(true);
    m_stop = std::make_shared<std::atomic_bool>(false);
    m_cancelled = false;
    beginResetModel();
    m_filter = filter;
    m_filter.limit = kPageRows;
    m_filter.offset = 0;
    m_filter.before.reset();
    m_rows.clear();
    m_exhausted = false;
    m_loading = false;
    m_error.clear();
    m_started = true;
    ++m_ticket;
    endResetModel();
    if (m_worker)
        m_worker->supersede(m_ticket); // an older filter's pending page is not worth running
    request();
}

void LogTableModel::request()
{
    if (!m_worker || m_loading || m_exhausted || m_cancelled || isCapped())
        return;
    LogQuery query = m_filter;
    query.stopRequested = [stop = m_stop] { return stop->load(); };
    if (!m_rows.isEmpty())
        query.before = LogQuery::Cursor {m_rows.constLast().atMs, m_rows.constLast().id};
    m_loading = true;
    const quint64 ticket = m_ticket;
    m_worker->run<QList<LogRecord>>(
        ticket,
        [query](Database &database, QString *error) {
            QList<LogRecord> rows;
            bool cancelled = false;
            query.run(database.connection(), &rows, error, &cancelled);
            if (cancelled)
                error->clear(); // nobody waits for this answer: the model moved on
            return rows;
        },
        [model = QPointer<LogTableModel>(this), ticket](const QList<LogRecord> &rows, const QString &error) {
            if (model)
                model->onLogsReady(ticket, rows, error);
        });
    Q_EMIT stateChanged();
}

void LogTableModel::cancel()
{
    if (!m_loading)
        return;
    m_stop->store(true);
    ++m_ticket; // the answer of the stopped page is not shown
    if (m_worker)
        m_worker->supersede(m_ticket);
    m_loading = false;
    m_cancelled = true;
    Q_EMIT stateChanged();
}

void LogTableModel::onLogsReady(quint64 ticket, const QList<LogRecord> &rows, const QString &error)
{
    if (ticket != m_ticket)
        return; // the answer to a filter the user has since changed
    m_loading = false;
    m_error = error;
    if (!error.isEmpty() || rows.size() < kPageRows)
        m_exhausted = true;
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
    }
    Q_EMIT stateChanged();
}

int LogTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LogTableModel::levelText(LogLevel level)
{
    switch (level) {
    case LogLevel::Error:
        return tr("Error");
    case LogLevel::Warning:
        return tr("Warning");
    case LogLevel::Info:
        return tr("Info");
    case LogLevel::Diagnostic:
        return tr("Diagnostic");
    }
    return {};
}

QVariant LogTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const LogRecord &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return r.at().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case LevelColumn:
            return levelText(r.level);
        case CategoryColumn:
            return r.category;
        case LeaColumn:
            return r.lea;
        case MessageColumn:
            return r.message;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return r.message;
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return r.at().toString(Qt::ISODateWithMs);
    if (role == Qt::ForegroundRole && index.column() == LevelColumn) {
        if (r.level == LogLevel::Error)
            return QBrush(Palettes::errorColor());
        if (r.level == LogLevel::Warning)
            return QBrush(Palettes::warningColor());
    }
    return {};
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case CategoryColumn:
        return tr("Category");
    case LeaColumn:
        return tr("LEA");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

bool LogTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_started && !m_loading && !m_exhausted && !m_cancelled && !isCapped();
}

void LogTableModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        request();
}

} // namespace dexdesk
