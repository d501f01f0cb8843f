// The LEA dialog and the one-LEA editor driven through their widgets: adding an LEA with its key
// and secret, the masked secret and its reveal toggle, inline errors, editing and removing.

#include "GeneralSetupPage.h"
#include "GuiTestSupport.h"
#include "LeaDialog.h"
#include "LeaEditDialog.h"
#include "Profile.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace dexdesk;
using namespace dexdesk::test;

class TestGuiLeaDialog : public GuiSessionTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addLeaWithSecretThenSave();
    void secretIsMaskedUntilRevealed();
    void invalidLeaShowsInlineError();
    void editingKeepsTheIdentifierAndSecret();
    void removeAsksFirst();
    void cancelLeavesTheFormAlone();
    void secretColumnSaysWhetherTheKeychainHoldsOne();

private:
    LeaDialog *openLeaDialog();
    LeaEditDialog *openEditor(LeaDialog *dialog, const char *buttonName);
    static void clickOk(QDialog *dialog, const char *buttonBoxName);
    QString selectedProfileId() { return m_session->editor().selectedProfile()->id; }
};

void TestGuiLeaDialog::init()
{
    QVERIFY(openSession());
}

void TestGuiLeaDialog::cleanup()
{
    closeSession();
}

LeaDialog *TestGuiLeaDialog::openLeaDialog()
{
    auto *configure = m_session->find<QPushButton>(QStringLiteral("leaConfigureButton"));
    if (!configure)
        return nullptr;
    QTest::mouseClick(configure, Qt::LeftButton);
    LeaDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = m_session->find<LeaDialog>(QStringLiteral("leaDialog"));
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

LeaEditDialog *TestGuiLeaDialog::openEditor(LeaDialog *dialog, const char *buttonName)
{
    QTest::mouseClick(dialog->findChild<QPushButton *>(QString::fromLatin1(buttonName)), Qt::LeftButton);
    LeaEditDialog *editor = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        editor = dialog->findChild<LeaEditDialog *>(QStringLiteral("leaEditDialog"));
        return editor && editor->isVisible();
    });
    return shown ? editor : nullptr;
}

void TestGuiLeaDialog::clickOk(QDialog *dialog, const char *buttonBoxName)
{
    auto *box = dialog->findChild<QDialogButtonBox *>(QString::fromLatin1(buttonBoxName));
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void TestGuiLeaDialog::addLeaWithSecretThenSave()
{
    const QString canary = QStringLiteral("Canary-Secret-7f3a9");
    LeaDialog *dialog = openLeaDialog();
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableView *>(QStringLiteral("leaTable"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 0); // the first profile ships no LEA

    LeaEditDialog *editor = openEditor(dialog, "leaAddButton");
    QVERIFY(editor);
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("leaIdEdit")), QStringLiteral("255901"));
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("leaNameEdit")), QStringLiteral("Grand Bend ISD"));
    QVERIFY(editor->findChild<QRadioButton *>(QStringLiteral("leaEnabledYesRadio"))->isChecked());
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("leaKeyEdit")), QStringLiteral("client-key-1"));
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("leaSecretEdit")), canary);
    clickOk(editor, "leaEditButtons");
    QTRY_VERIFY(!dialog->findChild<LeaEditDialog *>(QStringLiteral("leaEditDialog")));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, LeaListModel::IdColumn).data().toString(), QStringLiteral("255901"));
    // The table never shows the secret.
    for (int c = 0; c < table->model()->columnCount(); ++c)
        QVERIFY(!table->model()->index(0, c).data().toString().contains(canary));

    clickOk(dialog, "leaDialogButtons");
    QTRY_VERIFY(!m_session->find<LeaDialog>(QStringLiteral("leaDialog")));
    QCOMPARE(m_session->find<QLabel>(QStringLiteral("leaSummaryLabel"))->text(), QStringLiteral("1 LEA, 1 enabled"));
    QVERIFY(m_session->editor().isDirty());
    QVERIFY(m_session->find<QLabel>(QStringLiteral("unsavedLabel"))->isVisible());
    QVERIFY(m_secrets->entries().isEmpty()); // nothing leaves memory before Save

    auto *save = m_session->find<QPushButton>(QStringLiteral("saveButton"));
    QTest::mouseClick(save, Qt::LeftButton);
    // The keychain answers from the event loop: until then the page is busy and says so.
    QVERIFY(!save->isEnabled());
    QVERIFY(!m_session->find<QPushButton>(QStringLiteral("restoreDefaultsButton"))->isEnabled());
    QVERIFY(!m_session->find<QWidget>(QStringLiteral("profileCombo"))->isEnabled());
    QTRY_COMPARE(m_session->window().statusBar()->currentMessage(), QStringLiteral("Settings saved"));
    QVERIFY(save->isEnabled());
    QCOMPARE(m_secrets->entries().value(SecretStore::leaAccount(selectedProfileId(), QStringLiteral("255901"))),
             canary);
    QVERIFY(!databaseBytes(m_env->databasePath()).contains(canary.toUtf8()));
    QVERIFY(databaseBytes(m_env->databasePath()).contains("client-key-1"));
}

void TestGuiLeaDialog::secretIsMaskedUntilRevealed()
{
    LeaDialog *dialog = openLeaDialog();
    QVERIFY(dialog);
    LeaEditDialog *editor = openEditor(dialog, "leaAddButton");
    QVERIFY(editor);
    auto *secret = editor->findChild<QLineEdit *>(QStringLiteral("leaSecretEdit"));
    auto *reveal = editor->findChild<QToolButton *>(QStringLiteral("leaSecretRevealButton"));
    QVERIFY(secret && reveal);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(reveal->isCheckable());
    QVERIFY(!reveal->isChecked());
    QTest::keyClicks(secret, QStringLiteral("typed"));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(reveal->isChecked());
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QCOMPARE(secret->displayText(), QStringLiteral("typed"));
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(secret->displayText() != QStringLiteral("typed"));
    editor->reject();
    dialog->reject();
}

void TestGuiLeaDialog::invalidLeaShowsInlineError()
{
    LeaDialog *dialog = openLeaDialog();
    QVERIFY(dialog);
    LeaEditDialog *editor = openEditor(dialog, "leaAddButton");
    QVERIFY(editor);
    auto *error = editor->findChild<QLabel *>(QStringLiteral("leaEditErrorLabel"));
    QVERIFY(!error->isVisible());
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("leaIdEdit")), QStringLiteral("abc"));
    clickOk(editor, "leaEditButtons");
    QVERIFY(editor->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("number")), qPrintable(error->text()));

    // A valid identifier but enabled without a key.
    auto *id = editor->findChild<QLineEdit *>(QStringLiteral("leaIdEdit"));
    id->selectAll();
    QTest::keyClicks(id, QStringLiteral("12345"));
    clickOk(editor, "leaEditButtons");
    QVERIFY(editor->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("key")), qPrintable(error->text()));
    QCOMPARE(dialog->model().leas().size(), 0);
    editor->reject();
    dialog->reject();
}

void TestGuiLeaDialog::editingKeepsTheIdentifierAndSecret()
{
    chooseComboData(m_session->find<QWidget>(QStringLiteral("profileCombo")), QStringLiteral("local-simulator"));
    QCOMPARE(selectedProfileId(), QStringLiteral("local-simulator"));
    LeaDialog *dialog = openLeaDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->model().leas().size(), 1);
    LeaEditDialog *editor = openEditor(dialog, "leaEditButton");
    QVERIFY(editor);
    auto *id = editor->findChild<QLineEdit *>(QStringLiteral("leaIdEdit"));
    QCOMPARE(id->text(), QStringLiteral("255901"));
    QVERIFY(id->isReadOnly());
    QVERIFY(id->toolTip().contains(QStringLiteral("cannot be changed")));
    auto *secret = editor->findChild<QLineEdit *>(QStringLiteral("leaSecretEdit"));
    QCOMPARE(secret->placeholderText(), QStringLiteral("Leave empty to keep the stored secret"));
    QTest::mouseClick(editor->findChild<QRadioButton *>(QStringLiteral("leaEnabledNoRadio")), Qt::LeftButton);
    clickOk(editor, "leaEditButtons");
    QTRY_VERIFY(!dialog->findChild<LeaEditDialog *>(QStringLiteral("leaEditDialog")));
    QVERIFY(dialog->model().newSecrets().isEmpty());
    clickOk(dialog, "leaDialogButtons");
    QTRY_COMPARE(m_session->find<QLabel>(QStringLiteral("leaSummaryLabel"))->text(),
                 QStringLiteral("1 LEA, 0 enabled"));
}

void TestGuiLeaDialog::removeAsksFirst()
{
    chooseComboData(m_session->find<QWidget>(QStringLiteral("profileCombo")), QStringLiteral("local-simulator"));
    LeaDialog *dialog = openLeaDialog();
    QVERIFY(dialog);
    auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("leaRemoveButton"));
    m_prompts->answer(Prompt::Choice::Cancel);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_prompts->requests(Prompt::Kind::Question).size(), 1);
    QCOMPARE(dialog->model().leas().size(), 1);
    m_prompts->answer(Prompt::Choice::Remove);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_prompts->requests(Prompt::Kind::Question).size(), 2);
    QVERIFY(m_prompts->requests(Prompt::Kind::Question).last().text.contains(QStringLiteral("255901")));
    QCOMPARE(dialog->model().leas().size(), 0);
    QVERIFY(!remove->isEnabled());
    clickOk(dialog, "leaDialogButtons");
    QTRY_COMPARE(m_session->find<QLabel>(QStringLiteral("leaSummaryLabel"))->text(),
                 QStringLiteral("No LEAs configured"));
}

void TestGuiLeaDialog::cancelLeavesTheFormAlone()
{
    LeaDialog *dialog = openLeaDialog();
    QVERIFY(dialog);
    LeaEditDialog *editor = openEditor(dialog, "leaAddButton");
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("leaIdEdit")), QStringLiteral("777"));
    QTest::keyClicks(editor->findChild<QLineEdit *>(QStringLiteral("leaKeyEdit")), QStringLiteral("k"));
    clickOk(editor, "leaEditButtons");
    QTRY_COMPARE(dialog->model().leas().size(), 1);
    auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("leaDialogButtons"));
    QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!m_session->find<LeaDialog>(QStringLiteral("leaDialog")));
    QVERIFY(!m_session->editor().isDirty());
    QCOMPARE(m_session->find<QLabel>(QStringLiteral("leaSummaryLabel"))->text(), QStringLiteral("No LEAs configured"));
}

void TestGuiLeaDialog::secretColumnSaysWhetherTheKeychainHoldsOne()
{
    // The simulator profile ships LEA 255901 without a secret: the table must not claim one.
    QVERIFY(
        chooseComboData(m_session->find<QWidget>(QStringLiteral("profileCombo")), QStringLiteral("local-simulator")));
    LeaDialog *dialog = openLeaDialog();
    QVERIFY(dialog);
    const QModelIndex secret = dialog->model().index(0, LeaListModel::SecretColumn);
    QTRY_COMPARE(secret.data().toString(), QStringLiteral("Not set"));
    dialog->reject();
    QTRY_VERIFY(!m_session->find<LeaDialog>(QStringLiteral("leaDialog")));

    bool written = false;
    m_secrets->write(SecretStore::leaAccount(QStringLiteral("local-simulator"), QStringLiteral("255901")),
                     QStringLiteral("stored-before"), [&](const SecretResult &r) { written = r.ok(); });
    QTRY_VERIFY(written);
    dialog = openLeaDialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->model().index(0, LeaListModel::SecretColumn).data().toString(),
                 QStringLiteral("Stored in the keychain"));
    dialog->reject();

    // A keychain that cannot be asked: the table says it does not know.
    QTRY_VERIFY(!m_session->find<LeaDialog>(QStringLiteral("leaDialog")));
    m_secrets->failAfter(0, SecretResult::Code::Timeout);
    dialog = openLeaDialog();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->model().index(0, LeaListModel::SecretColumn).data().toString(),
                 QStringLiteral("Unknown (keychain unavailable)"));
    m_secrets->failAfter(-1);
    dialog->reject();
}

QTEST_MAIN(TestGuiLeaDialog)
#include "test_gui_lea_dialog.moc"
