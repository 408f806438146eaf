// The process commands of people: `case pause`, `case resume` and `client pin` — the pauses and
// segment pins the daily run honours (CaseActionsService).
#include "app/cli/cli.h"
#include "app/cli/dbsupport.h"
#include "app/cli/processsupport.h"

#include "models/domain/identity.h"
#include "models/services/caseactionsservice.h"
#include "models/storage/caserepository.h"
#include "models/storage/claimrepository.h"
#include "models/storage/clientrepository.h"
#include "models/storage/debtorrepository.h"

#include <QCoreApplication>

namespace Fordran::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fordran::Cli", text);
}

const QString ReasonOption = QStringLiteral("--reason");
const QString UntilOption = QStringLiteral("--until");
const QString ClaimOption = QStringLiteral("--claim");
const QString NoteOption = QStringLiteral("--note");
const QString SegmentOption = QStringLiteral("--segment");
const QString DateOption = QStringLiteral("--date");

QJsonObject fieldJson(const QString &field)
{
    return QJsonObject {{QStringLiteral("field"), field}};
}

/*! The case numbered \a caseNo, or an Error saying there is none. */
Result<Case> findCase(Database &database, const QString &caseNo)
{
    const auto found = CaseRepository(database).byCaseNo(caseNo.trimmed());
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(tr("no case with number %1").arg(caseNo), QStringLiteral("case_no"));
    return **found;
}

/*! The claim of \a caseId with invoice number \a invoiceNo. */
Result<Claim> findClaim(Database &database, const Case &c, const QString &invoiceNo)
{
    const auto claims = ClaimRepository(database).forCase(c.id);
    if (!claims)
        return claims.error();
    for (const Claim &claim : *claims) {
        if (claim.invoiceNo == invoiceNo.trimmed())
            return claim;
    }
    return Error(tr("case %1 has no claim with invoice number %2").arg(c.caseNo, invoiceNo),
                 QStringLiteral("claim"));
}

/*! A case (CASE_NO) and, with --claim INVOICE, one of its claims. */
struct Target
{
    Case caseData;
    std::optional<Claim> claim;
};

Result<Target> findTarget(Database &database, const Invocation &inv)
{
    const auto c = findCase(database, inv.args.at(0));
    if (!c)
        return c.error();
    Target target {*c, std::nullopt};
    if (inv.has(ClaimOption)) {
        const auto claim = findClaim(database, *c, inv.option(ClaimOption));
        if (!claim)
            return claim.error();
        target.claim = *claim;
    }
    return target;
}

int casePause(const Invocation &inv)
{
    if (!inv.has(ReasonOption) || !inv.has(UntilOption))
        return usageError(tr("case pause needs --reason R and --until DATE"));
    const auto until = dateOption(inv, UntilOption, {}, QStringLiteral("until"));
    if (!until)
        return rejectError(until.error());
    const auto on = dateOption(inv, DateOption, QDate::currentDate(), QStringLiteral("date"));
    if (!on)
        return rejectError(on.error());
    return withDatabase(inv, [&](Database &database) {
        const auto target = findTarget(database, inv);
        if (!target)
            return rejectError(target.error());
        const Case *c = &target->caseData;
        PauseRequest request;
        request.caseId = c->id;
        request.claimId = target->claim ? target->claim->id : 0;
        request.reason = inv.option(ReasonOption);
        request.until = *until;
        request.note = inv.option(NoteOption);
        request.user = currentUser();
        const auto id = CaseActionsService(database).pause(request, *on);
        if (!id)
            return rejectError(id.error(), QJsonObject {{QStringLiteral("case_no"), c->caseNo}});
        return succeed(QJsonObject {
            {QStringLiteral("case_no"), c->caseNo},
            {QStringLiteral("pause_id"), *id},
            {QStringLiteral("scope"), request.claimId != 0 ? u"claim"_qs : u"case"_qs},
            {QStringLiteral("claim"), target->claim ? target->claim->invoiceNo : QString()},
            {QStringLiteral("reason"), request.reason.trimmed()},
            {QStringLiteral("from"), on->toString(Qt::ISODate)},
            {QStringLiteral("until"), until->toString(Qt::ISODate)},
        });
    });
}

int caseResume(const Invocation &inv)
{
    const auto on = dateOption(inv, DateOption, QDate::currentDate(), QStringLiteral("date"));
    if (!on)
        return rejectError(on.error());
    return withDatabase(inv, [&](Database &database) {
        const auto target = findTarget(database, inv);
        if (!target)
            return rejectError(target.error());
        const Case *c = &target->caseData;
        const qint64 claimId = target->claim ? target->claim->id : 0;
        const auto resumed
            = CaseActionsService(database).resume(c->id, claimId, *on, currentUser());
        if (!resumed)
            return rejectError(resumed.error(),
                               QJsonObject {{QStringLiteral("case_no"), c->caseNo}});
        return succeed(QJsonObject {{QStringLiteral("case_no"), c->caseNo},
                                    {QStringLiteral("pauses_ended"), resumed->pausesEnded},
                                    {QStringLiteral("status"), machineName(resumed->status)}});
    });
}

int clientPin(const Invocation &inv)
{
    if (!inv.has(SegmentOption) || !inv.has(ReasonOption) || !inv.has(UntilOption))
        return usageError(tr("client pin needs --segment S, --reason TEXT and --until DATE"));
    const auto on = dateOption(inv, DateOption, QDate::currentDate(), QStringLiteral("date"));
    if (!on)
        return rejectError(on.error());
    const auto orgnr = Identity::parse(inv.args.at(0), *on);
    if (!orgnr)
        return reject(tr("ORGNR: %1").arg(orgnr.error().message),
                      fieldJson(QStringLiteral("orgnr")));
    const auto debtorIdentity = Identity::parse(inv.args.at(1), *on);
    if (!debtorIdentity)
        return reject(tr("DEBTOR_ID: %1").arg(debtorIdentity.error().message),
                      fieldJson(QStringLiteral("debtor_id")));
    const auto segment = fromMachineName<Segment>(inv.option(SegmentOption).trimmed());
    if (!segment)
        return reject(tr("--segment: '%1' is not a segment (risk, normal, vip)")
                          .arg(inv.option(SegmentOption)),
                      fieldJson(QStringLiteral("segment")));
    const auto until = dateOption(inv, UntilOption, {}, QStringLiteral("until"));
    if (!until)
        return rejectError(until.error());
    return withDatabase(inv, [&](Database &database) {
        const auto client = ClientRepository(database).byOrgnr(orgnr->normalized());
        if (!client)
            return rejectError(client.error());
        if (!client->has_value())
            return reject(tr("no client with organisationsnummer %1").arg(orgnr->normalized()),
                          fieldJson(QStringLiteral("orgnr")));
        const auto debtor = DebtorRepository(database).findByIdentity(debtorIdentity->normalized());
        if (!debtor)
            return rejectError(debtor.error());
        if (!debtor->has_value())
            return reject(tr("no debtor with identity %1").arg(debtorIdentity->normalized()),
                          fieldJson(QStringLiteral("debtor_id")));
        int cases = 0;
        const auto id = CaseActionsService(database).pin((*client)->id, (*debtor)->id, *segment,
                                                         inv.option(ReasonOption), *until, *on,
                                                         currentUser(), &cases);
        if (!id)
            return rejectError(id.error());
        return succeed(QJsonObject {{QStringLiteral("pin_id"), *id},
                                    {QStringLiteral("client"), (*client)->orgnr},
                                    {QStringLiteral("debtor_id"), (*debtor)->identity},
                                    {QStringLiteral("segment"), machineName(*segment)},
                                    {QStringLiteral("until"), until->toString(Qt::ISODate)},
                                    {QStringLiteral("cases"), cases}});
    });
}

} // namespace

QList<Command> processCommands()
{
    const QString db = QStringLiteral("[--date TODAY] [--db PATH | --db-url URL]");
    return QList<Command> {
        Command {.words = {QStringLiteral("case"), QStringLiteral("pause")},
                 .synopsis
                 = u"CASE_NO --reason R --until DATE [--claim INVOICE] [--note TEXT] "_qs + db,
                 .minArgs = 1,
                 .maxArgs = 1,
                 .valueOptions = databaseOptions()
                     + QStringList {ReasonOption, UntilOption, ClaimOption, NoteOption, DateOption},
                 .flagOptions = {},
                 .run = casePause},
        Command {.words = {QStringLiteral("case"), QStringLiteral("resume")},
                 .synopsis = u"CASE_NO [--claim INVOICE] "_qs + db,
                 .minArgs = 1,
                 .maxArgs = 1,
                 .valueOptions = databaseOptions() + QStringList {ClaimOption, DateOption},
                 .flagOptions = {},
                 .run = caseResume},
        Command {.words = {QStringLiteral("client"), QStringLiteral("pin")},
                 .synopsis = u"ORGNR DEBTOR_ID --segment S --reason TEXT --until DATE "_qs + db,
                 .minArgs = 2,
                 .maxArgs = 2,
                 .valueOptions = databaseOptions()
                     + QStringList {SegmentOption, ReasonOption, UntilOption, DateOption},
                 .flagOptions = {},
                 .run = clientPin},
    };
}

} // namespace Fordran::Cli
