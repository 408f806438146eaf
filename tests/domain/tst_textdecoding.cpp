#include "models/domain/textdecoding.h"

#include <QRandomGenerator>
#include <QTest>

using Fordran::DecodedText;
using Fordran::TextDecoding;
using Encoding = Fordran::DecodedText::Encoding;

Q_DECLARE_METATYPE(Fordran::DecodedText::Encoding)

class TestTextDecoding final : public QObject
{
    Q_OBJECT

private slots:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QString>("text");

        QTest::newRow("empty") << QByteArray() << Encoding::Utf8 << QString();
        QTest::newRow("ascii") << QByteArray("a;b\r\n1;2\n") << Encoding::Utf8 << u"a;b\r\n1;2\n"_qs;
        QTest::newRow("utf8-swedish") << QByteArray("G\xc3\xb6ran \xc3\x85s \xc3\xa4r h\xc3\xa4r")
                                      << Encoding::Utf8 << u"Göran Ås är här"_qs;
        QTest::newRow("utf8-bom") << QByteArray("\xef\xbb\xbfStr\xc3\xa4ngn\xc3\xa4s") << Encoding::Utf8Bom
                                  << u"Strängnäs"_qs;
        QTest::newRow("bom-only") << QByteArray("\xef\xbb\xbf") << Encoding::Utf8Bom << QString();
        QTest::newRow("utf8-euro-4byte") << QByteArray("\xe2\x82\xac \xf0\x9f\x98\x80") << Encoding::Utf8
                                         << QString(u"\u20ac " + QString::fromUcs4(U"\U0001F600"));
        QTest::newRow("cp1252-swedish") << QByteArray("G\xf6ran \xc5s \xe4r h\xe4r") << Encoding::Windows1252
                                        << u"Göran Ås är här"_qs;
        QTest::newRow("cp1252-upper") << QByteArray("\xc5\xc4\xd6\xe5\xe4\xf6\xe9\xfc") << Encoding::Windows1252
                                      << u"ÅÄÖåäöéü"_qs;
        QTest::newRow("cp1252-high-range")
            << QByteArray("\x80\x82\x83\x84\x85\x86\x87\x88\x89\x8a\x8b\x8c\x8e\x91\x92\x93\x94\x95\x96"
                          "\x97\x98\x99\x9a\x9b\x9c\x9e\x9f")
            << Encoding::Windows1252
            << u"€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"_qs;
        QTest::newRow("cp1252-nbsp-and-latin1") << QByteArray("1\xa0" "234 \xa7\xb0\xff") << Encoding::Windows1252
                                                << u"1\u00a0234 §°ÿ"_qs;
        QTest::newRow("overlong-is-not-utf8") << QByteArray("\xc0\xaf") << Encoding::Windows1252 << u"À¯"_qs;
        QTest::newRow("surrogate-is-not-utf8") << QByteArray("\xed\xa0\x80") << Encoding::Windows1252
                                               << u"í\u00a0€"_qs;
        QTest::newRow("truncated-sequence") << QByteArray("abc\xc3") << Encoding::Windows1252 << u"abcÃ"_qs;
        QTest::newRow("above-10ffff") << QByteArray("\xf4\x90\x80\x80") << Encoding::Windows1252
                                      << u"ô\uFFFD€€"_qs;
        QTest::newRow("one-stray-control") << QByteArray("a;b\x07;c\n") << Encoding::Utf8 << u"a;b\x07;c\n"_qs;
        QTest::newRow("tabs-and-formfeed") << QByteArray("a\tb\fc") << Encoding::Utf8 << u"a\tb\fc"_qs;
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Encoding, encoding);
        QFETCH(QString, text);
        const auto result = TextDecoding::decode(bytes);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->encoding, encoding);
        QCOMPARE(result->text, text);
    }

    void reject_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("nul-byte") << QByteArray("a;b\nc;d\n\x00\x01", 10) << 3 << u"binary"_qs;
        QTest::newRow("nul-after-crlf") << QByteArray("a\r\nb\r\nc\x00", 8) << 3 << u"binary"_qs;
        QTest::newRow("many-controls") << QByteArray("header\n\x01\x02\x03\x04\x05\x06") << 2 << u"binary"_qs;
        QTest::newRow("png-header") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16) << 3 << u"binary"_qs;
        QTest::newRow("cp1252-undefined-garbage") << QByteArray("x\n\x81\x8d\x8f\x90\x9d") << 2 << u"binary"_qs;
        QTest::newRow("utf16-le") << QByteArray("\xff\xfe" "a\x00", 4) << 1 << u"UTF-16"_qs;
        QTest::newRow("utf16-be") << QByteArray("\xfe\xff\x00" "a", 4) << 1 << u"UTF-16"_qs;
        QTest::newRow("bom-then-cp1252") << QByteArray("\xef\xbb\xbf" "a\nb\n\xe5") << 3 << u"not valid UTF-8"_qs;
    }

    void reject()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, line);
        QFETCH(QString, messagePart);
        int errorLine = -1;
        const auto result = TextDecoding::decode(bytes, &errorLine);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
        QCOMPARE(errorLine, line);
    }

    void firstInvalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("offset");

        QTest::newRow("valid") << QByteArray("\xc3\xa5\xe2\x82\xac\xf0\x9f\x98\x80") << -1;
        QTest::newRow("lone-continuation") << QByteArray("ab\x80") << 2;
        QTest::newRow("c1-lead") << QByteArray("\xc1\xbf") << 0;
        QTest::newRow("f5-lead") << QByteArray("a\xf5\x80\x80\x80") << 1;
        QTest::newRow("bad-second-of-three") << QByteArray("\xe2\x28\xa1") << 0;
        QTest::newRow("bad-third-of-three") << QByteArray("x\xe2\x82\x28") << 1;
        QTest::newRow("overlong-3") << QByteArray("\xe0\x80\xaf") << 0;
        QTest::newRow("overlong-4") << QByteArray("\xf0\x80\x80\xaf") << 0;
        QTest::newRow("max-code-point") << QByteArray("\xf4\x8f\xbf\xbf") << -1;
        QTest::newRow("cut-four") << QByteArray("\xf0\x9f\x98") << 0;
    }

    void firstInvalidUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, offset);
        QCOMPARE(TextDecoding::firstInvalidUtf8(bytes), qsizetype(offset));
    }

    void windows1252MatchesLatin1OutsideHighRange()
    {
        for (int b = 0; b < 256; ++b) {
            if (b >= 0x80 && b <= 0x9f)
                continue;
            QCOMPARE(int(TextDecoding::windows1252ToUnicode(uchar(b))), b);
        }
    }

    void windows1252HighRangeHasNoControls()
    {
        for (int b = 0x80; b <= 0x9f; ++b) {
            const char16_t u = TextDecoding::windows1252ToUnicode(uchar(b));
            QVERIFY2(u > 0x9f, qPrintable(QString::number(b, 16)));
        }
    }

    void lineAt_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("line");

        QTest::newRow("start") << QByteArray("abc") << 0 << 1;
        QTest::newRow("lf") << QByteArray("a\nb\nc") << 4 << 3;
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\nc") << 6 << 3;
        QTest::newRow("lone-cr") << QByteArray("a\rb\rc") << 4 << 3;
        QTest::newRow("past-end") << QByteArray("a\n") << 99 << 2;
    }

    void lineAt()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, offset);
        QFETCH(int, line);
        QCOMPARE(TextDecoding::lineAt(bytes, offset), line);
    }

    void fuzzNeverCrashesAndRoundTrips()
    {
        QRandomGenerator rng(20260101);
        for (int round = 0; round < 5000; ++round) {
            QByteArray bytes(int(rng.bounded(200)), Qt::Uninitialized);
            const bool textLike = round % 2 == 0;
            for (char &c : bytes) {
                c = textLike ? char(0x20 + rng.bounded(0xe0)) : char(rng.bounded(256));
            }
            int line = 0;
            const auto result = TextDecoding::decode(bytes, &line);
            if (!result.ok()) {
                QVERIFY(line >= 1);
                continue;
            }
            if (result->encoding == Encoding::Windows1252)
                QCOMPARE(result->text.size(), bytes.size());
            else
                QCOMPARE(result->text.toUtf8(), bytes.startsWith("\xef\xbb\xbf") ? bytes.mid(3) : bytes);
        }
    }
};

QTEST_GUILESS_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
