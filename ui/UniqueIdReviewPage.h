#pragma once

// The "Unique ID review" section (SPEC §7.1, §11): the persons for whom the agency's identity
// service found several candidates, each candidate's name, birth date and score, and the two
// answers — "Use this ID" (written back at once) and "Request a new ID" (the next Unique ID run
// asks for one). The list is small (at most UniqueIdReview::kMaxItems) and read on the GUI
// thread's own connection; the work itself is in the core's UniqueIdReview.

#include "UniqueIdReview.h"

#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dexdesk {

class Database;

class UniqueIdReviewPage : public QWidget
{
    Q_OBJECT
public:
    enum PersonColumn { NameColumn, BirthDateColumn, SchoolYearColumn, DistrictIdColumn, KindColumn, PersonColumns };
    enum CandidateColumn { IdColumn, CandidateNameColumn, CandidateBirthColumn, ScoreColumn, CandidateColumns };

    explicit UniqueIdReviewPage(QWidget *parent = nullptr);
    ~UniqueIdReviewPage() override;

    void setDatabasePath(const QString &path);
    void refresh();
    int personCount() const { return int(m_items.size()); }

Q_SIGNALS:
    // A person got a state ID or is to get a new one: its records go out with the next changes.
    void personResolved();
    void statusMessage(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showCandidates();
    void updateButtons();
    void useCandidate();
    void requestNewId();
    const UniqueIdReviewItem *currentItem() const;

    std::unique_ptr<Database> m_database;
    QList<UniqueIdReviewItem> m_items;
    QTableWidget *m_persons = nullptr;
    QTableWidget *m_candidates = nullptr;
    QLabel *m_problemLabel = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_useButton = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
};

} // namespace dexdesk
