#include "models/services/demodataservice.h"

#include "models/domain/ocr.h"
#include "models/services/demodatagenerator.h"
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

#include <QElapsedTimer>
#include <QMap>

namespace Fordran {

/*! The repositories and the ids of what one run has stored. */
struct DemoDataService::Writer
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataService)

public:
    explicit Writer(Database &database)
        : clients(database)
        , users(database)
        , debtors(database)
        , cases(database)
        , claims(database)
        , ledger(database)
        , events(database)
        , sequences(database)
    {
    }

    Status storeClientsAndUsers();
    Status checkExistingData();
    Status writeBatch(Database &database, const QList<DemoCase> &batch);
    Status writeCase(const DemoCase &demo, const QString &caseNo);
    Result<qint64> debtorId(const DemoDebtor &debtor);
    Result<QString> freeInvoiceNo(qint64 clientId, const QString &invoiceNo);

    ClientRepository clients;
    UserRepository users;
    DebtorRepository debtors;
    CaseRepository cases;
    ClaimRepository claims;
    LedgerRepository ledger;
    EventRepository events;
    SequenceRepository sequences;

    QList<qint64> clientIds;
    QList<qint64> userIds;
    QList<qint64> debtorIds; // by DemoDebtor::index
    bool careful = false; // the database held data before: look up identities and invoice numbers
    DemoDataSummary summary;
};

namespace {

/*!
 * The ids of \a items: each found with \a find (a Result<std::optional<T>>) or else stored with
 * \a insert, appended to \a ids in order.
 */
template<typename T, typename Find, typename Insert>
Status findOrInsert(const QList<T> &items, Find find, Insert insert, QList<qint64> &ids)
{
    for (const T &item : items) {
        const auto existing = find(item);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            ids.append((*existing)->id);
            continue;
        }
        const Result<qint64> id = insert(item);
        if (!id)
            return id.error();
        ids.append(*id);
    }
    return {};
}

} // namespace

Status DemoDataService::Writer::storeClientsAndUsers()
{
    const Status stored = findOrInsert(
        DemoDataGenerator::clients(), [this](const Client &c) { return clients.byOrgnr(c.orgnr); },
        [this](const Client &c) { return clients.insert(c); }, clientIds);
    if (!stored)
        return stored;
    return findOrInsert(
        DemoDataGenerator::users(), [this](const User &u) { return users.byLogin(u.login); },
        [this](const User &u) { return users.insert(u); }, userIds);
}

Status DemoDataService::Writer::checkExistingData()
{
    const auto caseCount = cases.count();
    if (!caseCount)
        return caseCount.error();
    const auto anyDebtor = debtors.searchByNamePrefix(QString(), 1);
    if (!anyDebtor)
        return anyDebtor.error();
    careful = *caseCount > 0 || !anyDebtor->isEmpty();
    return {};
}

Result<qint64> DemoDataService::Writer::debtorId(const DemoDebtor &debtor)
{
    if (!debtor.firstAppearance)
        return debtorIds.value(debtor.index);
    if (careful && !debtor.data.identity.isEmpty()) {
        const auto existing = debtors.findByIdentity(debtor.data.identity);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            if (debtorIds.size() <= debtor.index)
                debtorIds.resize(debtor.index + 1);
            debtorIds[debtor.index] = (*existing)->id;
            return (*existing)->id;
        }
    }
    Debtor data = debtor.data;
    const auto id = debtors.insert(data);
    if (!id)
        return id.error();
    if (debtorIds.size() <= debtor.index)
        debtorIds.resize(debtor.index + 1);
    debtorIds[debtor.index] = *id;
    ++summary.debtors;
    return id;
}

Result<QString> DemoDataService::Writer::freeInvoiceNo(qint64 clientId, const QString &invoiceNo)
{
    if (!careful)
        return invoiceNo;
    QString candidate = invoiceNo;
    for (int suffix = 2;; ++suffix) {
        const auto taken = claims.existsInvoice(clientId, candidate);
        if (!taken)
            return taken.error();
        if (!*taken)
            return candidate;
        candidate = invoiceNo + u'-' + QString::number(suffix);
    }
}

Status DemoDataService::Writer::writeCase(const DemoCase &demo, const QString &caseNo)
{
    const auto mainDebtor = debtorId(demo.debtor);
    if (!mainDebtor)
        return mainDebtor.error();
    Case c = demo.caseData;
    c.caseNo = caseNo;
    const auto ocr = Ocr::forCaseNumber(caseNo);
    if (!ocr)
        return ocr.error();
    c.ocr = *ocr;
    c.clientId = clientIds.at(demo.clientIndex);
    c.debtorId = *mainDebtor;
    c.assignedUserId = demo.assignedUserIndex >= 0 ? userIds.at(demo.assignedUserIndex) : 0;
    const auto caseId = cases.insert(c);
    if (!caseId)
        return caseId.error();
    if (demo.jointDebtor) {
        const auto joint = debtorId(*demo.jointDebtor);
        if (!joint)
            return joint.error();
        if (const Status added = cases.addDebtor(*caseId, *joint, DebtorRole::Joint); !added)
            return added;
    }

    QList<qint64> claimIds;
    for (Claim claim : demo.claims) {
        claim.caseId = *caseId;
        claim.clientId = c.clientId;
        const auto invoiceNo = freeInvoiceNo(claim.clientId, claim.invoiceNo);
        if (!invoiceNo)
            return invoiceNo.error();
        claim.invoiceNo = *invoiceNo;
        const auto id = claims.insert(claim);
        if (!id)
            return id.error();
        claimIds.append(*id);
    }

    QList<qint64> lineIds;
    for (const DemoLedgerLine &line : demo.ledger) {
        Result<qint64> id = qint64(0);
        if (line.reversesLine >= 0) {
            id = ledger.reverse(lineIds.at(line.reversesLine), line.entry.entryDate,
                                line.entry.reference);
        } else {
            LedgerEntry entry = line.entry;
            entry.caseId = *caseId;
            entry.claimId = line.claimIndex >= 0 ? claimIds.at(line.claimIndex) : 0;
            id = ledger.append(entry);
        }
        if (!id)
            return id.error();
        lineIds.append(*id);
    }

    for (const DemoEvent &demoEvent : demo.events) {
        Event event = demoEvent.event;
        event.caseId = *caseId;
        event.debtorId = demoEvent.toDebtor ? *mainDebtor : 0;
        event.userId = demoEvent.userIndex >= 0 ? userIds.at(demoEvent.userIndex) : 0;
        if (const auto id = events.append(event); !id)
            return id.error();
    }
    ++summary.cases;
    summary.claims += claimIds.size();
    summary.ledgerLines += lineIds.size();
    summary.events += demo.events.size();
    return {};
}

Status DemoDataService::Writer::writeBatch(Database &database, const QList<DemoCase> &batch)
{
    UnitOfWork unit(database);
    if (!unit.ok())
        return unit.status();
    // Case numbers per year of opening, reserved in one step per year and given in order.
    QMap<int, qint64> perYear;
    for (const DemoCase &demo : batch)
        ++perYear[demo.caseData.openedOn.year()];
    QMap<int, qint64> nextNumber;
    for (auto it = perYear.cbegin(); it != perYear.cend(); ++it) {
        const auto first = sequences.reserveCaseNumbers(it.key(), it.value());
        if (!first)
            return first.error();
        nextNumber.insert(it.key(), *first);
    }
    for (const DemoCase &demo : batch) {
        const int year = demo.caseData.openedOn.year();
        const QString caseNo = SequenceRepository::formatCaseNumber(year, nextNumber[year]++);
        if (const Status written = writeCase(demo, caseNo); !written)
            return written;
    }
    return unit.commit();
}

DemoDataService::DemoDataService(Database &database)
    : m_database(database)
{
}

DemoDataService::~DemoDataService() = default;

Result<DemoDataSummary> DemoDataService::fill(const DemoDataOptions &options,
                                              const ProgressCallback &progress)
{
    if (options.cases < 1 || options.cases > MaxCases)
        return Error(tr("The number of demo cases must be between 1 and %1, not %2")
                         .arg(MaxCases)
                         .arg(options.cases),
                     QStringLiteral("cases"));
    if (!options.today.isValid())
        return Error(tr("The demo data needs the date of today"), QStringLiteral("today"));
    if (options.batchSize < 1)
        return Error(tr("A batch needs at least one case"), QStringLiteral("batch_size"));
    const Result<FeeSchedule> fees = FeeSchedule::builtIn();
    if (!fees)
        return fees.error();

    QElapsedTimer timer;
    timer.start();
    Writer writer(m_database);
    {
        UnitOfWork unit(m_database);
        if (!unit.ok())
            return unit.status().error();
        if (const Status checked = writer.checkExistingData(); !checked)
            return checked.error();
        if (const Status stored = writer.storeClientsAndUsers(); !stored)
            return stored.error();
        if (const Status committed = unit.commit(); !committed)
            return committed.error();
    }

    DemoDataGenerator generator(options.seed, options.today, options.cases, *fees);
    QList<DemoCase> batch;
    batch.reserve(qMin<qint64>(options.batchSize, options.cases));
    while (generator.generated() < options.cases) {
        batch.clear();
        while (batch.size() < options.batchSize && generator.generated() < options.cases)
            batch.append(generator.next());
        if (const Status written = writer.writeBatch(m_database, batch); !written)
            return written.error();
        if (progress && !progress({writer.summary.cases, options.cases, timer.elapsed()})) {
            writer.summary.cancelled = writer.summary.cases < options.cases;
            break;
        }
    }
    return writer.summary;
}

} // namespace Fordran
