#include "SimConfig.h"

#include <QJsonArray>
#include <QSet>

SimConfig::SimConfig()
{
    seedLeas.append({255901, QStringLiteral("Grand Bend ISD"), {}});
    const QStringList high {QStringLiteral("Ninth grade"), QStringLiteral("Tenth grade"),
                            QStringLiteral("Eleventh grade"), QStringLiteral("Twelfth grade")};
    const QStringList middle {QStringLiteral("Sixth grade"), QStringLiteral("Seventh grade"),
                              QStringLiteral("Eighth grade")};
    const QStringList elementary {QStringLiteral("Kindergarten"), QStringLiteral("First grade"),
                                  QStringLiteral("Second grade"), QStringLiteral("Third grade"),
                                  QStringLiteral("Fourth grade"), QStringLiteral("Fifth grade")};
    seedSchools.append({255901001, QStringLiteral("Grand Bend High School"), high});
    seedSchools.append({255901044, QStringLiteral("Grand Bend Middle School"), middle});
    seedSchools.append({255901107, QStringLiteral("Grand Bend Elementary School"), elementary});
}

namespace {

bool readYears(const QJsonValue &v, const QString &key, QList<int> *years, QString *error)
{
    years->clear();
    if (!v.isArray()) {
        *error = QStringLiteral("\"%1\" must be a list of school years like [2026, 2027]").arg(key);
        return false;
    }
    for (const QJsonValue &y : v.toArray()) {
        const int year = y.toInt(-1);
        if (!y.isDouble() || year < 1900 || year > 2100) {
            *error = QStringLiteral("\"%1\" must hold school years from 1900 to 2100").arg(key);
            return false;
        }
        years->append(year);
    }
    return true;
}

bool readOrgs(const QJsonValue &v, const QString &key, QList<SimSeedOrg> *orgs, QString *error)
{
    orgs->clear();
    if (!v.isArray()) {
        *error = QStringLiteral("\"%1\" must be a list of {\"id\", \"name\", \"gradeLevels\"?}").arg(key);
        return false;
    }
    for (const QJsonValue &e : v.toArray()) {
        const QJsonObject o = e.toObject();
        SimSeedOrg org;
        org.id = static_cast<qint64>(o.value(QStringLiteral("id")).toDouble(0));
        org.name = o.value(QStringLiteral("name")).toString();
        for (const QJsonValue &g : o.value(QStringLiteral("gradeLevels")).toArray())
            org.gradeLevels.append(g.toString());
        if (org.id <= 0 || org.name.isEmpty() || org.name.size() > 75) {
            *error = QStringLiteral("each entry of \"%1\" needs a positive \"id\" and a \"name\" of 1-75 characters")
                         .arg(key);
            return false;
        }
        orgs->append(org);
    }
    return true;
}

} // namespace

bool SimConfig::applyJson(const QJsonObject &obj, QString *error)
{
    static const QSet<QString> known {
        QStringLiteral("listen"),         QStringLiteral("port"),        QStringLiteral("allowRemote"),
        QStringLiteral("cert"),           QStringLiteral("key"),         QStringLiteral("authPath"),
        QStringLiteral("layout"),         QStringLiteral("schoolYears"), QStringLiteral("clients"),
        QStringLiteral("seed"),           QStringLiteral("faults"),      QStringLiteral("randomSeed"),
        QStringLiteral("requestLogSize"), QStringLiteral("verbose")};
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString k = it.key();
        const QJsonValue v = it.value();
        if (!known.contains(k)) {
            *error = QStringLiteral("unknown setting \"%1\"").arg(k);
            return false;
        }
        if (k == QLatin1String("listen")) {
            if (!listenAddress.setAddress(v.toString())) {
                *error = QStringLiteral("\"listen\" must be an IP address such as 127.0.0.1");
                return false;
            }
        } else if (k == QLatin1String("port")) {
            port = v.isDouble() ? v.toInt(-1) : -1;
            if (port < 0 || port > 65535) {
                *error = QStringLiteral("\"port\" must be 0-65535");
                return false;
            }
        } else if (k == QLatin1String("allowRemote") || k == QLatin1String("verbose")) {
            if (!v.isBool()) {
                *error = QStringLiteral("\"%1\" must be true or false").arg(k);
                return false;
            }
            (k == QLatin1String("verbose") ? verbose : allowRemote) = v.toBool();
        } else if (k == QLatin1String("cert") || k == QLatin1String("key") || k == QLatin1String("authPath")) {
            if (!v.isString()) {
                *error = QStringLiteral("\"%1\" must be a string").arg(k);
                return false;
            }
            (k == QLatin1String("cert") ? certFile : k == QLatin1String("key") ? keyFile : authPath) = v.toString();
        } else if (k == QLatin1String("layout")) {
            layout = v.toString();
        } else if (k == QLatin1String("schoolYears")) {
            if (!readYears(v, k, &schoolYears, error))
                return false;
        } else if (k == QLatin1String("clients")) {
            clients.clear();
            for (const QJsonValue &c : v.toArray()) {
                const QJsonObject co = c.toObject();
                SimClient client {
                    co.value(QStringLiteral("key")).toString(), co.value(QStringLiteral("secret")).toString(), {}, {}};
                if (co.contains(QStringLiteral("schoolYears"))
                    && !readYears(co.value(QStringLiteral("schoolYears")), QStringLiteral("clients.schoolYears"),
                                  &client.schoolYears, error))
                    return false;
                const QJsonValue res = co.value(QStringLiteral("resources"));
                if (res.isArray()) {
                    for (const QJsonValue &r : res.toArray())
                        client.resources.append(r.toString());
                } else if (!res.isUndefined() && res.toString() != QLatin1String("*")) {
                    *error = QStringLiteral("\"clients.resources\" must be \"*\" or a list of resource names");
                    return false;
                }
                if (client.key.isEmpty() || client.secret.isEmpty()) {
                    *error = QStringLiteral("each client needs a non-empty \"key\" and \"secret\"");
                    return false;
                }
                clients.append(client);
            }
            if (!v.isArray() || clients.isEmpty()) {
                *error = QStringLiteral("\"clients\" must be a non-empty list");
                return false;
            }
        } else if (k == QLatin1String("seed")) {
            const QJsonObject so = v.toObject();
            for (auto s = so.begin(); s != so.end(); ++s) {
                if (s.key() == QLatin1String("descriptors")) {
                    seedDescriptors = s.value().toBool(true);
                } else if (s.key() == QLatin1String("localEducationAgencies")) {
                    if (!readOrgs(s.value(), QStringLiteral("seed.localEducationAgencies"), &seedLeas, error))
                        return false;
                } else if (s.key() == QLatin1String("schools")) {
                    if (!readOrgs(s.value(), QStringLiteral("seed.schools"), &seedSchools, error))
                        return false;
                } else {
                    *error = QStringLiteral("unknown setting \"seed.%1\"").arg(s.key());
                    return false;
                }
            }
        } else if (k == QLatin1String("faults")) {
            QString why;
            if (!faults.apply(v.toObject(), &why)) {
                *error = QStringLiteral("faults: ") + why;
                return false;
            }
        } else if (k == QLatin1String("randomSeed")) {
            randomSeed = static_cast<quint64>(v.toDouble(0));
        } else if (k == QLatin1String("requestLogSize")) {
            requestLogSize = v.toInt(-1);
        }
    }
    return check(error);
}

bool SimConfig::check(QString *error) const
{
    if (!listenAddress.isLoopback() && !allowRemote) {
        *error = QStringLiteral("refusing to listen on %1, which is not a loopback address; pass --allow-remote "
                                "if you really mean it")
                     .arg(listenAddress.toString());
        return false;
    }
    if (certFile.isEmpty() != keyFile.isEmpty()) {
        *error = QStringLiteral("HTTPS needs both --cert and --key");
        return false;
    }
    if (layout != QLatin1String("year-specific") && layout != QLatin1String("shared")
        && layout != QLatin1String("both")) {
        *error = QStringLiteral("layout must be year-specific, shared or both");
        return false;
    }
    if (schoolYears.isEmpty()) {
        *error = QStringLiteral("at least one school year is needed");
        return false;
    }
    if (!authPath.startsWith(QLatin1Char('/'))) {
        *error = QStringLiteral("the auth path must start with /");
        return false;
    }
    if (requestLogSize < 1 || requestLogSize > 1000000) {
        *error = QStringLiteral("the request log size must be 1-1000000");
        return false;
    }
    return true;
}

bool SimConfig::parseClient(const QString &text, SimClient *client, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    *client = SimClient {parts.value(0), parts.value(1), {}, {}};
    if (parts.size() < 2 || parts.size() > 4 || client->key.isEmpty() || client->secret.isEmpty()) {
        *error = QStringLiteral("--client must look like KEY:SECRET[:YEARS[:RESOURCES]], e.g. "
                                "k:s:2026,2027:students,staffs");
        return false;
    }
    if (parts.size() >= 3 && parts.at(2) != QLatin1String("*") && !parseYears(parts.at(2), &client->schoolYears, error))
        return false;
    if (parts.size() == 4 && parts.at(3) != QLatin1String("*"))
        client->resources = parts.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts);
    return true;
}

bool SimConfig::parseYears(const QString &text, QList<int> *years, QString *error)
{
    years->clear();
    for (const QString &p : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int y = p.toInt(&ok);
        if (!ok || y < 1900 || y > 2100) {
            *error = QStringLiteral("school years must look like 2026,2027; got \"%1\"").arg(text);
            return false;
        }
        years->append(y);
    }
    if (years->isEmpty()) {
        *error = QStringLiteral("school years must look like 2026,2027");
        return false;
    }
    return true;
}
