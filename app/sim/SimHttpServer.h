#pragma once

#include "SimHttp.h"

#include <QAbstractHttpServer>
#include <QSslConfiguration>

#include <functional>

class QTcpServer;

// The transport: Qt HttpServer parses requests (keep-alive, HTTP and HTTPS); each request is
// copied into a SimRequest and handed on with a guarded socket, so the answer can be written
// later, after an asynchronous latency wait, or the connection dropped on purpose.
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(SimRequest request, QPointer<QTcpSocket> socket)>;

    explicit SimHttpServer(Handler handler, QObject *parent = nullptr);

    // ssl may be null for plain HTTP. Returns 0 with *error on failure, else the bound port.
    quint16 start(const QHostAddress &address, quint16 port, const QSslConfiguration *ssl, QString *error);

    // Writes the response, or drops the connection; does nothing when the client has gone.
    static void send(const QPointer<QTcpSocket> &socket, const SimResponse &response, bool closeAfter);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Handler m_handler;
    quint64 m_serial = 0;
};
