// `fordran-cli case list` and `case show` (cli.md): the case queue and one case, headless.
// `case list` runs CaseQueueQuery, the query layer of the GUI's queue, so it searches, filters
// and orders exactly like it (and its timings are the queue's).
//
// "score" is the process engine's score as of the date with its reasons (the segment it gives
// may differ from the stored one until the next daily run). "next_action" is the case's stored
// next step and date, as the last daily run set them.
#include "app/cli/cli.h"
#include "app/cli/dbsupport.h"

#include "models/domain/identity.h"
#include "models/services/caseservice.h"
#include "models/storage/casequeuequery.h"
#include "models/storage/clientrepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Fordran::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fordran::Cli", text);
}

const QString SearchOption = QStringLiteral("--search");
const QString StatusOption = QStringLiteral("--status");
const QString ClientOption = QStringLiteral("--client");
const QString LimitOption = QStringLiteral("--limit");
const QString OffsetOption = QStringLiteral("--offset");
const QString SortOption = QStringLiteral("--sort");
const QString DescendingFlag = QStringLiteral("--desc");
const QString AsOfOption = QStringLiteral("--as-of");
constexpr int DefaultLimit = 50;

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

const QList<std::pair<QString, CaseQueueSort>> &sortNames()
{
    static const QList<std::pair<QString, CaseQueueSort>> names {
        {QStringLiteral("case_no"), CaseQueueSort::CaseNo},
        {QStringLiteral("debtor"), CaseQueueSort::Debtor},
        {QStringLiteral("identity"), CaseQueueSort::Identity},
        {QStringLiteral("client"), CaseQueueSort::Client},
        {QStringLiteral("status"), CaseQueueSort::Status},
        {QStringLiteral("segment"), CaseQueueSort::Segment},
        {QStringLiteral("balance"), CaseQueueSort::Balance},
        {QStringLiteral("next_action_date"), CaseQueueSort::NextActionDate},
        {QStringLiteral("officer"), CaseQueueSort::Officer}};
    return names;
}

/*! A whole number in [min, max] from option \a name, or an Error naming the option. */
Result<qint64> numberOption(const Invocation &inv, const QString &name, qint64 fallback, qint64 min,
                            qint64 max)
{
    if (!inv.has(name))
        return fallback;
    bool ok = false;
    const qint64 value = inv.option(name).trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max)
        return Error(tr("%1: '%2' is not a whole number from %3 to %4")
                         .arg(name, inv.option(name))
                         .arg(min)
                         .arg(max),
                     name);
    return value;
}

/*! The filter the options describe (the client is looked up by orgnr in \a database). */
Result<CaseQueueFilter> listFilter(const Invocation &inv, Database &database)
{
    CaseQueueFilter filter;
    filter.search = inv.option(SearchOption).trimmed();
    if (inv.has(StatusOption)) {
        const QString status = inv.option(StatusOption).trimmed();
        if (status == u"open") {
            filter.openOnly = true;
        } else if (const auto parsed = fromMachineName<CaseStatus>(status)) {
            filter.status = parsed;
        } else {
            QStringList known {QStringLiteral("open")};
            for (CaseStatus s : allCaseStatuses())
                known.append(machineName(s));
            return Error(tr("--status: '%1' is not a status (%2)")
                             .arg(status, known.join(QStringLiteral(", "))),
                         StatusOption);
        }
    }
    if (inv.has(ClientOption)) {
        const auto orgnr = Identity::parse(inv.option(ClientOption), QDate::currentDate());
        if (!orgnr)
            return Error(tr("--client: %1").arg(orgnr.error().message), ClientOption);
        const auto client = ClientRepository(database).byOrgnr(orgnr->normalized());
        if (!client)
            return client.error();
        if (!client->has_value())
            return Error(
                tr("--client: no client with organisationsnummer %1").arg(orgnr->normalized()),
                ClientOption);
        filter.clientId = (*client)->id;
    }
    if (inv.has(SortOption)) {
        const QString name = inv.option(SortOption).trimmed();
        const auto it = std::find_if(sortNames().begin(), sortNames().end(),
                                     [&name](const auto &p) { return p.first == name; });
        if (it == sortNames().end()) {
            QStringList known;
            for (const auto &p : sortNames())
                known.append(p.first);
            return Error(
                tr("--sort: '%1' is not a column (%2)").arg(name, known.join(QStringLiteral(", "))),
                SortOption);
        }
        filter.sort = it->second;
    }
    filter.order = inv.has(DescendingFlag) ? Qt::DescendingOrder : Qt::AscendingOrder;
    return filter;
}

int caseList(const Invocation &inv)
{
    const auto limit = numberOption(inv, LimitOption, DefaultLimit, 1, CaseQueueQuery::MaxPageSize);
    if (!limit)
        return rejectError(limit.error());
    const auto offset = numberOption(inv, OffsetOption, 0, 0, std::numeric_limits<qint64>::max());
    if (!offset)
        return rejectError(offset.error());
    return withDatabase(inv, [&](Database &database) {
        const auto filter = listFilter(inv, database);
        if (!filter)
            return rejectError(filter.error());
        CaseQueueQuery query(database);
        const auto total = query.count(*filter);
        if (!total)
            return rejectError(total.error());
        const auto rows = query.page(*filter, *offset, int(*limit));
        if (!rows)
            return rejectError(rows.error());
        QJsonArray cases;
        for (const CaseQueueRow &row : *rows) {
            cases.append(QJsonObject {
                {QStringLiteral("case_no"), row.caseNo},
                {QStringLiteral("debtor"), row.debtorName},
                {QStringLiteral("identity"), row.maskedIdentity()},
                {QStringLiteral("client"), row.clientName},
                {QStringLiteral("status"), machineName(row.status)},
                {QStringLiteral("segment"), machineName(row.segment)},
                {QStringLiteral("balance_ore"), row.balance.ore()},
                {QStringLiteral("next_action_date"), dateJson(row.nextActionDate)},
                {QStringLiteral("next_action"), row.nextAction},
                {QStringLiteral("officer"), row.assignedUserName},
            });
        }
        return succeed(
            QJsonObject {{QStringLiteral("total"), *total}, {QStringLiteral("cases"), cases}});
    });
}

QJsonObject balanceJson(const BalanceSplit &b)
{
    return QJsonObject {
        {QStringLiteral("principal_ore"), b.principal.ore()},
        {QStringLiteral("interest_ore"), b.interest.ore()},
        {QStringLiteral("fees_ore"), b.fees.ore()},
        {QStringLiteral("paid_ore"), b.paid.ore()},
        {QStringLiteral("total_ore"), b.total().ore()},
    };
}

QJsonObject caseJson(const CaseDetails &d)
{
    QJsonArray fees;
    for (const CaseFee &fee : d.fees) {
        fees.append(QJsonObject {{QStringLiteral("date"), dateJson(fee.date)},
                                 {QStringLiteral("type"), fee.type},
                                 {QStringLiteral("amount_ore"), fee.amount.ore()},
                                 {QStringLiteral("claim"), fee.invoiceNo}});
    }
    QJsonArray reasons;
    QJsonValue scoreValue(QJsonValue::Null);
    if (d.score) {
        scoreValue = d.score->value;
        for (const ScoreReason &r : d.score->reasons)
            reasons.append(QJsonObject {{QStringLiteral("points"), r.points},
                                        {QStringLiteral("text"), r.text}});
    }
    QJsonArray events;
    for (const Event &e : d.events) {
        events.append(QJsonObject {{QStringLiteral("date"), dateJson(e.occurredOn)},
                                   {QStringLiteral("type"), e.type},
                                   {QStringLiteral("text"), e.text}});
    }
    QJsonArray claims;
    for (const ClaimDetails &c : d.claims) {
        QJsonObject claim = balanceJson(c.balance);
        claim.insert(QStringLiteral("invoice_no"), c.claim.invoiceNo);
        claim.insert(QStringLiteral("due_date"), dateJson(c.claim.dueDate));
        claim.insert(QStringLiteral("original_amount_ore"), c.claim.originalAmount.ore());
        claim.insert(QStringLiteral("interest_accrued_ore"), c.interestAccrued.ore());
        claim.insert(QStringLiteral("disputed"), c.claim.disputed);
        claims.append(claim);
    }
    QJsonArray debtors;
    for (const CaseParty &p : d.debtors) {
        debtors.append(QJsonObject {{QStringLiteral("name"), p.debtor.name},
                                    {QStringLiteral("identity"), p.debtor.identity},
                                    {QStringLiteral("role"), machineName(p.role)}});
    }
    return QJsonObject {
        {QStringLiteral("case_no"), d.caseData.caseNo},
        {QStringLiteral("status"), machineName(d.caseData.status)},
        {QStringLiteral("segment"), machineName(d.caseData.segment)},
        {QStringLiteral("ocr"), d.caseData.ocr},
        {QStringLiteral("as_of"), dateJson(d.asOf)},
        {QStringLiteral("client"), d.client.name},
        {QStringLiteral("debtors"), debtors},
        {QStringLiteral("claims"), claims},
        {QStringLiteral("balance"), balanceJson(d.balance)},
        {QStringLiteral("fees"), fees},
        {QStringLiteral("score"),
         QJsonObject {{QStringLiteral("value"), scoreValue},
                      {QStringLiteral("segment"),
                       machineName(d.score ? d.score->segment : d.caseData.segment)},
                      {QStringLiteral("reasons"), reasons}}},
        {QStringLiteral("next_action"),
         QJsonObject {{QStringLiteral("date"), dateJson(d.caseData.nextActionDate)},
                      {QStringLiteral("action"), d.caseData.nextAction}}},
        {QStringLiteral("events"), events},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(d.warnings)},
    };
}

int caseShow(const Invocation &inv)
{
    QDate asOf = QDate::currentDate();
    if (inv.has(AsOfOption)) {
        asOf = parseIsoDate(inv.option(AsOfOption));
        if (!asOf.isValid())
            return reject(
                tr("--as-of: '%1' is not a date (YYYY-MM-DD)").arg(inv.option(AsOfOption)));
    }
    const QString caseNo = inv.args.at(0).trimmed();
    return withDatabase(inv, [&](Database &database) {
        const auto details = CaseService(database).detailsByCaseNo(caseNo, asOf);
        if (!details)
            return rejectError(details.error());
        if (!details->has_value())
            return reject(tr("no case with number %1").arg(caseNo),
                          QJsonObject {{QStringLiteral("case_no"), caseNo}});
        for (const QString &warning : (*details)->warnings)
            progress(tr("warning: %1").arg(warning));
        return succeed(caseJson(**details));
    });
}

} // namespace

QList<Command> caseCommands()
{
    return QList<Command> {
        Command {.words = {QStringLiteral("case"), QStringLiteral("list")},
                 .synopsis = QStringLiteral(
                     "[--search TEXT] [--status S|open] [--client ORGNR] [--limit N] [--offset K] "
                     "[--sort COLUMN] [--desc] [--db PATH | --db-url URL]"),
                 .minArgs = 0,
                 .maxArgs = 0,
                 .valueOptions = databaseOptions()
                     + QStringList {SearchOption, StatusOption, ClientOption, LimitOption,
                                    OffsetOption, SortOption},
                 .flagOptions = {DescendingFlag},
                 .run = caseList},
        Command {.words = {QStringLiteral("case"), QStringLiteral("show")},
                 .synopsis = QStringLiteral("CASE_NO [--as-of DATE] [--db PATH | --db-url URL]"),
                 .minArgs = 1,
                 .maxArgs = 1,
                 .valueOptions = databaseOptions() + QStringList {AsOfOption},
                 .flagOptions = {},
                 .run = caseShow},
    };
}

} // namespace Fordran::Cli
