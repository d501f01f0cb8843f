#include "SimHttpServer.h"

#include <QHttpServerRequest>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

SimHttpServer::SimHttpServer(Handler handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{ }

quint16 SimHttpServer::start(const QHostAddress &address, quint16 port, const QSslConfiguration *ssl, QString *error)
{
    QTcpServer *server = nullptr;
    if (ssl) {
        auto *sslServer = new QSslServer(this);
        sslServer->setSslConfiguration(*ssl);
        server = sslServer;
    } else {
        server = new QTcpServer(this);
    }
    // Many clients connect at once in the concurrency tests; a short backlog would drop SYNs.
    server->setListenBacklogSize(1024);
    if (!server->listen(address, port)) {
        *error
            = QStringLiteral("cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(server->errorString());
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SimRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    r.remoteAddress = request.remoteAddress();
    r.tls = qobject_cast<QSslSocket *>(socket) != nullptr;
    r.localPort = socket->localPort();
    r.serial = ++m_serial;
    m_handler(std::move(r), QPointer<QTcpSocket>(socket));
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    SimResponse r;
    r.status = 404;
    send(QPointer<QTcpSocket>(socket), r, false);
}

void SimHttpServer::send(const QPointer<QTcpSocket> &socket, const SimResponse &response, bool closeAfter)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (response.drop) {
        // Deferred: the parser may still be inside its readyRead handler for this socket.
        QTimer::singleShot(0, socket, [socket] {
            if (socket)
                socket->abort();
        });
        return;
    }
    if (closeAfter) {
        SimResponse closing = response;
        closing.setHeader("Connection", "close");
        socket->write(closing.serialize());
        socket->disconnectFromHost();
        return;
    }
    socket->write(response.serialize());
}
