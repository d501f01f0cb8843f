// Parsing what servers send back: error bodies in every shape SPEC §8 lists, token answers,
// and escaping of remote text before it reaches a log or a dialog.

#include "ErrorBody.h"
#include "HttpJob.h"
#include "RemoteText.h"
#include "TokenProvider.h"

#include <QTest>
#include <QTimeZone>

using namespace dexdesk;

class TestRemoteText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesControlCharacters()
    {
        const QString evil = QStringLiteral("line1\nline2\r\x1b[31mred\x07") + QChar(0x202e) + QStringLiteral("x");
        const QString safe = RemoteText::escape(evil);
        QVERIFY(!safe.contains(QLatin1Char('\n')));
        QVERIFY(!safe.contains(QChar(0x1b)));
        QVERIFY(!safe.contains(QChar(0x202e)));
        QVERIFY(safe.contains(QLatin1String("\\n")));
        QVERIFY(safe.contains(QLatin1String("\\u001b")));
        QCOMPARE(RemoteText::escape(QString(2000, QLatin1Char('a')), 100).size(), 101); // capped, with an ellipsis
    }

    void problemDetails()
    {
        const ErrorBody e = ErrorBody::parse(
            R"({"type":"urn:ed-fi:api:bad-request:data-validation-failed","title":"Data Validation Failed",
               "status":400,"detail":"The request failed validation.",
               "validationErrors":{"$.birthDate":["birthDate is required."]},"correlationId":"abc-123"})");
        QCOMPARE(e.title, QStringLiteral("Data Validation Failed"));
        QCOMPARE(e.correlationId, QStringLiteral("abc-123"));
        QCOMPARE(e.validationErrors.size(), 1);
        QVERIFY(e.summary().contains(QLatin1String("birthDate is required.")));
        QVERIFY(e.summary().contains(QLatin1String("abc-123")));
    }

    void olderShapes()
    {
        QCOMPARE(
            ErrorBody::parse(R"({"message":"The value supplied for the related 'student' resource does not exist."})")
                .message,
            QStringLiteral("The value supplied for the related 'student' resource does not exist."));
        const ErrorBody oauth = ErrorBody::parse(R"({"error":"invalid_client","error_description":"Bad key"})");
        QCOMPARE(oauth.oauthError, QStringLiteral("invalid_client"));
        QCOMPARE(oauth.message, QStringLiteral("Bad key"));
        QCOMPARE(ErrorBody::parse("").summary(), QStringLiteral("(empty answer)"));
        const ErrorBody html = ErrorBody::parse("<html><body>Gateway\nTimeout</body></html>");
        QVERIFY(html.raw.startsWith(QLatin1String("<html>")));
        QVERIFY(!html.summary().contains(QLatin1Char('\n')));
        QVERIFY(!ErrorBody::parse(R"({"unexpected": true})").raw.isEmpty()); // unknown JSON shown raw
    }

    void tokenAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("rejected");
        QTest::addColumn<int>("lifetime");
        QTest::newRow("standard") << 200
                                  << QByteArray(R"({"access_token":"t","token_type":"bearer","expires_in":1800})")
                                  << true << false << 1800;
        QTest::newRow("string lifetime") << 200 << QByteArray(R"({"access_token":"t","expires_in":"600"})") << true
                                         << false << 600;
        QTest::newRow("no lifetime") << 200 << QByteArray(R"({"access_token":"t"})") << true << false << -1;
        QTest::newRow("odd lifetime") << 200 << QByteArray(R"({"access_token":"t","expires_in":"soon"})") << true
                                      << false << -1;
        QTest::newRow("401") << 401 << QByteArray() << false << true << -1;
        QTest::newRow("400 invalid_client")
            << 400 << QByteArray(R"({"error":"invalid_client"})") << false << true << -1;
        QTest::newRow("400 other") << 400 << QByteArray(R"({"error":"unsupported_grant_type"})") << false << false
                                   << -1;
        QTest::newRow("no token") << 200 << QByteArray("<html/>") << false << false << -1;
    }

    void tokenAnswers()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(bool, rejected);
        QFETCH(int, lifetime);
        HttpResult http;
        http.status = status;
        http.body = body;
        const TokenResult r = TokenRequest::parse(http);
        QCOMPARE(r.ok, ok);
        QCOMPARE(r.rejected, rejected);
        QCOMPARE(r.lifetimeSeconds, lifetime);
        if (rejected)
            QVERIFY(r.message().contains(QLatin1String("Key or secret rejected")));
        QCOMPARE(TokenRequest::shouldRetryAsJson(http), status == 400 && !rejected);
    }

    void tokenRequestShapes()
    {
        const RequestSpec form = TokenRequest::build(QUrl(QStringLiteral("https://a.example/oauth/token")),
                                                     QStringLiteral("key"), QStringLiteral("s3cr3t"), false);
        QCOMPARE(form.body, QByteArray("grant_type=client_credentials"));
        QVERIFY(!describeRequest(form).contains(QLatin1String("a2V5OnMzY3IzdA"))); // base64 of key:s3cr3t masked
        QVERIFY(describeRequest(form).contains(QLatin1String("Authorization: ***")));
        const RequestSpec json = TokenRequest::build(QUrl(QStringLiteral("https://a.example/oauth/token")),
                                                     QStringLiteral("key"), QStringLiteral("s3cr3t"), true);
        QVERIFY(json.body.contains("\"client_secret\":\"s3cr3t\""));
        QVERIFY(!describeRequest(json).contains(QLatin1String("s3cr3t"))); // bodies are never described
    }

    void origins()
    {
        auto u = [](const char *s) { return QUrl(QString::fromLatin1(s)); };
        QVERIFY(HttpJob::sameOrigin(u("https://a.example/x"), u("https://A.example:443/y")));
        QVERIFY(!HttpJob::sameOrigin(u("https://a.example/x"), u("http://a.example/x")));
        QVERIFY(!HttpJob::sameOrigin(u("https://a.example/x"), u("https://b.example/x")));
        QVERIFY(!HttpJob::sameOrigin(u("http://127.0.0.1:8765/"), u("http://127.0.0.1:8766/")));
        QVERIFY(!HttpJob::sameOrigin(u("http://127.0.0.1:8765/"), u("http://localhost:8765/")));
    }

    void serverDate()
    {
        HttpResult r;
        r.headers.append(qMakePair(QByteArray("Date"), QByteArray("Sun, 06 Nov 1994 08:49:37 GMT")));
        QCOMPARE(r.serverDate(), QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), QTimeZone::utc()));
    }
};

QTEST_GUILESS_MAIN(TestRemoteText)
#include "test_remote_text.moc"
