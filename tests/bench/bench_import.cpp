// Benchmark of a client claims-file import: a 100,000-row claims file (valid rows made from the
// demo generator's debtors and claims) parsed, then imported into a new SQLite database through
// the import service. Target: the whole import under 10 s. Usage: bench_import [ROWS]
#include "models/domain/claimsfile.h"
#include "models/services/demodatagenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Fordran;

namespace {

QString field(QString value)
{
    // Demo data has no separators or quotes in it; keep the file valid should that change.
    if (value.contains(u';') || value.contains(u'"'))
        value = u'"' + value.replace(u'"', u"\"\""_qs) + u'"';
    return value;
}

/*! A claims file (formats.md) of \a rows rows from the demo generator; all of one client. */
QByteArray claimsFile(int rows, QDate today)
{
    const auto fees = FeeSchedule::builtIn();
    DemoDataGenerator generator(42, today, rows, fees ? *fees : FeeSchedule());
    QString text = u"debtor_id;debtor_name;address;postal_code;city;country;phone;email;debtor_"
                   u"type;invoice_no;"
                   "invoice_date;due_date;amount;description;reminder_fee_agreed;interest\n"_qs;
    text.reserve(qsizetype(rows) * 190);
    int written = 0;
    while (written < rows) {
        const DemoCase c = generator.next();
        const Debtor &d = c.debtor.data;
        if (d.identity.isEmpty())
            continue; // a claims file names every debtor by a Swedish number
        for (const Claim &claim : c.claims) {
            if (written == rows)
                break;
            InterestTerm interest;
            interest.kind = claim.interestKind;
            interest.margin = claim.interestMargin;
            interest.fixedRate = claim.fixedRate;
            const QStringList values {
                d.identity,
                field(d.name),
                field(d.address),
                d.postalCode,
                field(d.city),
                d.country,
                d.phone,
                d.email,
                machineName(claim.debtorType),
                field(claim.invoiceNo),
                claim.invoiceDate.toString(Qt::ISODate),
                claim.dueDate.toString(Qt::ISODate),
                claim.originalAmount.toPlainString(),
                field(claim.description),
                claim.reminderFeeAgreed ? u"yes"_qs : u"no"_qs,
                interest.toString(),
            };
            text += values.join(u';') + u'\n';
            ++written;
        }
    }
    return text.toUtf8();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int rows = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    const QDate today = QDate::currentDate();

    QElapsedTimer timer;
    timer.start();
    const QByteArray bytes = claimsFile(rows, today);
    out << "claims file: " << rows << " rows, " << (bytes.size() / 1024) << " KiB, generated in "
        << timer.elapsed() << " ms\n";

    timer.restart();
    const ClaimsFileParse parse = ClaimsFile::parse(bytes, today, QStringLiteral("bench.csv"));
    const qint64 parseMs = qMax<qint64>(1, timer.elapsed());
    out << "parse: " << parse.rows.size() << " valid rows, " << parse.errors.size() << " errors, "
        << parse.caseGroups().size() << " cases in " << parseMs
        << " ms = " << (qint64(parse.rows.size()) * 1000 / parseMs) << " rows/s\n";
    if (!parse.errors.isEmpty())
        out << "first error: line " << parse.errors.first().line << ": "
            << parse.errors.first().message << '\n';

    out << "import: import service not available (models/services/claimsimportservice.h); only the "
           "parse was timed\n";
    return 0;
}
