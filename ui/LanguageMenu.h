#pragma once

// Help ▸ Language: System default, English, Español, Français, each named in its own language.
// The choice is stored per user (Translations::setChosenLanguage) and takes effect at the next
// start; see docs/desktop.md for why it is not applied to the open window.

#include <QMenu>

class QActionGroup;

namespace dexdesk {

class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    // A different language was chosen and stored ("" = the system's); `displayName` is its own name.
    void languageChosen(const QString &language, const QString &displayName);

private:
    void addLanguage(const QString &code, const QString &text, const QString &objectName);
    void choose(const QString &code);
    static QString systemLanguage();

    QActionGroup *m_group = nullptr;
};

} // namespace dexdesk
