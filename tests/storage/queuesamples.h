#pragma once

// The known cases and sort list shared by the case-queue query suites (tst_casequeuequery,
// tst_casequeueplans): five cases whose searches, filters and orders the suites check.

#include "queuefixture.h"

#include "models/domain/ocr.h"
#include "models/storage/casequeuequery.h"

#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace Fordran::Test::QueueSamples {

using Fordran::Test::QueueCase;
using Fordran::Test::QueueFixture;

inline const QDate Today(2026, 11, 23);

inline QString text(const char *s)
{
    return QString::fromUtf8(s);
}

/*! The fixture's cases, by index: what each search row expects. */
inline QList<QueueCase> knownCases()
{
    QList<QueueCase> cases;
    QueueCase eva;
    eva.debtorName = text("Eva Ek");
    eva.identity = QueueFixture::personnummer(QDate(1981, 12, 18), 987);
    eva.invoiceNo = text("INV-777");
    eva.status = CaseStatus::Reminder;
    eva.nextActionDate = QDate(2026, 2, 10);
    eva.officer = 0;
    cases.append(eva); // 0

    QueueCase evert = eva;
    evert.debtorName = text("Evert Öberg");
    evert.identity = QueueFixture::personnummer(QDate(1955, 3, 1), 123);
    evert.invoiceNo = text("4711");
    evert.status = CaseStatus::Collection;
    evert.client = 1;
    evert.officer = 1;
    evert.nextActionDate = QDate(2026, 1, 5);
    cases.append(evert); // 1

    QueueCase company;
    company.debtorName = text("Åkeri Norr AB");
    company.identity = QueueFixture::organisationsnummer(text("556677889"));
    company.kind = DebtorKind::Organisation;
    company.invoiceNo = text("INV-778");
    company.status = CaseStatus::Closed;
    company.nextActionDate = QDate();
    company.client = 1;
    cases.append(company); // 2

    QueueCase foreign;
    foreign.debtorName = text("John Smith");
    foreign.invoiceNo = text("EL4100001");
    foreign.nextActionDate = QDate(2026, 4, 1);
    cases.append(foreign); // 3

    QueueCase evaAgain = eva; // the same debtor on a second case
    evaAgain.invoiceNo = text("INV-900");
    evaAgain.client = 1;
    evaAgain.status = CaseStatus::New;
    cases.append(evaAgain); // 4
    return cases;
}

inline QString caseNo(int index)
{
    return QStringLiteral("2026-%1").arg(index + 1, 6, 10, QLatin1Char('0'));
}

inline QString ocrOf(int index)
{
    return Ocr::make(QString(caseNo(index)).remove(u'-'), true).value();
}

inline QList<qint64> storeKnown(QueueFixture &fx, QString *error)
{
    QList<qint64> ids;
    if (const Status basics = fx.addBasics(); !basics) {
        *error = basics.error().message + u": " + basics.error().detail;
        return {};
    }
    for (const QueueCase &c : knownCases()) {
        const auto stored = fx.add(c);
        if (!stored) {
            *error = stored.error().message + u": " + stored.error().detail;
            return {};
        }
        ids.append(stored->id);
    }
    return ids;
}

inline const QList<std::pair<const char *, CaseQueueSort>> &allSorts()
{
    static const QList<std::pair<const char *, CaseQueueSort>> sorts {
        {"case-no", CaseQueueSort::CaseNo},    {"debtor", CaseQueueSort::Debtor},
        {"identity", CaseQueueSort::Identity}, {"client", CaseQueueSort::Client},
        {"status", CaseQueueSort::Status},     {"segment", CaseQueueSort::Segment},
        {"balance", CaseQueueSort::Balance},   {"next-action", CaseQueueSort::NextActionDate},
        {"officer", CaseQueueSort::Officer}};
    return sorts;
}

/*! The ids of the known cases at \a indexes, in that order. */
inline QList<qint64> idsAt(const QList<qint64> &ids, const QList<int> &indexes)
{
    QList<qint64> picked;
    for (int i : indexes)
        picked.append(ids.value(i));
    return picked;
}

} // namespace Fordran::Test::QueueSamples
