#pragma once

// Applies several secret changes as one unit: it remembers each entry's previous value first, so
// that when a change fails — or a later step such as the database save fails — every entry
// already changed is put back. Used by Save and Restore Defaults.

#include "SecretStore.h"

#include <QList>
#include <QPointer>

#include <optional>

namespace dexdesk {

struct SecretChange {
    QString account;
    std::optional<QString> value; // nullopt removes the entry
};

class SecretBatch : public QObject
{
    Q_OBJECT
public:
    SecretBatch(SecretStore *store, QList<SecretChange> changes, QObject *parent = nullptr);

    void apply(); // emits applied(result); on failure the entries are already restored...
    void rollback(); // after a successful apply(); emits rolledBack(result)
    // ...unless putting an entry back failed too (the keychain broke for good): then this is not Ok
    // and some entries keep their new value.
    SecretResult restoreError() const { return m_restoreError; }

Q_SIGNALS:
    void applied(const dexdesk::SecretResult &result);
    void rolledBack(const dexdesk::SecretResult &result);

private:
    void readNext();
    void writeNext();
    void restoreNext(const SecretResult &cause, bool afterApply);
    void changeEntry(const QString &account, const std::optional<QString> &value, SecretStore::Done done);

    QPointer<SecretStore> m_store;
    QList<SecretChange> m_changes;
    QList<std::optional<QString>> m_previous;
    int m_index = 0;
    int m_appliedCount = 0;
    SecretResult m_restoreError;
};

} // namespace dexdesk
