// Settings → Reference rates…, offscreen on a temporary SQLite database as of 2026-11-23: the
// built-in rates listed, 2026-07-01 marked missing, entering 1.75 stores it so the rate resolves,
// a built-in half-year refused, and the start-up check naming the half-year and opening the
// dialog. Screenshots: $FORDRAN_BUILD_DIR/screenshots/referencerates*.png.

#include "settingssandbox.h"
#include "storage/storagetestutil.h"
#include "uitestutil.h"

#include "models/items/referenceratemodel.h"
#include "models/services/referencerateservice.h"
#include "models/storage/referenceraterepository.h"
#include "ui/databaseactionhandler.h"
#include "ui/databasecontroller.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/referencerateentrydialog.h"
#include "ui/referenceratesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Fordran;

namespace {

using Fordran::Test::child;
using Fordran::Test::shotPath;

const QDate Today(2026, 11, 23);
const QDate Missing(2026, 7, 1);
const QDate BuiltIn(2026, 1, 1);

QPushButton *saveButton(const ReferenceRateEntryDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

QDate chosenHalfYear(const ReferenceRateEntryDialog &dialog)
{
    return child<QComboBox>(dialog, "halfYearCombo")->currentData().toDate();
}

} // namespace

class TestReferenceRatesDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settings.enter(QStringLiteral("tst_referenceratesdialog")));
    }

    void init()
    {
        Test::SettingsSandbox::clear();
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->install(QStringLiteral("sv")));
        m_db = std::make_unique<Test::TestDatabase>(Test::sqliteEngine());
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
    }

    void cleanup()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_db.reset();
        m_languages.reset();
    }

    void listsBuiltInRates()
    {
        ReferenceRatesDialog dialog(m_db->db(), Today);
        const ReferenceRateModel *model = dialog.model();
        const auto builtIn = ReferenceRateTable::builtIn();
        QVERIFY(builtIn.ok());
        for (const ReferenceRateTable::Entry &entry : builtIn->entries()) {
            const int row = model->rowOf(entry.validFrom);
            QVERIFY2(row >= 0, qPrintable(entry.validFrom.toString(Qt::ISODate)));
            const QModelIndex rate = model->index(row, ReferenceRateModel::Rate);
            QCOMPARE(rate.data(ReferenceRateModel::RawValueRole).value<Percentage>(), entry.rate);
            QCOMPARE(rate.data(ReferenceRateModel::StateRole).toInt(),
                     int(ReferenceRateModel::RowState::BuiltIn));
            const QModelIndex note = model->index(row, ReferenceRateModel::Note);
            QCOMPARE(note.data(ReferenceRateModel::RawValueRole).toString(), entry.note);
            QCOMPARE(note.data(Qt::ToolTipRole).toString(), entry.note);
        }
        QCOMPARE(dialog.table()->model()->rowCount(), model->rowCount());
    }

    void marksTheCurrentHalfYearMissing()
    {
        ReferenceRatesDialog dialog(m_db->db(), Today);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const ReferenceRateModel *model = dialog.model();
        QCOMPARE(model->rowOf(Missing), 0); // newest first
        QCOMPARE(model->missing().constFirst(), Missing);
        QVERIFY2(dialog.missingWarning().contains(u"2026-07-01"_qs),
                 qPrintable(dialog.missingWarning()));

        // The missing row is painted differently from a built-in one.
        const QAbstractItemModel *shown = dialog.table()->model();
        const QVariant missingBackground
            = shown->index(model->rowOf(Missing), 0).data(Qt::BackgroundRole);
        QVERIFY(missingBackground.isValid());
        QVERIFY(shown->index(model->rowOf(BuiltIn), 0).data(Qt::BackgroundRole)
                != missingBackground);
        QVERIFY(child<QLabel>(dialog, "sourceHint")->text().contains(u"riksbank.se"_qs));
        QVERIFY(dialog.grab().save(shotPath(QStringLiteral("referencerates.png"))));
    }

    void enteringARateStoresIt()
    {
        ReferenceRatesDialog dialog(m_db->db(), Today);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy entered(&dialog, &ReferenceRatesDialog::rateEntered);

        bool shown = false;
        Test::whenModal<ReferenceRateEntryDialog>(
            [](ReferenceRateEntryDialog *entry) {
                QCOMPARE(chosenHalfYear(*entry), Missing); // the missing half-year comes first
                QVERIFY(!saveButton(*entry)->isEnabled());
                QTest::keyClicks(child<QLineEdit>(*entry, "rateField"), u"1,75"_qs);
                QVERIFY2(entry->problem().isEmpty(), qPrintable(entry->problem()));
                QVERIFY(entry->grab().save(shotPath(QStringLiteral("referencerate_entry.png"))));
                QTest::mouseClick(saveButton(*entry), Qt::LeftButton);
            },
            &shown);
        QTest::mouseClick(child<QPushButton>(dialog, "addRateButton"), Qt::LeftButton);
        QVERIFY(shown);

        QCOMPARE(entered.size(), 1);
        QCOMPARE(entered.constFirst().at(0).toDate(), Missing);
        const auto stored = ReferenceRateRepository(m_db->db()).list();
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->constFirst().validFrom, Missing);
        QCOMPARE(stored->constFirst().rate, Percentage::fromBasisPoints(175));
        QVERIFY(!stored->constFirst().enteredBy.isEmpty());

        // The rate now resolves for every day of the half-year, on another connection too.
        auto other = m_db->openAnother();
        QVERIFY(other.ok());
        const auto table = ReferenceRateService(*other.value()).table();
        QVERIFY(table.ok());
        QCOMPARE(table->rateFor(Today).valueOr({}), Percentage::fromBasisPoints(175));
        QCOMPARE(table->rateFor(QDate(2026, 12, 31)).valueOr({}), Percentage::fromBasisPoints(175));

        // The dialog shows it as entered and no longer warns about 2026-07-01.
        const int row = dialog.model()->rowOf(Missing);
        QCOMPARE(dialog.model()->index(row, 0).data(ReferenceRateModel::StateRole).toInt(),
                 int(ReferenceRateModel::RowState::Entered));
        QVERIFY2(!dialog.missingWarning().contains(u"2026-07-01"_qs),
                 qPrintable(dialog.missingWarning()));
        QVERIFY(dialog.grab().save(shotPath(QStringLiteral("referencerates_entered.png"))));
    }

    void badRatesAreRefusedInTheForm_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("three-decimals") << u"1,755"_qs;
        QTest::newRow("letters") << u"abc"_qs;
        QTest::newRow("two-marks") << u"1,7,5"_qs;
        QTest::newRow("only-percent-sign") << u"%"_qs;
    }
    void badRatesAreRefusedInTheForm()
    {
        QFETCH(QString, typed);
        const auto table = ReferenceRateService(m_db->db()).table();
        QVERIFY(table.ok());
        ReferenceRateEntryDialog entry(*table, Today);
        entry.show();
        QTest::keyClicks(child<QLineEdit>(entry, "rateField"), typed);
        QVERIFY(!entry.problem().isEmpty());
        QVERIFY(!saveButton(entry)->isEnabled());
        QVERIFY(child<QLabel>(entry, "entryProblem")->isVisible());
        QCOMPARE(child<QLabel>(entry, "entryProblem")->text(), entry.problem());
    }

    void halfYearsOffered()
    {
        const auto table = ReferenceRateService(m_db->db()).table();
        QVERIFY(table.ok());
        ReferenceRateEntryDialog entry(*table, Today);
        const QComboBox *combo = child<QComboBox>(entry, "halfYearCombo");
        QCOMPARE(combo->itemData(0).toDate(), QDate(2027, 1, 1)); // the next half-year
        for (int i = 0; i < combo->count(); ++i)
            QVERIFY(ReferenceRateTable::isHalfYearStart(combo->itemData(i).toDate()));
        QCOMPARE(combo->itemData(combo->count() - 1).toDate(),
                 table->entries().constFirst().validFrom);
    }

    void builtInRateCannotBeOverridden()
    {
        const auto table = ReferenceRateService(m_db->db()).table();
        QVERIFY(table.ok());
        ReferenceRateEntryDialog entry(*table, Today, BuiltIn);
        entry.show();
        QVERIFY(QTest::qWaitForWindowExposed(&entry));
        QCOMPARE(chosenHalfYear(entry), BuiltIn);
        QVERIFY(!child<QLineEdit>(entry, "rateField")->isEnabled());
        QVERIFY(!saveButton(entry)->isEnabled());
        QVERIFY2(entry.problem().contains(u"2026-01-01"_qs), qPrintable(entry.problem()));
        QVERIFY(child<QLabel>(entry, "entryProblem")->isVisible());
        QVERIFY(entry.grab().save(shotPath(QStringLiteral("referencerate_entry_builtin.png"))));

        // Choosing a missing half-year makes the form usable again.
        QVERIFY(entry.selectHalfYear(Missing));
        QVERIFY(child<QLineEdit>(entry, "rateField")->isEnabled());

        // The dialog refuses it too, and nothing is stored.
        ReferenceRatesDialog dialog(m_db->db(), Today);
        const Status stored = dialog.store({BuiltIn, Percentage::fromBasisPoints(175)});
        QVERIFY(!stored.ok());
        QVERIFY(stored.error().message.contains(u"2026-01-01"_qs));
        QVERIFY(ReferenceRateRepository(m_db->db()).list()->isEmpty());
        QCOMPARE(ReferenceRateService(m_db->db()).table()->rateFor(BuiltIn).valueOr({}),
                 table->rateFor(BuiltIn).valueOr({}));
    }

    void startUpCheckNamesTheHalfYearAndOpensTheDialog()
    {
        Test::Workstation ws(Today);
        QVERIFY(ws.controller.open(m_db->config()).ok());
        QSignalSpy missing(&ws.handler, &DatabaseActionHandler::referenceRateMissing);

        bool boxShown = false;
        bool dialogShown = false;
        QString boxText;
        Test::whenModal<QMessageBox>(
            [&boxText, &dialogShown](QMessageBox *box) {
                boxText = box->text() + u'\n' + box->informativeText();
                QVERIFY(
                    box->grab().save(shotPath(QStringLiteral("referencerate_missing_box.png"))));
                Test::whenModal<ReferenceRatesDialog>(
                    [](ReferenceRatesDialog *dialog) {
                        const QModelIndexList selected
                            = dialog->table()->selectionModel()->selectedRows();
                        QCOMPARE(selected.size(), 1);
                        QCOMPARE(
                            selected.constFirst().data(ReferenceRateModel::ValidFromRole).toDate(),
                            Missing);
                        dialog->reject();
                    },
                    &dialogShown);
                box->accept();
            },
            &boxShown);
        const std::optional<QDate> found = ws.handler.checkReferenceRate();
        QVERIFY(boxShown);
        QVERIFY(dialogShown);
        QCOMPARE(found, std::optional<QDate>(Missing));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.constFirst().at(0).toDate(), Missing);
        QVERIFY2(boxText.contains(u"2026-07-01"_qs), qPrintable(boxText));
    }

    void startUpCheckIsQuietWhenTheRateIsKnown_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("enterRate");
        QTest::newRow("built-in-half-year") << QDate(2026, 3, 2) << false;
        QTest::newRow("entered-half-year") << Today << true;
    }
    void startUpCheckIsQuietWhenTheRateIsKnown()
    {
        QFETCH(QDate, today);
        QFETCH(bool, enterRate);
        if (enterRate)
            QVERIFY(ReferenceRateService(m_db->db())
                        .enter(Missing, Percentage::fromBasisPoints(175), u"anna"_qs)
                        .ok());
        Test::Workstation ws(today);
        QVERIFY(ws.controller.open(m_db->config()).ok());
        QSignalSpy missing(&ws.handler, &DatabaseActionHandler::referenceRateMissing);
        QVERIFY(!ws.handler.missingReferenceRate().has_value());
        QVERIFY(!ws.handler.checkReferenceRate().has_value()); // would block on a box otherwise
        QCOMPARE(missing.size(), 0);
    }

    void noDatabaseNoCheck()
    {
        Test::Workstation ws(Today);
        QVERIFY(!ws.handler.checkReferenceRate().has_value());
    }

private:
    Test::SettingsSandbox m_settings;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<Test::TestDatabase> m_db;
};

QTEST_MAIN(TestReferenceRatesDialog)
#include "tst_referenceratesdialog.moc"
