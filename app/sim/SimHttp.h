#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QUrlQuery>

// One HTTP request as the simulator sees it, copied out of the transport so it can outlive the
// parser's buffers while the response waits for its latency.
struct SimRequest {
    QByteArray method;
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remoteAddress;
    bool tls = false;
    quint16 localPort = 0;
    quint64 serial = 0;

    QByteArray header(const QByteArray &name) const;
    QString baseUrl() const; // scheme://host[:port] as the client addressed us
    QString pathWithQuery() const;
};

// One HTTP response, or the instruction to close the connection without answering.
struct SimResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool drop = false;
    QJsonArray failures; // unresolved references, for the {"error": {"failures"}} body shape only

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
    static SimResponse json(int status, const QJsonDocument &doc);
    static SimResponse dropped();
    QByteArray serialize() const;
};
