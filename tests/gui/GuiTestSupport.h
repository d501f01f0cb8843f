#pragma once

// What the GUI tests share: a main window over a temporary database, the shipped profiles and an
// in-memory keychain, and a recorder that answers the UI's modal dialogs through Prompt's hook.

#include "MainWindow.h"
#include "MemorySecretStore.h"
#include "Prompt.h"
#include "SettingsEditor.h"
#include "SettingsStore.h"
#include "TestSupport.h"

#include <QList>
#include <QTest>

#include <memory>

namespace dexdesk::test {

// Records every dialog the UI asks for and answers from a queue (Cancel when the queue is empty).
class PromptRecorder
{
public:
    PromptRecorder();
    ~PromptRecorder();
    PromptRecorder(const PromptRecorder &) = delete;
    PromptRecorder &operator=(const PromptRecorder &) = delete;

    void answer(Prompt::Choice choice) { m_answers.append({choice, {}}); }
    void answerFile(const QString &fileName) { m_answers.append({Prompt::Choice::Ok, fileName}); }

    const QList<Prompt::Request> &requests() const { return m_requests; }
    QList<Prompt::Request> requests(Prompt::Kind kind) const;
    int pendingAnswers() const { return int(m_answers.size()); }
    void clear() { m_requests.clear(); }

private:
    QList<Prompt::Request> m_requests;
    QList<Prompt::Answer> m_answers;
};

// One running "program": database, editor and main window, as dexdesk's main() builds them.
class GuiSession
{
public:
    GuiSession(const TestEnvironment &env, ProfileRepository *profiles, SecretStore *secrets);
    ~GuiSession();

    bool isValid() const { return m_window != nullptr; }
    MainWindow &window() { return *m_window; }
    SettingsEditor &editor() { return *m_editor; }

    template<typename T> T *find(const QString &objectName) { return m_window->findChild<T *>(objectName); }

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SettingsStore> m_store;
    std::unique_ptr<SettingsEditor> m_editor;
    std::unique_ptr<MainWindow> m_window;
};

// The members most GUI tests set up afresh for each test function: a throwaway environment with
// the shipped profiles, an in-memory keychain, recorded prompts and the window. A test class
// derives from it and calls openSession() in init() and closeSession() in cleanup().
class GuiSessionTest : public QObject
{
protected:
    bool openSession(); // false when the window could not be built
    void closeSession();

    std::unique_ptr<TestEnvironment> m_env;
    ProfileRepository m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<GuiSession> m_session;
    std::unique_ptr<PromptRecorder> m_prompts;
};

// Picks the item with `data` from a combo box's popup, as a user does (so the
// widget emits activated()). Returns whether the combo shows that item afterwards.
bool chooseComboData(QWidget *combo, const QString &data);

// Replaces the text of a line edit by typing, as a user does.
void retype(QWidget *lineEdit, const QString &text);

} // namespace dexdesk::test
