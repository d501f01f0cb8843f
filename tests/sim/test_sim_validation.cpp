// dexdesk-sim validates like a strict agency: 400 with validationErrors, 409 for missing
// references, 403 for years and resources a client may not touch, and the {"message"} switch.
#include "SimFixtures.h"
#include "SimProcess.h"
#include "SimTestClient.h"

#include <QJsonArray>
#include <QTest>

using namespace SimFixtures;

class TestSimValidation : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    std::unique_ptr<SimTestClient> m_client;
    const QString m_students = QStringLiteral("/data/v3/2027/ed-fi/students");
    const QString m_enrollments = QStringLiteral("/data/v3/2027/ed-fi/studentSchoolAssociations");

    // Returns the validationErrors object after checking the problem-details frame.
    QJsonObject expectValidationError(const TestReply &r, const QString &path)
    {
        [&] {
            QCOMPARE(r.status, 400);
            QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
            const QJsonObject o = r.json().object();
            QCOMPARE(o.value(QStringLiteral("status")).toInt(), 400);
            QCOMPARE(o.value(QStringLiteral("type")).toString(),
                     QStringLiteral("urn:ed-fi:api:bad-request:data-validation-failed"));
            QVERIFY(!o.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("detail")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("correlationId")).toString().isEmpty());
            QVERIFY2(o.value(QStringLiteral("validationErrors")).toObject().contains(path), r.body.constData());
        }();
        return r.json().object().value(QStringLiteral("validationErrors")).toObject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_sim.start({QStringLiteral("--client"), QStringLiteral("training-key:training-secret:2027"),
                              QStringLiteral("--client"), QStringLiteral("students-only:s3cret:*:students")}),
                 qPrintable(m_sim.errorString()));
        m_client = std::make_unique<SimTestClient>(m_sim.baseUrl());
        QVERIFY(!m_client->fetchToken().isEmpty());
    }
    void init() { QVERIFY(m_sim.reset(true, true)); }

    void validRecordIsAccepted() { QCOMPARE(m_client->post(m_students, student(QStringLiteral("V1"))).status, 201); }

    void missingRequiredField()
    {
        QJsonObject body = student(QStringLiteral("V2"));
        body.remove(QStringLiteral("firstName"));
        const QJsonObject errors
            = expectValidationError(m_client->post(m_students, body), QStringLiteral("$.firstName"));
        QVERIFY(errors.value(QStringLiteral("$.firstName"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QStringLiteral("required")));
        QCOMPARE(m_sim.records(QStringLiteral("students"), 2027).size(), 0);
    }

    void unknownProperty()
    {
        QJsonObject body = student(QStringLiteral("V3"));
        body.insert(QStringLiteral("nickname"), QStringLiteral("Addie"));
        expectValidationError(m_client->post(m_students, body), QStringLiteral("$.nickname"));
    }

    void clientAssignedIdRejected()
    {
        QJsonObject body = student(QStringLiteral("V3b"));
        body.insert(QStringLiteral("id"), QStringLiteral("0123"));
        expectValidationError(m_client->post(m_students, body), QStringLiteral("$.id"));
    }

    void tooLongString()
    {
        const QJsonObject body = student(QStringLiteral("V4"), QString(76, QLatin1Char('x')));
        const QJsonObject errors
            = expectValidationError(m_client->post(m_students, body), QStringLiteral("$.firstName"));
        QVERIFY(
            errors.value(QStringLiteral("$.firstName")).toArray().first().toString().contains(QStringLiteral("75")));
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("V4"), QString(75, QLatin1Char('x')))).status, 201);
    }

    void wrongTypes()
    {
        QJsonObject body = student(QStringLiteral("V5"));
        body.insert(QStringLiteral("birthDate"), QStringLiteral("2010-02-30"));
        expectValidationError(m_client->post(m_students, body), QStringLiteral("$.birthDate"));
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("V5"))).status, 201);
        QJsonObject e = enrollment(QStringLiteral("V5"));
        e.insert(QStringLiteral("schoolReference"),
                 QJsonObject {{QStringLiteral("schoolId"), QStringLiteral("255901001")}});
        expectValidationError(m_client->post(m_enrollments, e), QStringLiteral("$.schoolReference.schoolId"));
    }

    void unknownDescriptor()
    {
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("V6"))).status, 201);
        const TestReply r = m_client->post(
            m_enrollments, enrollment(QStringLiteral("V6"), 255901001, QStringLiteral("Thirteenth grade")));
        const QJsonObject errors = expectValidationError(r, QStringLiteral("$.entryGradeLevelDescriptor"));
        QVERIFY(errors.value(QStringLiteral("$.entryGradeLevelDescriptor"))
                    .toArray()
                    .first()
                    .toString()
                    .contains(QStringLiteral("does not exist")));
        QCOMPARE(m_client->post(m_enrollments, enrollment(QStringLiteral("V6"))).status, 201);
    }

    void postedDescriptorBecomesKnown()
    {
        const QJsonObject grade {
            {QStringLiteral("namespace"), QStringLiteral("uri://state.example.gov/GradeLevelDescriptor")},
            {QStringLiteral("codeValue"), QStringLiteral("Grade 13")},
            {QStringLiteral("shortDescription"), QStringLiteral("Grade 13")}};
        QCOMPARE(m_client->post(QStringLiteral("/data/v3/2027/ed-fi/gradeLevelDescriptors"), grade).status, 201);
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("V7"))).status, 201);
        QJsonObject e = enrollment(QStringLiteral("V7"));
        e.insert(QStringLiteral("entryGradeLevelDescriptor"),
                 QStringLiteral("uri://state.example.gov/GradeLevelDescriptor#Grade 13"));
        QCOMPARE(m_client->post(m_enrollments, e).status, 201);
    }

    void invalidJson()
    {
        const TestReply r = m_client->send("POST", m_students, "{\"studentUniqueId\": ");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
    }

    void missingReferenceIs409()
    {
        const TestReply r = m_client->post(m_enrollments, enrollment(QStringLiteral("NOT-STORED")));
        QCOMPARE(r.status, 409);
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("status")).toInt(), 409);
        QVERIFY(o.value(QStringLiteral("detail")).toString().contains(QStringLiteral("Student")));
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("V8"))).status, 201);
        QCOMPARE(m_client->post(m_enrollments, enrollment(QStringLiteral("V8"), 999999)).status, 409);
        QCOMPARE(m_sim.records(QStringLiteral("studentSchoolAssociations"), 2027).size(), 0);
    }

    void referencedRecordCannotBeDeleted()
    {
        const TestReply s = m_client->post(m_students, student(QStringLiteral("V9")));
        QCOMPARE(s.status, 201);
        QCOMPARE(m_client->post(m_enrollments, enrollment(QStringLiteral("V9"))).status, 201);
        QCOMPARE(m_client->del(QString::fromUtf8(s.header("Location"))).status, 409);
    }

    void yearNotGrantedIs403()
    {
        const TestReply r
            = m_client->post(QStringLiteral("/data/v3/2026/ed-fi/students"), student(QStringLiteral("V10")));
        QCOMPARE(r.status, 403);
        QVERIFY(r.json().object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("2026")));
        QCOMPARE(m_client->get(QStringLiteral("/changeQueries/v1/2026/availableChangeVersions")).status, 403);
    }

    void resourceNotGrantedIs403()
    {
        SimTestClient limited(m_sim.baseUrl());
        QVERIFY(!limited.fetchToken(QStringLiteral("students-only"), QStringLiteral("s3cret")).isEmpty());
        QCOMPARE(limited.post(QStringLiteral("/data/v3/2026/ed-fi/students"), student(QStringLiteral("V11"))).status,
                 201);
        const TestReply r = limited.post(QStringLiteral("/data/v3/2026/ed-fi/staffs"), staff(QStringLiteral("T1")));
        QCOMPARE(r.status, 403);
        QVERIFY(r.json().object().value(QStringLiteral("detail")).toString().contains(QStringLiteral("staffs")));
    }

    void unknownYearAndResourceAre404()
    {
        QCOMPARE(m_client->get(QStringLiteral("/data/v3/2031/ed-fi/students")).status, 404);
        QCOMPARE(m_client->get(QStringLiteral("/data/v3/2027/ed-fi/pets")).status, 404);
    }

    void messageShapeSwitch()
    {
        QVERIFY(m_sim.setFaults({{QStringLiteral("errorShape"), QStringLiteral("message")}}));
        QJsonObject body = student(QStringLiteral("V12"));
        body.remove(QStringLiteral("lastSurname"));
        const TestReply r = m_client->post(m_students, body);
        QCOMPARE(r.status, 400);
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        const QJsonObject o = r.json().object();
        QVERIFY(!o.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!o.contains(QStringLiteral("type")));
        QVERIFY(o.value(QStringLiteral("modelState")).toObject().contains(QStringLiteral("$.lastSurname")));
        QCOMPARE(m_client->post(m_enrollments, enrollment(QStringLiteral("NOPE"))).json().object().keys(),
                 QStringList {QStringLiteral("message")});
    }

    // The other error shapes real servers send (issue 11), and 409 for an unknown descriptor.
    void otherErrorShapes()
    {
        QJsonObject noName = student(QStringLiteral("V13"));
        noName.remove(QStringLiteral("lastSurname"));

        QVERIFY(m_sim.setFaults({{QStringLiteral("errorShape"), QStringLiteral("errorText")}}));
        TestReply r = m_client->post(m_students, noName);
        QCOMPARE(r.status, 400);
        QVERIFY(r.json().object().value(QStringLiteral("error")).isString());

        QVERIFY(m_sim.setFaults({{QStringLiteral("errorShape"), QStringLiteral("errorList")}}));
        r = m_client->post(m_students, noName);
        QCOMPARE(r.status, 400);
        const QJsonObject first = r.json().object().value(QStringLiteral("error")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("path")).toString(), QStringLiteral("$.lastSurname"));
        QVERIFY(!first.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!first.value(QStringLiteral("suggestion")).toString().isEmpty());

        QVERIFY(m_sim.setFaults({{QStringLiteral("errorShape"), QStringLiteral("errorObject")}}));
        r = m_client->post(m_enrollments, enrollment(QStringLiteral("NOPE")));
        QCOMPARE(r.status, 409);
        const QJsonObject error = r.json().object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Reference validation failed"));
        const QJsonObject failure = error.value(QStringLiteral("failures")).toArray().first().toObject();
        QCOMPARE(failure.value(QStringLiteral("resourceName")).toString(), QStringLiteral("Student"));
        QCOMPARE(failure.value(QStringLiteral("identity"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("studentUniqueId")),
                 QJsonValue(QStringLiteral("NOPE")));

        // A descriptor value the server lacks: 409 naming it instead of 400.
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("V14"))).status, 201);
        QVERIFY(m_sim.setFaults({{QStringLiteral("descriptorConflict"), true}}));
        r = m_client->post(m_enrollments,
                           enrollment(QStringLiteral("V14"), 255901001, QStringLiteral("Grade Thirteen")));
        QCOMPARE(r.status, 409);
        const QJsonObject d = r.json()
                                  .object()
                                  .value(QStringLiteral("error"))
                                  .toObject()
                                  .value(QStringLiteral("failures"))
                                  .toArray()
                                  .first()
                                  .toObject();
        QCOMPARE(d.value(QStringLiteral("resourceName")).toString(), QStringLiteral("GradeLevelDescriptor"));
        QCOMPARE(d.value(QStringLiteral("identity")).toArray().first().toObject().value(QStringLiteral("descriptor")),
                 QJsonValue(descriptor(QStringLiteral("GradeLevelDescriptor"), QStringLiteral("Grade Thirteen"))));

        QVERIFY(m_sim.setFaults({{QStringLiteral("errorShape"), QStringLiteral("empty")}}));
        r = m_client->post(m_students, noName);
        QCOMPARE(r.status, 400);
        QVERIFY(r.body.isEmpty());
        m_client->setToken("not-a-token");
        r = m_client->get(m_students);
        QCOMPARE(r.status, 401);
        QVERIFY(r.body.isEmpty());
        QVERIFY(!r.header("WWW-Authenticate").isEmpty());
        QVERIFY(!m_sim.setFaults({{QStringLiteral("errorShape"), QStringLiteral("xml")}}));
        QVERIFY(!m_client->fetchToken().isEmpty());
    }

    // Ownership-based authorization: a record another client created answers 403.
    void ownershipBetweenClients()
    {
        QVERIFY(m_sim.setFaults({{QStringLiteral("ownership"), true}}));
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("V15"))).status, 201);
        SimTestClient other(m_sim.baseUrl());
        QVERIFY(!other.fetchToken(QStringLiteral("students-only"), QStringLiteral("s3cret")).isEmpty());
        TestReply r = other.post(m_students, student(QStringLiteral("V15"), QStringLiteral("Changed")));
        QCOMPARE(r.status, 403);
        QVERIFY2(
            r.json().object().value(QStringLiteral("detail")).toString().contains(QLatin1String("another API client")),
            r.body.constData());
        QCOMPARE(other.post(m_students, student(QStringLiteral("V16"))).status, 201);
        // The owner may still change its own record.
        QCOMPARE(m_client->post(m_students, student(QStringLiteral("V15"), QStringLiteral("Mine"))).status, 200);
        const TestReply created = m_client->post(m_students, student(QStringLiteral("V17")));
        QCOMPARE(other.del(QString::fromUtf8(created.header("Location"))).status, 403);
        QVERIFY(m_sim.setFaults({{QStringLiteral("ownership"), false}}));
        QCOMPARE(other.post(m_students, student(QStringLiteral("V15"), QStringLiteral("Changed"))).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSimValidation)
#include "test_sim_validation.moc"
