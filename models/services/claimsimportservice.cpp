#include "models/services/claimsimportservice.h"

#include "models/domain/ocr.h"
#include "models/rules/processtemplate.h"
#include "models/storage/caserepository.h"
#include "models/storage/claimrepository.h"
#include "models/storage/clientrepository.h"
#include "models/storage/database.h"
#include "models/storage/debtorrepository.h"
#include "models/storage/eventrepository.h"
#include "models/storage/importbatchrepository.h"
#include "models/storage/ledgerrepository.h"
#include "models/storage/sequencerepository.h"
#include "models/storage/unitofwork.h"
#include "models/storage/userrepository.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Fordran {

namespace {

/*! The largest claims file read (a 100,000-row file is about 15 MiB). */
constexpr qint64 MaxFileBytes = 512LL * 1024 * 1024;

/*! What the checks found: the report, and what writing the cases needs. */
struct Checked
{
    ClaimsImportReport report;
    ClaimsFileParse parse;
    Client client;
    QDate today;
    QString checksum; //!< hex SHA-256 of the file
    /*! The rows to import, grouped into cases (indexes into parse.rows), in report.cases order. */
    QList<QList<qsizetype>> groups;
    QHash<QString, qint64> knownDebtors; //!< normalised identity → id, for the debtors that exist
    bool importable = false;
};

/*! The checks of preview() and import(): client, file, parser, invoice numbers already stored. */
class Checker final
{
    Q_DECLARE_TR_FUNCTIONS(ClaimsImportService)

public:
    static Result<Checked> run(Database &database, const QString &filePath,
                               const ClaimsImportOptions &options);

private:
    static Result<QByteArray> readFile(const QString &filePath);
    static Status rejectStoredInvoices(Database &database, Checked &c, QList<bool> &excluded);
    static void groupCases(Checked &c, const QList<bool> &excluded);
};

Result<QByteArray> Checker::readFile(const QString &filePath)
{
    const QString shown = QDir::toNativeSeparators(filePath);
    const QFileInfo info(filePath);
    if (info.isDir())
        return Error(tr("Cannot read %1: it is a folder").arg(shown), QStringLiteral("file"));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Cannot read %1: %2").arg(shown, file.errorString()),
                     QStringLiteral("file"));
    if (file.size() > MaxFileBytes)
        return Error(tr("%1 is larger than a claims file may be (%2 MiB)")
                         .arg(shown)
                         .arg(MaxFileBytes / (1024 * 1024)),
                     QStringLiteral("file"));
    QByteArray bytes = file.read(MaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error(tr("Cannot read %1: %2").arg(shown, file.errorString()),
                     QStringLiteral("file"));
    return bytes;
}

Status Checker::rejectStoredInvoices(Database &database, Checked &c, QList<bool> &excluded)
{
    const QList<ClaimRow> &rows = c.parse.rows;
    QStringList invoiceNos;
    invoiceNos.reserve(rows.size());
    for (const ClaimRow &row : rows)
        invoiceNos.append(row.invoiceNo);
    const Result<QSet<QString>> stored
        = ClaimRepository(database).existingInvoices(c.client.id, invoiceNos);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return {};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (stored->contains(rows.at(i).invoiceNo)) {
            excluded[i] = true;
            c.report.rejected.append(
                RowError {rows.at(i).line, QStringLiteral("invoice_no"),
                          tr("invoice_no: '%1' is already imported for this client")
                              .arg(rows.at(i).invoiceNo)});
        }
    }
    return {};
}

void Checker::groupCases(Checked &c, const QList<bool> &excluded)
{
    const QList<ClaimRow> &rows = c.parse.rows;
    for (QList<qsizetype> group : c.parse.caseGroups()) {
        group.removeIf([&excluded](qsizetype i) { return excluded.at(i); });
        // The case balance must fit the ledger's integer: a debtor whose claims add up to more
        // (only possible with absurd amounts) keeps the rows that fit.
        Money sum;
        QList<qsizetype> kept;
        kept.reserve(group.size());
        for (qsizetype i : group) {
            const std::optional<Money> next = sum.checkedAdd(rows.at(i).amount);
            if (!next) {
                c.report.rejected.append(
                    RowError {rows.at(i).line, QStringLiteral("amount"),
                              tr("amount: the claims of this debtor add up to more than "
                                 "a case can hold")});
                continue;
            }
            sum = *next;
            kept.append(i);
        }
        if (!kept.isEmpty())
            c.groups.append(std::move(kept));
    }
    // Removed rows can make a later row a case's first: cases follow their first rows.
    std::stable_sort(
        c.groups.begin(), c.groups.end(),
        [](const QList<qsizetype> &a, const QList<qsizetype> &b) { return a.front() < b.front(); });
}

Result<Checked> Checker::run(Database &database, const QString &filePath,
                             const ClaimsImportOptions &options)
{
    Checked c;
    c.today = options.today.isValid() ? options.today : QDate::currentDate();

    const QString orgnrText = options.clientOrgNo.trimmed();
    if (orgnrText.isEmpty())
        return Error(tr("Choose the client whose claims the file holds"), QStringLiteral("client"));
    const Result<Identity> orgnr = Identity::parse(orgnrText, c.today);
    if (!orgnr)
        return Error(tr("Client '%1' is not an organisation number: %2")
                         .arg(orgnrText, orgnr.error().message),
                     QStringLiteral("client"));
    const Result<std::optional<Client>> client
        = ClientRepository(database).byOrgnr(orgnr->normalized());
    if (!client)
        return client.error();
    if (!client->has_value())
        return Error(tr("There is no client with organisation number %1").arg(orgnr->display()),
                     QStringLiteral("client"));
    c.client = **client;

    const Result<QByteArray> bytes = readFile(filePath);
    if (!bytes)
        return bytes.error();
    c.checksum
        = QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    c.parse = ClaimsFile::parse(*bytes, c.today, QFileInfo(filePath).fileName());

    ClaimsImportReport &r = c.report;
    r.fileName = c.parse.fileName;
    r.clientId = c.client.id;
    r.clientName = c.client.name;
    r.dataRows = c.parse.dataRowCount;
    r.warnings = c.parse.warnings;
    r.fileRejected = c.parse.fileRejected;
    r.rejected = c.parse.errors;

    QList<bool> excluded(c.parse.rows.size(), false);
    if (!c.parse.rows.isEmpty()) {
        if (const Status checked = rejectStoredInvoices(database, c, excluded); !checked)
            return checked.error();
    }
    groupCases(c, excluded);
    // Parser errors and database checks together, in file order (a row's own errors stay in order).
    std::stable_sort(r.rejected.begin(), r.rejected.end(),
                     [](const RowError &a, const RowError &b) { return a.line < b.line; });

    c.importable
        = !r.fileRejected && !c.groups.isEmpty() && (options.acceptValid || r.rejected.isEmpty());
    if (!c.importable) {
        c.groups.clear();
        r.wouldImportNothing = true;
        return c;
    }

    QStringList identities;
    identities.reserve(c.groups.size());
    for (const QList<qsizetype> &group : std::as_const(c.groups))
        identities.append(c.parse.rows.at(group.front()).debtorIdentity.normalized());
    Result<QHash<QString, qint64>> known = DebtorRepository(database).idsByIdentity(identities);
    if (!known)
        return known.error();
    c.knownDebtors = std::move(known).value();

    r.cases.reserve(c.groups.size());
    for (const QList<qsizetype> &group : std::as_const(c.groups)) {
        const ClaimRow &first = c.parse.rows.at(group.front());
        ImportedCase out;
        out.line = first.line;
        out.debtorName = first.debtorName;
        out.debtorIdentity = first.debtorIdentity.normalized();
        out.claims = int(group.size());
        for (qsizetype i : group)
            out.amount += c.parse.rows.at(i).amount;
        out.debtorKnown = c.knownDebtors.contains(out.debtorIdentity);
        r.cases.append(out);
        r.imported += out.claims;
    }
    return c;
}

/*!
 * Writes the checked cases through the repositories, inside the import's transaction, a batch of
 * cases at a time: each repository stores a batch with a few multi-row statements.
 */
class Writer final
{
    Q_DECLARE_TR_FUNCTIONS(ClaimsImportService)

public:
    /*! Cases written together; Cancel and beforeCaseWrite are still looked at before each case. */
    static constexpr int CasesPerBatch = 256;

    Writer(Database &database, Checked &checked, const ClaimsImportOptions &options)
        : m_checked(checked)
        , m_options(options)
        , m_users(database)
        , m_debtors(database)
        , m_cases(database)
        , m_claims(database)
        , m_ledger(database)
        , m_events(database)
        , m_sequences(database)
        , m_batches(database)
        , m_now(QDateTime::currentDateTimeUtc())
    {
    }

    /*! True when everything is written; false when cancelled (the caller rolls back). */
    Result<bool> write(const ClaimsImportService::ProgressCallback &progress,
                       const std::atomic_bool *cancel);

private:
    /*! Writes the cases [from, to), numbered from \a firstNumber on. */
    Status writeBatch(int from, int to, qint64 firstNumber);

    Checked &m_checked;
    const ClaimsImportOptions &m_options;
    UserRepository m_users;
    DebtorRepository m_debtors;
    CaseRepository m_cases;
    ClaimRepository m_claims;
    LedgerRepository m_ledger;
    EventRepository m_events;
    SequenceRepository m_sequences;
    ImportBatchRepository m_batches;
    QDateTime m_now;
    qint64 m_userId = 0;
};

Result<bool> Writer::write(const ClaimsImportService::ProgressCallback &progress,
                           const std::atomic_bool *cancel)
{
    const int total = int(m_checked.groups.size());
    const auto cancelled = [cancel]() {
        return cancel && cancel->load();
    };
    if (cancelled() || (progress && !progress({0, total})))
        return false;

    if (!m_options.user.isEmpty()) {
        const auto user = m_users.byLogin(m_options.user);
        if (!user)
            return user.error();
        m_userId = user->has_value() ? (*user)->id : 0;
    }
    // Case numbers of the import year, reserved in one step and given in file order.
    const Result<qint64> first = m_sequences.reserveCaseNumbers(m_checked.today.year(), total);
    if (!first)
        return first.error();

    for (int from = 0; from < total; from += CasesPerBatch) {
        const int to = qMin(total, from + CasesPerBatch);
        for (int i = from; i < to; ++i) {
            if (cancelled())
                return false;
            if (m_options.beforeCaseWrite) {
                if (const Status allowed
                    = m_options.beforeCaseWrite(m_checked.report.cases.at(i).line);
                    !allowed)
                    return allowed.error();
            }
        }
        if (const Status written = writeBatch(from, to, *first); !written)
            return written.error();
        if (progress && !progress({to, total}))
            return false;
    }
    if (cancelled())
        return false;

    const ClaimsImportReport &r = m_checked.report;
    ImportBatch batch;
    batch.clientId = m_checked.client.id;
    batch.fileName = r.fileName;
    batch.checksum = m_checked.checksum;
    batch.importedAt = m_now;
    batch.rowCount = r.dataRows;
    batch.claimsImported = r.imported;
    batch.rowsRejected = r.dataRows - r.imported;
    batch.casesCreated = total;
    batch.importedBy = m_options.user;
    const Result<qint64> batchId = m_batches.insert(batch);
    if (!batchId)
        return batchId.error();
    m_checked.report.batchId = *batchId;
    return true;
}

Status Writer::writeBatch(int from, int to, qint64 firstNumber)
{
    const QList<ClaimRow> &rows = m_checked.parse.rows;
    const QList<ImportedCase> &out = m_checked.report.cases;
    const int count = to - from;

    // Debtors: the known ones by identity, the others stored now.
    QList<qint64> debtorIds(count, 0);
    QList<Debtor> newDebtors;
    QList<int> newDebtorCase;
    for (int i = from; i < to; ++i) {
        debtorIds[i - from] = m_checked.knownDebtors.value(out.at(i).debtorIdentity);
        if (debtorIds.at(i - from) != 0)
            continue;
        const ClaimRow &head = rows.at(m_checked.groups.at(i).front());
        Debtor d;
        d.identity = out.at(i).debtorIdentity;
        d.kind
            = head.debtorIdentity.isLegalPerson() ? DebtorKind::Organisation : DebtorKind::Person;
        d.name = head.debtorName;
        d.address = head.address;
        d.postalCode = head.postalCode;
        d.city = head.city;
        d.country = head.country;
        d.phone = head.phone;
        d.email = head.email;
        d.createdAt = m_now;
        newDebtors.append(d);
        newDebtorCase.append(i - from);
    }
    if (!newDebtors.isEmpty()) {
        const Result<QList<qint64>> ids = m_debtors.insertAll(newDebtors);
        if (!ids)
            return ids.error();
        for (qsizetype k = 0; k < ids->size(); ++k)
            debtorIds[newDebtorCase.at(k)] = ids->at(k);
    }

    // Cases: new, due for the next daily run on the import day.
    QList<Case> cases;
    cases.reserve(count);
    for (int i = from; i < to; ++i) {
        Case c;
        c.caseNo = SequenceRepository::formatCaseNumber(m_checked.today.year(), firstNumber + i);
        const Result<QString> ocr = Ocr::forCaseNumber(c.caseNo);
        if (!ocr)
            return ocr.error();
        c.ocr = *ocr;
        c.clientId = m_checked.client.id;
        c.debtorId = debtorIds.at(i - from);
        c.status = CaseStatus::New;
        c.segment = Segment::Normal;
        c.openedOn = m_checked.today;
        c.nextActionDate = m_checked.today;
        c.nextAction = machineName(ActionType::ReminderLetter);
        c.createdAt = m_now;
        cases.append(c);
    }
    const Result<QList<qint64>> caseIds = m_cases.insertAll(cases);
    if (!caseIds)
        return caseIds.error();

    // Claims, then their principal on the ledger (which keeps the case balances).
    QList<Claim> claims;
    for (int i = from; i < to; ++i) {
        for (const qsizetype r : m_checked.groups.at(i)) {
            const ClaimRow &row = rows.at(r);
            Claim claim;
            claim.caseId = caseIds->at(i - from);
            claim.clientId = m_checked.client.id;
            claim.invoiceNo = row.invoiceNo;
            claim.invoiceDate = row.invoiceDate;
            claim.dueDate = row.dueDate;
            claim.originalAmount = row.amount;
            claim.description = row.description;
            claim.debtorType = row.debtorType;
            claim.reminderFeeAgreed = row.reminderFeeAgreed;
            claim.interestKind = row.interest.kind;
            claim.interestMargin = row.interest.margin;
            claim.fixedRate = row.interest.fixedRate;
            claim.createdAt = m_now;
            claims.append(claim);
        }
    }
    const Result<QList<qint64>> claimIds = m_claims.insertAll(claims);
    if (!claimIds)
        return claimIds.error();
    QList<LedgerEntry> principal;
    principal.reserve(claims.size());
    for (qsizetype k = 0; k < claims.size(); ++k) {
        LedgerEntry line;
        line.claimId = claimIds->at(k);
        line.caseId = claims.at(k).caseId;
        line.entryDate = m_checked.today;
        line.kind = LedgerKind::Principal;
        line.amount = claims.at(k).originalAmount;
        line.reference = claims.at(k).invoiceNo;
        line.createdAt = m_now;
        line.userId = m_userId;
        principal.append(line);
    }
    if (const Status booked = m_ledger.appendAll(principal); !booked)
        return booked;

    // The timeline: registered, and where from.
    QList<Event> events;
    events.reserve(2 * count);
    for (int i = from; i < to; ++i) {
        const int claimCount = out.at(i).claims;
        Event registered;
        registered.caseId = caseIds->at(i - from);
        registered.occurredOn = m_checked.today;
        registered.createdAt = m_now;
        registered.type = QStringLiteral("registered");
        registered.text = tr("Case registered with %n claim(s) from %1", nullptr, claimCount)
                              .arg(m_checked.client.name);
        registered.userId = m_userId;
        Event imported = registered;
        imported.type = QStringLiteral("imported");
        imported.text = m_options.user.isEmpty()
            ? tr("Imported from %1: %n claim(s), the first on line %2", nullptr, claimCount)
                  .arg(m_checked.report.fileName)
                  .arg(out.at(i).line)
            : tr("Imported from %1 by %2: %n claim(s), the first on line %3", nullptr, claimCount)
                  .arg(m_checked.report.fileName, m_options.user)
                  .arg(out.at(i).line);
        events.append(registered);
        events.append(imported);
    }
    if (const Status logged = m_events.appendAll(events); !logged)
        return logged;

    for (int i = from; i < to; ++i) {
        ImportedCase &c = m_checked.report.cases[i];
        c.caseNo = cases.at(i - from).caseNo;
        c.ocr = cases.at(i - from).ocr;
    }
    return {};
}

} // namespace

ClaimsImportService::ClaimsImportService(Database &database)
    : m_database(database)
{
}

Result<ClaimsImportReport> ClaimsImportService::preview(const QString &filePath,
                                                        const ClaimsImportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    Result<Checked> checked = Checker::run(m_database, filePath, options);
    if (!checked)
        return checked.error();
    ClaimsImportReport report = std::move(checked.value().report);
    report.elapsedMs = timer.elapsed();
    return report;
}

Result<ClaimsImportReport> ClaimsImportService::import(const QString &filePath,
                                                       const ClaimsImportOptions &options,
                                                       const ProgressCallback &progress,
                                                       const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    if (m_database.inTransaction())
        return Error(tr("The claims import cannot start inside another transaction"));

    // One transaction for the checks and the writes: what was checked is what is written to.
    UnitOfWork unit(m_database);
    if (!unit.ok())
        return unit.status().error();
    Result<Checked> checked = Checker::run(m_database, filePath, options);
    if (!checked)
        return checked.error();
    Checked &c = checked.value();
    if (c.importable) {
        Writer writer(m_database, c, options);
        const Result<bool> written = writer.write(progress, cancel);
        if (!written)
            return written.error();
        if (!*written) {
            unit.rollback();
            c.report.cancelled = true;
            c.report.imported = 0;
            c.report.cases.clear();
            c.report.batchId = 0;
        } else if (const Status committed = unit.commit(); !committed) {
            return committed.error();
        }
    }
    ClaimsImportReport report = std::move(c.report);
    report.elapsedMs = timer.elapsed();
    return report;
}

} // namespace Fordran
