// Purge (SPEC §9): with rows and files of every age, each policy removes exactly what the
// retention table says and nothing else; a dry run removes nothing and reports the same counts.

#include "LoggingTestSupport.h"
#include "Purger.h"

#include <QDir>
#include <QTest>

using namespace dexdesk;

Q_DECLARE_METATYPE(dexdesk::PurgePolicy)

namespace {

const QList<int> kAges = {1, 5, 8, 20, 31, 60, 91, 200}; // days, none on a boundary
const int kOldBulk = 12000; // rows 400 days old: more than two delete batches

qint64 countOf(const QList<PurgeCount> &list, const QString &id)
{
    for (const PurgeCount &c : list) {
        if (c.ruleId == id)
            return c.count;
    }
    return -1;
}

struct Fixture {
    Fixture()
    {
        db = env.openDatabase();
        logDir = env.path(QStringLiteral("logs"));
        QDir().mkpath(logDir);
        now = QDateTime::currentDateTimeUtc();
        QSqlDatabase c = db->connection();
        c.transaction();
        QSqlQuery q(c);
        q.prepare(QStringLiteral("INSERT INTO logs (at, level, category, lea, message) VALUES (?, 0, 'dexdesk.engine', "
                                 "NULL, ?)"));
        for (int age : kAges) {
            q.addBindValue(now.addDays(-age).addSecs(-60).toMSecsSinceEpoch());
            q.addBindValue(QStringLiteral("age %1").arg(age));
            q.exec();
        }
        QSqlQuery bulk(c);
        bulk.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                 "INSERT INTO logs (at, level, category, message) SELECT %2, 3, 'dexdesk.net', 'bulk' "
                                 "FROM n")
                      .arg(kOldBulk)
                      .arg(now.addDays(-400).toMSecsSinceEpoch()));
        // Other tables: never purged by the log rules, however old.
        QSqlQuery other(c);
        other.exec(QStringLiteral("INSERT INTO audit_trail (at, action, profile_id, field, old_value, new_value, "
                                  "user_name) VALUES (%1, 'save', '', 'jobFrequency', 'low', 'high', 'x')")
                       .arg(now.addDays(-1000).toMSecsSinceEpoch()));
        other.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('jobFrequency', 'high')"));
        c.commit();

        // dexdesk.log (being written, old or not), dexdesk.1 … .4 at several ages, one unrelated file.
        const QList<QPair<QString, int>> files
            = {{QStringLiteral("dexdesk.log"), 100},   {QStringLiteral("dexdesk.1.log"), 2},
               {QStringLiteral("dexdesk.2.log"), 10},  {QStringLiteral("dexdesk.3.log"), 45},
               {QStringLiteral("dexdesk.4.log"), 120}, {QStringLiteral("notes.txt"), 500}};
        for (const auto &[name, age] : files) {
            QFile f(QDir(logDir).filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write("x\n");
            f.flush(); // a later flush would set the time again
            f.setFileTime(now.addDays(-age), QFileDevice::FileModificationTime);
        }
    }

    qint64 logRows() const { return test::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM logs")); }

    test::TestEnvironment env;
    std::unique_ptr<Database> db;
    QString logDir;
    QDateTime now;
};

} // namespace

class TestPurger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retentionTable();
    void eachPolicy_data();
    void eachPolicy();
    void engineWork();
};

void TestPurger::retentionTable()
{
    // SPEC §9: log rows and log files 7 / 30 / 90 days.
    for (const QString &id : {QStringLiteral("logRows"), QStringLiteral("logFiles")}) {
        const auto it = std::find_if(Purger::rules().cbegin(), Purger::rules().cend(),
                                     [&](const PurgeRule &r) { return r.id == id; });
        QVERIFY(it != Purger::rules().cend());
        QCOMPARE(it->keptDays(PurgePolicy::Aggressive), 7);
        QCOMPARE(it->keptDays(PurgePolicy::Typical), 30);
        QCOMPARE(it->keptDays(PurgePolicy::Seldom), 90);
    }
}

void TestPurger::eachPolicy_data()
{
    QTest::addColumn<PurgePolicy>("policy");
    QTest::addColumn<int>("keptDays");
    QTest::addColumn<QStringList>("filesLeft");
    QTest::newRow("aggressive") << PurgePolicy::Aggressive << 7
                                << QStringList {QStringLiteral("dexdesk.1.log"), QStringLiteral("dexdesk.log")};
    QTest::newRow("typical") << PurgePolicy::Typical << 30
                             << QStringList {QStringLiteral("dexdesk.1.log"), QStringLiteral("dexdesk.2.log"),
                                             QStringLiteral("dexdesk.log")};
    QTest::newRow("seldom") << PurgePolicy::Seldom << 90
                            << QStringList {QStringLiteral("dexdesk.1.log"), QStringLiteral("dexdesk.2.log"),
                                            QStringLiteral("dexdesk.3.log"), QStringLiteral("dexdesk.log")};
}

void TestPurger::eachPolicy()
{
    QFETCH(PurgePolicy, policy);
    QFETCH(int, keptDays);
    QFETCH(QStringList, filesLeft);
    Fixture f;
    QVERIFY(f.db);
    qint64 expected = kOldBulk;
    for (int age : kAges)
        expected += age > keptDays ? 1 : 0;
    const qint64 total = f.logRows();
    QCOMPARE(total, qint64(kOldBulk + kAges.size()));

    Purger purger(f.db->connection(), f.logDir);
    QList<PurgeCount> plan;
    QString error;
    QVERIFY2(purger.plan(policy, f.now, &plan, &error), qPrintable(error));
    QCOMPARE(countOf(plan, QStringLiteral("logRows")), expected);
    QCOMPARE(countOf(plan, QStringLiteral("logFiles")), qint64(5 - filesLeft.size() + 0));
    // The dry run removed nothing.
    QCOMPARE(f.logRows(), total);
    QCOMPARE(QDir(f.logDir).entryList(QDir::Files).size(), 6);

    QList<PurgeCount> removed;
    QVERIFY2(purger.run(policy, f.now, &removed, &error), qPrintable(error));
    QCOMPARE(countOf(removed, QStringLiteral("logRows")), expected);
    QCOMPARE(countOf(removed, QStringLiteral("logFiles")), countOf(plan, QStringLiteral("logFiles")));
    QCOMPARE(f.logRows(), total - expected);
    // Exactly the rows younger than the policy remain.
    const qint64 cutoff = f.now.addDays(-keptDays).toMSecsSinceEpoch();
    QCOMPARE(test::scalar(f.db->connection(), QStringLiteral("SELECT COUNT(*) FROM logs WHERE at < %1").arg(cutoff)),
             0);
    for (int age : kAges) {
        QCOMPARE(test::scalar(f.db->connection(),
                              QStringLiteral("SELECT COUNT(*) FROM logs WHERE message = 'age %1'").arg(age)),
                 age > keptDays ? 0 : 1);
    }
    // Nothing else touched.
    QCOMPARE(test::scalar(f.db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_trail")), 1);
    QCOMPARE(test::scalar(f.db->connection(), QStringLiteral("SELECT COUNT(*) FROM settings")), 1);
    QStringList left = QDir(f.logDir).entryList({QStringLiteral("dexdesk*.log")}, QDir::Files);
    left.sort();
    QCOMPARE(left, filesLeft);
    QVERIFY(QFile::exists(QDir(f.logDir).filePath(QStringLiteral("notes.txt"))));

    // A second plan finds nothing more.
    QVERIFY(purger.plan(policy, f.now, &plan, &error));
    QCOMPARE(countOf(plan, QStringLiteral("logRows")), 0);
    QCOMPARE(countOf(plan, QStringLiteral("logFiles")), 0);
}

// The engine's rows: delivered changes and finished runs older than the policy go; pending,
// rejected, not yet taken in and recent ones stay; publish status is never touched.
void TestPurger::engineWork()
{
    Fixture f;
    QSqlDatabase c = f.db->connection();
    const qint64 old = f.now.addDays(-40).toMSecsSinceEpoch();
    const qint64 recent = f.now.addDays(-5).toMSecsSinceEpoch();
    QSqlQuery q(c);
    auto change = [&](qint64 seq, const QString &key, qint64 at) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO change_queue (seq, resource, school_year, lea_id, key_text, "
                                      "local_id, op, created_at) VALUES (%1, 'students', 2027, '1', '%2', 1, 'U', %3)")
                           .arg(seq)
                           .arg(key)
                           .arg(at)));
    };
    auto status = [&](const QString &key, qint64 pending, qint64 sent, const QString &state) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO publish_status (resource, school_year, key_text, lea_id, local_id, "
                                      "op, tier, pending_seq, sent_seq, state, updated_at) VALUES ('students', 2027, "
                                      "'%1', '1', 1, 'U', 12, %2, %3, '%4', 0)")
                           .arg(key)
                           .arg(pending)
                           .arg(sent)
                           .arg(state)));
    };
    change(1, QStringLiteral("A"), old); // delivered, old: goes
    change(2, QStringLiteral("B"), recent); // delivered, recent: stays
    change(3, QStringLiteral("C"), old); // pending: stays
    change(4, QStringLiteral("D"), old); // rejected: stays
    change(5, QStringLiteral("A"), old); // A's newer change, not confirmed yet: stays
    change(6, QStringLiteral("E"), old); // not taken in by the engine yet: stays
    status(QStringLiteral("A"), 5, 1, QStringLiteral("pending"));
    status(QStringLiteral("B"), 2, 2, QStringLiteral("sent"));
    status(QStringLiteral("C"), 3, 0, QStringLiteral("retrying"));
    status(QStringLiteral("D"), 4, 0, QStringLiteral("rejected"));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO engine_state (key, value) VALUES ('ingested_seq', '5')")));
    for (const auto &[at, finished] : {std::pair {old, true}, std::pair {old, false}, std::pair {recent, true}}) {
        QVERIFY(q.exec(QStringLiteral("INSERT INTO job_runs (kind, started_at, finished_at) VALUES ('publish', %1, %2)")
                           .arg(at)
                           .arg(finished ? QString::number(at + 1000) : QStringLiteral("NULL"))));
    }

    Purger purger(c, f.logDir);
    QList<PurgeCount> plan, removed;
    QString error;
    QVERIFY2(purger.plan(PurgePolicy::Typical, f.now, &plan, &error), qPrintable(error));
    QCOMPARE(countOf(plan, QStringLiteral("deliveredChanges")), 1);
    QCOMPARE(countOf(plan, QStringLiteral("jobRuns")), 1);
    QCOMPARE(test::scalar(c, QStringLiteral("SELECT COUNT(*) FROM change_queue")), 6); // a plan removes nothing
    QVERIFY2(purger.run(PurgePolicy::Typical, f.now, &removed, &error), qPrintable(error));
    QCOMPARE(countOf(removed, QStringLiteral("deliveredChanges")), 1);
    QCOMPARE(countOf(removed, QStringLiteral("jobRuns")), 1);
    QCOMPARE(test::scalar(c, QStringLiteral("SELECT COUNT(*) FROM change_queue WHERE seq = 1")), 0);
    QCOMPARE(test::scalar(c, QStringLiteral("SELECT COUNT(*) FROM change_queue WHERE seq IN (2, 3, 4, 5, 6)")), 5);
    QCOMPARE(test::scalar(c, QStringLiteral("SELECT COUNT(*) FROM job_runs WHERE finished_at IS NULL")), 1);
    QCOMPARE(test::scalar(c, QStringLiteral("SELECT COUNT(*) FROM job_runs")), 2);
    QCOMPARE(test::scalar(c, QStringLiteral("SELECT COUNT(*) FROM publish_status")), 4);
}

QTEST_GUILESS_MAIN(TestPurger)
#include "test_purger.moc"
