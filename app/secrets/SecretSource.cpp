#include "SecretSource.h"

#include "SecretStore.h"

#include <QDir>

namespace dexdesk {

namespace {

QString encodePart(const QString &part)
{
    QString out;
    const QByteArray utf8 = part.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '-' || u == '_')
            out += QLatin1Char(c);
        else
            out += QStringLiteral("%%1").arg(u, 2, 16, QLatin1Char('0')).toUpper();
    }
    return out;
}

} // namespace

bool SecretSource::parse(const QString &text, SecretSource *out, QString *error)
{
    const QString prefix = QStringLiteral("file:");
    SecretSource source;
    if (text == QLatin1String("keychain")) {
        source.m_kind = Kind::Keychain;
    } else if (text == QLatin1String("credentials")) {
        source.m_kind = Kind::SystemdCredentials;
        source.m_path = qEnvironmentVariable(kCredentialsVariable);
    } else if (text.startsWith(prefix)) {
        const QString path = text.mid(prefix.size());
        if (path.isEmpty()) {
            *error = tr("--secrets file: needs the path of the secrets file, for example "
                        "--secrets file:/etc/dexdesk/secrets.");
            return false;
        }
        source.m_kind = Kind::File;
        source.m_path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    } else {
        // The value is not repeated: someone may have typed a secret there by mistake.
        *error = tr("unknown secrets source: use keychain (the default), credentials (systemd credentials in "
                    "$CREDENTIALS_DIRECTORY) or file:PATH (a file readable by its owner only).");
        return false;
    }
    *out = source;
    return true;
}

QString SecretSource::credentialName(const QString &profileId, const QString &leaId)
{
    return QStringLiteral("dexdesk.") + encodePart(profileId) + QLatin1Char('.') + encodePart(leaId);
}

QString SecretSource::credentialNameForAccount(const QString &account)
{
    // SecretStore::leaAccount: "<profile>/lea/<lea>"; LEA identifiers are numbers, so the last
    // "/lea/" separates them.
    const QString separator = SecretStore::leaAccount(QString(), QString());
    const qsizetype at = account.lastIndexOf(separator);
    if (at <= 0 || at + separator.size() >= account.size())
        return {};
    return credentialName(account.left(at), account.mid(at + separator.size()));
}

QString SecretSource::describe() const
{
    switch (m_kind) {
    case Kind::Keychain:
        return tr("the system keychain");
    case Kind::SystemdCredentials:
        return m_path.isEmpty() ? tr("the systemd credentials (none were passed)")
                                : tr("the systemd credentials in %1").arg(QDir::toNativeSeparators(m_path));
    case Kind::File:
        return tr("the secrets file %1").arg(QDir::toNativeSeparators(m_path));
    }
    return {};
}

} // namespace dexdesk
