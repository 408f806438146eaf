// ReferenceRateModel: one row per half-year with a rate plus one per half-year up to today
// without one, newest first; raw and display roles; QAbstractItemModelTester.

#include "models/items/referenceratemodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace Fordran;

namespace {

ReferenceRateTable builtInWith(const QList<ReferenceRateTable::Entry> &entered)
{
    const auto builtIn = ReferenceRateTable::builtIn();
    if (!builtIn)
        qFatal("built-in table: %s", qPrintable(builtIn.error().message));
    return builtIn->withEntered(entered);
}

QDate dateAt(const ReferenceRateModel &model, int row)
{
    return model.index(row, ReferenceRateModel::ValidFrom)
        .data(ReferenceRateModel::RawValueRole)
        .toDate();
}

ReferenceRateModel::RowState stateAt(const ReferenceRateModel &model, int row)
{
    return ReferenceRateModel::RowState(
        model.index(row, 0).data(ReferenceRateModel::StateRole).toInt());
}

} // namespace

class TestReferenceRateModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void rowsCoverEveryHalfYearNewestFirst()
    {
        ReferenceRateModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ReferenceRateTable table = builtInWith({});
        const QDate today(2026, 11, 23);
        model.setTable(table, today);

        const QDate first = table.entries().constFirst().validFrom;
        int halfYears = 0;
        for (QDate start = first; start <= today; start = start.addMonths(6))
            ++halfYears;
        QCOMPARE(model.rowCount(), halfYears);
        QCOMPARE(model.columnCount(), int(ReferenceRateModel::ColumnCount));
        QCOMPARE(dateAt(model, 0), QDate(2026, 7, 1));
        QCOMPARE(dateAt(model, model.rowCount() - 1), first);
        for (int row = 1; row < model.rowCount(); ++row)
            QCOMPARE(dateAt(model, row), dateAt(model, row - 1).addMonths(-6));
    }

    void missingHalfYearIsMarked()
    {
        ReferenceRateModel model;
        model.setTable(builtInWith({}), QDate(2026, 11, 23));
        const int row = model.rowOf(QDate(2026, 7, 1));
        QCOMPARE(row, 0);
        QCOMPARE(stateAt(model, row), ReferenceRateModel::RowState::Missing);
        QVERIFY(!model.index(row, ReferenceRateModel::Rate)
                     .data(ReferenceRateModel::RawValueRole)
                     .isValid());
        QCOMPARE(model.index(row, ReferenceRateModel::Source).data().toString(), u"missing"_qs);
        QVERIFY(model.missing().contains(QDate(2026, 7, 1)));
        QCOMPARE(model.missing().constFirst(), QDate(2026, 7, 1));

        const int builtInRow = model.rowOf(QDate(2026, 1, 1));
        QCOMPARE(stateAt(model, builtInRow), ReferenceRateModel::RowState::BuiltIn);
        QCOMPARE(model.index(builtInRow, ReferenceRateModel::Source).data().toString(),
                 u"built-in"_qs);
    }

    void values_data()
    {
        QTest::addColumn<int>("basisPoints");
        QTest::addColumn<QString>("display");
        QTest::newRow("positive") << 175 << u"1.75 %"_qs;
        QTest::newRow("zero") << 0 << u"0.00 %"_qs;
        QTest::newRow("negative") << -50 << u"-0.50 %"_qs;
    }
    void values()
    {
        QFETCH(int, basisPoints);
        QFETCH(QString, display);
        ReferenceRateModel model;
        const Percentage rate = Percentage::fromBasisPoints(basisPoints);
        model.setTable(builtInWith({{QDate(2026, 7, 1), rate, ReferenceRateTable::Source::Entered,
                                     u"entered by anna"_qs}}),
                       QDate(2026, 11, 23));
        const int row = model.rowOf(QDate(2026, 7, 1));
        QCOMPARE(stateAt(model, row), ReferenceRateModel::RowState::Entered);
        QCOMPARE(model.index(row, ReferenceRateModel::Rate)
                     .data(ReferenceRateModel::RawValueRole)
                     .value<Percentage>(),
                 rate);
        QCOMPARE(model.index(row, ReferenceRateModel::Rate).data().toString(), display);
        QCOMPARE(model.index(row, ReferenceRateModel::Note).data().toString(),
                 u"entered by anna"_qs);
        QCOMPARE(model.index(row, ReferenceRateModel::Source).data().toString(), u"entered"_qs);
        QVERIFY(!model.missing().contains(QDate(2026, 7, 1)));
    }

    void swedishDecimalMark()
    {
        QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
        const QString text = ReferenceRateModel::formatRate(Percentage::fromBasisPoints(-175));
        QLocale::setDefault(QLocale::c());
        QVERIFY2(text.contains(u"1,75"_qs), qPrintable(text));
        QVERIFY2(text.startsWith(QLocale(QLocale::Swedish).negativeSign()), qPrintable(text));
    }

    void resetKeepsTheTesterHappy()
    {
        ReferenceRateModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable(builtInWith({}), QDate(2026, 11, 23));
        model.setTable(ReferenceRateTable(), QDate(2026, 11, 23));
        QCOMPARE(model.rowCount(), 1); // only today's half-year, missing
        model.setTable(ReferenceRateTable(), QDate());
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(QDate(2026, 7, 1)), -1);
    }
};

QTEST_GUILESS_MAIN(TestReferenceRateModel)
#include "tst_referenceratemodel.moc"
