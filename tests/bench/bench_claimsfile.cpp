// Benchmark of the claims-file parser: a generated 100,000-row file (synthetic debtors, five
// claims each) parsed from bytes, UTF-8 and Windows-1252. Target: well under 2 s per file.
#include "models/domain/claimsfile.h"
#include "models/domain/luhn.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

namespace {

QString withCheckDigit(const QString &nineDigits)
{
    return nineDigits.left(6) + u'-' + nineDigits.mid(6) + QString::number(Fordran::Luhn::checkDigit(nineDigits));
}

QString generate(int rows)
{
    QString text = u"debtor_id;debtor_name;address;postal_code;city;phone;email;invoice_no;invoice_date;"
                   "due_date;amount;description;reminder_fee_agreed;interest\n"_qs;
    text.reserve(rows * 160);
    for (int i = 0; i < rows; ++i) {
        const int debtor = i / 5;
        const QString birth = QStringLiteral("%1%2%3")
                                  .arg(50 + debtor % 45, 2, 10, QLatin1Char('0'))
                                  .arg(1 + debtor % 12, 2, 10, QLatin1Char('0'))
                                  .arg(1 + debtor % 28, 2, 10, QLatin1Char('0'));
        const QString number = QStringLiteral("%1").arg(debtor % 1000, 3, 10, QLatin1Char('0'));
        text += withCheckDigit(birth + number) + u";Testperson Nummer " + QString::number(debtor)
              + u";Provgatan " + QString::number(1 + debtor % 90) + u";123 45;Växjö;070-123 45 67;"
              + u"test" + QString::number(debtor) + u"@example.se;INV-" + QString::number(i)
              + u";2025-10-01;2025-10-31;" + QString::number(100 + i % 90000) + u","
              + QString::number(10 + i % 90) + u";Städtjänst oktober;" + (i % 2 ? u"yes" : u"no") + u";"
              + (i % 3 == 0 ? u"ref+8" : i % 3 == 1 ? u"" : u"12.5") + u"\n";
    }
    return text;
}

qint64 medianRunNs(const QByteArray &bytes, int expectedRows)
{
    QList<qint64> runs;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        const Fordran::ClaimsFileParse parse = Fordran::ClaimsFile::parse(bytes, QDate(2026, 3, 1));
        runs.append(timer.nsecsElapsed());
        if (parse.rows.size() != expectedRows || !parse.errors.isEmpty()) {
            QTextStream(stderr) << "unexpected result: " << parse.rows.size() << " rows, "
                                << parse.errors.size() << " errors\n";
            return -1;
        }
    }
    std::sort(runs.begin(), runs.end());
    return runs.at(1);
}

} // namespace

int main()
{
    QTextStream out(stdout);
    constexpr int rows = 100'000;
    const QString text = generate(rows);
    const QByteArray utf8 = text.toUtf8();
    const QByteArray cp1252 = text.toLatin1(); // åäö are the same bytes in Latin-1 and Windows-1252

    for (const auto &[name, bytes] : {std::pair{"UTF-8", utf8}, std::pair{"Windows-1252", cp1252}}) {
        const qint64 ns = medianRunNs(bytes, rows);
        if (ns < 0)
            return 1;
        out << "claims file " << name << ": " << rows << " rows, " << bytes.size() / 1024 << " KiB in "
            << ns / 1'000'000 << " ms (" << qint64(rows) * 1'000'000'000 / ns << " rows/s; target < 2000 ms)\n";
    }
    return 0;
}
