#pragma once

// DEX Desk's main window: a navigation list of sections (General Setup, Logs, Audit trail, Unique ID
// review), the File, Exchange and Help menus, and a status bar with the saved System On/Off state and the
// engine's. It asks before closing with unsaved changes and reports profile-load and keychain problems once
// it is on screen.

#include <QMainWindow>

#include <functional>

class QAction;
class QDialog;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QSystemTrayIcon;

namespace dexdesk {

class AuditTrailPage;
class EngineSupervisor;
class ErrorsPage;
class ExchangeMonitorPage;
class ExchangeStatusWidget;
class GeneralSetupPage;
class LogViewerPage;
class ProfileRepository;
class SecretStore;
class SettingsEditor;
class SupportActions;
class TestConnectionDialog;
class TrayController;
class UniqueIdReviewPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `profileDirectory` receives imported profiles (Paths::userProfileDirectory() in the program).
    MainWindow(ProfileRepository *profiles, SettingsEditor *editor, SecretStore *secrets,
               const QString &profileDirectory, QWidget *parent = nullptr);

    enum class Section { GeneralSetup, ExchangeMonitor, Errors, Logs, AuditTrail, UniqueIdReview };

    // The database the sections read on their own worker connections; the status bar names it.
    void setDatabasePath(const QString &path);
    QString databasePath() const { return m_databasePath; }
    // File ▸ Open Database… closes the window (asking about unsaved changes as closing does) and
    // then calls `opener` with the chosen file or URL; the program restarts itself on it, so every
    // part — engine, logging, pages — is wired to the new database exactly as at start-up. False
    // with a message keeps the window open. Without an opener the action is hidden.
    using DatabaseOpener = std::function<bool(const QString &location, QString *error)>;
    void setDatabaseOpener(DatabaseOpener opener);
    // File ▸ Open Database…: shows the dialog (window-modal, not blocking) and returns it.
    QDialog *openDatabase();
    void showSection(Section section);
    // The engine that follows System On/Off: its status in the status bar, its Exchange menu.
    void setEngineSupervisor(EngineSupervisor *supervisor);
    // A line above the sections that stays in view (the demo says its data is throwaway).
    void setBanner(const QString &text);
    // Puts DEX Desk in the system tray (the program does where QSystemTrayIcon::isSystemTrayAvailable()).
    // Closing the window while the system is On then asks whether to keep running there.
    void setTrayEnabled(bool enabled);
    TrayController *tray() const { return m_tray; }
    QSystemTrayIcon *trayIcon() const { return m_trayIcon; }

    GeneralSetupPage *generalSetupPage() const { return m_generalSetupPage; }
    ExchangeMonitorPage *exchangeMonitorPage() const { return m_exchangeMonitorPage; }
    ErrorsPage *errorsPage() const { return m_errorsPage; }
    LogViewerPage *logViewerPage() const { return m_logViewerPage; }
    AuditTrailPage *auditTrailPage() const { return m_auditTrailPage; }
    UniqueIdReviewPage *uniqueIdReviewPage() const { return m_uniqueIdReviewPage; }
    TestConnectionDialog *testConnectionDialog() const { return m_testConnectionDialog; }
    SupportActions *supportActions() const { return m_support; }
    ExchangeStatusWidget *exchangeStatus() const { return m_exchangeStatus; }

Q_SIGNALS:
    // The first-run panel's "Start the Demo": the program starts "dexdesk --demo" beside this window.
    void demoRequested();
    // The tray's Quit closed the window: the program ends even though the window was hidden.
    void quitRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createMenus();
    bool decideClose(QCloseEvent *event);
    void testConnection();
    void updateSystemStatus();
    void reportProfileErrors();
    void probeKeychain();
    void importProfile();
    void about();
    void publishNow(bool all);
    void retryFailed();
    void updateExchangeActions();
    void showFromTray();
    void quitFromTray();
    bool keepRunningInTray(); // asks; true when the window hid into the tray instead of closing

    ProfileRepository *m_profiles;
    SettingsEditor *m_editor;
    SecretStore *m_secrets;
    QString m_profileDirectory;
    QListWidget *m_navigationList = nullptr;
    QStackedWidget *m_sections = nullptr;
    GeneralSetupPage *m_generalSetupPage = nullptr;
    ExchangeMonitorPage *m_exchangeMonitorPage = nullptr;
    ErrorsPage *m_errorsPage = nullptr;
    LogViewerPage *m_logViewerPage = nullptr;
    AuditTrailPage *m_auditTrailPage = nullptr;
    UniqueIdReviewPage *m_uniqueIdReviewPage = nullptr;
    TestConnectionDialog *m_testConnectionDialog = nullptr;
    SupportActions *m_support = nullptr;
    QLabel *m_systemStatusLabel = nullptr;
    QLabel *m_profileErrorsLabel = nullptr;
    EngineSupervisor *m_engine = nullptr;
    ExchangeStatusWidget *m_exchangeStatus = nullptr;
    QMenu *m_exchangeMenu = nullptr;
    TrayController *m_tray = nullptr;
    QSystemTrayIcon *m_trayIcon = nullptr;
    bool m_quitting = false;
    bool m_lastSystemEnabled = false;
    bool m_shown = false;
    bool m_closeAfterSave = false;
    QString m_databasePath;
    QString m_pendingDatabase; // chosen in Open Database…, opened once the window has closed
    DatabaseOpener m_databaseOpener;
    QLabel *m_databaseLabel = nullptr;
    QAction *m_openDatabaseAction = nullptr;
};

} // namespace dexdesk
