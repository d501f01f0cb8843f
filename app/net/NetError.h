#pragma once

// What went wrong below HTTP, classified so the engine can decide to retry and the user can be
// told what happened and what to do. Never built from message text: from Qt's error codes.

#include <QCoreApplication>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

namespace dexdesk {

struct NetError {
    Q_DECLARE_TR_FUNCTIONS(NetError)

public:
    enum class Kind {
        None,
        HostNotFound,
        ConnectionRefused,
        Timeout,
        TooSlow, // bytes kept coming, but the answer did not finish within the request's deadline
        RemoteClosed,
        TlsExpired,
        TlsUntrusted,
        TlsWrongHost,
        TlsOther,
        RedirectRefused,
        BodyTooLarge,
        Cancelled,
        Other,
    };
    Kind kind = Kind::None;
    QString detail; // technical detail for the log (escaped, no secrets)

    bool isTls() const;
    bool isRetryable() const; // SPEC §7.3: refused/reset, DNS failure, timeout (a too slow answer too)
    QString userMessage() const;

    static NetError fromReply(QNetworkReply::NetworkError code, const QList<QSslError> &sslErrors,
                              const QString &detail);
    static NetError fromSslErrors(const QList<QSslError> &errors);
};

} // namespace dexdesk
