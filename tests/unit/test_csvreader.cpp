// CsvReader (RFC 4180): quoted fields with "" and line breaks inside, CRLF and LF, a byte order
// mark, the line each record starts on, and the errors a broken or hostile file must give.

#include "CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace dexdesk;

namespace {

struct Parsed {
    QList<QStringList> records;
    QList<qint64> lines;
    QString error;
    qint64 errorLine = 0;
};

Parsed parse(const QByteArray &data, CsvLimits limits = CsvLimits())
{
    Parsed p;
    CsvReader reader(data, limits);
    QStringList fields;
    while (reader.readRecord(&fields)) {
        p.records << fields;
        p.lines << reader.recordLine();
    }
    p.error = reader.errorString();
    p.errorLine = reader.errorLine();
    return p;
}

QStringList rec(std::initializer_list<const char *> fields)
{
    QStringList list;
    for (const char *f : fields)
        list << QString::fromUtf8(f);
    return list;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainRecords()
    {
        const Parsed p = parse("a,b,c\n1,2,3\n");
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.records, (QList<QStringList> {rec({"a", "b", "c"}), rec({"1", "2", "3"})}));
        QCOMPARE(p.lines, (QList<qint64> {1, 2}));
    }

    void emptyFieldsAndNoFinalNewline()
    {
        const Parsed p = parse("a,,c,\n,x");
        QCOMPARE(p.records, (QList<QStringList> {rec({"a", "", "c", ""}), rec({"", "x"})}));
    }

    void quotedFieldsWithCommasAndEscapedQuotes()
    {
        const Parsed p = parse("\"Smith, Jr\",\"say \"\"hi\"\"\",\"\"\n");
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.records, (QList<QStringList> {rec({"Smith, Jr", "say \"hi\"", ""})}));
    }

    void embeddedNewlineKeepsLaterLineNumbers()
    {
        const Parsed p = parse("id,note\n1,\"two\nlines\"\n2,\"three\r\nmore\nlines\"\n3,plain\n");
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.records.size(), 4);
        QCOMPARE(p.records.at(1).at(1), QStringLiteral("two\nlines"));
        QCOMPARE(p.records.at(2).at(1), QStringLiteral("three\r\nmore\nlines"));
        QCOMPARE(p.lines, (QList<qint64> {1, 2, 4, 7}));
    }

    void crlfLineEnds()
    {
        const Parsed p = parse("a,b\r\n1,2\r\n\r\n3,4\r\n");
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.records, (QList<QStringList> {rec({"a", "b"}), rec({"1", "2"}), rec({"3", "4"})}));
        QCOMPARE(p.lines, (QList<qint64> {1, 2, 4}));
    }

    void byteOrderMarkIsSkipped()
    {
        const Parsed p = parse("\xEF\xBB\xBFstudent_unique_id,first_name\nS1,Ren\xC3\xA9\n");
        QCOMPARE(p.records.first().first(), QStringLiteral("student_unique_id"));
        QCOMPARE(p.records.at(1).at(1), QStringLiteral("René"));
    }

    void readsFromADeviceInChunks()
    {
        // Longer than the reader's chunk, so records straddle reads.
        QByteArray data = "\xEF\xBB\xBFid,name\n";
        for (int i = 0; i < 20000; ++i)
            data += QByteArray::number(i) + ",\"name " + QByteArray::number(i) + "\"\n";
        QBuffer buffer(&data);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvReader reader(&buffer);
        QStringList fields;
        int count = 0;
        while (reader.readRecord(&fields))
            ++count;
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(count, 20001);
        QCOMPARE(fields, QStringList());
        QCOMPARE(reader.recordLine(), qint64(20001));
    }

    void emptyInput()
    {
        const Parsed p = parse({});
        QVERIFY(p.records.isEmpty());
        QVERIFY(p.error.isEmpty());
        QVERIFY(parse("\xEF\xBB\xBF").records.isEmpty());
        QVERIFY(parse("\n\r\n\n").records.isEmpty());
    }

    void unterminatedQuoteNamesTheLineItStarts()
    {
        const Parsed p = parse("a,b\n1,2\n3,\"never closed\n4,5\n");
        QCOMPARE(p.records.size(), 2);
        QCOMPARE(p.errorLine, qint64(3));
        QVERIFY2(p.error.contains(QStringLiteral("line 3, field 2")), qPrintable(p.error));
        QVERIFY2(p.error.contains(QStringLiteral("never closed")), qPrintable(p.error));
    }

    void strayQuoteInUnquotedField()
    {
        const Parsed p = parse("a,b\n1,5\" tall\n");
        QCOMPARE(p.errorLine, qint64(2));
        QVERIFY2(p.error.contains(QStringLiteral("line 2, field 2")), qPrintable(p.error));
        QVERIFY2(p.error.contains(QStringLiteral("\"\"")), qPrintable(p.error));
    }

    void textAfterClosingQuote()
    {
        const Parsed p = parse("a\n\"x\"y\n");
        QCOMPARE(p.errorLine, qint64(2));
        QVERIFY2(p.error.contains(QStringLiteral("after the closing quote")), qPrintable(p.error));
    }

    void oversizeFieldIsRefused()
    {
        CsvLimits limits;
        limits.maxFieldBytes = 100;
        const Parsed ok = parse("a\n" + QByteArray(100, 'x') + "\n", limits);
        QVERIFY2(ok.error.isEmpty(), qPrintable(ok.error));
        // An unterminated quote would otherwise swallow the rest of a huge file.
        const Parsed p = parse("a\n\"" + QByteArray(100000, 'x'), limits);
        QCOMPARE(p.errorLine, qint64(2));
        QVERIFY2(p.error.contains(QStringLiteral("longer than 100 bytes")), qPrintable(p.error));
    }

    void oversizeRecordAndTooManyFields()
    {
        CsvLimits limits;
        limits.maxRecordBytes = 50;
        limits.maxFields = 5;
        QVERIFY(parse(QByteArray(30, 'a') + ',' + QByteArray(30, 'b') + "\n", limits)
                    .error.contains(QStringLiteral("longer than 50 bytes")));
        QVERIFY(parse("a,b,c,d,e,f\n", limits).error.contains(QStringLiteral("more than 5 fields")));
        QVERIFY(parse("a,b,c,d,e\n", limits).error.isEmpty());
    }

    void invalidUtf8IsRefused()
    {
        const Parsed p = parse("a\nRen\xE9\n");
        QCOMPARE(p.errorLine, qint64(2));
        QVERIFY2(p.error.contains(QStringLiteral("UTF-8")), qPrintable(p.error));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
