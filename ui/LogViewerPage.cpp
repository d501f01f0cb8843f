#include "LogViewerPage.h"

#include "DatabaseWorker.h"
#include "FormSupport.h"
#include "LogCategories.h"
#include "LogQuery.h"
#include "LogTableModel.h"
#include "Paths.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace dexdesk {

namespace {

constexpr int kDebounceMs = 300;

QString sinceHour()
{
    return QStringLiteral("hour");
}
QString sinceDay()
{
    return QStringLiteral("day");
}
QString sinceWeek()
{
    return QStringLiteral("week");
}
QString sinceAll()
{
    return QStringLiteral("all");
}
QString sinceCustom()
{
    return QStringLiteral("custom");
}

} // namespace

LogViewerPage::LogViewerPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("logViewerPage"));
    m_model = new LogTableModel(this);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &LogViewerPage::refresh);

    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Logs"), this);
    title->setObjectName(QStringLiteral("logTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    layout->addWidget(buildFilters());

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("logTable"));
    m_table->setAccessibleName(tr("Log messages"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights and column widths: nothing measures a million rows' contents.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(LogTableModel::TimeColumn, digit * 26);
    m_table->setColumnWidth(LogTableModel::LevelColumn, digit * 11);
    m_table->setColumnWidth(LogTableModel::CategoryColumn, digit * 26);
    m_table->setColumnWidth(LogTableModel::LeaColumn, digit * 9);
    layout->addWidget(m_table, 1);

    m_copyAction = new QAction(tr("&Copy"), this);
    m_copyAction->setObjectName(QStringLiteral("logCopyAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setStatusTip(tr("Copy the selected log lines to the clipboard."));
    connect(m_copyAction, &QAction::triggered, this, &LogViewerPage::copySelection);
    m_openFolderAction = new QAction(tr("Open Log &Folder"), this);
    m_openFolderAction->setObjectName(QStringLiteral("openLogFolderAction"));
    m_openFolderAction->setStatusTip(tr("Show the folder with the log files."));
    m_openFolderAction->setData(logDirectory());
    connect(m_openFolderAction, &QAction::triggered, this, &LogViewerPage::openLogFolder);
    m_table->addAction(m_copyAction);
    m_table->addAction(m_openFolderAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *bottom = new QHBoxLayout;
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("logStatusLabel"));
    bottom->addWidget(m_statusLabel, 1);
    m_cancelButton = new QPushButton(tr("Cancel Search"), this);
    m_cancelButton->setObjectName(QStringLiteral("logCancelButton"));
    m_cancelButton->setToolTip(tr("Stop the search that is running (Esc). The rows found so far stay."));
    m_cancelButton->setAccessibleName(tr("Cancel search"));
    m_cancelButton->setVisible(false);
    connect(m_cancelButton, &QPushButton::clicked, this, &LogViewerPage::cancelSearch);
    bottom->addWidget(m_cancelButton);
    auto *cancelAction = new QAction(this);
    cancelAction->setObjectName(QStringLiteral("logCancelAction"));
    cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelAction, &QAction::triggered, this, &LogViewerPage::cancelSearch);
    addAction(cancelAction);
    auto *copyButton = new QToolButton(this);
    copyButton->setObjectName(QStringLiteral("logCopyButton"));
    copyButton->setDefaultAction(m_copyAction);
    bottom->addWidget(copyButton);
    auto *folderButton = new QToolButton(this);
    folderButton->setObjectName(QStringLiteral("openLogFolderButton"));
    folderButton->setDefaultAction(m_openFolderAction);
    bottom->addWidget(folderButton);
    layout->addLayout(bottom);

    connect(m_model, &LogTableModel::stateChanged, this, &LogViewerPage::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_copyAction->setEnabled(m_table->selectionModel()->hasSelection()); });
    m_copyAction->setEnabled(false);
    updateStatus();
}

LogViewerPage::~LogViewerPage() = default;

QWidget *LogViewerPage::buildFilters()
{
    auto *box = new QWidget(this);
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);

    m_levelCombo = new QComboBox(box);
    m_levelCombo->setObjectName(QStringLiteral("logLevelCombo"));
    m_levelCombo->addItem(tr("All levels"), int(LogLevel::Diagnostic));
    m_levelCombo->addItem(tr("Info and worse"), int(LogLevel::Info));
    m_levelCombo->addItem(tr("Warnings and errors"), int(LogLevel::Warning));
    m_levelCombo->addItem(tr("Errors only"), int(LogLevel::Error));
    m_levelCombo->setToolTip(tr("The least severe level shown."));
    m_levelCombo->setAccessibleName(tr("Level"));

    m_categoryCombo = new QComboBox(box);
    m_categoryCombo->setObjectName(QStringLiteral("logCategoryCombo"));
    m_categoryCombo->addItem(tr("All categories"), QString());
    for (const QString &name : LogCategories::names())
        m_categoryCombo->addItem(name, name);
    m_categoryCombo->setToolTip(tr("A category includes its sub-categories."));
    m_categoryCombo->setAccessibleName(tr("Category"));

    m_leaEdit = new QLineEdit(box);
    m_leaEdit->setObjectName(QStringLiteral("logLeaEdit"));
    m_leaEdit->setPlaceholderText(tr("LEA ID"));
    FormSupport::enableClearButton(m_leaEdit, tr("LEA"));
    m_leaEdit->setAccessibleName(tr("LEA"));
    m_leaEdit->setMaximumWidth(m_leaEdit->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);

    m_sinceCombo = new QComboBox(box);
    m_sinceCombo->setObjectName(QStringLiteral("logSinceCombo"));
    m_sinceCombo->addItem(tr("Last hour"), sinceHour());
    m_sinceCombo->addItem(tr("Last 24 hours"), sinceDay());
    m_sinceCombo->addItem(tr("Last 7 days"), sinceWeek());
    m_sinceCombo->addItem(tr("All time"), sinceAll());
    m_sinceCombo->addItem(tr("Since…"), sinceCustom());
    m_sinceCombo->setCurrentIndex(m_sinceCombo->findData(sinceAll()));
    m_sinceCombo->setAccessibleName(tr("Time range"));

    m_sinceEdit = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), box);
    m_sinceEdit->setObjectName(QStringLiteral("logSinceEdit"));
    m_sinceEdit->setCalendarPopup(true);
    m_sinceEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_sinceEdit->setAccessibleName(tr("Since"));
    m_sinceEdit->setVisible(false);

    m_searchEdit = new QLineEdit(box);
    m_searchEdit->setObjectName(QStringLiteral("logSearchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search messages"));
    FormSupport::enableClearButton(m_searchEdit, tr("Search"));
    m_searchEdit->setAccessibleName(tr("Search"));

    row->addWidget(m_levelCombo);
    row->addWidget(m_categoryCombo);
    row->addWidget(m_leaEdit);
    row->addWidget(m_sinceCombo);
    row->addWidget(m_sinceEdit);
    row->addWidget(m_searchEdit, 1);

    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, &LogViewerPage::refresh);
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, &LogViewerPage::refresh);
    connect(m_sinceCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_sinceEdit->setVisible(m_sinceCombo->currentData().toString() == sinceCustom());
        refresh();
    });
    connect(m_sinceEdit, &QDateTimeEdit::dateTimeChanged, this, &LogViewerPage::scheduleRefresh);
    connect(m_leaEdit, &QLineEdit::textChanged, this, &LogViewerPage::scheduleRefresh);
    connect(m_searchEdit, &QLineEdit::textChanged, this, &LogViewerPage::scheduleRefresh);
    return box;
}

void LogViewerPage::setDatabasePath(const QString &path)
{
    delete m_worker;
    m_worker = new DatabaseWorker(path, QStringLiteral("dexdesk-log-viewer"), this);
    m_model->setWorker(m_worker);
    if (isVisible())
        refresh();
}

QString LogViewerPage::logDirectory() const
{
    return Paths::logDirectory();
}

LogQuery LogViewerPage::query() const
{
    LogQuery q;
    q.level = LogLevel(m_levelCombo->currentData().toInt());
    const QString category = m_categoryCombo->currentData().toString();
    if (!category.isEmpty())
        q.categories = {category};
    q.lea = m_leaEdit->text().trimmed();
    q.text = m_searchEdit->text();
    const QString since = m_sinceCombo->currentData().toString();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (since == sinceHour())
        q.since = now.addSecs(-3600);
    else if (since == sinceDay())
        q.since = now.addDays(-1);
    else if (since == sinceWeek())
        q.since = now.addDays(-7);
    else if (since == sinceCustom())
        q.since = m_sinceEdit->dateTime();
    return q;
}

void LogViewerPage::refresh()
{
    m_debounce->stop();
    if (m_worker)
        m_model->setFilter(query());
    updateStatus();
}

void LogViewerPage::cancelSearch()
{
    m_debounce->stop(); // a search typed but not started yet is cancelled too
    m_model->cancel();
    updateStatus();
}

void LogViewerPage::scheduleRefresh()
{
    m_debounce->start();
}

void LogViewerPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first look loads the newest rows; later visits keep what was there (and its scroll position).
    if (m_worker && !m_model->isLoading() && m_model->rowCount() == 0 && !m_model->isComplete())
        refresh();
}

void LogViewerPage::updateStatus()
{
    QString text;
    const int rows = m_model->rowCount();
    if (!m_worker)
        text = tr("No database is open.");
    else if (!m_model->lastError().isEmpty())
        text = m_model->lastError();
    else if (m_model->isCancelled() && rows == 0)
        text = tr("Search cancelled. Change the filters to search again.");
    else if (m_model->isCancelled())
        text = tr("Search cancelled: showing the %n row(s) found so far.", nullptr, rows);
    else if (m_model->isLoading() && rows == 0)
        text = tr("Searching…");
    else if (m_model->isLoading())
        text = tr("Showing the newest %n row(s)… loading more", nullptr, rows);
    else if (m_model->isCapped())
        text = tr("Showing the newest %n row(s); narrow the filters to see older ones.", nullptr, rows);
    else if (!m_model->isComplete())
        text = tr("Showing the newest %n row(s)… scroll for more", nullptr, rows);
    else if (rows == 0)
        text = tr("No log messages match these filters.");
    else
        text = tr("Showing all %n matching row(s).", nullptr, rows);
    m_statusLabel->setText(text);
    m_statusLabel->setAccessibleName(text);
    // Only a text search reads the whole table; other pages arrive too fast for a button to help.
    m_cancelButton->setVisible(m_model->isLoading() && !m_model->filter().text.isEmpty());
}

void LogViewerPage::copySelection()
{
    QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return;
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    lines.reserve(selected.size());
    for (const QModelIndex &index : std::as_const(selected))
        lines << m_model->record(index.row()).toLine();
    QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void LogViewerPage::openLogFolder()
{
    const QString dir = logDirectory();
    QDir().mkpath(dir);
    QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
}

} // namespace dexdesk
