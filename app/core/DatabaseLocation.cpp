#include "DatabaseLocation.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace dexdesk {

namespace {

// libpq connection keywords a URL may carry (https://www.postgresql.org/docs/15/libpq-connect.html).
// Not "password": a password never goes into the URL that DEX Desk stores and shows.
const QStringList &allowedParameters()
{
    static const QStringList list {
        QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),     QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),          QStringLiteral("connect_timeout"), QStringLiteral("application_name"),
        QStringLiteral("service"),         QStringLiteral("passfile"),        QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives_idle"), QStringLiteral("gssencmode"),
    };
    return list;
}

QString passwordAdvice()
{
    return DatabaseLocation::tr(
        "Remove the password from the URL and give it to PostgreSQL's own client library instead: a line in "
        "~/.pgpass (or the file named by PGPASSFILE), or a service in ~/.pg_service.conf used with ?service=NAME.");
}

} // namespace

bool DatabaseLocation::looksLikeUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql:"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("postgres:"), Qt::CaseInsensitive);
}

bool DatabaseLocation::parse(const QString &text, DatabaseLocation *out, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("The database is empty. Give a file path or a postgresql://user@host:port/database URL.");
        return false;
    }
    DatabaseLocation location;
    if (!looksLikeUrl(trimmed)) {
        if (trimmed.contains(QLatin1String("://"))) {
            *error = tr("The database %1 is neither a file path nor a postgresql:// URL. DEX Desk works with an "
                        "SQLite file or a PostgreSQL server (postgresql://user@host:port/database).")
                         .arg(trimmed.section(QLatin1String("://"), 0, 0) + QLatin1String("://…"));
            return false;
        }
        location.m_filePath = QFileInfo(trimmed).absoluteFilePath();
        *out = location;
        return true;
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    // Checked before anything else, and never echoed: the password must not reach a message.
    if (!url.password().isEmpty() || url.userInfo().contains(QLatin1Char(':'))) {
        *error = tr("The database URL contains a password, which DEX Desk does not store or show. %1")
                     .arg(passwordAdvice());
        return false;
    }
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0) {
            *error = tr("The database URL contains a password, which DEX Desk does not store or show. %1")
                         .arg(passwordAdvice());
            return false;
        }
    }
    if (!url.isValid()) {
        *error = tr("The database URL is malformed (%1). Write it as postgresql://user@host:port/database, "
                    "for example postgresql://dexdesk@db.example.org:5432/dexdesk.")
                     .arg(url.errorString());
        return false;
    }
    location.m_kind = Kind::PostgreSQL;
    location.m_host = url.host();
    location.m_port = url.port(-1);
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_database = url.path(QUrl::FullyDecoded).mid(1);
    if (location.m_database.isEmpty() || location.m_database.contains(QLatin1Char('/'))) {
        *error = tr("The database URL names no database: write it as postgresql://user@host:port/database.");
        return false;
    }
    if (location.m_port == 0) {
        *error = tr("The database URL's port 0 is not a port: give the server's port (PostgreSQL's default is "
                    "5432) or leave it out.");
        return false;
    }
    static const QRegularExpression plainValue(QStringLiteral("^[A-Za-z0-9_./:@+-]+$"));
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedParameters().contains(item.first)) {
            *error = tr("The database URL's parameter %1 is not one DEX Desk passes on. Use only %2.")
                         .arg(item.first, allowedParameters().join(QStringLiteral(", ")));
            return false;
        }
        if (!plainValue.match(item.second).hasMatch()) {
            *error = tr("The database URL's parameter %1 has a value with spaces or signs libpq cannot take "
                        "here. Put such settings in a service file and use ?service=NAME.")
                         .arg(item.first);
            return false;
        }
        location.m_options << item.first + QLatin1Char('=') + item.second;
    }
    *out = location;
    return true;
}

QString DatabaseLocation::connectOptions() const
{
    return m_options.join(QLatin1Char(';'));
}

QString DatabaseLocation::toString() const
{
    if (m_kind == Kind::SQLiteFile)
        return m_filePath;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    if (!m_user.isEmpty())
        url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    if (!m_options.isEmpty()) {
        QUrlQuery query;
        for (const QString &o : m_options)
            query.addQueryItem(o.section(QLatin1Char('='), 0, 0), o.section(QLatin1Char('='), 1));
        url.setQuery(query);
    }
    return url.toString();
}

} // namespace dexdesk
