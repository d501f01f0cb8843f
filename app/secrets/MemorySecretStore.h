#pragma once

// An in-memory SecretStore for unit tests, with switches that make every call, or every change, fail.

#include "SecretStore.h"

#include <QHash>

namespace dexdesk {

class MemorySecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    void read(const QString &account, ReadDone done) override;
    void write(const QString &account, const QString &secret, Done done) override;
    void remove(const QString &account, Done done) override;

    // Calls fail with `code` after `succeedFirst` more successful writes/removes (-1: never fail).
    void failAfter(int succeedFirst, SecretResult::Code code = SecretResult::Code::NoBackend);
    // Like a locked keychain: reads still answer, writes and removes fail with `code` (Ok: they work again).
    void setReadOnly(SecretResult::Code code) { m_readOnlyCode = code; }

    QHash<QString, QString> entries() const { return m_entries; }

private:
    bool shouldFail();
    SecretResult::Code failCode() const;

    QHash<QString, QString> m_entries;
    int m_failAfter = -1;
    SecretResult::Code m_failCode = SecretResult::Code::NoBackend;
    SecretResult::Code m_readOnlyCode = SecretResult::Code::Ok;
};

} // namespace dexdesk
