#include "SecretStore.h"

#include <QCoreApplication>

namespace dexdesk {

QString SecretStore::leaAccount(const QString &profileId, const QString &leaId)
{
    return profileId + QStringLiteral("/lea/") + leaId;
}

QString SecretResult::userMessage() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("SecretStore", text); };
    switch (code) {
    case Code::Ok:
        return {};
    case Code::NotFound:
        return tr("No secret is stored for this LEA. Enter it in the LEA settings and save.");
    case Code::NoBackend:
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
        return tr("No keychain is available, so LEA secrets cannot be stored. DEX Desk keeps secrets only in the "
                  "system keychain (the Secret Service) and never in a file. Install and start a keyring, for "
                  "example with \"sudo apt install gnome-keyring\", and sign in to a desktop session; then save "
                  "again. Your other settings are not affected.");
#else
        return tr("The system keychain is not available, so LEA secrets cannot be stored. DEX Desk never writes "
                  "secrets to a file. Check that the keychain service is running, then save again. Your other "
                  "settings are not affected.");
#endif
    case Code::AccessDenied:
        return tr("The keychain refused access. Unlock your keychain (or allow DEX Desk when it asks), then save "
                  "again.");
    case Code::Timeout:
        return tr("The keychain did not answer within a few seconds. It may be locked and waiting for a password "
                  "prompt that cannot be shown, or not running. Unlock or start it, then try again. Your other "
                  "settings are not affected.");
    case Code::Failed:
        return tr("The keychain reported an error: %1. Try again; if it keeps failing, restart the keyring "
                  "service.")
            .arg(detail);
    }
    return {};
}

} // namespace dexdesk
