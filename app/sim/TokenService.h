#pragma once

#include "SimConfig.h"
#include "SimHttp.h"

#include <QDeadlineTimer>
#include <QHash>

class SimCounters;

// The OAuth client-credentials endpoint and the bearer tokens it hands out: accepts Basic,
// form and JSON credentials, answers in the configured variant, and checks tokens on data calls.
class TokenService
{
public:
    explicit TokenService(const QList<SimClient> &clients);

    SimResponse issue(const SimRequest &request, const SimFaults &faults, SimCounters *counters);
    // The client owning a valid bearer token, or nullptr with the 401 to send in *denied.
    const SimClient *authenticate(const SimRequest &request, const SimFaults &faults, SimResponse *denied);

private:
    struct Token {
        int client = -1;
        QDeadlineTimer expiry;
    };
    static SimResponse oauthError(int status, const QString &error, const QString &description);

    QList<SimClient> m_clients;
    QHash<QByteArray, Token> m_tokens;
};
