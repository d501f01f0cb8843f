// One parser for every error body shape real Ed-Fi servers send (issue 11): each gives a short
// cause, the failing field or reference and a fix where one is known; malformed, huge and garbage
// bodies give a clear cause and never crash. Also what a 409 means (ConflictKind).

#include "ApiSession.h"
#include "ConflictKind.h"
#include "ErrorBody.h"

#include <QRandomGenerator>
#include <QTest>

using namespace dexdesk;

class TestErrorBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problemDetailsWithValidationErrors()
    {
        const ErrorBody e = ErrorBody::parse(
            "{\"type\":\"urn:ed-fi:api:bad-request:data-validation-failed\",\"title\":\"Data Validation Failed\", "
            "\"status\":400,\"detail\":\"Data validation failed. See 'validationErrors' for details.\", "
            "\"validationErrors\":{\"$.birthDate\":[\"birthDate is required.\"]},\"correlationId\":\"abc-123\"}",
            400);
        QCOMPARE(e.field, QStringLiteral("birthDate"));
        QCOMPARE(e.cause, QStringLiteral("Data Validation Failed: birthDate: birthDate is required."));
        QCOMPARE(e.correlationId, QStringLiteral("abc-123"));
        QVERIFY(!e.fix.isEmpty());
        QVERIFY(e.summary().contains(QLatin1String("abc-123")));
    }

    void rfc9457Errors()
    {
        // ASP.NET's problem details: "errors" keyed by field, a traceId.
        const ErrorBody e
            = ErrorBody::parse("{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.1\",\"title\":\"One or "
                               "more validation errors occurred.\", \"status\":400,\"errors\":{\"FirstName\":[\"The "
                               "FirstName field is required.\"]},\"traceId\":\"00-ab-01\"}",
                               400);
        QCOMPARE(e.field, QStringLiteral("FirstName"));
        QVERIFY2(e.cause.contains(QLatin1String("The FirstName field is required.")), qPrintable(e.cause));
        QCOMPARE(e.correlationId, QStringLiteral("00-ab-01"));
    }

    void messageOnly()
    {
        const ErrorBody e = ErrorBody::parse(
            "{\"message\":\"The value supplied for the related 'student' resource does not exist.\"}", 409);
        QCOMPARE(e.cause, QStringLiteral("The value supplied for the related 'student' resource does not exist."));
        QCOMPARE(e.references.size(), 1);
        QCOMPARE(e.references.first().resource, QStringLiteral("student"));
        QCOMPARE(e.field, QStringLiteral("student"));
        QVERIFY2(e.fix.contains(QLatin1String("Publish it first")), qPrintable(e.fix));
    }

    void messageWithModelState()
    {
        const ErrorBody e = ErrorBody::parse(
            "{\"Message\":\"The request is invalid.\",\"ModelState\":{\"request.lastSurname\":[\"The lastSurname field "
            "is required.\"]}}",
            400);
        QCOMPARE(e.field, QStringLiteral("lastSurname"));
        QCOMPARE(e.validationErrors, QStringList {QStringLiteral("lastSurname: The lastSurname field is required.")});
        QCOMPARE(e.cause, QStringLiteral("The request is invalid."));
        QVERIFY(e.summary().contains(QLatin1String("The lastSurname field is required.")));
    }

    void errorText()
    {
        const ErrorBody e = ErrorBody::parse("{\"error\":\"Authorization header is missing or malformed\"}", 400);
        QCOMPARE(e.cause, QStringLiteral("Authorization header is missing or malformed"));
        const ErrorBody oauth
            = ErrorBody::parse("{\"error\":\"invalid_client\",\"error_description\":\"Bad key\"}", 400);
        QCOMPARE(oauth.oauthError, QStringLiteral("invalid_client"));
        QCOMPARE(oauth.message, QStringLiteral("Bad key"));
        QCOMPARE(oauth.cause, QStringLiteral("Bad key"));
    }

    void errorObjectWithDescriptorFailure()
    {
        const ErrorBody e = ErrorBody::parse(
            "{\"error\":{\"message\":\"Reference validation "
            "failed\",\"failures\":[{\"resourceName\":\"GradeLevelDescriptor\", "
            "\"identity\":[{\"descriptor\":\"uri://ed-fi.org/GradeLevelDescriptor#Ninth grade\"}]}]}}",
            409);
        QCOMPARE(e.references.size(), 1);
        QVERIFY(e.references.first().descriptor);
        QCOMPARE(e.references.first().values,
                 QStringList {QStringLiteral("uri://ed-fi.org/GradeLevelDescriptor#Ninth grade")});
        QCOMPARE(e.cause,
                 QStringLiteral("Reference validation failed: GradeLevelDescriptor "
                                "uri://ed-fi.org/GradeLevelDescriptor#Ninth grade"));
        QCOMPARE(e.field, QStringLiteral("GradeLevelDescriptor"));
        QVERIFY2(e.fix.contains(QLatin1String("uri://ed-fi.org/GradeLevelDescriptor#Ninth grade")), qPrintable(e.fix));
        QVERIFY(e.namesOnlyDescriptors());
        QVERIFY(e.summary().contains(QLatin1String("#Ninth grade")));
    }

    void errorObjectWithResourceFailure()
    {
        const ErrorBody e = ErrorBody::parse(
            "{\"error\":{\"message\":\"Reference validation failed\",\"failures\":[{\"resourceName\":\"Student\", "
            "\"identity\":[{\"studentUniqueId\":\"604822\"}]}]}}",
            409);
        QCOMPARE(e.references.size(), 1);
        QVERIFY(!e.references.first().descriptor);
        QCOMPARE(e.references.first().values, QStringList {QStringLiteral("studentUniqueId = 604822")});
        QVERIFY(e.cause.contains(QLatin1String("Student studentUniqueId = 604822")));
        QVERIFY(!e.namesOnlyDescriptors());
    }

    void errorList()
    {
        const ErrorBody e = ErrorBody::parse(
            "{\"error\":[{\"message\":\"must be a date\",\"path\":\"$.birthDate\",\"suggestion\":\"Use yyyy-mm-dd.\"}, "
            "{\"message\":\"is required\",\"path\":\"$.firstName\"}]}",
            400);
        QCOMPARE(e.validationErrors.size(), 2);
        QCOMPARE(e.field, QStringLiteral("birthDate"));
        QCOMPARE(e.fix, QStringLiteral("Use yyyy-mm-dd."));
        QCOMPARE(e.cause, QStringLiteral("birthDate: must be a date"));
    }

    void emptyBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("cause");
        QTest::newRow("400") << 400 << QStringLiteral("without saying why");
        QTest::newRow("401") << 401 << QStringLiteral("Not authorised");
        QTest::newRow("403") << 403 << QStringLiteral("Access denied");
        QTest::newRow("500") << 500 << QStringLiteral("server failed");
        QTest::newRow("418") << 418 << QStringLiteral("HTTP 418 with an empty answer");
    }

    void emptyBodies()
    {
        QFETCH(int, status);
        QFETCH(QString, cause);
        for (const QByteArray &body : {QByteArray(), QByteArray(" \r\n ")}) {
            const ErrorBody e = ErrorBody::parse(body, status);
            QVERIFY(e.empty);
            QVERIFY2(e.cause.contains(cause), qPrintable(e.cause));
            QCOMPARE(e.summary(), e.cause);
        }
        QCOMPARE(ErrorBody::parse(QByteArray()).summary(), QStringLiteral("(empty answer)"));
        QVERIFY(ErrorBody::parse({}, 403).fix.contains(QLatin1String("another API client")));
        QVERIFY(ErrorBody::parse({}, 401).fix.contains(QLatin1String("key and secret")));
    }

    void garbage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html><body>Gateway\nTimeout</body></html>");
        QTest::newRow("truncated json") << QByteArray("{\"error\":{\"message\":\"Refer");
        QTest::newRow("unknown json") << QByteArray("{\"unexpected\": true}");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("string") << QByteArray("\"oops\"");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("wrong types") << QByteArray("{\"message\":7,\"error\":{\"failures\":\"x\",\"message\":[1]},"
                                                   "\"errors\":[null,{}],\"validationErrors\":5}");
        QTest::newRow("failures of wrong types")
            << QByteArray("{\"error\":{\"failures\":[1,\"a\",null,{\"identity\":\"x\"},{\"resourceName\":[]}]}}");
        QTest::newRow("nested deep") << QByteArray(3000, '[') + QByteArray(3000, ']');
        QTest::newRow("control chars") << QByteArray("{\"message\":\"a\\u001b[31mred\\nline\"}");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01\x02", 5);
        QTest::newRow("huge") << QByteArray("{\"message\":\"") + QByteArray(3 * 1024 * 1024, 'x') + QByteArray("\"}");
        QTest::newRow("many errors") << QByteArray("{\"errors\":{") + [] {
            QByteArray b;
            for (int i = 0; i < 5000; ++i)
                b += (i ? "," : "") + QByteArray("\"f") + QByteArray::number(i) + "\":[\"bad\"]";
            return b;
        }() + "}}";
    }

    void garbage()
    {
        QFETCH(QByteArray, body);
        const ErrorBody e = ErrorBody::parse(body, 500);
        QVERIFY(!e.cause.isEmpty());
        QVERIFY2(e.cause.size() <= 310, qPrintable(QString::number(e.cause.size())));
        QVERIFY(e.summary().size() <= 1200);
        QVERIFY(!e.summary().contains(QLatin1Char('\n')));
        QVERIFY(!e.cause.contains(QChar(0x1b)));
        QVERIFY(e.validationErrors.size() <= 20);
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator random(11);
        for (int i = 0; i < 2000; ++i) {
            QByteArray b(int(random.bounded(200)), Qt::Uninitialized);
            for (char &c : b)
                c = "{}[]\":,ab01 \\ne"[random.bounded(15)];
            const ErrorBody e = ErrorBody::parse(b, 400);
            QVERIFY(!e.summary().isEmpty());
        }
    }

    void conflictClassification_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        const int wait = int(ConflictKind::DependencyWait);
        const int data = int(ConflictKind::DataException);
        QTest::newRow("descriptor failure")
            << QByteArray("{\"error\":{\"message\":\"Reference validation "
                          "failed\",\"failures\":[{\"resourceName\":\"GradeLevelDescriptor\", "
                          "\"identity\":[{\"descriptor\":\"uri://x#Ninth grade\"}]}]}}")
            << data;
        QTest::newRow("identity names a descriptor") << QByteArray(
            "{\"error\":{\"failures\":[{\"resourceName\":\"Thing\",\"identity\":[{\"descriptor\":\"uri://x#A\"}]}]}}")
                                                     << data;
        QTest::newRow("published student") << QByteArray(
            "{\"error\":{\"failures\":[{\"resourceName\":\"Student\",\"identity\":[{\"studentUniqueId\":\"1\"}]}]}}")
                                           << wait;
        QTest::newRow("school the district does not publish") << QByteArray(
            "{\"error\":{\"failures\":[{\"resourceName\":\"School\",\"identity\":[{\"schoolId\":255901999}]}]}}")
                                                              << data;
        QTest::newRow("descriptor and student") << QByteArray(
            "{\"error\":{\"failures\":[{\"resourceName\":\"GradeLevelDescriptor\",\"identity\":[{\"descriptor\":\"uri:/"
            "/x#A\"}]}, {\"resourceName\":\"Student\",\"identity\":[{\"studentUniqueId\":\"1\"}]}]}}")
                                                << wait;
        QTest::newRow("problem details naming a student")
            << QByteArray("{\"title\":\"Unresolved Reference\",\"detail\":\"The referenced 'Student' resource does not "
                          "exist (x = 1).\"}")
            << wait;
        QTest::newRow("problem details naming a descriptor")
            << QByteArray("{\"title\":\"Unresolved Reference\",\"detail\":\"The referenced 'GradeLevelDescriptor' "
                          "resource does not exist (descriptor = uri://x#A).\"}")
            << data;
        QTest::newRow("older message naming a school")
            << QByteArray("{\"message\":\"The value supplied for the related 'school' resource does not exist.\"}")
            << data;
        // The same 409 in the other shapes: the reference is named only in the words of an error
        // list or an error text (seen in the Errors view's screenshots of each shape).
        QTest::newRow("error list naming a school")
            << QByteArray("{\"error\":[{\"message\":\"The referenced 'School' resource does not exist "
                          "($.schoolReference = 255901999).\"}]}")
            << data;
        QTest::newRow("error list naming a student")
            << QByteArray("{\"error\":[{\"message\":\"The referenced 'Student' resource does not exist.\"}]}") << wait;
        QTest::newRow("error text naming a school")
            << QByteArray("{\"error\":\"The referenced 'School' resource does not exist (schoolId = 1).\"}") << data;
        QTest::newRow("model state naming a descriptor")
            << QByteArray("{\"message\":\"The request is invalid.\",\"modelState\":{\"x\":[\"The referenced "
                          "'GradeLevelDescriptor' resource does not exist.\"]}}")
            << data;
        QTest::newRow("nothing named") << QByteArray("{\"message\":\"Conflict\"}") << wait;
        QTest::newRow("empty") << QByteArray() << wait;
    }

    void conflictClassification()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        const QStringList published {QStringLiteral("students"), QStringLiteral("staffs"),
                                     QStringLiteral("studentSchoolAssociations")};
        QCOMPARE(int(classifyConflict(ErrorBody::parse(body, 409), published)), kind);
    }

    void publishedNames()
    {
        const QStringList published {QStringLiteral("students"), QStringLiteral("staffs"),
                                     QStringLiteral("studentSchoolAssociations")};
        QVERIFY(namesPublishedResource(QStringLiteral("Student"), published));
        QVERIFY(namesPublishedResource(QStringLiteral("staff"), published));
        QVERIFY(namesPublishedResource(QStringLiteral("StudentSchoolAssociation"), published));
        QVERIFY(!namesPublishedResource(QStringLiteral("School"), published));
        QVERIFY(!namesPublishedResource(QString(), published));
    }

    // Servers that refuse a missing, malformed or expired token with 400 instead of 401 (issue 11):
    // the session refreshes the token for those too, and only for those.
    void authorizationRefusals_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("refused");
        QTest::newRow("401, empty") << 401 << QByteArray() << QByteArray() << true;
        QTest::newRow("400 with a challenge")
            << 400 << QByteArray("Bearer error=\"invalid_token\"") << QByteArray() << true;
        QTest::newRow("400 problem details, missing header")
            << 400 << QByteArray()
            << QByteArray("{\"type\":\"urn:ed-fi:api:bad-request\",\"title\":\"Bad Request\",\"detail\":"
                          "\"Authorization header is missing.\"}")
            << true;
        QTest::newRow("400 message, expired")
            << 400 << QByteArray() << QByteArray("{\"message\":\"The access token has expired.\"}") << true;
        QTest::newRow("400 error text, invalid_token")
            << 400 << QByteArray() << QByteArray("{\"error\":\"invalid_token\"}") << true;
        QTest::newRow("400 error text, bearer scheme")
            << 400 << QByteArray() << QByteArray("{\"error\":\"Authorization header must use the Bearer scheme.\"}")
            << true;
        QTest::newRow("400 validation of the record")
            << 400 << QByteArray()
            << QByteArray("{\"title\":\"Data Validation Failed\",\"validationErrors\":{\"$.firstName\":"
                          "[\"firstName is required.\"]}}")
            << false;
        QTest::newRow("400 empty") << 400 << QByteArray() << QByteArray() << false;
        QTest::newRow("403 ownership") << 403 << QByteArray()
                                       << QByteArray("{\"detail\":\"Access token is not authorized\"}") << false;
        QTest::newRow("500 with a challenge") << 500 << QByteArray("Bearer") << QByteArray() << false;
    }

    void authorizationRefusals()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, challenge);
        QFETCH(QByteArray, body);
        QFETCH(bool, refused);
        HttpResult r;
        r.status = status;
        r.body = body;
        if (!challenge.isEmpty())
            r.headers.append({QByteArray("WWW-Authenticate"), challenge});
        QCOMPARE(ApiSession::refusesAuthorization(r), refused);
        r.error.kind = NetError::Kind::Timeout; // no answer at all is never a refusal
        QVERIFY(!ApiSession::refusesAuthorization(r));
    }
};

QTEST_GUILESS_MAIN(TestErrorBody)
#include "test_error_body.moc"
