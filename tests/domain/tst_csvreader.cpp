#include "models/domain/csvreader.h"

#include <QRandomGenerator>
#include <QTest>

using Fordran::CsvReader;
using Fordran::CsvRecord;

namespace {

// "line:field|field" per record, joined with " / ": compact enough for table rows.
QString describe(const QList<CsvRecord> &records)
{
    QStringList parts;
    for (const CsvRecord &r : records)
        parts << QString::number(r.line) + u':' + r.fields.join(u'|');
    return parts.join(u" / ");
}

QList<CsvRecord> readAll(CsvReader &reader)
{
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.readNext(record))
        records.append(record);
    return records;
}

} // namespace

class TestCsvReader final : public QObject
{
    Q_OBJECT

private slots:
    void read_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("records");

        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("one-field") << u"a"_qs << u"1:a"_qs;
        QTest::newRow("semicolons") << u"a;b;c\n1;2;3\n"_qs << u"1:a|b|c / 2:1|2|3"_qs;
        QTest::newRow("crlf") << u"a;b\r\n1;2\r\n"_qs << u"1:a|b / 2:1|2"_qs;
        QTest::newRow("lone-cr") << u"a;b\r1;2\r"_qs << u"1:a|b / 2:1|2"_qs;
        QTest::newRow("no-final-newline") << u"a;b\n1;2"_qs << u"1:a|b / 2:1|2"_qs;
        QTest::newRow("empty-fields") << u";;\n"_qs << u"1:||"_qs;
        QTest::newRow("trailing-separator") << u"a;b;"_qs << u"1:a|b|"_qs;
        QTest::newRow("blank-lines-kept") << u"a\n\nb\n"_qs << u"1:a / 2: / 3:b"_qs;
        QTest::newRow("quoted-separator") << u"\"a;b\";c"_qs << u"1:a;b|c"_qs;
        QTest::newRow("escaped-quote") << u"\"say \"\"hi\"\"\";x"_qs << u"1:say \"hi\"|x"_qs;
        QTest::newRow("only-escaped-quote") << u"\"\"\"\""_qs << u"1:\""_qs;
        QTest::newRow("empty-quoted") << u"\"\";b"_qs << u"1:|b"_qs;
        QTest::newRow("quoted-newline") << u"\"two\nlines\";x\nnext;y"_qs << u"1:two\nlines|x / 3:next|y"_qs;
        QTest::newRow("quoted-crlf") << u"\"a\r\nb\"\r\nc"_qs << u"1:a\r\nb / 3:c"_qs;
        QTest::newRow("spaces-around-quotes") << u"  \"a;b\"  ;c"_qs << u"1:a;b|c"_qs;
        QTest::newRow("unquoted-spaces-kept") << u" a ; b "_qs << u"1: a | b "_qs;
        QTest::newRow("inner-quote-literal") << u"12\" pizza;x"_qs << u"1:12\" pizza|x"_qs;
        QTest::newRow("quoted-at-end") << u"a;\"b\""_qs << u"1:a|b"_qs;
        QTest::newRow("unicode") << u"Åsa Öberg;Växjö"_qs << u"1:Åsa Öberg|Växjö"_qs;
    }

    void read()
    {
        QFETCH(QString, text);
        QFETCH(QString, records);
        CsvReader reader(text, QChar(u';'));
        const QList<CsvRecord> read = readAll(reader);
        QVERIFY2(!reader.hasError(), qPrintable(reader.error().message));
        QCOMPARE(describe(read), records);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("field");
        QTest::addColumn<int>("recordsBefore");

        QTest::newRow("unterminated-last") << u"a;b\n1;\"open\n2;3\n"_qs << 2 << 1 << 1;
        QTest::newRow("unterminated-first") << u"\"abc"_qs << 1 << 0 << 0;
        QTest::newRow("unterminated-after-multiline") << u"\"x\ny\";z\nq;\"r"_qs << 3 << 1 << 1;
        QTest::newRow("text-after-quote") << u"a;b\n\"x\"y;z"_qs << 2 << 0 << 1;
        QTest::newRow("lone-quote-at-end") << u"a;\""_qs << 1 << 1 << 0;
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, field);
        QFETCH(int, recordsBefore);
        CsvReader reader(text, QChar(u';'));
        const QList<CsvRecord> read = readAll(reader);
        QVERIFY(reader.hasError());
        QVERIFY(!reader.error().message.isEmpty());
        QCOMPARE(reader.errorLine(), line);
        QCOMPARE(reader.errorField(), field);
        QCOMPARE(read.size(), recordsBefore);
        CsvRecord again;
        QVERIFY(!reader.readNext(again)); // stays stopped
    }

    void detectSeparator_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("separator");

        QTest::newRow("empty") << QString() << QChar(u';');
        QTest::newRow("single-column") << u"debtor_id\n1"_qs << QChar(u';');
        QTest::newRow("semicolon") << u"a;b;c\n1,5;2;3"_qs << QChar(u';');
        QTest::newRow("comma") << u"a,b,c\n1;2;3;4;5"_qs << QChar(u',');
        QTest::newRow("comma-in-quoted-header") << u"\"a,b\";c"_qs << QChar(u';');
        QTest::newRow("mostly-commas") << u"a,b,c;d"_qs << QChar(u',');
        QTest::newRow("tie-prefers-semicolon") << u"a,b;c"_qs << QChar(u';');
        QTest::newRow("crlf-header") << u"a,b\r\nx;y;z;w"_qs << QChar(u',');
        QTest::newRow("blank-lines-before-header") << u"\r\n  \n a,b\nx;y;z"_qs << QChar(u',');
    }

    void detectSeparator()
    {
        QFETCH(QString, text);
        QFETCH(QChar, separator);
        QCOMPARE(CsvReader::detectSeparator(text), separator);
        QCOMPARE(CsvReader(text).separator(), separator);
    }

    void commaFile()
    {
        const QString text = u"a,b\n\"1,5\",x\n"_qs;
        CsvReader reader(text);
        QCOMPARE(describe(readAll(reader)), u"1:a|b / 2:1,5|x"_qs);
    }

    void isBlank_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<bool>("blank");

        QTest::newRow("one-empty") << QStringList{QString()} << true;
        QTest::newRow("separators-only") << QStringList{QString(), u"  "_qs, u"\t"_qs} << true;
        QTest::newRow("one-value") << QStringList{QString(), u"x"_qs} << false;
    }

    void isBlank()
    {
        QFETCH(QStringList, fields);
        QFETCH(bool, blank);
        CsvRecord record;
        record.fields = fields;
        QCOMPARE(record.isBlank(), blank);
    }

    void fuzzNeverCrashes()
    {
        static const char16_t alphabet[] = u"ab;,\"\r\n \t\u00e5";
        QRandomGenerator rng(4711);
        for (int round = 0; round < 5000; ++round) {
            QString text;
            const int length = int(rng.bounded(120));
            for (int i = 0; i < length; ++i)
                text += QChar(alphabet[rng.bounded(int(std::size(alphabet) - 1))]);
            CsvReader reader(text);
            int lastLine = 0;
            CsvRecord record;
            while (reader.readNext(record)) {
                QVERIFY(record.line > lastLine);
                QVERIFY(!record.fields.isEmpty());
                lastLine = record.line;
            }
            QVERIFY(reader.atEnd());
            if (reader.hasError())
                QVERIFY(reader.errorLine() >= 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
