#include "SimTestClient.h"

#include <QEventLoop>
#include <QSslConfiguration>
#include <QTimer>

QByteArray TestReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

SimTestClient::SimTestClient(const QUrl &baseUrl, const QList<QSslCertificate> &caCertificates)
    : m_base(baseUrl)
    , m_ca(caCertificates)
{ }

TestReply SimTestClient::send(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    const QUrl url = pathOrUrl.startsWith(QLatin1Char('/')) ? QUrl(m_base.toString() + pathOrUrl) : QUrl(pathOrUrl);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    if (!m_ca.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_ca);
        request.setSslConfiguration(ssl);
    }
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
    loop.exec();
    TestReply r;
    if (!reply->isFinished()) {
        reply->abort();
        r.error = QNetworkReply::TimeoutError;
        r.errorString = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    } else {
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.errorString = reply->errorString();
        r.body = reply->readAll();
        r.headers = reply->rawHeaderPairs();
    }
    reply->deleteLater();
    return r;
}

TestReply SimTestClient::post(const QString &path, const QJsonObject &body,
                              const QList<QPair<QByteArray, QByteArray>> &headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

QByteArray SimTestClient::fetchToken(const QString &key, const QString &secret)
{
    m_token.clear();
    const QByteArray basic = "Basic " + (key + QLatin1Char(':') + secret).toUtf8().toBase64();
    const TestReply r = send("POST", QStringLiteral("/oauth/token"), "grant_type=client_credentials",
                             {{"Authorization", basic}, {"Content-Type", "application/x-www-form-urlencoded"}});
    if (r.status == 200)
        m_token = r.json().object().value(QStringLiteral("access_token")).toString().toUtf8();
    return m_token;
}
