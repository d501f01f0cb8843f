// The Logs section over a table of 1,000,000 log rows: newest first, each filter and the text
// search give the right rows, copy puts the selected lines on the clipboard, and the GUI thread
// never stalls long while the page loads or searches (queries run on the viewer's own thread).

#include "GuiTestSupport.h"
#include "LogTableModel.h"
#include "LogViewerPage.h"
#include "Paths.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

constexpr qint64 kRows = 1000000;
constexpr int kWaitMs = 20000;
constexpr qint64 kStallTargetMs = 50;
constexpr qint64 kStallLimitMs = 250;

// The longest gap between ticks of a 5 ms timer on the GUI thread: how long the window could not
// react to anything.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { m_longest = qMax(m_longest, m_sinceTick.restart()); });
        m_sinceTick.start();
        m_timer.start();
    }
    qint64 longestMs() const { return qMax(m_longest, m_sinceTick.elapsed()); }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longest = 0;
};

} // namespace

class TestGuiLogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void showsNewestRowsFirstWithoutStalling();
    void scrollingFetchesTheNextPage();
    void filtersByLevel();
    void filtersByCategoryWithChildren();
    void filtersByLea();
    void filtersByTime();
    void searchFindsTheNeedleWithoutStalling();
    void copyPutsSelectedLinesOnTheClipboard();
    void cancelStopsASearchAndTheNextQueryRunsAtOnce();
    void openLogFolderActionNamesTheLogFolder();

private:
    void waitIdle();
    QString message(int row) const { return m_model->record(row).message; }
    static QString expected(qint64 i) { return QStringLiteral("message ") + QString::number(i); }

    std::unique_ptr<TestEnvironment> m_env;
    ProfileRepository m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<GuiSession> m_session;
    std::unique_ptr<PromptRecorder> m_prompts;
    LogViewerPage *m_page = nullptr;
    LogTableModel *m_model = nullptr;
    qint64 m_baseMs = 0;
};

void TestGuiLogs::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    m_profiles = TestEnvironment::shippedProfiles();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_prompts = std::make_unique<PromptRecorder>();
    {
        // Row i (1 = newest) is i seconds old; level i % 4, five categories, two LEAs on a fifth of
        // the rows, and one needle.
        std::unique_ptr<Database> db = m_env->openDatabase();
        QVERIFY(db);
        m_baseMs = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
        QElapsedTimer timer;
        timer.start();
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        const QString sql
            = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                             "INSERT INTO logs (at, level, category, lea, message) SELECT %2 - i * 1000, i % 4, "
                             "CASE i % 5 WHEN 0 THEN 'dexdesk.engine.publish' WHEN 1 THEN 'dexdesk.net.http' "
                             "WHEN 2 THEN 'dexdesk.net' WHEN 3 THEN 'dexdesk.db' ELSE 'dexdesk.ui' END, "
                             "CASE i % 10 WHEN 0 THEN '255901' WHEN 1 THEN '255902' END, "
                             "'message ' || i || CASE WHEN i = 777777 THEN ' Needle_Q7x' ELSE '' END FROM n")
                  .arg(kRows)
                  .arg(m_baseMs);
        QVERIFY2(q.exec(sql), qPrintable(Database::lastError(q)));
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        qInfo("generated %lld log rows in %lld ms", kRows, timer.elapsed());
    }
    m_session = std::make_unique<GuiSession>(*m_env, &m_profiles, m_secrets.get());
    QVERIFY(m_session->isValid());
    m_page = m_session->window().logViewerPage();
    QVERIFY(m_page);
    m_model = m_page->model();
}

void TestGuiLogs::cleanupTestCase()
{
    m_session.reset();
    m_prompts.reset();
    m_secrets.reset();
    m_env.reset();
}

void TestGuiLogs::init()
{
    if (!m_session)
        return;
    // Each test starts from the unfiltered view, as a user who clears the filters would.
    auto *level = m_session->find<QComboBox>(QStringLiteral("logLevelCombo"));
    auto *category = m_session->find<QComboBox>(QStringLiteral("logCategoryCombo"));
    auto *since = m_session->find<QComboBox>(QStringLiteral("logSinceCombo"));
    QVERIFY(level && category && since);
    level->setCurrentIndex(0);
    category->setCurrentIndex(0);
    since->setCurrentIndex(since->findData(QStringLiteral("all")));
    m_session->find<QLineEdit>(QStringLiteral("logLeaEdit"))->clear();
    m_session->find<QLineEdit>(QStringLiteral("logSearchEdit"))->clear();
    m_page->refresh();
}

void TestGuiLogs::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading() && m_model->rowCount() > 0, kWaitMs);
}

void TestGuiLogs::showsNewestRowsFirstWithoutStalling()
{
    auto *status = m_session->find<QLabel>(QStringLiteral("logStatusLabel"));
    QVERIFY(status);
    StallMeter meter;
    m_session->window().showSection(MainWindow::Section::Logs);
    QTRY_VERIFY(m_page->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), LogTableModel::kPageRows, kWaitMs);
    QTRY_VERIFY(!m_model->isLoading());
    const qint64 stall = meter.longestMs();
    qInfo("longest GUI-thread stall while the Logs page loads: %lld ms (target %lld ms)", stall, kStallTargetMs);
    QVERIFY2(stall <= kStallLimitMs, qPrintable(QStringLiteral("stalled %1 ms").arg(stall)));

    for (int row = 0; row < 5; ++row) {
        QCOMPARE(message(row), expected(row + 1));
        QCOMPARE(m_model->record(row).atMs, m_baseMs - (row + 1) * 1000);
    }
    auto *table = m_session->find<QTableView>(QStringLiteral("logTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->index(0, LogTableModel::MessageColumn).data().toString(), expected(1));
    QVERIFY2(status->text().contains(QStringLiteral("scroll for more")), qPrintable(status->text()));
}

void TestGuiLogs::scrollingFetchesTheNextPage()
{
    m_session->window().showSection(MainWindow::Section::Logs);
    waitIdle();
    QCOMPARE(m_model->rowCount(), LogTableModel::kPageRows);
    auto *table = m_session->find<QTableView>(QStringLiteral("logTable"));
    table->scrollToBottom(); // the view asks the model for more
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 2 * LogTableModel::kPageRows, kWaitMs);
    QCOMPARE(message(LogTableModel::kPageRows - 1), expected(LogTableModel::kPageRows));
    QCOMPARE(message(LogTableModel::kPageRows), expected(LogTableModel::kPageRows + 1));
}

void TestGuiLogs::filtersByLevel()
{
    auto *level = m_session->find<QComboBox>(QStringLiteral("logLevelCombo"));
    level->setCurrentIndex(level->findData(int(LogLevel::Error)));
    waitIdle();
    QCOMPARE(m_model->rowCount(), LogTableModel::kPageRows);
    QCOMPARE(message(0), expected(4));
    QCOMPARE(message(1), expected(8));
    QCOMPARE(message(2), expected(12));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->record(row).level, LogLevel::Error);

    level->setCurrentIndex(level->findData(int(LogLevel::Warning))); // errors and warnings: i % 4 in {0, 1}
    waitIdle();
    QCOMPARE(message(0), expected(1));
    QCOMPARE(message(1), expected(4));
    QCOMPARE(message(2), expected(5));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->record(row).level <= LogLevel::Warning);
}

void TestGuiLogs::filtersByCategoryWithChildren()
{
    QVERIFY(
        chooseComboData(m_session->find<QComboBox>(QStringLiteral("logCategoryCombo")), QStringLiteral("dexdesk.net")));
    waitIdle();
    const QList<int> first = {1, 2, 6, 7, 11, 12};
    for (int row = 0; row < first.size(); ++row)
        QCOMPARE(message(row), expected(first.at(row)));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString c = m_model->record(row).category;
        QVERIFY2(c == QLatin1String("dexdesk.net") || c == QLatin1String("dexdesk.net.http"), qPrintable(c));
    }
}

void TestGuiLogs::filtersByLea()
{
    retype(m_session->find<QLineEdit>(QStringLiteral("logLeaEdit")), QStringLiteral("255902"));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->filter().lea, QStringLiteral("255902"), kWaitMs);
    waitIdle();
    QCOMPARE(message(0), expected(1));
    QCOMPARE(message(1), expected(11));
    QCOMPARE(message(2), expected(21));
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->record(row).lea, QStringLiteral("255902"));
}

void TestGuiLogs::filtersByTime()
{
    QVERIFY(chooseComboData(m_session->find<QComboBox>(QStringLiteral("logSinceCombo")), QStringLiteral("hour")));
    const qint64 sinceMs = m_model->filter().since.toMSecsSinceEpoch();
    QVERIFY(sinceMs > 0);
    // Page through every row of the last hour: about 3,600 of them, exactly those newer than `since`.
    while (!m_model->isComplete()) {
        QTRY_VERIFY_WITH_TIMEOUT(!m_model->isLoading(), kWaitMs);
        if (m_model->canFetchMore())
            m_model->fetchMore();
    }
    const int count = m_model->rowCount();
    QVERIFY2(count > 3000 && count <= 3600, qPrintable(QString::number(count)));
    QCOMPARE(message(count - 1), expected(count));
    QVERIFY(m_model->record(count - 1).atMs >= sinceMs);
    QVERIFY(m_baseMs - (count + 1) * 1000 < sinceMs); // the next older row is outside the range
    QTRY_VERIFY(m_session->find<QLabel>(QStringLiteral("logStatusLabel"))->text().contains(QStringLiteral("all")));
}

void TestGuiLogs::searchFindsTheNeedleWithoutStalling()
{
    waitIdle();
    StallMeter meter;
    retype(m_session->find<QLineEdit>(QStringLiteral("logSearchEdit")), QStringLiteral("needle_q7X"));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->filter().text == QStringLiteral("needle_q7X") && m_model->isComplete(), kWaitMs);
    const qint64 stall = meter.longestMs();
    qInfo("longest GUI-thread stall while a text search runs: %lld ms (target %lld ms)", stall, kStallTargetMs);
    QVERIFY2(stall <= kStallLimitMs, qPrintable(QStringLiteral("stalled %1 ms").arg(stall)));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(message(0), QStringLiteral("message 777777 Needle_Q7x"));
    QCOMPARE(m_session->find<QLabel>(QStringLiteral("logStatusLabel"))->text(),
             QStringLiteral("Showing all 1 matching row(s)."));
}

void TestGuiLogs::cancelStopsASearchAndTheNextQueryRunsAtOnce()
{
    m_session->window().showSection(MainWindow::Section::Logs);
    waitIdle();
    auto *search = m_session->find<QLineEdit>(QStringLiteral("logSearchEdit"));
    auto *cancel = m_session->find<QPushButton>(QStringLiteral("logCancelButton"));
    auto *status = m_session->find<QLabel>(QStringLiteral("logStatusLabel"));
    QVERIFY(search && cancel && status);
    QVERIFY(!cancel->isVisible());

    // How long a search that matches nothing takes: it reads all million rows.
    // Timed by the model's own signal, not by the 50 ms polls of QTRY.
    QElapsedTimer timer;
    qint64 answeredAfterMs = -1;
    const QMetaObject::Connection timing = connect(m_model, &LogTableModel::stateChanged, this, [&] {
        if (answeredAfterMs < 0 && timer.isValid() && !m_model->isLoading() && !m_model->isCancelled())
            answeredAfterMs = timer.elapsed();
    });
    retype(search, QStringLiteral("no such text q1"));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoading() && cancel->isVisible(), kWaitMs);
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(answeredAfterMs >= 0, kWaitMs);
    const qint64 wholeSearchMs = answeredAfterMs;
    QVERIFY(!cancel->isVisible());

    // The same search again, cancelled as soon as it runs, then the unfiltered view asked for.
    retype(search, QStringLiteral("no such text q2"));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoading() && cancel->isVisible(), kWaitMs);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!m_model->isLoading());
    QVERIFY(m_model->isCancelled());
    QVERIFY(!cancel->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("cancelled")), qPrintable(status->text()));
    QTest::qWait(0);
    QCOMPARE(m_model->rowCount(), 0); // the stopped search's answer is not shown

    answeredAfterMs = -1;
    timer.restart();
    search->clear();
    m_page->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(answeredAfterMs >= 0 && m_model->rowCount() > 0, kWaitMs);
    const qint64 nextQueryMs = answeredAfterMs;
    disconnect(timing);
    qInfo("whole text search: %lld ms; first page after a cancelled search: %lld ms", wholeSearchMs, nextQueryMs);
    QCOMPARE(message(0), expected(1));
    QVERIFY(!m_model->isCancelled());
    // Without a real stop the worker would finish reading the table before answering.
    QVERIFY2(nextQueryMs * 3 < wholeSearchMs,
             qPrintable(QStringLiteral("%1 ms vs %2 ms").arg(nextQueryMs).arg(wholeSearchMs)));

    // Esc cancels too.
    retype(search, QStringLiteral("no such text q3"));
    QTRY_VERIFY_WITH_TIMEOUT(m_model->isLoading(), kWaitMs);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(m_model->isCancelled());
    QVERIFY(!m_model->isLoading());
}

void TestGuiLogs::copyPutsSelectedLinesOnTheClipboard()
{
    m_session->window().showSection(MainWindow::Section::Logs);
    waitIdle();
    auto *table = m_session->find<QTableView>(QStringLiteral("logTable"));
    auto *copy = m_session->find<QAction>(QStringLiteral("logCopyAction"));
    QVERIFY(table && copy);
    QApplication::clipboard()->clear();
    const QPoint first = table->visualRect(table->model()->index(0, LogTableModel::MessageColumn)).center();
    const QPoint third = table->visualRect(table->model()->index(2, LogTableModel::MessageColumn)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, first);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ShiftModifier, third);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 3);
    QVERIFY(copy->isEnabled());
    copy->trigger();
    const QString expectedText = m_model->record(0).toLine() + QLatin1Char('\n') + m_model->record(1).toLine()
        + QLatin1Char('\n') + m_model->record(2).toLine() + QLatin1Char('\n');
    QCOMPARE(QApplication::clipboard()->text(), expectedText);
    QVERIFY(m_model->record(0).toLine().endsWith(QStringLiteral("[lea:255902] message 1")));
}

void TestGuiLogs::openLogFolderActionNamesTheLogFolder()
{
    auto *action = m_session->find<QAction>(QStringLiteral("openLogFolderAction"));
    QVERIFY(action);
    QCOMPARE(m_page->logDirectory(), Paths::logDirectory());
    QCOMPARE(action->data().toString(), Paths::logDirectory());
}

QTEST_MAIN(TestGuiLogs)
#include "test_gui_logs.moc"
