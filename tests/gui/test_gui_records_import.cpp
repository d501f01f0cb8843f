// File ▸ Import Records from CSV… in the window: a good file's rows land and the counts show; a
// file with a bad row lists the problem by line and changes nothing; Browse… fills the file in.

#include "GuiTestSupport.h"
#include "RecordsImportDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray studentsCsv(int count)
{
    QByteArray csv = "student_unique_id,first_name,last_surname,birth_date\n";
    for (int i = 1; i <= count; ++i)
        csv += "S" + QByteArray::number(i) + ",Ann,Lee" + QByteArray::number(i) + ",2012-01-15\n";
    return csv;
}

} // namespace

class TestGuiRecordsImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_profiles = TestEnvironment::shippedProfiles();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_prompts = std::make_unique<PromptRecorder>();
        m_session = std::make_unique<GuiSession>(*m_env, &m_profiles, m_secrets.get());
        QVERIFY(m_session->isValid());
    }

    void cleanup()
    {
        m_session.reset();
        m_prompts.reset();
        m_secrets.reset();
        m_env.reset();
    }

    void importsAGoodFileAndRefusesABadOne()
    {
        auto *action = m_session->find<QAction>(QStringLiteral("importRecordsAction"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = m_session->find<RecordsImportDialog>(QStringLiteral("recordsImportDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *fileEdit = dialog->findChild<QLineEdit *>(QStringLiteral("recordsFileEdit"));
        auto *importButton = dialog->findChild<QPushButton *>(QStringLiteral("recordsImportButton"));
        auto *resultView = dialog->findChild<QPlainTextEdit *>(QStringLiteral("recordsResultView"));
        auto *year = dialog->findChild<QSpinBox *>(QStringLiteral("recordsSchoolYearSpin"));
        QVERIFY(fileEdit && importButton && resultView && year);
        QVERIFY(!importButton->isEnabled()); // no file yet

        QVERIFY(chooseComboData(dialog->findChild<QWidget *>(QStringLiteral("recordsResourceCombo")),
                                QStringLiteral("students")));
        const QString good = m_env->path(QStringLiteral("students.csv"));
        QVERIFY(writeFile(good, studentsCsv(40)));
        retype(fileEdit, good);
        year->setValue(2027);
        retype(dialog->findChild<QLineEdit *>(QStringLiteral("recordsLeaEdit")), QStringLiteral("255901"));
        QSignalSpy finished(dialog, &RecordsImportDialog::importFinished);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(resultView->toPlainText().contains(QStringLiteral("New: 40")), qPrintable(resultView->toPlainText()));
        QCOMPARE(studentRows(), 40);

        // Line 8 holds an impossible date: the dialog names it and nothing changes.
        QByteArray badCsv = studentsCsv(60);
        badCsv.replace("S7,Ann,Lee7,2012-01-15", "S7,Ann,Lee7,2012-01-32");
        const QString bad = m_env->path(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(bad, badCsv));
        retype(fileEdit, bad);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY2(resultView->toPlainText().contains(QStringLiteral("line 8, birth_date: \"2012-01-32\"")),
                 qPrintable(resultView->toPlainText()));
        QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("recordsStatusLabel"))
                    ->property("text")
                    .toString()
                    .contains(QStringLiteral("nothing was changed")));
        QCOMPARE(studentRows(), 40);

        // Replace with a shorter good file: the rows it lacks go.
        QVERIFY(writeFile(good, studentsCsv(30)));
        retype(fileEdit, good);
        dialog->findChild<QCheckBox *>(QStringLiteral("recordsReplaceCheck"))->setChecked(true);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 3);
        QVERIFY2(resultView->toPlainText().contains(QStringLiteral("deleted: 10")),
                 qPrintable(resultView->toPlainText()));
        QCOMPARE(studentRows(), 30);
    }

    void browseFillsTheFile()
    {
        m_session->find<QAction>(QStringLiteral("importRecordsAction"))->trigger();
        auto *dialog = m_session->find<RecordsImportDialog>(QStringLiteral("recordsImportDialog"));
        QVERIFY(dialog);
        const QString file = m_env->path(QStringLiteral("picked.csv"));
        m_prompts->answerFile(file);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("recordsBrowseButton")), Qt::LeftButton);
        QCOMPARE(m_prompts->requests(Prompt::Kind::OpenFile).size(), 1);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("recordsFileEdit"))->text(),
                 QDir::toNativeSeparators(file));
        QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("recordsImportButton"))->isEnabled());
    }

private:
    int studentRows() const
    {
        auto db = m_env->openDatabase();
        QSqlQuery q(db->connection());
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM rec_students")) && q.next() ? q.value(0).toInt() : -1;
    }

    std::unique_ptr<TestEnvironment> m_env;
    ProfileRepository m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<PromptRecorder> m_prompts;
    std::unique_ptr<GuiSession> m_session;
};

QTEST_MAIN(TestGuiRecordsImport)
#include "test_gui_records_import.moc"
