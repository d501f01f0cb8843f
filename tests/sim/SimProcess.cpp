#include "SimProcess.h"

#include "TestTimeScale.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTimer>

namespace {
// Control requests (reset, faults, counters): a reset reseeds the store, which under the
// sanitizers on a loaded machine took longer than 10 s, so the time scale stretches it.
const int kAdminTimeoutMs = int(scaledDeadlineMs(10000));
} // namespace

SimProcess::SimProcess() = default;

SimProcess::~SimProcess()
{
    stop();
}

QString SimProcess::executable()
{
    return QStringLiteral(DEXDESK_SIM_PATH);
}

bool SimProcess::start(const QStringList &extraArgs, int timeoutMs)
{
    stop();
    m_error.clear();
    const qsizetype certAt = extraArgs.indexOf(QStringLiteral("--cert"));
    m_caCertificates.clear();
    if (certAt >= 0 && certAt + 1 < extraArgs.size())
        m_caCertificates = QSslCertificate::fromPath(extraArgs.at(certAt + 1), QSsl::Pem);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(executable(), QStringList {QStringLiteral("--port"), QStringLiteral("0")} + extraArgs);
    if (!m_process->waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process->errorString());
        return false;
    }
    static const QRegularExpression line(
        QStringLiteral("^dexdesk-sim listening on (https?)://127\\.0\\.0\\.1:(\\d+)\\s*$"));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (m_process->canReadLine()) {
            const QString text = QString::fromUtf8(m_process->readLine());
            const auto m = line.match(text);
            if (!m.hasMatch()) {
                m_error = QStringLiteral("unexpected first line from dexdesk-sim: ") + text;
                return false;
            }
            m_port = quint16(m.captured(2).toUInt());
            m_baseUrl = QUrl(m.captured(1) + QStringLiteral("://127.0.0.1:") + m.captured(2));
            return true;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(int(qMax<qint64>(1, timeoutMs - clock.elapsed())));
    }
    m_process->waitForFinished(1000);
    m_error = QStringLiteral("dexdesk-sim did not report a port (exit code %1): %2")
                  .arg(m_process->exitCode())
                  .arg(QString::fromUtf8(m_process->readAllStandardError()));
    return false;
}

void SimProcess::stop()
{
    m_nam.reset();
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
    m_port = 0;
}

bool SimProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString SimProcess::errorString() const
{
    return m_error;
}

QUrl SimProcess::url(const QString &pathAndQuery) const
{
    return QUrl(m_baseUrl.toString() + pathAndQuery);
}

QByteArray SimProcess::admin(const QByteArray &method, const QString &path, const QByteArray &body, int *status)
{
    *status = 0;
    if (!m_nam)
        m_nam = std::make_unique<QNetworkAccessManager>();
    QNetworkRequest request(url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(kAdminTimeoutMs);
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_caCertificates);
        request.setSslConfiguration(ssl);
    }
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kAdminTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        qWarning("SimProcess: %s %s timed out", method.constData(), qPrintable(path));
    }
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return data;
}

bool SimProcess::setFaults(const QJsonObject &faults)
{
    int status = 0;
    const QByteArray out = admin("POST", QStringLiteral("/_sim/faults"), QJsonDocument(faults).toJson(), &status);
    if (status != 200)
        qWarning("SimProcess::setFaults: %d %s", status, out.constData());
    return status == 200;
}

QJsonObject SimProcess::faults()
{
    int status = 0;
    return QJsonDocument::fromJson(admin("GET", QStringLiteral("/_sim/faults"), {}, &status)).object();
}

QJsonObject SimProcess::counters()
{
    int status = 0;
    return QJsonDocument::fromJson(admin("GET", QStringLiteral("/_sim/counters"), {}, &status)).object();
}

QJsonArray SimProcess::requests(int limit)
{
    int status = 0;
    return QJsonDocument::fromJson(admin("GET", QStringLiteral("/_sim/requests?limit=%1").arg(limit), {}, &status))
        .array();
}

bool SimProcess::reset(bool store, bool faults)
{
    int status = 0;
    admin("POST", QStringLiteral("/_sim/reset?store=%1&faults=%2").arg(int(store)).arg(int(faults)), {}, &status);
    return status == 200;
}

QJsonArray SimProcess::records(const QString &resource, int schoolYear)
{
    int status = 0;
    const QString year = schoolYear == 0 ? QStringLiteral("shared") : QString::number(schoolYear);
    return QJsonDocument::fromJson(
               admin("GET", QStringLiteral("/_sim/records/%1?schoolYear=%2").arg(resource, year), {}, &status))
        .array();
}
