// Rotating log files: a file rotates when it would pass the size cap, and only the documented
// number of files is kept (LogLimits, docs/logging.md).

#include "LogCategories.h"
#include "Logging.h"
#include "LoggingTestSupport.h"
#include "LogLimits.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace dexdesk;

class TestLogRotation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Logging::shutdown(); }
    void documentedLimits();
    void rotatesAtCapAndKeepsCount();
    void defaultCapIsTheDocumentedOne();
    void handlerRotatesToo();
};

void TestLogRotation::documentedLimits()
{
    QCOMPARE(LogLimits::kFileSizeCap, qint64(5 * 1024 * 1024));
    QCOMPARE(LogLimits::kKeptFiles, 5);
}

void TestLogRotation::rotatesAtCapAndKeepsCount()
{
    test::TestEnvironment env;
    const QString dir = env.path(QStringLiteral("logs"));
    const qint64 cap = 1000;
    LogFileSink sink(dir, cap, 5);
    // 100 lines of 100 bytes (99 + newline): 10 lines per file, 10 files' worth in all.
    for (int i = 0; i < 100; ++i)
        QVERIFY(sink.write({QStringLiteral("line %1 ").arg(i, 4, 10, QLatin1Char('0')).leftJustified(99, u'x')}));
    sink.close();

    const QStringList files = LogFileSink::existingFiles(dir);
    QCOMPARE(files.size(), 5);
    QCOMPARE(QFileInfo(files.first()).fileName(), QStringLiteral("dexdesk.log"));
    for (int n = 1; n < 5; ++n)
        QCOMPARE(QFileInfo(files.at(n)).fileName(), QStringLiteral("dexdesk.%1.log").arg(n));
    for (const QString &path : files)
        QVERIFY2(QFileInfo(path).size() <= cap, qPrintable(path));
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 5);

    const auto content = [&](int i) {
        QFile f(files.at(i));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    // Newest in dexdesk.log, older ones in .1 … .4, the oldest lines gone.
    QVERIFY(content(0).contains("line 0099"));
    QVERIFY(content(1).contains("line 0089"));
    QVERIFY(content(4).contains("line 0050"));
    QVERIFY(!test::logFileBytes(dir).contains("line 0049"));
}

void TestLogRotation::defaultCapIsTheDocumentedOne()
{
    test::TestEnvironment env;
    const QString dir = env.path(QStringLiteral("logs"));
    LogFileSink sink(dir);
    const QString line = QString(1023, u'a');
    QStringList batch;
    for (int i = 0; i < 1024; ++i)
        batch << line;
    for (int mib = 0; mib < 6; ++mib) // 6 MiB: one rotation at 5 MiB
        QVERIFY(sink.write(batch));
    sink.close();
    const QStringList files = LogFileSink::existingFiles(dir);
    QCOMPARE(files.size(), 2);
    QCOMPARE(QFileInfo(files.at(1)).size(), LogLimits::kFileSizeCap);
    QCOMPARE(QFileInfo(files.at(0)).size(), qint64(1024 * 1024));
}

void TestLogRotation::handlerRotatesToo()
{
    test::TestEnvironment env;
    const QString dir = env.path(QStringLiteral("logs"));
    Logging::Options options;
    options.logDirectory = dir;
    options.levels = LogLevels::all();
    options.fileSizeCap = 4096;
    options.keptFiles = 3;
    Logging::install(options);
    for (int i = 0; i < 2000; ++i)
        qCInfo(lcEngine) << "message number" << i;
    QVERIFY(Logging::flush());
    const QStringList files = LogFileSink::existingFiles(dir);
    QCOMPARE(files.size(), 3);
    for (const QString &path : files)
        QVERIFY(QFileInfo(path).size() <= 4096);
    QVERIFY(test::logFileBytes(dir).contains("message number 1999"));
}

QTEST_GUILESS_MAIN(TestLogRotation)
#include "test_logrotation.moc"
