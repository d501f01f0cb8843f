#include "SecretStore.h"

#include "LogCategories.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUuid>

namespace dexdesk {

QString SecretStore::storageName() const
{
    return tr("the keychain");
}

QString SecretStore::leaAccount(const QString &profileId, const QString &leaId)
{
    return profileId + QStringLiteral("/lea/") + leaId;
}

QString SecretStore::probeAccount()
{
    // LEA entries are "<profile>/lea/<id>"; this has no slash, so it can never be one of them.
    return QStringLiteral("dexdesk-availability-probe");
}

void SecretStore::probeWritable(Done done)
{
    const QString value = QUuid::createUuid().toString(QUuid::WithoutBraces);
    write(probeAccount(), value, [store = QPointer<SecretStore>(this), done](const SecretResult &result) {
        done(result);
        if (!result.ok() || !store)
            return;
        store->remove(probeAccount(), [](const SecretResult &removed) {
            if (!removed.ok())
                qCWarning(lcKeychain) << "the keychain probe entry could not be removed, code" << int(removed.code);
        });
    });
}

QString SecretResult::userMessage() const
{
    if (!message.isEmpty())
        return message;
    switch (code) {
    case Code::Ok:
        return {};
    case Code::NotFound:
        return SecretStore::tr("No secret is stored for this LEA. Enter it in the LEA settings and save.");
    case Code::NoBackend:
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
        return SecretStore::tr(
            "No keychain is available, so LEA secrets cannot be stored. DEX Desk keeps secrets only in the "
            "system keychain (the Secret Service) and never in a file. Install and start a keyring, for "
            "example with \"sudo apt install gnome-keyring\", and sign in to a desktop session; then save "
            "again. Your other settings are not affected.");
#else
        return SecretStore::tr(
            "The system keychain is not available, so LEA secrets cannot be stored. DEX Desk never writes "
            "secrets to a file. Check that the keychain service is running, then save again. Your other "
            "settings are not affected.");
#endif
    case Code::AccessDenied:
        return SecretStore::tr(
            "The keychain refused access. Unlock your keychain (or allow DEX Desk when it asks), then save "
            "again.");
    case Code::Timeout:
        return SecretStore::tr(
            "The keychain did not answer within a few seconds. It may be locked and waiting for a password "
            "prompt that cannot be shown, or not running. Unlock or start it, then try again. Your other "
            "settings are not affected.");
    case Code::Failed:
        return SecretStore::tr(
                   "The system keychain could not be used (%1). DEX Desk keeps LEA secrets only there and never in "
                   "a file. Check that a keyring service (such as gnome-keyring or KWallet) is installed, running and "
                   "unlocked in your session, then try again. Your other settings are not affected.")
            .arg(detail);
    }
    return {};
}

} // namespace dexdesk
