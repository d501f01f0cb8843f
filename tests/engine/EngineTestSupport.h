#pragma once

// Shared by the engine's integration tests: settings for the local-simulator profile pointed at a
// running dexdesk-sim (saved through SettingsEditor, so the audit trail and the capture switch
// move as they do for a user), sample records, and the check that the agency's store equals the
// local records field by field.

#include "EngineController.h"
#include "Settings.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

class SimProcess;

namespace dexdesk {
class ProfileRepository;
class SecretStore;
} // namespace dexdesk

namespace dexdesk::test {

inline const QString kSimProfile = QStringLiteral("local-simulator");
inline const QString kLea = QStringLiteral("255901");
inline constexpr int kYear = 2027;

struct EngineSetup {
    bool systemOn = true;
    Frequency frequency = Frequency::High;
    int connections = 5;
    QString secret; // written to `secrets` by the save when not empty
    bool download = true; // the Download service (off: nothing is held before a send)
};

// Turns off the engine's debug and info messages, which would otherwise exceed Qt Test's message
// limit and hide the figures the tests print; warnings stay.
void quietEngineLogs();

// Saves the settings through a SettingsEditor on its own connection; empty on success.
QString saveSettings(const QString &databasePath, const ProfileRepository &profiles, SecretStore *secrets,
                     const SimProcess &sim, const EngineSetup &setup);

// SampleDataGenerator records for school year 2027 and LEA 255901; the number of records written
// to published tables (what capture queues), or -1 with `error`.
int seedSample(QSqlDatabase db, int students, QString *error, quint64 seed = 7);

qint64 scalar(QSqlDatabase db, const QString &sql);
bool exec(QSqlDatabase db, const QString &sql, QString *error);

// Records of the published tables in the database (school year 2027).
int localRecordCount(QSqlDatabase db);
// Records of the published resources in the simulator's store (school year 2027).
int agencyRecordCount(SimProcess &sim);

// The local payloads of a resource (RecordTable::toJson of every row), by natural key text.
QHash<QString, QJsonObject> localRecords(QSqlDatabase db, const QString &resource);
// The simulator's stored bodies of a resource without id, _etag, _lastModifiedDate and
// _changeVersion, by natural key text.
QHash<QString, QJsonObject> agencyRecords(SimProcess &sim, const QString &resource);

// Empty when the agency holds exactly the local records of every published resource, field by
// field; otherwise the first differences. `compared` receives the number of records compared.
QString compareWithAgency(QSqlDatabase db, SimProcess &sim, int *compared = nullptr);

// The number of requests the simulator counted for a resource and method (any status).
int requestsFor(const QJsonObject &counters, const QString &resource, const QString &method,
                const QString &status = {});
// Data requests: every counted request except token requests.
int dataRequests(const QJsonObject &counters);
// Every request the simulator answered, token requests and fault answers included.
int answeredRequests(const QJsonObject &counters);

// Waits for a one-off run's finished signal and for the controller to stop after it.
struct RunResult {
    bool finished = false;
    bool complete = false;
    int sent = 0;
    int rejected = 0;
    int retried = 0;
    QString message;
    QString error;
};
RunResult runOnce(EngineController &controller, Engine::Mode mode, int timeoutMs);

} // namespace dexdesk::test
