#pragma once

// Cases with known values for the case-queue suites, stored through the repositories (every
// ledger line through LedgerRepository, so cases.balance_ore is the ledger sum). For volume,
// use DemoDataService instead; this is for cases a test must be able to find again.
//
//     QueueFixture fx(db);
//     QVERIFY(fx.addBasics().ok());
//     const auto stored = fx.add({.debtorName = u"Eva Ek"_qs, .identity =
//     QueueFixture::personnummer(...)});

#include "models/domain/entities.h"
#include "models/domain/luhn.h"
#include "models/domain/ocr.h"
#include "models/storage/caserepository.h"
#include "models/storage/claimrepository.h"
#include "models/storage/clientrepository.h"
#include "models/storage/database.h"
#include "models/storage/debtorrepository.h"
#include "models/storage/eventrepository.h"
#include "models/storage/ledgerrepository.h"
#include "models/storage/sequencerepository.h"
#include "models/storage/unitofwork.h"
#include "models/storage/userrepository.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Fordran::Test {

/*! What to store for one case: a debtor, one claim, its principal and optional fee and payment. */
struct QueueCase
{
    QString debtorName;
    QString identity; //!< normalised; empty: a foreign debtor
    DebtorKind kind = DebtorKind::Person;
    QString invoiceNo;
    qint64 principalOre = 100000;
    qint64 feeOre = 0; //!< a reminder fee
    qint64 paidOre = 0; //!< a payment against the principal
    CaseStatus status = CaseStatus::New;
    Segment segment = Segment::Normal;
    QDate openedOn = QDate(2026, 1, 15);
    QDate dueDate = QDate(2025, 12, 31);
    QDate nextActionDate = QDate(2026, 3, 1);
    QString nextAction = QStringLiteral("reminder_letter");
    int client = 0; //!< index into QueueFixture::clientIds
    int officer = -1; //!< index into QueueFixture::userIds; −1: unassigned
    InterestKind interestKind = InterestKind::Reference;
    int fixedRateBp = 0;
};

struct StoredQueueCase
{
    qint64 id = 0;
    QString caseNo;
    QString ocr;
    qint64 debtorId = 0;
    qint64 claimId = 0;
};

class QueueFixture final
{
public:
    explicit QueueFixture(Database &database)
        : m_db(database)
    {
    }

    QList<qint64> clientIds;
    QList<qint64> userIds;

    /*! Two clients ("Alfa Energi AB", "Beta Bredband AB") and two officers (anna, bo). */
    Status addBasics()
    {
        ClientRepository clients(m_db);
        const QList<std::pair<QString, QString>> clientData {
            {QStringLiteral("5560360793"), QStringLiteral("Alfa Energi AB")},
            {QStringLiteral("5565594230"), QStringLiteral("Beta Bredband AB")}};
        for (const auto &[orgnr, name] : clientData) {
            Client client;
            client.orgnr = orgnr;
            client.name = name;
            const auto id = clients.insert(client);
            if (!id)
                return id.error();
            clientIds.append(*id);
        }
        UserRepository users(m_db);
        const QList<std::pair<QString, QString>> userData {
            {QStringLiteral("anna"), QStringLiteral("Anna Lind")},
            {QStringLiteral("bo"), QStringLiteral("Bo Ek")}};
        for (const auto &[login, name] : userData) {
            User user;
            user.login = login;
            user.name = name;
            user.role = QStringLiteral("handler");
            const auto id = users.insert(user);
            if (!id)
                return id.error();
            userIds.append(*id);
        }
        return {};
    }

    /*! Stores \a spec in one transaction; the debtor is reused when its identity is stored already.
     */
    Result<StoredQueueCase> add(const QueueCase &spec)
    {
        UnitOfWork uow(m_db);
        if (!uow.ok())
            return uow.status().error();
        StoredQueueCase stored;

        DebtorRepository debtors(m_db);
        const auto existing = debtors.findByIdentity(spec.identity);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            stored.debtorId = (*existing)->id;
        } else {
            Debtor debtor;
            debtor.identity = spec.identity;
            debtor.kind = spec.kind;
            debtor.name = spec.debtorName;
            debtor.address = QStringLiteral("Storgatan 1");
            debtor.postalCode = QStringLiteral("11122");
            debtor.city = QStringLiteral("Stockholm");
            const auto id = debtors.insert(debtor);
            if (!id)
                return id.error();
            stored.debtorId = *id;
        }

        const auto caseNo = SequenceRepository(m_db).nextCaseNumber(spec.openedOn.year());
        if (!caseNo)
            return caseNo.error();
        const auto ocr = Ocr::make(QString(*caseNo).remove(u'-'), true);
        if (!ocr)
            return ocr.error();
        Case c;
        c.caseNo = *caseNo;
        c.clientId = clientIds.value(spec.client);
        c.debtorId = stored.debtorId;
        c.ocr = *ocr;
        c.status = spec.status;
        c.segment = spec.segment;
        c.assignedUserId = spec.officer >= 0 ? userIds.value(spec.officer) : 0;
        c.openedOn = spec.openedOn;
        c.nextActionDate = spec.nextActionDate;
        c.nextAction = spec.nextActionDate.isValid() ? spec.nextAction : QString();
        if (spec.status == CaseStatus::Closed) {
            c.closedOn = spec.openedOn.addDays(30);
            c.closeReason = QStringLiteral("paid");
        }
        const auto caseId = CaseRepository(m_db).insert(c);
        if (!caseId)
            return caseId.error();
        stored.id = *caseId;
        stored.caseNo = c.caseNo;
        stored.ocr = c.ocr;

        Claim claim;
        claim.caseId = stored.id;
        claim.clientId = c.clientId;
        claim.invoiceNo = spec.invoiceNo.isEmpty() ? u"F" + c.caseNo : spec.invoiceNo;
        claim.invoiceDate = spec.dueDate.addDays(-30);
        claim.dueDate = spec.dueDate;
        claim.originalAmount = Money::fromOre(spec.principalOre);
        claim.description = QStringLiteral("Faktura");
        claim.interestKind = spec.interestKind;
        claim.fixedRate = Percentage::fromBasisPoints(spec.fixedRateBp);
        const auto claimId = ClaimRepository(m_db).insert(claim);
        if (!claimId)
            return claimId.error();
        stored.claimId = *claimId;

        LedgerRepository ledger(m_db);
        const auto post
            = [&](LedgerKind kind, qint64 ore, QDate on, std::optional<LedgerKind> component,
                  const QString &feeType) -> Status {
            LedgerEntry e;
            e.claimId = stored.claimId;
            e.caseId = stored.id;
            e.entryDate = on;
            e.kind = kind;
            e.amount = Money::fromOre(ore);
            e.component = component;
            e.feeType = feeType;
            const auto id = ledger.append(e);
            return id ? Status() : Status(id.error());
        };
        if (const Status s = post(LedgerKind::Principal, spec.principalOre, spec.openedOn, {}, {});
            !s)
            return s.error();
        if (spec.feeOre > 0) {
            if (const Status s = post(LedgerKind::Fee, spec.feeOre, spec.openedOn.addDays(1), {},
                                      QStringLiteral("reminder"));
                !s)
                return s.error();
        }
        if (spec.paidOre > 0) {
            if (const Status s = post(LedgerKind::Payment, -spec.paidOre, spec.openedOn.addDays(20),
                                      LedgerKind::Principal, {});
                !s)
                return s.error();
        }

        Event registered;
        registered.caseId = stored.id;
        registered.debtorId = stored.debtorId;
        registered.occurredOn = spec.openedOn;
        registered.type = QStringLiteral("registered");
        registered.text = QStringLiteral("Ärendet registrerat");
        if (const auto id = EventRepository(m_db).append(registered); !id)
            return id.error();
        if (const Status committed = uow.commit(); !committed)
            return committed.error();
        return stored;
    }

    /*! A valid 12-digit personnummer born on \a birth with serial \a serial (0–999). */
    static QString personnummer(QDate birth, int serial)
    {
        const QString nine = birth.toString(QStringLiteral("yyMMdd"))
            + QStringLiteral("%1").arg(serial, 3, 10, QLatin1Char('0'));
        return birth.toString(QStringLiteral("yyyy")).left(2) + nine
            + QString::number(Luhn::checkDigit(nine));
    }

    /*! A valid 10-digit organisationsnummer from its first nine digits. */
    static QString organisationsnummer(const QString &nine)
    {
        return nine + QString::number(Luhn::checkDigit(nine));
    }

private:
    Database &m_db;
};

} // namespace Fordran::Test
