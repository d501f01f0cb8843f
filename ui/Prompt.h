#pragma once

// Every modal message box and file dialog of the UI goes through here, so that GUI tests can
// answer them without exec(): a test installs a handler and the real dialog is never shown.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QIcon;
class QWidget;

namespace dexdesk {

class Prompt
{
    Q_DECLARE_TR_FUNCTIONS(Prompt)

public:
    enum class Kind { Question, Information, Warning, Critical, OpenFile, SaveFile };
    enum class Choice { Ok, Cancel, Save, Discard, Apply, Remove, ExportFirst, RestoreDefaults, KeepRunning, Quit };

    struct Request {
        Kind kind = Kind::Information;
        QString title;
        QString text;
        QString details; // shown below the text (informative text)
        QList<Choice> choices; // questions only, in display order
        QString filter; // file dialogs only
        QString directory; // file dialogs only: start folder or suggested file
    };
    struct Answer {
        Choice choice = Choice::Cancel;
        QString fileName; // file dialogs: empty when cancelled
    };
    using Handler = std::function<Answer(const Request &)>;

    // Tests install a handler; an empty handler brings the real dialogs back.
    static void setHandler(Handler handler);

    // Returns the chosen button; Escape or closing the box returns `cancelChoice`.
    static Choice question(QWidget *parent, const QString &title, const QString &text, const QList<Choice> &choices,
                           Choice defaultChoice, Choice cancelChoice, const QString &details = {});
    static void information(QWidget *parent, const QString &title, const QString &text, const QString &details = {});
    static void warning(QWidget *parent, const QString &title, const QString &text, const QString &details = {});
    static void critical(QWidget *parent, const QString &title, const QString &text, const QString &details = {});
    // An information box that shows the application icon instead of the "i" (tests see Kind::Information).
    static void about(QWidget *parent, const QString &title, const QString &text, const QString &details = {});
    static QString getOpenFileName(QWidget *parent, const QString &title, const QString &directory,
                                   const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &title, const QString &directory,
                                   const QString &filter);

    static QString choiceText(Choice choice); // the button label, translated

    // The program's icon: the desktop theme's "dexdesk" (the package installs it into hicolor), else
    // the PNGs compiled into dexdesk_ui from resources/icons.
    static QIcon applicationIcon();

private:
    static void message(Kind kind, QWidget *parent, const QString &title, const QString &text, const QString &details);
};

} // namespace dexdesk
