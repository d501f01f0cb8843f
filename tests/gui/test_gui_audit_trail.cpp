// The Audit trail section: a saved change appears with its old and new values, newest first, as
// soon as the save has finished; a secret appears only as "changed"; Restore Defaults is recorded too.

#include "AuditTrail.h"
#include "AuditTrailPage.h"
#include "GuiTestSupport.h"

#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const QString kSim = QStringLiteral("local-simulator");
const QString kCanary = QStringLiteral("canary-secret-7f3e91");

} // namespace

class TestGuiAuditTrail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void savedChangeAppearsWithOldAndNewValues();
    void secretAppearsOnlyAsChanged();
    void restoreDefaultsIsRecorded();

private:
    QTableWidget *table() { return m_session->find<QTableWidget>(QStringLiteral("auditTable")); }
    // The first row (newest first) whose Field column is `field`, or -1.
    int rowOf(const QString &field);
    QString cell(int row, int column)
    {
        return table()->item(row, column) ? table()->item(row, column)->text() : QString();
    }
    void saveConnections(int value);

    std::unique_ptr<TestEnvironment> m_env;
    ProfileRepository m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<GuiSession> m_session;
    std::unique_ptr<PromptRecorder> m_prompts;
};

void TestGuiAuditTrail::init()
{
    m_env = std::make_unique<TestEnvironment>();
    m_profiles = TestEnvironment::shippedProfiles();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_prompts = std::make_unique<PromptRecorder>();
    m_session = std::make_unique<GuiSession>(*m_env, &m_profiles, m_secrets.get());
    QVERIFY(m_session->isValid());
    m_session->window().showSection(MainWindow::Section::AuditTrail);
    QTRY_VERIFY(m_session->window().auditTrailPage()->isVisible());
    QVERIFY(table());
}

void TestGuiAuditTrail::cleanup()
{
    m_session.reset();
    m_prompts.reset();
    m_secrets.reset();
    m_env.reset();
}

int TestGuiAuditTrail::rowOf(const QString &field)
{
    for (int row = 0; row < table()->rowCount(); ++row) {
        if (cell(row, AuditTrailPage::FieldColumn) == field)
            return row;
    }
    return -1;
}

void TestGuiAuditTrail::saveConnections(int value)
{
    GeneralSettings general = m_session->editor().working().general;
    general.simultaneousConnections = value;
    m_session->editor().setGeneral(general);
    QVERIFY(saveAndWait(m_session->editor()).ok);
}

void TestGuiAuditTrail::savedChangeAppearsWithOldAndNewValues()
{
    QCOMPARE(m_session->editor().saved().general.simultaneousConnections, 5);
    const QString field = QStringLiteral("simultaneousConnections");
    QCOMPARE(rowOf(field), -1);
    saveConnections(7);
    QTRY_VERIFY(rowOf(field) >= 0);
    const int row = rowOf(field);
    QCOMPARE(cell(row, AuditTrailPage::ChangeColumn), QStringLiteral("5 → 7"));
    QCOMPARE(cell(row, AuditTrailPage::ActionColumn), QStringLiteral("save"));
    QVERIFY(!cell(row, AuditTrailPage::WhenColumn).isEmpty());
    QCOMPARE(cell(row, AuditTrailPage::UserColumn), AuditTrail::currentUser());

    saveConnections(9); // newest first
    QTRY_COMPARE(cell(0, AuditTrailPage::ChangeColumn), QStringLiteral("7 → 9"));
    QCOMPARE(cell(0, AuditTrailPage::FieldColumn), field);
    QCOMPARE(cell(1, AuditTrailPage::ChangeColumn), QStringLiteral("5 → 7"));
}

void TestGuiAuditTrail::secretAppearsOnlyAsChanged()
{
    const QString field = QStringLiteral("lea.255901.secret");
    m_session->editor().setLeaSecret(kSim, QStringLiteral("255901"), kCanary);
    QVERIFY(saveAndWait(m_session->editor()).ok);
    QTRY_VERIFY(rowOf(field) >= 0);
    const int row = rowOf(field);
    QCOMPARE(cell(row, AuditTrailPage::ChangeColumn), QStringLiteral("changed"));
    QCOMPARE(cell(row, AuditTrailPage::ProfileColumn), kSim);
    for (int r = 0; r < table()->rowCount(); ++r) {
        for (int c = 0; c < table()->columnCount(); ++c)
            QVERIFY2(!cell(r, c).contains(kCanary), "the secret is shown in the audit view");
    }
}

void TestGuiAuditTrail::restoreDefaultsIsRecorded()
{
    // Restore Defaults resets the selected profile and clears its LEAs' secrets: that is recorded too.
    GeneralSettings general = m_session->editor().working().general;
    general.profileId = kSim;
    m_session->editor().setGeneral(general);
    m_session->editor().setLeaSecret(kSim, QStringLiteral("255901"), kCanary);
    QVERIFY(saveAndWait(m_session->editor()).ok);
    QTRY_VERIFY(rowOf(QStringLiteral("lea.255901.secret")) >= 0);
    QVERIFY(restoreAndWait(m_session->editor()).ok);
    QTRY_COMPARE(cell(0, AuditTrailPage::ActionColumn), QStringLiteral("restore-defaults"));
    const int row = rowOf(QStringLiteral("lea.255901.secret"));
    QCOMPARE(row, 0);
    QCOMPARE(cell(row, AuditTrailPage::ChangeColumn), QStringLiteral("changed"));
}

QTEST_MAIN(TestGuiAuditTrail)
#include "test_gui_audit_trail.moc"
