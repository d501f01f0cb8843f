#include "GuiTestSupport.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>

namespace dexdesk::test {

PromptRecorder::PromptRecorder()
{
    Prompt::setHandler([this](const Prompt::Request &request) {
        m_requests.append(request);
        if (m_answers.isEmpty())
            return Prompt::Answer {Prompt::Choice::Cancel, {}};
        // Messages take no answer; only questions and file dialogs consume the queue.
        if (request.kind != Prompt::Kind::Question && request.kind != Prompt::Kind::OpenFile
            && request.kind != Prompt::Kind::SaveFile)
            return Prompt::Answer {Prompt::Choice::Ok, {}};
        return m_answers.takeFirst();
    });
}

PromptRecorder::~PromptRecorder()
{
    Prompt::setHandler({});
}

QList<Prompt::Request> PromptRecorder::requests(Prompt::Kind kind) const
{
    QList<Prompt::Request> matching;
    for (const Prompt::Request &r : m_requests) {
        if (r.kind == kind)
            matching.append(r);
    }
    return matching;
}

GuiSession::GuiSession(const TestEnvironment &env, ProfileRepository *profiles, SecretStore *secrets)
{
    m_database = env.openDatabase();
    if (!m_database)
        return;
    m_store = std::make_unique<SettingsStore>(m_database->connection());
    m_editor = std::make_unique<SettingsEditor>(profiles, m_store.get(), secrets);
    QString error;
    if (!m_editor->load(&error)) {
        qWarning("cannot load settings: %s", qPrintable(error));
        return;
    }
    m_window = std::make_unique<MainWindow>(profiles, m_editor.get(), secrets, env.path(QStringLiteral("profiles")));
    m_window->setDatabasePath(env.databasePath());
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        m_window.reset();
}

GuiSession::~GuiSession()
{
    // The window refers to the editor, the editor to the store, the store to the database.
    m_window.reset();
    m_editor.reset();
    m_store.reset();
    m_database.reset();
}

bool chooseComboData(QWidget *widget, const QString &data)
{
    auto *combo = qobject_cast<QComboBox *>(widget);
    if (!combo)
        return false;
    const int target = combo->findData(data);
    if (target < 0)
        return false;
    // Pick the item in the open popup with the keyboard, as a user can; the combo emits activated() for it.
    combo->showPopup();
    QAbstractItemView *view = combo->view();
    if (!QTest::qWaitForWindowExposed(view->window()))
        return false;
    view->setCurrentIndex(view->model()->index(target, combo->modelColumn()));
    QTest::keyClick(view, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return !view->window()->isVisible(); }, 2000))
        return false;
    return combo->currentIndex() == target;
}

void retype(QWidget *widget, const QString &text)
{
    auto *edit = qobject_cast<QLineEdit *>(widget);
    if (!edit)
        return;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

bool GuiSessionTest::openSession()
{
    m_env = std::make_unique<TestEnvironment>();
    m_profiles = TestEnvironment::shippedProfiles();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_prompts = std::make_unique<PromptRecorder>();
    m_session = std::make_unique<GuiSession>(*m_env, &m_profiles, m_secrets.get());
    return m_session->isValid();
}

void GuiSessionTest::closeSession()
{
    m_session.reset();
    m_prompts.reset();
    m_secrets.reset();
    m_env.reset();
}

} // namespace dexdesk::test
