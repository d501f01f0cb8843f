#include "SimFaults.h"

#include <QJsonArray>
#include <QSet>

namespace {

bool readInt(const QJsonValue &v, int min, int max, const QString &key, int *out, QString *error)
{
    const double d = v.toDouble(-1e300);
    if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < min || d > max) {
        *error = QStringLiteral("\"%1\" must be a whole number from %2 to %3").arg(key).arg(min).arg(max);
        return false;
    }
    *out = static_cast<int>(d);
    return true;
}

bool readRate(const QJsonValue &v, const QString &key, double *out, QString *error)
{
    if (!v.isDouble() || v.toDouble() < 0.0 || v.toDouble() > 1.0) {
        *error = QStringLiteral("\"%1\" must be a number from 0 to 1").arg(key);
        return false;
    }
    *out = v.toDouble();
    return true;
}

bool readChoice(const QJsonValue &v, const QStringList &choices, const QString &key, QString *out, QString *error)
{
    if (!v.isString() || !choices.contains(v.toString())) {
        *error = QStringLiteral("\"%1\" must be one of: %2").arg(key, choices.join(QStringLiteral(", ")));
        return false;
    }
    *out = v.toString();
    return true;
}

} // namespace

QJsonObject SimFaults::toJson() const
{
    QJsonObject rates;
    for (auto it = errorRates.cbegin(); it != errorRates.cend(); ++it)
        rates.insert(QString::number(it.key()), it.value());
    QJsonObject o {{QStringLiteral("latencyMs"), latencyMs},
                   {QStringLiteral("jitterMs"), jitterMs},
                   {QStringLiteral("errorRates"), rates},
                   {QStringLiteral("rate429"), rate429},
                   {QStringLiteral("retryAfterSeconds"), retryAfterSeconds},
                   {QStringLiteral("tokenLifetimeSeconds"), tokenLifetimeSeconds},
                   {QStringLiteral("dropRate"), dropRate},
                   {QStringLiteral("errorShape"), errorShape},
                   {QStringLiteral("badCredentialsStatus"), badCredentialsStatus},
                   {QStringLiteral("unauthorizedStatus"), unauthorizedStatus},
                   {QStringLiteral("tokenExpiresIn"), tokenExpiresIn},
                   {QStringLiteral("changeQueries"), changeQueries},
                   {QStringLiteral("descriptorConflict"), descriptorConflict},
                   {QStringLiteral("ownership"), ownership},
                   {QStringLiteral("relativeLocation"), relativeLocation},
                   {QStringLiteral("totalCount"), totalCount},
                   {QStringLiteral("totalCountExcess"), totalCountExcess},
                   {QStringLiteral("dataStandard"), dataStandard},
                   {QStringLiteral("ignoreOffset"), ignoreOffset},
                   {QStringLiteral("maxPageSize"), maxPageSize},
                   {QStringLiteral("asyncIdentity"), asyncIdentity},
                   {QStringLiteral("identityPendingPolls"), identityPendingPolls}};
    QJsonArray formats;
    if (tokenAcceptForm)
        formats.append(QStringLiteral("form"));
    if (tokenAcceptJson)
        formats.append(QStringLiteral("json"));
    o.insert(QStringLiteral("tokenFormats"), formats);
    if (outageStart.isValid()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        o.insert(QStringLiteral("outage"),
                 QJsonObject {{QStringLiteral("startsAt"), outageStart.toUTC().toString(Qt::ISODateWithMs)},
                              {QStringLiteral("endsAt"), outageEnd.toUTC().toString(Qt::ISODateWithMs)},
                              {QStringLiteral("mode"), outageMode},
                              {QStringLiteral("active"), outageActive(now)}});
    } else {
        o.insert(QStringLiteral("outage"), QJsonValue::Null);
    }
    if (!malformedResource.isEmpty())
        o.insert(QStringLiteral("malformedPage"),
                 QJsonObject {{QStringLiteral("resource"), malformedResource},
                              {QStringLiteral("offset"), malformedOffset},
                              {QStringLiteral("shape"), malformedShape}});
    else
        o.insert(QStringLiteral("malformedPage"), QJsonValue::Null);
    if (!redirectPrefix.isEmpty())
        o.insert(
            QStringLiteral("redirect"),
            QJsonObject {{QStringLiteral("prefix"), redirectPrefix}, {QStringLiteral("location"), redirectLocation}});
    else
        o.insert(QStringLiteral("redirect"), QJsonValue::Null);
    return o;
}

bool SimFaults::apply(const QJsonObject &obj, QString *error)
{
    static const QSet<QString> known {QStringLiteral("latencyMs"),
                                      QStringLiteral("jitterMs"),
                                      QStringLiteral("errorRates"),
                                      QStringLiteral("rate429"),
                                      QStringLiteral("retryAfterSeconds"),
                                      QStringLiteral("tokenLifetimeSeconds"),
                                      QStringLiteral("dropRate"),
                                      QStringLiteral("outage"),
                                      QStringLiteral("redirect"),
                                      QStringLiteral("errorShape"),
                                      QStringLiteral("badCredentialsStatus"),
                                      QStringLiteral("unauthorizedStatus"),
                                      QStringLiteral("totalCountExcess"),
                                      QStringLiteral("dataStandard"),
                                      QStringLiteral("tokenExpiresIn"),
                                      QStringLiteral("tokenFormats"),
                                      QStringLiteral("asyncIdentity"),
                                      QStringLiteral("changeQueries"),
                                      QStringLiteral("descriptorConflict"),
                                      QStringLiteral("ownership"),
                                      QStringLiteral("relativeLocation"),
                                      QStringLiteral("totalCount"),
                                      QStringLiteral("ignoreOffset"),
                                      QStringLiteral("maxPageSize"),
                                      QStringLiteral("identityPendingPolls"),
                                      QStringLiteral("malformedPage")};
    SimFaults next = *this;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString key = it.key();
        const QJsonValue v = it.value();
        bool ok = true;
        if (!known.contains(key)) {
            *error = QStringLiteral("unknown fault \"%1\"").arg(key);
            return false;
        } else if (key == QLatin1String("latencyMs")) {
            ok = readInt(v, 0, 600000, key, &next.latencyMs, error);
        } else if (key == QLatin1String("jitterMs")) {
            ok = readInt(v, 0, 600000, key, &next.jitterMs, error);
        } else if (key == QLatin1String("retryAfterSeconds")) {
            ok = readInt(v, 0, 86400, key, &next.retryAfterSeconds, error);
        } else if (key == QLatin1String("tokenLifetimeSeconds")) {
            ok = readInt(v, 1, 864000, key, &next.tokenLifetimeSeconds, error);
        } else if (key == QLatin1String("identityPendingPolls")) {
            ok = readInt(v, 0, 1000, key, &next.identityPendingPolls, error);
        } else if (key == QLatin1String("badCredentialsStatus")) {
            ok = readInt(v, 400, 401, key, &next.badCredentialsStatus, error);
        } else if (key == QLatin1String("unauthorizedStatus")) {
            ok = readInt(v, 400, 401, key, &next.unauthorizedStatus, error);
        } else if (key == QLatin1String("totalCountExcess")) {
            ok = readInt(v, 0, 1000000, key, &next.totalCountExcess, error);
        } else if (key == QLatin1String("dataStandard")) {
            ok = readChoice(v, dataStandards(), key, &next.dataStandard, error);
        } else if (key == QLatin1String("rate429")) {
            ok = readRate(v, key, &next.rate429, error);
        } else if (key == QLatin1String("dropRate")) {
            ok = readRate(v, key, &next.dropRate, error);
        } else if (key == QLatin1String("errorShape")) {
            ok = readChoice(v, errorShapes(), key, &next.errorShape, error);
        } else if (key == QLatin1String("relativeLocation")) {
            ok = v.isBool();
            next.relativeLocation = v.toBool();
            if (!ok)
                *error = QStringLiteral("\"relativeLocation\" must be true or false");
        } else if (key == QLatin1String("ownership")) {
            ok = v.isBool();
            next.ownership = v.toBool();
            if (!ok)
                *error = QStringLiteral("\"ownership\" must be true or false");
        } else if (key == QLatin1String("descriptorConflict")) {
            ok = v.isBool();
            next.descriptorConflict = v.toBool();
            if (!ok)
                *error = QStringLiteral("\"descriptorConflict\" must be true or false");
        } else if (key == QLatin1String("tokenExpiresIn")) {
            ok = readChoice(v,
                            {QStringLiteral("number"), QStringLiteral("omitted"), QStringLiteral("string"),
                             QStringLiteral("absolute")},
                            key, &next.tokenExpiresIn, error);
        } else if (key == QLatin1String("changeQueries")) {
            ok = readChoice(v, changeQueryModes(), key, &next.changeQueries, error);
        } else if (key == QLatin1String("totalCount")) {
            ok = v.isBool();
            next.totalCount = v.toBool();
            if (!ok)
                *error = QStringLiteral("\"totalCount\" must be true or false");
        } else if (key == QLatin1String("ignoreOffset")) {
            ok = v.isBool();
            next.ignoreOffset = v.toBool();
            if (!ok)
                *error = QStringLiteral("\"ignoreOffset\" must be true or false");
        } else if (key == QLatin1String("maxPageSize")) {
            ok = readInt(v, 0, 1000000, key, &next.maxPageSize, error);
        } else if (key == QLatin1String("asyncIdentity")) {
            ok = v.isBool();
            next.asyncIdentity = v.toBool();
            if (!ok)
                *error = QStringLiteral("\"asyncIdentity\" must be true or false");
        } else if (key == QLatin1String("tokenFormats")) {
            const QJsonArray a = v.toArray();
            next.tokenAcceptForm = a.contains(QStringLiteral("form"));
            next.tokenAcceptJson = a.contains(QStringLiteral("json"));
            ok = v.isArray() && !a.isEmpty() && a.size() == int(next.tokenAcceptForm) + int(next.tokenAcceptJson);
            if (!ok)
                *error = QStringLiteral("\"tokenFormats\" must be a non-empty list of \"form\" and \"json\"");
        } else if (key == QLatin1String("errorRates")) {
            QMap<int, double> rates;
            if (v.isString()) {
                ok = parseErrorRates(v.toString(), &rates, error);
            } else if (v.isObject()) {
                const QJsonObject ro = v.toObject();
                for (auto r = ro.begin(); ok && r != ro.end(); ++r) {
                    bool isInt = false;
                    const int status = r.key().toInt(&isInt);
                    double rate = 0;
                    ok = isInt && status >= 400 && status <= 599
                        && readRate(r.value(), QStringLiteral("errorRates.") + r.key(), &rate, error);
                    if (!isInt || status < 400 || status > 599)
                        *error = QStringLiteral("\"errorRates\" keys must be HTTP statuses 400-599");
                    rates.insert(status, rate);
                }
            } else {
                ok = false;
                *error = QStringLiteral("\"errorRates\" must be an object like {\"500\": 0.1}");
            }
            next.errorRates = rates;
        } else if (key == QLatin1String("outage")) {
            if (v.isNull()) {
                next.outageStart = {};
                next.outageEnd = {};
            } else {
                const QJsonObject oo = v.toObject();
                int seconds = 0;
                ok = v.isObject()
                    && readInt(oo.value(QStringLiteral("seconds")), 1, 864000, QStringLiteral("outage.seconds"),
                               &seconds, error);
                QDateTime start = QDateTime::currentDateTimeUtc();
                if (ok && oo.contains(QStringLiteral("startsAt"))) {
                    start = QDateTime::fromString(oo.value(QStringLiteral("startsAt")).toString(), Qt::ISODateWithMs);
                    ok = start.isValid();
                    if (!ok)
                        *error = QStringLiteral("\"outage.startsAt\" must be an ISO 8601 date and time");
                }
                if (ok && oo.contains(QStringLiteral("mode")))
                    ok = readChoice(oo.value(QStringLiteral("mode")), {QStringLiteral("503"), QStringLiteral("drop")},
                                    QStringLiteral("outage.mode"), &next.outageMode, error);
                if (!v.isObject())
                    *error = QStringLiteral("\"outage\" must be null or {\"seconds\": N, \"startsAt\"?, \"mode\"?}");
                next.outageStart = start;
                next.outageEnd = start.addSecs(seconds);
            }
        } else if (key == QLatin1String("malformedPage")) {
            if (v.isNull()) {
                next.malformedResource.clear();
            } else {
                const QJsonObject mo = v.toObject();
                next.malformedResource = mo.value(QStringLiteral("resource")).toString();
                ok = v.isObject() && !next.malformedResource.isEmpty()
                    && readInt(mo.value(QStringLiteral("offset")), 0, 1000000000,
                               QStringLiteral("malformedPage.offset"), &next.malformedOffset, error);
                if (ok && mo.contains(QStringLiteral("shape")))
                    ok = readChoice(mo.value(QStringLiteral("shape")),
                                    {QStringLiteral("notArray"), QStringLiteral("missingKey"),
                                     QStringLiteral("badType"), QStringLiteral("truncated")},
                                    QStringLiteral("malformedPage.shape"), &next.malformedShape, error);
                if (!v.isObject() || next.malformedResource.isEmpty())
                    *error = QStringLiteral("\"malformedPage\" must be null or {\"resource\", \"offset\", "
                                            "\"shape\"?}");
            }
        } else if (key == QLatin1String("redirect")) {
            if (v.isNull()) {
                next.redirectPrefix.clear();
                next.redirectLocation.clear();
            } else {
                const QJsonObject ro = v.toObject();
                next.redirectPrefix = ro.value(QStringLiteral("prefix")).toString();
                next.redirectLocation = ro.value(QStringLiteral("location")).toString();
                const QUrl loc(next.redirectLocation);
                ok = next.redirectPrefix.startsWith(QLatin1Char('/')) && loc.isValid() && !loc.isRelative();
                if (!ok)
                    *error = QStringLiteral("\"redirect\" must be null or {\"prefix\": \"/path\", \"location\": "
                                            "\"absolute URL\"}");
            }
        }
        if (!ok)
            return false;
    }
    *this = next;
    return true;
}

QStringList SimFaults::errorShapes()
{
    return {QStringLiteral("problem"),     QStringLiteral("message"),   QStringLiteral("errorText"),
            QStringLiteral("errorObject"), QStringLiteral("errorList"), QStringLiteral("empty")};
}

QStringList SimFaults::changeQueryModes()
{
    return {QStringLiteral("offered"), QStringLiteral("absent"),    QStringLiteral("absent404"),
            QStringLiteral("broken"),  QStringLiteral("noVersion"), QStringLiteral("relocated")};
}

bool SimFaults::outageActive(const QDateTime &now) const
{
    return outageStart.isValid() && now >= outageStart && now < outageEnd;
}

bool SimFaults::parseErrorRates(const QString &text, QMap<int, double> *rates, QString *error)
{
    rates->clear();
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList sv = part.trimmed().split(QLatin1Char(':'));
        bool okStatus = false, okRate = false;
        const int status = sv.value(0).toInt(&okStatus);
        const double rate = sv.value(1).toDouble(&okRate);
        if (sv.size() != 2 || !okStatus || !okRate || status < 400 || status > 599 || rate < 0 || rate > 1) {
            *error = QStringLiteral("error rates must look like 500:0.1,503:0.05 (status 400-599, rate 0-1); "
                                    "got \"%1\"")
                         .arg(part);
            return false;
        }
        rates->insert(status, rate);
    }
    return true;
}

bool SimFaults::parseOutage(const QString &text, const QDateTime &now, QDateTime *start, QDateTime *end, QString *error)
{
    const int at = text.indexOf(QLatin1Char('@'));
    bool ok = false;
    const int seconds = text.left(at < 0 ? text.size() : at).toInt(&ok);
    QDateTime from = now;
    if (at >= 0)
        from = QDateTime::fromString(text.mid(at + 1), Qt::ISODateWithMs);
    if (!ok || seconds <= 0 || !from.isValid()) {
        *error = QStringLiteral("outage must look like SECONDS or SECONDS@2026-01-31T12:00:00Z; got \"%1\"").arg(text);
        return false;
    }
    *start = from;
    *end = from.addSecs(seconds);
    return true;
}

QString SimFaults::changeQueriesPrefix() const
{
    return changeQueries == QLatin1String("relocated") ? QStringLiteral("/changes/v2/")
                                                       : QStringLiteral("/changeQueries/v1/");
}

QList<QPair<QString, QString>> SimFaults::renamedProperties(const QString &resource)
{
    if (resource == QLatin1String("localEducationAgencies"))
        return {{QStringLiteral("categories"), QStringLiteral("educationOrganizationCategories")}};
    return {};
}

QStringList SimFaults::dataStandards()
{
    return {QStringLiteral("5"), QStringLiteral("3.3")};
}
