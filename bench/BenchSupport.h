#pragma once

// Shared pieces of the benchmarks (SPEC §13): a temporary DEX Desk database set up for the
// local-simulator profile against a running dexdesk-sim, student rows, a one-off publish run
// through EngineController, and small figures helpers. Benchmarks print figures; they do not fail.

#include "Engine.h"

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace dexdesk {
class ProfileRepository;
}

namespace bench {

inline const QString kProfileId = QStringLiteral("local-simulator");
inline const QString kLeaId = QStringLiteral("255901");
inline const QString kKey = QStringLiteral("training-key");
inline const QString kSecret = QStringLiteral("training-secret");
constexpr int kSchoolYear = 2027;

// Saves settings for the local-simulator profile pointed at `simBase` (http://127.0.0.1:port):
// school year 2027, System On, Data Changes and Publish, `connections` Simultaneous Connections,
// change capture on.
bool saveSettings(QSqlDatabase db, const dexdesk::ProfileRepository &profiles, const QString &simBase, int connections,
                  QString *error);

// A student row as the record table holds it (column -> value); `i` makes the natural key.
QVariantMap studentRow(int i);
// Inserts students first..first+count-1 in transactions of `batch` rows with one prepared statement.
bool insertStudents(QSqlDatabase db, int first, int count, int batch, QString *error);

struct EngineRun {
    bool finished = false; // the engine reported the one-off run as finished
    bool complete = false; // …with nothing left to send
    int sent = 0;
    int retried = 0;
    int rejected = 0;
    qint64 wallMs = 0; // EngineController::start to finished
    QMap<QString, double> threadCpuMs; // CPU time by thread name, start to finished
    QString message;
};

// Runs EngineController(...).start(mode) on `databasePath` until it finishes (or `timeoutMs`
// passes), with the LEA secret in a MemorySecretStore, then stops it.
EngineRun runPublishChanges(const QString &databasePath, const dexdesk::ProfileRepository &profiles, qint64 timeoutMs,
                            dexdesk::Engine::Mode mode = dexdesk::Engine::Mode::PublishChanges);

// The span of the data requests in a /_sim/requests answer: from the start of the first (its
// answer time minus its duration) to the answer of the last. Token requests are left out.
struct RequestWindow {
    int count = 0;
    double spanMs = 0;
};
RequestWindow dataRequestWindow(const QJsonArray &requests);

double median(QList<double> values);
// CPU time (user + system) of this process's threads, summed by thread name.
QMap<QString, double> threadCpuMs();
qint64 peakRssKb(); // VmHWM of this process
qint64 currentRssKb(); // VmRSS of this process

} // namespace bench
