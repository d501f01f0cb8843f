#include "EngineTestSupport.h"

#include "Database.h"
#include "Profile.h"
#include "ProfileRepository.h"
#include "RecordSchema.h"
#include "SampleDataGenerator.h"
#include "SecretStore.h"
#include "SettingsEditor.h"
#include "SettingsStore.h"
#include "SimProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace dexdesk::test {

namespace {

// The natural key of a payload: the values at the key columns' JSON paths, joined.
QString keyText(const RecordTable &table, const QJsonObject &body)
{
    QStringList parts;
    for (const QString &k : table.keyColumns) {
        QJsonValue v = body;
        for (const QString &step : table.column(k)->jsonPath.split(QLatin1Char('.')))
            v = v.toObject().value(step);
        parts << (v.isDouble() ? QString::number(v.toInteger()) : v.toString());
    }
    return parts.join(QLatin1Char('|'));
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

void quietEngineLogs()
{
    QLoggingCategory::setFilterRules(QStringLiteral("dexdesk.*.debug=false\ndexdesk.*.info=false"));
}

QString saveSettings(const QString &databasePath, const ProfileRepository &profiles, SecretStore *secrets,
                     const SimProcess &sim, const EngineSetup &setup)
{
    QString error;
    auto db = Database::open(databasePath, &error);
    if (!db)
        return error;
    SettingsStore store(db->connection());
    SettingsEditor editor(&profiles, &store, secrets);
    if (!editor.load(&error))
        return error;
    GeneralSettings g = editor.working().general;
    g.profileId = kSimProfile;
    g.systemEnabled = setup.systemOn;
    g.frequency = setup.frequency;
    g.simultaneousConnections = setup.connections;
    editor.setGeneral(g);
    CommunicationSettings c = editor.communication(kSimProfile);
    const QString root = sim.baseUrl().toString(QUrl::StripTrailingSlash);
    c.dataUrl = root + QStringLiteral("/data/v3");
    c.authUrl = root + QStringLiteral("/oauth/token");
    c.schoolYears = {kYear};
    if (!setup.download)
        c.services.setFlag(Service::Download, false);
    editor.setCommunication(kSimProfile, c);
    if (!setup.secret.isEmpty())
        editor.setLeaSecret(kSimProfile, kLea, setup.secret);
    if (!editor.isDirty())
        return {};
    const EditorResult r = saveAndWait(editor);
    if (!r.finished || !r.ok)
        return QStringLiteral("the save failed: ") + r.message;
    return {};
}

int seedSample(QSqlDatabase db, int students, QString *error, quint64 seed)
{
    SampleDataOptions o;
    o.students = students;
    o.seed = seed;
    o.schoolYear = kYear;
    o.leaId = kLea;
    SampleDataGenerator generator(o);
    dexdesk::GeneratedCounts counts;
    if (!generator.write(db, &counts, error)) // one transaction of its own
        return -1;
    return localRecordCount(db);
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("query failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

bool exec(QSqlDatabase db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        *error = sql + QStringLiteral(": ") + q.lastError().text();
        return false;
    }
    return true;
}

int localRecordCount(QSqlDatabase db)
{
    qint64 n = 0;
    for (const RecordTable &t : RecordSchema::tables()) {
        if (t.published)
            n += scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE school_year = %2").arg(t.table).arg(kYear));
    }
    return int(n);
}

int agencyRecordCount(SimProcess &sim)
{
    const QJsonObject stored = sim.counters().value(QStringLiteral("records")).toObject();
    const QJsonObject year = stored.value(QString::number(kYear)).toObject();
    int n = 0;
    for (const QString &r : RecordSchema::publishedResources())
        n += year.value(r).toInt();
    return n;
}

QHash<QString, QJsonObject> localRecords(QSqlDatabase db, const QString &resource)
{
    QHash<QString, QJsonObject> out;
    const RecordTable *t = RecordSchema::find(resource);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!t || !q.exec(QStringLiteral("SELECT * FROM %1 WHERE school_year = %2").arg(t->table).arg(kYear))) {
        qWarning("cannot read the local %s: %s", qPrintable(resource), qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        QVariantMap row;
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
        const QJsonObject body = t->toJson(row);
        out.insert(keyText(*t, body), body);
    }
    return out;
}

QHash<QString, QJsonObject> agencyRecords(SimProcess &sim, const QString &resource)
{
    QHash<QString, QJsonObject> out;
    const RecordTable *t = RecordSchema::find(resource);
    for (const QJsonValue &v : sim.records(resource, kYear)) {
        QJsonObject body = v.toObject();
        for (const char *meta : {"id", "_etag", "_lastModifiedDate", "_changeVersion"})
            body.remove(QLatin1String(meta));
        out.insert(keyText(*t, body), body);
    }
    return out;
}

QString compareWithAgency(QSqlDatabase db, SimProcess &sim, int *compared)
{
    QStringList problems;
    int n = 0;
    for (const QString &resource : RecordSchema::publishedResources()) {
        const QHash<QString, QJsonObject> local = localRecords(db, resource);
        const QHash<QString, QJsonObject> agency = agencyRecords(sim, resource);
        if (local.size() != agency.size())
            problems << QStringLiteral("%1: %2 local records, %3 at the agency")
                            .arg(resource)
                            .arg(local.size())
                            .arg(agency.size());
        for (auto it = local.cbegin(); it != local.cend() && problems.size() < 10; ++it) {
            ++n;
            const auto found = agency.constFind(it.key());
            if (found == agency.cend())
                problems << QStringLiteral("%1 %2: missing at the agency").arg(resource, it.key());
            else if (found.value() != it.value())
                problems << QStringLiteral("%1 %2: local %3, agency %4")
                                .arg(resource, it.key(), compact(it.value()), compact(found.value()));
        }
        for (auto it = agency.cbegin(); it != agency.cend() && problems.size() < 10; ++it) {
            if (!local.contains(it.key()))
                problems << QStringLiteral("%1 %2: at the agency but not local").arg(resource, it.key());
        }
    }
    if (compared)
        *compared = n;
    return problems.join(QLatin1Char('\n'));
}

int requestsFor(const QJsonObject &counters, const QString &resource, const QString &method, const QString &status)
{
    const QJsonObject byStatus
        = counters.value(QStringLiteral("byResource")).toObject().value(resource).toObject().value(method).toObject();
    if (!status.isEmpty())
        return byStatus.value(status).toInt();
    int n = 0;
    for (const QJsonValue &v : byStatus)
        n += v.toInt();
    return n;
}

int answeredRequests(const QJsonObject &counters)
{
    int n = 0;
    for (const QJsonValue &v : counters.value(QStringLiteral("byStatus")).toObject())
        n += v.toInt();
    return n;
}

int dataRequests(const QJsonObject &counters)
{
    int n = 0;
    const QJsonObject byResource = counters.value(QStringLiteral("byResource")).toObject();
    for (auto r = byResource.begin(); r != byResource.end(); ++r) {
        if (r.key() == QLatin1String("token"))
            continue;
        const QJsonObject methods = r.value().toObject();
        for (const QJsonValue &m : methods) {
            for (const QJsonValue &count : m.toObject())
                n += count.toInt();
        }
    }
    return n;
}

RunResult runOnce(EngineController &controller, Engine::Mode mode, int timeoutMs)
{
    RunResult result;
    QSignalSpy finished(&controller, &EngineController::finished);
    QSignalSpy stopped(&controller, &EngineController::stopped);
    QSignalSpy failed(&controller, &EngineController::failed);
    if (!controller.start(mode, &result.error))
        return result;
    if (!QTest::qWaitFor([&] { return !finished.isEmpty() || !failed.isEmpty(); }, timeoutMs)) {
        result.error = QStringLiteral("the run did not finish within %1 ms").arg(timeoutMs);
    } else if (!failed.isEmpty()) {
        result.error = failed.first().at(0).toString();
    } else {
        result.finished = true;
        result.complete = finished.first().at(0).toBool();
        const auto total = finished.first().at(1).value<PassSummary>();
        result.sent = total.sent;
        result.rejected = total.rejected;
        result.retried = total.retried;
        result.message = finished.first().at(2).toString();
    }
    controller.stop();
    if (controller.isRunning() && !QTest::qWaitFor([&] { return !stopped.isEmpty(); }, 10000))
        result.error += QStringLiteral(" (the engine did not stop)");
    return result;
}

} // namespace dexdesk::test
