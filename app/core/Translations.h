#pragma once

// Installs the translators for the chosen language (or the system's): our own strings from the
// .qm files compiled into the program, and Qt's own from the system.

#include <QString>
#include <QStringList>

namespace dexdesk {

class Translations
{
public:
    static QStringList available(); // language codes with a translation ("es", "fr"), English implied
    // `language` empty: follow the system. Returns the language actually installed ("en" if none).
    static QString install(const QString &language);
};

} // namespace dexdesk
