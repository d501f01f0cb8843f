// expires_in in every form servers send (issue 11): seconds, a numeric string, absent, garbage,
// or an absolute Unix time (seconds or milliseconds), read against a fixed "now".

#include "TokenProvider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace dexdesk;

namespace {

constexpr qint64 kNow = 1796390000; // 2026-12-04, a fixed clock

QJsonValue expiresIn(const QByteArray &json)
{
    return QJsonDocument::fromJson("{\"expires_in\":" + json + "}").object().value(QStringLiteral("expires_in"));
}

} // namespace

class TestTokenLifetime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forms_data()
    {
        QTest::addColumn<QByteArray>("json"); // the expires_in value; empty = absent
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("form");
        using F = TokenLifetime::Form;
        QTest::newRow("seconds") << QByteArray("1800") << 1800 << int(F::Seconds);
        QTest::newRow("fractional seconds") << QByteArray("59.9") << 59 << int(F::Seconds);
        QTest::newRow("numeric string") << QByteArray("\"600\"") << 600 << int(F::Text);
        QTest::newRow("padded string") << QByteArray("\" 3600 \"") << 3600 << int(F::Text);
        QTest::newRow("absent") << QByteArray() << -1 << int(F::Absent);
        QTest::newRow("null") << QByteArray("null") << -1 << int(F::Absent);
        QTest::newRow("word") << QByteArray("\"soon\"") << -1 << int(F::Unreadable);
        QTest::newRow("zero") << QByteArray("0") << -1 << int(F::Unreadable);
        QTest::newRow("negative") << QByteArray("-5") << -1 << int(F::Unreadable);
        QTest::newRow("object") << QByteArray("{\"s\":1}") << -1 << int(F::Unreadable);
        QTest::newRow("bool") << QByteArray("true") << -1 << int(F::Unreadable);
        QTest::newRow("a year in seconds") << QByteArray("31536000") << 31536000 << int(F::Seconds);
        QTest::newRow("absolute unix time") << QByteArray("1796391456") << 1456 << int(F::Absolute);
        QTest::newRow("absolute as string") << QByteArray("\"1796391800\"") << 1800 << int(F::Absolute);
        QTest::newRow("absolute in milliseconds") << QByteArray("1796390900000") << 900 << int(F::Absolute);
        QTest::newRow("absolute already past") << QByteArray("1796389000") << -1 << int(F::Absolute);
        QTest::newRow("absurd") << QByteArray("1e300") << -1 << int(F::Absolute);
        QTest::newRow("huge string") << QByteArray("\"99999999999999999999999\"") << -1 << int(F::Absolute);
    }

    void forms()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, seconds);
        QFETCH(int, form);
        const TokenLifetime t
            = TokenLifetime::parse(json.isEmpty() ? QJsonValue(QJsonValue::Undefined) : expiresIn(json), kNow);
        QCOMPARE(t.seconds, seconds);
        QCOMPARE(int(t.form), form);
        QVERIFY(!t.describe().isEmpty());
        if (seconds > 0)
            QVERIFY2(t.describe().contains(QString::number(seconds)), qPrintable(t.describe()));
    }

    void tokenAnswerUsesTheSameReading()
    {
        HttpResult http;
        http.status = 200;
        http.body = QByteArray(R"({"access_token":"t","expires_in":)")
            + QByteArray::number(QDateTime::currentSecsSinceEpoch() + 1800) + '}';
        const TokenResult r = TokenRequest::parse(http);
        QVERIFY(r.ok);
        QCOMPARE(int(r.lifetime.form), int(TokenLifetime::Form::Absolute));
        QVERIFY2(r.lifetimeSeconds > 1790 && r.lifetimeSeconds <= 1800, qPrintable(QString::number(r.lifetimeSeconds)));
        QVERIFY(r.lifetime.describe().contains(QLatin1String("absolute")));
    }
};

QTEST_GUILESS_MAIN(TestTokenLifetime)
#include "test_token_lifetime.moc"
