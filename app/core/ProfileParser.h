#pragma once

// Reads one profile file and checks it thoroughly; every problem is reported with the file,
// the line and what is wrong, so a malformed state-provided file can be fixed.

#include "Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace dexdesk {

struct ProfileError {
    QString file;
    int line = 0;
    QString message;

    QString toString() const; // "file:line: message"
};

class ProfileParser
{
    Q_DECLARE_TR_FUNCTIONS(ProfileParser)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileSize = 1024 * 1024;

    // Parses `data`; `fileName` is used only in error messages and Profile::sourceFile.
    static bool parse(const QByteArray &data, const QString &fileName, Profile *out, ProfileError *error);
    static bool parseFile(const QString &path, Profile *out, ProfileError *error);
};

} // namespace dexdesk
