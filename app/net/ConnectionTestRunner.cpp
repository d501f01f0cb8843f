#include "ConnectionTestRunner.h"

#include "ErrorBody.h"
#include "HostResolver.h"
#include "RemoteText.h"
#include "ServerCapabilities.h"
#include "SettingsValidator.h"
#include "TokenProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace dexdesk {

namespace {

QStringList distinctOrigins(const QList<QUrl> &urls)
{
    QStringList origins;
    for (const QUrl &u : urls) {
        if (!u.isValid() || u.host().isEmpty())
            continue;
        const QString o = u.scheme() + QStringLiteral("://") + u.host() + QLatin1Char(':')
            + QString::number(u.port(u.scheme() == QLatin1String("https") ? 443 : 80));
        if (!origins.contains(o))
            origins << o;
    }
    return origins;
}
// The discovery document sits at the API root, which the Data Exchange URL extends (".../data/v3").
// The user may have moved the data URL (another host or port), so the root is derived from it the
// same way the profile's own URLs relate; if they do not relate, there is no root to check.
QUrl discoveryUrl(const TestConnectionInput &in)
{
    const QString root = in.profile.apiRootUrl;
    if (root.isEmpty() || !in.profile.dataUrl.startsWith(root))
        return {};
    const QString suffix = in.profile.dataUrl.mid(root.size());
    QString data = in.settings.dataUrl.trimmed();
    while (data.endsWith(QLatin1Char('/')))
        data.chop(1);
    if (!data.endsWith(suffix))
        return {};
    return QUrl(data.left(data.size() - suffix.size()));
}

QList<QUrl> urlsOf(const TestConnectionInput &in)
{
    QList<QUrl> urls {QUrl(in.settings.dataUrl.trimmed()), QUrl(in.settings.authUrl.trimmed())};
    if (const QUrl root = discoveryUrl(in); root.isValid())
        urls << root;
    return urls;
}

} // namespace

ConnectionTestRunner::ConnectionTestRunner(TestConnectionInput input, HostResolver *resolver)
    : m_input(std::move(input))
    , m_resolver(resolver)
{ }

ConnectionTestRunner::~ConnectionTestRunner()
{
    delete m_job;
    delete m_socket;
    delete m_manager;
}

void ConnectionTestRunner::run()
{
    m_manager = new QNetworkAccessManager(this);
    m_stages.push_back([this] { checkUrls(); });
    m_stages.push_back([this] { resolveHosts(); });
    m_stages.push_back([this] { connectOrigins(); });
    if (m_input.leas.isEmpty()) {
        m_stages.push_back([this] {
            record({QStringLiteral("token"),
                    tr("Token request"),
                    {},
                    TestStep::Outcome::Fail,
                    tr("No LEA is enabled, so there is no key to test. Add or enable an LEA in LEA Settings."),
                    0});
            next();
        });
    }
    for (const LeaCredentials &lea : std::as_const(m_input.leas))
        m_stages.push_back([this, lea] { fetchToken(lea); });
    m_stages.push_back([this] { readDiscovery(); });
    for (const LeaCredentials &lea : std::as_const(m_input.leas)) {
        if (m_input.settings.schoolYears.isEmpty()) {
            m_stages.push_back([this, lea] {
                record({QStringLiteral("read"), tr("Read data"), lea.id, TestStep::Outcome::Fail,
                        tr("No school year is checked. Check at least one school year."), 0});
                next();
            });
        }
        for (int year : std::as_const(m_input.settings.schoolYears))
            m_stages.push_back([this, lea, year] { readResource(lea, year); });
    }
    m_stages.push_back([this] { checkClock(); });
    next();
}

void ConnectionTestRunner::next()
{
    if (m_done)
        return;
    if (m_stages.empty()) {
        finish(false);
        return;
    }
    Stage stage = std::move(m_stages.front());
    m_stages.pop_front();
    m_stepTimer.start();
    stage();
}

void ConnectionTestRunner::stop()
{
    m_stages.clear();
    finish(false);
}

void ConnectionTestRunner::cancel()
{
    if (m_done)
        return;
    if (m_job)
        m_job->abort();
    if (m_socket)
        m_socket->abort();
    m_stages.clear();
    finish(true);
}

void ConnectionTestRunner::record(TestStep step)
{
    step.elapsedMs = m_stepTimer.isValid() ? m_stepTimer.elapsed() : 0;
    m_steps.append(step);
    Q_EMIT stepFinished(step);
}

void ConnectionTestRunner::finish(bool cancelled)
{
    if (m_done)
        return;
    m_done = true;
    TestReport report;
    report.steps = m_steps;
    report.cancelled = cancelled;
    const auto failed = std::find_if(m_steps.cbegin(), m_steps.cend(),
                                     [](const TestStep &s) { return s.outcome == TestStep::Outcome::Fail; });
    const int warnings = int(std::count_if(m_steps.cbegin(), m_steps.cend(),
                                           [](const TestStep &s) { return s.outcome == TestStep::Outcome::Warn; }));
    report.passed = !cancelled && failed == m_steps.cend();
    if (cancelled) {
        report.verdict = tr("Test cancelled; nothing was changed.");
    } else if (failed != m_steps.cend()) {
        report.verdict = failed->lea.isEmpty()
            ? tr("%1 failed. %2").arg(failed->title, failed->detail)
            : tr("%1 failed for LEA %2. %3").arg(failed->title, failed->lea, failed->detail);
    } else {
        report.verdict = tr("The connection works: the endpoint answered, every enabled LEA received a token and "
                            "could read data for the checked school years.");
        if (warnings > 0)
            report.verdict += QLatin1Char(' ') + tr("Look at the %1 warning(s) above.").arg(warnings);
    }
    Q_EMIT finished(report);
}

void ConnectionTestRunner::request(RequestSpec spec, std::function<void(const HttpResult &)> done)
{
    spec.timeoutMs = m_input.timeoutMs;
    spec.extraCaCertificates = m_input.extraCaCertificates;
    auto *job = new HttpJob(m_manager, std::move(spec), this);
    m_job = job;
    connect(job, &HttpJob::finished, this, [this, job, done](const HttpResult &r) {
        job->deleteLater();
        if (m_done)
            return;
        noteDate(r);
        done(r);
    });
    job->start();
}

void ConnectionTestRunner::noteDate(const HttpResult &result)
{
    const QDateTime date = result.serverDate();
    if (date.isValid()) {
        m_serverDate = date;
        m_localDateAtServerDate = QDateTime::currentDateTimeUtc();
    }
}

void ConnectionTestRunner::checkUrls()
{
    QStringList problems;
    QStringList warnings;
    const QList<QPair<QString, QString>> urls = {
        {SettingsValidator::tr("Data Exchange URL"), m_input.settings.dataUrl},
        {SettingsValidator::tr("Authentication URL"), m_input.settings.authUrl},
    };
    for (const auto &[name, url] : urls) {
        const UrlCheck c = SettingsValidator::checkUrl(url);
        if (c.severity == UrlCheck::Severity::Error)
            problems << name + QStringLiteral(": ") + c.message;
        else if (c.severity == UrlCheck::Severity::Warning)
            warnings << name + QStringLiteral(": ") + c.message;
    }
    if (!problems.isEmpty()) {
        record({QStringLiteral("urls"),
                tr("URLs well formed"),
                {},
                TestStep::Outcome::Fail,
                problems.join(QLatin1Char(' ')),
                0});
        stop();
        return;
    }
    record({QStringLiteral("urls"),
            tr("URLs well formed"),
            {},
            warnings.isEmpty() ? TestStep::Outcome::Pass : TestStep::Outcome::Warn,
            warnings.isEmpty() ? tr("Both URLs are complete https addresses.") : warnings.join(QLatin1Char(' ')),
            0});
    next();
}

void ConnectionTestRunner::resolveHosts()
{
    m_pending.clear();
    m_details.clear();
    for (const QUrl &u : urlsOf(m_input)) {
        if (!m_pending.contains(u.host()))
            m_pending << u.host();
    }
    resolveHost(0);
}

void ConnectionTestRunner::resolveHost(int i)
{
    if (m_done)
        return;
    if (i == m_pending.size()) {
        record({QStringLiteral("resolve"),
                tr("Host name resolves"),
                {},
                TestStep::Outcome::Pass,
                m_details.join(QStringLiteral("; ")),
                0});
        next();
        return;
    }
    const QString host = m_pending.at(i);
    m_resolver->resolve(host, this, [this, host, i](bool ok, const QString &detail) {
        if (m_done)
            return;
        if (!ok) {
            record({QStringLiteral("resolve"),
                    tr("Host name resolves"),
                    {},
                    TestStep::Outcome::Fail,
                    tr("Unknown host \"%1\": the name could not be found (%2). Check the spelling of the URL and that "
                       "this computer can reach the agency's network (DNS, VPN, proxy).")
                        .arg(host, RemoteText::escape(detail)),
                    0});
            stop();
            return;
        }
        m_details << host + QStringLiteral(" → ") + detail;
        resolveHost(i + 1);
    });
}

void ConnectionTestRunner::connectOrigins()
{
    m_pending = distinctOrigins(urlsOf(m_input));
    m_details.clear();
    m_worst = TestStep::Outcome::Pass;
    connectOrigin(0);
}

void ConnectionTestRunner::connectOrigin(int i)
{
    if (m_done)
        return;
    if (i == m_pending.size()) {
        record({QStringLiteral("tls"), tr("TCP and TLS"), {}, m_worst, m_details.join(QLatin1Char(' ')), 0});
        next();
        return;
    }
    const QString originText = m_pending.at(i);
    const QUrl origin(originText);
    const bool tls = origin.scheme() == QLatin1String("https");
    QAbstractSocket *socket = tls ? new QSslSocket(this) : new QTcpSocket(this);
    m_socket = socket;
    auto sslErrors = std::make_shared<QList<QSslError>>();
    auto settled = std::make_shared<bool>(false);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto fail = [this, socket, settled, originText](const NetError &error) {
        if (*settled)
            return;
        *settled = true;
        socket->abort();
        socket->deleteLater();
        QString detail = originText + QStringLiteral(": ") + error.userMessage();
        if (error.isTls() && !error.detail.isEmpty())
            detail += QStringLiteral(" (") + error.detail + QLatin1Char(')');
        record({QStringLiteral("tls"), tr("TCP and TLS"), {}, TestStep::Outcome::Fail, detail, 0});
        stop();
    };
    auto succeed = [this, socket, settled, i](const QString &detail, TestStep::Outcome outcome) {
        if (*settled)
            return;
        *settled = true;
        socket->disconnectFromHost();
        socket->deleteLater();
        m_details << detail;
        if (outcome == TestStep::Outcome::Warn)
            m_worst = outcome;
        // Continue from the event loop, not from inside the socket's own signal.
        QMetaObject::invokeMethod(
            this, [this, i] { connectOrigin(i + 1); }, Qt::QueuedConnection);
    };
    connect(timer, &QTimer::timeout, socket, [fail] { fail({NetError::Kind::Timeout, {}}); });
    connect(socket, &QAbstractSocket::errorOccurred, socket, [fail, socket, sslErrors](QAbstractSocket::SocketError e) {
        switch (e) {
        case QAbstractSocket::ConnectionRefusedError:
            fail({NetError::Kind::ConnectionRefused, {}});
            break;
        case QAbstractSocket::HostNotFoundError:
            fail({NetError::Kind::HostNotFound, {}});
            break;
        case QAbstractSocket::SocketTimeoutError:
            fail({NetError::Kind::Timeout, {}});
            break;
        case QAbstractSocket::SslHandshakeFailedError:
            fail(sslErrors->isEmpty() ? NetError {NetError::Kind::TlsOther, RemoteText::escape(socket->errorString())}
                                      : NetError::fromSslErrors(*sslErrors));
            break;
        default:
            fail({NetError::Kind::RemoteClosed, RemoteText::escape(socket->errorString())});
            break;
        }
    });
    timer->start(m_input.timeoutMs);
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificates(m_input.extraCaCertificates);
        ssl->setSslConfiguration(config);
        connect(ssl, &QSslSocket::sslErrors, ssl, [sslErrors](const QList<QSslError> &errors) { *sslErrors = errors; });
        connect(ssl, &QSslSocket::encrypted, ssl, [ssl, succeed, originText] {
            const qint64 days = QDateTime::currentDateTimeUtc().daysTo(ssl->peerCertificate().expiryDate());
            const QString detail
                = tr("%1: TLS is valid; the certificate expires in %2 day(s).").arg(originText).arg(days);
            if (days < 30)
                succeed(detail + QLatin1Char(' ') + tr("Ask the agency to renew it soon."), TestStep::Outcome::Warn);
            else
                succeed(detail, TestStep::Outcome::Pass);
        });
        ssl->connectToHostEncrypted(origin.host(), quint16(origin.port()));
    } else {
        connect(socket, &QAbstractSocket::connected, socket, [succeed, originText] {
            succeed(tr("%1: connected (unencrypted; acceptable only on this computer).").arg(originText),
                    TestStep::Outcome::Warn);
        });
        socket->connectToHost(origin.host(), quint16(origin.port()));
    }
}

void ConnectionTestRunner::fetchToken(const LeaCredentials &lea, bool asJson)
{
    if (lea.secret.isEmpty()) {
        record({QStringLiteral("token"), tr("Token request"), lea.id, TestStep::Outcome::Fail,
                lea.secretProblem.isEmpty() ? tr("No secret is stored for this LEA. Enter it in the LEA settings.")
                                            : lea.secretProblem,
                0});
        next();
        return;
    }
    request(TokenRequest::build(QUrl(m_input.settings.authUrl.trimmed()), lea.key, lea.secret, asJson),
            [this, lea, asJson](const HttpResult &http) {
                if (!asJson && TokenRequest::shouldRetryAsJson(http)) {
                    fetchToken(lea, true);
                    return;
                }
                const TokenResult token = TokenRequest::parse(http);
                if (!token.ok) {
                    record({QStringLiteral("token"), tr("Token request"), lea.id, TestStep::Outcome::Fail,
                            token.message(), 0});
                } else {
                    m_tokens.insert(lea.id, token.accessToken);
                    const QString lifetime = token.lifetime.describe();
                    record({QStringLiteral("token"), tr("Token request"), lea.id, TestStep::Outcome::Pass,
                            tr("Token granted in %1 ms (%2).").arg(http.elapsedMs).arg(lifetime), 0});
                }
                next();
            });
}

void ConnectionTestRunner::readDiscovery()
{
    const QUrl root = discoveryUrl(m_input);
    if (!root.isValid()) {
        const QString why = m_input.profile.apiRootUrl.isEmpty()
            ? tr("This profile names no discovery document.")
            : tr("The Data Exchange URL does not end the way the profile's does, so the API root "
                 "(and its discovery document) cannot be derived from it.");
        record({QStringLiteral("discovery"), tr("API discovery document"), {}, TestStep::Outcome::Skipped, why, 0});
        next();
        return;
    }
    RequestSpec spec;
    spec.url = root;
    spec.setHeader("Accept", "application/json");
    spec.maxBodyBytes = 1024 * 1024;
    request(spec, [this, root](const HttpResult &r) {
        const ServerCapabilities caps = ServerCapabilities::fromDiscovery(r);
        if (!caps.known) {
            record({QStringLiteral("discovery"),
                    tr("API discovery document"),
                    {},
                    TestStep::Outcome::Warn,
                    describeHttpFailure(r, tr("the discovery document")) + QLatin1Char(' ') + caps.changeQueriesText()
                        + QLatin1Char('.'),
                    0});
            next();
            return;
        }
        QString found = tr("API version %1; data model %2; identity service: %3;")
                            .arg(caps.apiVersion.isEmpty() ? tr("not stated") : caps.apiVersion, caps.dataModelText(),
                                 caps.identity ? tr("offered") : tr("not offered"));
        const bool otherStandard = caps.speaksOtherStandardThan(m_input.profile.dataStandardMajor());
        if (otherStandard)
            found = tr("The server speaks Data Standard %1, but the profile is written for Data Standard %2: records "
                       "may be refused or read incompletely. Choose a profile for the server's data standard, or "
                       "give the renamed properties in the profile's \"propertyNames\".")
                        .arg(caps.dataStandardMajor())
                        .arg(m_input.profile.dataStandard)
                + QLatin1Char(' ') + found;
        if (!caps.changeQueries || m_tokens.isEmpty() || m_input.settings.schoolYears.isEmpty()) {
            record({QStringLiteral("discovery"),
                    tr("API discovery document"),
                    {},
                    otherStandard ? TestStep::Outcome::Warn : TestStep::Outcome::Pass,
                    found + QLatin1Char(' ') + caps.changeQueriesText() + QLatin1Char('.'),
                    0});
            next();
            return;
        }
        probeChangeQueries(root, caps, found);
    });
}

void ConnectionTestRunner::probeChangeQueries(const QUrl &root, const ServerCapabilities &caps, QString found)
{
    // Offered is not the same as working: one authorised read of the change versions tells.
    QString unusable;
    RequestSpec spec;
    spec.url = QUrl(caps.changeVersionsUrlFor(root.toString(), m_input.profile.yearSpecific,
                                              m_input.settings.schoolYears.constFirst(), &unusable));
    if (!unusable.isEmpty())
        found += QLatin1Char(' ') + tr("Change queries are asked under the API root: %1.").arg(unusable);
    spec.setHeader("Accept", "application/json");
    spec.setHeader("Authorization", "Bearer " + m_tokens.cbegin().value());
    spec.maxBodyBytes = 64 * 1024;
    const bool otherStandard = caps.speaksOtherStandardThan(m_input.profile.dataStandardMajor());
    request(spec, [this, found, otherStandard](const HttpResult &r) {
        const bool works = r.ok() && ServerCapabilities::newestChangeVersion(r.body) >= 0;
        const QString why = r.error.kind != NetError::Kind::None ? r.error.userMessage()
            : r.ok()                                             ? tr("no newestChangeVersion in the answer")
                                                                 : tr("HTTP %1").arg(r.status);
        record({QStringLiteral("discovery"),
                tr("API discovery document"),
                {},
                works && !otherStandard ? TestStep::Outcome::Pass : TestStep::Outcome::Warn,
                found + QLatin1Char(' ')
                    + (works ? tr("change queries: offered and working — Download fetches only what changed.")
                             : tr("change queries: offered but not working (%1) — Download will fetch everything "
                                  "each time.")
                                   .arg(why)),
                0});
        next();
    });
}

QString ConnectionTestRunner::readPath(int year) const
{
    QString resource = QStringLiteral("ed-fi/students");
    for (const ResourceDef &r : m_input.profile.resources) {
        if (r.direction == ResourceDef::Direction::Publish) {
            resource = r.path;
            break;
        }
    }
    QString base = m_input.settings.dataUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (m_input.profile.yearSpecific)
        return base + QLatin1Char('/') + QString::number(year) + QLatin1Char('/') + resource;
    return base + QLatin1Char('/') + resource;
}

void ConnectionTestRunner::readResource(const LeaCredentials &lea, int year)
{
    const QString title = tr("Read data for %1").arg(schoolYearLabel(year));
    if (!m_tokens.contains(lea.id)) {
        record({QStringLiteral("read"), title, lea.id, TestStep::Outcome::Skipped,
                tr("Skipped: this LEA has no token."), 0});
        next();
        return;
    }
    RequestSpec spec;
    spec.url = QUrl(readPath(year) + QStringLiteral("?offset=0&limit=1"));
    spec.setHeader("Accept", "application/json");
    spec.setHeader("Authorization", "Bearer " + m_tokens.value(lea.id));
    spec.maxBodyBytes = 1024 * 1024;
    request(spec, [this, lea, year, title](const HttpResult &r) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(r.body, &parseError);
        if (r.error.kind == NetError::Kind::None && r.status == 200 && parseError.error == QJsonParseError::NoError) {
            record({QStringLiteral("read"), title, lea.id, TestStep::Outcome::Pass,
                    tr("Read %1 in %2 ms.").arg(QUrl(readPath(year)).path()).arg(r.elapsedMs), 0});
        } else if (r.status == 403) {
            record({QStringLiteral("read"), title, lea.id, TestStep::Outcome::Fail,
                    tr("Key lacks access to this resource or year (403): the agency has not granted this LEA's key "
                       "access to %1 for %2. Ask the agency to grant it, or uncheck that school year.")
                        .arg(QUrl(readPath(year)).path(), schoolYearLabel(year)),
                    0});
        } else {
            record({QStringLiteral("read"), title, lea.id, TestStep::Outcome::Fail,
                    describeHttpFailure(r, QUrl(readPath(year)).path()), 0});
        }
        next();
    });
}

QString ConnectionTestRunner::describeHttpFailure(const HttpResult &r, const QString &what) const
{
    if (r.error.kind != NetError::Kind::None)
        return r.error.userMessage();
    if (r.status == 404)
        return tr("URL path wrong (404): %1 does not exist on the server. Check the path part of the URL.").arg(what);
    if (r.status == 401)
        return tr("The server refused the token (401) for %1. Check the LEA's key and secret.").arg(what);
    if (r.status == 200)
        return tr("Non-JSON reply for %1: the URL probably points at a web page rather than the API. Check the URL.")
            .arg(what);
    return tr("HTTP %1 for %2: %3").arg(r.status).arg(what, ErrorBody::parse(r.body, r.status).summary());
}

void ConnectionTestRunner::checkClock()
{
    if (!m_serverDate.isValid()) {
        record({QStringLiteral("clock"),
                tr("Clock"),
                {},
                TestStep::Outcome::Skipped,
                tr("The server sent no Date header to compare with."),
                0});
        next();
        return;
    }
    const qint64 skew = m_serverDate.secsTo(m_localDateAtServerDate);
    const bool bad = qAbs(skew) > 300;
    record({QStringLiteral("clock"),
            tr("Clock"),
            {},
            bad ? TestStep::Outcome::Warn : TestStep::Outcome::Pass,
            bad ? tr("This computer's clock is %1 s off the server's. Tokens and certificates may fail; set the clock "
                     "(enable automatic time).")
                      .arg(skew)
                : tr("Within %1 s of the server's clock.").arg(qAbs(skew)),
            0});
    next();
}

} // namespace dexdesk
