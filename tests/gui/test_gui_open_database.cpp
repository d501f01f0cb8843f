// File ▸ Open Database…: the status bar names the open database; the dialog takes an SQLite file or
// a postgresql:// URL and refuses a URL with a password (with the command line's words, the password
// wiped from the field), the open database, and a folder; unsaved edits are asked about (Cancel keeps
// the window on this database, Discard goes on); the program is asked to open the chosen database
// only once the window may close, and a failure to do so keeps the window open with the reason.

#include "DatabaseLocation.h"
#include "GuiTestSupport.h"
#include "OpenDatabaseDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

class TestGuiOpenDatabase : public GuiSessionTest
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(openSession());
        m_opened.clear();
        m_openerAnswer = true;
        m_session->window().setDatabaseOpener([this](const QString &location, QString *error) {
            m_opened << location;
            if (!m_openerAnswer)
                *error = QStringLiteral("could not start again (test)");
            return m_openerAnswer;
        });
    }
    void cleanup() { closeSession(); }

    void statusBarNamesTheDatabase()
    {
        auto *label = m_session->find<QLabel>(QStringLiteral("databaseLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Database: dexdesk.sqlite"));
        QVERIFY(label->toolTip().contains(m_env->databasePath()));
        m_session->window().setDatabasePath(QStringLiteral("postgresql://dexdesk@db.example.org:5432/district"));
        QCOMPARE(label->text(), QStringLiteral("Database: postgresql://dexdesk@db.example.org:5432/district"));
    }

    void refusesPasswordCurrentAndFolder()
    {
        OpenDatabaseDialog *dialog = openDialog();
        QVERIFY(dialog);
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("databaseLocationEdit"));
        auto *open = dialog->findChild<QPushButton *>(QStringLiteral("openDatabaseButton"));
        auto *problem = dialog->findChild<QLabel *>(QStringLiteral("databaseProblemLabel"));
        QVERIFY(edit && open && problem);
        QVERIFY(!open->isEnabled()); // nothing typed yet

        const QString withPassword = QStringLiteral("postgresql://dexdesk:hunter2@db.example.org/district");
        DatabaseLocation parsed;
        QString expected;
        QVERIFY(!DatabaseLocation::parse(withPassword, &parsed, &expected));
        QTest::keyClicks(edit, withPassword);
        QTest::mouseClick(open, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QCOMPARE(problem->text(), expected); // the words of --database
        QVERIFY(problem->isVisible());
        QVERIFY(!problem->text().contains(QLatin1String("hunter2")));
        QVERIFY(edit->text().isEmpty()); // the password does not stay on screen

        QTest::keyClicks(edit, m_env->databasePath());
        QTest::mouseClick(open, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("open already")), qPrintable(problem->text()));

        edit->clear();
        QTest::keyClicks(edit, m_env->path(QString()));
        QTest::mouseClick(open, Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("is a folder")), qPrintable(problem->text()));

        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("cancelOpenDatabaseButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY(m_opened.isEmpty());
        QVERIFY(m_session->window().isVisible());
    }

    void opensAnotherFileAfterClosing()
    {
        const QString other = m_env->path(QStringLiteral("district-b.sqlite"));
        QVERIFY(choose(other));
        QTRY_COMPARE(m_opened, QStringList {other});
        QVERIFY(!m_session->window().isVisible());
    }

    void opensAPostgreSQLUrl()
    {
        const QString url = QStringLiteral("postgresql://dexdesk@db.example.org:5432/district?sslmode=verify-full");
        QVERIFY(choose(url));
        QTRY_COMPARE(m_opened.size(), 1);
        DatabaseLocation parsed;
        QString error;
        QVERIFY(DatabaseLocation::parse(url, &parsed, &error));
        QCOMPARE(m_opened.first(), parsed.toString());
    }

    void unsavedEditsAreAskedAbout()
    {
        QTest::mouseClick(m_session->find<QCheckBox>(QStringLiteral("infoCheck")), Qt::LeftButton);
        QVERIFY(m_session->editor().isDirty());
        const QString other = m_env->path(QStringLiteral("district-b.sqlite"));

        m_prompts->answer(Prompt::Choice::Cancel);
        QVERIFY(choose(other));
        QTRY_COMPARE(m_prompts->requests(Prompt::Kind::Question).size(), 1);
        QCOMPARE(m_prompts->requests(Prompt::Kind::Question).first().choices,
                 (QList<Prompt::Choice> {Prompt::Choice::Save, Prompt::Choice::Discard, Prompt::Choice::Cancel}));
        QVERIFY(m_opened.isEmpty());
        QVERIFY(m_session->window().isVisible());
        QVERIFY(m_session->editor().isDirty());
        // Cancelled: a later plain close does not open the other database.
        m_prompts->answer(Prompt::Choice::Cancel);
        QVERIFY(!m_session->window().close());
        QVERIFY(m_opened.isEmpty());

        m_prompts->answer(Prompt::Choice::Discard);
        QVERIFY(choose(other));
        QTRY_COMPARE(m_opened, QStringList {other});
        QVERIFY(!m_session->editor().saved().general.logInfo);
    }

    void saveFirstThenOpens()
    {
        QTest::mouseClick(m_session->find<QCheckBox>(QStringLiteral("infoCheck")), Qt::LeftButton);
        m_prompts->answer(Prompt::Choice::Save);
        const QString other = m_env->path(QStringLiteral("district-b.sqlite"));
        QVERIFY(choose(other));
        QTRY_COMPARE(m_opened, QStringList {other});
        QVERIFY(m_session->editor().saved().general.logInfo);
    }

    void failureToOpenKeepsTheWindow()
    {
        m_openerAnswer = false;
        QVERIFY(choose(m_env->path(QStringLiteral("district-b.sqlite"))));
        QTRY_COMPARE(m_prompts->requests(Prompt::Kind::Warning).size(), 1);
        QVERIFY(m_prompts->requests(Prompt::Kind::Warning).first().text.contains(QLatin1String("could not start")));
        QVERIFY(m_session->window().isVisible());
        QCOMPARE(m_opened.size(), 1);
    }

private:
    OpenDatabaseDialog *openDialog()
    {
        auto *action = m_session->find<QAction>(QStringLiteral("openDatabaseAction"));
        if (!action || !action->isVisible())
            return nullptr;
        action->trigger();
        OpenDatabaseDialog *dialog = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    dialog = m_session->find<OpenDatabaseDialog>(QStringLiteral("openDatabaseDialog"));
                    return dialog && dialog->isVisible();
                },
                5000))
            return nullptr;
        return dialog;
    }

    bool choose(const QString &location)
    {
        OpenDatabaseDialog *dialog = openDialog();
        if (!dialog)
            return false;
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("databaseLocationEdit"));
        QTest::keyClicks(edit, location);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("openDatabaseButton")), Qt::LeftButton);
        return true;
    }

    QStringList m_opened;
    bool m_openerAnswer = true;
};

QTEST_MAIN(TestGuiOpenDatabase)
#include "test_gui_open_database.moc"
