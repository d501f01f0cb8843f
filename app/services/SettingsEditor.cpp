#include "SettingsEditor.h"

#include "AuditTrail.h"
#include "LogCategories.h"
#include "Profile.h"
#include "ProfileRepository.h"
#include "SecretBatch.h"
#include "SecretStore.h"
#include "SettingsStore.h"

#include <QCoreApplication>

namespace dexdesk {

SettingsEditor::SettingsEditor(const ProfileRepository *profiles, SettingsStore *store, SecretStore *secrets,
                               QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_store(store)
    , m_secrets(secrets)
{ }

bool SettingsEditor::load(QString *error)
{
    Settings loaded;
    if (!m_store->load(&loaded, error))
        return false;
    // A stored choice of a profile that is gone falls back to the first profile.
    if (const Profile *p = m_profiles->resolve(loaded.general.profileId))
        loaded.general.profileId = p->id;
    const bool wasDirty = isDirty();
    m_saved = loaded;
    m_working = loaded;
    m_pendingSecrets.clear();
    m_importing = false;
    notify(wasDirty);
    return true;
}

bool SettingsEditor::captureWanted(const Settings &settings) const
{
    const Profile *p = m_profiles->resolve(settings.general.profileId);
    return settings.general.systemEnabled && p && p->in(settings).services.testFlag(Service::DataChanges);
}

const Profile *SettingsEditor::selectedProfile() const
{
    return m_profiles->resolve(m_working.general.profileId);
}

CommunicationSettings SettingsEditor::communicationIn(const Settings &settings, const QString &profileId) const
{
    if (const Profile *p = m_profiles->find(profileId))
        return p->in(settings);
    return settings.profiles.value(profileId); // stored for a profile no longer installed
}

CommunicationSettings SettingsEditor::communication(const QString &profileId) const
{
    return communicationIn(m_working, profileId);
}

CommunicationSettings SettingsEditor::savedCommunication(const QString &profileId) const
{
    return communicationIn(m_saved, profileId);
}

void SettingsEditor::setGeneral(const GeneralSettings &general)
{
    if (general == m_working.general)
        return;
    const bool wasDirty = isDirty();
    m_working.general = general;
    notify(wasDirty);
}

void SettingsEditor::setCommunication(const QString &profileId, const CommunicationSettings &comm)
{
    const bool wasDirty = isDirty();
    const Profile *p = m_profiles->find(profileId);
    // An untouched profile follows its defaults; do not pin it just because a form showed them.
    if (!m_saved.profiles.contains(profileId) && p && comm == p->defaults())
        m_working.profiles.remove(profileId);
    else
        m_working.profiles.insert(profileId, comm);
    for (auto it = m_pendingSecrets.begin(); it != m_pendingSecrets.end();) {
        if (it.key().first == profileId && !comm.findLea(it.key().second))
            it = m_pendingSecrets.erase(it);
        else
            ++it;
    }
    notify(wasDirty);
}

void SettingsEditor::setLeaSecret(const QString &profileId, const QString &leaId, const QString &secret)
{
    if (secret.isEmpty() || !communication(profileId).findLea(leaId))
        return; // a secret belongs to a listed LEA; anything else would leave a stray keychain entry
    const bool wasDirty = isDirty();
    m_pendingSecrets.insert({profileId, leaId}, secret);
    notify(wasDirty);
}

QString SettingsEditor::pendingSecret(const QString &profileId, const QString &leaId) const
{
    return m_pendingSecrets.value({profileId, leaId});
}

bool SettingsEditor::hasPendingSecret(const QString &profileId, const QString &leaId) const
{
    return m_pendingSecrets.contains({profileId, leaId});
}

void SettingsEditor::setWorking(const Settings &settings)
{
    const bool wasDirty = isDirty();
    m_working = settings;
    m_importing = true;
    // As in setCommunication: a profile never saved that still equals its defaults stays unpinned,
    // so importing an export of untouched settings changes nothing.
    for (const Profile &p : m_profiles->profiles()) {
        if (!m_saved.profiles.contains(p.id) && m_working.profiles.value(p.id) == p.defaults())
            m_working.profiles.remove(p.id);
    }
    for (auto it = m_pendingSecrets.begin(); it != m_pendingSecrets.end();) {
        if (!communication(it.key().first).findLea(it.key().second))
            it = m_pendingSecrets.erase(it);
        else
            ++it;
    }
    notify(wasDirty);
}

bool SettingsEditor::isDirty() const
{
    return !(m_working == m_saved) || !m_pendingSecrets.isEmpty();
}

QList<ValidationIssue> SettingsEditor::validate() const
{
    return SettingsValidator::validate(m_working, *m_profiles);
}

void SettingsEditor::save()
{
    if (m_busy) {
        // Always answer, so a caller waiting for saveFinished never hangs.
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT saveFinished(false, tr("A save is already in progress.")); }, Qt::QueuedConnection);
        return;
    }
    const QList<ValidationIssue> issues = validate();
    if (SettingsValidator::hasErrors(issues)) {
        Q_EMIT saveFinished(
            false,
            tr("Nothing was saved. Correct these fields first: %1.").arg(SettingsValidator::errorFieldNames(issues)));
        return;
    }
    commit(m_working, m_pendingSecrets, false);
}

void SettingsEditor::discard()
{
    const bool wasDirty = isDirty();
    m_working = m_saved;
    m_pendingSecrets.clear();
    m_importing = false;
    notify(wasDirty);
}

void SettingsEditor::restoreDefaults()
{
    const Profile *profile = selectedProfile();
    if (m_busy || !profile) {
        const QString why = m_busy ? tr("A save is already in progress.")
                                   : tr("No data exchange profile is installed, so there are no defaults to restore.");
        QMetaObject::invokeMethod(
            this, [this, why] { Q_EMIT restoreFinished(false, why); }, Qt::QueuedConnection);
        return;
    }
    Settings target = m_saved;
    target.general.systemEnabled = false;
    target.general.profileId = profile->id;
    target.profiles.remove(profile->id);
    commit(target, {}, true);
}

QStringList SettingsEditor::leaIds(const Settings &settings, const QString &profileId) const
{
    QStringList ids;
    for (const Lea &lea : communicationIn(settings, profileId).leas)
        ids << lea.id;
    return ids;
}

// Writes `target` and `secrets`: keychain first (it is the part most likely to fail, and it can be
// put back), then the database in one transaction; if the database fails the keychain is restored.
void SettingsEditor::commit(const Settings &target, const QHash<SecretKey, QString> &secrets, bool restoring)
{
    QList<SecretChange> changes;
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        changes.append({SecretStore::leaAccount(it.key().first, it.key().second), it.value()});
    QStringList profileIds = m_saved.profiles.keys() + target.profiles.keys();
    if (restoring)
        profileIds << target.general.profileId;
    profileIds.removeDuplicates();
    for (const QString &profileId : std::as_const(profileIds)) {
        const QStringList before = leaIds(m_saved, profileId);
        const QStringList after = leaIds(target, profileId);
        // Restoring defaults clears every secret of the profile, even of LEAs the defaults keep.
        const bool resetting = restoring && profileId == target.general.profileId;
        for (const QString &leaId : before + (resetting ? after : QStringList())) {
            const QString account = SecretStore::leaAccount(profileId, leaId);
            const bool listed = std::any_of(changes.cbegin(), changes.cend(),
                                            [&](const SecretChange &c) { return c.account == account; });
            if ((resetting || !after.contains(leaId)) && !listed)
                changes.append({account, std::nullopt});
        }
    }

    if (!m_secrets && !changes.isEmpty()) {
        finish(false, SecretResult {SecretResult::Code::NoBackend, {}}.userMessage(), restoring, target);
        return;
    }
    setBusy(true);
    auto *batch = new SecretBatch(m_secrets, changes, this);
    const QString storage = m_secrets ? m_secrets->storageName() : QString(); // "the keychain", …
    connect(batch, &SecretBatch::applied, this, [=, this](const SecretResult &result) {
        if (!result.ok()) {
            batch->deleteLater();
            const SecretResult restore = batch->restoreError();
            if (restore.ok()) {
                finish(false,
                       tr("Nothing was saved: the LEA secrets could not be stored in %1. %2")
                           .arg(storage, result.userMessage()),
                       restoring, target);
                return;
            }
            // The keychain failed again while the batch put back what it had already written, so some
            // secrets did change: say so rather than "nothing was saved".
            finish(false,
                   tr("The settings were not saved: the LEA secrets could not be stored in %1. %2")
                           .arg(storage, result.userMessage())
                       + QLatin1Char(' ')
                       + tr("Putting the previous secrets back in %1 also failed: %2 Enter the LEA "
                            "secrets again and save.")
                             .arg(storage, restore.userMessage()),
                   restoring, target);
            return;
        }
        // The audit rows go into the settings' own transaction. A restore clears every secret of
        // the profile; a save changes the ones entered.
        QList<AuditTrail::LeaRef> secretRefs;
        for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
            secretRefs.append(it.key());
        if (restoring) {
            for (const QString &leaId : leaIds(m_saved, target.general.profileId))
                secretRefs.append({target.general.profileId, leaId});
        }
        std::sort(secretRefs.begin(), secretRefs.end());
        const QString action = restoring ? QStringLiteral("restore-defaults")
            : m_importing                ? QStringLiteral("import")
                                         : QStringLiteral("save");
        const QList<AuditEntry> audit = AuditTrail::diff(m_saved, target, *m_profiles, secretRefs, action);
        QString dbError;
        if (m_store->save(target, &dbError, audit, captureWanted(target), !changes.isEmpty())) {
            batch->deleteLater();
            finish(true, {}, restoring, target);
            return;
        }
        connect(batch, &SecretBatch::rolledBack, this, [=, this](const SecretResult &rollback) {
            batch->deleteLater();
            QString message = dbError;
            if (!rollback.ok())
                message += QLatin1Char(' ')
                    + tr("Putting the previous secrets back in %1 also failed: %2 Enter the LEA "
                         "secrets again and save.")
                          .arg(storage, rollback.userMessage());
            finish(false, message, restoring, target);
        });
        batch->rollback();
    });
    batch->apply();
}

void SettingsEditor::finish(bool ok, const QString &message, bool restoring, const Settings &target)
{
    const bool wasDirty = isDirty();
    if (ok) {
        m_saved = target;
        if (restoring)
            m_working = target;
        m_pendingSecrets.clear();
        if (!restoring)
            m_importing = false;
        qCInfo(lcSettings) << (restoring ? "defaults restored for profile" : "settings saved; profile")
                           << target.general.profileId;
    } else {
        qCWarning(lcSettings).noquote() << (restoring ? "restore defaults failed:" : "save failed:") << message;
    }
    setBusy(false);
    notify(wasDirty);
    if (restoring)
        Q_EMIT restoreFinished(ok, message);
    else
        Q_EMIT saveFinished(ok, message);
}

void SettingsEditor::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void SettingsEditor::notify(bool wasDirty)
{
    Q_EMIT changed();
    if (wasDirty != isDirty())
        Q_EMIT dirtyChanged(isDirty());
}

} // namespace dexdesk
