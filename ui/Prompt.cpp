#include "Prompt.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QPushButton>

namespace dexdesk {

namespace {

constexpr int kAboutIconSize = 64;

Prompt::Handler &handler()
{
    static Prompt::Handler h;
    return h;
}

QMessageBox::ButtonRole roleOf(Prompt::Choice choice)
{
    using C = Prompt::Choice;
    switch (choice) {
    case C::Ok:
    case C::Save:
    case C::Apply:
    case C::RestoreDefaults:
    case C::KeepRunning:
        return QMessageBox::AcceptRole;
    case C::Cancel:
        return QMessageBox::RejectRole;
    case C::Discard:
    case C::Remove:
    case C::Quit:
        return QMessageBox::DestructiveRole;
    case C::ExportFirst:
        return QMessageBox::ActionRole;
    }
    return QMessageBox::ActionRole;
}

} // namespace

void Prompt::setHandler(Handler h)
{
    handler() = std::move(h);
}

QString Prompt::choiceText(Choice choice)
{
    switch (choice) {
    case Choice::Ok:
        return tr("OK");
    case Choice::Cancel:
        return tr("Cancel");
    case Choice::Save:
        return tr("&Save");
    case Choice::Discard:
        return tr("&Discard");
    case Choice::Apply:
        return tr("&Apply");
    case Choice::Remove:
        return tr("&Remove");
    case Choice::ExportFirst:
        return tr("&Export First…");
    case Choice::RestoreDefaults:
        return tr("&Restore Defaults");
    case Choice::KeepRunning:
        return tr("&Keep Running in the Tray");
    case Choice::Quit:
        return tr("&Quit");
    }
    return {};
}

Prompt::Choice Prompt::question(QWidget *parent, const QString &title, const QString &text,
                                const QList<Choice> &choices, Choice defaultChoice, Choice cancelChoice,
                                const QString &details)
{
    if (handler())
        return handler()({Kind::Question, title, text, details, choices, {}, {}}).choice;

    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("promptQuestionBox"));
    box.setInformativeText(details);
    QList<QPair<QAbstractButton *, Choice>> buttons;
    for (Choice c : choices) {
        QPushButton *b = box.addButton(choiceText(c), roleOf(c));
        buttons.append({b, c});
        if (c == defaultChoice)
            box.setDefaultButton(b);
        if (c == cancelChoice)
            box.setEscapeButton(b);
    }
    box.exec();
    for (const auto &[button, choice] : std::as_const(buttons)) {
        if (box.clickedButton() == button)
            return choice;
    }
    return cancelChoice;
}

void Prompt::message(Kind kind, QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    if (handler()) {
        handler()({kind, title, text, details, {Choice::Ok}, {}, {}});
        return;
    }
    const QMessageBox::Icon icon = kind == Kind::Critical ? QMessageBox::Critical
        : kind == Kind::Warning                           ? QMessageBox::Warning
                                                          : QMessageBox::Information;
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("promptMessageBox"));
    box.setInformativeText(details);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void Prompt::information(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    message(Kind::Information, parent, title, text, details);
}

void Prompt::warning(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    message(Kind::Warning, parent, title, text, details);
}

void Prompt::critical(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    message(Kind::Critical, parent, title, text, details);
}

void Prompt::about(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    if (handler()) {
        handler()({Kind::Information, title, text, details, {Choice::Ok}, {}, {}});
        return;
    }
    QMessageBox box(QMessageBox::NoIcon, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("promptAboutBox"));
    box.setInformativeText(details);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QIcon icon = QGuiApplication::windowIcon().isNull() ? applicationIcon() : QGuiApplication::windowIcon();
    box.setIconPixmap(icon.pixmap(QSize(kAboutIconSize, kAboutIconSize), box.devicePixelRatio()));
    box.exec();
}

QIcon Prompt::applicationIcon()
{
    QIcon compiled;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        compiled.addFile(QStringLiteral(":/icons/dexdesk-%1.png").arg(size), QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("dexdesk"), compiled);
}

QString Prompt::getOpenFileName(QWidget *parent, const QString &title, const QString &directory, const QString &filter)
{
    if (handler())
        return handler()({Kind::OpenFile, title, {}, {}, {}, filter, directory}).fileName;
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString Prompt::getSaveFileName(QWidget *parent, const QString &title, const QString &directory, const QString &filter)
{
    if (handler())
        return handler()({Kind::SaveFile, title, {}, {}, {}, filter, directory}).fileName;
    return QFileDialog::getSaveFileName(parent, title, directory, filter);
}

} // namespace dexdesk
