#include "CsvReader.h"

#include <QIODevice>

namespace dexdesk {

namespace {

constexpr qint64 kChunk = 64 * 1024;

} // namespace

CsvReader::CsvReader(QIODevice *device, Limits limits)
    : m_device(device)
    , m_limits(limits)
    , m_decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless)
{ }

CsvReader::CsvReader(const QByteArray &data, Limits limits)
    : m_limits(limits)
    , m_buffer(data)
    , m_decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless)
{ }

int CsvReader::nextByte()
{
    if (m_pushback >= 0)
        return std::exchange(m_pushback, -1);
    if (!m_started) {
        m_started = true;
        // Enough bytes to recognise the byte order mark that spreadsheet programs put in front.
        while (m_device && m_buffer.size() < 3) {
            const QByteArray more = m_device->read(kChunk);
            if (more.isEmpty())
                break;
            m_buffer += more;
        }
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    if (m_pos >= m_buffer.size()) {
        if (!m_device)
            return -1;
        m_buffer = m_device->read(kChunk);
        m_pos = 0;
        if (m_buffer.isEmpty())
            return -1;
    }
    return static_cast<unsigned char>(m_buffer.at(m_pos++));
}

bool CsvReader::fail(qint64 line, const QString &message)
{
    m_errorLine = line;
    m_error = message;
    return false;
}

bool CsvReader::endField(QStringList *fields)
{
    if (fields->size() >= m_limits.maxFields) {
        return fail(m_recordLine,
                    tr("line %1: the record has more than %2 fields. Check that the file is a CSV file "
                       "separated by commas.")
                        .arg(m_recordLine)
                        .arg(m_limits.maxFields));
    }
    m_decoder.resetState();
    QString text = m_decoder.decode(m_field);
    if (m_decoder.hasError()) {
        return fail(m_recordLine,
                    tr("line %1, field %2: the text is not UTF-8. Save the file as \"CSV UTF-8\" and "
                       "import it again.")
                        .arg(m_recordLine)
                        .arg(fields->size() + 1));
    }
    fields->append(std::move(text));
    m_field.clear();
    return true;
}

bool CsvReader::readRecord(QStringList *fields)
{
    fields->clear();
    if (hasError())
        return false;
    m_field.clear();
    m_recordBytes = 0;

    // Blank lines between records carry nothing.
    for (;;) {
        const int c = nextByte();
        if (c < 0)
            return false;
        if (c == '\n') {
            ++m_line;
            continue;
        }
        if (c == '\r') {
            ++m_line;
            const int n = nextByte();
            if (n != '\n')
                unread(n);
            continue;
        }
        unread(c);
        break;
    }
    m_recordLine = m_line;

    State state = State::FieldStart;
    qint64 quoteLine = 0;
    for (;;) {
        const int c = nextByte();
        if (c >= 0 && ++m_recordBytes > m_limits.maxRecordBytes) {
            return fail(m_recordLine,
                        tr("line %1: the record is longer than %2 bytes. Check that every quoted field "
                           "has its closing quote.")
                            .arg(m_recordLine)
                            .arg(m_limits.maxRecordBytes));
        }
        const bool lineEnd = c == '\n' || c == '\r';
        bool crlf = false;
        if (c == '\r') {
            const int n = nextByte();
            crlf = n == '\n';
            if (!crlf)
                unread(n);
        }
        switch (state) {
        case State::FieldStart:
            if (c == '"') {
                state = State::Quoted;
                quoteLine = m_line;
                continue;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted:
            if (c < 0 || lineEnd) {
                if (lineEnd)
                    ++m_line;
                return endField(fields);
            }
            if (c == ',') {
                if (!endField(fields))
                    return false;
                state = State::FieldStart;
                continue;
            }
            if (c == '"') {
                return fail(m_line,
                            tr("line %1, field %2: a quote inside a field that does not start with a quote. "
                               "Put the whole field in quotes and write the quote twice (\"\").")
                                .arg(m_line)
                                .arg(fields->size() + 1));
            }
            break;
        case State::Quoted:
            if (c < 0) {
                return fail(quoteLine,
                            tr("line %1, field %2: the quoted field is never closed. Add the closing "
                               "quote (\"), and write a quote inside a field twice (\"\").")
                                .arg(quoteLine)
                                .arg(fields->size() + 1));
            }
            if (c == '"') {
                state = State::QuoteInQuoted;
                continue;
            }
            if (lineEnd) {
                // Line breaks inside a field are kept as they are in the file, CRLF included.
                ++m_line;
                if (crlf) {
                    m_field.append('\r');
                    m_field.append('\n');
                    continue;
                }
            }
            break;
        case State::QuoteInQuoted:
            if (c == '"') {
                state = State::Quoted;
                break;
            }
            if (c < 0 || lineEnd) {
                if (lineEnd)
                    ++m_line;
                return endField(fields);
            }
            if (c == ',') {
                if (!endField(fields))
                    return false;
                state = State::FieldStart;
                continue;
            }
            return fail(m_line,
                        tr("line %1, field %2: there is text after the closing quote of a quoted field. A "
                           "quote inside a quoted field is written twice (\"\").")
                            .arg(m_line)
                            .arg(fields->size() + 1));
        }
        m_field.append(char(c));
        if (m_field.size() > m_limits.maxFieldBytes) {
            return fail(m_recordLine,
                        tr("line %1, field %2: the field is longer than %3 bytes. Check that every "
                           "quoted field has its closing quote.")
                            .arg(m_recordLine)
                            .arg(fields->size() + 1)
                            .arg(m_limits.maxFieldBytes));
        }
    }
}

} // namespace dexdesk
