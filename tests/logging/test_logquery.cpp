// LogQuery on a table of 1,000,000 log rows: filters and search give the right rows, newest first,
// and the time each query takes is printed (docs/logging.md keeps the figures).

#include "LoggingTestSupport.h"
#include "LogQuery.h"
#include "TestTimeScale.h"

#include <QElapsedTimer>
#include <QTest>

using namespace dexdesk;

namespace {

const qint64 kRows = 1000000;
const qint64 kBase = 1767225600000; // 2026-01-01T00:00:00Z; row i is logged at kBase + i seconds

// Category of row i (i % 7) — two are children of dexdesk.net.
const QStringList kCategories = {
    QStringLiteral("dexdesk.engine"),          QStringLiteral("dexdesk.engine.publish"), QStringLiteral("dexdesk.net"),
    QStringLiteral("dexdesk.net.http"),        QStringLiteral("dexdesk.download"),       QStringLiteral("dexdesk.db"),
    QStringLiteral("dexdesk.netherlands.fake")};

QDateTime atRow(qint64 i)
{
    return QDateTime::fromMSecsSinceEpoch(kBase + i * 1000, Qt::UTC);
}

qint64 rowOf(const LogRecord &r)
{
    return (r.atMs - kBase) / 1000;
}

} // namespace

class TestLogQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void newestFirst();
    void byLevel();
    void byCategoryAndChildren();
    void byLea();
    void byTimeRange();
    void textSearch();
    void combined();
    void cursorPagingMatchesOffset();
    void boundedCount();
    void slicedSearchMatchesOneStatement();
    void slicedSearchKeepsRowsWithEqualTimes();
    void stopRequestedCancelsBetweenSlices();

private:
    bool timed(const char *what, const LogQuery &query, QList<LogRecord> *rows);

    std::unique_ptr<test::TestEnvironment> m_env;
    std::unique_ptr<Database> m_db;
};

void TestLogQuery::initTestCase()
{
    m_env = std::make_unique<test::TestEnvironment>();
    m_db = m_env->openDatabase();
    QVERIFY(m_db);
    QSqlQuery q(m_db->connection());
    QString cases;
    for (int c = 0; c < kCategories.size(); ++c)
        cases += QStringLiteral(" WHEN %1 THEN '%2'").arg(c).arg(kCategories.at(c));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY2(
        q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                              "INSERT INTO logs (at, level, category, lea, message) SELECT %2 + i * 1000, i %% 4, "
                              "CASE i %% 7 %3 END, CASE i %% 10 WHEN 0 THEN '255901' WHEN 1 THEN '255902' END, "
                              "'message ' || i || CASE WHEN i %% 100000 = 0 THEN ' Needle_100%' ELSE '' END FROM n")
                   .arg(kRows)
                   .arg(kBase)
                   .arg(cases)
                   .replace(QStringLiteral("%%"), QStringLiteral("%"))),
        qPrintable(Database::lastError(q)));
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    qInfo("generated %lld log rows in %lld ms", kRows, timer.elapsed());
}

void TestLogQuery::cleanupTestCase()
{
    m_db.reset();
    m_env.reset();
}

bool TestLogQuery::timed(const char *what, const LogQuery &query, QList<LogRecord> *rows)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    const bool ok = query.run(m_db->connection(), rows, &error);
    const qint64 ms = timer.elapsed();
    qInfo("LogQuery on %lld rows, %-40s %5lld ms, %lld rows", kRows, what, ms, qint64(rows->size()));
    if (!ok)
        qWarning("%s", qPrintable(error));
    // Generous: this is about the plan (an index, a LIMIT), not the speed of the test machine.
    return ok && ms < scaledDeadlineMs(5000);
}

void TestLogQuery::newestFirst()
{
    LogQuery query;
    QList<LogRecord> rows;
    QVERIFY(timed("newest 500, no filter:", query, &rows));
    QCOMPARE(rows.size(), 500);
    QCOMPARE(rowOf(rows.first()), kRows);
    QCOMPARE(rowOf(rows.last()), kRows - 499);
    QCOMPARE(rows.first().message, QStringLiteral("message 1000000 Needle_100%"));
}

void TestLogQuery::byLevel()
{
    LogQuery query;
    query.level = LogLevel::Warning;
    QList<LogRecord> rows;
    QVERIFY(timed("level warning or worse:", query, &rows));
    QCOMPARE(rows.size(), 500);
    for (const LogRecord &r : rows)
        QVERIFY(int(r.level) <= int(LogLevel::Warning));
    QCOMPARE(rowOf(rows.first()), kRows); // 1000000 % 4 == 0 (error)
    QCOMPARE(rowOf(rows.at(1)), kRows - 3); // 999997 % 4 == 1 (warning)
    query.level = LogLevel::Error;
    QVERIFY(timed("level error:", query, &rows));
    QCOMPARE(rowOf(rows.first()), kRows);
    QCOMPARE(rowOf(rows.at(1)), kRows - 4);
}

void TestLogQuery::byCategoryAndChildren()
{
    LogQuery query;
    query.categories = {QStringLiteral("dexdesk.net")};
    QList<LogRecord> rows;
    QVERIFY(timed("category dexdesk.net (and children):", query, &rows));
    QCOMPARE(rows.size(), 500);
    for (const LogRecord &r : rows)
        QVERIFY2(r.category == QLatin1String("dexdesk.net") || r.category == QLatin1String("dexdesk.net.http"),
                 qPrintable(r.category));
    query.categories = {QStringLiteral("dexdesk.db"), QStringLiteral("dexdesk.engine.publish")};
    QVERIFY(timed("two categories:", query, &rows));
    QCOMPARE(rowOf(rows.first()), kRows); // 1000000 % 7 == 1 (dexdesk.engine.publish)
    QCOMPARE(rowOf(rows.at(1)), kRows - 3); // 999997 % 7 == 5 (dexdesk.db)
    for (const LogRecord &r : rows)
        QVERIFY(r.category == QLatin1String("dexdesk.db") || r.category == QLatin1String("dexdesk.engine.publish"));
    QCOMPARE(rows.size(), 500);
    // A category with no rows, and a parent of every category.
    query.categories = {QStringLiteral("dexdesk.uniqueid")};
    QVERIFY(timed("category without rows:", query, &rows));
    QCOMPARE(rows.size(), 0);
    query.categories = {QStringLiteral("dexdesk")};
    QVERIFY(timed("category dexdesk (everything):", query, &rows));
    QCOMPARE(rowOf(rows.first()), kRows);
}

void TestLogQuery::byLea()
{
    LogQuery query;
    query.lea = QStringLiteral("255902");
    QList<LogRecord> rows;
    QVERIFY(timed("LEA 255902:", query, &rows));
    QCOMPARE(rows.size(), 500);
    QCOMPARE(rowOf(rows.first()), kRows - 9);
    for (const LogRecord &r : rows)
        QCOMPARE(r.lea, QStringLiteral("255902"));
}

void TestLogQuery::byTimeRange()
{
    LogQuery query;
    query.since = atRow(500000);
    query.until = atRow(500100);
    QList<LogRecord> rows;
    QVERIFY(timed("100 s window in the middle:", query, &rows));
    QCOMPARE(rows.size(), 100);
    QCOMPARE(rowOf(rows.first()), 500099);
    QCOMPARE(rowOf(rows.last()), 500000);
}

void TestLogQuery::textSearch()
{
    LogQuery query;
    query.text = QStringLiteral("needle_100%"); // case-insensitive; _ and % are literal
    QList<LogRecord> rows;
    QVERIFY(timed("text search, 10 hits in the table:", query, &rows));
    QCOMPARE(rows.size(), 10);
    for (int k = 0; k < 10; ++k)
        QCOMPARE(rowOf(rows.at(k)), kRows - k * 100000);
    query.text = QStringLiteral("message 99999");
    QVERIFY(timed("text search, frequent:", query, &rows));
    QCOMPARE(rows.size(), 11); // 99999 and 999990 … 999999
    query.text = QStringLiteral("no such text");
    QVERIFY(timed("text search, no hit:", query, &rows));
    QCOMPARE(rows.size(), 0);
}

void TestLogQuery::combined()
{
    LogQuery query;
    query.level = LogLevel::Warning;
    query.categories = {QStringLiteral("dexdesk.engine")};
    query.lea = QStringLiteral("255901");
    query.since = atRow(900000);
    QList<LogRecord> rows;
    QVERIFY(timed("level+category+LEA+since:", query, &rows));
    QVERIFY(!rows.isEmpty());
    for (const LogRecord &r : rows) {
        const qint64 i = rowOf(r);
        QVERIFY(i >= 900000 && i % 4 <= 1 && i % 10 == 0 && (i % 7 == 0 || i % 7 == 1));
    }
    // Every matching row, counted the slow way.
    qint64 expected = 0;
    for (qint64 i = 900000; i <= kRows; ++i)
        expected += (i % 4 <= 1 && i % 10 == 0 && (i % 7 == 0 || i % 7 == 1)) ? 1 : 0;
    QCOMPARE(rows.size(), qMin<qint64>(expected, 500));
}

void TestLogQuery::cursorPagingMatchesOffset()
{
    LogQuery first;
    first.level = LogLevel::Info;
    first.limit = 200;
    QList<LogRecord> page1, page2, byOffset;
    QVERIFY(timed("page 1:", first, &page1));
    LogQuery next = first;
    next.before = LogQuery::Cursor {page1.last().atMs, page1.last().id};
    QVERIFY(timed("page 2 by cursor:", next, &page2));
    LogQuery offset = first;
    offset.offset = 200;
    QVERIFY(timed("page 2 by offset:", offset, &byOffset));
    QCOMPARE(page2.size(), 200);
    for (int k = 0; k < page2.size(); ++k)
        QCOMPARE(page2.at(k).id, byOffset.at(k).id);
    LogQuery deep = first;
    deep.before = LogQuery::Cursor {atRow(1000).toMSecsSinceEpoch(), 1000};
    QVERIFY(timed("deep page by cursor (row 1000):", deep, &page2));
    QCOMPARE(rowOf(page2.first()), 999 - (999 % 4 == 3 ? 1 : 0));
}

void TestLogQuery::boundedCount()
{
    LogQuery query;
    query.level = LogLevel::Warning;
    QElapsedTimer timer;
    timer.start();
    QString error;
    QCOMPARE(query.countUpTo(m_db->connection(), 10000, &error), 10000);
    query.text = QStringLiteral("Needle_100");
    QCOMPARE(query.countUpTo(m_db->connection(), 10000, &error), 10);
    qInfo("two bounded counts: %lld ms", timer.elapsed());
}

void TestLogQuery::slicedSearchMatchesOneStatement()
{
    LogQuery whole;
    whole.text = QStringLiteral("9999"); // about 50 rows in the range, spread over many slices
    whole.since = atRow(985000);
    whole.level = LogLevel::Warning;
    whole.limit = 300;
    whole.sliceRows = 0;
    LogQuery sliced = whole;
    sliced.sliceRows = 97; // slice ends fall anywhere, not on round numbers
    int slices = 0;
    sliced.stopRequested = [&slices] {
        ++slices;
        return false;
    };
    QList<LogRecord> expected, rows;
    QVERIFY(timed("text search, one statement:", whole, &expected));
    QVERIFY(timed("text search, in slices of 97:", sliced, &rows));
    QVERIFY2(expected.size() >= 40 && expected.size() < 300, qPrintable(QString::number(expected.size())));
    QCOMPARE(rows.size(), expected.size());
    for (int k = 0; k < rows.size(); ++k)
        QCOMPARE(rows.at(k).id, expected.at(k).id);
    QVERIFY2(slices > 3, qPrintable(QString::number(slices)));
    // And a page that ends inside a slice, continued by cursor.
    sliced.limit = 20;
    QVERIFY(timed("first page in slices:", sliced, &rows));
    QCOMPARE(rows.size(), 20);
    sliced.before = LogQuery::Cursor {rows.last().atMs, rows.last().id};
    QVERIFY(timed("second page in slices:", sliced, &rows));
    QCOMPARE(rows.size(), 20);
    for (int k = 0; k < 20; ++k)
        QCOMPARE(rows.at(k).id, expected.at(20 + k).id);
}

void TestLogQuery::slicedSearchKeepsRowsWithEqualTimes()
{
    // Many rows logged in the same millisecond: slice ends fall between them.
    test::TestEnvironment env;
    auto db = env.openDatabase();
    QVERIFY(db);
    QSqlQuery q(db->connection());
    QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200) "
                                  "INSERT INTO logs (at, level, category, lea, message) SELECT 1000 + i / 50, 0, "
                                  "'dexdesk.db', NULL, 'row ' || i || CASE WHEN i % 3 = 0 THEN ' hit' ELSE '' END "
                                  "FROM n")));
    LogQuery whole;
    whole.text = QStringLiteral("hit");
    whole.sliceRows = 0;
    LogQuery sliced = whole;
    sliced.sliceRows = 7;
    QList<LogRecord> expected, rows;
    QString error;
    QVERIFY(whole.run(db->connection(), &expected, &error));
    QVERIFY(sliced.run(db->connection(), &rows, &error));
    QCOMPARE(expected.size(), 66);
    QCOMPARE(rows.size(), expected.size());
    for (int k = 0; k < rows.size(); ++k)
        QCOMPARE(rows.at(k).id, expected.at(k).id);
}

void TestLogQuery::stopRequestedCancelsBetweenSlices()
{
    LogQuery query;
    query.text = QStringLiteral("no such text"); // would read the whole table
    int asked = 0;
    query.stopRequested = [&asked] { return ++asked == 3; };
    QList<LogRecord> rows;
    QString error;
    bool cancelled = false;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!query.run(m_db->connection(), &rows, &error, &cancelled));
    qInfo("text search stopped after two slices of %d rows in %lld ms", LogQuery::kSliceRows, timer.elapsed());
    QVERIFY(cancelled);
    QCOMPARE(asked, 3); // two slices searched, stopped before the third
    QVERIFY(rows.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
    // Without a stop, the same search reads every slice and succeeds.
    query.stopRequested = [&asked] {
        ++asked;
        return false;
    };
    asked = 0;
    QVERIFY(query.run(m_db->connection(), &rows, &error, &cancelled));
    QVERIFY(!cancelled);
    QCOMPARE(asked, int(kRows / LogQuery::kSliceRows) + 1); // the last check finds no row left
}

QTEST_GUILESS_MAIN(TestLogQuery)
#include "test_logquery.moc"
