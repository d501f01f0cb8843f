#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
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
    QString errorShape = QStringLiteral("problem"); // "problem" or "message"
    int badCredentialsStatus = 401; // 401 or 400
    QString tokenExpiresIn = QStringLiteral("number"); // "number", "omitted" or "string"
    bool tokenAcceptForm = true;
    bool tokenAcceptJson = true;
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

    // Parsers shared by the command line and the JSON form.
    static bool parseErrorRates(const QString &text, QMap<int, double> *rates, QString *error);
    static bool parseOutage(const QString &text, const QDateTime &now, QDateTime *start, QDateTime *end,
                            QString *error);
};
