#pragma once

// Test Connection (SPEC §5): checks a profile's endpoint with the values on screen, step by step,
// for each enabled LEA, and ends with one plain-language verdict. Runs on its own thread; the
// caller's thread only receives the steps as they finish.

#include "Profile.h"
#include "Settings.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>

#include <memory>
#include <optional>

class QThread;

namespace dexdesk {

class HostResolver;

struct LeaCredentials {
    QString id;
    QString name;
    QString key;
    QString secret; // kept in memory only for the run
    QString secretProblem; // why there is no secret (keychain unavailable), shown in the token step
};

struct TestConnectionInput {
    Profile profile;
    CommunicationSettings settings; // the values on screen, saved or not
    QList<LeaCredentials> leas; // the enabled LEAs
    QList<QSslCertificate> extraCaCertificates;
    int timeoutMs = 15000;
};

struct TestStep {
    enum class Outcome { Pass, Warn, Fail, Skipped };
    QString id; // "urls", "resolve", "tls", "token", "discovery", "read", "clock"
    QString title; // translated
    QString lea; // empty for steps that do not depend on an LEA
    Outcome outcome = Outcome::Pass;
    QString detail; // translated, no secrets
    qint64 elapsedMs = 0;

    QJsonObject toJson() const;
    static QString outcomeName(Outcome o);
};

struct TestReport {
    QList<TestStep> steps;
    bool passed = false;
    bool cancelled = false;
    QString verdict; // one sentence or two: what happened and the likely fix

    QJsonObject toJson() const;

    // The last report is kept (Paths::lastTestReportFile()) for the support bundle; it holds no
    // secret. save() is atomic; loadJson() returns nothing for a missing or foreign file.
    bool save(const QString &path) const;
    static std::optional<QJsonObject> loadJson(const QString &path);
};

class ConnectionTestRunner;

class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    // `resolver` may be null for the system's; it must outlive the run.
    void start(const TestConnectionInput &input, HostResolver *resolver = nullptr);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void stepFinished(const dexdesk::TestStep &step);
    void finished(const dexdesk::TestReport &report);

private:
    QThread *m_thread = nullptr;
    QPointer<ConnectionTestRunner> m_runner;
    std::unique_ptr<HostResolver> m_ownResolver;
    bool m_running = false;
};

} // namespace dexdesk

Q_DECLARE_METATYPE(dexdesk::TestStep)
Q_DECLARE_METATYPE(dexdesk::TestReport)
