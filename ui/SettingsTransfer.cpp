#include "SettingsTransfer.h"

#include "ProfileRepository.h"
#include "Prompt.h"
#include "SettingsEditor.h"
#include "SettingsExchange.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QString>

Q_LOGGING_CATEGORY(lcTransfer, "dexdesk.ui.transfer")

namespace dexdesk {

namespace {

QString settingsFilter()
{
    return SettingsTransfer::tr("DEX Desk settings (*.json);;All files (*)");
}

QString bulletList(const QStringList &lines, int limit = 40)
{
    QStringList shown = lines.mid(0, limit);
    for (QString &line : shown)
        line.prepend(QStringLiteral("• "));
    if (lines.size() > limit)
        shown << SettingsTransfer::tr("… and %n more change(s).", nullptr, int(lines.size() - limit));
    return shown.join(QLatin1Char('\n'));
}

} // namespace

bool SettingsTransfer::exportSettings(QWidget *parent, const SettingsEditor &editor)
{
    const QString path
        = Prompt::getSaveFileName(parent, tr("Export Settings"),
                                  QDir::home().filePath(QStringLiteral("dexdesk-settings.json")), settingsFilter());
    if (path.isEmpty())
        return false;
    QString error;
    if (!SettingsExchange::writeFile(path, SettingsExchange::exportJson(editor.working(), editor.profiles()), &error)) {
        qCWarning(lcTransfer).noquote() << "export failed:" << error;
        Prompt::warning(parent, tr("Export Settings"), tr("The settings were not exported."), error);
        return false;
    }
    qCInfo(lcTransfer).noquote() << "settings exported to" << QDir::toNativeSeparators(path);
    Prompt::information(parent, tr("Export Settings"),
                        tr("The settings were exported to %1. LEA secrets are not included; enter them again after "
                           "an import.")
                            .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool SettingsTransfer::importSettings(QWidget *parent, SettingsEditor &editor)
{
    const QString path = Prompt::getOpenFileName(parent, tr("Import Settings"), QDir::homePath(), settingsFilter());
    if (path.isEmpty())
        return false;
    QByteArray data;
    QString error;
    Settings result;
    if (!SettingsExchange::readFile(path, &data, &error)
        || !SettingsExchange::importJson(data, editor.saved(), editor.profiles(), &result, &error)) {
        qCWarning(lcTransfer).noquote() << "import refused:" << error;
        Prompt::warning(parent, tr("Import Settings"),
                        tr("Nothing was imported: the file %1 cannot be used.").arg(QDir::toNativeSeparators(path)),
                        error);
        return false;
    }
    const QStringList lines = SettingsExchange::diff(editor.saved(), result, editor.profiles());
    if (lines.isEmpty() && !editor.isDirty()) {
        Prompt::information(parent, tr("Import Settings"),
                            tr("The file holds the same settings as the saved ones; there is nothing to change."));
        return false;
    }
    QString details = lines.isEmpty() ? tr("The file holds the same settings as the saved ones.")
                                      : tr("These saved settings will change:") + QLatin1Char('\n') + bulletList(lines);
    if (editor.isDirty())
        details += QStringLiteral("\n\n") + tr("Your unsaved changes on the form will be dropped.");
    const Prompt::Choice choice = Prompt::question(
        parent, tr("Import Settings"),
        tr("Apply the settings from %1 and save them?").arg(QDir::toNativeSeparators(path)),
        {Prompt::Choice::Apply, Prompt::Choice::Cancel}, Prompt::Choice::Apply, Prompt::Choice::Cancel, details);
    if (choice != Prompt::Choice::Apply)
        return false;
    qCInfo(lcTransfer).noquote() << "importing settings from" << QDir::toNativeSeparators(path);
    editor.setWorking(result);
    editor.save(); // the page reports the outcome
    return true;
}

bool SettingsTransfer::importProfile(QWidget *parent, ProfileRepository &profiles, const QString &targetDir)
{
    const QString path = Prompt::getOpenFileName(parent, tr("Import Profile"), QDir::homePath(),
                                                 tr("Data exchange profiles (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    Profile imported;
    QString error;
    if (!profiles.importFile(path, targetDir, &imported, &error)) {
        qCWarning(lcTransfer).noquote() << "profile import refused:" << error;
        Prompt::warning(parent, tr("Import Profile"), tr("The profile was not imported."), error);
        return false;
    }
    qCInfo(lcTransfer).noquote() << "profile imported:" << imported.id;
    Prompt::information(
        parent, tr("Import Profile"),
        tr("The profile \"%1\" was imported. Choose it under Data Exchange Profile to use it.").arg(imported.name));
    return true;
}

} // namespace dexdesk
