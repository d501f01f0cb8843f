#include "BenchSupport.h"

#include "EngineController.h"
#include "MemorySecretStore.h"
#include "Profile.h"
#include "ProfileRepository.h"
#include "SecretStore.h"
#include "SettingsSchema.h"
#include "SettingsStore.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

#include <unistd.h>

using namespace dexdesk;

namespace bench {

bool saveSettings(QSqlDatabase db, const ProfileRepository &profiles, const QString &simBase, int connections,
                  QString *error)
{
    const Profile *profile = profiles.find(kProfileId);
    if (!profile) {
        *error = QStringLiteral("the local-simulator profile is not installed");
        return false;
    }
    Settings settings;
    settings.general = SettingsSchema::defaults();
    settings.general.systemEnabled = true;
    settings.general.simultaneousConnections = connections;
    settings.general.profileId = profile->id;
    CommunicationSettings communication = profile->defaults();
    communication.dataUrl = simBase + QStringLiteral("/data/v3");
    communication.authUrl = simBase + QStringLiteral("/oauth/token");
    communication.schoolYears = {kSchoolYear};
    communication.services = Services(Service::DataChanges) | Service::Publish;
    bool haveLea = false;
    for (Lea &lea : communication.leas) {
        if (lea.id == kLeaId) {
            lea.enabled = true;
            lea.authKey = kKey;
            haveLea = true;
        }
    }
    if (!haveLea)
        communication.leas.append({kLeaId, QStringLiteral("Grand Bend ISD (training)"), true, kKey});
    settings.profiles.insert(profile->id, communication);
    return SettingsStore(db).save(settings, error, {}, true);
}

QVariantMap studentRow(int i)
{
    static const QStringList firstNames {QStringLiteral("Ana"), QStringLiteral("Ben"), QStringLiteral("Chloe"),
                                         QStringLiteral("Dmitri"), QStringLiteral("Esperanza")};
    static const QStringList lastNames {QStringLiteral("Garcia"), QStringLiteral("Okafor"), QStringLiteral("Nguyen"),
                                        QStringLiteral("Smith"), QStringLiteral("Lindqvist")};
    QVariantMap row;
    row.insert(QStringLiteral("school_year"), kSchoolYear);
    row.insert(QStringLiteral("lea_id"), kLeaId);
    row.insert(QStringLiteral("student_unique_id"), QStringLiteral("B%1").arg(i, 7, 10, QLatin1Char('0')));
    row.insert(QStringLiteral("first_name"), firstNames.at(i % firstNames.size()));
    row.insert(QStringLiteral("middle_name"), QString());
    row.insert(QStringLiteral("last_surname"), lastNames.at((i / 5) % lastNames.size()));
    row.insert(QStringLiteral("generation_code_suffix"), QString());
    row.insert(QStringLiteral("birth_date"), QDate(2008, 1, 1).addDays(i % 2500).toString(Qt::ISODate));
    row.insert(QStringLiteral("birth_city"), QStringLiteral("Grand Bend"));
    return row;
}

bool insertStudents(QSqlDatabase db, int first, int count, int batch, QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO rec_students (school_year, lea_id, student_unique_id, first_name, "
                                  "middle_name, last_surname, generation_code_suffix, birth_date, birth_city) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = q.lastError().text();
        return false;
    }
    static const QStringList columns {QStringLiteral("school_year"),
                                      QStringLiteral("lea_id"),
                                      QStringLiteral("student_unique_id"),
                                      QStringLiteral("first_name"),
                                      QStringLiteral("middle_name"),
                                      QStringLiteral("last_surname"),
                                      QStringLiteral("generation_code_suffix"),
                                      QStringLiteral("birth_date"),
                                      QStringLiteral("birth_city")};
    for (int done = 0; done < count;) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        const int end = qMin(count, done + batch);
        for (; done < end; ++done) {
            const QVariantMap row = studentRow(first + done);
            for (int c = 0; c < columns.size(); ++c) {
                const QVariant v = row.value(columns.at(c));
                q.bindValue(c, v.toString().isEmpty() && c != 0 ? QVariant() : v);
            }
            if (!q.exec()) {
                *error = q.lastError().text();
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

EngineRun runPublishChanges(const QString &databasePath, const ProfileRepository &profiles, qint64 timeoutMs,
                            Engine::Mode mode)
{
    EngineRun run;
    MemorySecretStore secrets;
    secrets.write(SecretStore::leaAccount(kProfileId, kLeaId), kSecret, [](const SecretResult &) {});

    const QMap<QString, double> cpuBefore = threadCpuMs();
    EngineController controller(databasePath, &profiles, &secrets);
    QEventLoop loop;
    QElapsedTimer clock;
    bool stopped = false;
    QObject::connect(&controller, &EngineController::finished, &loop,
                     [&](bool complete, const PassSummary &total, const QString &message) {
                         run.wallMs = clock.elapsed();
                         run.finished = true;
                         run.complete = complete;
                         run.sent = total.sent;
                         run.retried = total.retried;
                         run.rejected = total.rejected;
                         run.message = message;
                         // Threads that existed before the run count only what they spent during it.
                         run.threadCpuMs = threadCpuMs();
                         for (auto it = cpuBefore.cbegin(); it != cpuBefore.cend(); ++it)
                             run.threadCpuMs[it.key()] -= it.value();
                         controller.stop();
                     });
    QObject::connect(&controller, &EngineController::failed, &loop,
                     [&](const QString &message) { run.message = message; });
    QObject::connect(&controller, &EngineController::stopped, &loop, [&] {
        stopped = true;
        loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        run.message = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        controller.stop();
    });

    clock.start();
    QString error;
    if (!controller.start(mode, &error)) {
        run.message = error;
        return run;
    }
    deadline.start(int(timeoutMs));
    loop.exec();
    if (!stopped) // cannot happen: loop only quits on stopped(); kept for clarity of the bound
        run.message = QStringLiteral("the engine did not stop");
    return run;
}

RequestWindow dataRequestWindow(const QJsonArray &requests)
{
    RequestWindow w;
    qint64 firstStart = 0, lastEnd = 0;
    bool any = false;
    for (const QJsonValue &v : requests) {
        const QJsonObject r = v.toObject();
        if (!r.value(QStringLiteral("path")).toString().startsWith(QStringLiteral("/data/")))
            continue;
        const qint64 end
            = QDateTime::fromString(r.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
        const qint64 start = end - qint64(r.value(QStringLiteral("durationMs")).toDouble());
        firstStart = any ? qMin(firstStart, start) : start;
        lastEnd = any ? qMax(lastEnd, end) : end;
        any = true;
        ++w.count;
    }
    w.spanMs = double(lastEnd - firstStart);
    return w;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

namespace {
qint64 statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray name(field);
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

QMap<QString, double> threadCpuMs()
{
    QMap<QString, double> cpu;
    const double tick = double(sysconf(_SC_CLK_TCK));
    const QStringList tasks = QDir(QStringLiteral("/proc/self/task")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &task : tasks) {
        QFile comm(QStringLiteral("/proc/self/task/%1/comm").arg(task));
        QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(task));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QString name = QString::fromUtf8(comm.readAll().trimmed());
        // Fields after the ")" that closes the name: state is field 3, utime 14, stime 15.
        const QByteArray text = stat.readAll();
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 12)
            cpu[name] += double(f.at(11).toLongLong() + f.at(12).toLongLong()) * 1000.0 / tick;
    }
    return cpu;
}

qint64 peakRssKb()
{
    return statusKb("VmHWM:");
}

qint64 currentRssKb()
{
    return statusKb("VmRSS:");
}

} // namespace bench
