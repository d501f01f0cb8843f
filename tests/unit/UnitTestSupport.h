#pragma once

// Small helpers shared by the unit tests: a secret store that fails exactly one call (a keychain
// hiccup, as opposed to MemorySecretStore::failAfter's keychain that stays broken), and a few
// settings values that differ from every default.

#include "MemorySecretStore.h"
#include "Settings.h"

#include <QTimer>

namespace dexdesk::test {

// Fails the `failCall`-th write or remove (1-based) once; every other call behaves as
// MemorySecretStore does.
class FlakySecretStore : public MemorySecretStore
{
public:
    using MemorySecretStore::MemorySecretStore;

    void failCallNumber(int n, SecretResult::Code code = SecretResult::Code::AccessDenied)
    {
        m_failCall = n;
        m_calls = 0;
        m_code = code;
    }
    int calls() const { return m_calls; }

    void write(const QString &account, const QString &secret, Done done) override
    {
        if (++m_calls == m_failCall)
            failLater(std::move(done));
        else
            MemorySecretStore::write(account, secret, std::move(done));
    }
    void remove(const QString &account, Done done) override
    {
        if (++m_calls == m_failCall)
            failLater(std::move(done));
        else
            MemorySecretStore::remove(account, std::move(done));
    }

private:
    void failLater(Done done)
    {
        const SecretResult result {m_code, QStringLiteral("injected one-time failure")};
        QTimer::singleShot(0, this, [=] { done(result); });
    }

    int m_failCall = -1;
    int m_calls = 0;
    SecretResult::Code m_code = SecretResult::Code::AccessDenied;
};

inline Lea makeLea(const QString &id, const QString &name, bool enabled, const QString &key)
{
    Lea lea;
    lea.id = id;
    lea.name = name;
    lea.enabled = enabled;
    lea.authKey = key;
    return lea;
}

} // namespace dexdesk::test
