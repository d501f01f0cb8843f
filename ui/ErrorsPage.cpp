#include "ErrorsPage.h"

#include "DatabaseWorker.h"
#include "EngineSupervisor.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dexdesk {

namespace {

enum CauseColumn { CauseResource, CauseState, CauseStatus, CauseText, CauseCount, CauseColumns };
enum RecordColumn { RecordYear, RecordKey, RecordLea, RecordAttempts, RecordLastTry, RecordColumns };

QTableWidget *makeTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QPlainTextEdit *makeText(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *text = new QPlainTextEdit(parent);
    text->setObjectName(objectName);
    text->setReadOnly(true);
    text->setPlaceholderText(placeholder);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return text;
}

QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat)
                  : QString();
}

} // namespace

ErrorsPage::ErrorsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("errorsPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Errors"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("errorsSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    layout->addWidget(m_summaryLabel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_causesTable = makeTable(QStringLiteral("errorCausesTable"),
                              {tr("Resource"), tr("State"), tr("HTTP"), tr("Cause"), tr("Records")}, splitter);
    m_causesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_causesTable->setAccessibleName(tr("Failure causes"));
    m_causesTable->setAccessibleDescription(tr("Failed records grouped by cause; select one to list its records."));
    m_causesTable->horizontalHeader()->setSectionResizeMode(CauseText, QHeaderView::Stretch);
    splitter->addWidget(m_causesTable);

    auto *recordsBox = new QWidget(splitter);
    auto *recordsLayout = new QVBoxLayout(recordsBox);
    recordsLayout->setContentsMargins(0, 0, 0, 0);
    auto *recordsSplitter = new QSplitter(Qt::Horizontal, recordsBox);
    auto *listBox = new QWidget(recordsSplitter);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_recordsTable = makeTable(QStringLiteral("errorRecordsTable"),
                               {tr("Year"), tr("Record"), tr("LEA"), tr("Attempts"), tr("Last try")}, listBox);
    m_recordsTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_recordsTable->setAccessibleName(tr("Failed records of the selected cause"));
    m_recordsTable->horizontalHeader()->setSectionResizeMode(RecordKey, QHeaderView::Stretch);
    listLayout->addWidget(m_recordsTable);
    auto *pageRow = new QHBoxLayout;
    m_recordsLabel = new QLabel(listBox);
    m_recordsLabel->setObjectName(QStringLiteral("errorRecordsLabel"));
    pageRow->addWidget(m_recordsLabel, 1);
    m_moreButton = new QPushButton(tr("Show More"), listBox);
    m_moreButton->setObjectName(QStringLiteral("errorMoreRecordsButton"));
    m_moreButton->setToolTip(tr("Lists the next %1 records of this cause.").arg(kPageSize));
    connect(m_moreButton, &QPushButton::clicked, this, [this] { loadRecords(true); });
    pageRow->addWidget(m_moreButton);
    listLayout->addLayout(pageRow);
    recordsSplitter->addWidget(listBox);

    auto *detailSplitter = new QSplitter(Qt::Vertical, recordsSplitter);
    m_messageText = makeText(QStringLiteral("errorMessageText"), tr("What the agency said about the selected record."),
                             detailSplitter);
    m_requestText
        = makeText(QStringLiteral("errorRequestText"),
                   tr("The last request for the selected record (its token is never shown)."), detailSplitter);
    m_responseText
        = makeText(QStringLiteral("errorResponseText"), tr("The agency's answer to that request."), detailSplitter);
    m_messageText->setAccessibleName(tr("Agency message"));
    m_requestText->setAccessibleName(tr("Last request"));
    m_responseText->setAccessibleName(tr("Agency response"));
    detailSplitter->addWidget(m_messageText);
    detailSplitter->addWidget(m_requestText);
    detailSplitter->addWidget(m_responseText);
    recordsSplitter->addWidget(detailSplitter);
    recordsSplitter->setStretchFactor(0, 1);
    recordsSplitter->setStretchFactor(1, 1);
    recordsLayout->addWidget(recordsSplitter, 1);
    splitter->addWidget(recordsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("errorRefreshButton"));
    connect(refreshButton, &QPushButton::clicked, this, &ErrorsPage::refresh);
    buttons->addWidget(refreshButton);
    buttons->addStretch(1);
    m_retryButton = new QPushButton(tr("Retry"), this);
    m_retryButton->setObjectName(QStringLiteral("errorRetryButton"));
    m_retryButton->setToolTip(tr("Sends the selected records again."));
    m_retryCauseButton = new QPushButton(tr("Retry All of This Cause"), this);
    m_retryCauseButton->setObjectName(QStringLiteral("errorRetryCauseButton"));
    m_retryCauseButton->setToolTip(tr("Sends every record of the selected cause again, once you fixed the cause."));
    m_dismissButton = new QPushButton(tr("Dismiss"), this);
    m_dismissButton->setObjectName(QStringLiteral("errorDismissButton"));
    m_dismissButton->setToolTip(
        tr("Sets the selected records aside: they are not sent until they change or you retry them."));
    m_dismissCauseButton = new QPushButton(tr("Dismiss All of This Cause"), this);
    m_dismissCauseButton->setObjectName(QStringLiteral("errorDismissCauseButton"));
    m_dismissCauseButton->setToolTip(tr("Sets every record of the selected cause aside."));
    for (QPushButton *b : {m_retryButton, m_retryCauseButton, m_dismissButton, m_dismissCauseButton})
        buttons->addWidget(b);
    connect(m_retryButton, &QPushButton::clicked, this, [this] { act(true, false); });
    connect(m_retryCauseButton, &QPushButton::clicked, this, [this] { act(true, true); });
    connect(m_dismissButton, &QPushButton::clicked, this, [this] { act(false, false); });
    connect(m_dismissCauseButton, &QPushButton::clicked, this, [this] { act(false, true); });
    layout->addLayout(buttons);

    connect(m_causesTable, &QTableWidget::itemSelectionChanged, this, &ErrorsPage::causeSelected);
    connect(m_recordsTable, &QTableWidget::itemSelectionChanged, this, &ErrorsPage::recordSelected);
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &ErrorsPage::refresh);
    m_summaryLabel->setText(tr("Reading the failed records…"));
    updateButtons();
}

QString ErrorsPage::masked(const QString &text)
{
    // A token is a long unbroken string after "Bearer"; "Bearer realm=…" in an answer is no secret.
    static const QRegularExpression bearer(QStringLiteral("\\bBearer\\s+(?!realm|error|\\*)[A-Za-z0-9._~+/=-]{8,}"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    return out.replace(bearer, QStringLiteral("Bearer ***"));
}

void ErrorsPage::setDatabasePath(const QString &path)
{
    delete m_worker;
    m_worker = new DatabaseWorker(path, QStringLiteral("dexdesk-errors"), this);
    m_reading = false;
    if (isVisible())
        refresh();
}

void ErrorsPage::setEngineSupervisor(EngineSupervisor *supervisor)
{
    m_engine = supervisor;
}

void ErrorsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer.start();
    refresh();
}

void ErrorsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void ErrorsPage::refresh()
{
    if (!m_worker || m_reading)
        return;
    m_reading = true;
    m_worker->run<QList<FailureCause>>(
        [](Database &database, QString *error) {
            QList<FailureCause> list;
            FailureGroups::causes(database.connection(), &list, error);
            return list;
        },
        [this](const QList<FailureCause> &list, const QString &error) { showCauses(list, error); });
}

void ErrorsPage::showCauses(const QList<FailureCause> &causes, const QString &error)
{
    m_reading = false;
    if (!error.isEmpty()) {
        m_summaryLabel->setText(tr("The failed records cannot be read: %1").arg(error));
        return;
    }
    const FailureCause previous = m_selected;
    const int previousCount = previous.count;
    m_causes = causes;
    int total = 0;
    int reselect = -1;
    const QSignalBlocker blocker(m_causesTable);
    m_causesTable->clearSelection();
    m_causesTable->setRowCount(int(causes.size()));
    for (int i = 0; i < causes.size(); ++i) {
        const FailureCause &c = causes.at(i);
        total += c.count;
        if (previousCount > 0 && c.sameAs(previous))
            reselect = i;
        m_causesTable->setItem(i, CauseResource, new QTableWidgetItem(c.resource));
        m_causesTable->setItem(i, CauseState, new QTableWidgetItem(FailureGroups::stateText(c.state)));
        m_causesTable->setItem(i, CauseStatus,
                               new QTableWidgetItem(c.httpStatus > 0 ? QString::number(c.httpStatus) : QString()));
        auto *text = new QTableWidgetItem(c.cause.isEmpty() ? tr("(no message)") : c.cause);
        text->setToolTip(c.cause);
        m_causesTable->setItem(i, CauseText, text);
        m_causesTable->setItem(i, CauseCount, numberItem(c.count));
    }
    m_causesTable->resizeColumnToContents(CauseResource);
    m_causesTable->resizeColumnToContents(CauseState);
    m_causesTable->resizeColumnToContents(CauseStatus);
    m_causesTable->resizeColumnToContents(CauseCount);
    m_summaryLabel->setText(causes.isEmpty()
                                ? tr("No failed or held records: everything queued is on its way.")
                                : tr("%1 records not sent, in %n cause(s). Select a cause to see its records, "
                                     "and a record to see its last request and the agency's answer.",
                                     nullptr, int(causes.size()))
                                      .arg(QLocale().toString(total)));
    if (reselect < 0 && previousCount == 0 && !causes.isEmpty())
        reselect = 0; // nothing chosen yet: show the biggest cause's records
    if (reselect >= 0) {
        m_causesTable->selectRow(reselect);
        m_selected = causes.at(reselect);
        if (m_selected.count != previousCount || m_records.isEmpty())
            loadRecords(false);
    } else if (previousCount > 0) {
        m_selected = {};
        m_records.clear();
        m_recordsTable->setRowCount(0);
        m_recordsLabel->clear();
        m_moreButton->hide();
        showDetail({}, {});
    }
    updateButtons();
}

void ErrorsPage::causeSelected()
{
    const int row = m_causesTable->currentRow();
    const QList<QTableWidgetItem *> items = m_causesTable->selectedItems();
    m_selected = items.isEmpty() || row < 0 || row >= m_causes.size() ? FailureCause {} : m_causes.at(row);
    m_records.clear();
    m_recordsTable->setRowCount(0);
    showDetail({}, {});
    if (hasCause())
        loadRecords(false);
    updateButtons();
}

void ErrorsPage::loadRecords(bool more)
{
    if (!m_worker || !hasCause())
        return;
    const quint64 ticket = ++m_recordsTicket;
    const FailureCause cause = m_selected;
    const int offset = more ? int(m_records.size()) : 0;
    m_worker->run<QList<FailedRecord>>(
        [cause, offset](Database &database, QString *error) {
            QList<FailedRecord> list;
            FailureGroups::records(database.connection(), cause, offset, kPageSize, &list, error);
            return list;
        },
        [this, ticket, more](const QList<FailedRecord> &list, const QString &error) {
            showRecords(ticket, list, error, more);
        });
}

void ErrorsPage::showRecords(quint64 ticket, const QList<FailedRecord> &records, const QString &error, bool more)
{
    if (ticket != m_recordsTicket)
        return; // a newer selection or refresh asked since
    if (!error.isEmpty()) {
        m_recordsLabel->setText(tr("The records cannot be read: %1").arg(error));
        return;
    }
    const QSignalBlocker blocker(m_recordsTable);
    if (!more) {
        m_records.clear();
        m_recordsTable->setRowCount(0);
    }
    const int first = int(m_records.size());
    m_records += records;
    m_recordsTable->setRowCount(int(m_records.size()));
    for (int i = 0; i < records.size(); ++i) {
        const FailedRecord &r = records.at(i);
        const int row = first + i;
        m_recordsTable->setItem(row, RecordYear, new QTableWidgetItem(QString::number(r.ref.schoolYear)));
        auto *key = new QTableWidgetItem(r.ref.keyValues());
        key->setToolTip(r.ref.keyText);
        m_recordsTable->setItem(row, RecordKey, key);
        m_recordsTable->setItem(row, RecordLea, new QTableWidgetItem(r.leaId));
        m_recordsTable->setItem(row, RecordAttempts, numberItem(r.attempts));
        m_recordsTable->setItem(row, RecordLastTry, new QTableWidgetItem(when(r.lastAttemptAt)));
    }
    if (!more) {
        m_recordsTable->resizeColumnToContents(RecordYear);
        m_recordsTable->resizeColumnToContents(RecordLea);
        m_recordsTable->resizeColumnToContents(RecordAttempts);
        m_recordsTable->resizeColumnToContents(RecordLastTry);
    }
    const QLocale locale;
    m_recordsLabel->setText(
        tr("Showing %1 of %2 records.").arg(locale.toString(m_records.size()), locale.toString(m_selected.count)));
    m_moreButton->setVisible(m_records.size() < m_selected.count && records.size() == kPageSize);
    if (!more && !m_records.isEmpty())
        m_recordsTable->selectRow(0);
    recordSelected();
}

QList<RecordRef> ErrorsPage::selectedRecords() const
{
    QList<RecordRef> refs;
    const QModelIndexList rows = m_recordsTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        if (index.row() < m_records.size())
            refs.append(m_records.at(index.row()).ref);
    }
    return refs;
}

void ErrorsPage::recordSelected()
{
    updateButtons();
    const QList<RecordRef> refs = selectedRecords();
    if (refs.isEmpty() || !m_worker) {
        showDetail({}, {});
        return;
    }
    const quint64 ticket = ++m_detailTicket;
    const RecordRef ref = refs.first();
    m_worker->run<FailureDetail>(
        [ref](Database &database, QString *error) {
            FailureDetail d;
            FailureGroups::detail(database.connection(), ref, &d, error);
            return d;
        },
        [this, ticket](const FailureDetail &d, const QString &error) {
            if (ticket == m_detailTicket)
                showDetail(d, error);
        });
}

void ErrorsPage::showDetail(const FailureDetail &detail, const QString &error)
{
    if (!error.isEmpty()) {
        m_messageText->setPlainText(error);
        m_requestText->clear();
        m_responseText->clear();
        return;
    }
    QString message = detail.message;
    if (!detail.requestId.isEmpty())
        message += QLatin1Char('\n') + tr("Request id: %1").arg(detail.requestId);
    m_messageText->setPlainText(masked(message.trimmed()));
    m_requestText->setPlainText(masked(detail.request));
    m_responseText->setPlainText(masked(detail.response));
    if (!detail.ref.resource.isEmpty() && detail.request.isEmpty() && detail.response.isEmpty())
        m_requestText->setPlainText(tr("(not sent: the record was held back before sending)"));
}

void ErrorsPage::act(bool retry, bool wholeCause)
{
    if (!m_worker || !hasCause())
        return;
    const FailureCause cause = m_selected;
    const QList<RecordRef> refs = selectedRecords();
    if (!wholeCause && refs.isEmpty())
        return;
    m_worker->run<int>(
        [retry, wholeCause, cause, refs](Database &database, QString *error) {
            if (retry)
                return wholeCause ? FailureGroups::retry(database.connection(), cause, error)
                                  : FailureGroups::retry(database.connection(), refs, error);
            return wholeCause ? FailureGroups::dismiss(database.connection(), cause, error)
                              : FailureGroups::dismiss(database.connection(), refs, error);
        },
        [this, retry](int n, const QString &error) {
            if (n < 0 || !error.isEmpty()) {
                Q_EMIT statusMessage(tr("Nothing was changed: %1").arg(error));
                return;
            }
            if (retry && m_engine && m_engine->isRunning()) {
                m_engine->publishNow(false);
                Q_EMIT statusMessage(tr("%n record(s) queued to be sent again now.", nullptr, n));
            } else if (retry) {
                Q_EMIT statusMessage(tr("%n record(s) queued to be sent again when the system is On.", nullptr, n));
            } else {
                Q_EMIT statusMessage(tr("%n record(s) dismissed.", nullptr, n));
            }
            m_records.clear();
            refresh();
        });
}

void ErrorsPage::updateButtons()
{
    const bool cause = hasCause();
    const bool records = cause && m_recordsTable->selectionModel()->hasSelection();
    m_retryButton->setEnabled(records);
    m_dismissButton->setEnabled(records);
    m_retryCauseButton->setEnabled(cause);
    m_dismissCauseButton->setEnabled(cause);
}

} // namespace dexdesk
