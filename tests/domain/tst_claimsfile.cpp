#include "domain/claimsfilebuilder.h"

#include "models/domain/claimfields.h"
#include "models/domain/claimsfile.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Fordran;
using namespace ClaimsFileTest;
using Encoding = DecodedText::Encoding;

Q_DECLARE_METATYPE(Fordran::DecodedText::Encoding)
Q_DECLARE_METATYPE(Fordran::DebtorType)

namespace {

const QDate Today(2026, 3, 1);

// "line|field|message" for comparing errors in tables; the message part is matched by contains().
bool matches(const RowError &error, const QString &expected)
{
    const QStringList parts = expected.split(u'|');
    return parts.size() == 3 && error.line == parts[0].toInt() && error.field == parts[1]
        && error.message.contains(parts[2], Qt::CaseInsensitive);
}

QString describe(const QList<RowError> &errors)
{
    QStringList out;
    for (const RowError &e : errors)
        out << QString::number(e.line) + u'|' + e.field + u'|' + e.message;
    return out.join(u"\n");
}

} // namespace

class TestClaimsFile final : public QObject
{
    Q_OBJECT

private slots:
    void goodFiles_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<Encoding>("encoding");
        QTest::addColumn<QChar>("separator");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cases");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("firstCity");
        QTest::addColumn<QString>("lastDescription");

        QTest::newRow("semicolon") << u"good_semicolon.csv"_qs << Encoding::Utf8 << QChar(u';') << 3 << 2
                                   << u"Anna Testsson"_qs << u"Teststad"_qs << u"Abonnemang december"_qs;
        QTest::newRow("comma") << u"good_comma.csv"_qs << Encoding::Utf8 << QChar(u',') << 2 << 2
                               << u"Bertil Provsson"_qs << u"Provköping"_qs << u"Reparation"_qs;
        QTest::newRow("utf8-bom-crlf") << u"good_bom.csv"_qs << Encoding::Utf8Bom << QChar(u';') << 1 << 1
                                       << u"Bertil Provsson"_qs << u"Provköping"_qs << u"Hyra september"_qs;
        QTest::newRow("windows-1252") << u"good_windows1252.csv"_qs << Encoding::Windows1252 << QChar(u';') << 2
                                      << 2 << u"Åsa Öström"_qs << u"Skellefteå"_qs
                                      << u"Fönsterputs “extra”"_qs;
        QTest::newRow("quoted-fields") << u"good_quoted.csv"_qs << Encoding::Utf8 << QChar(u';') << 2 << 2
                                       << u"Testsson; Anna"_qs << u"Teststad"_qs << u"Vanlig"_qs;
        QTest::newRow("odd-order-and-case") << u"good_odd_order.csv"_qs << Encoding::Utf8 << QChar(u';') << 2
                                            << 2 << u"Anna Testsson"_qs << u"Teststad"_qs << u"Lånad såg"_qs;
    }

    void goodFiles()
    {
        QFETCH(QString, fileName);
        QFETCH(Encoding, encoding);
        QFETCH(QChar, separator);
        QFETCH(int, rows);
        QFETCH(int, cases);
        QFETCH(QString, firstName);
        QFETCH(QString, firstCity);
        QFETCH(QString, lastDescription);

        const ClaimsFileParse parse = ClaimsFile::parse(dataFile(fileName), Today, fileName);
        QVERIFY2(parse.isClean(), qPrintable(describe(parse.errors)));
        QCOMPARE(parse.fileName, fileName);
        QCOMPARE(parse.encoding, encoding);
        QCOMPARE(parse.separator, separator);
        QCOMPARE(parse.rows.size(), rows);
        QCOMPARE(parse.dataRowCount, rows);
        QCOMPARE(parse.rejectedRowCount(), 0);
        QCOMPARE(parse.caseGroups().size(), cases);
        QCOMPARE(parse.rows.first().debtorName, firstName);
        QCOMPARE(parse.rows.first().city, firstCity);
        QCOMPARE(parse.rows.last().description, lastDescription);
    }

    void semicolonFileValues()
    {
        const ClaimsFileParse parse = ClaimsFile::parse(dataFile(u"good_semicolon.csv"_qs), Today);
        QCOMPARE(parse.rows.size(), 3);
        const ClaimRow &first = parse.rows.at(0);
        QCOMPARE(first.line, 2);
        QCOMPARE(first.debtorIdentity.normalized(), u"19"_qs + anna().remove(u'-'));
        QCOMPARE(first.postalCode, u"12345"_qs);
        QCOMPARE(first.country, u"SE"_qs);
        QCOMPARE(first.phone, u"070-123 45 67"_qs);
        QCOMPARE(first.email, u"anna@example.se"_qs);
        QCOMPARE(first.invoiceNo, u"F-1001"_qs);
        QCOMPARE(first.invoiceDate, QDate(2025, 11, 1));
        QCOMPARE(first.dueDate, QDate(2025, 12, 1));
        QCOMPARE(first.amount, Money::fromOre(125000));
        QVERIFY(first.reminderFeeAgreed);
        QCOMPARE(first.interest, InterestTerm());
        QCOMPARE(first.debtorType, DebtorType::Consumer);
        QVERIFY(!first.debtorTypeDeclared);

        const ClaimRow &second = parse.rows.at(1);
        QCOMPARE(second.line, 3);
        QVERIFY(second.debtorIdentity.isLegalPerson());
        QCOMPARE(second.debtorType, DebtorType::Business);
        QCOMPARE(second.country, u"SE"_qs);
        QCOMPARE(second.amount, Money::fromOre(840050));
        QVERIFY(!second.reminderFeeAgreed);
        QCOMPARE(second.interest.kind, InterestKind::Reference);
        QCOMPARE(second.interest.margin, Percentage::fromPercent(8));

        const ClaimRow &third = parse.rows.at(2);
        QCOMPARE(third.debtorType, DebtorType::Consumer);
        QVERIFY(third.debtorTypeDeclared);
        QCOMPARE(third.interest.kind, InterestKind::Fixed);
        QCOMPARE(third.interest.fixedRate, Percentage::fromBasisPoints(1250));

        const QList<QList<qsizetype>> groups = parse.caseGroups();
        QCOMPARE(groups, (QList<QList<qsizetype>>{{0, 2}, {1}}));
        QVERIFY(parse.warnings.isEmpty());
    }

    void quotedFileValues()
    {
        const ClaimsFileParse parse = ClaimsFile::parse(dataFile(u"good_quoted.csv"_qs), Today);
        QCOMPARE(parse.rows.size(), 2);
        QCOMPARE(parse.rows.at(0).address, u"Provgatan 1, lgh 1102"_qs);
        QCOMPARE(parse.rows.at(0).description, u"Två rader:\nrad två med \"citat\" och ; semikolon"_qs);
        QCOMPARE(parse.rows.at(0).amount, Money::fromOre(125000));
        QCOMPARE(parse.rows.at(1).line, 4); // the first row spans lines 2–3
        QCOMPARE(parse.rows.at(1).address, u"c/o \"Provsson\" Exempelvägen 7"_qs);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("rejected");
        QTest::addColumn<int>("validRows");
        QTest::addColumn<QStringList>("errors"); // "line|field|message part", in order

        const QString h = header();
        QString utf16Header = h;
        QByteArray utf16("\xff\xfe");
        for (const QChar c : utf16Header)
            utf16 += QByteArray(reinterpret_cast<const char *>(&c), 2);

        QTest::newRow("binary-garbage") << dataFile(u"bad_binary.csv"_qs) << true << 0
                                        << QStringList{u"3||binary"_qs};
        QTest::newRow("utf16-encoding") << utf16 << true << 0 << QStringList{u"1||UTF-16"_qs};
        QTest::newRow("bom-but-windows-1252")
            << QByteArray("\xef\xbb\xbf" + h.toUtf8() + "\nG\xf6ran\n")
            << true << 0 << QStringList{u"2||not valid UTF-8"_qs};
        QTest::newRow("empty-file") << QByteArray() << true << 0 << QStringList{u"1||empty"_qs};
        QTest::newRow("blank-lines-only") << QByteArray("\r\n \n\t\n") << true << 0
                                          << QStringList{u"1||empty"_qs};
        QTest::newRow("header-only") << file({h}) << true << 0 << QStringList{u"1||no claims"_qs};
        QTest::newRow("header-and-blank-rows") << file({h, u";;;"_qs, QString()}) << true << 0
                                               << QStringList{u"1||no claims"_qs};
        QTest::newRow("missing-column")
            << file({QString(h).replace(u";amount"_qs, QString()), u"x"_qs}) << true << 0
            << QStringList{u"1|amount|missing"_qs};
        QTest::newRow("missing-two-columns")
            << file({QString(h).replace(u";city"_qs, QString()).replace(u"debtor_id;"_qs, QString())}) << true
            << 0 << QStringList{u"1|debtor_id|missing"_qs, u"1|city|missing"_qs};
        QTest::newRow("unknown-column")
            << file({QString(h).replace(u"amount"_qs, u"amout"_qs), row()}) << true << 0
            << QStringList{u"1|amout|unknown column 'amout'"_qs, u"1|amount|missing"_qs};
        QTest::newRow("extra-unknown-column") << file({h + u";notes"_qs, row() + u";hej"_qs}) << true << 0
                                              << QStringList{u"1|notes|unknown column"_qs};
        QTest::newRow("duplicate-column") << file({h + u";CITY"_qs}) << true << 0
                                          << QStringList{u"1|city|more than once"_qs};
        QTest::newRow("unnamed-column") << file({h + u"; "_qs}) << true << 0
                                        << QStringList{u"1||column 17"_qs};
        QTest::newRow("tab-separated") << file({QString(h).replace(u';', u'\t')}) << true << 0
                                       << QStringList{u"1||tabs"_qs};
        QTest::newRow("bad-personnummer-check-digit")
            << file({h, row({{u"debtor_id"_qs, anna().chopped(1) + u"6"_qs}})}) << false << 0
            << QStringList{u"2|debtor_id|check digit"_qs};
        QTest::newRow("negative-amount") << file({h, row({{u"amount"_qs, u"-100"_qs}})}) << false << 0
                                         << QStringList{u"2|amount|greater than zero"_qs};
        QTest::newRow("zero-amount") << file({h, row({{u"amount"_qs, u"0,00"_qs}})}) << false << 0
                                     << QStringList{u"2|amount|greater than zero"_qs};
        QTest::newRow("amount-not-a-number") << file({h, row({{u"amount"_qs, u"12 kronor"_qs}})}) << false << 0
                                             << QStringList{u"2|amount|'12 kronor'"_qs};
        QTest::newRow("amount-too-large") << file({h, row({{u"amount"_qs, u"1000000000000"_qs}})}) << false
                                          << 0 << QStringList{u"2|amount|amount"_qs};
        QTest::newRow("duplicate-invoice-in-file")
            << file({h, row(), row({{u"debtor_id"_qs, bertil()}})}) << false << 1
            << QStringList{u"3|invoice_no|'F-1' already appears on line 2"_qs};
        QTest::newRow("impossible-date") << file({h, row({{u"due_date"_qs, u"2025-02-30"_qs}})}) << false << 0
                                         << QStringList{u"2|due_date|due_date: '2025-02-30' is not a valid date"_qs};
        QTest::newRow("date-not-iso") << file({h, row({{u"invoice_date"_qs, u"01/11/2025"_qs}})}) << false << 0
                                      << QStringList{u"2|invoice_date|YYYY-MM-DD"_qs};
        QTest::newRow("due-before-invoice") << file({h, row({{u"due_date"_qs, u"2025-10-01"_qs}})}) << false
                                            << 0 << QStringList{u"2|due_date|before invoice_date"_qs};
        QTest::newRow("not-yet-due") << file({h, row({{u"due_date"_qs, u"2026-03-01"_qs}})}) << false << 0
                                     << QStringList{u"2|due_date|not overdue"_qs};
        QTest::newRow("invoice-in-future") << file({h, row({{u"invoice_date"_qs, u"2026-03-02"_qs},
                                                            {u"due_date"_qs, u"2026-03-02"_qs}})})
                                           << false << 0
                                           << QStringList{u"2|invoice_date|after the import date"_qs,
                                                          u"2|due_date|not overdue"_qs};
        QTest::newRow("bad-postal-code") << file({h, row({{u"postal_code"_qs, u"1234"_qs}})}) << false << 0
                                         << QStringList{u"2|postal_code|five digits"_qs};
        QTest::newRow("postal-code-two-spaces") << file({h, row({{u"postal_code"_qs, u"12 345"_qs}})}) << false
                                                << 0 << QStringList{u"2|postal_code|five digits"_qs};
        QTest::newRow("unterminated-quote")
            << file({h, row(), row({{u"address"_qs, u"\"Provgatan 1"_qs}, {u"invoice_no"_qs, u"F-2"_qs}}), row()})
            << true << 0 << QStringList{u"3|address|never closed"_qs};
        QTest::newRow("text-after-quote") << file({h, row({{u"city"_qs, u"\"Test\"stad"_qs}})}) << true << 0
                                          << QStringList{u"2|city|after the closing quote"_qs};
        QTest::newRow("too-few-fields") << file({h, u"a;b;c"_qs}) << false << 0
                                        << QStringList{u"2||3 fields but the header has 16"_qs};
        QTest::newRow("required-value-empty") << file({h, row({{u"debtor_name"_qs, u"  "_qs}})}) << false << 0
                                              << QStringList{u"2|debtor_name|required"_qs};
        QTest::newRow("bad-email") << file({h, row({{u"email"_qs, u"anna.example.se"_qs}})}) << false << 0
                                   << QStringList{u"2|email|e-mail"_qs};
        QTest::newRow("bad-phone") << file({h, row({{u"phone"_qs, u"ring mig"_qs}})}) << false << 0
                                   << QStringList{u"2|phone|phone"_qs};
        QTest::newRow("bad-country") << file({h, row({{u"country"_qs, u"Sverige"_qs}})}) << false << 0
                                     << QStringList{u"2|country|two-letter"_qs};
        QTest::newRow("bad-debtor-type") << file({h, row({{u"debtor_type"_qs, u"privat"_qs}})}) << false << 0
                                         << QStringList{u"2|debtor_type|consumer or business"_qs};
        QTest::newRow("bad-yes-no") << file({h, row({{u"reminder_fee_agreed"_qs, u"ja"_qs}})}) << false << 0
                                    << QStringList{u"2|reminder_fee_agreed|yes or no"_qs};
        QTest::newRow("bad-interest") << file({h, row({{u"interest"_qs, u"ref-2"_qs}})}) << false << 0
                                      << QStringList{u"2|interest|'ref-2'"_qs};
        QTest::newRow("control-character") << file({h, row({{u"city"_qs, u"Test\x01stad"_qs}})}) << false << 0
                                           << QStringList{u"2|city|control character"_qs};
        QTest::newRow("too-long-name") << file({h, row({{u"debtor_name"_qs, QString(201, u'x')}})}) << false
                                       << 0 << QStringList{u"2|debtor_name|200 characters"_qs};
        QTest::newRow("several-errors-one-row")
            << file({h, row({{u"debtor_id"_qs, u"123"_qs}, {u"amount"_qs, u"-5"_qs}})}) << false << 0
            << QStringList{u"2|debtor_id|10 or 12 digits"_qs, u"2|amount|greater than zero"_qs};
        QTest::newRow("mixed-rows-file")
            << dataFile(u"mixed_rows.csv"_qs) << false << 1
            << QStringList{u"3|debtor_id|check digit"_qs, u"4|amount|greater than zero"_qs,
                           u"5|amount|greater than zero"_qs, u"6|invoice_no|line 2"_qs,
                           u"7|postal_code|'1112'"_qs, u"7|due_date|'2025-02-30' is not a valid date"_qs};
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, rejected);
        QFETCH(int, validRows);
        QFETCH(QStringList, errors);

        const ClaimsFileParse parse = ClaimsFile::parse(bytes, Today);
        QCOMPARE(parse.fileRejected, rejected);
        QCOMPARE(parse.rows.size(), validRows);
        QVERIFY2(parse.errors.size() == errors.size(), qPrintable(describe(parse.errors)));
        for (qsizetype i = 0; i < errors.size(); ++i)
            QVERIFY2(matches(parse.errors.at(i), errors.at(i)), qPrintable(describe(parse.errors)));
        if (!rejected)
            QCOMPARE(parse.rejectedRowCount(), parse.dataRowCount - validRows);
    }

    void debtorType_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("declared");
        QTest::addColumn<DebtorType>("type");
        QTest::addColumn<bool>("fromFile");

        QTest::newRow("personnummer-default") << anna() << QString() << DebtorType::Consumer << false;
        QTest::newRow("organisation-default") << company() << QString() << DebtorType::Business << false;
        QTest::newRow("samordningsnummer-default") << idFor(u"910161335"_qs) << QString() << DebtorType::Consumer
                                                   << false;
        QTest::newRow("sole-trader-declared") << anna() << u"Business"_qs << DebtorType::Business << true;
        QTest::newRow("organisation-declared-consumer") << company() << u"consumer"_qs << DebtorType::Consumer
                                                        << true;
    }

    void debtorType()
    {
        QFETCH(QString, id);
        QFETCH(QString, declared);
        QFETCH(DebtorType, type);
        QFETCH(bool, fromFile);
        const auto parse = ClaimsFile::parse(file({header(), row({{u"debtor_id"_qs, id}, {u"debtor_type"_qs, declared}})}),
                                             Today);
        QVERIFY2(parse.isClean(), qPrintable(describe(parse.errors)));
        QCOMPARE(parse.rows.first().debtorType, type);
        QCOMPARE(parse.rows.first().debtorTypeDeclared, fromFile);
    }

    void caseGroupsUseNormalizedIdentity()
    {
        // The same person written with 10 and 12 digits, and another debtor in between.
        const QString twelve = u"19"_qs + anna().remove(u'-');
        const auto parse = ClaimsFile::parse(
            file({header(), row({{u"invoice_no"_qs, u"A"_qs}}),
                  row({{u"invoice_no"_qs, u"B"_qs}, {u"debtor_id"_qs, bertil()}, {u"debtor_name"_qs, u"Bertil"_qs}}),
                  row({{u"invoice_no"_qs, u"C"_qs}, {u"debtor_id"_qs, twelve}})}),
            Today);
        QVERIFY2(parse.isClean(), qPrintable(describe(parse.errors)));
        QCOMPARE(parse.caseGroups(), (QList<QList<qsizetype>>{{0, 2}, {1}}));
    }

    void warnsWhenDebtorDetailsDiffer()
    {
        const auto parse = ClaimsFile::parse(
            file({header(), row({{u"invoice_no"_qs, u"A"_qs}}),
                  row({{u"invoice_no"_qs, u"B"_qs}, {u"address"_qs, u"Annan väg 2"_qs}})}),
            Today);
        QVERIFY(parse.isClean());
        QCOMPARE(parse.rows.size(), 2);
        QCOMPARE(parse.warnings.size(), 1);
        QVERIFY(matches(parse.warnings.first(), u"3|address|line 2"_qs));
    }

    void interestTerm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");

        QTest::newRow("empty-default") << QString() << true << u"ref+8.00"_qs;
        QTest::newRow("ref+8") << u"ref+8"_qs << true << u"ref+8.00"_qs;
        QTest::newRow("ref-plus-decimal") << u"REF + 2,5"_qs << true << u"ref+2.50"_qs;
        QTest::newRow("ref+0") << u"ref+0"_qs << true << u"ref+0.00"_qs;
        QTest::newRow("fixed") << u"12.5"_qs << true << u"12.50"_qs;
        QTest::newRow("fixed-percent-sign") << u"9,75 %"_qs << true << u"9.75"_qs;
        QTest::newRow("ref-minus") << u"ref-1"_qs << false << QString();
        QTest::newRow("ref-alone") << u"ref"_qs << false << QString();
        QTest::newRow("ref-double-sign") << u"ref+-2"_qs << false << QString();
        QTest::newRow("fixed-zero") << u"0"_qs << false << QString();
        QTest::newRow("fixed-negative") << u"-3"_qs << false << QString();
        QTest::newRow("fixed-plus") << u"+3"_qs << false << QString();
        QTest::newRow("fixed-too-high") << u"150"_qs << false << QString();
        QTest::newRow("ref-margin-too-high") << u"ref+101"_qs << false << QString();
        QTest::newRow("words") << u"statutory"_qs << false << QString();
    }

    void interestTerm()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        const auto term = InterestTerm::parse(text);
        QCOMPARE(term.ok(), valid);
        if (valid)
            QCOMPARE(term->toString(), normalized);
        else
            QVERIFY(!term.error().message.isEmpty());
    }

    void postalCode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("swedish");
        QTest::addColumn<QString>("foreign");

        QTest::newRow("five-digits") << u"12345"_qs << u"12345"_qs << u"12345"_qs;
        QTest::newRow("with-space") << u"123 45"_qs << u"12345"_qs << u"123 45"_qs;
        QTest::newRow("four-digits") << u"0150"_qs << QString() << u"0150"_qs;
        QTest::newRow("uk-style") << u"SW1A 1AA"_qs << QString() << u"SW1A 1AA"_qs;
        QTest::newRow("space-misplaced") << u"1234 5"_qs << QString() << u"1234 5"_qs;
        QTest::newRow("letters") << u"ABCDE"_qs << QString() << u"ABCDE"_qs;
        QTest::newRow("arabic-digits") << u"١٢٣٤٥"_qs << QString() << QString();
        QTest::newRow("too-long") << u"1234567890123"_qs << QString() << QString();
    }

    void postalCode()
    {
        QFETCH(QString, text);
        QFETCH(QString, swedish);
        QFETCH(QString, foreign);
        QCOMPARE(ClaimFields::normalizeSwedishPostalCode(text), swedish);
        QCOMPARE(ClaimFields::normalizeForeignPostalCode(text), foreign);
    }

    void foreignAddressKeepsPostalCode()
    {
        const auto parse = ClaimsFile::parse(
            file({header(), row({{u"country"_qs, u"no"_qs}, {u"postal_code"_qs, u"0150"_qs}})}), Today);
        QVERIFY2(parse.isClean(), qPrintable(describe(parse.errors)));
        QCOMPARE(parse.rows.first().country, u"NO"_qs);
        QCOMPARE(parse.rows.first().postalCode, u"0150"_qs);
    }

    void contactFields_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("email");
        QTest::addColumn<bool>("phone");

        QTest::newRow("email") << u"anna.testsson@example.se"_qs << true << false;
        QTest::newRow("email-subdomain") << u"a+b@mail.example.co.uk"_qs << true << false;
        QTest::newRow("no-at") << u"example.se"_qs << false << false;
        QTest::newRow("two-ats") << u"a@b@example.se"_qs << false << false;
        QTest::newRow("no-dot-domain") << u"anna@localhost"_qs << false << false;
        QTest::newRow("empty-label") << u"anna@example..se"_qs << false << false;
        QTest::newRow("trailing-dot") << u"anna@example.se."_qs << false << false;
        QTest::newRow("space-inside") << u"anna testsson@example.se"_qs << false << false;
        QTest::newRow("mobile") << u"070-123 45 67"_qs << false << true;
        QTest::newRow("international") << u"+46 (0)70 123 45 67"_qs << false << true;
        QTest::newRow("too-short") << u"12345"_qs << false << false;
        QTest::newRow("plus-inside") << u"070+1234567"_qs << false << false;
        QTest::newRow("too-many-digits") << u"1234567890123456"_qs << false << false;
    }

    void contactFields()
    {
        QFETCH(QString, text);
        QFETCH(bool, email);
        QFETCH(bool, phone);
        QCOMPARE(ClaimFields::isPlausibleEmail(text), email);
        QCOMPARE(ClaimFields::isPlausiblePhone(text), phone);
    }

    void isoDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("wellFormed");
        QTest::addColumn<QDate>("date");

        QTest::newRow("ordinary") << u"2025-11-30"_qs << true << QDate(2025, 11, 30);
        QTest::newRow("leap-day") << u"2024-02-29"_qs << true << QDate(2024, 2, 29);
        QTest::newRow("no-leap-day") << u"2025-02-29"_qs << true << QDate();
        QTest::newRow("month-13") << u"2025-13-01"_qs << true << QDate();
        QTest::newRow("day-zero") << u"2025-01-00"_qs << true << QDate();
        QTest::newRow("compact") << u"20251130"_qs << false << QDate();
        QTest::newRow("slashes") << u"2025/11/30"_qs << false << QDate();
        QTest::newRow("short-month") << u"2025-1-300"_qs << false << QDate();
        QTest::newRow("sign") << u"+025-11-30"_qs << false << QDate();
    }

    void isoDate()
    {
        QFETCH(QString, text);
        QFETCH(bool, wellFormed);
        QFETCH(QDate, date);
        bool shape = !wellFormed;
        QCOMPARE(ClaimFields::parseIsoDate(text, &shape), date);
        QCOMPARE(shape, wellFormed);
    }

    void columnsTable()
    {
        QCOMPARE(ClaimsFile::columnFor(u" Debtor_ID "), ClaimsFile::Column::DebtorId);
        QCOMPARE(ClaimsFile::columnFor(u"debtor id"), ClaimsFile::Column::ColumnCount);
        int required = 0;
        for (int c = 0; c < int(ClaimsFile::Column::ColumnCount); ++c) {
            const auto column = ClaimsFile::Column(c);
            QCOMPARE(ClaimsFile::columnFor(ClaimsFile::columnName(column)), column);
            QVERIFY(ClaimsFile::maxLength(column) > 0);
            required += ClaimsFile::isRequired(column) ? 1 : 0;
        }
        QCOMPARE(required, 10); // formats.md: ten columns marked "yes"
    }

    void fuzzRandomBytesNeverCrash()
    {
        QRandomGenerator rng(1729);
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes(int(rng.bounded(400)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            checkInvariants(ClaimsFile::parse(bytes, Today));
        }
    }

    void fuzzMutatedGoodFileNeverCrash()
    {
        const QByteArray good = dataFile(u"good_semicolon.csv"_qs);
        const QByteArray interesting = QByteArrayLiteral(";,\"\r\n\x00\xe5\xc3-+0 9");
        QRandomGenerator rng(31337);
        for (int round = 0; round < 3000; ++round) {
            QByteArray bytes = good;
            const int mutations = 1 + int(rng.bounded(8));
            for (int m = 0; m < mutations && !bytes.isEmpty(); ++m) {
                const auto at = qsizetype(rng.bounded(int(bytes.size())));
                switch (rng.bounded(4)) {
                case 0:
                    bytes[at] = interesting.at(rng.bounded(int(interesting.size())));
                    break;
                case 1:
                    bytes.remove(at, 1 + rng.bounded(5));
                    break;
                case 2:
                    bytes.insert(at, interesting.at(rng.bounded(int(interesting.size()))));
                    break;
                default:
                    bytes[at] = char(rng.bounded(256));
                    break;
                }
            }
            checkInvariants(ClaimsFile::parse(bytes, Today));
        }
    }

private:
    static void checkInvariants(const ClaimsFileParse &parse)
    {
        if (parse.fileRejected) {
            QVERIFY(parse.rows.isEmpty());
            QVERIFY(!parse.errors.isEmpty());
        } else {
            QVERIFY(parse.rows.size() <= parse.dataRowCount);
            QVERIFY(parse.rejectedRowCount() == 0 || !parse.errors.isEmpty());
        }
        int previousLine = 0;
        for (const ClaimRow &row : parse.rows) {
            QVERIFY(row.line > previousLine);
            previousLine = row.line;
        }
        for (const RowError &e : parse.errors) {
            QVERIFY(e.line >= 1);
            QVERIFY(!e.message.isEmpty());
        }
        for (const ClaimRow &row : parse.rows) {
            QVERIFY(row.amount.isPositive());
            QVERIFY(row.debtorIdentity.isValid());
            QVERIFY(row.dueDate >= row.invoiceDate);
        }
    }
};

QTEST_GUILESS_MAIN(TestClaimsFile)
#include "tst_claimsfile.moc"
