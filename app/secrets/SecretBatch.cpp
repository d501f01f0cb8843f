#include "SecretBatch.h"

namespace dexdesk {

SecretBatch::SecretBatch(SecretStore *store, QList<SecretChange> changes, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_changes(std::move(changes))
{ }

void SecretBatch::apply()
{
    m_previous.clear();
    m_index = 0;
    m_appliedCount = 0;
    m_restoreError = {};
    readNext();
}

void SecretBatch::readNext()
{
    if (m_index == m_changes.size()) {
        m_index = 0;
        writeNext();
        return;
    }
    m_store->read(m_changes.at(m_index).account, [this](const SecretResult &r, const QString &secret) {
        if (r.code == SecretResult::Code::NotFound) {
            m_previous.append(std::nullopt);
        } else if (r.ok()) {
            m_previous.append(secret);
        } else {
            Q_EMIT applied(r); // nothing changed yet
            return;
        }
        ++m_index;
        readNext();
    });
}

void SecretBatch::writeNext()
{
    if (m_index == m_changes.size()) {
        Q_EMIT applied({});
        return;
    }
    const SecretChange &c = m_changes.at(m_index);
    changeEntry(c.account, c.value, [this](const SecretResult &r) {
        if (!r.ok()) {
            restoreNext(r, false);
            return;
        }
        ++m_appliedCount;
        ++m_index;
        writeNext();
    });
}

void SecretBatch::rollback()
{
    restoreNext({}, true);
}

// Restores entries from the last applied one backwards. `cause` is reported when the rollback
// was forced by a failed write; a failed restore is reported in its place.
void SecretBatch::restoreNext(const SecretResult &cause, bool afterApply)
{
    if (m_appliedCount == 0) {
        if (afterApply)
            Q_EMIT rolledBack(m_restoreError);
        else
            Q_EMIT applied(cause);
        return;
    }
    --m_appliedCount;
    const SecretChange &c = m_changes.at(m_appliedCount);
    changeEntry(c.account, m_previous.at(m_appliedCount), [this, cause, afterApply](const SecretResult &r) {
        if (!r.ok() && m_restoreError.ok())
            m_restoreError = r;
        restoreNext(cause, afterApply);
    });
}

void SecretBatch::changeEntry(const QString &account, const std::optional<QString> &value, SecretStore::Done done)
{
    if (value)
        m_store->write(account, *value, std::move(done));
    else
        m_store->remove(account, std::move(done));
}

} // namespace dexdesk
