#pragma once

// Reads a file that holds secrets only when its permissions keep it private, and says why not
// otherwise. The checks are made on the opened file (fstat), so a symbolic link is judged by what
// it points at and the file cannot be swapped between the check and the read.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dexdesk {

class SecretFileReader
{
    Q_DECLARE_TR_FUNCTIONS(SecretFileReader)

public:
    enum class Rule {
        // A secrets file the administrator made: a regular file owned by the user running DEX
        // Desk that nobody else may read or write (mode 0600 or 0400).
        OwnerOnly,
        // A file in $CREDENTIALS_DIRECTORY: systemd owns it and lets only the service's user read
        // it (by owner or ACL), so only access for everyone else is refused.
        NotWorldAccessible,
    };

    static constexpr qint64 kMaxBytes = 64 * 1024;

    // False with the reason and what to do; `content` is left alone then.
    static bool read(const QString &path, Rule rule, QByteArray *content, QString *error);
};

} // namespace dexdesk
