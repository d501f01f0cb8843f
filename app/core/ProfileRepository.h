#pragma once

// The profiles available to this installation: the ones shipped inside the program and the
// ones the user imported (kept in the app data folder). A bad file is reported and skipped.

#include "Profile.h"
#include "ProfileParser.h"

#include <QList>
#include <QStringList>

namespace dexdesk {

class ProfileRepository
{
public:
    // Loads the shipped profiles, then every *.json in each of `extraDirs` (usually the user
    // profile folder from Paths). Later files with an id already loaded are reported.
    void load(const QStringList &extraDirs);
    void loadFromDirectories(const QStringList &dirs); // only these, nothing shipped

    const QList<Profile> &profiles() const { return m_profiles; }
    const QList<ProfileError> &errors() const { return m_errors; }
    const Profile *find(const QString &id) const;
    // The profile a stored choice resolves to: that id if present, otherwise the first profile.
    const Profile *resolve(const QString &id) const;

    // Checks a state-provided file and copies it into `targetDir`. Nothing is copied when the
    // file is malformed or its id collides with a shipped profile.
    bool importFile(const QString &path, const QString &targetDir, Profile *imported, QString *error);

    static QString builtinDirectory(); // ":/profiles"

private:
    void loadDirectory(const QString &dir);
    void sort();

    QList<Profile> m_profiles;
    QList<ProfileError> m_errors;
};

} // namespace dexdesk
