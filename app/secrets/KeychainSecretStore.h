#pragma once

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows). No insecure fallback. Each job is guarded by our own deadline.

#include "SecretStore.h"

namespace dexdesk {

class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr int kDefaultDeadlineMs = 4000; // the user hears about a dead keychain within 5 s

    explicit KeychainSecretStore(QString service = QStringLiteral("dexdesk"), QObject *parent = nullptr);

    void read(const QString &account, ReadDone done) override;
    void write(const QString &account, const QString &secret, Done done) override;
    void remove(const QString &account, Done done) override;

    void setDeadline(int ms) { m_deadlineMs = ms; }

private:
    QString m_service;
    int m_deadlineMs = kDefaultDeadlineMs;
};

} // namespace dexdesk
