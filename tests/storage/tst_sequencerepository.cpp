#include "storagetestutil.h"

#include "models/storage/sequencerepository.h"
#include "models/storage/unitofwork.h"

#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Fordran;
using Fordran::Test::errorText;

class TestSequenceRepository final : public QObject
{
    Q_OBJECT

private slots:
    void formatCaseNumber_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QString>("expected");
        QTest::newRow("first") << 2026 << qint64(1) << u"2026-000001"_qs;
        QTest::newRow("padded") << 2026 << qint64(123) << u"2026-000123"_qs;
        QTest::newRow("six-digits") << 2027 << qint64(999999) << u"2027-999999"_qs;
        QTest::newRow("grows-past-six") << 2027 << qint64(1000000) << u"2027-1000000"_qs;
    }
    void formatCaseNumber()
    {
        QFETCH(int, year);
        QFETCH(qint64, number);
        QFETCH(QString, expected);
        QCOMPARE(SequenceRepository::formatCaseNumber(year, number), expected);
    }

    void numbersAreConsecutivePerCounter_data() { Fordran::Test::addEngineRows(); }
    void numbersAreConsecutivePerCounter()
    {
        FORDRAN_TEST_DATABASE(test);
        SequenceRepository sequences(test.db());
        for (qint64 expected = 1; expected <= 5; ++expected)
            QCOMPARE(sequences.next(u"a"_qs).valueOr(-1), expected);
        QCOMPARE(sequences.next(u"b"_qs).valueOr(-1), qint64(1));
        QCOMPARE(sequences.reserve(u"a"_qs, 100).valueOr(-1), qint64(6));
        QCOMPARE(sequences.next(u"a"_qs).valueOr(-1), qint64(106));
        QVERIFY(!sequences.reserve(u"a"_qs, 0).ok());
        QCOMPARE(sequences.nextCaseNumber(2026).valueOr({}), u"2026-000001"_qs);
        QCOMPARE(sequences.nextCaseNumber(2026).valueOr({}), u"2026-000002"_qs);
        QCOMPARE(sequences.nextCaseNumber(2027).valueOr({}), u"2027-000001"_qs);
    }

    void rolledBackNumberIsGivenAgain_data() { Fordran::Test::addEngineRows(); }
    void rolledBackNumberIsGivenAgain()
    {
        FORDRAN_TEST_DATABASE(test);
        SequenceRepository sequences(test.db());
        QCOMPARE(sequences.next(u"a"_qs).valueOr(-1), qint64(1));
        {
            UnitOfWork unit(test.db());
            QCOMPARE(sequences.next(u"a"_qs).valueOr(-1), qint64(2));
        }
        QCOMPARE(sequences.next(u"a"_qs).valueOr(-1), qint64(2));
    }

    void twoWorkstationsNeverGetTheSameCaseNumber_data() { Fordran::Test::addEngineRows(); }
    void twoWorkstationsNeverGetTheSameCaseNumber()
    {
        FORDRAN_TEST_DATABASE(test);
        constexpr int perThread = 40;
        QList<QStringList> taken(2);
        std::atomic<int> failures{0};
        QString firstError;
        QList<QThread *> threads;
        for (int t = 0; t < 2; ++t) {
            threads.append(QThread::create([&, t] {
                // One connection per thread, as a second workstation would have.
                auto db = Database::open(test.config());
                if (!db) {
                    ++failures;
                    return;
                }
                SequenceRepository sequences(*db.value());
                for (int i = 0; i < perThread; ++i) {
                    UnitOfWork unit(*db.value());
                    const auto number = sequences.nextCaseNumber(2026);
                    if (!number || !unit.commit()) {
                        ++failures;
                        continue;
                    }
                    taken[t].append(*number);
                }
            }));
        }
        for (QThread *thread : std::as_const(threads))
            thread->start();
        for (QThread *thread : std::as_const(threads)) {
            QVERIFY(thread->wait(120000));
            delete thread;
        }
        QCOMPARE(failures.load(), 0);
        QStringList all = taken.at(0) + taken.at(1);
        QCOMPARE(all.size(), 2 * perThread);
        const QSet<QString> unique(all.begin(), all.end());
        QCOMPARE(unique.size(), all.size());
        all.sort();
        QCOMPARE(all.first(), SequenceRepository::formatCaseNumber(2026, 1));
        QCOMPARE(all.last(), SequenceRepository::formatCaseNumber(2026, 2 * perThread));
    }
};

QTEST_GUILESS_MAIN(TestSequenceRepository)
#include "tst_sequencerepository.moc"
