#pragma once

// Gathers what Test Connection needs from the editor — the values on screen for one profile and
// each enabled LEA's secret (the unsaved one typed in, otherwise the keychain's) — without
// blocking: the keychain answers asynchronously. Shared by the window and dexdesk-cli.

#include "ConnectionTest.h"

#include <QCoreApplication>

#include <functional>

namespace dexdesk {

class SecretStore;
class SettingsEditor;

class ConnectionTestInput
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTestInput)

public:
    using Done = std::function<void(const TestConnectionInput &input, const QString &error)>;

    // `leaFilter` empty: every enabled LEA. Otherwise only that LEA, enabled or not.
    static void gather(const SettingsEditor &editor, SecretStore &secrets, const QString &profileId,
                       const QString &leaFilter, QObject *context, Done done);
};

} // namespace dexdesk
