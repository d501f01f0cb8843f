#pragma once

#include "SimConfig.h"

#include <QStringList>

// dexdesk-sim's command line: defaults, then --config FILE, then the other flags on top.
// Any bad flag or value yields a message for stderr (exit code 2).
class SimCommandLine
{
public:
    enum class Outcome { Run, Help, Version, Error };

    Outcome parse(const QStringList &arguments);
    const SimConfig &config() const { return m_config; }
    QString message() const { return m_message; } // help text or the error
    static QString helpText();

private:
    SimConfig m_config;
    QString m_message;
};
