#include "TestCertificates.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>

bool TestCertificates::run(const QStringList &args, QString *error) const
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(args.value(0), QString::fromLocal8Bit(p.readAllStandardError()) + p.errorString());
        return false;
    }
    return true;
}

bool TestCertificates::sign(const QString &name, const QString &san, const QString &start, const QString &end,
                            QString *error)
{
    QFile cnf(QDir(m_dir.path()).filePath(name + QStringLiteral(".cnf")));
    if (!cnf.open(QIODevice::WriteOnly))
        return false;
    cnf.write(QStringLiteral("[ca]\ndefault_ca = test\n[test]\ndir = .\ndatabase = ./index.txt\n"
                             "new_certs_dir = ./newcerts\nserial = ./serial\ndefault_md = sha256\npolicy = any\n"
                             "x509_extensions = ext\nunique_subject = no\n[any]\ncommonName = supplied\n"
                             "[ext]\nsubjectAltName = %1\n")
                  .arg(san)
                  .toUtf8());
    cnf.close();
    return run({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                QStringLiteral("-keyout"), name + QStringLiteral(".key"), QStringLiteral("-out"),
                name + QStringLiteral(".csr"), QStringLiteral("-subj"), QStringLiteral("/CN=") + name},
               error)
        && run({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"), cnf.fileName(),
                QStringLiteral("-cert"), QStringLiteral("ca.pem"), QStringLiteral("-keyfile"), QStringLiteral("ca.key"),
                QStringLiteral("-in"), name + QStringLiteral(".csr"), QStringLiteral("-out"),
                name + QStringLiteral(".pem"), QStringLiteral("-startdate"), start, QStringLiteral("-enddate"), end},
               error);
}

bool TestCertificates::create(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    QDir dir(m_dir.path());
    dir.mkpath(QStringLiteral("newcerts"));
    QFile index(dir.filePath(QStringLiteral("index.txt")));
    QFile serial(dir.filePath(QStringLiteral("serial")));
    if (!index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly))
        return false;
    serial.write("1000\n");
    index.close();
    serial.close();
    const QString format = QStringLiteral("yyyyMMddHHmmss'Z'");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString validFrom = now.addDays(-1).toString(format);
    const QString validTo = now.addDays(90).toString(format);
    return run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"),
                QStringLiteral("/CN=DEX Desk Test CA")},
               error)
        && sign(QStringLiteral("valid"), QStringLiteral("IP:127.0.0.1, DNS:localhost"), validFrom, validTo, error)
        && sign(QStringLiteral("expired"), QStringLiteral("IP:127.0.0.1, DNS:localhost"),
                QStringLiteral("20200101000000Z"), QStringLiteral("20200201000000Z"), error)
        && sign(QStringLiteral("wronghost"), QStringLiteral("DNS:wrong-host.invalid"), validFrom, validTo, error)
        && run({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("selfsigned.key"),
                QStringLiteral("-out"), QStringLiteral("selfsigned.pem"), QStringLiteral("-days"), QStringLiteral("30"),
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1")},
               error);
}

QString TestCertificates::caFile() const
{
    return QDir(m_dir.path()).filePath(QStringLiteral("ca.pem"));
}

QList<QSslCertificate> TestCertificates::ca() const
{
    return QSslCertificate::fromPath(caFile());
}

QString TestCertificates::certFile(const QString &name) const
{
    return QDir(m_dir.path()).filePath(name + QStringLiteral(".pem"));
}

QString TestCertificates::keyFile(const QString &name) const
{
    return QDir(m_dir.path()).filePath(name + QStringLiteral(".key"));
}
