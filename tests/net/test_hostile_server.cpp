// A hostile or broken server on 127.0.0.1 (issue 14): one that answers a byte at a time, one that
// never finishes, one that sends 100 MB. Each request ends within its timeout, deadline or body
// cap, with an error the user can read, and the connection is let go.

#include "HttpClient.h"
#include "NetError.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace dexdesk;

namespace {

// Reads the request's head, then misbehaves as told. Runs on the test thread; the client's
// requests run on its own worker threads.
class HostileServer : public QObject
{
public:
    enum class Mode {
        Trickle, // headers, then one byte of the body every 100 ms
        Silent, // reads the request and never answers
        StallAfterHeaders, // headers and half the body, then nothing
        Flood, // 100 MB with no Content-Length, as fast as the client reads it
        FloodAnnounced, // Content-Length: 100 MB
    };

    explicit HostileServer(Mode mode)
        : m_mode(mode)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/data/v3/students").arg(m_server.serverPort())); }
    qint64 bytesWritten() const { return m_written; }
    int openConnections() const { return m_open; }

private:
    static constexpr qint64 kFlood = 100 * 1024 * 1024;

    void serve(QTcpSocket *socket)
    {
        ++m_open;
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            --m_open;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_request += socket->readAll();
            if (!m_answered && m_request.contains("\r\n\r\n")) {
                m_answered = true;
                answer(socket);
            }
        });
    }

    void write(QTcpSocket *socket, const QByteArray &bytes) { m_written += socket->write(bytes); }

    void answer(QTcpSocket *socket)
    {
        switch (m_mode) {
        case Mode::Silent:
            return;
        case Mode::Trickle: {
            write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n");
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [this, socket] { write(socket, "["); });
            timer->start(100);
            return;
        }
        case Mode::StallAfterHeaders:
            write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n");
            write(socket, QByteArray(500, ' '));
            return;
        case Mode::FloodAnnounced:
            write(socket,
                  "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(kFlood)
                      + "\r\n\r\n");
            Q_FALLTHROUGH();
        case Mode::Flood:
            if (m_mode == Mode::Flood)
                write(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
            // Keep at most 1 MB queued: what the client does not read is never sent.
            connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { feed(socket); });
            feed(socket);
            return;
        }
    }

    void feed(QTcpSocket *socket)
    {
        static const QByteArray chunk(64 * 1024, 'x');
        while (socket->bytesToWrite() < 1024 * 1024 && m_fed < kFlood) {
            write(socket, chunk);
            m_fed += chunk.size();
        }
        if (m_fed >= kFlood && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    }

    Mode m_mode;
    QTcpServer m_server;
    QByteArray m_request;
    bool m_answered = false;
    qint64 m_written = 0;
    qint64 m_fed = 0;
    int m_open = 0;
};

} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundedAndReportedPlainly_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("kind"); // NetError::Kind
        QTest::addColumn<QString>("message"); // the start of what the user reads
        QTest::addColumn<int>("atLeastMs"); // the bound that ended it
        QTest::addColumn<int>("atMostMs");
        // Transfer timeout 1 s, deadline 3 s, cap 1 MB.
        QTest::newRow("a byte every 100 ms") << int(HostileServer::Mode::Trickle) << int(NetError::Kind::TooSlow)
                                             << QStringLiteral("Too slow: the server kept sending") << 2800 << 8000;
        QTest::newRow("never answers") << int(HostileServer::Mode::Silent) << int(NetError::Kind::Timeout)
                                       << QStringLiteral("Timed out: the server did not answer in time") << 900 << 6000;
        QTest::newRow("stops halfway") << int(HostileServer::Mode::StallAfterHeaders) << int(NetError::Kind::Timeout)
                                       << QStringLiteral("Timed out: the server did not answer in time") << 900 << 6000;
        QTest::newRow("100 MB, no length")
            << int(HostileServer::Mode::Flood) << int(NetError::Kind::BodyTooLarge)
            << QStringLiteral("The server's answer was larger than DEX Desk accepts") << 0 << 8000;
        QTest::newRow("100 MB announced")
            << int(HostileServer::Mode::FloodAnnounced) << int(NetError::Kind::BodyTooLarge)
            << QStringLiteral("The server's answer was larger than DEX Desk accepts") << 0 << 8000;
    }

    void boundedAndReportedPlainly()
    {
        QFETCH(int, mode);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(int, atLeastMs);
        QFETCH(int, atMostMs);
        HostileServer server {HostileServer::Mode(mode)};
        QVERIFY(server.listen());
        HttpClient client(1);
        RequestSpec spec;
        spec.url = server.url();
        spec.timeoutMs = 1000;
        spec.deadlineMs = 3000;
        spec.maxBodyBytes = 1024 * 1024;
        bool finished = false;
        HttpResult result;
        QElapsedTimer clock;
        clock.start();
        client.submit(spec, [&](const HttpResult &r) {
            finished = true;
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
        const qint64 elapsed = clock.elapsed();
        qInfo("%s: %s after %lld ms, %lld bytes read of %lld sent: \"%s\" (%s)", QTest::currentDataTag(),
              result.error.kind == NetError::Kind(kind) ? "bounded" : "WRONG KIND", elapsed, qint64(result.body.size()),
              server.bytesWritten(), qPrintable(result.error.userMessage()), qPrintable(result.error.detail));
        QCOMPARE(int(result.error.kind), kind);
        QCOMPARE(result.status, 0);
        QVERIFY2(result.error.userMessage().startsWith(message), qPrintable(result.error.userMessage()));
        QVERIFY2(elapsed >= atLeastMs && elapsed <= atMostMs, qPrintable(QString::number(elapsed)));
        QVERIFY(result.body.size() <= spec.maxBodyBytes);
        // The server was not read to its end: at most the cap and what sat in socket buffers.
        QVERIFY2(server.bytesWritten() < 64 * 1024 * 1024, qPrintable(QString::number(server.bytesWritten())));
        // The client let go of the connection.
        QTRY_COMPARE_WITH_TIMEOUT(server.openConnections(), 0, 10000);
        // A retry is what the engine does next for all of these but the cap (SPEC §7.3).
        QCOMPARE(result.error.isRetryable(), NetError::Kind(kind) != NetError::Kind::BodyTooLarge);
    }

    // Without its own value the deadline is four transfer timeouts.
    void deadlineDefaultsToFourTimeouts()
    {
        RequestSpec spec;
        spec.timeoutMs = 30000;
        QCOMPARE(spec.effectiveDeadlineMs(), 120000);
        spec.deadlineMs = 5000;
        QCOMPARE(spec.effectiveDeadlineMs(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "test_hostile_server.moc"
