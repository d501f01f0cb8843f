#include "UniqueIdReviewPage.h"

#include "Database.h"
#include "Prompt.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dexdesk {

namespace {

QTableWidget *makeTable(int columns, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

UniqueIdReviewPage::UniqueIdReviewPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("uniqueIdReviewPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Unique ID review"), this);
    title->setObjectName(QStringLiteral("uniqueIdTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto *intro = new QLabel(tr("The agency's identity service found more than one possible state ID for these "
                                "people. Pick the candidate that is the same person and use its ID, or request a new "
                                "ID if none is. Until then their records are not published."),
                             this);
    intro->setObjectName(QStringLiteral("uniqueIdIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_persons = makeTable(PersonColumns,
                          {tr("Name"), tr("Birth date"), tr("School year"), tr("District ID"), tr("Kind")}, this);
    m_persons->setObjectName(QStringLiteral("uniqueIdPersonsTable"));
    m_persons->setAccessibleName(tr("People waiting for review"));
    layout->addWidget(m_persons, 2);

    auto *candidatesLabel = new QLabel(tr("Candidates"), this);
    candidatesLabel->setObjectName(QStringLiteral("uniqueIdCandidatesLabel"));
    layout->addWidget(candidatesLabel);
    m_candidates = makeTable(CandidateColumns, {tr("State ID"), tr("Name"), tr("Birth date"), tr("Score")}, this);
    m_candidates->setObjectName(QStringLiteral("uniqueIdCandidatesTable"));
    m_candidates->setAccessibleName(tr("Candidates for the selected person"));
    candidatesLabel->setBuddy(m_candidates);
    layout->addWidget(m_candidates, 1);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("uniqueIdProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);

    auto *buttons = new QHBoxLayout;
    m_useButton = new QPushButton(tr("&Use this ID"), this);
    m_useButton->setObjectName(QStringLiteral("useCandidateButton"));
    m_useButton->setToolTip(tr("The selected person gets the selected candidate's state ID."));
    m_newButton = new QPushButton(tr("Request a &new ID"), this);
    m_newButton->setObjectName(QStringLiteral("requestNewIdButton"));
    m_newButton->setToolTip(tr("None of the candidates is this person: the agency is asked for a new state ID."));
    m_refreshButton = new QPushButton(tr("&Refresh"), this);
    m_refreshButton->setObjectName(QStringLiteral("uniqueIdRefreshButton"));
    buttons->addWidget(m_useButton);
    buttons->addWidget(m_newButton);
    buttons->addStretch(1);
    buttons->addWidget(m_refreshButton);
    layout->addLayout(buttons);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("uniqueIdStatusLabel"));
    layout->addWidget(m_statusLabel);

    connect(m_persons, &QTableWidget::itemSelectionChanged, this, &UniqueIdReviewPage::showCandidates);
    connect(m_candidates, &QTableWidget::itemSelectionChanged, this, &UniqueIdReviewPage::updateButtons);
    connect(m_useButton, &QPushButton::clicked, this, &UniqueIdReviewPage::useCandidate);
    connect(m_newButton, &QPushButton::clicked, this, &UniqueIdReviewPage::requestNewId);
    connect(m_refreshButton, &QPushButton::clicked, this, &UniqueIdReviewPage::refresh);
    updateButtons();
}

UniqueIdReviewPage::~UniqueIdReviewPage() = default;

void UniqueIdReviewPage::setDatabasePath(const QString &path)
{
    QString error;
    m_database = Database::open(path, &error);
    if (!m_database)
        m_statusLabel->setText(error);
    else if (isVisible())
        refresh();
}

void UniqueIdReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // the engine may have added people since
}

void UniqueIdReviewPage::refresh()
{
    if (!m_database) {
        m_statusLabel->setText(tr("No database is open."));
        return;
    }
    const UniqueIdReviewItem *selected = currentItem();
    const QString keep = selected ? selected->person.text() : QString();
    QString error;
    if (!UniqueIdReview::list(m_database->connection(), &m_items, &error)) {
        m_statusLabel->setText(tr("The review list could not be read: %1").arg(error));
        return;
    }
    const QSignalBlocker block(m_persons);
    m_persons->clearContents();
    m_persons->setRowCount(int(m_items.size()));
    int keepRow = m_items.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_items.size(); ++row) {
        const UniqueIdReviewItem &item = m_items.at(row);
        const QString cells[PersonColumns]
            = {item.displayName(), item.person.birthDate, QString::number(item.person.schoolYear),
               item.person.districtId, item.person.resource == QLatin1String("staffs") ? tr("Staff") : tr("Student")};
        for (int column = 0; column < PersonColumns; ++column)
            m_persons->setItem(row, column, new QTableWidgetItem(cells[column]));
        if (item.person.text() == keep)
            keepRow = row;
    }
    if (keepRow >= 0)
        m_persons->selectRow(keepRow);
    m_statusLabel->setText(m_items.isEmpty() ? tr("Nobody is waiting for review.")
                                             : tr("%n person(s) waiting for review.", nullptr, int(m_items.size())));
    showCandidates();
}

const UniqueIdReviewItem *UniqueIdReviewPage::currentItem() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_persons->selectedRanges();
    const int row = ranges.isEmpty() ? -1 : ranges.first().topRow();
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

void UniqueIdReviewPage::showCandidates()
{
    const UniqueIdReviewItem *item = currentItem();
    const QSignalBlocker block(m_candidates);
    m_candidates->clearContents();
    m_candidates->setRowCount(item ? int(item->candidates.size()) : 0);
    if (item) {
        for (int row = 0; row < item->candidates.size(); ++row) {
            const UniqueIdCandidate &c = item->candidates.at(row);
            const QString cells[CandidateColumns] = {c.uniqueId, c.displayName(), c.birthDate,
                                                     c.score >= 0 ? QString::number(c.score, 'f', 2) : tr("none")};
            for (int column = 0; column < CandidateColumns; ++column)
                m_candidates->setItem(row, column, new QTableWidgetItem(cells[column]));
        }
        if (!item->candidates.isEmpty())
            m_candidates->selectRow(0);
    }
    const QString problem = item ? item->lastError : QString();
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    updateButtons();
}

void UniqueIdReviewPage::updateButtons()
{
    const UniqueIdReviewItem *item = currentItem();
    m_useButton->setEnabled(item && !m_candidates->selectedRanges().isEmpty());
    m_newButton->setEnabled(item != nullptr);
}

void UniqueIdReviewPage::useCandidate()
{
    const UniqueIdReviewItem *item = currentItem();
    const QList<QTableWidgetSelectionRange> ranges = m_candidates->selectedRanges();
    if (!item || ranges.isEmpty() || !m_database)
        return;
    const int row = ranges.first().topRow();
    if (row < 0 || row >= item->candidates.size())
        return;
    const UniqueIdPerson person = item->person;
    const UniqueIdCandidate candidate = item->candidates.at(row);
    const Prompt::Choice choice = Prompt::question(
        this, tr("Use this ID"),
        tr("Give %1 (district ID %2) the state ID %3?").arg(item->displayName(), person.districtId, candidate.uniqueId),
        {Prompt::Choice::Ok, Prompt::Choice::Cancel}, Prompt::Choice::Ok, Prompt::Choice::Cancel,
        tr("The person's records and enrolments change to the state ID and are published with the next changes."));
    if (choice != Prompt::Choice::Ok)
        return;
    QString error;
    if (!UniqueIdReview::choose(m_database->connection(), person, candidate.uniqueId, &error)) {
        Prompt::warning(this, tr("Use this ID"), tr("The state ID was not used."), error);
        refresh();
        return;
    }
    const QString message = tr("%1 now has the state ID %2.").arg(person.text(), candidate.uniqueId);
    Q_EMIT statusMessage(message);
    Q_EMIT personResolved();
    refresh();
    m_statusLabel->setText(message);
}

void UniqueIdReviewPage::requestNewId()
{
    const UniqueIdReviewItem *item = currentItem();
    if (!item || !m_database)
        return;
    const UniqueIdPerson person = item->person;
    const Prompt::Choice choice = Prompt::question(
        this, tr("Request a new ID"),
        tr("Ask the agency for a new state ID for %1 (district ID %2)?").arg(item->displayName(), person.districtId),
        {Prompt::Choice::Ok, Prompt::Choice::Cancel}, Prompt::Choice::Ok, Prompt::Choice::Cancel,
        tr("Do this only when none of the candidates is this person: a second state ID for one person is hard to "
           "undo."));
    if (choice != Prompt::Choice::Ok)
        return;
    QString error;
    if (!UniqueIdReview::requestNew(m_database->connection(), person, &error)) {
        Prompt::warning(this, tr("Request a new ID"), tr("The new ID was not requested."), error);
        refresh();
        return;
    }
    const QString message = tr("A new state ID for %1 is requested on the next Unique ID run.").arg(person.text());
    Q_EMIT statusMessage(message);
    Q_EMIT personResolved();
    refresh();
    m_statusLabel->setText(message);
}

} // namespace dexdesk
