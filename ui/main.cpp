// dexdesk: the DEX Desk desktop program. Opens the database, loads the profiles and shows the
// General Setup window; --screenshot renders it for the documentation.

#include "AppServices.h"
#include "DatabaseLocation.h"
#include "DemoSession.h"
#include "EngineSupervisor.h"
#include "GeneralSetupPage.h"
#include "KeychainSecretStore.h"
#include "LeaDialog.h"
#include "MainWindow.h"
#include "Palettes.h"
#include "Paths.h"
#include "ProfileRepository.h"
#include "Prompt.h"
#include "SettingsEditor.h"
#include "Translations.h"
#include "TrayController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>
#include <QPixmap>
#include <QProcess>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>

#include <cstdlib>
#include <QWindow>

#include <cstdio>
#include <memory>

using namespace dexdesk;

namespace {

constexpr int kExitNoDisplay = 3;
constexpr int kScreenshotDelayMs = 300;

// Constructing QApplication without a display aborts with a message meant for developers; say it
// plainly instead, with the ways out. The launcher script uses the exit code to fall back.
bool localX11DisplayMissing(const QString &display)
{
    // ":N" or ":N.S" names a local X server, which has a socket in /tmp/.X11-unix. A stale DISPLAY
    // (the server is gone) would otherwise make Qt abort with a message about platform plugins.
    if (!display.startsWith(QLatin1Char(':')))
        return false;
    const QString number = display.mid(1).section(QLatin1Char('.'), 0, 0);
    return !number.isEmpty() && !QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X") + number);
}

bool displayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return true;
    const QString display = qEnvironmentVariable("DISPLAY");
    return !display.isEmpty() && !localX11DisplayMissing(display);
#else
    return true;
#endif
}

// --help and --version need no window, so they work wherever the program can start.
bool onlyWantsInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "-?" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "DEX Desk: configure and run the real-time data exchange with the state education agency."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("database"),
                      QCoreApplication::translate(
                          "main",
                          "Use the database file PATH, or the PostgreSQL server postgresql://user@host:port/database "
                          "(password from ~/.pgpass or PGPASSFILE), instead of the default one."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("main", "Show the program in language CODE (en, es, fr)."),
                      QStringLiteral("CODE")});
    parser.addOption(
        {QStringLiteral("palette"),
         QCoreApplication::translate(
             "main", "Draw the window with the NAME palette (dark, high-contrast) instead of the desktop's."),
         QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("screenshot-tray-menu"),
                      QCoreApplication::translate("main", "Render the tray icon's menu into FILE (PNG) and exit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("screenshot"),
                      QCoreApplication::translate("main", "Render the main window into FILE (PNG) and exit."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("screenshot-lea"),
         QCoreApplication::translate("main", "Render the LEA dialog of the selected profile into FILE and exit."),
         QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("screenshot-open-database"),
                      QCoreApplication::translate("main", "Render the Open Database dialog into FILE and exit."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("screenshot-section"),
                      QCoreApplication::translate(
                          "main", "With --screenshot: show SECTION (general, monitor, errors, logs, audit) first."),
                      QStringLiteral("SECTION")});
    parser.addOption({QStringLiteral("screenshot-profile"),
                      QCoreApplication::translate("main", "With --screenshot: select and save profile ID first."),
                      QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("screenshot-delay"),
         QCoreApplication::translate("main", "With --screenshot: wait MS milliseconds first (default 300)."),
         QStringLiteral("MS")});
    parser.addOption({QStringLiteral("screenshot-start"),
                      QCoreApplication::translate(
                          "main", "With --demo and --screenshot: turn the system On first, to show a run.")});
    parser.addOption(
        {QStringLiteral("demo"),
         QCoreApplication::translate("main",
                                     "Start a demo: a built-in agency simulator and generated sample records in a "
                                     "throwaway database; your own database and keychain are not touched.")});
    parser.addOption({QStringLiteral("demo-students"),
                      QCoreApplication::translate("main", "With --demo: generate N sample students (default 300)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("demo-error-shape"),
                      QCoreApplication::translate("main",
                                                  "With --demo: the simulator's error bodies: problem (default), "
                                                  "message, errorText, errorObject, errorList or empty."),
                      QStringLiteral("SHAPE")});
}

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stream);
    std::fflush(stream);
}

// Prints "startup-ms: N" when the window is first exposed, i.e. really on screen (SPEC P5).
class ExposeTimer : public QObject
{
public:
    explicit ExposeTimer(const QElapsedTimer *startup)
        : m_startup(startup)
    { }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Expose && !m_reported) {
            auto *window = qobject_cast<QWindow *>(watched);
            if (window && window->isExposed()) {
                m_reported = true;
                printLine(stderr, QStringLiteral("startup-ms: %1").arg(m_startup->elapsed()));
            }
        }
        return false;
    }

private:
    const QElapsedTimer *m_startup;
    bool m_reported = false;
};

// Like QCommandLineParser::process(), but a bad option is a usage error (exit 2), as in dexdesk-cli.
void parseArguments(QCommandLineParser &parser)
{
    if (!parser.parse(QCoreApplication::arguments())) {
        printLine(stderr, QStringLiteral("dexdesk: ") + parser.errorText());
        printLine(stderr, QCoreApplication::translate("main", "Run \"dexdesk --help\" for the options."));
        std::exit(2);
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startup;
    startup.start();
    Paths::setApplicationIdentity(); // the same data folder as dexdesk-cli

    if (!displayAvailable() || onlyWantsInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        addOptions(parser);
        parseArguments(parser); // exits for --help, --version and bad options
        printLine(stderr,
                  QCoreApplication::translate("main",
                                              "dexdesk: no display was found (DISPLAY and WAYLAND_DISPLAY are not set, "
                                              "or name a display that is not running), so the window cannot be "
                                              "shown.\n"
                                              "Run it inside a desktop session, or under a virtual display with "
                                              "\"xvfb-run -a dexdesk\", or use the terminal program instead, for "
                                              "example \"dexdesk-cli settings show\"."));
        return kExitNoDisplay;
    }

    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("DEX Desk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("dexdesk"));
    QApplication::setWindowIcon(Prompt::applicationIcon());
    QCommandLineParser parser;
    addOptions(parser);
    parseArguments(parser);
    if (parser.isSet(QStringLiteral("palette")) && !Palettes::apply(parser.value(QStringLiteral("palette")))) {
        printLine(stderr, QCoreApplication::translate("main", "dexdesk: --palette takes dark or high-contrast."));
        return 2;
    }
    // --lang wins over the language chosen in Help ▸ Language, which wins over the system's.
    Translations::install(parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                               : Translations::chosenLanguage());

    QString error;
    const bool demoMode = parser.isSet(QStringLiteral("demo"));
    ProfileRepository profiles;
    // The demo uses the shipped training profile only, never the user's imported ones.
    profiles.load(demoMode ? QStringList {} : QStringList {Paths::userProfileDirectory()});
    std::unique_ptr<DemoSession> demo;
    if (demoMode) {
        DemoSession::Options demoOptions;
        if (parser.isSet(QStringLiteral("demo-students"))) {
            bool ok = false;
            demoOptions.students = parser.value(QStringLiteral("demo-students")).toInt(&ok);
            if (!ok || demoOptions.students < 1 || demoOptions.students > 100000) {
                printLine(stderr, QCoreApplication::translate("main", "dexdesk: --demo-students takes 1 to 100000."));
                return 2;
            }
        }
        if (parser.isSet(QStringLiteral("demo-error-shape"))) {
            demoOptions.errorShape = parser.value(QStringLiteral("demo-error-shape"));
            if (!DemoSession::errorShapes().contains(demoOptions.errorShape)) {
                printLine(stderr,
                          QCoreApplication::translate("main", "dexdesk: --demo-error-shape takes one of: %1.")
                              .arg(DemoSession::errorShapes().join(QStringLiteral(", "))));
                return 2;
            }
        }
        demo = std::make_unique<DemoSession>(demoOptions);
        if (!demo->start(&profiles, &error)) {
            Prompt::critical(nullptr, QCoreApplication::translate("main", "DEX Desk Cannot Start"), error);
            return 1;
        }
        Paths::setDatabaseOverride(demo->databasePath());
    } else if (parser.isSet(QStringLiteral("database"))) {
        DatabaseLocation location;
        if (!DatabaseLocation::parse(parser.value(QStringLiteral("database")), &location, &error)) {
            printLine(stderr, QStringLiteral("dexdesk: ") + error);
            return 2;
        }
        Paths::setDatabaseOverride(location.toString());
    }

    std::unique_ptr<KeychainSecretStore> keychain;
    SecretStore *secrets = demo ? demo->secrets() : nullptr;
    if (!secrets) {
        keychain = std::make_unique<KeychainSecretStore>();
        secrets = keychain.get();
    }
    // The headless application, wired as for dexdesk-cli: messages go to the log table and files
    // (redacted, at the saved levels), not to the terminal, and the purger follows the saved
    // frequency and policy while the system is On (SPEC §7.4, §9).
    AppServices::Options options;
    options.databasePath = Paths::databaseFile();
    options.logDirectory = demo ? demo->logDirectory() : Paths::logDirectory();
    options.installLogging = true;
    options.schedulePurges = true;
    AppServices services(&profiles, secrets, options);
    if (!services.open(&error)) {
        Prompt::critical(nullptr, QCoreApplication::translate("main", "DEX Desk Cannot Start"), error);
        return 1;
    }
    SettingsEditor &editor = services.editor();

    MainWindow window(&profiles, &editor, secrets, Paths::userProfileDirectory());
    window.setDatabasePath(Paths::databaseFile());
    if (demo)
        demo->decorate(window);
    // The engine runs on its own thread while the saved settings say System On (SPEC §7).
    EngineSupervisor engine(Paths::databaseFile(), &editor, &profiles, secrets);
    window.setEngineSupervisor(&engine);
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    const QString leaScreenshot = parser.value(QStringLiteral("screenshot-lea"));
    const QString openDatabaseScreenshot = parser.value(QStringLiteral("screenshot-open-database"));
    const QString screenshotProfile = parser.value(QStringLiteral("screenshot-profile"));
    if (!screenshotProfile.isEmpty() && !profiles.find(screenshotProfile)) {
        printLine(stderr,
                  QCoreApplication::translate("main", "dexdesk: no profile has the id %1.").arg(screenshotProfile));
        return 2;
    }
    if (!screenshotProfile.isEmpty()) {
        GeneralSettings general = editor.working().general;
        general.profileId = screenshotProfile;
        editor.setGeneral(general);
        editor.save();
    }
    const QString trayScreenshot = parser.value(QStringLiteral("screenshot-tray-menu"));
    const bool screenshotRun = !screenshot.isEmpty() || !leaScreenshot.isEmpty() || !trayScreenshot.isEmpty()
        || !openDatabaseScreenshot.isEmpty();
    const QString section = parser.value(QStringLiteral("screenshot-section"));
    if (section == QLatin1String("monitor"))
        window.showSection(MainWindow::Section::ExchangeMonitor);
    else if (section == QLatin1String("errors"))
        window.showSection(MainWindow::Section::Errors);
    else if (section == QLatin1String("logs"))
        window.showSection(MainWindow::Section::Logs);
    else if (section == QLatin1String("audit"))
        window.showSection(MainWindow::Section::AuditTrail);
    else if (!section.isEmpty() && section != QLatin1String("general")) {
        printLine(stderr, QCoreApplication::translate("main", "dexdesk: no section is called %1.").arg(section));
        return 2;
    }
    QObject::connect(&window, &MainWindow::demoRequested, &window, [&window] {
        // A second process: the demo's throwaway database and keychain stay apart from this one's.
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")}))
            window.statusBar()->showMessage(
                QCoreApplication::translate("main", "The demo could not be started. Run \"dexdesk --demo\" instead."),
                8000);
        else
            window.statusBar()->showMessage(QCoreApplication::translate("main", "Starting the demo…"), 8000);
    });
    QObject::connect(&window, &MainWindow::quitRequested, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    // File ▸ Open Database…: this program again on the chosen database, wired at start-up like any
    // other (--lang and --palette kept), then this one ends. Not in the demo, whose database is
    // throwaway and whose keychain is in memory.
    if (!demo) {
        window.setDatabaseOpener([&app, &parser](const QString &location, QString *openError) {
            QStringList args {QStringLiteral("--database"), location};
            for (const QString &kept : {QStringLiteral("lang"), QStringLiteral("palette")}) {
                if (parser.isSet(kept))
                    args << QStringLiteral("--") + kept << parser.value(kept);
            }
            if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), args)) {
                *openError = QCoreApplication::translate("main",
                                                         "DEX Desk could not be started again on the database %1. "
                                                         "Start it yourself with: dexdesk --database %1")
                                 .arg(location);
                return false;
            }
            QTimer::singleShot(0, &app, &QCoreApplication::quit); // also when the tray kept the program alive
            return true;
        });
    }
    // Not for screenshots: they render the window alone.
    window.setTrayEnabled(QSystemTrayIcon::isSystemTrayAvailable() && !screenshotRun);
    window.show();
    engine.attach();
    ExposeTimer exposeTimer(&startup);
    if (qEnvironmentVariableIntValue("DEXDESK_STARTUP_TIMING") == 1 && window.windowHandle())
        window.windowHandle()->installEventFilter(&exposeTimer);

    if (demo && parser.isSet(QStringLiteral("screenshot-start"))) {
        GeneralSettings general = editor.working().general;
        general.systemEnabled = true;
        editor.setGeneral(general);
        editor.save();
    }
    const int screenshotDelay = parser.isSet(QStringLiteral("screenshot-delay"))
        ? qBound(0, parser.value(QStringLiteral("screenshot-delay")).toInt(), 600000)
        : kScreenshotDelayMs;
    if (screenshotRun) {
        QTimer::singleShot(screenshotDelay, &window, [&] {
            window.statusBar()->clearMessage(); // a picture of the form, not of the set-up save
            QWidget *target = &window;
            QString file = screenshot;
            if (!leaScreenshot.isEmpty()) {
                target = window.generalSetupPage()->openLeaDialog();
                file = leaScreenshot;
            } else if (!openDatabaseScreenshot.isEmpty()) {
                target = window.openDatabase();
                file = openDatabaseScreenshot;
            } else if (!trayScreenshot.isEmpty()) {
                target = window.tray()->menu();
                window.tray()->menu()->popup(window.mapToGlobal(QPoint(40, 40)));
                file = trayScreenshot;
            }
            QTimer::singleShot(target == &window ? 0 : kScreenshotDelayMs, &window, [&app, target, file] {
                if (!target || !target->grab().save(file)) {
                    printLine(stderr, QCoreApplication::translate("main", "dexdesk: cannot write %1.").arg(file));
                    app.exit(1);
                    return;
                }
                printLine(stdout, file);
                app.exit(0);
            });
        });
    }
    return app.exec();
}
