#include "ExchangeMonitorPage.h"

#include "DatabaseWorker.h"
#include "EngineSupervisor.h"
#include "Palettes.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace dexdesk {

namespace {

enum ResourceColumn { ResourceName, Queued, InFlight, Sent, Failed, Waiting, ResourceColumns };
enum InstanceColumn {
    InstanceId,
    InstanceHost,
    InstanceProcess,
    InstanceVersion,
    InstanceStarted,
    InstanceHeartbeat,
    InstanceInFlight,
    InstanceSlots,
    InstanceState,
};
enum RunColumn { RunKind, RunStarted, RunDuration, RunOutcome, RunSent, RunFailed, RunMessage, RunColumns };

QTableWidgetItem *numberItem(int value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setData(Qt::UserRole, value);
    return item;
}

QTableWidget *makeTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

ExchangeMonitorPage::ExchangeMonitorPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("exchangeMonitorPage"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("Exchange Monitor"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);
    layout->addWidget(title);

    // Run Now: the four processors of SPEC §7.1 that a user may start by hand.
    m_runNowLayout = new QHBoxLayout;
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("monitorSummaryLabel"));
    m_runNowLayout->addWidget(m_summaryLabel, 1);
    auto *publishChanges = new QPushButton(tr("Publish Changes"), this);
    publishChanges->setObjectName(QStringLiteral("monitorPublishChangesButton"));
    publishChanges->setStatusTip(tr("Sends the queued changes now instead of at the next scheduled run."));
    connect(publishChanges, &QPushButton::clicked, this, [this] {
        if (m_engine && m_engine->isRunning()) {
            m_engine->publishNow(false);
            Q_EMIT statusMessage(tr("Publishing the queued changes…"));
        }
    });
    auto *publishAll = new QPushButton(tr("Publish All"), this);
    publishAll->setObjectName(QStringLiteral("monitorPublishAllButton"));
    publishAll->setStatusTip(tr("Sends every record of the selected school years, whatever its change state."));
    connect(publishAll, &QPushButton::clicked, this, [this] {
        if (m_engine && m_engine->isRunning()) {
            m_engine->publishNow(true);
            Q_EMIT statusMessage(tr("Publishing every record of the selected school years…"));
        }
    });
    auto *download = new QPushButton(tr("Download"), this);
    download->setObjectName(QStringLiteral("monitorDownloadButton"));
    download->setStatusTip(tr("Fetches the agency's descriptors, LEAs and schools now."));
    connect(download, &QPushButton::clicked, this, [this] {
        if (m_engine && m_engine->isRunning()) {
            m_engine->downloadNow();
            Q_EMIT statusMessage(tr("Downloading from the agency…"));
        }
    });
    auto *uniqueIds = new QPushButton(tr("Request Unique IDs"), this);
    uniqueIds->setObjectName(QStringLiteral("monitorRequestUniqueIdsButton"));
    uniqueIds->setStatusTip(tr("Asks the agency's unique-ID service for the persons still waiting for a state ID."));
    connect(uniqueIds, &QPushButton::clicked, this, [this] {
        if (m_engine && m_engine->isRunning()) {
            m_engine->requestUniqueIdsNow();
            Q_EMIT statusMessage(tr("Requesting unique IDs…"));
        }
    });
    addRunNowButton(publishChanges);
    addRunNowButton(publishAll);
    addRunNowButton(download);
    addRunNowButton(uniqueIds);
    layout->addLayout(m_runNowLayout);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("monitorErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(Palettes::textStyle(Palettes::errorColor()));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_resourceTable
        = makeTable(QStringLiteral("monitorResourceTable"),
                    {tr("Resource"), tr("Queued"), tr("In flight"), tr("Sent"), tr("Failed"), tr("Waiting")}, splitter);
    m_resourceTable->setAccessibleName(tr("Records per resource"));
    m_resourceTable->horizontalHeaderItem(Queued)->setToolTip(tr("Records to send, including those being retried."));
    m_resourceTable->horizontalHeaderItem(InFlight)->setToolTip(
        tr("Requests on their way now (the engine reports the total)."));
    m_resourceTable->horizontalHeaderItem(Failed)->setToolTip(
        tr("Rejected by the agency, stuck after 10 attempts, or holding a value the agency lacks: see Errors."));
    m_resourceTable->horizontalHeaderItem(Waiting)->setToolTip(
        tr("Waiting for a record they depend on, or for a state unique ID."));
    m_resourceTable->horizontalHeader()->setSectionResizeMode(ResourceName, QHeaderView::Stretch);
    m_resourceTable->horizontalHeader()->setStretchLastSection(false);
    splitter->addWidget(m_resourceTable);

    m_series = new QLineSeries;
    m_series->setName(tr("Records sent per second"));
    auto *area = new QAreaSeries(m_series); // filled down to zero: the volume reads at a glance
    area->setName(m_series->name());
    QColor fill(0x3d, 0x85, 0xc6);
    area->setPen(QPen(fill, 2));
    fill.setAlpha(90);
    area->setBrush(fill);
    m_chart = new QChart;
    m_chart->addSeries(area);
    m_chart->legend()->hide();
    m_chart->setTitle(tr("Throughput (records sent per second)"));
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTickCount(6);
    const QDateTime now = QDateTime::currentDateTime();
    m_timeAxis->setRange(now.addSecs(-kHistorySeconds), now);
    m_rateAxis = new QValueAxis;
    m_rateAxis->setLabelFormat(QStringLiteral("%d"));
    m_rateAxis->setRange(0, 10);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rateAxis, Qt::AlignLeft);
    area->attachAxis(m_timeAxis);
    area->attachAxis(m_rateAxis);
    auto *chartView = new QChartView(m_chart, splitter);
    chartView->setObjectName(QStringLiteral("monitorThroughputChart"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(200);
    chartView->setAccessibleName(tr("Throughput chart"));
    splitter->addWidget(chartView);

    auto *instancesBox = new QGroupBox(tr("Engine instances"), splitter);
    instancesBox->setObjectName(QStringLiteral("monitorInstancesBox"));
    auto *instancesLayout = new QVBoxLayout(instancesBox);
    m_instancesTable = makeTable(QStringLiteral("monitorInstancesTable"),
                                 {tr("Instance"), tr("Host"), tr("Process"), tr("Version"), tr("Started"),
                                  tr("Last heartbeat"), tr("In flight"), tr("Connections"), tr("State")},
                                 instancesBox);
    m_instancesTable->setAccessibleName(tr("Engine instances"));
    m_instancesTable->horizontalHeaderItem(InstanceSlots)
        ->setToolTip(tr("Connection slots it holds: together the instances never use more than Simultaneous "
                        "Connections."));
    instancesLayout->addWidget(m_instancesTable);
    splitter->addWidget(instancesBox);
    m_instancesBox = instancesBox;
    m_instancesBox->hide(); // shown for a PostgreSQL database

    auto *runsBox = new QGroupBox(tr("Recent runs"), splitter);
    auto *runsLayout = new QVBoxLayout(runsBox);
    m_runsTable = makeTable(
        QStringLiteral("monitorRunsTable"),
        {tr("Job"), tr("Started"), tr("Took"), tr("Outcome"), tr("Sent"), tr("Failed"), tr("Message")}, runsBox);
    m_runsTable->setAccessibleName(tr("Recent runs"));
    runsLayout->addWidget(m_runsTable);
    splitter->addWidget(runsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setStretchFactor(3, 2);
    layout->addWidget(splitter, 1);

    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &ExchangeMonitorPage::refresh);
    updateEngine({});
}

void ExchangeMonitorPage::setDatabasePath(const QString &path)
{
    delete m_worker;
    m_worker = new DatabaseWorker(path, QStringLiteral("dexdesk-monitor"), this);
    m_reading = false;
    m_lastSent = -1;
    m_firstAt = {};
    m_timer.start();
    refresh();
}

void ExchangeMonitorPage::setEngineSupervisor(EngineSupervisor *supervisor)
{
    m_engine = supervisor;
    connect(supervisor, &EngineSupervisor::statusChanged, this, &ExchangeMonitorPage::updateEngine);
    updateEngine(supervisor->status());
}

void ExchangeMonitorPage::setRefreshInterval(int ms)
{
    m_timer.setInterval(ms);
}

void ExchangeMonitorPage::addRunNowButton(QPushButton *button)
{
    button->setParent(this);
    m_runNowLayout->addWidget(button);
    m_runNowButtons.append(button);
    updateButtons();
}

void ExchangeMonitorPage::refresh()
{
    if (!m_worker || m_reading)
        return; // the previous read is still running: a slow disk never piles up reads
    m_reading = true;
    m_worker->run<ExchangeCounts>(
        [](Database &database, QString *error) {
            ExchangeCounts c;
            ExchangeCounts::read(database.connection(), &c, error, 10);
            return c;
        },
        [this](const ExchangeCounts &c, const QString &error) { showCounts(c, error); });
}

void ExchangeMonitorPage::showCounts(const ExchangeCounts &counts, const QString &error)
{
    m_reading = false;
    ++m_refreshes;
    if (!error.isEmpty()) {
        m_errorLabel->setText(tr("The exchange counts cannot be read: %1").arg(error));
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    m_counts = counts;
    addThroughputPoint(QDateTime::currentDateTime(), counts.total().sent);
    showResources();
    showInstances();
    showRuns();
}

void ExchangeMonitorPage::showInstances()
{
    m_instancesBox->setVisible(m_counts.sharedDatabase);
    const QLocale locale;
    const auto time = [&locale](qint64 ms) {
        return new QTableWidgetItem(locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("HH:mm:ss")));
    };
    m_instancesTable->setRowCount(int(m_counts.instances.size()));
    for (int i = 0; i < m_counts.instances.size(); ++i) {
        const EngineInstanceInfo &e = m_counts.instances.at(i);
        m_instancesTable->setItem(i, InstanceId, new QTableWidgetItem(QString::number(e.id)));
        m_instancesTable->setItem(i, InstanceHost, new QTableWidgetItem(e.host));
        auto *process = new QTableWidgetItem(QString::number(e.pid)); // an id: no thousands separator
        process->setData(Qt::UserRole, e.pid);
        m_instancesTable->setItem(i, InstanceProcess, process);
        m_instancesTable->setItem(i, InstanceVersion, new QTableWidgetItem(e.version));
        m_instancesTable->setItem(i, InstanceStarted, time(e.startedAt));
        m_instancesTable->setItem(i, InstanceHeartbeat, time(e.heartbeatAt));
        m_instancesTable->setItem(i, InstanceInFlight, numberItem(e.inFlight));
        m_instancesTable->setItem(i, InstanceSlots, numberItem(e.slots));
        auto *state = new QTableWidgetItem(e.live ? tr("Running") : tr("Not answering"));
        if (!e.live) {
            state->setForeground(Palettes::errorColor());
            state->setToolTip(tr("It stopped without leaving (killed, or its machine or network went down). Its "
                                 "leases ran out, so the other instances took over its work; start it again, or "
                                 "ignore it: it is forgotten after an hour."));
        }
        m_instancesTable->setItem(i, InstanceState, state);
    }
    m_instancesTable->resizeColumnsToContents();
    m_instancesTable->horizontalHeader()->setStretchLastSection(true);
}

void ExchangeMonitorPage::addThroughputPoint(const QDateTime &at, int sent)
{
    // The first read is the baseline; a drop (records deleted, a purge) starts a new one.
    if (m_lastSent >= 0 && sent >= m_lastSent && m_lastAt.isValid()) {
        const double seconds = qMax(0.001, double(m_lastAt.msecsTo(at)) / 1000.0);
        const double rate = double(sent - m_lastSent) / seconds;
        m_series->append(double(at.toMSecsSinceEpoch()), rate);
    }
    m_lastSent = sent;
    m_lastAt = at;

    const QDateTime from = at.addSecs(-kHistorySeconds);
    int old = 0;
    while (old < m_series->count() && m_series->at(old).x() < double(from.toMSecsSinceEpoch()))
        ++old;
    if (old > 0)
        m_series->removePoints(0, old);
    double top = 0;
    for (int i = 0; i < m_series->count(); ++i)
        top = qMax(top, m_series->at(i).y());
    // The window grows from the first reading to kHistorySeconds, so a young chart is not squeezed
    // into a corner.
    if (!m_firstAt.isValid())
        m_firstAt = at;
    const QDateTime start = qMax(from, qMin(m_firstAt, at.addSecs(-kMinWindowSeconds)));
    m_timeAxis->setRange(start, at);
    m_rateAxis->setRange(0, qMax(10.0, top * 1.15));
    m_rateAxis->applyNiceNumbers();
}

void ExchangeMonitorPage::showResources()
{
    const QList<ResourceCounts> &list = m_counts.resources;
    m_resourceTable->setRowCount(int(list.size()) + 1);
    auto fill = [this](int row, const ResourceCounts &r, bool total) {
        auto *name = new QTableWidgetItem(r.resource);
        m_resourceTable->setItem(row, ResourceName, name);
        m_resourceTable->setItem(row, Queued, numberItem(r.queued + r.retrying));
        if (total) {
            m_resourceTable->setItem(row, InFlight, numberItem(m_status.inFlight));
        } else {
            auto *none = new QTableWidgetItem(QStringLiteral("–"));
            none->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            none->setToolTip(tr("The engine reports requests in flight for all resources together."));
            m_resourceTable->setItem(row, InFlight, none);
        }
        m_resourceTable->setItem(row, Sent, numberItem(r.sent));
        m_resourceTable->setItem(row, Failed, numberItem(r.failed()));
        m_resourceTable->setItem(row, Waiting, numberItem(r.waiting + r.awaitingId));
        if (total) {
            for (int c = 0; c < ResourceColumns; ++c) {
                QFont f = m_resourceTable->item(row, c)->font();
                f.setBold(true);
                m_resourceTable->item(row, c)->setFont(f);
            }
        }
    };
    for (int i = 0; i < list.size(); ++i)
        fill(i, list.at(i), false);
    fill(int(list.size()), m_counts.total(), true);
    m_resourceTable->resizeColumnsToContents();
    m_resourceTable->horizontalHeader()->setSectionResizeMode(ResourceName, QHeaderView::Stretch);
}

void ExchangeMonitorPage::showRuns()
{
    const QLocale locale;
    m_runsTable->setRowCount(int(m_counts.recentRuns.size()));
    for (int i = 0; i < m_counts.recentRuns.size(); ++i) {
        const JobRun &r = m_counts.recentRuns.at(i);
        m_runsTable->setItem(i, RunKind, new QTableWidgetItem(r.kind));
        m_runsTable->setItem(i, RunStarted,
                             new QTableWidgetItem(locale.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat)));
        const QString took = r.finishedAt.isValid()
            ? tr("%1 s").arg(locale.toString(double(r.startedAt.msecsTo(r.finishedAt)) / 1000.0, 'f', 1))
            : tr("running");
        m_runsTable->setItem(i, RunDuration, new QTableWidgetItem(took));
        auto *outcome = new QTableWidgetItem(r.outcome);
        if (r.outcome == QLatin1String("error") || r.outcome == QLatin1String("partial"))
            outcome->setForeground(Palettes::errorColor());
        m_runsTable->setItem(i, RunOutcome, outcome);
        m_runsTable->setItem(i, RunSent, numberItem(r.sent));
        m_runsTable->setItem(i, RunFailed, numberItem(r.failed));
        auto *message = new QTableWidgetItem(r.message);
        message->setToolTip(r.message);
        m_runsTable->setItem(i, RunMessage, message);
    }
    m_runsTable->resizeColumnsToContents();
    m_runsTable->horizontalHeader()->setStretchLastSection(true);
}

void ExchangeMonitorPage::updateEngine(const EngineStatus &status)
{
    m_status = status;
    const QLocale locale;
    QString text = tr("Engine: %1").arg(status.stateText());
    if (status.state != EngineStatus::State::Stopped || status.queueDepth > 0)
        text += QStringLiteral(" · ") + tr("%1 queued").arg(locale.toString(status.queueDepth));
    text += QStringLiteral(" · ") + tr("%1 in flight").arg(locale.toString(status.inFlight));
    m_summaryLabel->setText(text);
    m_summaryLabel->setAccessibleName(text);
    const int totalRow = m_resourceTable->rowCount() - 1;
    if (totalRow >= 0 && m_resourceTable->item(totalRow, InFlight))
        m_resourceTable->item(totalRow, InFlight)->setText(locale.toString(status.inFlight));
    updateButtons();
}

void ExchangeMonitorPage::updateButtons()
{
    const bool running = m_engine && m_engine->isRunning();
    QString why;
    if (!m_engine)
        why = tr("The exchange engine is not available in this window.");
    else if (m_engine->isMonitoring())
        why = tr("Another DEX Desk program runs the engine for this database; start the run there.");
    else if (!running)
        why = tr("Available while the system is On: turn it On in General Setup and Save.");
    for (QPushButton *b : std::as_const(m_runNowButtons)) {
        b->setEnabled(running);
        b->setToolTip(running ? b->statusTip() : why);
    }
}

} // namespace dexdesk
