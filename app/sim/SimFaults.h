#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

// The faults the simulator injects and the protocol variants it switches between; read and
// changed as one JSON object by flags, the config file and POST /_sim/faults.
struct SimFaults {
    int latencyMs = 0;
    int jitterMs = 0;
    QMap<int, double> errorRates; // status -> probability
    double rate429 = 0.0;
    int retryAfterSeconds = 1;
    int tokenLifetimeSeconds = 1800;
    double dropRate = 0.0;
    QDateTime outageStart; // invalid = no outage
    QDateTime outageEnd;
    QString outageMode = QStringLiteral("503"); // "503" or "drop"
    QString redirectPrefix; // empty = no redirect rule
    QString redirectLocation;
    // Error bodies: "problem" (problem details), "message" ({"message"}, "modelState"), "errorText"
    // ({"error": "…"}), "errorObject" ({"error": {"message", "failures"}}), "errorList"
    // ({"error": [{"message", "path", "suggestion"}]}) or "empty" (no body at all).
    QString errorShape = QStringLiteral("problem");
    bool descriptorConflict = false; // a descriptor value the server lacks answers 409, not 400
    bool relativeLocation = false; // Location as a path, without scheme and host
    bool ownership = false; // a record created by another API client answers 403 to POST and DELETE
    int badCredentialsStatus = 401; // 401 or 400
    // The answer to a data request with a missing, malformed, unknown or expired bearer token:
    // 401 with a WWW-Authenticate challenge (ODS/API), or 400 without one (as some servers do).
    int unauthorizedStatus = 401;
    // "number", "omitted", "string" or "absolute" (the Unix time the token expires)
    QString tokenExpiresIn = QStringLiteral("number");
    bool tokenAcceptForm = true;
    bool tokenAcceptJson = true;
    // Change queries: "offered" (listed in discovery, working), "absent" (not listed; the endpoint
    // answers 500 with an empty body), "absent404" (not listed; 404), "broken" (listed, but 500
    // with an empty body), "noVersion" (listed; 200 without newestChangeVersion) or "relocated"
    // (listed and working under /changes/v2/, not ODS/API's /changeQueries/v1/, which answers 404).
    QString changeQueries = QStringLiteral("offered");
    bool totalCount = true; // false: totalCount=true is ignored, no Total-Count header
    int totalCountExcess = 0; // > 0: Total-Count announces this many records more than there are
    // "5" (Data Standard 5 property names, the default) or "3.3" (Data Standard 3.3 names for the
    // properties that differ; see SimFaults::renamedProperties), also named in discovery.
    QString dataStandard = QStringLiteral("5");
    bool ignoreOffset = false; // collections answer every offset with the first page
    int maxPageSize = 0; // > 0: collections return at most this many records, whatever the limit
    bool asyncIdentity = false;
    int identityPendingPolls = 0;
    // A GET page answered with a broken body, to test that a client applies nothing of it:
    // the page of `malformedResource` that starts at `malformedOffset` (any school year).
    // Shapes: notArray (a JSON object), missingKey (a record without its natural key),
    // badType (the key field as a string), truncated (cut-off JSON). Empty resource = off.
    QString malformedResource;
    int malformedOffset = 0;
    QString malformedShape = QStringLiteral("notArray");

    QJsonObject toJson() const;
    // Applies the keys present in obj; all or nothing. Returns false with a message on bad input.
    bool apply(const QJsonObject &obj, QString *error);
    bool outageActive(const QDateTime &now) const;
    bool changeQueriesListed() const { return !changeQueries.startsWith(QLatin1String("absent")); }
    // Where change queries are served and listed: "/changeQueries/v1/" or, relocated, "/changes/v2/".
    QString changeQueriesPrefix() const;

    // Top-level properties whose Data Standard 3.3 name differs from Data Standard 5's, per
    // resource: {DS 5 name, DS 3.3 name}. The simulator's sketch of a real rename (an LEA's
    // categories); a real server's differences belong in the profile's resource catalogue.
    static QList<QPair<QString, QString>> renamedProperties(const QString &resource);
    static QStringList dataStandards();

    static QStringList changeQueryModes();
    static QStringList errorShapes();

    // Parsers shared by the command line and the JSON form.
    static bool parseErrorRates(const QString &text, QMap<int, double> *rates, QString *error);
    static bool parseOutage(const QString &text, const QDateTime &now, QDateTime *start, QDateTime *end,
                            QString *error);
};
