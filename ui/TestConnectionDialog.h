#pragma once

// Test Connection's window: the steps as they finish (outcome, LEA, time, what was found), then
// one verdict with the likely fix. The test runs on its own thread; this dialog only draws, so
// the window stays responsive, and Cancel stops the run at once.

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace dexdesk {

class ConnectionTest;
class SecretStore;
class SettingsEditor;
struct TestReport;
struct TestStep;

class TestConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    TestConnectionDialog(const SettingsEditor *editor, SecretStore *secrets, QWidget *parent = nullptr);

    void start(); // gathers the values on screen and the LEA secrets, then runs the steps
    bool isRunning() const;

Q_SIGNALS:
    void reportReady(const dexdesk::TestReport &report);

protected:
    void reject() override; // Escape or closing the window cancels a run first

private:
    void addStep(const TestStep &step);
    void finish(const TestReport &report);
    void setRunning(bool running);

    const SettingsEditor *m_editor;
    SecretStore *m_secrets;
    ConnectionTest *m_test = nullptr;
    QLabel *m_headline = nullptr;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_againButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    bool m_gathering = false;
};

} // namespace dexdesk
