// The Unique ID service against dexdesk-sim on 127.0.0.1, on real SQLite files: a single confident
// match and a brand-new ID are written back to the person and its associations (and queued for
// publishing); several candidates wait for review, where choosing one writes it back and the engine
// then publishes the person under it; "Request a new ID" gets one; a 202 is polled until answered;
// a 503 is retried with backoff.

#include "ApiSession.h"
#include "Database.h"
#include "EngineTestSupport.h"
#include "HttpClient.h"
#include "MemorySecretStore.h"
#include "ProfileRepository.h"
#include "SettingsStore.h"
#include "SimProcess.h"
#include "TestSupport.h"
#include "TokenProvider.h"
#include "UniqueIdProcessor.h"
#include "UniqueIdReview.h"
#include "WallClock.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const QString kSecret = QStringLiteral("training-secret");

struct Person {
    QString districtId;
    QString given;
    QString family;
    QString birth;
};

// A flagged student with a school enrolment and an education organization association.
bool insertStudent(QSqlDatabase db, const Person &p)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO rec_students (school_year, lea_id, student_unique_id, first_name, "
                             "last_surname, birth_date, needs_state_id) VALUES (2027, '255901', ?, ?, ?, ?, 1)"));
    q.addBindValue(p.districtId);
    q.addBindValue(p.given);
    q.addBindValue(p.family);
    q.addBindValue(p.birth);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT INTO rec_student_school_associations (school_year, lea_id, student_unique_id, "
                             "school_id, entry_date, entry_grade_level) VALUES (2027, '255901', ?, 255901001, "
                             "'2026-08-20', 'Tenth grade')"));
    q.addBindValue(p.districtId);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT INTO rec_student_education_organization_associations (school_year, lea_id, "
                             "student_unique_id, education_organization_id, sex) VALUES (2027, '255901', ?, 255901, "
                             "'Female')"));
    q.addBindValue(p.districtId);
    return q.exec();
}

QVariantList row(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QVariantList out;
    if (q.exec() && q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            out << q.value(i);
    }
    return out;
}

qint64 count(QSqlDatabase db, const QString &sql, const QVariantList &binds = {})
{
    const QVariantList r = row(db, sql, binds);
    return r.isEmpty() ? -1 : r.first().toLongLong();
}

} // namespace

class TestUniqueId : public QObject
{
    Q_OBJECT

private:
    // A simulator, a database with change capture on, and an authorised session for the LEA.
    struct Rig {
        SimProcess sim;
        TestEnvironment env;
        std::unique_ptr<Database> db;
        std::unique_ptr<HttpClient> client;
        std::unique_ptr<TokenProvider> tokens;
        std::unique_ptr<ApiSession> session;

        QSqlDatabase connection() const { return db->connection(); }
        QUrl identityUrl() const { return sim.url(QStringLiteral("/identity/v2")); }
    };

    static bool setUp(Rig &rig)
    {
        if (!rig.sim.start()) {
            qWarning("%s", qPrintable(rig.sim.errorString()));
            return false;
        }
        rig.db = rig.env.openDatabase();
        QString error;
        if (!rig.db || !SettingsStore::setCapture(rig.db->connection(), true, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        rig.client = std::make_unique<HttpClient>(4);
        rig.tokens = std::make_unique<TokenProvider>(rig.client.get(), rig.sim.url(QStringLiteral("/oauth/token")),
                                                     QStringLiteral("training-key"), kSecret);
        rig.session = std::make_unique<ApiSession>(rig.client.get(), rig.tokens.get());
        return true;
    }

    static UniqueIdSummary runProcessor(Rig &rig, qint64 pollDelayMs = 0, ClockJump *clockJump = nullptr)
    {
        UniqueIdScope scope;
        scope.schoolYears = {kYear};
        scope.leaIds = {kLea};
        UniqueIdProcessor processor(rig.connection(), rig.session.get(), rig.identityUrl(), scope);
        processor.setPollDelayMs(pollDelayMs);
        processor.setClockJump(clockJump);
        QSignalSpy finished(&processor, &UniqueIdProcessor::finished);
        processor.start();
        if (finished.isEmpty() && !finished.wait(20000))
            qWarning("the Unique ID run did not finish");
        return processor.summary();
    }

    // Registers a person with the simulator's identity service, as another district once did.
    static QString registerIdentity(Rig &rig, const Person &p)
    {
        RequestSpec spec;
        spec.method = "POST";
        spec.url = rig.sim.url(QStringLiteral("/identity/v2/identities"));
        spec.setHeader("Content-Type", "application/json");
        spec.body = QJsonDocument(QJsonObject {{QStringLiteral("givenName"), p.given},
                                               {QStringLiteral("familyName"), p.family},
                                               {QStringLiteral("birthDate"), p.birth}})
                        .toJson(QJsonDocument::Compact);
        QString id;
        bool done = false;
        rig.session->send(spec, [&](const ApiResult &r) {
            id = QJsonDocument::fromJson(r.http.body).object().value(QStringLiteral("uniqueId")).toString();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("the identity service did not answer");
        return id;
    }

    static QString studentKey(QSqlDatabase db, const QString &given)
    {
        const QVariantList r
            = row(db, QStringLiteral("SELECT student_unique_id FROM rec_students WHERE first_name = ?"), {given});
        return r.isEmpty() ? QString() : r.first().toString();
    }

    // The person, its two associations and their queued upserts all carry `id`; the flag is clear.
    static void verifyWrittenBack(QSqlDatabase db, const QString &given, const QString &id)
    {
        QCOMPARE(studentKey(db, given), id);
        QCOMPARE(count(db, QStringLiteral("SELECT needs_state_id FROM rec_students WHERE first_name = ?"), {given}), 0);
        QCOMPARE(
            count(db,
                  QStringLiteral("SELECT COUNT(*) FROM rec_student_school_associations WHERE student_unique_id = ?"),
                  {id}),
            1);
        QCOMPARE(count(db,
                       QStringLiteral("SELECT COUNT(*) FROM rec_student_education_organization_associations WHERE "
                                      "student_unique_id = ?"),
                       {id}),
                 1);
        for (const QString &resource : {QStringLiteral("students"), QStringLiteral("studentSchoolAssociations"),
                                        QStringLiteral("studentEducationOrganizationAssociations")}) {
            QVERIFY2(count(db,
                           QStringLiteral("SELECT COUNT(*) FROM change_queue WHERE resource = ? AND op = 'U' AND "
                                          "%1 = ?")
                               .arg(sql::jsonField(Database::dialectOf(db), QStringLiteral("key_text"),
                                                   QStringLiteral("studentUniqueId"))),
                           {resource, id})
                         == 1,
                     qPrintable(resource));
        }
        QCOMPARE(row(db,
                     QStringLiteral("SELECT r.state, r.assigned_id FROM unique_id_requests r JOIN rec_students p ON "
                                    "p.id = r.local_id WHERE p.first_name = ?"),
                     {given}),
                 (QVariantList {QStringLiteral("done"), id}));
    }

private Q_SLOTS:
    void singleConfidentMatchIsWrittenBack()
    {
        Rig rig;
        QVERIFY(setUp(rig));
        const Person ana {QStringLiteral("D100"), QStringLiteral("Ana"), QStringLiteral("Lopez"),
                          QStringLiteral("2011-02-03")};
        const QString stateId = registerIdentity(rig, ana);
        QVERIFY(!stateId.isEmpty());
        QVERIFY(insertStudent(rig.connection(), ana));
        QString error;
        QVERIFY(exec(rig.connection(), QStringLiteral("DELETE FROM change_queue"), &error));

        const UniqueIdSummary s = runProcessor(rig);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.matched, 1);
        QCOMPARE(s.created, 0);
        verifyWrittenBack(rig.connection(), ana.given, stateId);
        // The district key was never the agency's: its rows go as deletes, which find nothing.
        QCOMPARE(count(rig.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM change_queue WHERE op = 'D' AND %1 = 'D100'")
                           .arg(sql::jsonField(Database::dialectOf(rig.connection()), QStringLiteral("key_text"),
                                               QStringLiteral("studentUniqueId")))),
                 3);
        const QJsonObject counters = rig.sim.counters();
        QCOMPARE(requestsFor(counters, QStringLiteral("identity"), QStringLiteral("POST")), 2); // register + find

        // Nothing is left to ask: a second run sends nothing.
        const UniqueIdSummary again = runProcessor(rig);
        QCOMPARE(again.handled(), 0);
        QCOMPARE(requestsFor(rig.sim.counters(), QStringLiteral("identity"), QStringLiteral("POST")), 2);
    }

    void nobodyKnownGetsANewId()
    {
        Rig rig;
        QVERIFY(setUp(rig));
        const Person ben {QStringLiteral("D200"), QStringLiteral("Ben"), QStringLiteral("Okafor"),
                          QStringLiteral("2010-09-30")};
        QVERIFY(insertStudent(rig.connection(), ben));
        const UniqueIdSummary s = runProcessor(rig);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.created, 1);
        const QString id = studentKey(rig.connection(), ben.given);
        QVERIFY(!id.isEmpty() && id != ben.districtId);
        verifyWrittenBack(rig.connection(), ben.given, id);
    }

    void severalCandidatesWaitForReviewAndTheChosenOneIsPublished()
    {
        Rig rig;
        QVERIFY(setUp(rig));
        // Saved settings for the simulator (System On, capture on) so the engine can publish afterwards.
        ProfileRepository profiles = TestEnvironment::shippedProfiles();
        MemorySecretStore secrets;
        EngineSetup setup;
        setup.secret = kSecret;
        const QString saveError = saveSettings(rig.env.databasePath(), profiles, &secrets, rig.sim, setup);
        QVERIFY2(saveError.isEmpty(), qPrintable(saveError));

        const Person cara {QStringLiteral("D300"), QStringLiteral("Cara"), QStringLiteral("Candidates3"),
                           QStringLiteral("2012-04-05")};
        QVERIFY(insertStudent(rig.connection(), cara));
        const UniqueIdSummary s = runProcessor(rig);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.review, 1);
        QCOMPARE(studentKey(rig.connection(), cara.given), cara.districtId); // untouched until the user decides

        QList<UniqueIdReviewItem> items;
        QString error;
        QVERIFY2(UniqueIdReview::list(rig.connection(), &items, &error), qPrintable(error));
        QCOMPARE(items.size(), 1);
        const UniqueIdReviewItem item = items.first();
        QCOMPARE(item.person.text(), QStringLiteral("students/2027/D300"));
        QCOMPARE(item.candidates.size(), 3);
        QCOMPARE(item.candidates.at(0).score, 0.9);
        QCOMPARE(item.candidates.at(1).givenName, QStringLiteral("Cara2"));
        QCOMPARE(item.candidates.at(1).birthDate, cara.birth);

        // Only an offered candidate can be chosen.
        QVERIFY(!UniqueIdReview::choose(rig.connection(), item.person, QStringLiteral("123"), &error));
        QVERIFY(error.contains(QLatin1String("123")));
        const QString chosen = item.candidates.at(1).uniqueId;
        QVERIFY2(UniqueIdReview::choose(rig.connection(), item.person, chosen, &error), qPrintable(error));
        QVERIFY(UniqueIdReview::list(rig.connection(), &items, &error));
        QVERIFY(items.isEmpty());
        verifyWrittenBack(rig.connection(), cara.given, chosen);

        // The engine publishes the person and its associations under the chosen ID.
        EngineController controller(rig.env.databasePath(), &profiles, &secrets);
        const RunResult run = runOnce(controller, Engine::Mode::PublishChanges, 60000);
        QVERIFY2(run.finished, qPrintable(run.error));
        bool found = false;
        for (const QJsonValue &v : rig.sim.records(QStringLiteral("students"), kYear))
            found = found || v.toObject().value(QStringLiteral("studentUniqueId")).toString() == chosen;
        QVERIFY2(found, "the student is not at the agency under the chosen ID");
        bool enrolled = false;
        for (const QJsonValue &v : rig.sim.records(QStringLiteral("studentSchoolAssociations"), kYear))
            enrolled = enrolled
                || v.toObject()
                        .value(QStringLiteral("studentReference"))
                        .toObject()
                        .value(QStringLiteral("studentUniqueId"))
                    == chosen;
        QVERIFY2(enrolled, "the enrolment is not at the agency under the chosen ID");
    }

    void requestANewIdFromReview()
    {
        Rig rig;
        QVERIFY(setUp(rig));
        const Person dev {QStringLiteral("D400"), QStringLiteral("Dev"), QStringLiteral("Candidates2"),
                          QStringLiteral("2013-01-15")};
        QVERIFY(insertStudent(rig.connection(), dev));
        QCOMPARE(runProcessor(rig).review, 1);
        UniqueIdReviewItem item;
        QString error;
        QVERIFY2(UniqueIdReview::find(rig.connection(), QStringLiteral("students/2027/D400"), &item, &error),
                 qPrintable(error));
        QCOMPARE(item.candidates.size(), 2);
        QVERIFY2(UniqueIdReview::requestNew(rig.connection(), item.person, &error), qPrintable(error));
        // Asked again for a review it no longer waits for: refused with a reason.
        QVERIFY(!UniqueIdReview::requestNew(rig.connection(), item.person, &error));

        const UniqueIdSummary s = runProcessor(rig);
        QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
        QCOMPARE(s.created, 1);
        const QString id = studentKey(rig.connection(), dev.given);
        QVERIFY(id != dev.districtId);
        for (const UniqueIdCandidate &c : item.candidates)
            QVERIFY(id != c.uniqueId);
        verifyWrittenBack(rig.connection(), dev.given, id);
    }

    void acceptedRequestsArePolledUntilAnswered()
    {
        Rig rig;
        QVERIFY(setUp(rig));
        const Person eve {QStringLiteral("D500"), QStringLiteral("Eve"), QStringLiteral("Marsh"),
                          QStringLiteral("2009-12-01")};
        const QString stateId = registerIdentity(rig, eve);
        QVERIFY(!stateId.isEmpty());
        QVERIFY(
            rig.sim.setFaults({{QStringLiteral("asyncIdentity"), true}, {QStringLiteral("identityPendingPolls"), 2}}));
        QVERIFY(insertStudent(rig.connection(), eve));

        UniqueIdSummary s = runProcessor(rig);
        QCOMPARE(s.polling, 1);
        QCOMPARE(count(rig.connection(),
                       QStringLiteral("SELECT COUNT(*) FROM unique_id_requests WHERE state = "
                                      "'polling' AND poll_url LIKE '%/identity/v2/requests/%'")),
                 1);
        int runs = 1;
        while (s.matched == 0 && runs < 6) {
            s = runProcessor(rig);
            ++runs;
        }
        QCOMPARE(s.matched, 1);
        QCOMPARE(runs, 4); // 202, then two polls still pending, then the answer
        verifyWrittenBack(rig.connection(), eve.given, stateId);
    }

    void serverErrorsAreRetriedWithBackoff()
    {
        Rig rig;
        QVERIFY(setUp(rig));
        const Person fay {QStringLiteral("D600"), QStringLiteral("Fay"), QStringLiteral("Nguyen"),
                          QStringLiteral("2011-07-07")};
        QVERIFY(insertStudent(rig.connection(), fay));
        // The token first: the fault below is for the identity service's answers.
        bool tokenReady = false;
        rig.tokens->token([&](const TokenResult &t) { tokenReady = t.ok; });
        QTRY_VERIFY_WITH_TIMEOUT(tokenReady, 10000);
        QVERIFY(rig.sim.setFaults({{QStringLiteral("errorRates"), QJsonObject {{QStringLiteral("503"), 1.0}}}}));
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        UniqueIdSummary s = runProcessor(rig);
        QCOMPARE(s.retrying, 1);
        const QVariantList r = row(rig.connection(),
                                   QStringLiteral("SELECT state, attempts, next_attempt_at, "
                                                  "last_error FROM unique_id_requests"));
        QCOMPARE(r.value(0).toString(), QStringLiteral("pending"));
        QCOMPARE(r.value(1).toInt(), 1);
        QVERIFY(r.value(2).toLongLong() >= before + 1000);
        QVERIFY2(r.value(3).toString().contains(QLatin1String("503")), qPrintable(r.value(3).toString()));
        // Not due yet: the next run leaves it alone.
        QCOMPARE(runProcessor(rig).handled(), 0);

        QVERIFY(rig.sim.reset(false, true));
        QString error;
        QVERIFY(exec(rig.connection(), QStringLiteral("UPDATE unique_id_requests SET next_attempt_at = 0"), &error));
        s = runProcessor(rig);
        QCOMPARE(s.created, 1);
        QVERIFY(studentKey(rig.connection(), fay.given) != fay.districtId);
    }

    // The system clock set back an hour between two runs (issue 14): the waiting retry moves with
    // it, so it is due as soon as before, not an hour later; a second run without a jump moves
    // nothing. The machine's clock is not touched: WallClock's test offset moves what DEX Desk reads.
    void clockSetBackMovesRetriesWithIt()
    {
        Rig rig;
        QVERIFY(setUp(rig));
        const Person gus {QStringLiteral("D700"), QStringLiteral("Gus"), QStringLiteral("Okafor"),
                          QStringLiteral("2012-03-03")};
        QVERIFY(insertStudent(rig.connection(), gus));
        bool tokenReady = false;
        rig.tokens->token([&](const TokenResult &t) { tokenReady = t.ok; });
        QTRY_VERIFY_WITH_TIMEOUT(tokenReady, 10000);
        QVERIFY(rig.sim.setFaults({{QStringLiteral("errorRates"), QJsonObject {{QStringLiteral("503"), 1.0}}}}));
        ClockJump clockJump;
        QCOMPARE(runProcessor(rig, 0, &clockJump).retrying, 1);
        // Five minutes off, so no run below finds it due however slowly this machine runs.
        QString error;
        QVERIFY2(exec(rig.connection(),
                      QStringLiteral("UPDATE unique_id_requests SET next_attempt_at = %1")
                          .arg(WallClock::nowMs() + 5 * 60 * 1000),
                      &error),
                 qPrintable(error));
        const QString dueSql = QStringLiteral("SELECT next_attempt_at FROM unique_id_requests");
        const qint64 waitBefore = row(rig.connection(), dueSql).value(0).toLongLong() - WallClock::nowMs();

        constexpr qint64 kHourMs = 3600 * 1000;
        WallClock::setOffsetForTesting(-kHourMs);
        const auto restoreClock = qScopeGuard([] { WallClock::setOffsetForTesting(0); });
        QCOMPARE(runProcessor(rig, 0, &clockJump).handled(), 0); // still not due, but moved
        const qint64 waitAfter = row(rig.connection(), dueSql).value(0).toLongLong() - WallClock::nowMs();
        qInfo("Clock set back 1 h: the retry was due in %lld ms before the jump and in %lld ms after it", waitBefore,
              waitAfter);
        // The jump is measured against the monotonic clock, to within its tolerance (a millisecond or two
        // of drift between the two clocks' readings).
        QVERIFY2(waitAfter <= waitBefore + ClockJump::kToleranceMs && waitAfter > waitBefore - 60000,
                 qPrintable(QString::number(waitAfter)));

        // No jump since: nothing moves again.
        const qint64 dueNow = row(rig.connection(), dueSql).value(0).toLongLong();
        runProcessor(rig, 0, &clockJump);
        QCOMPARE(row(rig.connection(), dueSql).value(0).toLongLong(), dueNow);
    }
};

QTEST_GUILESS_MAIN(TestUniqueId)
#include "test_unique_id.moc"
