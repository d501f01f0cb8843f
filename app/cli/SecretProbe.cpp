#include "SecretProbe.h"

#include "SecretStore.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace dexdesk::cli {

QHash<QString, SecretState> SecretProbe::probe(SecretStore &store, const QString &profileId, const QStringList &leaIds)
{
    QHash<QString, SecretState> states;
    bool keychainWorks = true;
    for (const QString &leaId : leaIds) {
        if (!keychainWorks) {
            states.insert(leaId, SecretState::Unknown);
            continue;
        }
        QEventLoop loop;
        bool answered = false;
        SecretResult result;
        // Only the outcome is kept; the secret itself is dropped inside the callback.
        store.read(SecretStore::leaAccount(profileId, leaId), [&](const SecretResult &r, const QString &) {
            answered = true;
            result = r;
            loop.quit();
        });
        if (!answered)
            loop.exec();
        if (result.ok()) {
            states.insert(leaId, SecretState::Stored);
        } else if (result.code == SecretResult::Code::NotFound) {
            states.insert(leaId, SecretState::Missing);
        } else {
            keychainWorks = false;
            states.insert(leaId, SecretState::Unknown);
        }
    }
    return states;
}

QString SecretProbe::key(SecretState state)
{
    switch (state) {
    case SecretState::NotChecked:
        return QStringLiteral("notChecked");
    case SecretState::Stored:
        return QStringLiteral("stored");
    case SecretState::Missing:
        return QStringLiteral("missing");
    case SecretState::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

QString SecretProbe::text(SecretState state)
{
    switch (state) {
    case SecretState::NotChecked:
        return QCoreApplication::translate("SecretProbe", "not checked");
    case SecretState::Stored:
        return QCoreApplication::translate("SecretProbe", "stored in the keychain");
    case SecretState::Missing:
        return QCoreApplication::translate("SecretProbe", "not set (use \"dexdesk-cli secret set\")");
    case SecretState::Unknown:
        return QCoreApplication::translate("SecretProbe", "unknown (keychain unavailable)");
    }
    return {};
}

} // namespace dexdesk::cli
