// Benchmark of the claims import (cli.md `import claims`): a generated, realistic claims file of
// 100,000 rows from 60,000 debtors (deterministic; valid personnummer, samordningsnummer and
// organisationsnummer; the demo data's Swedish names, streets, towns and descriptions; a debtor's
// claims scattered over the file as in an export sorted by invoice number) written to a temporary
// folder, then
//   - the parse alone (ClaimsFile::parse from memory, and the grouping into cases),
//   - the full import into a fresh SQLite database (ClaimsImportService::import: file read,
//     parse, client and invoice-number checks, debtors, cases, claims, ledger lines, events and
//     the import batch in one transaction),
//   - the same file once more into that database (every row a duplicate: the batched check),
// each the median of 3 runs. Target: the full import under 10 s.
//
// Usage: bench_import [ROWS [DEBTORS]]   (default 100000 60000)
#include "bench/benchmemory.h"
#include "models/domain/claimsfile.h"
#include "models/domain/luhn.h"
#include "models/services/claimsimportservice.h"
#include "models/services/demowords.h"
#include "models/storage/clientrepository.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>


#include <algorithm>

using namespace Fordran;

namespace {

const QDate ImportDate(2026, 3, 2);
constexpr int Rounds = 3;

template<typename T> T pick(QRandomGenerator &rng, std::span<const T> items)
{
    return items[size_t(rng.bounded(int(items.size())))];
}

QString word(const char16_t *text)
{
    return QString::fromUtf16(text);
}

QString withCheckDigit(const QString &nineDigits)
{
    return nineDigits + QString::number(Luhn::checkDigit(nineDigits));
}

/*! "björk" → "bjork": e-mail local parts in plain ASCII. */
QString ascii(QString text)
{
    return text.replace(u'å', u'a')
        .replace(u'ä', u'a')
        .replace(u'ö', u'o')
        .replace(u'é', u'e')
        .replace(u'ü', u'u');
}

/*! One debtor of the file: identity as written in the file, and its contact columns. */
struct BenchDebtor
{
    QString id;
    QString name;
    QString address;
    QString postalCode;
    QString city;
    QString phone;
    QString email;
    bool company = false;
};

/*! Makes distinct, valid debtors: 88 % people (2 % of them samordningsnummer), 12 % companies. */
class DebtorMaker
{
public:
    explicit DebtorMaker(QRandomGenerator &rng)
        : m_rng(rng)
    {
    }

    BenchDebtor next()
    {
        BenchDebtor d;
        d.company = m_rng.bounded(100) < 12;
        QString digits;
        do {
            digits = d.company ? companyDigits() : personDigits();
        } while (m_taken.contains(digits));
        m_taken.insert(digits);
        // 10 digits with '-' mostly, some files write persons with 12 digits.
        d.id = digits.left(6) + u'-' + digits.mid(6);
        if (!d.company && m_rng.bounded(100) < 20)
            d.id = QString::number(m_century) + digits;

        const auto street = word(pick(m_rng, DemoWords::streets()));
        d.address = street + u' ' + QString::number(1 + m_rng.bounded(120));
        if (m_rng.bounded(100) < 15)
            d.address += u" lgh 1" + QString::number(m_rng.bounded(100, 400));
        const DemoWords::Town town = pick(m_rng, DemoWords::towns());
        d.city = word(town.name);
        const int first3 = town.first3From + m_rng.bounded(town.first3To - town.first3From + 1);
        d.postalCode
            = QStringLiteral("%1 %2").arg(first3).arg(m_rng.bounded(100), 2, 10, QLatin1Char('0'));
        if (d.company) {
            d.name = word(pick(m_rng, DemoWords::placeWords()))
                + word(pick(m_rng, DemoWords::placeEndings())) + u' '
                + word(pick(m_rng, DemoWords::trades())) + u" AB";
        } else {
            const bool female = m_rng.bounded(2) == 0;
            d.name
                = word(pick(m_rng,
                            female ? DemoWords::femaleFirstNames() : DemoWords::maleFirstNames()))
                + u' ' + word(pick(m_rng, DemoWords::surnames()));
        }
        if (m_rng.bounded(100) < 60)
            d.phone = QStringLiteral("07%1-%2 %3 %4")
                          .arg(m_rng.bounded(10))
                          .arg(m_rng.bounded(100, 1000))
                          .arg(m_rng.bounded(10, 100))
                          .arg(m_rng.bounded(10, 100));
        if (m_rng.bounded(100) < 45)
            d.email = ascii(d.name.section(u' ', 0, 0).toLower()) + u'.'
                + QString::number(m_rng.bounded(1000)) + u'@'
                + word(pick(m_rng, DemoWords::mailDomains()));
        return d;
    }

private:
    QString personDigits()
    {
        const QDate birth = QDate(1940, 1, 1).addDays(m_rng.bounded(365 * 64));
        m_century = birth.year() / 100;
        int day = birth.day();
        if (m_rng.bounded(100) < 2)
            day += 60; // samordningsnummer
        const QString payload = QStringLiteral("%1%2%3%4")
                                    .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                                    .arg(birth.month(), 2, 10, QLatin1Char('0'))
                                    .arg(day, 2, 10, QLatin1Char('0'))
                                    .arg(m_rng.bounded(1000), 3, 10, QLatin1Char('0'));
        return withCheckDigit(payload);
    }

    QString companyDigits()
    {
        // Aktiebolag: 556NNN-NNNC (the "month" digits 6N: an organisation, not a person).
        return withCheckDigit(
            QStringLiteral("556%1").arg(m_rng.bounded(1'000'000), 6, 10, QLatin1Char('0')));
    }

    QRandomGenerator &m_rng;
    QSet<QString> m_taken;
    int m_century = 19;
};

QString csvField(QString value)
{
    if (value.contains(u';') || value.contains(u'"'))
        value = u'"' + value.replace(u'"', u"\"\""_qs) + u'"';
    return value;
}

/*!
 * \a rows claims of \a debtors debtors (every debtor at least one claim, some many), for one
 * client; invoice numbers and dates ascend through the file, every claim overdue on ImportDate.
 */
QByteArray claimsFile(int rows, int debtors)
{
    QRandomGenerator rng(20260302);
    DebtorMaker maker(rng);
    QList<BenchDebtor> people;
    people.reserve(debtors);
    for (int i = 0; i < debtors; ++i)
        people.append(maker.next());

    // Which debtor each row belongs to: one row each, the rest skewed to a few debtors with
    // many claims (subscriptions, rent), then shuffled over the file.
    QList<int> owner;
    owner.reserve(rows);
    for (int i = 0; i < qMin(rows, debtors); ++i)
        owner.append(i);
    while (owner.size() < rows) {
        const int a = rng.bounded(debtors);
        const int b = rng.bounded(debtors);
        owner.append(qMin(a, b));
    }
    for (qsizetype i = owner.size() - 1; i > 0; --i)
        std::swap(owner[i], owner[rng.bounded(int(i + 1))]);

    const DemoWords::ClientProfile &profile = DemoWords::clientProfiles()[0];
    const auto buckets = DemoWords::amountBucketsKronor();
    QString text
        = u"debtor_id;debtor_name;address;postal_code;city;country;phone;email;debtor_type;"
          "invoice_no;invoice_date;due_date;amount;description;reminder_fee_agreed;interest\n"_qs;
    text.reserve(qsizetype(rows) * 170);
    const QDate firstInvoice = ImportDate.addDays(-560);
    for (int i = 0; i < rows; ++i) {
        const BenchDebtor &d = people.at(owner.at(i));
        const QDate invoiceDate = firstInvoice.addDays(qint64(i) * 500 / rows);
        const QDate dueDate = invoiceDate.addDays(profile.paymentTermsDays);
        const int bucket = rng.bounded(int(buckets.size()) - 1);
        const qint64 ore = qint64(buckets[size_t(bucket)]) * 100
            + rng.bounded(qint64(buckets[size_t(bucket) + 1] - buckets[size_t(bucket)]) * 100);
        const int interestRoll = rng.bounded(100);
        const QStringList values {
            d.id,
            csvField(d.name),
            csvField(d.address),
            d.postalCode,
            csvField(d.city),
            QString(),
            d.phone,
            d.email,
            d.company ? u"business"_qs : (rng.bounded(100) < 10 ? u"consumer"_qs : QString()),
            QStringLiteral("%1%2").arg(word(profile.invoicePrefix)).arg(profile.invoiceStart + i),
            invoiceDate.toString(Qt::ISODate),
            dueDate.toString(Qt::ISODate),
            Money::fromOre(ore).toPlainString(),
            csvField(word(profile.descriptions[size_t(rng.bounded(3))])),
            rng.bounded(100) < profile.reminderFeePercent ? u"yes"_qs : u"no"_qs,
            interestRoll < 70       ? QString()
                : interestRoll < 90 ? u"ref+8"_qs
                                    : u"12.5"_qs,
        };
        text += values.join(u';');
        text += u'\n';
    }
    return text.toUtf8();
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString perSecond(qint64 count, qint64 ms)
{
    return QString::number(count * 1000 / qMax<qint64>(1, ms));
}

/*! A new SQLite database with the client of the file; the client's orgnr. */
Result<std::unique_ptr<Database>> freshDatabase(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal");
    QFile::remove(path + u"-shm");
    auto db = Database::open(DatabaseConfig::sqlite(path));
    if (!db)
        return db;
    if (const Status migrated = (*db)->migrate(); !migrated)
        return migrated.error();
    const DemoWords::ClientProfile &profile = DemoWords::clientProfiles()[0];
    Client client;
    client.orgnr = withCheckDigit(QString::fromUtf16(profile.orgnrPayload));
    client.name = word(profile.name);
    if (const auto id = ClientRepository(**db).insert(client); !id)
        return id.error();
    return db;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rows = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100'000;
    const int debtors = argc > 2 ? qBound(1, QString::fromLocal8Bit(argv[2]).toInt(), rows)
                                 : qMax(1, rows * 3 / 5);
    const DemoWords::ClientProfile &profile = DemoWords::clientProfiles()[0];
    const QString orgnr = withCheckDigit(QString::fromUtf16(profile.orgnrPayload));

    QTemporaryDir dir;
    if (!dir.isValid()) {
        out << "cannot make a temporary folder\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = claimsFile(rows, debtors);
    const QString path = dir.filePath(u"claims.csv"_qs);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            out << "cannot write " << path << '\n';
            return 1;
        }
    }
    out << "claims file: " << rows << " rows, " << debtors << " debtors, " << bytes.size() / 1024
        << " KiB, made in " << timer.elapsed() << " ms\n";

    // The parse alone, from memory.
    QList<qint64> parseMs;
    QList<qint64> groupMs;
    qsizetype cases = 0;
    for (int round = 0; round < Rounds; ++round) {
        timer.restart();
        const ClaimsFileParse parse = ClaimsFile::parse(bytes, ImportDate, u"claims.csv"_qs);
        parseMs.append(timer.elapsed());
        timer.restart();
        cases = parse.caseGroups().size();
        groupMs.append(timer.elapsed());
        if (!parse.isClean() || parse.rows.size() != rows) {
            out << "the generated file is not clean: " << parse.rows.size() << " valid rows, "
                << parse.errors.size() << " errors";
            if (!parse.errors.isEmpty())
                out << "; first: line " << parse.errors.first().line << ": "
                    << parse.errors.first().message;
            out << '\n';
            return 1;
        }
    }
    out << "parse: " << rows << " rows in " << median(parseMs) << " ms ("
        << perSecond(rows, median(parseMs)) << " rows/s), grouped into " << cases << " cases in "
        << median(groupMs) << " ms (median of " << Rounds << ")\n";

    // The full import into a fresh database, and the same file again (all duplicates).
    ClaimsImportOptions options;
    options.clientOrgNo = orgnr;
    options.today = ImportDate;
    options.user = u"bench"_qs;
    QList<qint64> importMs;
    QList<qint64> againMs;
    const QString dbPath = dir.filePath(u"import.sqlite"_qs);
    Bench::MemoryProbe memory;
    const auto sampleMemory = [&memory](const auto &...) {
        memory.sample();
        return true;
    };
    for (int round = 0; round < Rounds; ++round) {
        auto db = freshDatabase(dbPath);
        if (!db) {
            out << "cannot make the database: " << db.error().message << ": " << db.error().detail
                << '\n';
            return 1;
        }
        ClaimsImportService service(**db);
        timer.restart();
        const auto report = service.import(path, options, sampleMemory);
        importMs.append(timer.elapsed());
        if (!report || report->imported != rows || report->cases.size() != cases) {
            out << "import failed: "
                << (report ? QStringLiteral("%1 claims, %2 cases, %3 rejected")
                                 .arg(report->imported)
                                 .arg(report->cases.size())
                                 .arg(report->rejected.size())
                           : report.error().message + u": " + report.error().detail)
                << '\n';
            return 1;
        }
        timer.restart();
        const auto again = service.import(path, options);
        againMs.append(timer.elapsed());
        if (!again || again->imported != 0 || again->rejected.size() != rows) {
            out << "the second import should reject every row\n";
            return 1;
        }
        out << "  round " << round + 1 << ": import " << importMs.last() << " ms, again "
            << againMs.last() << " ms\n";
        out.flush();
    }
    const qint64 ms = median(importMs);
    out << "import: " << rows << " claims, " << cases << " cases, " << debtors
        << " debtors into a new SQLite "
        << "database in " << ms << " ms (" << perSecond(rows, ms)
        << " rows/s; target < 10000 ms), median of " << Rounds << '\n';
    out << "same file again: " << rows << " rows rejected as already imported in "
        << median(againMs) << " ms\n";
    out << memory.text() << '\n';
    return 0;
}
