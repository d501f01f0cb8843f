#pragma once

// The "host name resolves" step, behind a seam: the real resolver asks the system; tests give
// one that fails, so no test ever sends a DNS query off the machine.

#include <QObject>
#include <QString>

#include <functional>

namespace dexdesk {

class HostResolver
{
public:
    using Done = std::function<void(bool ok, const QString &detail)>; // detail: addresses or the error
    virtual ~HostResolver() = default;
    virtual void resolve(const QString &host, QObject *context, Done done) = 0;
};

class SystemHostResolver : public HostResolver
{
public:
    void resolve(const QString &host, QObject *context, Done done) override;
};

} // namespace dexdesk
