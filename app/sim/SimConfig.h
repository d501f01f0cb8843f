#pragma once

#include "SimFaults.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One API client the simulator accepts: its key and secret and what it may touch.
struct SimClient {
    QString key;
    QString secret;
    QList<int> schoolYears; // empty = every served year
    QStringList resources; // empty = every resource ("*")

    bool allowsYear(int year) const { return schoolYears.isEmpty() || year == 0 || schoolYears.contains(year); }
    bool allowsResource(const QString &r) const { return resources.isEmpty() || resources.contains(r); }
};

// An education organization seeded into every school year.
struct SimSeedOrg {
    qint64 id = 0;
    QString name;
    QStringList gradeLevels; // schools only: GradeLevelDescriptor code values
};

// Everything dexdesk-sim is started with: where it listens, who may call it, what it serves and
// seeds, and the faults it starts with. Built from defaults, then a JSON file, then flags.
struct SimConfig {
    QHostAddress listenAddress = QHostAddress::LocalHost;
    int port = 8765;
    bool allowRemote = false;
    QString certFile;
    QString keyFile;
    QString authPath = QStringLiteral("/oauth/token");
    QString layout = QStringLiteral("both"); // "year-specific", "shared" or "both"
    QList<int> schoolYears {2026, 2027};
    QList<SimClient> clients {SimClient {QStringLiteral("training-key"), QStringLiteral("training-secret"), {}, {}}};
    bool seedDescriptors = true;
    QList<SimSeedOrg> seedLeas;
    QList<SimSeedOrg> seedSchools;
    int seedBulkSchools = 0; // extra generated schools per year (download tests and benchmarks)
    SimFaults faults;
    quint64 randomSeed = 0; // 0 = random
    int requestLogSize = 10000;
    bool verbose = false;

    SimConfig();
    bool tls() const { return !certFile.isEmpty(); }
    bool servesYearSpecific() const { return layout != QLatin1String("shared"); }
    bool servesShared() const { return layout != QLatin1String("year-specific"); }

    // Applies a config file's object on top of this; all keys are checked, unknown ones rejected.
    bool applyJson(const QJsonObject &obj, QString *error);
    // Checks the combination (loopback unless allowed, cert with key, ...).
    bool check(QString *error) const;

    static bool parseClient(const QString &text, SimClient *client, QString *error);
    static bool parseYears(const QString &text, QList<int> *years, QString *error);
};
