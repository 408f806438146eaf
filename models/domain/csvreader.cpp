#include "models/domain/csvreader.h"

namespace Fordran {

namespace {

constexpr char16_t Quote = u'"';

constexpr bool isBlankChar(char16_t c)
{
    return c == u' ' || c == u'\t';
}

} // namespace

bool CsvRecord::isBlank() const
{
    for (const QString &field : fields) {
        for (const QChar c : field) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

CsvReader::CsvReader(QStringView text, QChar separator)
    : m_text(text)
    , m_separator(separator.isNull() ? detectSeparator(text) : separator)
{}

QChar CsvReader::detectSeparator(QStringView text)
{
    qsizetype semicolons = 0;
    qsizetype commas = 0;
    bool quoted = false;
    bool content = false; // blank lines before the header are skipped
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == Quote) {
            quoted = !quoted;
            content = true;
        } else if (!quoted) {
            if (u == u'\n' || u == u'\r') {
                if (content)
                    break;
                continue;
            }
            if (!c.isSpace())
                content = true;
            if (u == u';')
                ++semicolons;
            else if (u == u',')
                ++commas;
        }
    }
    return commas > semicolons ? QChar(u',') : QChar(DefaultSeparator);
}

bool CsvReader::fail(int line, int field, QString message)
{
    m_error = Error(std::move(message));
    m_errorLine = line;
    m_errorField = field;
    m_pos = m_text.size();
    return false;
}

bool CsvReader::consumeLineBreak()
{
    if (m_pos >= m_text.size())
        return false;
    const char16_t c = m_text[m_pos].unicode();
    if (c == u'\n') {
        ++m_pos;
    } else if (c == u'\r') {
        ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == u'\n')
            ++m_pos;
    } else {
        return false;
    }
    ++m_line;
    return true;
}

bool CsvReader::readNext(CsvRecord &record)
{
    record.fields.clear();
    if (hasError() || atEnd())
        return false;
    record.line = m_line;

    const qsizetype n = m_text.size();
    const char16_t sep = m_separator.unicode();
    for (;;) {
        const int fieldIndex = int(record.fields.size());
        qsizetype look = m_pos;
        while (look < n && isBlankChar(m_text[look].unicode()))
            ++look;

        if (look < n && m_text[look] == Quote) {
            // Quoted field: copy chunks between quotes, "" is one quote.
            const int startLine = m_line;
            qsizetype pos = look + 1;
            QString value;
            for (;;) {
                qsizetype chunkStart = pos;
                while (pos < n && m_text[pos] != Quote) {
                    const char16_t c = m_text[pos].unicode();
                    if (c == u'\n' || (c == u'\r' && (pos + 1 >= n || m_text[pos + 1] != u'\n')))
                        ++m_line;
                    ++pos;
                }
                if (pos >= n) {
                    return fail(startLine, fieldIndex,
                                tr("a quoted field is never closed (missing '\"')"));
                }
                value += m_text.sliced(chunkStart, pos - chunkStart);
                ++pos; // the quote
                if (pos < n && m_text[pos] == Quote) {
                    value += QChar(Quote);
                    ++pos;
                    continue;
                }
                break;
            }
            while (pos < n && isBlankChar(m_text[pos].unicode()))
                ++pos;
            m_pos = pos;
            record.fields.append(value);
            if (pos < n && m_text[pos] != sep && m_text[pos] != u'\n' && m_text[pos] != u'\r') {
                return fail(m_line, fieldIndex,
                            tr("unexpected text after the closing quote of a quoted field"));
            }
        } else {
            qsizetype pos = m_pos;
            while (pos < n) {
                const char16_t c = m_text[pos].unicode();
                if (c == sep || c == u'\n' || c == u'\r')
                    break;
                ++pos;
            }
            record.fields.append(m_text.sliced(m_pos, pos - m_pos).toString());
            m_pos = pos;
        }

        if (m_pos < n && m_text[m_pos] == sep) {
            ++m_pos;
            continue;
        }
        consumeLineBreak();
        return true;
    }
}

} // namespace Fordran
