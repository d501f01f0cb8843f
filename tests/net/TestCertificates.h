#pragma once

// Certificates made at test time with the openssl command: a private CA, a valid certificate for
// 127.0.0.1, an expired one, one for the wrong host, and a self-signed one nobody trusts.

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

class TestCertificates
{
public:
    bool create(QString *error);

    QString caFile() const;
    QList<QSslCertificate> ca() const;
    // Certificate and key files for dexdesk-sim's --cert/--key.
    QString certFile(const QString &name) const; // "valid", "expired", "wronghost", "selfsigned"
    QString keyFile(const QString &name) const;

private:
    bool run(const QStringList &args, QString *error) const;
    bool sign(const QString &name, const QString &san, const QString &start, const QString &end, QString *error);

    QTemporaryDir m_dir;
};
