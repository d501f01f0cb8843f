#include "OneOffSession.h"

#include "ApiSession.h"
#include "AppServices.h"
#include "EngineController.h"
#include "HttpClient.h"
#include "SecretStore.h"
#include "SettingsEditor.h"
#include "TokenProvider.h"

#include <QEventLoop>
#include <QLockFile>

namespace dexdesk {

OneOffSession::OneOffSession(AppServices &services)
    : m_services(services)
{ }

OneOffSession::~OneOffSession()
{
    // The session uses the token provider, which uses the client.
    m_session.reset();
    m_tokens.reset();
    m_client.reset();
}

bool OneOffSession::loadConfig(QString *error)
{
    return EngineConfig::fromSettings(m_services.editor().saved(), m_services.profiles(), &m_config, error);
}

bool OneOffSession::lock(QString *holder)
{
    m_lock = EngineController::takeLock(m_services.databasePath(), holder);
    return m_lock != nullptr;
}

bool OneOffSession::connect(QString *error)
{
    const QList<Lea> leas = m_config.keyedLeas();
    if (leas.isEmpty()) {
        *error = tr("No LEA of profile \"%1\" is enabled with a key. Enable one in General Setup and save.")
                     .arg(m_config.profile.id);
        return false;
    }
    m_lea = leas.first();
    SecretStore *secrets = m_services.secrets();
    if (!secrets) {
        *error = SecretResult {SecretResult::Code::NoBackend, {}}.userMessage();
        return false;
    }
    QEventLoop loop;
    bool answered = false;
    SecretResult result;
    QString secret;
    secrets->read(SecretStore::leaAccount(m_config.profile.id, m_lea.id),
                  [&](const SecretResult &r, const QString &value) {
                      answered = true;
                      result = r;
                      secret = value;
                      loop.quit();
                  });
    if (!answered) // every keychain job has its own deadline, so this loop ends
        loop.exec();
    if (!result.ok() || secret.isEmpty()) {
        *error = result.ok() || result.code == SecretResult::Code::NotFound
            ? tr("No secret is stored for LEA %1. Enter it in General Setup (or with \"dexdesk-cli secret set\") and "
                 "save.")
                  .arg(m_lea.id)
            : tr("The secret of LEA %1 could not be read: %2").arg(m_lea.id, result.userMessage());
        return false;
    }
    m_client = std::make_unique<HttpClient>(qMax(1, m_config.general.simultaneousConnections));
    m_tokens = std::make_unique<TokenProvider>(m_client.get(), QUrl(m_config.communication.authUrl.trimmed()),
                                               m_lea.authKey.trimmed(), secret);
    m_session = std::make_unique<ApiSession>(m_client.get(), m_tokens.get());
    return true;
}

} // namespace dexdesk
