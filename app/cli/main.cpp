// dexdesk-cli: the DEX Desk core without windows (SPEC §11). Shares the GUI's application data
// folder, database and keychain entries, so it must use the same application name.

#include "CliApp.h"
#include "Paths.h"
#include "Translations.h"

#include <QCoreApplication>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    dexdesk::Paths::setApplicationIdentity();
#ifdef Q_OS_WIN
    SetConsoleOutputCP(CP_UTF8);
#endif
    dexdesk::Translations::install(QString());
    return dexdesk::cli::CliApp::run(QCoreApplication::arguments().mid(1));
}
