#pragma once

// Reads RFC 4180 CSV (UTF-8, comma, quoted fields with "" and line breaks inside) one record at
// a time, with the physical line each record starts on. Field and record sizes are capped so a
// hostile or mistaken file cannot exhaust memory; any problem stops the reading with a message.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace dexdesk {

// What one record may hold; beyond it the reader stops with an error.
struct CsvLimits {
    qsizetype maxFieldBytes = 64 * 1024;
    qsizetype maxRecordBytes = 1024 * 1024;
    qsizetype maxFields = 1000;
};

class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    using Limits = CsvLimits;

    // Reads from `device`, which must be open and outlive the reader.
    explicit CsvReader(QIODevice *device, Limits limits = Limits());
    // Reads from bytes held in memory (tests, small inputs).
    explicit CsvReader(const QByteArray &data, Limits limits = Limits());
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // The next record's fields. False at the end of the input or on an error (then hasError()).
    // Empty lines between records are skipped.
    bool readRecord(QStringList *fields);

    qint64 recordLine() const { return m_recordLine; } // 1-based line where the last record starts
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; } // "line 4: …; what to do"
    qint64 errorLine() const { return m_errorLine; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    int nextByte(); // -1 at the end of the input or on a read error
    void unread(int c) { m_pushback = c; }
    bool endField(QStringList *fields);
    bool fail(qint64 line, const QString &message);

    QIODevice *m_device = nullptr;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    int m_pushback = -1;
    bool m_started = false;
    QByteArray m_field;
    qsizetype m_recordBytes = 0;
    qint64 m_line = 1; // the physical line of the next byte
    qint64 m_recordLine = 0;
    qint64 m_errorLine = 0;
    QString m_error;
    QStringDecoder m_decoder;
};

} // namespace dexdesk
