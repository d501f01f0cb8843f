#pragma once

// What an agency's server offers, read from its discovery document (GET {apiRoot}): API version,
// data models, and the optional capabilities (change queries, identity, dependencies) that
// Download, Unique ID and Test Connection adapt to. Real servers differ (SPEC §8).

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dexdesk {

struct HttpResult;

struct ServerCapabilities {
    Q_DECLARE_TR_FUNCTIONS(ServerCapabilities)

public:
    bool known = false; // a discovery document was read and understood
    QString problem; // why it is not known, in plain words (empty when known)
    QString apiVersion;
    QStringList dataModels; // "Ed-Fi 5.0.0", …
    bool changeQueries = false; // urls.changeQueries is listed
    bool identity = false;
    bool dependencies = false;
    QString changeQueriesUrl; // as listed (escaped), for showing
    QString changeQueriesListed; // as listed, unescaped: what requests are built on (never shown)
    QString identityUrl;
    QString dependenciesUrl;

    // The discovery answer; never fails on shape: an unusable answer gives known = false.
    static ServerCapabilities fromDiscovery(const HttpResult &result);
    static ServerCapabilities fromJson(const QByteArray &body);

    // newestChangeVersion of an availableChangeVersions answer (any capitalisation); -1 when the
    // answer lacks it, so change queries are not usable.
    static qint64 newestChangeVersion(const QByteArray &body);
    // The availableChangeVersions URL under an API root, per school year on year-specific servers,
    // as ODS/API lays it out ({apiRoot}/changeQueries/v1[/{year}]/availableChangeVersions).
    static QString changeVersionsUrl(const QString &apiRoot, bool yearSpecific, int schoolYear);
    // The availableChangeVersions URL to ask: under the change-queries URL the discovery document
    // lists, when it is usable — on the API root's scheme, host and port (the token is never sent
    // elsewhere), a school-year placeholder ("{schoolYearFromRoute}") filled in, or the year
    // appended on year-specific servers — otherwise changeVersionsUrl(). `why` says why a listed
    // URL was not used (empty when it was used or none was listed).
    QString changeVersionsUrlFor(const QString &apiRoot, bool yearSpecific, int schoolYear,
                                 QString *why = nullptr) const;
    // The major version of the Ed-Fi data model (3 for "Ed-Fi 3.3.1-b", 5 for "Ed-Fi 5.0.0"); 0
    // when no Ed-Fi model is named.
    int dataStandardMajor() const;
    // The server names an Ed-Fi data model of another major version than `major` (a profile's).
    bool speaksOtherStandardThan(int major) const { return dataStandardMajor() > 0 && dataStandardMajor() != major; }

    // "Ed-Fi 5.0.0" when one data model is named, the list otherwise; "not stated" when none.
    QString dataModelText() const;
    // One line for Test Connection and the log: what Download will do about change queries.
    QString changeQueriesText() const;
    QJsonObject toJson() const;
};

} // namespace dexdesk
