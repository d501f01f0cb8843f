#include "SimCommandLine.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>

namespace {

struct Flag {
    const char *name;
    const char *valueName; // nullptr for a switch
    const char *help;
};

const Flag kFlags[] = {
    {"config", "file",
     "JSON config file (keys: listen, port, allowRemote, cert, key, authPath, layout, schoolYears, "
     "clients, seed, faults, randomSeed, requestLogSize, verbose)."},
    {"listen", "address", "Address to listen on (default 127.0.0.1)."},
    {"port", "port", "Port (default 8765; 0 = any free port)."},
    {"allow-remote", nullptr, "Allow listening on a non-loopback address."},
    {"cert", "pem", "Certificate (PEM) for HTTPS; needs --key."},
    {"key", "pem", "Private key (PEM, unencrypted) for HTTPS."},
    {"auth-path", "path", "Token endpoint path (default /oauth/token)."},
    {"layout", "layout", "URL layout: year-specific, shared or both (default both)."},
    {"school-years", "years", "School years served, e.g. 2026,2027."},
    {"client", "key:secret[:years[:resources]]",
     "An API client (repeatable; replaces the default training-key/training-secret). Years and resources are "
     "comma lists or *."},
    {"no-seed", nullptr, "Start with an empty store (no descriptors, LEA or schools)."},
    {"seed-bulk-schools", "n",
     "Also seed N generated schools per school year (ids from 800000000, \"Bulk School N\"), for download tests "
     "and benchmarks."},
    {"latency", "ms", "Latency added to every response."},
    {"jitter", "ms", "Random +/- variation of the latency."},
    {"error-rates", "list", "Injected error rates, e.g. 500:0.1,503:0.05."},
    {"rate-429", "rate", "Share of requests answered 429 (0-1)."},
    {"retry-after", "seconds", "Retry-After of the 429 answers (default 1)."},
    {"token-lifetime", "seconds", "Token lifetime (default 1800)."},
    {"drop-rate", "rate", "Share of requests whose connection is closed without an answer (0-1)."},
    {"outage", "seconds[@time]", "An outage of N seconds starting now or at an ISO time."},
    {"outage-mode", "mode", "What an outage does: 503 or drop (default 503)."},
    {"redirect", "prefix=url", "Answer requests under a path prefix with 307 to an absolute URL."},
    {"error-shape", "shape",
     "Error bodies: problem (problem details), message ({\"message\"}, \"modelState\"), errorText "
     "({\"error\": \"...\"}), errorObject ({\"error\": {\"message\", \"failures\"}}), errorList "
     "({\"error\": [{\"message\", \"path\", \"suggestion\"}]}) or empty (no body)."},
    {"relative-location", nullptr, "Location headers as a path, without scheme and host."},
    {"ownership", nullptr,
     "Ownership-based authorization: a record another API client created answers 403 to POST and DELETE."},
    {"descriptor-conflict", nullptr, "A descriptor value the server lacks answers 409 (a failed reference), not 400."},
    {"bad-credentials-status", "status", "Answer to a bad key or secret: 401 or 400."},
    {"unauthorized-status", "status",
     "Answer to a data request with a missing, malformed, unknown or expired token: 401 (with a challenge) or 400."},
    {"token-expires-in", "variant",
     "expires_in in the token answer: number, omitted, string or absolute (the Unix time it expires)."},
    {"token-formats", "list", "Token request bodies accepted: form,json (default both)."},
    {"change-queries", "mode",
     "Change queries: offered (default), absent (not in discovery; the endpoint answers 500 with an empty body), "
     "absent404 (not in discovery; 404), broken (listed; 500 with an empty body), noVersion (listed; 200 without "
     "newestChangeVersion) or relocated (listed and served under /changes/v2/; /changeQueries/v1/ answers 404)."},
    {"no-total-count", nullptr, "Ignore totalCount=true: collections never send a Total-Count header."},
    {"total-count-excess", "n", "Total-Count announces N records more than the collection has (a wrong count)."},
    {"data-standard", "version",
     "Property names of Data Standard 5 (default) or 3.3 (an LEA's categories are educationOrganizationCategories); "
     "also named in discovery."},
    {"ignore-offset", nullptr, "Collections ignore offset: every offset is answered with the first page."},
    {"max-page-size", "n",
     "Collections return at most N records a page, whatever the limit asked (as servers with a "
     "lower maximum do)."},
    {"async-identity", nullptr, "Identity requests answer 202 with a Location to poll."},
    {"identity-pending-polls", "n", "Polls answered 202 before the identity result (default 0)."},
    {"random-seed", "n", "Seed for the fault dice (reproducible runs)."},
    {"request-log-size", "n", "Requests kept for GET /_sim/requests (default 10000)."},
    {"verbose", nullptr, "Log each request's method, path and status to stderr (never headers or bodies)."},
};

bool toInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int v = text.toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

bool toRate(const QString &text, double *out)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok || v < 0 || v > 1)
        return false;
    *out = v;
    return true;
}

} // namespace

QString SimCommandLine::helpText()
{
    QString text = QStringLiteral(
        "Usage: dexdesk-sim [options]\n"
        "A local Ed-Fi ODS/API look-alike for DEX Desk tests, demos and training.\n"
        "On start it prints one line: dexdesk-sim listening on http://127.0.0.1:<port>\n"
        "Admin API (loopback only): GET /_sim/counters, GET /_sim/requests?limit=N, GET|POST /_sim/faults,\n"
        "POST /_sim/reset[?store=1&faults=1], GET /_sim/records/{resource}?schoolYear=Y, GET /_sim/health\n\n"
        "Options:\n");
    for (const Flag &f : kFlags) {
        QString left = QStringLiteral("  --") + QLatin1String(f.name);
        if (f.valueName)
            left += QStringLiteral(" <") + QLatin1String(f.valueName) + QLatin1Char('>');
        text += left.leftJustified(40) + QLatin1String(f.help) + QLatin1Char('\n');
    }
    text += QStringLiteral("  -h, --help                              Show this help.\n"
                           "  --version                               Show the version.\n");
    return text;
}

SimCommandLine::Outcome SimCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const Flag &f : kFlags) {
        QCommandLineOption o(QString::fromLatin1(f.name), QString::fromLatin1(f.help));
        if (f.valueName)
            o.setValueName(QString::fromLatin1(f.valueName));
        p.addOption(o);
    }
    p.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Help.")));
    p.addOption(QCommandLineOption(QStringLiteral("version"), QStringLiteral("Version.")));
    const auto fail = [this](const QString &m) {
        m_message = m;
        return Outcome::Error;
    };
    if (!p.parse(arguments))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help")))
        return m_message = helpText(), Outcome::Help;
    if (p.isSet(QStringLiteral("version")))
        return m_message = QStringLiteral("dexdesk-sim " DEXDESK_VERSION), Outcome::Version;
    if (!p.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"").arg(p.positionalArguments().first()));

    QString why;
    if (p.isSet(QStringLiteral("config"))) {
        QFile f(p.value(QStringLiteral("config")));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read the config file %1: %2").arg(f.fileName(), f.errorString()));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return fail(
                QStringLiteral("the config file %1 is not a JSON object: %2").arg(f.fileName(), pe.errorString()));
        if (!m_config.applyJson(doc.object(), &why))
            return fail(QStringLiteral("config file %1: %2").arg(f.fileName(), why));
    }
    const auto value = [&p](const char *n) { return p.value(QString::fromLatin1(n)); };
    const auto isSet = [&p](const char *n) { return p.isSet(QString::fromLatin1(n)); };
    SimConfig &c = m_config;
    SimFaults &fl = c.faults;
    if (isSet("listen") && !c.listenAddress.setAddress(value("listen")))
        return fail(QStringLiteral("--listen needs an IP address such as 127.0.0.1, not \"%1\"").arg(value("listen")));
    if (isSet("port") && !toInt(value("port"), 0, 65535, &c.port))
        return fail(QStringLiteral("--port needs a number from 0 to 65535, not \"%1\"").arg(value("port")));
    c.allowRemote = c.allowRemote || isSet("allow-remote");
    c.verbose = c.verbose || isSet("verbose");
    if (isSet("cert"))
        c.certFile = value("cert");
    if (isSet("key"))
        c.keyFile = value("key");
    if (isSet("auth-path"))
        c.authPath = value("auth-path");
    if (isSet("layout"))
        c.layout = value("layout");
    if (isSet("school-years") && !SimConfig::parseYears(value("school-years"), &c.schoolYears, &why))
        return fail(QStringLiteral("--school-years: ") + why);
    if (isSet("client")) {
        c.clients.clear();
        for (const QString &text : p.values(QStringLiteral("client"))) {
            SimClient client;
            if (!SimConfig::parseClient(text, &client, &why))
                return fail(why);
            c.clients.append(client);
        }
    }
    if (isSet("no-seed")) {
        c.seedDescriptors = false;
        c.seedLeas.clear();
        c.seedSchools.clear();
    }
    if (isSet("seed-bulk-schools") && !toInt(value("seed-bulk-schools"), 0, 10000000, &c.seedBulkSchools))
        return fail(QStringLiteral("--seed-bulk-schools needs a number from 0 to 10000000"));
    if (isSet("latency") && !toInt(value("latency"), 0, 600000, &fl.latencyMs))
        return fail(QStringLiteral("--latency needs milliseconds from 0 to 600000"));
    if (isSet("jitter") && !toInt(value("jitter"), 0, 600000, &fl.jitterMs))
        return fail(QStringLiteral("--jitter needs milliseconds from 0 to 600000"));
    if (isSet("error-rates") && !SimFaults::parseErrorRates(value("error-rates"), &fl.errorRates, &why))
        return fail(QStringLiteral("--error-rates: ") + why);
    if (isSet("rate-429") && !toRate(value("rate-429"), &fl.rate429))
        return fail(QStringLiteral("--rate-429 needs a number from 0 to 1"));
    if (isSet("retry-after") && !toInt(value("retry-after"), 0, 86400, &fl.retryAfterSeconds))
        return fail(QStringLiteral("--retry-after needs seconds from 0 to 86400"));
    if (isSet("token-lifetime") && !toInt(value("token-lifetime"), 1, 864000, &fl.tokenLifetimeSeconds))
        return fail(QStringLiteral("--token-lifetime needs seconds from 1 to 864000"));
    if (isSet("drop-rate") && !toRate(value("drop-rate"), &fl.dropRate))
        return fail(QStringLiteral("--drop-rate needs a number from 0 to 1"));
    if (isSet("outage")
        && !SimFaults::parseOutage(value("outage"), QDateTime::currentDateTimeUtc(), &fl.outageStart, &fl.outageEnd,
                                   &why))
        return fail(QStringLiteral("--outage: ") + why);
    if (isSet("outage-mode")) {
        if (value("outage-mode") != QLatin1String("503") && value("outage-mode") != QLatin1String("drop"))
            return fail(QStringLiteral("--outage-mode must be 503 or drop"));
        fl.outageMode = value("outage-mode");
    }
    if (isSet("redirect")) {
        const QString r = value("redirect");
        const int eq = r.indexOf(QLatin1Char('='));
        const QUrl loc(r.mid(eq + 1));
        if (eq <= 0 || !r.startsWith(QLatin1Char('/')) || !loc.isValid() || loc.isRelative())
            return fail(QStringLiteral("--redirect must look like /data/v3/2027=http://127.0.0.1:9999/elsewhere"));
        fl.redirectPrefix = r.left(eq);
        fl.redirectLocation = r.mid(eq + 1);
    }
    if (isSet("error-shape")) {
        if (!SimFaults::errorShapes().contains(value("error-shape")))
            return fail(QStringLiteral("--error-shape must be one of: %1")
                            .arg(SimFaults::errorShapes().join(QStringLiteral(", "))));
        fl.errorShape = value("error-shape");
    }
    if (isSet("bad-credentials-status") && !toInt(value("bad-credentials-status"), 400, 401, &fl.badCredentialsStatus))
        return fail(QStringLiteral("--bad-credentials-status must be 401 or 400"));
    if (isSet("unauthorized-status") && !toInt(value("unauthorized-status"), 400, 401, &fl.unauthorizedStatus))
        return fail(QStringLiteral("--unauthorized-status must be 401 or 400"));
    if (isSet("total-count-excess") && !toInt(value("total-count-excess"), 0, 1000000, &fl.totalCountExcess))
        return fail(QStringLiteral("--total-count-excess needs a number from 0 to 1000000"));
    if (isSet("data-standard")) {
        if (!SimFaults::dataStandards().contains(value("data-standard")))
            return fail(QStringLiteral("--data-standard must be one of: %1")
                            .arg(SimFaults::dataStandards().join(QStringLiteral(", "))));
        fl.dataStandard = value("data-standard");
    }
    if (isSet("token-expires-in")) {
        const QString v = value("token-expires-in");
        if (v != QLatin1String("number") && v != QLatin1String("omitted") && v != QLatin1String("string")
            && v != QLatin1String("absolute"))
            return fail(QStringLiteral("--token-expires-in must be number, omitted, string or absolute"));
        fl.tokenExpiresIn = v;
    }
    if (isSet("token-formats")) {
        const QStringList f = value("token-formats").split(QLatin1Char(','), Qt::SkipEmptyParts);
        fl.tokenAcceptForm = f.contains(QStringLiteral("form"));
        fl.tokenAcceptJson = f.contains(QStringLiteral("json"));
        if (f.isEmpty() || f.size() != int(fl.tokenAcceptForm) + int(fl.tokenAcceptJson))
            return fail(QStringLiteral("--token-formats must be form, json or form,json"));
    }
    if (isSet("change-queries")) {
        if (!SimFaults::changeQueryModes().contains(value("change-queries")))
            return fail(QStringLiteral("--change-queries must be one of: %1")
                            .arg(SimFaults::changeQueryModes().join(QStringLiteral(", "))));
        fl.changeQueries = value("change-queries");
    }
    if (isSet("relative-location"))
        fl.relativeLocation = true;
    if (isSet("ownership"))
        fl.ownership = true;
    if (isSet("descriptor-conflict"))
        fl.descriptorConflict = true;
    if (isSet("no-total-count"))
        fl.totalCount = false;
    if (isSet("ignore-offset"))
        fl.ignoreOffset = true;
    if (isSet("max-page-size") && !toInt(value("max-page-size"), 1, 1000000, &fl.maxPageSize))
        return fail(QStringLiteral("--max-page-size needs a number from 1 to 1000000"));
    fl.asyncIdentity = fl.asyncIdentity || isSet("async-identity");
    if (isSet("identity-pending-polls") && !toInt(value("identity-pending-polls"), 0, 1000, &fl.identityPendingPolls))
        return fail(QStringLiteral("--identity-pending-polls needs a number from 0 to 1000"));
    if (isSet("random-seed")) {
        bool ok = false;
        c.randomSeed = value("random-seed").toULongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("--random-seed needs a whole number"));
    }
    if (isSet("request-log-size") && !toInt(value("request-log-size"), 1, 1000000, &c.requestLogSize))
        return fail(QStringLiteral("--request-log-size needs a number from 1 to 1000000"));
    if (!c.check(&why))
        return fail(why);
    return Outcome::Run;
}
