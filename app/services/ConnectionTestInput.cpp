#include "ConnectionTestInput.h"

#include "ProfileRepository.h"
#include "SecretStore.h"
#include "SettingsEditor.h"

#include <QDir>
#include <QPointer>

#include <memory>

namespace dexdesk {

namespace {

struct Gathering {
    TestConnectionInput input;
    QList<int> toRead; // indexes into input.leas
    QString profileId;
    ConnectionTestInput::Done done;
};

void readNext(const std::shared_ptr<Gathering> &g, SecretStore *secrets, QPointer<QObject> context)
{
    if (!context)
        return;
    if (g->toRead.isEmpty()) {
        g->done(g->input, {});
        return;
    }
    const int index = g->toRead.takeFirst();
    LeaCredentials &lea = g->input.leas[index];
    secrets->read(SecretStore::leaAccount(g->profileId, lea.id),
                  [g, secrets, context, index](const SecretResult &r, const QString &secret) {
                      LeaCredentials &l = g->input.leas[index];
                      if (r.ok())
                          l.secret = secret;
                      else if (r.code != SecretResult::Code::NotFound)
                          l.secretProblem = r.userMessage();
                      if (!r.ok() && r.code != SecretResult::Code::NotFound) {
                          // One keychain failure explains them all; do not wait for it again per LEA.
                          for (int i : std::as_const(g->toRead))
                              g->input.leas[i].secretProblem = r.userMessage();
                          g->toRead.clear();
                      }
                      readNext(g, secrets, context);
                  });
}

} // namespace

void ConnectionTestInput::gather(const SettingsEditor &editor, SecretStore &secrets, const QString &profileId,
                                 const QString &leaFilter, QObject *context, Done done)
{
    const Profile *profile = editor.profiles().find(profileId);
    if (!profile) {
        done({}, tr("The profile \"%1\" is not installed.").arg(profileId));
        return;
    }
    auto g = std::make_shared<Gathering>();
    g->profileId = profileId;
    g->done = std::move(done);
    g->input.profile = *profile;
    g->input.settings = editor.communication(profileId);
    if (!profile->extraCaFile.isEmpty()) {
        g->input.extraCaCertificates = QSslCertificate::fromPath(profile->extraCaFile);
        if (g->input.extraCaCertificates.isEmpty()) {
            g->done({},
                    tr("The CA certificate file %1 named by the profile cannot be read, or holds no PEM "
                       "certificate.")
                        .arg(QDir::toNativeSeparators(profile->extraCaFile)));
            return;
        }
    }
    for (const Lea &lea : g->input.settings.leas) {
        if (leaFilter.isEmpty() ? !lea.enabled : lea.id != leaFilter)
            continue;
        LeaCredentials c {lea.id, lea.name, lea.authKey, editor.pendingSecret(profileId, lea.id), {}};
        if (c.secret.isEmpty())
            g->toRead.append(int(g->input.leas.size()));
        g->input.leas.append(c);
    }
    if (!leaFilter.isEmpty() && g->input.leas.isEmpty()) {
        g->done({}, tr("The profile has no LEA %1.").arg(leaFilter));
        return;
    }
    readNext(g, &secrets, context);
}

} // namespace dexdesk
