#pragma once

// `dexdesk --demo` (SPEC §11): the agency simulator in this process on a loopback port (on its
// own thread, with a little latency so the flow is visible), a throwaway database in a temporary
// folder with generated sample records already queued, the training profile pointed at the
// simulator with its secret in memory, and the system Off. Nothing touches the user's database,
// profiles or keychain; everything is removed when the session ends.

#include "MemorySecretStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <memory>

class SimServer;

namespace dexdesk {

class MainWindow;
class ProfileRepository;

class DemoSession : public QObject
{
    Q_OBJECT
public:
    static inline const QString kProfile = QStringLiteral("local-simulator");
    static inline const QString kLea = QStringLiteral("255901");
    static inline const QString kKey = QStringLiteral("training-key");
    static inline const QString kSecret = QStringLiteral("training-secret");
    static constexpr int kSchoolYear = 2027;
    static constexpr qint64 kMissingSchool = 255901999; // a school the simulator does not have

    struct Options {
        int students = 300;
        int latencyMs = 30;
        // Enrolments at a school the agency lacks, so the Errors view has a cause to show.
        int brokenEnrolments = 12;
        // The simulator's error body shape (SimFaults::errorShapes()), to show how the Errors view
        // reads each shape real servers send.
        QString errorShape = QStringLiteral("problem");
    };

    static QStringList errorShapes(); // what Options::errorShape may be

    explicit DemoSession(QObject *parent = nullptr);
    explicit DemoSession(Options options, QObject *parent = nullptr);
    ~DemoSession() override;

    // Starts the simulator, creates the database with the sample records and saves the demo's
    // settings (waiting for the save). On failure says why.
    bool start(const ProfileRepository *profiles, QString *error);

    QString directory() const { return m_dir.path(); }
    QString databasePath() const;
    QString logDirectory() const;
    QUrl simulatorUrl() const { return m_simUrl; }
    SecretStore *secrets() { return &m_secrets; }
    // Records generated per resource that the agency will accept (without the broken enrolments).
    int generatedRecords(const QString &resource) const { return m_generated.value(resource); }
    int brokenEnrolments() const { return m_options.brokenEnrolments; }

    // The window title and banner that say this is a demo with throwaway data.
    void decorate(MainWindow &window) const;
    static QString bannerText();

private:
    bool startSimulator(QString *error);
    bool prepareDatabase(const ProfileRepository *profiles, QString *error);

    Options m_options;
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    QThread m_simThread;
    QObject *m_simContext = nullptr; // lives in m_simThread; the server is made and deleted through it
    SimServer *m_sim = nullptr; // lives in m_simThread
    QUrl m_simUrl;
    QHash<QString, int> m_generated;
};

} // namespace dexdesk
