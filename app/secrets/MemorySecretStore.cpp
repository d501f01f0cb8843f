#include "MemorySecretStore.h"

#include <QTimer>

namespace dexdesk {

// Answers are delivered from the event loop, as a real keychain's are.
void MemorySecretStore::read(const QString &account, ReadDone done)
{
    const bool found = m_entries.contains(account);
    const QString value = m_entries.value(account);
    const bool fail = m_failAfter == 0;
    const SecretResult::Code failCode = m_failCode;
    QTimer::singleShot(0, this, [=] {
        if (fail)
            done({failCode, QStringLiteral("injected failure")}, {});
        else
            done({found ? SecretResult::Code::Ok : SecretResult::Code::NotFound, {}}, value);
    });
}

void MemorySecretStore::write(const QString &account, const QString &secret, Done done)
{
    const bool fail = shouldFail();
    if (!fail)
        m_entries.insert(account, secret);
    const SecretResult result = fail ? SecretResult {failCode(), QStringLiteral("injected failure")} : SecretResult {};
    QTimer::singleShot(0, this, [=] { done(result); });
}

void MemorySecretStore::remove(const QString &account, Done done)
{
    const bool fail = shouldFail();
    if (!fail)
        m_entries.remove(account);
    const SecretResult result = fail ? SecretResult {failCode(), QStringLiteral("injected failure")} : SecretResult {};
    QTimer::singleShot(0, this, [=] { done(result); });
}

void MemorySecretStore::failAfter(int succeedFirst, SecretResult::Code code)
{
    m_failAfter = succeedFirst;
    m_failCode = code;
}

SecretResult::Code MemorySecretStore::failCode() const
{
    return m_readOnlyCode != SecretResult::Code::Ok ? m_readOnlyCode : m_failCode;
}

bool MemorySecretStore::shouldFail()
{
    if (m_readOnlyCode != SecretResult::Code::Ok)
        return true;
    if (m_failAfter < 0)
        return false;
    if (m_failAfter == 0)
        return true;
    --m_failAfter;
    return false;
}

} // namespace dexdesk
