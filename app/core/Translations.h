#pragma once

// Installs the translators for the chosen language (or the system's): our own strings from the
// .qm files compiled into the program, and Qt's own from the system; and makes the language's
// locale the default, so dates, times and numbers follow it. The language a user picks in the
// window is kept per user (QSettings, user scope), never in the shared database.

#include <QString>
#include <QStringList>

namespace dexdesk {

class Translations
{
public:
    static QStringList available(); // language codes with a translation ("es", "fr"), English implied
    // `language` empty: follow the system. Replaces translators installed by an earlier call.
    // Returns the language actually installed ("en" if none).
    static QString install(const QString &language);

    // The language chosen in the application ("" = follow the system), for this user.
    static QString chosenLanguage();
    static void setChosenLanguage(const QString &language);
    // The language's name in itself ("Español"), so a user can find it whatever is shown now.
    static QString nativeName(const QString &language);
};

} // namespace dexdesk
