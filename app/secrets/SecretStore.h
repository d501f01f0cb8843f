#pragma once

// Where LEA secrets live. The OS keychain (KeychainSecretStore) is the default; a headless server
// may opt in to read them from systemd credentials or an owner-only file (FileSecretStore, read
// only); MemorySecretStore serves unit tests. Calls are asynchronous and must be made from the thread
// that owns the store (the main thread); every callback is called exactly once.

#include <QObject>
#include <QString>

#include <functional>

namespace dexdesk {

struct SecretResult {
    enum class Code { Ok, NotFound, NoBackend, AccessDenied, Timeout, Failed };
    Code code = Code::Ok;
    QString detail; // the backend's own text, for the log; never contains the secret
    // A store other than the keychain explains itself here; userMessage() then returns it.
    QString message = {};

    bool ok() const { return code == Code::Ok; }
    // What happened and what to do, in plain words.
    QString userMessage() const;
};

class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(const SecretResult &, const QString &secret)>;
    using Done = std::function<void(const SecretResult &)>;

    using QObject::QObject;

    virtual void read(const QString &account, ReadDone done) = 0;
    virtual void write(const QString &account, const QString &secret, Done done) = 0;
    virtual void remove(const QString &account, Done done) = 0; // NotFound counts as Ok

    // Where the secrets are kept, for messages ("could not be read from %1"): the keychain unless
    // a store says otherwise (a secrets file, systemd credentials).
    virtual QString storageName() const;

    // The keychain entry name for an LEA's secret: one entry per profile and LEA.
    static QString leaAccount(const QString &profileId, const QString &leaId);

    // Whether the store can keep a secret now. A read is not enough: a locked keychain still
    // answers "not found". So this writes a throwaway value under probeAccount() (a name no LEA
    // entry can have) and answers with the write's outcome, each call bounded by the store's own
    // deadline; the entry is then removed without waiting.
    void probeWritable(Done done);
    static QString probeAccount();
};

} // namespace dexdesk
