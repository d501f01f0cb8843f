// Accessibility: walks the QAccessible tree of every section of the main window and of each
// dialog, as a screen reader would, and fails on any interactive control (button, edit, combo,
// checkbox, radio, spin box, table, list) that has no accessible name.

#include "GeneralSetupPage.h"
#include "GuiTestSupport.h"
#include "LeaDialog.h"
#include "LeaEditDialog.h"
#include "RecordsImportDialog.h"
#include "TestConnectionDialog.h"

#include <QAccessible>
#include <QPushButton>
#include <QSet>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

bool isInteractive(QAccessible::Role role)
{
    static const QSet<QAccessible::Role> roles
        = {QAccessible::PushButton,   QAccessible::CheckBox,   QAccessible::RadioButton,    QAccessible::ComboBox,
           QAccessible::EditableText, QAccessible::SpinBox,    QAccessible::Table,          QAccessible::List,
           QAccessible::Tree,         QAccessible::ButtonMenu, QAccessible::ButtonDropDown, QAccessible::Slider};
    return roles.contains(role);
}

// Item views hold data, not controls; a combo's list is its popup.
bool holdsItems(QAccessible::Role role)
{
    return role == QAccessible::Table || role == QAccessible::List || role == QAccessible::Tree
        || role == QAccessible::ComboBox;
}

QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    if (!object)
        return QStringLiteral("(role %1)").arg(int(iface->role()));
    return QStringLiteral("%1 \"%2\" (%3)")
        .arg(QString::fromLatin1(object->metaObject()->className()), object->objectName(),
             iface->text(QAccessible::Description));
}

void collectUnnamed(QAccessibleInterface *iface, QStringList *problems, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60)
        return;
    if (iface->state().invisible)
        return;
    const QAccessible::Role role = iface->role();
    if (isInteractive(role) && iface->text(QAccessible::Name).trimmed().isEmpty())
        *problems << describe(iface);
    if (holdsItems(role))
        return;
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), problems, depth + 1);
}

QStringList unnamedControls(QWidget *root)
{
    QStringList problems;
    collectUnnamed(QAccessible::queryAccessibleInterface(root), &problems);
    problems.removeDuplicates();
    return problems;
}

// How many interactive controls the walk saw: a walk that finds nothing proves nothing.
int countControls(QAccessibleInterface *iface, int depth = 0)
{
    if (!iface || !iface->isValid() || depth > 60 || iface->state().invisible)
        return 0;
    int n = isInteractive(iface->role()) ? 1 : 0;
    if (holdsItems(iface->role()))
        return n;
    for (int i = 0; i < iface->childCount(); ++i)
        n += countControls(iface->child(i), depth + 1);
    return n;
}

} // namespace

class TestGuiAccessibility : public GuiSessionTest
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everySectionNamesItsControls_data();
    void everySectionNamesItsControls();
    void leaDialogsNameTheirControls();
    void testConnectionDialogNamesItsControls();
    void importDialogNamesItsControls();

private:
    void check(QWidget *root, int minimumControls);
};

void TestGuiAccessibility::init()
{
    QVERIFY(openSession());
}

void TestGuiAccessibility::cleanup()
{
    closeSession();
}

void TestGuiAccessibility::check(QWidget *root, int minimumControls)
{
    QVERIFY(root);
    QTRY_VERIFY(root->isVisible());
    const int controls = countControls(QAccessible::queryAccessibleInterface(root));
    QVERIFY2(controls >= minimumControls, qPrintable(QString::number(controls)));
    const QStringList problems = unnamedControls(root);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("controls without an accessible name:\n  ") + problems.join(u"\n  ")));
}

void TestGuiAccessibility::everySectionNamesItsControls_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<int>("minimumControls");
    QTest::newRow("General Setup") << int(MainWindow::Section::GeneralSetup) << 20;
    QTest::newRow("Exchange Monitor") << int(MainWindow::Section::ExchangeMonitor) << 3;
    QTest::newRow("Errors") << int(MainWindow::Section::Errors) << 3;
    QTest::newRow("Logs") << int(MainWindow::Section::Logs) << 6;
    QTest::newRow("Audit trail") << int(MainWindow::Section::AuditTrail) << 2;
    QTest::newRow("Unique ID review") << int(MainWindow::Section::UniqueIdReview) << 2;
}

void TestGuiAccessibility::everySectionNamesItsControls()
{
    QFETCH(int, section);
    QFETCH(int, minimumControls);
    m_session->window().showSection(MainWindow::Section(section));
    check(&m_session->window(), minimumControls);
}

void TestGuiAccessibility::leaDialogsNameTheirControls()
{
    QVERIFY(
        chooseComboData(m_session->find<QWidget>(QStringLiteral("profileCombo")), QStringLiteral("local-simulator")));
    LeaDialog *dialog = m_session->window().generalSetupPage()->openLeaDialog();
    check(dialog, 5);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("leaEditButton")), Qt::LeftButton);
    LeaEditDialog *editor = nullptr;
    QTRY_VERIFY((editor = dialog->findChild<LeaEditDialog *>(QStringLiteral("leaEditDialog"))));
    check(editor, 6);
    editor->reject();
    dialog->reject();
}

void TestGuiAccessibility::testConnectionDialogNamesItsControls()
{
    // Shown without running: the first profile's example URLs are not on this computer.
    TestConnectionDialog dialog(&m_session->editor(), m_secrets.get(), &m_session->window());
    dialog.show();
    check(&dialog, 2);
}

void TestGuiAccessibility::importDialogNamesItsControls()
{
    auto *dialog = m_session->window().findChild<RecordsImportDialog *>();
    QVERIFY(dialog);
    dialog->showDialog();
    check(dialog, 3);
    dialog->reject();
}

QTEST_MAIN(TestGuiAccessibility)
#include "test_gui_accessibility.moc"
