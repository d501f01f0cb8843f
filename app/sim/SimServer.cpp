#include "SimServer.h"

#include "ProblemResponse.h"
#include "SimHttpServer.h"
#include "StoreSeeder.h"

#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSim, "dexdesk.sim", QtInfoMsg)

SimServer::SimServer(const SimConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_faults(config.faults)
    , m_log(config.requestLogSize)
    , m_tokens(config.clients)
    , m_data(m_config, &m_store, &m_counters)
    , m_admin(m_config, &m_faults, &m_store, &m_counters, &m_log)
    , m_random(config.randomSeed ? QRandomGenerator(quint32(config.randomSeed)) : QRandomGenerator::securelySeeded())
{
    m_clock.start();
    QList<int> years = m_config.servesYearSpecific() ? m_config.schoolYears : QList<int> {};
    if (m_config.servesShared())
        years.append(0);
    m_store.setYears(years);
}

SimServer::~SimServer() = default;

QUrl SimServer::baseUrl() const
{
    QUrl u;
    u.setScheme(m_config.tls() ? QStringLiteral("https") : QStringLiteral("http"));
    u.setHost(m_config.listenAddress.toString());
    u.setPort(m_port);
    return u;
}

bool SimServer::start(QString *error)
{
    if (!StoreSeeder::seed(m_config, &m_store, error))
        return false;
    QSslConfiguration ssl;
    if (m_config.tls()) {
        QFile certFile(m_config.certFile), keyFile(m_config.keyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read the certificate or key file: %1")
                         .arg(certFile.isOpen() ? keyFile.errorString() : certFile.errorString());
            return false;
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || key.isNull()) {
            *error = QStringLiteral("the certificate or key is not a valid PEM file (RSA or EC key, unencrypted)");
            return false;
        }
        ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificateChain(chain);
        ssl.setPrivateKey(key);
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    }
    m_http = new SimHttpServer([this](SimRequest r, QPointer<QTcpSocket> s) { onRequest(std::move(r), std::move(s)); },
                               this);
    m_port = m_http->start(m_config.listenAddress, quint16(m_config.port), m_config.tls() ? &ssl : nullptr, error);
    return m_port != 0;
}

int SimServer::delayMs()
{
    int d = m_faults.latencyMs;
    if (m_faults.jitterMs > 0)
        d += int(m_random.bounded(2 * m_faults.jitterMs + 1)) - m_faults.jitterMs;
    return qMax(0, d);
}

void SimServer::onRequest(SimRequest request, QPointer<QTcpSocket> socket)
{
    if (request.path == QLatin1String("/_sim") || request.path.startsWith(QLatin1String("/_sim/"))) {
        SimResponse r = request.remoteAddress.isLoopback()
            ? m_admin.handle(request)
            : SimResponse::json(403,
                                QJsonDocument(QJsonObject {
                                    {QStringLiteral("error"), QStringLiteral("the admin API is loopback only")}}));
        SimHttpServer::send(socket, r, false);
        return;
    }
    m_counters.requestStarted(DataApi::recordOf(request));
    const qint64 startedNs = m_clock.nsecsElapsed();
    const int delay = delayMs();
    if (delay == 0) {
        respond(request, socket, startedNs);
        return;
    }
    // The wait is a timer, not a sleep: other connections are served meanwhile.
    QTimer::singleShot(delay, Qt::PreciseTimer, this, [this, request = std::move(request), socket, startedNs] {
        respond(request, socket, startedNs);
    });
}

void SimServer::respond(const SimRequest &request, const QPointer<QTcpSocket> &socket, qint64 startedNs)
{
    QString resource;
    const SimResponse r = process(request, &resource);
    const bool gone = !socket || socket->state() != QAbstractSocket::ConnectedState;
    const bool close = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    SimHttpServer::send(socket, r, close);
    if (r.drop)
        m_counters.countDropped();
    m_counters.requestFinished(resource, request.method, r.drop ? 0 : r.status);
    m_counters.recordFinished(DataApi::recordOf(request));
    RequestLog::Entry e;
    e.time = QDateTime::currentDateTimeUtc();
    e.method = QString::fromLatin1(request.method);
    e.path = request.pathWithQuery();
    e.status = r.drop ? 0 : r.status;
    e.outcome = gone ? QStringLiteral("client-gone") : r.drop ? QStringLiteral("dropped") : QStringLiteral("answered");
    e.headers = request.headers;
    e.durationMs = double(m_clock.nsecsElapsed() - startedNs) / 1e6;
    m_log.add(std::move(e));
    if (m_config.verbose) // never the headers or bodies: they carry secrets and tokens
        qCInfo(lcSim).noquote() << request.method << request.path
                                << (r.drop ? QStringLiteral("dropped") : QString::number(r.status));
}

SimResponse SimServer::process(const SimRequest &request, QString *resource)
{
    const SimResponse fault = injectFault(request);
    if (fault.status != 0 || fault.drop) {
        *resource = request.path == m_config.authPath ? QStringLiteral("token") : DataApi::resourceOf(request.path);
        if (resource->isEmpty())
            *resource = QStringLiteral("other");
        return *resource == QLatin1String("token") ? fault : ProblemResponse::reshape(fault, m_faults.errorShape);
    }
    const SimResponse r = route(request, resource);
    // OAuth's own error shape stays as it is at the token endpoint.
    return *resource == QLatin1String("token") ? r : ProblemResponse::reshape(r, m_faults.errorShape);
}

SimResponse SimServer::injectFault(const SimRequest &request)
{
    const bool msg = m_faults.errorShape == QLatin1String("message");
    SimResponse none;
    none.status = 0;
    if (m_faults.outageActive(QDateTime::currentDateTimeUtc())) {
        if (m_faults.outageMode == QLatin1String("drop"))
            return SimResponse::dropped();
        return ProblemResponse::make(msg, 503, QStringLiteral("urn:ed-fi:api:service-unavailable"),
                                     QStringLiteral("Service Unavailable"),
                                     QStringLiteral("The service is down for maintenance."));
    }
    if (m_faults.dropRate > 0 && m_random.generateDouble() < m_faults.dropRate)
        return SimResponse::dropped();
    if (!m_faults.redirectPrefix.isEmpty() && request.path.startsWith(m_faults.redirectPrefix)) {
        SimResponse r;
        r.status = 307;
        r.setHeader("Location", m_faults.redirectLocation.toUtf8());
        return r;
    }
    if (!m_faults.errorRates.isEmpty()) {
        const double draw = m_random.generateDouble();
        double cumulative = 0;
        for (auto it = m_faults.errorRates.cbegin(); it != m_faults.errorRates.cend(); ++it) {
            cumulative += it.value();
            if (draw < cumulative)
                return ProblemResponse::make(msg, it.key(), QStringLiteral("urn:ed-fi:api:system-error"),
                                             QStringLiteral("Injected Error"),
                                             QStringLiteral("dexdesk-sim injected this %1 error.").arg(it.key()));
        }
    }
    if (m_faults.rate429 > 0 && m_random.generateDouble() < m_faults.rate429) {
        SimResponse r = ProblemResponse::make(msg, 429, QStringLiteral("urn:ed-fi:api:too-many-requests"),
                                              QStringLiteral("Too Many Requests"),
                                              QStringLiteral("Too many requests; retry after the given delay."));
        r.setHeader("Retry-After", QByteArray::number(m_faults.retryAfterSeconds));
        return r;
    }
    return none;
}

SimResponse SimServer::route(const SimRequest &request, QString *resource)
{
    const bool msg = m_faults.errorShape == QLatin1String("message");
    const QString &path = request.path;
    if (path == m_config.authPath) {
        *resource = QStringLiteral("token");
        if (request.method == "POST")
            return m_tokens.issue(request, m_faults, &m_counters);
        return ProblemResponse::make(msg, 405, QStringLiteral("urn:ed-fi:api:method-not-allowed"),
                                     QStringLiteral("Method Not Allowed"), QStringLiteral("Use POST for a token."));
    }
    if (path.isEmpty() || path == QLatin1String("/")) {
        *resource = QStringLiteral("discovery");
        return discovery(request);
    }
    if (path == QLatin1String("/metadata/data/v3/dependencies")) {
        *resource = QStringLiteral("metadata");
        return dependencies();
    }
    const bool data = path.startsWith(QLatin1String("/data/v3/"));
    const bool changes = path.startsWith(m_faults.changeQueriesPrefix());
    const bool identity = path.startsWith(QLatin1String("/identity/v2/"));
    if (!data && !changes && !identity) {
        *resource = QStringLiteral("other");
        return ProblemResponse::notFound(msg, QStringLiteral("There is nothing at %1.").arg(path));
    }
    *resource = data ? DataApi::resourceOf(path)
        : changes    ? QStringLiteral("changeQueries")
                     : QStringLiteral("identity");
    if (resource->isEmpty())
        *resource = QStringLiteral("other");
    SimResponse denied;
    const SimClient *client = m_tokens.authenticate(request, m_faults, &denied);
    if (!client)
        return denied;
    if (data)
        return m_data.handleData(request, *client, m_faults);
    if (changes)
        return m_data.handleChangeQueries(request, *client, m_faults);
    return m_identity.handle(request, path.mid(13), m_faults);
}

SimResponse SimServer::discovery(const SimRequest &request) const
{
    const QString base = request.baseUrl();
    const QString mode = m_config.layout == QLatin1String("shared") ? QStringLiteral("Shared Instance")
                                                                    : QStringLiteral("Year Specific");
    QJsonObject urls {
        {QStringLiteral("dependencies"), QString(base + QStringLiteral("/metadata/data/v3/dependencies"))},
        {QStringLiteral("openApiMetadata"), QString(base + QStringLiteral("/metadata/"))},
        {QStringLiteral("oauth"), QString(base + m_config.authPath)},
        {QStringLiteral("dataManagementApi"), QString(base + QStringLiteral("/data/v3/"))},
        {QStringLiteral("xsdMetadata"), QString(base + QStringLiteral("/metadata/xsd"))},
        {QStringLiteral("changeQueries"), QString(base + m_faults.changeQueriesPrefix())},
        {QStringLiteral("composites"), QString(base + QStringLiteral("/composites/v1/"))},
        {QStringLiteral("identity"), QString(base + QStringLiteral("/identity/v2/"))}};
    if (!m_faults.changeQueriesListed())
        urls.remove(QStringLiteral("changeQueries"));
    const bool ds33 = m_faults.dataStandard == QLatin1String("3.3");
    return SimResponse::json(
        200,
        QJsonDocument(
            QJsonObject {{QStringLiteral("version"), QStringLiteral("7.1")},
                         {QStringLiteral("informationalVersion"), QStringLiteral("7.1 (dexdesk-sim)")},
                         {QStringLiteral("suite"), QStringLiteral("3")},
                         {QStringLiteral("build"), QStringLiteral("dexdesk-sim")},
                         {QStringLiteral("apiMode"), mode},
                         {QStringLiteral("dataModels"),
                          QJsonArray {QJsonObject {
                              {QStringLiteral("name"), QStringLiteral("Ed-Fi")},
                              {QStringLiteral("version"), ds33 ? QStringLiteral("3.3.1-b") : QStringLiteral("5.0.0")},
                              {QStringLiteral("informationalVersion"),
                               ds33 ? QStringLiteral("Data Standard 3.3.1-b") : QStringLiteral("Data Standard 5.0")}}}},
                         {QStringLiteral("urls"), urls}}));
}

SimResponse SimServer::dependencies() const
{
    QJsonArray out;
    for (const ResourceSpec &r : ResourceCatalog::all())
        out.append(QJsonObject {
            {QStringLiteral("resource"), QString(QStringLiteral("/ed-fi/") + r.name)},
            {QStringLiteral("order"), r.order},
            {QStringLiteral("operations"), QJsonArray {QStringLiteral("Create"), QStringLiteral("Update")}}});
    return SimResponse::json(200, QJsonDocument(out));
}
