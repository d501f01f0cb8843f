#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QUrl>

// One finished HTTP exchange as a sim test sees it.
struct TestReply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const;
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

// A small synchronous HTTP client for the simulator's own tests: sends one request at a time
// (redirects not followed), adds the bearer token once fetched, and waits with a timeout.
class SimTestClient
{
public:
    explicit SimTestClient(const QUrl &baseUrl, const QList<QSslCertificate> &caCertificates = {});

    TestReply send(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body = {},
                   const QList<QPair<QByteArray, QByteArray>> &headers = {}, int timeoutMs = 10000);
    TestReply get(const QString &path) { return send("GET", path); }
    TestReply post(const QString &path, const QJsonObject &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers = {});
    TestReply del(const QString &path) { return send("DELETE", path); }

    // Basic + form token request; remembers the token for later calls. Empty on failure.
    QByteArray fetchToken(const QString &key = QStringLiteral("training-key"),
                          const QString &secret = QStringLiteral("training-secret"));
    void setToken(const QByteArray &token) { m_token = token; }

private:
    QUrl m_base;
    QList<QSslCertificate> m_ca;
    QByteArray m_token;
    QNetworkAccessManager m_nam;
};
