#pragma once

// Where dexdesk-cli reads LEA secrets from: the OS keychain (the default), systemd credentials
// ($CREDENTIALS_DIRECTORY, one file per LEA) or a secrets file readable by its owner only. The
// one place that reads --secrets / DEXDESK_SECRETS and names an LEA's credential.

#include <QCoreApplication>
#include <QString>

namespace dexdesk {

class SecretSource
{
    Q_DECLARE_TR_FUNCTIONS(SecretSource)

public:
    enum class Kind { Keychain, SystemdCredentials, File };

    static constexpr const char *kEnvironmentVariable = "DEXDESK_SECRETS";
    static constexpr const char *kCredentialsVariable = "CREDENTIALS_DIRECTORY";

    // "keychain", "credentials" or "file:PATH". False with what to write instead otherwise.
    // For credentials the directory is taken from $CREDENTIALS_DIRECTORY now (it may be unset:
    // the store then says how to set it up when asked for a secret).
    static bool parse(const QString &text, SecretSource *out, QString *error);

    // The credential (file name, or key in a secrets file) of an LEA's secret:
    // "dexdesk.PROFILE.LEA", each part with anything but letters, digits, '-' and '_' written as
    // %XX, so the name is one valid file name and parts cannot run into each other.
    static QString credentialName(const QString &profileId, const QString &leaId);
    // The credential for a SecretStore account (SecretStore::leaAccount); empty if it is none.
    static QString credentialNameForAccount(const QString &account);

    Kind kind() const { return m_kind; }
    bool isKeychain() const { return m_kind == Kind::Keychain; }
    QString path() const { return m_path; } // the directory or the file; empty for the keychain
    QString describe() const; // for messages: "the systemd credentials in /run/…"

private:
    Kind m_kind = Kind::Keychain;
    QString m_path;
};

} // namespace dexdesk
