#pragma once

// One HTTP request and its answer: body kept for re-sending, transfer timeout, an overall
// deadline, a cap on the body read, an X-Request-ID, our own redirect policy (same origin only) and TLS errors never
// ignored.

#include "NetError.h"

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QUrl>

class QNetworkAccessManager;
class QTimer;

namespace dexdesk {

struct RequestSpec {
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 30000; // without a byte arriving (Qt restarts it with every byte)
    // The whole exchange, redirects included, however steadily bytes trickle in; 0: 4 × timeoutMs.
    int deadlineMs = 0;
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    int maxRedirects = 5;
    QList<QSslCertificate> extraCaCertificates; // a state's private CA, named in the profile

    void setHeader(const QByteArray &name, const QByteArray &value);
    int effectiveDeadlineMs() const;
};

struct HttpResult {
    NetError error; // kind None when an HTTP answer arrived (whatever its status)
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QUrl finalUrl;
    QByteArray requestId;
    qint64 elapsedMs = 0;

    bool ok() const { return error.kind == NetError::Kind::None && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    QDateTime serverDate() const; // from the Date header; invalid when absent
};

// Prints a request without its secrets: Authorization and cookies are masked.
QString describeRequest(const RequestSpec &spec);

class HttpJob : public QObject
{
    Q_OBJECT
public:
    HttpJob(QNetworkAccessManager *manager, RequestSpec spec, QObject *parent = nullptr);
    ~HttpJob() override;

    void start();
    void abort(); // finishes with NetError::Kind::Cancelled
    const RequestSpec &spec() const { return m_spec; }

    static bool sameOrigin(const QUrl &a, const QUrl &b);

Q_SIGNALS:
    void finished(const dexdesk::HttpResult &result);

private:
    void send(const QUrl &url);
    void onFinished();
    void finish(HttpResult result);

    QNetworkAccessManager *m_manager;
    RequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError> m_sslErrors;
    QByteArray m_body;
    QElapsedTimer m_timer;
    int m_redirects = 0;
    QTimer *m_deadline = nullptr;
    bool m_tooLarge = false;
    bool m_tooSlow = false;
    bool m_aborted = false;
    bool m_done = false;
};

} // namespace dexdesk

Q_DECLARE_METATYPE(dexdesk::HttpResult)
