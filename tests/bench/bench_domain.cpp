// Micro-benchmark of the money core: parsing and interest-style multiplication.
#include "models/domain/money.h"

#include <QElapsedTimer>
#include <QTextStream>

int main()
{
    QTextStream out(stdout);
    const QStringList samples = {u"1234"_qs, u"1 234,50"_qs, u"99999,99"_qs, u"12.5"_qs};
    constexpr int rounds = 1'000'000;
    QElapsedTimer timer;
    timer.start();
    qint64 sink = 0;
    for (int i = 0; i < rounds; ++i)
        sink += Fordran::Money::parse(samples.at(i % samples.size())).valueOr(Fordran::Money()).ore();
    const qint64 parseNs = timer.nsecsElapsed();
    timer.restart();
    for (int i = 0; i < rounds; ++i)
        sink += Fordran::Money::fromOre(1000000 + i).multiplied(1100 * (i % 366), 3650000)->ore();
    const qint64 mulNs = timer.nsecsElapsed();
    out << "money parse: " << parseNs / rounds << " ns/op\n";
    out << "money multiplied: " << mulNs / rounds << " ns/op\n";
    out << "(checksum " << sink << ")\n";
    return 0;
}
