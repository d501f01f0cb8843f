#include "CliContext.h"

#include "Console.h"
#include "Database.h"
#include "FileSecretStore.h"
#include "KeychainSecretStore.h"
#include "Paths.h"
#include "SettingsEditor.h"

#include <QEventLoop>
#include <QLoggingCategory>

namespace dexdesk::cli {

namespace {
bool g_verbose = false;
SecretSource g_secretSource;
} // namespace

CliContext::CliContext() = default;

void CliContext::setVerbose(bool verbose)
{
    g_verbose = verbose;
}

void CliContext::setSecretSource(const SecretSource &source)
{
    g_secretSource = source;
}

SecretSource CliContext::secretSource()
{
    return g_secretSource;
}

CliContext::~CliContext()
{
    m_services.reset(); // before the keychain store it uses
}

bool CliContext::open(QString *error, Needs needs)
{
    m_profiles.load({Paths::userProfileDirectory()});
    if (m_profiles.profiles().isEmpty()) {
        *error = tr("No data exchange profile could be loaded, so there are no settings to work with. Check the "
                    "warnings above and reinstall DEX Desk if the shipped profiles are missing.");
        return false;
    }
    if (g_secretSource.isKeychain()) {
        m_secrets = std::make_unique<KeychainSecretStore>();
    } else {
        auto files = std::make_unique<FileSecretStore>(g_secretSource);
        if (!files->check(error))
            return false;
        m_secrets = std::move(files);
    }
    AppServices::Options options;
    options.databasePath = Paths::databaseFile();
    options.logDirectory = Paths::logDirectory();
    options.installLogging = needs.logging;
    options.schedulePurges = needs.purges;
    options.echoLogToStderr = g_verbose;
    if (needs.logging) {
        // CliApp keeps the core's messages off the terminal; a command that logs writes them to the
        // log table and files like the window does, at the saved levels, so they are let through.
        QLoggingCategory::setFilterRules(QString());
    }
    m_services = std::make_unique<AppServices>(&m_profiles, m_secrets.get(), options);
    return m_services->open(error);
}

SettingsEditor &CliContext::editor() const
{
    return m_services->editor();
}

Database &CliContext::database()
{
    return m_services->database();
}

QString CliContext::databasePath() const
{
    return m_services ? m_services->databasePath() : Paths::databaseFile();
}

const Profile *CliContext::profile(const QString &id, QString *error) const
{
    if (id.isEmpty()) {
        if (const Profile *p = editor().selectedProfile())
            return p;
    } else if (const Profile *p = m_profiles.find(id)) {
        return p;
    }
    QStringList ids;
    for (const Profile &p : m_profiles.profiles())
        ids << p.id;
    *error = tr("There is no profile \"%1\". Installed profiles: %2.").arg(id, ids.join(QStringLiteral(", ")));
    return nullptr;
}

void CliContext::warnAboutProfileErrors() const
{
    for (const ProfileError &e : m_profiles.errors())
        Console::warn(tr("a profile file was skipped: %1").arg(e.toString()));
}

bool CliContext::save(QString *message)
{
    return waitForEditor(false, message);
}

bool CliContext::restoreDefaults(QString *message)
{
    return waitForEditor(true, message);
}

bool CliContext::waitForEditor(bool restoring, QString *message)
{
    if (editor().isBusy()) {
        *message = tr("The settings are already being saved.");
        return false;
    }
    if (restoring && !editor().selectedProfile()) {
        *message = tr("There is no profile to restore.");
        return false;
    }
    QEventLoop loop;
    bool finished = false;
    bool ok = false;
    // The editor may answer before save() returns (nothing to write to the keychain, or a refusal).
    auto onFinished = [&](bool success, const QString &text) {
        finished = true;
        ok = success;
        *message = text;
        loop.quit();
    };
    const QMetaObject::Connection connection = restoring
        ? QObject::connect(&editor(), &SettingsEditor::restoreFinished, &loop, onFinished)
        : QObject::connect(&editor(), &SettingsEditor::saveFinished, &loop, onFinished);
    if (restoring)
        editor().restoreDefaults();
    else
        editor().save();
    // Every keychain job has its own deadline (KeychainSecretStore) and a file store answers at once,
    // so this loop always ends.
    if (!finished)
        loop.exec();
    QObject::disconnect(connection);
    return ok;
}

} // namespace dexdesk::cli
