#include "models/rules/scoringconfig.h"

#include "models/domain/money.h"
#include "models/rules/rulesparse.h"

namespace Fordran {

namespace {

using Internal::JsonReader;

constexpr qint64 kMinPoints = -100;
constexpr qint64 kMaxPoints = 100;
constexpr qsizetype kMaxBands = 50;

/*! Reads {"bands": [{"<fromKey>": n, "points": p}, …]} at \a path. */
ScoreBands readBands(JsonReader &r, const QJsonObject &factors, const QString &factorsPath,
                     QStringView factor, QStringView fromKey, qint64 maxFrom,
                     std::initializer_list<QStringView> extraKeys = {})
{
    ScoreBands result;
    const auto o = r.object(factors, factorsPath, factor);
    if (!o)
        return result;
    const QString path = JsonReader::join(factorsPath, factor);
    QList<QStringView> keys{u"bands"};
    keys.append(QList<QStringView>(extraKeys));
    r.checkKeys(*o, path, keys);
    const auto bands = r.array(*o, path, u"bands");
    if (!bands)
        return result;
    const QString bandsPath = JsonReader::join(path, u"bands");
    if (bands->isEmpty() || bands->size() > kMaxBands) {
        r.fail(bandsPath, ScoringConfig::tr("must list 1 to %1 bands").arg(kMaxBands));
        return result;
    }
    for (qsizetype i = 0; i < bands->size(); ++i) {
        const QString bp = JsonReader::index(bandsPath, i);
        if (!bands->at(i).isObject()) {
            r.fail(bp, JsonReader::mustBeObject());
            continue;
        }
        const QJsonObject band = bands->at(i).toObject();
        r.checkKeys(band, bp, {fromKey, u"points"});
        const auto from = r.integer(band, bp, fromKey, 0, maxFrom);
        const auto points = r.integer(band, bp, u"points", kMinPoints, kMaxPoints);
        if (!from || !points)
            continue;
        const QString fromPath = JsonReader::join(bp, fromKey);
        if (i == 0 && *from != 0)
            r.fail(fromPath, ScoringConfig::tr("the first band must start at 0"));
        else if (!result.bands.isEmpty() && *from <= result.bands.last().from)
            r.fail(fromPath, ScoringConfig::tr("must be greater than the previous band's"));
        result.bands.append({*from, int(*points)});
    }
    return result;
}

int readPoints(JsonReader &r, const QJsonObject &o, const QString &path, QStringView key)
{
    return int(r.integer(o, path, key, kMinPoints, kMaxPoints).value_or(0));
}

} // namespace

int ScoreBands::pointsFor(qint64 value) const
{
    int points = bands.isEmpty() ? 0 : bands.first().points;
    for (const ScoreBand &band : bands) {
        if (band.from > value)
            break;
        points = band.points;
    }
    return points;
}

Result<ScoringConfig> ScoringConfig::fromJson(const QJsonObject &scoring)
{
    JsonReader reader;
    const auto config = Internal::readScoring(reader, scoring, u"scoring"_qs);
    if (!config || !reader.ok())
        return reader.error();
    return *config;
}

namespace Internal {

std::optional<ScoringConfig> readScoring(JsonReader &r, const QJsonObject &o, const QString &path)
{
    const qsizetype before = r.problemCount();
    r.checkKeys(o, path, {u"risk_threshold", u"base_points", u"factors"});
    ScoringConfig c;
    c.riskThreshold = int(r.integer(o, path, u"risk_threshold", 1, 100).value_or(0));
    c.basePoints = readPoints(r, o, path, u"base_points");
    const auto factors = r.object(o, path, u"factors");
    if (!factors)
        return std::nullopt;
    const QString fp = JsonReader::join(path, u"factors");
    r.checkKeys(*factors, fp,
                {u"days_past_due", u"amount", u"debtor_type", u"earlier_cases",
                 u"earlier_cases_paid", u"earlier_cases_unpaid", u"broken_promises", u"contact",
                 u"partial_payments", u"external_credit_score"});
    constexpr qint64 maxDays = 36500;
    constexpr qint64 maxCount = 10000;
    c.daysPastDue = readBands(r, *factors, fp, u"days_past_due", u"from", maxDays);
    c.amountOre = readBands(r, *factors, fp, u"amount", u"from_ore", Money::MaxParsedOre);
    c.earlierCases = readBands(r, *factors, fp, u"earlier_cases", u"from", maxCount);
    c.earlierCasesPaid = readBands(r, *factors, fp, u"earlier_cases_paid", u"from", maxCount);
    c.earlierCasesUnpaid = readBands(r, *factors, fp, u"earlier_cases_unpaid", u"from", maxCount);
    c.brokenPromises = readBands(r, *factors, fp, u"broken_promises", u"from", maxCount);
    c.partialPaidPercent = readBands(r, *factors, fp, u"partial_payments", u"from_percent", 100);
    c.externalCreditScore = readBands(r, *factors, fp, u"external_credit_score", u"from", 100,
                                      {u"missing_points"});
    if (const auto ext = factors->value(u"external_credit_score"); ext.isObject()) {
        c.externalMissingPoints = readPoints(r, ext.toObject(),
                                             JsonReader::join(fp, u"external_credit_score"),
                                             u"missing_points");
    }
    if (const auto type = r.object(*factors, fp, u"debtor_type")) {
        const QString tp = JsonReader::join(fp, u"debtor_type");
        r.checkKeys(*type, tp, {u"consumer", u"business"});
        c.consumerPoints = readPoints(r, *type, tp, u"consumer");
        c.businessPoints = readPoints(r, *type, tp, u"business");
    }
    if (const auto contact = r.object(*factors, fp, u"contact")) {
        const QString cp = JsonReader::join(fp, u"contact");
        r.checkKeys(*contact, cp, {u"phone_missing", u"email_missing", u"address_missing"});
        c.phoneMissingPoints = readPoints(r, *contact, cp, u"phone_missing");
        c.emailMissingPoints = readPoints(r, *contact, cp, u"email_missing");
        c.addressMissingPoints = readPoints(r, *contact, cp, u"address_missing");
    }
    if (r.problemCount() != before)
        return std::nullopt;
    return c;
}

} // namespace Internal

} // namespace Fordran
