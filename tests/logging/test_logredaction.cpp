// Redaction at the sinks: Authorization, Bearer and Basic credentials, tokens, client secrets and
// cookies are masked and control characters escaped, whatever a caller passed to the log.

#include "HttpJob.h"
#include "LogCategories.h"
#include "Logging.h"
#include "LoggingTestSupport.h"
#include "LogRedactor.h"

#include <QTest>

using namespace dexdesk;

namespace {
const QString kToken = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.canaryTOKEN.sig");
const QString kSecret = QStringLiteral("canary-secret-7f3a9");
const QString kBasic = QStringLiteral("dXNlcjpjYW5hcnlwYXNz");
} // namespace

class TestLogRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Logging::shutdown(); }
    void masks_data();
    void masks();
    void keepsOrdinaryText();
    void escapesControlCharacters();
    void sinksNeverHoldSecrets();
    void describeRequestMasksAuthorization();
};

void TestLogRedaction::masks_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("expected"); // a part of the masked text

    QTest::newRow("authorization header")
        << QStringLiteral("send GET /x [Authorization: Bearer %1, Accept: */*]").arg(kToken) << kToken
        << QStringLiteral("Authorization: ***, Accept");
    QTest::newRow("bearer in prose") << QStringLiteral("retrying with bearer %1 now").arg(kToken) << kToken
                                     << QStringLiteral("bearer *** now");
    QTest::newRow("basic") << QStringLiteral("header basic %1").arg(kBasic) << kBasic << QStringLiteral("basic ***");
    QTest::newRow("access_token json") << QStringLiteral(R"({"access_token":"%1","expires_in":1800})").arg(kToken)
                                       << kToken << QStringLiteral(R"("access_token":"***")");
    QTest::newRow("access_token json escaped quote") << QStringLiteral(R"({"access_token": "ab\"%1"})").arg(kToken)
                                                     << kToken << QStringLiteral(R"("access_token": "***")");
    QTest::newRow("client_secret form")
        << QStringLiteral("body grant_type=client_credentials&client_secret=%1&x=1").arg(kSecret) << kSecret
        << QStringLiteral("client_secret=***&x=1");
    QTest::newRow("client_secret json") << QStringLiteral(R"({"client_secret":"%1"})").arg(kSecret) << kSecret
                                        << QStringLiteral(R"("client_secret":"***")");
    QTest::newRow("cookie") << QStringLiteral("Cookie: session=%1; other=2").arg(kSecret) << kSecret
                            << QStringLiteral("Cookie: ***");
    QTest::newRow("set-cookie") << QStringLiteral("Set-Cookie: sid=%1; HttpOnly").arg(kSecret) << kSecret
                                << QStringLiteral("Set-Cookie: ***");
    QTest::newRow("refresh_token query") << QStringLiteral("url ?refresh_token=%1&a=b").arg(kToken) << kToken
                                         << QStringLiteral("refresh_token=***&a=b");
    QTest::newRow("proxy-authorization") << QStringLiteral("Proxy-Authorization: Basic %1").arg(kBasic) << kBasic
                                         << QStringLiteral("Proxy-Authorization: ***");
}

void TestLogRedaction::masks()
{
    QFETCH(QString, message);
    QFETCH(QString, secret);
    QFETCH(QString, expected);
    const QString out = LogRedactor::redact(message, 8000);
    QVERIFY2(!out.contains(secret), qPrintable(out));
    QVERIFY2(out.contains(expected), qPrintable(out));
}

void TestLogRedaction::keepsOrdinaryText()
{
    const QString text = QStringLiteral("token granted; lifetime 1800 s; secret rejected by the agency");
    QCOMPARE(LogRedactor::redact(text, 8000), text);
}

void TestLogRedaction::escapesControlCharacters()
{
    const QString out
        = LogRedactor::redact(QStringLiteral("line one\nFAKE 2026 error injected\r\x1b[31mred\u202e"), 8000);
    QVERIFY(!out.contains(QLatin1Char('\n')));
    QVERIFY(!out.contains(QLatin1Char('\r')));
    QVERIFY(!out.contains(QChar(0x1b)));
    QVERIFY(!out.contains(QChar(0x202e)));
    QVERIFY(out.contains(QStringLiteral("line one\\nFAKE")));
    QVERIFY(out.contains(QStringLiteral("\\u001b[31m")));
    // Long messages are capped.
    QVERIFY(LogRedactor::redact(QString(20000, u'a'), 8000).size() <= 8001);
}

void TestLogRedaction::sinksNeverHoldSecrets()
{
    test::TestEnvironment env;
    auto db = env.openDatabase();
    QVERIFY(db);
    const QString dir = env.path(QStringLiteral("logs"));
    Logging::install({env.databasePath(), dir, LogLevels::all(), false});
    qCDebug(lcNetHttp).noquote() << "Authorization: Bearer" << kToken;
    qCWarning(lcNetToken).noquote() << QStringLiteral(R"(answer {"access_token":"%1"})").arg(kToken);
    qCCritical(lcNet).noquote() << QStringLiteral("client_secret=") + kSecret << "\nforged line";
    QVERIFY(Logging::flush());
    db.reset();
    const QByteArray files = test::logFileBytes(dir);
    const QByteArray database = test::databaseBytes(env.databasePath());
    QVERIFY(files.contains("Authorization: ***"));
    for (const QString &s : {kToken, kSecret}) {
        QVERIFY2(!files.contains(s.toUtf8()), "secret in a log file");
        QVERIFY2(!database.contains(s.toUtf8()), "secret in the database");
    }
    // One message, one line: the forged line stays inside it.
    QVERIFY(files.contains("client_secret=*** \\nforged line"));
}

void TestLogRedaction::describeRequestMasksAuthorization()
{
    RequestSpec spec;
    spec.url = QUrl(QStringLiteral("https://agency.example/data/v3/students?token=abc"));
    spec.setHeader("Authorization", "Bearer " + kToken.toUtf8());
    spec.setHeader("Cookie", "sid=" + kSecret.toUtf8());
    spec.body = "client_secret=" + kSecret.toUtf8();
    const QString text = describeRequest(spec);
    QVERIFY(!text.contains(kToken));
    QVERIFY(!text.contains(kSecret));
    QVERIFY(!text.contains(QStringLiteral("abc")));
}

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "test_logredaction.moc"
