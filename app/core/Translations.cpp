#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

#include <memory>

namespace dexdesk {

namespace {

QString languageKey()
{
    return QStringLiteral("ui/language");
}

// Named explicitly: the application has no organisation name, which QSettings() would need.
std::unique_ptr<QSettings> userSettings()
{
    return std::make_unique<QSettings>(QSettings::UserScope, QStringLiteral("dexdesk"), QStringLiteral("dexdesk"));
}

QPointer<QTranslator> &installed(int which)
{
    static QPointer<QTranslator> translators[2];
    return translators[which];
}

void replaceTranslator(int which, QTranslator *translator)
{
    if (QTranslator *old = installed(which)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    installed(which) = translator;
    if (translator)
        QCoreApplication::installTranslator(translator);
}

} // namespace

QStringList Translations::available()
{
    QStringList codes;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("dexdesk_*.qm")});
    for (const QString &f : files)
        codes << f.mid(8, f.size() - 11);
    return codes;
}

QString Translations::install(const QString &language)
{
    const QLocale system = QLocale::system();
    // The system's locale when it speaks the chosen language (it knows the country); else the language's own.
    const QLocale locale
        = language.isEmpty() || QLocale(language).language() == system.language() ? system : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("dexdesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        replaceTranslator(0, nullptr);
        replaceTranslator(1, nullptr);
        return QStringLiteral("en");
    }
    replaceTranslator(0, own);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        replaceTranslator(1, qt);
    else {
        delete qt;
        replaceTranslator(1, nullptr);
    }
    return QFileInfo(own->filePath()).baseName().mid(8);
}

QString Translations::chosenLanguage()
{
    const QString code = userSettings()->value(languageKey()).toString();
    return code == QLatin1String("en") || available().contains(code) ? code : QString();
}

void Translations::setChosenLanguage(const QString &language)
{
    const std::unique_ptr<QSettings> settings = userSettings();
    if (language.isEmpty())
        settings->remove(languageKey());
    else
        settings->setValue(languageKey(), language);
    settings->sync();
}

QString Translations::nativeName(const QString &language)
{
    // Spelled out for ours: Qt names "en" after a country ("American English").
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    if (language == QLatin1String("es"))
        return QStringLiteral("Español");
    if (language == QLatin1String("fr"))
        return QStringLiteral("Français");
    QString name = QLocale(language).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper(); // "español" → "Español", as a menu item
    return name;
}

} // namespace dexdesk
