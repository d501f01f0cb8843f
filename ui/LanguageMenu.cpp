#include "LanguageMenu.h"

#include "Translations.h"

#include <QActionGroup>
#include <QLocale>

namespace dexdesk {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("&Language"), parent)
{
    setObjectName(QStringLiteral("languageMenu"));
    setToolTipsVisible(true);
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    addLanguage(QString(), tr("System Default (%1)").arg(Translations::nativeName(systemLanguage())),
                QStringLiteral("languageSystemAction"));
    addSeparator();
    addLanguage(QStringLiteral("en"), Translations::nativeName(QStringLiteral("en")),
                QStringLiteral("languageEnAction"));
    for (const QString &code : Translations::available())
        addLanguage(code, Translations::nativeName(code),
                    QStringLiteral("language%1%2Action").arg(code.left(1).toUpper(), code.mid(1)));
}

QString LanguageMenu::systemLanguage()
{
    // What "System Default" shows: the system's language where we have it, else English.
    const QString code = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return Translations::available().contains(code) ? code : QStringLiteral("en");
}

void LanguageMenu::addLanguage(const QString &code, const QString &text, const QString &objectName)
{
    QAction *action = addAction(text);
    action->setObjectName(objectName);
    action->setCheckable(true);
    action->setData(code);
    action->setToolTip(tr("Used from the next start of DEX Desk; dates and numbers follow it too."));
    action->setChecked(code == Translations::chosenLanguage());
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, code] { choose(code); });
}

void LanguageMenu::choose(const QString &code)
{
    if (code == Translations::chosenLanguage())
        return;
    Translations::setChosenLanguage(code);
    Q_EMIT languageChosen(code, Translations::nativeName(code.isEmpty() ? systemLanguage() : code));
}

} // namespace dexdesk
