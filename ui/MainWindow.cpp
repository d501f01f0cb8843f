#include "MainWindow.h"

#include "AuditTrailPage.h"
#include "ConnectionTest.h"
#include "DatabaseLocation.h"
#include "EngineSupervisor.h"
#include "ErrorsPage.h"
#include "ExchangeMonitorPage.h"
#include "ExchangeStatusWidget.h"
#include "GeneralSetupPage.h"
#include "LanguageMenu.h"
#include "LogViewerPage.h"
#include "OpenDatabaseDialog.h"
#include "Paths.h"
#include "ProfileRepository.h"
#include "Prompt.h"
#include "RecordsImportDialog.h"
#include "SecretStore.h"
#include "SettingsEditor.h"
#include "SettingsTransfer.h"
#include "SupportActions.h"
#include "TestConnectionDialog.h"
#include "TrayController.h"
#include "UniqueIdReviewPage.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QPointer>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWindow, "dexdesk.ui.window")

namespace dexdesk {

namespace {

// The program's icon while the system is On; greyed out while it is Off (the tooltip says it in words).
QIcon trayIconFor(bool systemOn)
{
    const QIcon icon = Prompt::applicationIcon();
    if (systemOn)
        return icon;
    QIcon off;
    for (const int size : {16, 22, 24, 32, 48, 64})
        off.addPixmap(icon.pixmap(QSize(size, size), QIcon::Disabled));
    return off;
}

} // namespace

MainWindow::MainWindow(ProfileRepository *profiles, SettingsEditor *editor, SecretStore *secrets,
                       const QString &profileDirectory, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_editor(editor)
    , m_secrets(secrets)
    , m_profileDirectory(profileDirectory)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("General Setup[*]"));
    resize(1280, 800);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigationList = new QListWidget(central);
    m_navigationList->setObjectName(QStringLiteral("navigationList"));
    m_navigationList->setAccessibleName(tr("Sections"));
    m_navigationList->setFrameShape(QFrame::NoFrame);
    m_navigationList->setStyleSheet(QStringLiteral("QListWidget#navigationList::item { padding: 6px 10px; }"));
    m_navigationList->addItem(tr("General Setup"));
    m_navigationList->addItem(tr("Exchange Monitor"));
    m_navigationList->addItem(tr("Errors"));
    m_navigationList->addItem(tr("Logs"));
    m_navigationList->addItem(tr("Audit trail"));
    m_navigationList->addItem(tr("Unique ID review"));
    // Wide enough for the longest section name in any language ("Vérification des identifiants uniques").
    int navigationWidth = 200;
    for (int i = 0; i < m_navigationList->count(); ++i)
        navigationWidth = std::max(
            navigationWidth, m_navigationList->fontMetrics().horizontalAdvance(m_navigationList->item(i)->text()) + 28);
    m_navigationList->setFixedWidth(navigationWidth);
    layout->addWidget(m_navigationList);

    auto *separator = new QFrame(central);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    layout->addWidget(separator);

    m_sections = new QStackedWidget(central);
    m_sections->setObjectName(QStringLiteral("sectionStack"));
    auto *scroll = new QScrollArea(m_sections);
    scroll->setObjectName(QStringLiteral("generalSetupScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_generalSetupPage = new GeneralSetupPage(m_editor, scroll);
    m_generalSetupPage->setSecretStore(m_secrets);
    scroll->setWidget(m_generalSetupPage);
    m_sections->addWidget(scroll);
    m_exchangeMonitorPage = new ExchangeMonitorPage(m_sections);
    m_sections->addWidget(m_exchangeMonitorPage);
    m_errorsPage = new ErrorsPage(m_sections);
    m_sections->addWidget(m_errorsPage);
    connect(m_exchangeMonitorPage, &ExchangeMonitorPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_errorsPage, &ErrorsPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_logViewerPage = new LogViewerPage(m_sections);
    m_sections->addWidget(m_logViewerPage);
    m_auditTrailPage = new AuditTrailPage(m_editor, m_sections);
    m_sections->addWidget(m_auditTrailPage);
    m_uniqueIdReviewPage = new UniqueIdReviewPage(m_sections);
    m_sections->addWidget(m_uniqueIdReviewPage);
    connect(m_uniqueIdReviewPage, &UniqueIdReviewPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    layout->addWidget(m_sections, 1);
    setCentralWidget(central);
    connect(m_navigationList, &QListWidget::currentRowChanged, m_sections, &QStackedWidget::setCurrentIndex);
    m_navigationList->setCurrentRow(0);

    m_systemStatusLabel = new QLabel(this);
    m_systemStatusLabel->setObjectName(QStringLiteral("systemStatusLabel"));
    m_systemStatusLabel->setToolTip(tr("Whether the data exchange runs, as saved."));
    m_exchangeStatus = new ExchangeStatusWidget(this);
    m_exchangeStatus->setObjectName(QStringLiteral("exchangeStatus"));
    statusBar()->addPermanentWidget(m_exchangeStatus);
    statusBar()->addPermanentWidget(m_systemStatusLabel);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_profileErrorsLabel = new QLabel(this);
    m_profileErrorsLabel->setObjectName(QStringLiteral("profileErrorsLabel"));
    m_profileErrorsLabel->hide();
    statusBar()->addPermanentWidget(m_profileErrorsLabel);

    m_tray = new TrayController(this);
    connect(m_tray, &TrayController::showRequested, this, &MainWindow::showFromTray);
    connect(m_tray, &TrayController::publishChangesRequested, this, [this] { publishNow(false); });
    connect(m_tray, &TrayController::quitRequested, this, &MainWindow::quitFromTray);

    m_support = new SupportActions(m_editor, m_secrets, this);
    connect(m_support, &SupportActions::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    createMenus();
    connect(m_generalSetupPage, &GeneralSetupPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    connect(m_generalSetupPage, &GeneralSetupPage::testConnectionRequested, this, &MainWindow::testConnection);
    connect(m_generalSetupPage, &GeneralSetupPage::demoRequested, this, &MainWindow::demoRequested);
    connect(m_editor, &SettingsEditor::changed, this, &MainWindow::updateSystemStatus);
    connect(m_editor, &SettingsEditor::dirtyChanged, this, &QWidget::setWindowModified);
    connect(m_editor, &SettingsEditor::saveFinished, this, [this](bool ok) {
        if (!std::exchange(m_closeAfterSave, false))
            return;
        if (ok)
            QTimer::singleShot(0, this, &QWidget::close);
        else
            m_pendingDatabase.clear(); // the save failed: the window stays on this database
    });
    setWindowModified(m_editor->isDirty());
    updateSystemStatus();
}

void MainWindow::setDatabasePath(const QString &path)
{
    m_exchangeMonitorPage->setDatabasePath(path);
    m_errorsPage->setDatabasePath(path);
    m_logViewerPage->setDatabasePath(path);
    m_auditTrailPage->setDatabasePath(path);
    m_uniqueIdReviewPage->setDatabasePath(path);
    m_support->setDatabasePath(path);
    findChild<RecordsImportDialog *>()->setDatabasePath(path);
    m_databasePath = path;
    DatabaseLocation location;
    QString error;
    const bool server = DatabaseLocation::parse(path, &location, &error) && location.isPostgreSQL();
    const QString shown = server ? location.toString() : QFileInfo(path).fileName();
    m_databaseLabel->setText(tr("Database: %1").arg(shown));
    m_databaseLabel->setToolTip(tr("The database this window works on: %1. File ▸ Open Database… opens another.")
                                    .arg(QDir::toNativeSeparators(path)));
    m_databaseLabel->setAccessibleName(m_databaseLabel->text());
}

void MainWindow::setDatabaseOpener(DatabaseOpener opener)
{
    m_databaseOpener = std::move(opener);
    m_openDatabaseAction->setVisible(bool(m_databaseOpener));
}

QDialog *MainWindow::openDatabase()
{
    auto *dialog = new OpenDatabaseDialog(m_databasePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_pendingDatabase = dialog->location().toString();
        close(); // asks about unsaved changes; closeEvent opens the database once the window may close
    });
    dialog->open();
    return dialog;
}

void MainWindow::showSection(Section section)
{
    m_navigationList->setCurrentRow(int(section));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    m_openDatabaseAction = file->addAction(tr("&Open Database…"));
    m_openDatabaseAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    m_openDatabaseAction->setStatusTip(tr("Work on another database: an SQLite file or a PostgreSQL server."));
    m_openDatabaseAction->setVisible(false); // until the program says how to open one
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabase);
    file->addSeparator();
    QAction *importSettings = file->addAction(tr("&Import Settings…"));
    importSettings->setObjectName(QStringLiteral("importSettingsAction"));
    importSettings->setStatusTip(tr("Load settings exported from DEX Desk, after showing what would change."));
    connect(importSettings, &QAction::triggered, this, [this] { SettingsTransfer::importSettings(this, *m_editor); });
    QAction *exportSettings = file->addAction(tr("&Export Settings…"));
    exportSettings->setObjectName(QStringLiteral("exportSettingsAction"));
    exportSettings->setStatusTip(tr("Write the settings, without secrets, to a file."));
    connect(exportSettings, &QAction::triggered, this, [this] { SettingsTransfer::exportSettings(this, *m_editor); });
    file->addSeparator();
    QAction *importProfile = file->addAction(tr("Import &Profile…"));
    importProfile->setObjectName(QStringLiteral("importProfileAction"));
    importProfile->setStatusTip(tr("Add a data exchange profile file provided by your state."));
    connect(importProfile, &QAction::triggered, this, &MainWindow::importProfile);
    QAction *importRecords = file->addAction(tr("Import &Records from CSV…"));
    importRecords->setObjectName(QStringLiteral("importRecordsAction"));
    importRecords->setStatusTip(tr("Check a district CSV extract and add its records, all or nothing."));
    auto *recordsImport = new RecordsImportDialog(this); // its path arrives with setDatabasePath()
    connect(importRecords, &QAction::triggered, recordsImport, &RecordsImportDialog::showDialog);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    m_exchangeMenu = menuBar()->addMenu(tr("E&xchange"));
    m_exchangeMenu->setObjectName(QStringLiteral("exchangeMenu"));
    QAction *publishChanges = m_exchangeMenu->addAction(tr("Publish &Changes Now"));
    publishChanges->setObjectName(QStringLiteral("publishChangesAction"));
    publishChanges->setStatusTip(tr("Sends the queued changes now instead of at the next scheduled run."));
    connect(publishChanges, &QAction::triggered, this, [this] { publishNow(false); });
    QAction *publishAll = m_exchangeMenu->addAction(tr("Publish &All Records"));
    publishAll->setObjectName(QStringLiteral("publishAllAction"));
    publishAll->setStatusTip(tr("Sends every record of the selected school years, whatever its change state; use it "
                                "after the system was Off, when changes were not collected."));
    connect(publishAll, &QAction::triggered, this, [this] { publishNow(true); });
    QAction *retry = m_exchangeMenu->addAction(tr("&Retry Failed Records"));
    retry->setObjectName(QStringLiteral("retryFailedAction"));
    retry->setStatusTip(tr("Sends again the records the agency rejected or that keep failing."));
    connect(retry, &QAction::triggered, this, &MainWindow::retryFailed);
    m_exchangeMenu->addSeparator();
    QAction *download = m_exchangeMenu->addAction(tr("&Download from the Agency Now"));
    download->setObjectName(QStringLiteral("downloadNowAction"));
    download->setStatusTip(tr("Fetches the agency's descriptors, LEAs and schools now (only what changed, where the "
                              "agency offers change queries)."));
    connect(download, &QAction::triggered, this, [this] {
        if (m_engine && m_engine->isRunning()) {
            m_engine->downloadNow();
            statusBar()->showMessage(tr("Downloading from the agency…"), 5000);
        }
    });
    QAction *uniqueIds = m_exchangeMenu->addAction(tr("Request &Unique IDs Now"));
    uniqueIds->setObjectName(QStringLiteral("requestUniqueIdsAction"));
    uniqueIds->setStatusTip(tr("Asks the agency's unique-ID service for the persons still waiting for a state ID."));
    connect(uniqueIds, &QAction::triggered, this, [this] {
        if (m_engine && m_engine->isRunning()) {
            m_engine->requestUniqueIdsNow();
            statusBar()->showMessage(tr("Requesting unique IDs…"), 5000);
        }
    });
    updateExchangeActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *bundle = help->addAction(tr("Save &Support Bundle…"));
    bundle->setObjectName(QStringLiteral("saveSupportBundleAction"));
    bundle->setStatusTip(tr("Saves settings (without secrets), recent logs, counts and versions in one archive for a "
                            "support ticket."));
    connect(bundle, &QAction::triggered, m_support, &SupportActions::saveDiagnostics);
    QAction *purge = help->addAction(tr("&Purge Now…"));
    purge->setObjectName(QStringLiteral("purgeNowAction"));
    purge->setStatusTip(tr("Shows what the purge policy would remove now, and removes it if you agree."));
    connect(purge, &QAction::triggered, m_support, &SupportActions::purgeNow);
    help->addSeparator();
    auto *language = new LanguageMenu(help);
    help->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this, [this](const QString &, const QString &name) {
        // Applied at the next start: every page builds its texts once, and a half-switched window
        // would be harder to use than one that switches whole (docs/desktop.md).
        Prompt::information(this, tr("Language"),
                            tr("DEX Desk will be shown in %1 the next time it starts. Close it and open it again "
                               "to switch now.")
                                .arg(name));
        statusBar()->showMessage(tr("Language: %1, from the next start.").arg(name), 8000);
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About DEX Desk"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::testConnection()
{
    // One dialog, reused: a second press shows the running test instead of starting another.
    if (!m_testConnectionDialog) {
        m_testConnectionDialog = new TestConnectionDialog(m_editor, m_secrets, this);
        // Kept for the support bundle; the report holds no secret.
        connect(m_testConnectionDialog, &TestConnectionDialog::reportReady, this, [](const TestReport &report) {
            if (!report.cancelled)
                report.save(Paths::lastTestReportFile());
        });
    }
    m_testConnectionDialog->show();
    m_testConnectionDialog->raise();
    m_testConnectionDialog->activateWindow();
    m_testConnectionDialog->start();
}

void MainWindow::setEngineSupervisor(EngineSupervisor *supervisor)
{
    m_engine = supervisor;
    m_exchangeMonitorPage->setEngineSupervisor(supervisor);
    m_errorsPage->setEngineSupervisor(supervisor);
    // A chosen ID is written back (captured, so it publishes); a requested new one is asked for now.
    connect(m_uniqueIdReviewPage, &UniqueIdReviewPage::personResolved, supervisor, [supervisor] {
        if (supervisor->isRunning()) {
            supervisor->requestUniqueIdsNow();
            supervisor->publishNow(false);
        }
    });
    connect(supervisor, &EngineSupervisor::statusChanged, this, [this](const EngineStatus &status) {
        m_exchangeStatus->setStatus(status);
        m_tray->setEngineStatus(status);
        updateExchangeActions();
    });
    connect(supervisor, &EngineSupervisor::problem, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(supervisor, &EngineSupervisor::publishNowFinished, this,
            [this](bool, const QString &summary) { statusBar()->showMessage(summary, 30000); });
    m_exchangeStatus->setStatus(supervisor->status());
    m_tray->setEngineStatus(supervisor->status());
    updateExchangeActions();
}

void MainWindow::setTrayEnabled(bool enabled)
{
    if (!enabled) {
        delete std::exchange(m_trayIcon, nullptr);
        return;
    }
    if (m_trayIcon)
        return;
    m_trayIcon = new QSystemTrayIcon(trayIconFor(m_tray->systemEnabled()), this);
    m_trayIcon->setObjectName(QStringLiteral("trayIcon"));
    m_trayIcon->setContextMenu(m_tray->menu());
    m_trayIcon->setToolTip(m_tray->toolTip());
    connect(m_tray, &TrayController::toolTipChanged, m_trayIcon, &QSystemTrayIcon::setToolTip);
    connect(m_tray, &TrayController::notify, m_trayIcon, [this](const QString &title, const QString &message) {
        m_trayIcon->showMessage(title, message, QSystemTrayIcon::Warning);
    });
    connect(m_trayIcon, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            showFromTray();
    });
    m_trayIcon->show();
}

void MainWindow::showFromTray()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::quitFromTray()
{
    m_quitting = true;
    if (!isVisible())
        showFromTray(); // an unsaved-changes question needs the window in view
    if (close())
        Q_EMIT quitRequested();
    else
        m_quitting = false;
}

bool MainWindow::keepRunningInTray()
{
    if (!m_trayIcon || m_quitting || !m_editor->saved().general.systemEnabled)
        return false;
    const Prompt::Choice choice = Prompt::question(
        this, tr("Keep Running?"),
        tr("The system is On. Keep DEX Desk running in the tray, so the data exchange goes on while the window is "
           "closed?"),
        {Prompt::Choice::KeepRunning, Prompt::Choice::Quit, Prompt::Choice::Cancel}, Prompt::Choice::KeepRunning,
        Prompt::Choice::Cancel,
        tr("Quit stops the exchange until DEX Desk is started again. The tray icon's menu shows the window again."));
    if (choice == Prompt::Choice::Quit)
        return false;
    if (choice == Prompt::Choice::KeepRunning) {
        hide();
        m_trayIcon->showMessage(tr("DEX Desk Keeps Running"),
                                tr("The data exchange goes on. Use the tray icon to show the window or quit."),
                                QSystemTrayIcon::Information, 5000);
    }
    return true; // kept running, or cancelled: the window does not close
}

void MainWindow::setBanner(const QString &text)
{
    auto *banner = findChild<QLabel *>(QStringLiteral("bannerLabel"));
    if (!banner) {
        QWidget *sections = takeCentralWidget();
        auto *frame = new QWidget(this);
        auto *column = new QVBoxLayout(frame);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(0);
        banner = new QLabel(frame);
        banner->setObjectName(QStringLiteral("bannerLabel"));
        banner->setWordWrap(true);
        banner->setContentsMargins(10, 6, 10, 6);
        banner->setStyleSheet(QStringLiteral(
            "QLabel#bannerLabel { background: #fff4ce; color: #3b2f00; border-bottom: 1px solid #e0c060; }"));
        column->addWidget(banner);
        column->addWidget(sections, 1);
        setCentralWidget(frame);
    }
    banner->setText(text);
    banner->setAccessibleName(text);
    banner->setVisible(!text.isEmpty());
}

void MainWindow::updateExchangeActions()
{
    const bool running = m_engine && m_engine->isRunning();
    const QString why = tr("Available while the system is On and this window runs the engine.");
    for (QAction *a : m_exchangeMenu->actions()) {
        a->setEnabled(running);
        a->setToolTip(running ? a->statusTip() : why);
    }
    m_tray->setEngineRunning(running);
}

void MainWindow::publishNow(bool all)
{
    if (!m_engine || !m_engine->isRunning())
        return;
    m_engine->publishNow(all);
    statusBar()->showMessage(
        all ? tr("Publishing every record of the selected school years…") : tr("Publishing the queued changes…"), 5000);
}

void MainWindow::retryFailed()
{
    if (!m_engine)
        return;
    QString error;
    const int n = m_engine->retryFailed(&error);
    if (n < 0)
        Prompt::warning(this, tr("Retry Failed Records"), tr("The failed records could not be queued again."), error);
    else
        statusBar()->showMessage(tr("%n failed record(s) queued to be sent again.", nullptr, n), 5000);
}

void MainWindow::updateSystemStatus()
{
    const bool on = m_editor->saved().general.systemEnabled;
    if (on && !m_lastSystemEnabled && m_shown)
        statusBar()->showMessage(tr("The system is On. Changes made while it was Off were not collected: use Exchange "
                                    "▸ Publish All Records to send everything."),
                                 15000);
    m_lastSystemEnabled = on;
    m_systemStatusLabel->setText(on ? tr("System: On") : tr("System: Off"));
    m_tray->setSystemEnabled(on);
    if (m_trayIcon)
        m_trayIcon->setIcon(trayIconFor(on));
    m_systemStatusLabel->setAccessibleName(m_systemStatusLabel->text());
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        m_tray->setWindowShown(isVisible() && !isMinimized());
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    m_tray->setWindowShown(false);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_tray->setWindowShown(!isMinimized());
    if (m_shown)
        return;
    m_shown = true;
    // After the first paint: nothing here may delay the window appearing.
    QTimer::singleShot(0, this, [this] {
        reportProfileErrors();
        probeKeychain();
    });
}

void MainWindow::reportProfileErrors()
{
    const QList<ProfileError> errors = m_profiles->errors();
    if (errors.isEmpty())
        return;
    QStringList lines;
    for (const ProfileError &e : errors) {
        qCWarning(lcWindow).noquote() << "profile not loaded:" << e.toString();
        lines << QStringLiteral("• ") + e.toString();
    }
    const QString summary = tr("%n profile file(s) could not be loaded", nullptr, int(errors.size()));
    m_profileErrorsLabel->setText(QStringLiteral("⚠ ") + summary);
    m_profileErrorsLabel->setToolTip(lines.join(QLatin1Char('\n')));
    m_profileErrorsLabel->setAccessibleName(summary);
    m_profileErrorsLabel->show();
    Prompt::warning(this, tr("Profiles Not Loaded"),
                    summary + QLatin1Char('.') + QLatin1Char(' ')
                        + tr("The other profiles are available. Fix or replace these files, then restart DEX Desk:"),
                    lines.join(QLatin1Char('\n')));
}

void MainWindow::probeKeychain()
{
    if (!m_secrets) {
        m_generalSetupPage->showKeychainProblem(SecretResult {SecretResult::Code::NoBackend, {}}.userMessage());
        return;
    }
    // A write and delete of a throwaway entry, not a read: a locked keychain answers reads ("not
    // found") but fails on the first Save. Asynchronous, after the first paint, bounded by the
    // keychain's own deadline; LEA entries are never touched.
    QPointer<MainWindow> self(this);
    m_secrets->probeWritable([self](const SecretResult &result) {
        if (!self || result.ok())
            return;
        qCWarning(lcWindow).noquote() << "keychain cannot store secrets:" << result.detail;
        self->m_generalSetupPage->showKeychainProblem(result.userMessage());
    });
}

void MainWindow::importProfile()
{
    if (SettingsTransfer::importProfile(this, *m_profiles, m_profileDirectory))
        m_generalSetupPage->reloadProfiles();
}

void MainWindow::about()
{
    Prompt::about(this, tr("About DEX Desk"), tr("DEX Desk %1").arg(QString::fromLatin1(DEXDESK_VERSION)),
                  tr("Real-time data exchange between the district's student records and the state education "
                     "agency.\nBuilt with Qt %1.")
                      .arg(QString::fromLatin1(QT_VERSION_STR)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const bool cancelled = !decideClose(event);
    if (m_pendingDatabase.isEmpty())
        return;
    if (cancelled) {
        m_pendingDatabase.clear(); // the window stays on this database
        return;
    }
    if (!event->isAccepted())
        return; // a save under way: the window closes, and the database opens, when it succeeds
    const QString location = std::exchange(m_pendingDatabase, QString());
    QString error;
    if (!m_databaseOpener || !m_databaseOpener(location, &error)) {
        event->ignore();
        Prompt::warning(this, tr("Cannot Open the Database"), error);
    }
}

// Accepts the event, ignores it while a save runs (the window closes when it succeeds), or returns
// false when the user chose to stay (Cancel, or keep running in the tray).
bool MainWindow::decideClose(QCloseEvent *event)
{
    // Opening another database is not closing to the tray: the window goes, whatever the system.
    if (m_pendingDatabase.isEmpty() && keepRunningInTray()) {
        event->ignore();
        return false;
    }
    if (m_editor->isBusy()) {
        // Closing in the middle of a save could leave the user unsure what was stored.
        statusBar()->showMessage(tr("Saving… the window closes when the save has finished."));
        m_closeAfterSave = true;
        event->ignore();
        return true;
    }
    if (!m_editor->isDirty()) {
        event->accept();
        return true;
    }
    const Prompt::Choice choice
        = Prompt::question(this, tr("Unsaved Changes"), tr("You have unsaved changes. Save them before closing?"),
                           {Prompt::Choice::Save, Prompt::Choice::Discard, Prompt::Choice::Cancel},
                           Prompt::Choice::Save, Prompt::Choice::Cancel);
    switch (choice) {
    case Prompt::Choice::Save:
        event->ignore();
        m_closeAfterSave = true;
        m_editor->save(); // closes when it succeeded; on failure the page says why and the window stays
        return true;
    case Prompt::Choice::Discard:
        m_editor->discard();
        event->accept();
        return true;
    default:
        event->ignore();
        return false;
    }
}

} // namespace dexdesk
