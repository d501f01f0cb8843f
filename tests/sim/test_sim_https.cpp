// dexdesk-sim over HTTPS with a self-signed certificate made at test time with openssl: a client
// that trusts it gets through; one that does not is refused.
#include "SimProcess.h"
#include "SimTestClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSimHttps : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cert = m_dir.filePath(QStringLiteral("cert.pem"));
        m_key = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_key,
                       QStringLiteral("-out"), m_cert, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        QVERIFY2(openssl.waitForFinished(60000), "openssl did not run (is it installed?)");
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());
    }

    void servesHttpsToATrustingClient()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--cert"), m_cert, QStringLiteral("--key"), m_key}),
                 qPrintable(sim.errorString()));
        QCOMPARE(sim.baseUrl().scheme(), QStringLiteral("https"));
        SimTestClient client(sim.baseUrl(), QSslCertificate::fromPath(m_cert));
        QVERIFY(!client.fetchToken().isEmpty());
        const TestReply schools = client.get(QStringLiteral("/data/v3/2027/ed-fi/schools"));
        QCOMPARE(schools.status, 200);
        QCOMPARE(schools.json().array().size(), 3);
        const TestReply root = client.get(QStringLiteral("/"));
        QVERIFY(root.json()
                    .object()
                    .value(QStringLiteral("urls"))
                    .toObject()
                    .value(QStringLiteral("oauth"))
                    .toString()
                    .startsWith(QStringLiteral("https://127.0.0.1:")));
        // The admin API works over the same TLS port.
        QVERIFY(sim.counters().value(QStringLiteral("requests")).toInt() >= 3);
    }

    void untrustedClientIsRefused()
    {
        SimProcess sim;
        QVERIFY2(sim.start({QStringLiteral("--cert"), m_cert, QStringLiteral("--key"), m_key}),
                 qPrintable(sim.errorString()));
        SimTestClient client(sim.baseUrl());
        const TestReply r = client.get(QStringLiteral("/"));
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
    }

    void unreadableKeyExits2()
    {
        QProcess p;
        p.start(SimProcess::executable(),
                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--cert"), m_cert,
                 QStringLiteral("--key"), m_cert});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("key"));
    }
};

QTEST_GUILESS_MAIN(TestSimHttps)
#include "test_sim_https.moc"
