#include "NetError.h"

#include "RemoteText.h"

namespace dexdesk {

bool NetError::isTls() const
{
    return kind == Kind::TlsExpired || kind == Kind::TlsUntrusted || kind == Kind::TlsWrongHost
        || kind == Kind::TlsOther;
}

bool NetError::isRetryable() const
{
    return kind == Kind::HostNotFound || kind == Kind::ConnectionRefused || kind == Kind::Timeout
        || kind == Kind::TooSlow || kind == Kind::RemoteClosed;
}

NetError NetError::fromSslErrors(const QList<QSslError> &errors)
{
    // The most telling problem wins: a wrong host name or an expired certificate says more than
    // the "untrusted" that often accompanies them.
    QStringList texts;
    for (const QSslError &e : errors)
        texts << e.errorString();
    const QString detail = texts.join(QStringLiteral("; "));
    auto has = [&](std::initializer_list<QSslError::SslError> codes) {
        for (const QSslError &e : errors) {
            for (QSslError::SslError c : codes) {
                if (e.error() == c)
                    return true;
            }
        }
        return false;
    };
    if (has({QSslError::HostNameMismatch}))
        return {Kind::TlsWrongHost, detail};
    if (has({QSslError::CertificateExpired, QSslError::CertificateNotYetValid}))
        return {Kind::TlsExpired, detail};
    if (has({QSslError::SelfSignedCertificate, QSslError::SelfSignedCertificateInChain,
             QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToGetIssuerCertificate,
             QSslError::UnableToVerifyFirstCertificate, QSslError::CertificateUntrusted}))
        return {Kind::TlsUntrusted, detail};
    return {Kind::TlsOther, detail};
}

NetError NetError::fromReply(QNetworkReply::NetworkError code, const QList<QSslError> &sslErrors, const QString &detail)
{
    const QString text = RemoteText::escape(detail);
    switch (code) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::HostNotFoundError:
        return {Kind::HostNotFound, text};
    case QNetworkReply::ConnectionRefusedError:
        return {Kind::ConnectionRefused, text};
    case QNetworkReply::TimeoutError:
        return {Kind::Timeout, text};
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        return {Kind::RemoteClosed, text};
    case QNetworkReply::SslHandshakeFailedError:
        return sslErrors.isEmpty() ? NetError {Kind::TlsOther, text} : fromSslErrors(sslErrors);
    case QNetworkReply::OperationCanceledError:
        return {Kind::Cancelled, text};
    default:
        return {Kind::Other, text};
    }
}

QString NetError::userMessage() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::HostNotFound:
        return tr("Unknown host: the server name could not be found. Check the spelling of the URL and that this "
                  "computer can reach the agency's network (DNS, VPN, proxy).");
    case Kind::ConnectionRefused:
        return tr("Connection refused: nothing accepts connections at that address and port. Check the URL's port, "
                  "and that the agency's service is running.");
    case Kind::Timeout:
        return tr("Timed out: the server did not answer in time. Check the network, firewall or proxy; the agency's "
                  "service may be overloaded or down.");
    case Kind::TooSlow:
        return tr("Too slow: the server kept sending its answer but did not finish it in time, so DEX Desk gave up "
                  "on it. The agency's service or a proxy on the way may be overloaded; it is tried again later. If "
                  "it persists, check the network path to the agency.");
    case Kind::RemoteClosed:
        return tr("The server closed the connection without answering. This is usually temporary; try again. If it "
                  "persists, check proxies and firewalls on the way.");
    case Kind::TlsExpired:
        return tr("Certificate expired (or not yet valid): the server's TLS certificate is outside its validity "
                  "dates. The connection was refused. Ask the agency to renew it; also check this computer's "
                  "clock.");
    case Kind::TlsUntrusted:
        return tr("Certificate untrusted: the server's TLS certificate is self-signed or issued by an authority "
                  "this computer does not trust. The connection was refused. If your state uses a private "
                  "certificate authority, name its CA file in the profile.");
    case Kind::TlsWrongHost:
        return tr("Certificate for the wrong host: the server's TLS certificate does not match the host name in "
                  "the URL. The connection was refused. Check the URL's host name.");
    case Kind::TlsOther:
        return tr("The secure (TLS) connection failed and was refused. Check the URL, the certificate and any "
                  "proxy that intercepts TLS.");
    case Kind::RedirectRefused:
        return tr("The server redirected to another address (another host, port or http instead of https). DEX "
                  "Desk does not follow such redirects, so credentials never leave the agency's address. Use the "
                  "final address as the URL.");
    case Kind::BodyTooLarge:
        return tr("The server's answer was larger than DEX Desk accepts (%1) and was cut off. Check that the URL "
                  "points at the agency's API.")
            .arg(detail);
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Other:
        return tr("The request failed: %1").arg(detail);
    }
    return {};
}

} // namespace dexdesk
