#pragma once

// Tells `settings show` whether the keychain holds a secret for each LEA, without ever keeping
// or printing one. Bounded: after the first keychain failure the remaining LEAs are "unknown".

#include <QHash>
#include <QString>
#include <QStringList>

namespace dexdesk {
class SecretStore;
}

namespace dexdesk::cli {

enum class SecretState { NotChecked, Stored, Missing, Unknown };

class SecretProbe
{
public:
    static QHash<QString, SecretState> probe(SecretStore &store, const QString &profileId, const QStringList &leaIds);

    static QString key(SecretState state); // stable, for --json: "stored", "missing", ...
    static QString text(SecretState state); // translated, for people
};

} // namespace dexdesk::cli
