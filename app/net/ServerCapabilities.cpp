#include "ServerCapabilities.h"

#include "HttpJob.h"
#include "RemoteText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace dexdesk {

namespace {

// Keys are matched case-insensitively: some servers capitalise them.
QJsonValue member(const QJsonObject &o, const QString &key)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().compare(key, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

QString urlOf(const QJsonObject &urls, const QString &key)
{
    const QJsonValue v = member(urls, key);
    return v.isString() ? RemoteText::escape(v.toString().trimmed(), 300) : QString();
}

} // namespace

ServerCapabilities ServerCapabilities::fromDiscovery(const HttpResult &result)
{
    if (result.error.kind != NetError::Kind::None) {
        ServerCapabilities c;
        c.problem = result.error.userMessage();
        return c;
    }
    if (result.status != 200) {
        ServerCapabilities c;
        c.problem = tr("the discovery document answered HTTP %1").arg(result.status);
        return c;
    }
    return fromJson(result.body);
}

ServerCapabilities ServerCapabilities::fromJson(const QByteArray &body)
{
    ServerCapabilities c;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        c.problem = tr("the discovery document is not a JSON object");
        return c;
    }
    const QJsonObject o = doc.object();
    const QJsonValue urlsValue = member(o, QStringLiteral("urls"));
    const QJsonValue version = member(o, QStringLiteral("version"));
    if (!urlsValue.isObject() && !version.isString()) {
        c.problem = tr("the discovery document names neither a version nor its URLs");
        return c;
    }
    c.known = true;
    c.apiVersion = RemoteText::escape(version.isString() ? version.toString() : QString(), 40);
    const QJsonArray models = member(o, QStringLiteral("dataModels")).toArray();
    for (const QJsonValue &m : models) {
        if (c.dataModels.size() >= 10)
            break;
        const QJsonObject mo = m.toObject();
        const QString text = QString(member(mo, QStringLiteral("name")).toString() + QLatin1Char(' ')
                                     + member(mo, QStringLiteral("version")).toString())
                                 .trimmed();
        if (!text.isEmpty())
            c.dataModels << RemoteText::escape(text, 60);
    }
    const QJsonObject urls = urlsValue.toObject();
    c.changeQueriesUrl = urlOf(urls, QStringLiteral("changeQueries"));
    const QJsonValue listed = member(urls, QStringLiteral("changeQueries"));
    if (listed.isString() && listed.toString().size() <= 2000)
        c.changeQueriesListed = listed.toString().trimmed();
    c.identityUrl = urlOf(urls, QStringLiteral("identity"));
    c.dependenciesUrl = urlOf(urls, QStringLiteral("dependencies"));
    c.changeQueries = !c.changeQueriesUrl.isEmpty();
    c.identity = !c.identityUrl.isEmpty();
    c.dependencies = !c.dependenciesUrl.isEmpty();
    return c;
}

qint64 ServerCapabilities::newestChangeVersion(const QByteArray &body)
{
    const QJsonValue v = member(QJsonDocument::fromJson(body).object(), QStringLiteral("newestChangeVersion"));
    // A whole number in [0, 2^53) (exact in a JSON double); anything else (1e300, -1, 2.5) is no
    // version at all, never an out-of-range conversion.
    constexpr double kLimit = 9007199254740992.0; // 2^53
    const double d = v.isDouble() ? v.toDouble() : -1.0;
    if (!(d >= 0.0 && d < kLimit) || d != std::floor(d))
        return -1;
    return static_cast<qint64>(d);
}

QString ServerCapabilities::changeVersionsUrl(const QString &apiRoot, bool yearSpecific, int schoolYear)
{
    QString url = apiRoot;
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    url += QStringLiteral("/changeQueries/v1");
    if (yearSpecific)
        url += QLatin1Char('/') + QString::number(schoolYear);
    return url + QStringLiteral("/availableChangeVersions");
}

QString ServerCapabilities::changeVersionsUrlFor(const QString &apiRoot, bool yearSpecific, int schoolYear,
                                                 QString *why) const
{
    const QString built = changeVersionsUrl(apiRoot, yearSpecific, schoolYear);
    const auto fallBack = [&built, why](const QString &reason) {
        if (why)
            *why = reason;
        return built;
    };
    if (why)
        why->clear();
    if (!changeQueries)
        return built;
    // Placeholders are filled in before the text becomes a URL (QUrl would encode the braces).
    QString text = changeQueriesListed;
    bool filledYear = false;
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}/]*)\\}"));
    for (QRegularExpressionMatch m = placeholder.match(text); m.hasMatch(); m = placeholder.match(text)) {
        if (!m.captured(1).contains(QLatin1String("year"), Qt::CaseInsensitive) || !yearSpecific)
            return fallBack(tr("the change-queries URL in the discovery document has a placeholder (%1) DEX Desk "
                               "cannot fill")
                                .arg(RemoteText::escape(m.captured(0), 60)));
        text.replace(m.capturedStart(), m.capturedLength(), QString::number(schoolYear));
        filledYear = true;
    }
    QUrl url(text);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return fallBack(tr("the change-queries URL in the discovery document is not an absolute web address"));
    const QUrl root(apiRoot);
    const auto port = [](const QUrl &u) { return u.port(u.scheme().toLower() == QLatin1String("https") ? 443 : 80); };
    if (root.scheme().compare(url.scheme(), Qt::CaseInsensitive) != 0
        || root.host().compare(url.host(), Qt::CaseInsensitive) != 0 || port(root) != port(url))
        return fallBack(tr("the discovery document lists change queries on another server (%1); the token is "
                           "only sent to the API root's server")
                            .arg(RemoteText::escape(url.host(), 100)));
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (yearSpecific && !filledYear) {
        // A listing that already names a school year ("…/changeQueries/v1/2026/") names it for one
        // year only: the year asked for takes its place.
        static const QRegularExpression yearSegment(QStringLiteral("/\\d{4}$"));
        path.remove(yearSegment);
        path += QLatin1Char('/') + QString::number(schoolYear);
    }
    url.setPath(path + QStringLiteral("/availableChangeVersions"));
    url.setQuery(QString());
    url.setFragment(QString());
    return url.toString();
}

int ServerCapabilities::dataStandardMajor() const
{
    static const QRegularExpression edfi(QStringLiteral("^Ed-Fi (\\d+)\\."), QRegularExpression::CaseInsensitiveOption);
    for (const QString &m : dataModels) {
        const QRegularExpressionMatch match = edfi.match(m);
        if (match.hasMatch())
            return match.captured(1).toInt();
    }
    return 0;
}

QString ServerCapabilities::dataModelText() const
{
    return dataModels.isEmpty() ? tr("not stated") : dataModels.join(QStringLiteral(", "));
}

QString ServerCapabilities::changeQueriesText() const
{
    if (!known)
        return tr("change queries: unknown (%1) — Download tries them and fetches everything if they fail")
            .arg(problem);
    if (changeQueries)
        return tr("change queries: offered — Download fetches only what changed");
    return tr("change queries: not offered — Download will fetch everything each time");
}

QJsonObject ServerCapabilities::toJson() const
{
    QJsonObject o {{QStringLiteral("known"), known}};
    if (!known) {
        o.insert(QStringLiteral("problem"), problem);
        return o;
    }
    o.insert(QStringLiteral("version"), apiVersion);
    o.insert(QStringLiteral("dataModels"), QJsonArray::fromStringList(dataModels));
    o.insert(QStringLiteral("changeQueries"), changeQueries);
    o.insert(QStringLiteral("identity"), identity);
    o.insert(QStringLiteral("dependencies"), dependencies);
    return o;
}

} // namespace dexdesk
