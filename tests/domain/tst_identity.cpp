#include "models/domain/identity.h"
#include "models/domain/luhn.h"

#include <QRandomGenerator>
#include <QTest>

using Fordran::Identity;
using Fordran::IdentityKind;

namespace {

const QDate Reference(2026, 1, 15);

QString kindName(IdentityKind kind)
{
    return Identity::kindName(kind);
}

} // namespace

class TestIdentity final : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("normalized");

        const QString person = kindName(IdentityKind::Personnummer);
        const QString samordning = kindName(IdentityKind::Samordningsnummer);
        const QString org = kindName(IdentityKind::Organisationsnummer);

        // domain.md §9.1–9.2 examples.
        QTest::newRow("personnummer-811218-9876") << u"811218-9876"_qs << Reference << person << u"198112189876"_qs;
        QTest::newRow("samordningsnummer-701063-2391") << u"701063-2391"_qs << Reference << samordning << u"197010632391"_qs;
        QTest::newRow("orgnr-saab") << u"556036-0793"_qs << Reference << org << u"5560360793"_qs;
        QTest::newRow("orgnr-stockholms-stad") << u"212000-0142"_qs << Reference << org << u"2120000142"_qs;

        // Forms of writing the same number.
        QTest::newRow("person-no-separator") << u"8112189876"_qs << Reference << person << u"198112189876"_qs;
        QTest::newRow("person-12-digits") << u"198112189876"_qs << Reference << person << u"198112189876"_qs;
        QTest::newRow("person-12-digits-dash") << u"19811218-9876"_qs << Reference << person << u"198112189876"_qs;
        QTest::newRow("person-surrounding-whitespace") << u"  811218-9876\t\n"_qs << Reference << person << u"198112189876"_qs;
        QTest::newRow("samordning-12-digits") << u"197010632391"_qs << Reference << samordning << u"197010632391"_qs;
        QTest::newRow("samordning-day-91-is-31st") << u"811291-1238"_qs << Reference << samordning << u"198112911238"_qs;
        QTest::newRow("orgnr-no-separator") << u"5560360793"_qs << Reference << org << u"5560360793"_qs;
        QTest::newRow("orgnr-16-prefix") << u"165560360793"_qs << Reference << org << u"5560360793"_qs;
        QTest::newRow("orgnr-16-prefix-dash") << u"16556036-0793"_qs << Reference << org << u"5560360793"_qs;
        QTest::newRow("person-1800s-12-digits") << u"189001011239"_qs << Reference << person << u"189001011239"_qs;

        // Century from the separator and the reference date.
        QTest::newRow("plus-one-century-earlier") << u"811218+9876"_qs << Reference << person << u"188112189876"_qs;
        QTest::newRow("age-99-day-before-100th-birthday") << u"811218-9876"_qs << QDate(2081, 12, 17) << person << u"198112189876"_qs;
        QTest::newRow("age-0-on-birthday-in-2081") << u"811218-9876"_qs << QDate(2081, 12, 18) << person << u"208112189876"_qs;
        QTest::newRow("born-on-reference-date") << u"260115-1232"_qs << Reference << person << u"202601151232"_qs;
        QTest::newRow("day-after-reference-is-last-century") << u"260116-1231"_qs << Reference << person << u"192601161231"_qs;
        QTest::newRow("plus-day-after-reference") << u"260116+1231"_qs << Reference << person << u"182601161231"_qs;
        QTest::newRow("1999-12-31") << u"991231-1231"_qs << Reference << person << u"199912311231"_qs;
        QTest::newRow("2000-01-01") << u"000101-1238"_qs << Reference << person << u"200001011238"_qs;
        QTest::newRow("12-digit-ignores-reference") << u"198112189876"_qs << QDate(2090, 1, 1) << person << u"198112189876"_qs;

        // 29 February in leap years.
        QTest::newRow("feb29-2000-leap-century") << u"000229-1235"_qs << Reference << person << u"200002291235"_qs;
        QTest::newRow("feb29-2004") << u"040229-1231"_qs << Reference << person << u"200402291231"_qs;
        QTest::newRow("feb29-1988") << u"880229-1230"_qs << Reference << person << u"198802291230"_qs;
        QTest::newRow("feb29-1888-plus") << u"880229+1230"_qs << Reference << person << u"188802291230"_qs;
        QTest::newRow("feb29-2000-12-digits") << u"200002291235"_qs << Reference << person << u"200002291235"_qs;
        QTest::newRow("feb29-reference-on-feb28") << u"240229-1237"_qs << QDate(2025, 2, 28) << person << u"202402291237"_qs;
    }

    void parseValid()
    {
        QFETCH(QString, input);
        QFETCH(QDate, reference);
        QFETCH(QString, kind);
        QFETCH(QString, normalized);

        const auto result = Identity::parse(input, reference);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(Identity::kindName(result->kind()), kind);
        QCOMPARE(result->normalized(), normalized);
        QVERIFY(result->isValid());
        // The normalized form reads back as the same identity, whatever the reference date.
        const auto again = Identity::parse(result->normalized(), QDate(2200, 1, 1));
        QVERIFY(again.ok());
        QVERIFY(again.value() == result.value());
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QString>("error");

        const QString digitCount = u"must have 10 or 12 digits"_qs;
        const QString badDate = u"not a valid date"_qs;
        const QString mismatch = u"check digit mismatch"_qs;

        QTest::newRow("check-digit-811218-9875") << u"811218-9875"_qs << Reference << mismatch;
        QTest::newRow("check-digit-12-digits") << u"198112189875"_qs << Reference << mismatch;
        QTest::newRow("check-digit-samordning") << u"701063-2392"_qs << Reference << mismatch;
        QTest::newRow("check-digit-orgnr") << u"556036-0794"_qs << Reference << mismatch;
        QTest::newRow("check-digit-orgnr-16") << u"165560360794"_qs << Reference << mismatch;

        QTest::newRow("feb29-2023") << u"230229-1238"_qs << Reference << badDate;
        QTest::newRow("feb29-1900-12-digits") << u"190002291235"_qs << Reference << badDate;
        QTest::newRow("feb29-1900-from-plus") << u"000229+1235"_qs << Reference << badDate;
        QTest::newRow("month-13") << u"811318-1237"_qs << Reference << badDate;
        QTest::newRow("month-00") << u"810100-1231"_qs << Reference << badDate;
        QTest::newRow("day-00") << u"811200-1238"_qs << Reference << badDate;
        QTest::newRow("day-32") << u"811232-1230"_qs << Reference << badDate;
        QTest::newRow("day-60-samordning-day-0") << u"811260-1235"_qs << Reference << badDate;
        QTest::newRow("day-92-samordning-day-32") << u"811292-1237"_qs << Reference << badDate;
        QTest::newRow("samordning-november-31") << u"701191-1232"_qs << Reference << badDate;

        QTest::newRow("empty") << QString() << Reference << u"no identity number given"_qs;
        QTest::newRow("blank") << u"   "_qs << Reference << u"no identity number given"_qs;
        QTest::newRow("letters") << u"abcdef-ghij"_qs << Reference
                                 << u"'a' is not allowed: only digits and one '-' or '+'"_qs;
        QTest::newRow("reservnummer") << u"19800101-R123"_qs << Reference
                                      << u"'R' is not allowed: only digits and one '-' or '+'"_qs;
        QTest::newRow("inner-space") << u"811218 9876"_qs << Reference
                                     << u"' ' is not allowed: only digits and one '-' or '+'"_qs;
        QTest::newRow("arabic-indic-digits") << QStringLiteral("\u0668\u0661\u0661\u0662\u0661\u0668-\u0669\u0668\u0667\u0666")
                                             << Reference << QStringLiteral("'\u0668' is not allowed: only digits and one '-' or '+'");
        QTest::newRow("fullwidth-digits") << QStringLiteral("\uff18\uff11\uff11\uff12\uff11\uff18\uff19\uff18\uff17\uff16")
                                          << Reference << QStringLiteral("'\uff18' is not allowed: only digits and one '-' or '+'");
        QTest::newRow("nul-character") << QString(u"811218"_qs + QChar(0) + u"9876"_qs) << Reference
                                       << u"U+0000 is not allowed: only digits and one '-' or '+'"_qs;
        QTest::newRow("emoji") << QStringLiteral("\U0001F600") << Reference
                               << u"U+D83D is not allowed: only digits and one '-' or '+'"_qs;
        QTest::newRow("nine-digits") << u"811218-987"_qs << Reference << digitCount;
        QTest::newRow("eleven-digits") << u"81121898761"_qs << Reference << digitCount;
        QTest::newRow("thirteen-digits") << u"1981121898761"_qs << Reference << digitCount;
        QTest::newRow("too-long") << u"19811218987619811218"_qs << Reference << digitCount;
        QTest::newRow("huge") << QString(100000, u'9') << Reference << digitCount;
        QTest::newRow("separator-only") << u"-"_qs << Reference << digitCount;
        QTest::newRow("two-separators") << u"811218--876"_qs << Reference << u"more than one separator"_qs;
        QTest::newRow("separator-misplaced") << u"8112-189876"_qs << Reference
                                             << u"the separator must come before the last four digits"_qs;
        QTest::newRow("separator-at-end") << u"8112189876-"_qs << Reference
                                          << u"the separator must come before the last four digits"_qs;
        QTest::newRow("century-21") << u"218112189876"_qs << Reference << u"the century must be 18, 19 or 20"_qs;
        QTest::newRow("century-17") << u"178112189876"_qs << Reference << u"the century must be 18, 19 or 20"_qs;
        QTest::newRow("plus-would-give-1700s") << u"811218+9876"_qs << QDate(1950, 1, 1)
                                               << u"the century must be 18, 19 or 20"_qs;
        QTest::newRow("reference-2150-would-give-2100s") << u"260115-1232"_qs << QDate(2150, 1, 1)
                                                         << u"the century must be 18, 19 or 20"_qs;
        QTest::newRow("orgnr-12-digits-without-16") << u"195560360793"_qs << Reference
                                                    << u"a 12-digit organisationsnummer starts with 16"_qs;
        QTest::newRow("16-prefix-with-person-number") << u"168112189876"_qs << Reference
                                                      << u"an organisationsnummer needs a month part of 20 or more"_qs;
        QTest::newRow("orgnr-with-plus") << u"556036+0793"_qs << Reference << u"'+' is only used in a personnummer"_qs;
        QTest::newRow("born-after-reference-12-digits") << u"209912181238"_qs << Reference
                                                        << u"the birth date is after 2026-01-15"_qs;
    }

    void parseInvalid()
    {
        QFETCH(QString, input);
        QFETCH(QDate, reference);
        QFETCH(QString, error);

        const auto result = Identity::parse(input, reference);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, error);
    }

    void accessors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QDate>("birthDate");
        QTest::addColumn<bool>("legalPerson");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("masked");

        QTest::newRow("personnummer") << u"198112189876"_qs << QDate(1981, 12, 18) << false
                                      << u"811218-9876"_qs << u"811218-****"_qs;
        QTest::newRow("plus-person-displayed-with-dash") << u"811218+9876"_qs << QDate(1881, 12, 18) << false
                                                         << u"811218-9876"_qs << u"811218-****"_qs;
        QTest::newRow("samordningsnummer-day-minus-60") << u"701063-2391"_qs << QDate(1970, 10, 3) << false
                                                        << u"701063-2391"_qs << u"701063-****"_qs;
        QTest::newRow("feb29") << u"000229-1235"_qs << QDate(2000, 2, 29) << false
                               << u"000229-1235"_qs << u"000229-****"_qs;
        QTest::newRow("orgnr-shown-in-full") << u"5560360793"_qs << QDate() << true
                                             << u"556036-0793"_qs << u"556036-0793"_qs;
        QTest::newRow("orgnr-16-prefix") << u"165560360793"_qs << QDate() << true
                                         << u"556036-0793"_qs << u"556036-0793"_qs;
    }

    void accessors()
    {
        QFETCH(QString, input);
        QFETCH(QDate, birthDate);
        QFETCH(bool, legalPerson);
        QFETCH(QString, display);
        QFETCH(QString, masked);

        const auto result = Identity::parse(input, Reference);
        QVERIFY(result.ok());
        QCOMPARE(result->birthDate(), birthDate);
        QCOMPARE(result->isLegalPerson(), legalPerson);
        QCOMPARE(result->display(), display);
        QCOMPARE(result->masked(), masked);
    }

    void kindNames()
    {
        QCOMPARE(Identity::kindName(IdentityKind::Personnummer), u"personnummer"_qs);
        QCOMPARE(Identity::kindName(IdentityKind::Samordningsnummer), u"samordningsnummer"_qs);
        QCOMPARE(Identity::kindName(IdentityKind::Organisationsnummer), u"organisationsnummer"_qs);
    }

    void defaultIsEmpty()
    {
        const Identity none;
        QVERIFY(!none.isValid());
        QVERIFY(!none.isLegalPerson());
        QVERIFY(none.normalized().isEmpty());
        QVERIFY(none.display().isEmpty());
        QVERIFY(none.masked().isEmpty());
        QVERIFY(!none.birthDate().isValid());
    }

    void equality()
    {
        const auto a = Identity::parse(u"811218-9876", Reference);
        const auto b = Identity::parse(u"198112189876", Reference);
        const auto older = Identity::parse(u"811218+9876", Reference);
        QVERIFY(a.ok() && b.ok() && older.ok());
        QVERIFY(a.value() == b.value());
        QVERIFY(!(a.value() == older.value()));
    }

    void invalidReferenceMeansToday()
    {
        const auto result = Identity::parse(u"811218-9876", QDate());
        QVERIFY(result.ok());
        const int expectedCentury = QDate::currentDate() < QDate(2081, 12, 18) ? 19 : 20;
        QCOMPARE(result->normalized().left(2).toInt(), expectedCentury);
    }

    // Random input never crashes, and whatever is accepted is self-consistent.
    void fuzz()
    {
        QRandomGenerator rng(20260115);
        int accepted = 0;
        for (int round = 0; round < 6000; ++round) {
            const QString text = randomInput(rng, round % 3);
            const QDate reference = QDate(1900, 1, 1).addDays(rng.bounded(80000));
            const auto result = Identity::parse(text, reference);
            if (!result.ok()) {
                QVERIFY2(!result.error().message.isEmpty(), qPrintable(text));
                continue;
            }
            ++accepted;
            const Identity &id = result.value();
            const QString n = id.normalized();
            QCOMPARE(n.size(), id.isLegalPerson() ? 10 : 12);
            QVERIFY2(Fordran::Luhn::isValid(QStringView(n).right(10)), qPrintable(n));
            QCOMPARE(id.birthDate().isValid(), !id.isLegalPerson());
            if (!id.isLegalPerson())
                QVERIFY(id.birthDate() <= reference);
            QCOMPARE(id.display().size(), 11);
            const auto again = Identity::parse(n, reference);
            QVERIFY2(again.ok() && again.value() == id, qPrintable(n));
        }
        QVERIFY2(accepted > 100, "the fuzz input should also reach the accepting paths");
    }

private:
    /*!
     * Mode 0: digits, separators and spaces of random length; mode 1: nine random digits, a random
     * separator and a correct check digit, so the date and century rules are reached; mode 2: random
     * UTF-16 code units, lone surrogates included.
     */
    static QString randomInput(QRandomGenerator &rng, int mode)
    {
        static const QString alphabet = u"0123456789-+ 0123456789"_qs;
        static const QString separators = u"-+ "_qs;
        QString text;
        if (mode == 1) {
            QString digits;
            for (int i = 0; i < 9; ++i)
                digits += QChar(char16_t(u'0' + rng.bounded(10)));
            digits += QString::number(Fordran::Luhn::checkDigit(digits));
            const QChar separator = separators.at(rng.bounded(int(separators.size())));
            return separator == u' ' ? digits : digits.left(6) + separator + digits.right(4);
        }
        const int length = int(rng.bounded(16));
        for (int i = 0; i < length; ++i) {
            if (mode == 2)
                text += QChar(char16_t(rng.bounded(0x10000)));
            else
                text += alphabet.at(rng.bounded(int(alphabet.size())));
        }
        return text;
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
