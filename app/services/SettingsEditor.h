#pragma once

// The settings being edited: the saved copy, the working copy with the user's pending edits, and
// pending LEA secrets. Save and Restore Defaults write the database and the keychain as one unit.
// The form and the CLI both drive it; it knows nothing about widgets.

#include "Settings.h"
#include "SettingsValidator.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace dexdesk {

struct Profile;
class ProfileRepository;
class SecretStore;
class SettingsStore;

class SettingsEditor : public QObject
{
    Q_OBJECT
public:
    SettingsEditor(const ProfileRepository *profiles, SettingsStore *store, SecretStore *secrets,
                   QObject *parent = nullptr);

    bool load(QString *error);

    const ProfileRepository &profiles() const { return *m_profiles; }
    const Settings &saved() const { return m_saved; }
    const Settings &working() const { return m_working; }
    const Profile *selectedProfile() const;
    // Change capture runs while the system is On and the selected profile has Data Changes.
    bool captureWanted(const Settings &settings) const;

    // The communication settings of a profile: stored or edited ones, otherwise its defaults.
    CommunicationSettings communication(const QString &profileId) const;
    CommunicationSettings savedCommunication(const QString &profileId) const;

    void setGeneral(const GeneralSettings &general);
    void setCommunication(const QString &profileId, const CommunicationSettings &comm);
    // A new secret for a listed LEA, written to the keychain on Save. An empty secret, or one for an
    // LEA that is not in the profile's list, is ignored.
    void setLeaSecret(const QString &profileId, const QString &leaId, const QString &secret);
    bool hasPendingSecret(const QString &profileId, const QString &leaId) const;
    // The unsaved secret typed for an LEA (for Test Connection with the values on screen).
    QString pendingSecret(const QString &profileId, const QString &leaId) const;
    // Replaces the working copy, as an import does; pending secrets of removed LEAs are dropped.
    void setWorking(const Settings &settings);

    bool isDirty() const;
    bool isBusy() const { return m_busy; }
    QList<ValidationIssue> validate() const;

    // Asynchronous; emits saveFinished. Refuses (with the field names) when validation fails.
    void save();
    void discard();
    // System Off and the selected profile's communication settings, LEAs and secrets back to the
    // profile's defaults; unsaved edits are dropped. Asynchronous; emits restoreFinished.
    void restoreDefaults();

Q_SIGNALS:
    void changed();
    void dirtyChanged(bool dirty);
    void busyChanged(bool busy);
    void saveFinished(bool ok, const QString &message);
    void restoreFinished(bool ok, const QString &message);

private:
    using SecretKey = QPair<QString, QString>; // profile id, LEA id

    void commit(const Settings &target, const QHash<SecretKey, QString> &secrets, bool restoring);
    void finish(bool ok, const QString &message, bool restoring, const Settings &target);
    void setBusy(bool busy);
    void notify(bool wasDirty);
    QStringList leaIds(const Settings &settings, const QString &profileId) const;
    CommunicationSettings communicationIn(const Settings &settings, const QString &profileId) const;

    const ProfileRepository *m_profiles;
    SettingsStore *m_store;
    QPointer<SecretStore> m_secrets;
    Settings m_saved;
    Settings m_working;
    QHash<SecretKey, QString> m_pendingSecrets;
    bool m_busy = false;
    bool m_importing = false; // the working copy came from setWorking(); the audit trail says "import"
};

} // namespace dexdesk
