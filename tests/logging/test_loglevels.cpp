// Levels filtered at the source (SPEC §9): a message of a disabled level reaches neither the log
// table nor the log files, errors always do, and a saved change of the levels applies at once.

#include "AppServices.h"
#include "LogCategories.h"
#include "Logging.h"
#include "LoggingTestSupport.h"

#include <QTest>
#include <QUuid>

using namespace dexdesk;

namespace {

// Counts how often it is formatted: a disabled level must not format its arguments at all.
struct Probe {
    int *formatted;
};
QDebug operator<<(QDebug d, const Probe &p)
{
    ++*p.formatted;
    return d << "probe";
}

QString marker()
{
    return QStringLiteral("m-") + QUuid::createUuid().toString(QUuid::Id128);
}

} // namespace

class TestLogLevels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Logging::shutdown(); }
    void eachLevelOnOff_data();
    void eachLevelOnOff();
    void disabledLevelIsNotFormatted();
    void changeTakesEffectAtOnce();
    void savedSettingsApplyAtOnce();
};

void TestLogLevels::eachLevelOnOff_data()
{
    QTest::addColumn<bool>("warnings");
    QTest::addColumn<bool>("info");
    QTest::addColumn<bool>("diagnostic");
    QTest::newRow("all off") << false << false << false;
    QTest::newRow("warnings") << true << false << false;
    QTest::newRow("info") << false << true << false;
    QTest::newRow("diagnostic") << false << false << true;
    QTest::newRow("all on") << true << true << true;
}

void TestLogLevels::eachLevelOnOff()
{
    QFETCH(bool, warnings);
    QFETCH(bool, info);
    QFETCH(bool, diagnostic);
    test::TestEnvironment env;
    auto db = env.openDatabase();
    QVERIFY(db);
    const QString logDir = env.path(QStringLiteral("logs"));
    Logging::install({env.databasePath(), logDir, {warnings, info, diagnostic}, false});

    const QString error = marker(), warning = marker(), information = marker(), debug = marker();
    qCCritical(lcEngine).noquote() << error;
    qCWarning(lcNetHttp).noquote() << warning;
    qCInfo(lcSettings).noquote() << information;
    qCDebug(lcPublish).noquote() << debug;
    // Messages without a category (Qt's own, plain qDebug) follow the same levels.
    const QString plainDebug = marker();
    qDebug("%s", qPrintable(plainDebug));
    QVERIFY(Logging::flush());

    const QByteArray files = test::logFileBytes(logDir);
    const auto inTable = [&](const QString &m) {
        return test::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM logs WHERE message = '%1'").arg(m));
    };
    QCOMPARE(inTable(error), 1);
    QVERIFY(files.contains(error.toUtf8()));
    QCOMPARE(inTable(warning), warnings ? 1 : 0);
    QCOMPARE(files.contains(warning.toUtf8()), warnings);
    QCOMPARE(inTable(information), info ? 1 : 0);
    QCOMPARE(files.contains(information.toUtf8()), info);
    QCOMPARE(inTable(debug), diagnostic ? 1 : 0);
    QCOMPARE(files.contains(debug.toUtf8()), diagnostic);
    QCOMPARE(inTable(plainDebug), diagnostic ? 1 : 0);

    // The stored level and category are the ones logged.
    QCOMPARE(
        test::scalar(
            db->connection(),
            QStringLiteral("SELECT level FROM logs WHERE message = '%1' AND category = 'dexdesk.engine'").arg(error)),
        qint64(LogLevel::Error));
}

void TestLogLevels::disabledLevelIsNotFormatted()
{
    test::TestEnvironment env;
    Logging::install({{}, {}, {true, true, false}, false});
    int formatted = 0;
    qCDebug(lcEngine) << Probe {&formatted};
    QCOMPARE(formatted, 0);
    qCInfo(lcEngine) << Probe {&formatted};
    QCOMPARE(formatted, 1);
}

void TestLogLevels::changeTakesEffectAtOnce()
{
    test::TestEnvironment env;
    auto db = env.openDatabase();
    QVERIFY(db);
    Logging::install({env.databasePath(), env.path(QStringLiteral("logs")), {}, false});
    const QString before = marker(), after = marker(), offAgain = marker();
    qCInfo(lcDownload).noquote() << before;
    Logging::applyLevels({false, true, false});
    qCInfo(lcDownload).noquote() << after;
    Logging::applyLevels({});
    qCInfo(lcDownload).noquote() << offAgain;
    QVERIFY(Logging::flush());
    const auto count = [&](const QString &m) {
        return test::scalar(db->connection(), QStringLiteral("SELECT COUNT(*) FROM logs WHERE message = '%1'").arg(m));
    };
    QCOMPARE(count(before), 0);
    QCOMPARE(count(after), 1);
    QCOMPARE(count(offAgain), 0);
}

void TestLogLevels::savedSettingsApplyAtOnce()
{
    // The program's wiring: AppServices installs logging at the saved levels and follows saves.
    AppServices::Options options;
    options.installLogging = true;
    test::ServicesFixture f(options);
    QVERIFY2(f.opened, qPrintable(f.error));
    AppServices &services = *f.services;
    SettingsEditor *editor = &services.editor();

    const QString beforeSave = marker();
    qCDebug(lcUniqueId).noquote() << beforeSave;
    GeneralSettings g = editor->working().general;
    g.logDiagnostic = true;
    editor->setGeneral(g);
    const QString unsaved = marker();
    qCDebug(lcUniqueId).noquote() << unsaved; // edited but not saved: still off
    QVERIFY(test::saveAndWait(*editor).ok);
    const QString afterSave = marker();
    qCDebug(lcUniqueId).noquote() << afterSave;

    g.logDiagnostic = false;
    editor->setGeneral(g);
    QVERIFY(test::saveAndWait(*editor).ok);
    const QString afterSecondSave = marker();
    qCDebug(lcUniqueId).noquote() << afterSecondSave;
    QVERIFY(Logging::flush());

    const auto count = [&](const QString &m) {
        return test::scalar(services.database().connection(),
                            QStringLiteral("SELECT COUNT(*) FROM logs WHERE message = '%1'").arg(m));
    };
    QCOMPARE(count(beforeSave), 0);
    QCOMPARE(count(unsaved), 0);
    QCOMPARE(count(afterSave), 1);
    QCOMPARE(count(afterSecondSave), 0);
}

QTEST_GUILESS_MAIN(TestLogLevels)
#include "test_loglevels.moc"
