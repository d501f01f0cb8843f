#pragma once

// What a one-off download or Unique ID run (`dexdesk-cli download`, `dexdesk-cli unique-id`)
// sends with, wired as the engine wires its own sessions: the saved settings as an EngineConfig
// (EngineConfig::fromSettings, as the engine), the database's engine lock held for the whole run
// (EngineController::takeLock, so nothing sends beside a running engine), and for the first
// enabled LEA with a key, its secret from the keychain and an HTTP client, token provider and API
// session limited to Simultaneous Connections.

#include "EngineConfig.h"

#include <QCoreApplication>

#include <memory>

class QLockFile;

namespace dexdesk {

class ApiSession;
class AppServices;
class HttpClient;
class TokenProvider;

class OneOffSession
{
    Q_DECLARE_TR_FUNCTIONS(OneOffSession)
public:
    explicit OneOffSession(AppServices &services);
    ~OneOffSession();
    OneOffSession(const OneOffSession &) = delete;
    OneOffSession &operator=(const OneOffSession &) = delete;

    // The saved settings of the selected profile. False with a message when no profile is installed.
    bool loadConfig(QString *error);
    const EngineConfig &config() const { return m_config; }

    // Takes the engine lock until this object goes. False with the holder ("process 12 on host").
    bool lock(QString *holder);

    // Reads the secret of the first enabled LEA with a key (waiting for the keychain) and builds
    // the session for it. False with a message that says what to do.
    bool connect(QString *error);
    const Lea &lea() const { return m_lea; }
    ApiSession *session() { return m_session.get(); }

private:
    AppServices &m_services;
    EngineConfig m_config;
    Lea m_lea;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<ApiSession> m_session;
};

} // namespace dexdesk
