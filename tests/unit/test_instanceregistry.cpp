// Engine instances on one PostgreSQL database (issue 12), without the network: the connection
// slots are shared out fairly and never more than N are held in total; slots above a share are
// given back only once their requests answered; a dead instance's slots and records are taken
// over once its leases ran out; a change committed after a later one is still taken in; two
// instances never claim the same record, and nothing of a
// later dependency order is claimed while another instance holds an earlier one. PostgreSQL
// only: ctest runs it as test_instanceregistry_pg.

#include "Database.h"
#include "InstanceRegistry.h"
#include "PublishQueue.h"
#include "TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

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

QueueFilter everything()
{
    QueueFilter f;
    f.resources = {QStringLiteral("students"), QStringLiteral("studentSchoolAssociations")};
    f.schoolYears = {2027};
    f.leaIds = {QStringLiteral("255901")};
    return f;
}

} // namespace

class TestInstanceRegistry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestEnvironment::onPostgreSQL())
            QFAIL("PostgreSQL only: ctest runs it as test_instanceregistry_pg through scripts/with-postgres.sh.");
    }

    void slotsAreSharedFairlyAndNeverOverN()
    {
        TestEnvironment env;
        auto db = env.openDatabase();
        QVERIFY(db);
        InstanceRegistry a(db->connection()), b(db->connection()), c(db->connection());
        QString error;
        const qint64 ida = a.enrol(QStringLiteral("host-a"), 1, QStringLiteral("t"), &error);
        QVERIFY2(ida > 0, qPrintable(error));
        InstanceBeat beat;
        // Alone, the first takes all seven.
        QVERIFY2(a.heartbeat(ida, 0, 7, &beat, &error), qPrintable(error));
        QCOMPARE(beat.held, 7);
        QCOMPARE(beat.live, 1);
        const qint64 idb = b.enrol(QStringLiteral("host-b"), 2, QStringLiteral("t"), &error);
        const qint64 idc = c.enrol(QStringLiteral("host-c"), 3, QStringLiteral("t"), &error);
        QVERIFY(idb > 0 && idc > 0);
        // The newcomers find every slot taken; the oldest keeps its slots while 5 requests are out.
        QVERIFY(b.heartbeat(idb, 0, 7, &beat, &error));
        QCOMPARE(beat.held, 0);
        QCOMPARE(beat.share, 2);
        QVERIFY(a.heartbeat(ida, 5, 7, &beat, &error));
        QCOMPARE(beat.share, 3); // 7 / 3, the remainder to the oldest
        QCOMPARE(beat.held, 5);
        QVERIFY(c.heartbeat(idc, 0, 7, &beat, &error));
        QCOMPARE(beat.held, 2);
        // Its requests answered, the oldest gives back down to its share; the others take theirs.
        QVERIFY(a.heartbeat(ida, 0, 7, &beat, &error));
        QCOMPARE(beat.held, 3);
        QVERIFY(b.heartbeat(idb, 0, 7, &beat, &error));
        QCOMPARE(beat.held, 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM connection_slots WHERE owner IS NOT NULL")), 7);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM connection_slots")), 7);

        // C is killed: once its leases ran out (moved into the past here), A and B share its slots.
        QVERIFY(run(
            *db,
            QStringLiteral("UPDATE engine_instances SET heartbeat_at = heartbeat_at - 60000 WHERE id = %1").arg(idc)));
        QVERIFY(run(*db, QStringLiteral("UPDATE connection_slots SET lease_until = 0 WHERE owner = %1").arg(idc)));
        QVERIFY(a.heartbeat(ida, 0, 7, &beat, &error));
        QCOMPARE(beat.live, 2);
        QCOMPARE(beat.held, 4);
        QVERIFY(b.heartbeat(idb, 0, 7, &beat, &error));
        QCOMPARE(beat.held, 3);
        const QList<EngineInstanceInfo> listed = InstanceRegistry::list(db->connection(), &error);
        QCOMPARE(listed.size(), 3);
        QVERIFY(listed.at(0).live && listed.at(1).live && !listed.at(2).live);
        QCOMPARE(listed.at(2).host, QStringLiteral("host-c"));

        // Simultaneous Connections lowered to 4: the table follows and nobody holds more.
        QVERIFY(a.heartbeat(ida, 0, 4, &beat, &error));
        QVERIFY(b.heartbeat(idb, 0, 4, &beat, &error));
        QVERIFY(a.heartbeat(ida, 0, 4, &beat, &error));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM connection_slots")), 4);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM connection_slots WHERE owner IS NOT NULL")), 4);

        // A clean stop gives everything back and leaves the registry.
        QVERIFY(a.leave(ida, &error));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM connection_slots WHERE owner = %1").arg(ida)), 0);
        QCOMPARE(InstanceRegistry::list(db->connection(), &error).size(), 2);
    }

    // A sequence number is drawn at insert but seen at commit: a change whose transaction commits
    // after a later one was taken in must still be taken in (every change delivered).
    void aChangeCommittedLateIsNotSkipped()
    {
        TestEnvironment env;
        auto db = env.openDatabase();
        auto other = env.openDatabase();
        QVERIFY(db && other);
        QVERIFY(run(*db, QStringLiteral("UPDATE capture_control SET enabled = 1")));
        const QString student = QStringLiteral("INSERT INTO rec_students (school_year, lea_id, student_unique_id, "
                                               "first_name, last_surname, birth_date) VALUES (2027, '255901', '%1', "
                                               "'Ann', 'Lee', '2010-01-01')");
        QSqlDatabase late = other->connection();
        QVERIFY(late.transaction());
        QSqlQuery q(late);
        QVERIFY(q.exec(student.arg(QStringLiteral("L1")))); // draws seq 1, not committed yet
        QVERIFY(run(*db, student.arg(QStringLiteral("L2")))); // seq 2, committed
        PublishQueue queue(db->connection());
        QString error;
        QCOMPARE(queue.ingest(&error), 0); // a capture is still open: nothing is taken in yet
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(late.commit());
        QCOMPARE(queue.ingest(&error), 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM publish_status")), 2);
    }

    void claimsAreExclusiveAndKeepTheDependencyOrder()
    {
        TestEnvironment env;
        auto db = env.openDatabase();
        QVERIFY(db);
        QVERIFY(run(*db, QStringLiteral("UPDATE capture_control SET enabled = 1")));
        for (int i = 0; i < 6; ++i) {
            QVERIFY(run(*db,
                        QStringLiteral("INSERT INTO rec_students (school_year, lea_id, student_unique_id, "
                                       "first_name, last_surname, birth_date) VALUES (2027, '255901', 'S%1', "
                                       "'Ann', 'Lee', '2010-01-01')")
                            .arg(i)));
            QVERIFY(run(*db,
                        QStringLiteral("INSERT INTO rec_student_school_associations (school_year, lea_id, "
                                       "student_unique_id, school_id, entry_date, entry_grade_level) VALUES "
                                       "(2027, '255901', 'S%1', 255901001, '2026-08-20', 'Ninth grade')")
                            .arg(i)));
        }
        InstanceRegistry registry(db->connection());
        QString error;
        const qint64 one = registry.enrol(QStringLiteral("h"), 1, QStringLiteral("t"), &error);
        const qint64 two = registry.enrol(QStringLiteral("h"), 2, QStringLiteral("t"), &error);
        PublishQueue first(db->connection()), second(db->connection());
        first.setLeaseOwner(one);
        second.setLeaseOwner(two);
        QVERIFY2(first.ingest(&error) == 12, qPrintable(error));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();

        // Each claims different students; neither takes an association while students are out.
        const QList<WorkItem> a = first.due(everything(), now, 4, {}, &error);
        QCOMPARE(a.size(), 4);
        const QList<WorkItem> b = second.due(everything(), now, 10, {}, &error);
        QCOMPARE(b.size(), 2);
        for (const WorkItem &w : b) {
            QCOMPARE(w.resource, QStringLiteral("students"));
            for (const WorkItem &v : a)
                QVERIFY(v.id() != w.id());
        }
        QVERIFY(second.due(everything(), now, 10, {}, &error).isEmpty());

        // Second's students answered: it still claims no association while first holds students.
        QList<Outcome> done;
        for (const WorkItem &w : b) {
            Outcome o;
            o.item = w;
            done << o;
        }
        QVERIFY2(second.record(done, now, &error), qPrintable(error));
        QVERIFY(second.due(everything(), now, 10, {}, &error).isEmpty());
        QVERIFY(second.waitsOnOtherInstances());

        // An answer for a record whose lease went to another instance is not written.
        Outcome stolen;
        stolen.item = a.first();
        QVERIFY(second.record({stolen}, now, &error));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM publish_status WHERE state = 'sent'")), 2);

        // First gives its claims back (a halt): the students go to whoever claims next.
        QVERIFY(first.releaseLeases(&error));
        const QList<WorkItem> again = second.due(everything(), now, 10, {}, &error);
        QCOMPARE(again.size(), 4);
        QCOMPARE(again.first().resource, QStringLiteral("students"));
    }
};

QTEST_GUILESS_MAIN(TestInstanceRegistry)
#include "test_instanceregistry.moc"
