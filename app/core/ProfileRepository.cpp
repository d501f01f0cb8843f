#include "ProfileRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace dexdesk {

QString ProfileRepository::builtinDirectory()
{
    return QStringLiteral(":/profiles");
}

void ProfileRepository::load(const QStringList &extraDirs)
{
    loadFromDirectories(QStringList {builtinDirectory()} + extraDirs);
}

void ProfileRepository::loadFromDirectories(const QStringList &dirs)
{
    m_profiles.clear();
    m_errors.clear();
    for (const QString &dir : dirs)
        loadDirectory(dir);
    sort();
}

void ProfileRepository::loadDirectory(const QString &dir)
{
    const QDir d(dir);
    if (!d.exists())
        return;
    const QStringList files = d.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : files) {
        Profile p;
        ProfileError error;
        if (!ProfileParser::parseFile(d.filePath(name), &p, &error)) {
            m_errors.append(error);
            continue;
        }
        if (const Profile *existing = find(p.id)) {
            m_errors.append({p.sourceFile, 1,
                             QCoreApplication::translate("ProfileRepository",
                                                         "profile id \"%1\" is already used by %2; this file was "
                                                         "skipped")
                                 .arg(p.id, existing->sourceFile)});
            continue;
        }
        m_profiles.append(p);
    }
}

void ProfileRepository::sort()
{
    std::stable_sort(m_profiles.begin(), m_profiles.end(), [](const Profile &a, const Profile &b) {
        if (a.order != b.order)
            return a.order < b.order;
        return a.name.localeAwareCompare(b.name) < 0;
    });
}

const Profile *ProfileRepository::find(const QString &id) const
{
    for (const Profile &p : m_profiles) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Profile *ProfileRepository::resolve(const QString &id) const
{
    if (const Profile *p = find(id))
        return p;
    return m_profiles.isEmpty() ? nullptr : &m_profiles.first();
}

bool ProfileRepository::importFile(const QString &path, const QString &targetDir, Profile *imported, QString *error)
{
    Profile p;
    ProfileError parseError;
    if (!ProfileParser::parseFile(path, &p, &parseError)) {
        *error = parseError.toString();
        return false;
    }
    if (const Profile *existing = find(p.id); existing && existing->sourceFile.startsWith(QLatin1Char(':'))) {
        *error = QCoreApplication::translate("ProfileRepository",
                                             "The profile id \"%1\" belongs to a profile shipped with DEX Desk. "
                                             "Give the imported profile another id.")
                     .arg(p.id);
        return false;
    }
    if (!QDir().mkpath(targetDir)) {
        *error = QCoreApplication::translate("ProfileRepository", "Cannot create the folder %1.")
                     .arg(QDir::toNativeSeparators(targetDir));
        return false;
    }
    const QString target = QDir(targetDir).filePath(p.id + QStringLiteral(".json"));
    const QString temp = target + QStringLiteral(".part");
    QFile::remove(temp);
    if (!QFile::copy(path, temp) || (QFile::exists(target) && !QFile::remove(target)) || !QFile::rename(temp, target)) {
        QFile::remove(temp);
        *error = QCoreApplication::translate("ProfileRepository", "Cannot write %1.")
                     .arg(QDir::toNativeSeparators(target));
        return false;
    }
    p.sourceFile = QDir::toNativeSeparators(target);
    m_profiles.removeIf([&](const Profile &x) { return x.id == p.id; });
    m_profiles.append(p);
    sort();
    *imported = p;
    return true;
}

} // namespace dexdesk
