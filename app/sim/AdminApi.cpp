#include "AdminApi.h"

#include "RecordStore.h"
#include "RequestLog.h"
#include "SimConfig.h"
#include "SimCounters.h"
#include "StoreSeeder.h"

#include <QJsonArray>

namespace {

SimResponse adminError(int status, const QString &message)
{
    return SimResponse::json(status, QJsonDocument(QJsonObject {{QStringLiteral("error"), message}}));
}

} // namespace

AdminApi::AdminApi(const SimConfig &config, SimFaults *faults, RecordStore *store, SimCounters *counters,
                   RequestLog *log)
    : m_config(config)
    , m_faults(faults)
    , m_store(store)
    , m_counters(counters)
    , m_log(log)
{ }

SimResponse AdminApi::handle(const SimRequest &request)
{
    const QString p = request.path.mid(QStringLiteral("/_sim/").size());
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (get && p == QLatin1String("health"))
        return SimResponse::json(200, QJsonDocument(QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")}}));
    if (get && p == QLatin1String("counters")) {
        QJsonObject o = m_counters->toJson();
        o.insert(QStringLiteral("records"), m_store->counts());
        return SimResponse::json(200, QJsonDocument(o));
    }
    if (get && p == QLatin1String("requests")) {
        bool ok = false;
        int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            limit = 100;
        return SimResponse::json(200, QJsonDocument(m_log->toJson(limit)));
    }
    if (get && p == QLatin1String("faults"))
        return SimResponse::json(200, QJsonDocument(m_faults->toJson()));
    if (post && p == QLatin1String("faults")) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
        QString why;
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return adminError(400, QStringLiteral("the body must be a JSON object of faults"));
        if (!m_faults->apply(doc.object(), &why))
            return adminError(400, why);
        return SimResponse::json(200, QJsonDocument(m_faults->toJson()));
    }
    if (post && p == QLatin1String("reset"))
        return reset(request);
    if (get && p.startsWith(QLatin1String("records/")))
        return records(request, p.mid(8));
    return adminError(404,
                      QStringLiteral("no admin endpoint %1 %2").arg(QString::fromLatin1(request.method), request.path));
}

SimResponse AdminApi::reset(const SimRequest &request)
{
    const auto flag = [&](const char *name) {
        const QString v = request.query.queryItemValue(QString::fromLatin1(name));
        return v == QLatin1String("1") || v == QLatin1String("true");
    };
    m_counters->reset();
    m_log->clear();
    if (flag("faults"))
        *m_faults = m_config.faults;
    if (flag("store")) {
        m_store->clear();
        QString why;
        if (!StoreSeeder::seed(m_config, m_store, &why))
            return adminError(500, why);
    }
    return SimResponse::json(200, QJsonDocument(QJsonObject {{QStringLiteral("reset"), true}}));
}

SimResponse AdminApi::records(const SimRequest &request, const QString &resource) const
{
    const QString yearText = request.query.queryItemValue(QStringLiteral("schoolYear"));
    bool ok = false;
    int year = yearText.toInt(&ok);
    if (yearText.isEmpty() || yearText == QLatin1String("shared")) {
        year = 0;
        ok = true;
    }
    if (!ok || !m_store->hasYear(year))
        return adminError(404, QStringLiteral("school year \"%1\" is not served").arg(yearText));
    QJsonArray out;
    for (const StoredRecord *r : m_store->list(year, resource)) {
        QJsonObject o = r->toJson();
        o.insert(QStringLiteral("_changeVersion"), r->changeVersion);
        out.append(o);
    }
    return SimResponse::json(200, QJsonDocument(out));
}
