// Help ▸ Language: the choice is stored per user (QSettings, not the database), the open window
// says it applies at the next start, and after a restart the texts, dates and numbers follow it.

#include "GuiTestSupport.h"
#include "LanguageMenu.h"
#include "Translations.h"

#include <QAction>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dexdesk;
using namespace dexdesk::test;

class TestGuiLanguage : public GuiSessionTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void choosingSpanishAppliesAfterARestart();
    void choosingFrenchThenSystemDefault();

private:
    void restart();
    QAction *action(const char *name) { return m_session->find<QAction>(QString::fromLatin1(name)); }
    QString firstSection() { return m_session->find<QListWidget>(QStringLiteral("navigationList"))->item(0)->text(); }

    QTemporaryDir m_settingsDir;
};

void TestGuiLanguage::initTestCase()
{
    // The user's own settings are never touched: QSettings writes into a throwaway folder.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCOMPARE(Translations::chosenLanguage(), QString());
    Translations::install(QStringLiteral("en"));
}

void TestGuiLanguage::init()
{
    QVERIFY(openSession());
}

void TestGuiLanguage::cleanup()
{
    closeSession();
    Translations::setChosenLanguage({});
    Translations::install(QStringLiteral("en"));
}

void TestGuiLanguage::cleanupTestCase()
{
    QLocale::setDefault(QLocale::c());
}

// As dexdesk's main() does at start: the stored choice decides the translators and the locale.
void TestGuiLanguage::restart()
{
    m_session.reset();
    Translations::install(Translations::chosenLanguage());
    m_session = std::make_unique<GuiSession>(*m_env, &m_profiles, m_secrets.get());
    QVERIFY(m_session->isValid());
}

void TestGuiLanguage::choosingSpanishAppliesAfterARestart()
{
    QVERIFY(action("languageSystemAction")->isChecked());
    QAction *spanish = action("languageEsAction");
    QVERIFY(spanish);
    QCOMPARE(spanish->text(), QStringLiteral("Español")); // named in itself, whatever is shown now
    spanish->trigger();

    QCOMPARE(Translations::chosenLanguage(), QStringLiteral("es"));
    const QList<Prompt::Request> notes = m_prompts->requests(Prompt::Kind::Information);
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.first().text.contains(QStringLiteral("Español"))
                 && notes.first().text.contains(QStringLiteral("next time it starts")),
             qPrintable(notes.first().text));
    QCOMPARE(firstSection(), QStringLiteral("General Setup")); // the open window stays as it is
    // Stored per user, in the user's settings file, not in the shared database.
    QSettings stored(QSettings::UserScope, QStringLiteral("dexdesk"), QStringLiteral("dexdesk"));
    QVERIFY2(stored.fileName().startsWith(m_settingsDir.path()), qPrintable(stored.fileName()));
    QCOMPARE(stored.value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
    QVERIFY(!databaseBytes(m_env->databasePath()).contains("ui/language"));

    restart();
    QCOMPARE(firstSection(), QStringLiteral("Configuración general"));
    QCOMPARE(m_session->find<QMenu>(QStringLiteral("helpMenu"))->title(), QStringLiteral("Ay&uda"));
    QVERIFY(action("languageEsAction")->isChecked());
    QCOMPARE(QLocale().language(), QLocale::Spanish);
    QCOMPARE(QLocale().toString(2.5), QStringLiteral("2,5"));
    QCOMPARE(QLocale().toString(QDate(2026, 3, 9), QLocale::LongFormat).contains(QStringLiteral("marzo")), true);

    // Choosing it again changes nothing and says nothing.
    m_prompts->clear();
    action("languageEsAction")->trigger();
    QVERIFY(m_prompts->requests().isEmpty());
}

void TestGuiLanguage::choosingFrenchThenSystemDefault()
{
    action("languageFrAction")->trigger();
    QCOMPARE(Translations::chosenLanguage(), QStringLiteral("fr"));
    restart();
    QCOMPARE(firstSection(), QStringLiteral("Configuration générale"));
    QCOMPARE(QLocale().language(), QLocale::French);

    action("languageSystemAction")->trigger();
    QCOMPARE(Translations::chosenLanguage(), QString());
    QSettings stored(QSettings::UserScope, QStringLiteral("dexdesk"), QStringLiteral("dexdesk"));
    QVERIFY(!stored.contains(QStringLiteral("ui/language")));
    QCOMPARE(m_prompts->requests(Prompt::Kind::Information).size(), 2); // one note per choice
}

QTEST_MAIN(TestGuiLanguage)
#include "test_gui_language.moc"
