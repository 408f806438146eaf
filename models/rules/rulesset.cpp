#include "models/rules/rulesset.h"

#include "models/rules/rulesparse.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

namespace Fordran {

namespace {

using Internal::JsonReader;

constexpr std::array<DebtorType, 2> kDebtorTypes{DebtorType::Consumer, DebtorType::Business};
constexpr std::array<Segment, 3> kSegments{Segment::Normal, Segment::Risk, Segment::Vip};
constexpr qsizetype kMaxVersionLength = 40;

bool isVersionText(QStringView text)
{
    if (text.isEmpty() || text.size() > kMaxVersionLength)
        return false;
    for (QChar c : text) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'.' && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

/*! The inkassokrav may not give less time than the demand_deadline minimum. */
void checkDemandDeadline(JsonReader &r, const ProcessTemplate &tmpl, const QString &path,
                         const DemandDeadlineRules &deadline)
{
    for (qsizetype i = 0; i < tmpl.steps.size(); ++i) {
        const ProcessStep &s = tmpl.steps.at(i);
        if (s.action == ActionType::InkassokravLetter && s.deadlineDays < deadline.minCalendarDays) {
            const QString stepPath = JsonReader::index(JsonReader::join(path, u"steps"), i);
            r.fail(JsonReader::join(stepPath, u"deadline_days"),
                   RulesSet::tr("must be ≥ %1 (demand_deadline.min_calendar_days)")
                       .arg(deadline.minCalendarDays));
        }
    }
}

void readTemplates(JsonReader &r, const QJsonObject &o, std::array<ProcessTemplate, 6> &out,
                   const DemandDeadlineRules &deadline)
{
    const auto templates = r.object(o, QString(), u"templates");
    if (!templates)
        return;
    const QString base = u"templates"_qs;
    QStringList keys;
    for (DebtorType type : kDebtorTypes) {
        for (Segment segment : kSegments)
            keys.append(ProcessTemplate::keyFor(type, segment));
    }
    r.checkKeysAmong(*templates, base, keys);

    std::size_t slot = 0; // the order of RulesSet::templateIndex()
    for (DebtorType type : kDebtorTypes) {
        for (Segment segment : kSegments) {
            const QString key = ProcessTemplate::keyFor(type, segment);
            const QString path = JsonReader::join(base, key);
            const auto object = r.object(*templates, base, key);
            const auto tmpl = object ? Internal::readTemplate(r, *object, path, type, segment)
                                     : std::nullopt;
            if (tmpl) {
                Internal::checkTemplate(r, *tmpl, path);
                checkDemandDeadline(r, *tmpl, path, deadline);
                out[slot] = *tmpl;
            }
            ++slot;
        }
    }
}

} // namespace

qsizetype RulesSet::templateIndex(Segment segment, DebtorType debtorType)
{
    qsizetype i = 0;
    for (DebtorType type : kDebtorTypes) {
        for (Segment s : kSegments) {
            if (type == debtorType && s == segment)
                return i;
            ++i;
        }
    }
    return 0;
}

Result<RulesSet> RulesSet::fromJson(const QByteArray &json)
{
    const auto object = Internal::parseJsonObject(json, MaxFileBytes);
    if (!object)
        return object.error();
    return fromJsonObject(*object);
}

Result<RulesSet> RulesSet::fromJsonObject(const QJsonObject &input)
{
    // Normalise once through compact text: afterwards the document prints the same every time.
    const QJsonObject o =
        QJsonDocument::fromJson(QJsonDocument(input).toJson(QJsonDocument::Compact)).object();
    JsonReader r;
    r.checkKeys(o, QString(),
                {u"format", u"version", u"valid_from", u"scoring", u"templates", u"channels",
                 u"default_channel", u"demand_deadline", u"limitation", u"contact_window",
                 u"fees", u"pause_reasons"});
    RulesSet rs;
    if (const auto format = r.integer(o, QString(), u"format", 1, 1000000); format && *format != Format) {
        r.fail(u"format"_qs, tr("rules format %1 is not supported (this program reads format %2)")
                                 .arg(*format)
                                 .arg(Format));
    }
    if (const auto version = r.string(o, QString(), u"version")) {
        if (isVersionText(*version))
            rs.m_version = *version;
        else
            r.fail(u"version"_qs, tr("must be 1–%1 characters A–Z, a–z, 0–9, '.', '-' or '_'")
                                      .arg(kMaxVersionLength));
    }
    rs.m_validFrom = r.date(o, QString(), u"valid_from").value_or(QDate());
    rs.m_description = o.value(u"description").toString();

    if (const auto scoring = r.object(o, QString(), u"scoring")) {
        if (const auto config = Internal::readScoring(r, *scoring, u"scoring"_qs))
            rs.m_scoring = *config;
    }
    rs.m_demandDeadline = Internal::readDemandDeadline(r, o, QString());
    readTemplates(r, o, rs.m_templates, rs.m_demandDeadline);

    rs.m_channels = Internal::readChannels(r, o, QString());
    if (!rs.m_channels.isEmpty()) {
        QStringList names;
        for (const Channel &c : std::as_const(rs.m_channels))
            names.append(c.name);
        rs.m_defaultChannel = r.oneOf(o, QString(), u"default_channel", names).value_or(QString());
    }
    rs.m_limitation = Internal::readLimitation(r, o, QString());
    rs.m_contactWindow = Internal::readContactWindow(r, o, QString());
    if (const auto fees = r.object(o, QString(), u"fees")) {
        r.checkKeys(*fees, u"fees"_qs, {u"interest_on_fees", u"statute"});
        rs.m_interestOnFees = r.boolean(*fees, u"fees"_qs, u"interest_on_fees").value_or(false);
        r.string(*fees, u"fees"_qs, u"statute", JsonReader::Optional);
    }
    rs.m_pauseReasons = Internal::readPauseReasons(r, o, QString());

    if (!r.ok())
        return r.error();
    rs.m_document = o;
    rs.m_hash = QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
    return rs;
}

QString RulesSet::builtInPath()
{
    return u":/rules/default_rules.json"_qs;
}

Result<RulesSet> RulesSet::builtIn()
{
    QFile file(builtInPath());
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("The built-in rules %1 are missing from the program").arg(builtInPath()));
    auto rules = fromJson(file.read(MaxFileBytes + 1));
    if (!rules)
        return Error(tr("The built-in rules are invalid: %1").arg(rules.error().message),
                     rules.error().field, rules.error().detail);
    return rules;
}

QByteArray RulesSet::toJson() const
{
    return QJsonDocument(m_document).toJson(QJsonDocument::Indented);
}

Result<RulesSet> RulesSet::withVersion(const QString &version, QDate validFrom) const
{
    QJsonObject o = m_document;
    o.insert(u"version"_qs, version);
    o.insert(u"valid_from"_qs, validFrom.isValid() ? validFrom.toString(Qt::ISODate) : QString());
    return fromJsonObject(o);
}

const ProcessTemplate &RulesSet::templateFor(Segment segment, DebtorType debtorType) const
{
    return m_templates[std::size_t(templateIndex(segment, debtorType))];
}

QList<ProcessTemplate> RulesSet::templates() const
{
    return QList<ProcessTemplate>(m_templates.begin(), m_templates.end());
}

std::optional<Channel> RulesSet::channel(QStringView name) const
{
    for (const Channel &c : m_channels) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

std::optional<PauseReason> RulesSet::pauseReason(QStringView name) const
{
    for (const PauseReason &p : m_pauseReasons) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

} // namespace Fordran
