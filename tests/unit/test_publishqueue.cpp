// PublishQueue on a real database file (no network): changes coalesce per record with the newest
// deciding; work comes out in dependency order; outcomes land in publish status; a descriptor
// value the agency lacks and a person waiting for a state ID are held back with a clear reason;
// a new change of a held or rejected record makes it go again.

#include "Backoff.h"
#include "Database.h"
#include "PublishQueue.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

QueueFilter everything()
{
    QueueFilter f;
    f.resources = {QStringLiteral("students"), QStringLiteral("studentSchoolAssociations")};
    f.schoolYears = {2027};
    f.leaIds = {QStringLiteral("255901")};
    return f;
}

bool run(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql)) {
        qWarning() << sql << Database::lastError(q);
        return false;
    }
    return true;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

QString stateOf(Database &db, const QString &resource, const QString &like)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT state FROM publish_status WHERE resource = '%1' AND key_text LIKE '%%2%'")
               .arg(resource, like));
    return q.next() ? q.value(0).toString() : QString();
}

const QString kStudent = QStringLiteral(
    "INSERT INTO rec_students (school_year, lea_id, student_unique_id, first_name, last_surname, birth_date%1) "
    "VALUES (2027, '255901', '%2', 'Ann', 'Lee', '2010-01-01'%3)");
const QString kEnrolment
    = QStringLiteral("INSERT INTO rec_student_school_associations (school_year, lea_id, student_unique_id, school_id, "
                     "entry_date, entry_grade_level) VALUES (2027, '255901', '%1', 255901001, '2026-08-20', '%2')");

} // namespace

class TestPublishQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coalescesAndOrders()
    {
        TestEnvironment env;
        auto db = env.openDatabase();
        QVERIFY(db);
        QVERIFY(run(*db, QStringLiteral("UPDATE capture_control SET enabled = 1")));
        QVERIFY(run(*db, kEnrolment.arg(QStringLiteral("S1"), QStringLiteral("Ninth grade"))));
        QVERIFY(run(*db, kStudent.arg(QString(), QStringLiteral("S1"), QString())));
        for (int i = 0; i < 5; ++i)
            QVERIFY(run(*db, QStringLiteral("UPDATE rec_students SET first_name = 'Name%1'").arg(i)));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM change_queue")), 7);

        PublishQueue queue(db->connection());
        QString error;
        QVERIFY2(queue.ingest(&error) == 7, qPrintable(error));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM publish_status")), 2); // one per record
        QCOMPARE(queue.pendingCount(), 2);

        // Students (people) before their enrolments, whatever the order of the changes.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<WorkItem> due = queue.due(everything(), now, 10, {}, &error);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().resource, QStringLiteral("students"));
        QCOMPARE(due.first().seq, 7); // the newest change
        const Payload p = queue.payload(due.first(), &error);
        QCOMPARE(p.body.value(QStringLiteral("firstName")).toString(), QStringLiteral("Name4"));
        QVERIFY(!p.body.contains(QStringLiteral("needs_state_id"))); // local columns never leave

        Outcome sent;
        sent.item = due.first();
        sent.kind = Outcome::Kind::Sent;
        sent.resourceId = QStringLiteral("abc");
        QVERIFY(queue.record({sent}, now, &error));
        QCOMPARE(stateOf(*db, QStringLiteral("students"), QStringLiteral("S1")), QStringLiteral("sent"));
        due = queue.due(everything(), now, 10, {}, &error);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().resource, QStringLiteral("studentSchoolAssociations"));

        // Rejected, then the record changes: it goes again.
        Outcome rejected;
        rejected.item = due.first();
        rejected.kind = Outcome::Kind::Rejected;
        rejected.httpStatus = 400;
        rejected.message = QStringLiteral("{\"detail\":\"bad\"}");
        QVERIFY(queue.record({rejected}, now, &error));
        QCOMPARE(queue.due(everything(), now, 10, {}, &error).size(), 0);
        QVERIFY(
            run(*db, QStringLiteral("UPDATE rec_student_school_associations SET entry_grade_level = 'Tenth grade'")));
        QCOMPARE(queue.ingest(&error), 1);
        QCOMPARE(queue.due(everything(), now, 10, {}, &error).size(), 1);
    }

    // A waiting enrolment keeps a one-off run going only while a record of an earlier order can
    // still be sent in the run: of its LEA and school year, and within the run's filter.
    void sendableCountLooksOnlyWithinTheRun()
    {
        TestEnvironment env;
        auto db = env.openDatabase();
        QVERIFY(db);
        QVERIFY(run(*db, QStringLiteral("UPDATE capture_control SET enabled = 1")));
        QVERIFY(run(*db, kStudent.arg(QString(), QStringLiteral("W1"), QString())));
        QVERIFY(run(*db, kEnrolment.arg(QStringLiteral("W1"), QStringLiteral("Ninth grade"))));
        PublishQueue queue(db->connection());
        QString error;
        QCOMPARE(queue.ingest(&error), 2);
        // The enrolment has waited its tries; the student is pending (sendable).
        QVERIFY(run(*db,
                    QStringLiteral("UPDATE publish_status SET state = 'waiting', attempts = %1, "
                                   "next_attempt_at = 1 WHERE resource = 'studentSchoolAssociations'")
                        .arg(PublishQueue::kWaitingTries)));
        const qint64 horizon = QDateTime::currentMSecsSinceEpoch() + 1000;
        QCOMPARE(queue.sendableCount(everything(), horizon), 2); // the student, and the enrolment for it

        // The student in another LEA (not this run's): the enrolment has nothing to wait for.
        QVERIFY(run(*db, QStringLiteral("UPDATE publish_status SET lea_id = '255902' WHERE resource = 'students'")));
        QCOMPARE(queue.sendableCount(everything(), horizon), 0);
        QueueFilter both = everything();
        both.leaIds << QStringLiteral("255902");
        QCOMPARE(queue.sendableCount(both, horizon), 1); // the student only: another LEA's
        // Another school year than the run's: the same.
        QVERIFY(run(*db,
                    QStringLiteral("UPDATE publish_status SET lea_id = '255901', school_year = 2026 WHERE "
                                   "resource = 'students'")));
        QCOMPARE(queue.sendableCount(everything(), horizon), 0);
        // Tried Backoff::kStuckAfter times: stuck, not sendable.
        QVERIFY(run(*db,
                    QStringLiteral("UPDATE publish_status SET school_year = 2027, attempts = 10 WHERE "
                                   "resource = 'students'")));
        QCOMPARE(queue.sendableCount(everything(), horizon), 0);
    }

    // Issue 11: a 409 wait while the student is still being retried is not an attempt (it would
    // make the enrolment stuck after 10 refusals under faults); once the student is stuck, it is.
    void dependencyWaitsAreNotAttempts()
    {
        TestEnvironment env;
        auto db = env.openDatabase();
        QVERIFY(db);
        QVERIFY(run(*db, QStringLiteral("UPDATE capture_control SET enabled = 1")));
        QVERIFY(run(*db, kStudent.arg(QString(), QStringLiteral("D1"), QString())));
        QVERIFY(run(*db, kEnrolment.arg(QStringLiteral("D1"), QStringLiteral("Ninth grade"))));
        PublishQueue queue(db->connection());
        QString error;
        QCOMPARE(queue.ingest(&error), 2);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 studentDue = now + 20000;
        QVERIFY(run(*db,
                    QStringLiteral("UPDATE publish_status SET state = 'retrying', attempts = 4, "
                                   "next_attempt_at = %1 WHERE resource = 'students'")
                        .arg(studentDue)));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT key_text, tier FROM publish_status WHERE resource = "
                                      "'studentSchoolAssociations'")));
        QVERIFY(q.next());
        Outcome wait;
        wait.item.resource = QStringLiteral("studentSchoolAssociations");
        wait.item.schoolYear = 2027;
        wait.item.keyText = q.value(0).toString();
        wait.item.leaId = QStringLiteral("255901");
        wait.item.order = q.value(1).toInt();
        wait.kind = Outcome::Kind::Waiting;
        wait.httpStatus = 409;
        wait.nextAttemptAt = now + 1000;
        q.finish();
        for (int i = 0; i < Backoff::kStuckAfter + 2; ++i)
            QVERIFY2(queue.record({wait}, now, &error), qPrintable(error));
        const QString enrolment = QStringLiteral(" FROM publish_status WHERE resource = 'studentSchoolAssociations'");
        QCOMPARE(scalar(*db, QStringLiteral("SELECT attempts") + enrolment), 0);
        QCOMPARE(stateOf(*db, QStringLiteral("studentSchoolAssociations"), QStringLiteral("D1")),
                 QStringLiteral("waiting"));
        // Not tried before the student is: no 409 after 409 while it is in backoff.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT next_attempt_at") + enrolment), studentDue);

        // The student stuck: waiting on it now counts.
        QVERIFY(run(*db,
                    QStringLiteral("UPDATE publish_status SET attempts = %1 WHERE resource = 'students'")
                        .arg(Backoff::kStuckAfter)));
        QVERIFY2(queue.record({wait}, now, &error), qPrintable(error));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT attempts") + enrolment), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT next_attempt_at") + enrolment), now + 1000);
    }

    void holdsBackWhatTheAgencyLacks()
    {
        TestEnvironment env;
        auto db = env.openDatabase();
        QVERIFY(db);
        QVERIFY(run(*db, QStringLiteral("UPDATE capture_control SET enabled = 1")));
        // The agency's grade levels, as a download stores them: Ninth grade only.
        QVERIFY(run(*db,
                    QStringLiteral("INSERT INTO descriptors (school_year, descriptor, namespace, code_value, "
                                   "updated_at) VALUES (2027, 'GradeLevelDescriptor', "
                                   "'uri://ed-fi.org/GradeLevelDescriptor', 'Ninth grade', 0)")));
        QVERIFY(run(*db, kEnrolment.arg(QStringLiteral("S1"), QStringLiteral("Ninth grade"))));
        QVERIFY(run(*db, kEnrolment.arg(QStringLiteral("S2"), QStringLiteral("Grade Thirteen"))));
        QVERIFY(
            run(*db, kStudent.arg(QStringLiteral(", needs_state_id"), QStringLiteral("S3"), QStringLiteral(", 1"))));

        PublishQueue queue(db->connection());
        queue.setUniqueIdRequired(true);
        QString error;
        QCOMPARE(queue.ingest(&error), 3);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<Outcome> outcomes;
        int sendable = 0;
        for (int round = 0; round < 2; ++round) {
            for (const WorkItem &w : queue.due(everything(), now, 10, {}, &error)) {
                const Payload p = queue.payload(w, &error);
                if (p.hold.isEmpty()) {
                    ++sendable;
                    Outcome o;
                    o.item = w;
                    o.kind = Outcome::Kind::Sent;
                    outcomes << o;
                    continue;
                }
                Outcome o;
                o.item = w;
                o.kind = Outcome::Kind::Held;
                o.hold = p.hold;
                o.message = p.holdMessage;
                outcomes << o;
            }
            QVERIFY(queue.record(std::exchange(outcomes, {}), now, &error));
        }
        QCOMPARE(sendable, 1); // S1's enrolment only
        QCOMPARE(stateOf(*db, QStringLiteral("students"), QStringLiteral("S3")), QStringLiteral("awaiting_id"));
        QCOMPARE(stateOf(*db, QStringLiteral("studentSchoolAssociations"), QStringLiteral("S2")),
                 QStringLiteral("exception"));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT last_error FROM publish_status WHERE state = 'exception'")) && q.next());
        QVERIFY2(q.value(0).toString().contains(QLatin1String("Grade Thirteen")), qPrintable(q.value(0).toString()));
        q.finish();
        QCOMPARE(queue.due(everything(), now, 10, {}, &error).size(), 0); // held records are not retried
        QCOMPARE(queue.pendingCount(), 0);

        // Without the Unique ID service the district's ID is the unique ID: the person goes.
        queue.setUniqueIdRequired(false);
        QCOMPARE(queue.retryFailed(&error), 2);
        QList<WorkItem> due = queue.due(everything(), now, 10, {}, &error);
        QCOMPARE(due.size(), 1);
        QVERIFY(queue.payload(due.first(), &error).hold.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPublishQueue)
#include "test_publishqueue.moc"
