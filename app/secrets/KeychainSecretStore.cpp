#include "KeychainSecretStore.h"

#include "LogCategories.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

#include <memory>

namespace dexdesk {

namespace {

SecretResult toResult(QKeychain::Error error, const QString &text)
{
    using C = SecretResult::Code;
    switch (error) {
    case QKeychain::NoError:
        return {C::Ok, {}};
    case QKeychain::EntryNotFound:
        return {C::NotFound, {}};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {C::NoBackend, text};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {C::AccessDenied, text};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        return {C::Failed, text};
    }
    return {C::Failed, text};
}

// Runs one job with a deadline. Whichever comes first — the job's answer or the deadline —
// calls `finish`; the other is ignored. A job that missed its deadline is left to finish on its
// own (it deletes itself), never deleted while it still talks to the keychain.
void runGuarded(QKeychain::Job *job, int deadlineMs, const std::function<void(const SecretResult &)> &finish)
{
    auto finished = std::make_shared<bool>(false);
    auto *timer = new QTimer(job->parent());
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, timer, [=] {
        timer->deleteLater();
        if (*finished)
            return;
        *finished = true;
        qCWarning(lcKeychain) << "keychain job for" << job->key() << "missed its deadline of" << deadlineMs << "ms";
        finish({SecretResult::Code::Timeout, QStringLiteral("no answer within %1 ms").arg(deadlineMs)});
    });
    QObject::connect(job, &QKeychain::Job::finished, timer, [=](QKeychain::Job *j) {
        timer->stop();
        timer->deleteLater();
        if (*finished)
            return;
        *finished = true;
        const SecretResult result = toResult(j->error(), j->errorString());
        if (result.code != SecretResult::Code::Ok && result.code != SecretResult::Code::NotFound)
            qCWarning(lcKeychain) << "keychain job for" << j->key() << "failed with code" << int(j->error());
        finish(result);
    });
    job->setAutoDelete(true);
    timer->start(deadlineMs);
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{ }

void KeychainSecretStore::read(const QString &account, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(account);
    runGuarded(job, m_deadlineMs, [job, done](const SecretResult &r) {
        // The job is still alive here when it answered in time; after a timeout it is not read.
        done(r, r.ok() ? job->textData() : QString());
    });
}

void KeychainSecretStore::write(const QString &account, const QString &secret, Done done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(secret);
    runGuarded(job, m_deadlineMs, done);
}

void KeychainSecretStore::remove(const QString &account, Done done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(account);
    runGuarded(job, m_deadlineMs,
               [done](const SecretResult &r) { done(r.code == SecretResult::Code::NotFound ? SecretResult {} : r); });
}

} // namespace dexdesk
