#pragma once

// LEA secrets for a headless server without a keychain (SPEC §4's explicit opt-in): read from
// systemd credentials (one file per LEA in $CREDENTIALS_DIRECTORY, named by
// SecretSource::credentialName) or from one secrets file of NAME=SECRET lines that only its
// owner may read. Read only: DEX Desk never writes a secret to a file, so writes and removes are
// refused with what to do instead. Every read looks at the files again, so a fixed file is used
// without a restart.

#include "SecretSource.h"
#include "SecretStore.h"

#include <QHash>

namespace dexdesk {

class FileSecretStore : public SecretStore
{
    Q_OBJECT
public:
    explicit FileSecretStore(SecretSource source, QObject *parent = nullptr);

    void read(const QString &account, ReadDone done) override;
    void write(const QString &account, const QString &secret, Done done) override;
    void remove(const QString &account, Done done) override;
    QString storageName() const override { return m_source.describe(); }

    // Whether the source can be read now (the directory is there; the file passes its permission
    // checks and parses). False with the reason and what to do.
    bool check(QString *error) const;

    // A secrets file's text: "NAME=SECRET" per line, blank lines and "#" comments skipped,
    // whitespace around name and secret ignored. False with the line and the problem (never the
    // line's text, which may hold a secret); `entries` is left alone then.
    static bool parseSecretsFile(const QByteArray &text, QHash<QString, QString> *entries, QString *error);

private:
    SecretResult readNow(const QString &account, QString *secret) const;
    SecretResult refuseChange() const;

    SecretSource m_source;
};

} // namespace dexdesk
