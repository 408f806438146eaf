#include "models/services/rulesservice.h"

#include "models/storage/rulesversionrepository.h"
#include "models/storage/unitofwork.h"

namespace Fordran {

namespace {

RulesVersionRecord recordFor(const RulesSet &rules, const QString &user)
{
    RulesVersionRecord r;
    r.version = rules.version();
    r.validFrom = rules.validFrom();
    r.hash = rules.contentHash();
    r.json = rules.toJson();
    r.createdBy = user;
    return r;
}

} // namespace

RulesService::RulesService(Database &database)
    : m_database(database)
{
}

Result<ActiveRules> RulesService::activeOn(QDate date, bool storeBuiltIn, const QString &user)
{
    if (!date.isValid())
        return Error(tr("No date was given for the rules"), QStringLiteral("date"));
    RulesVersionRepository repository(m_database);
    const auto count = repository.count();
    if (!count)
        return count.error();
    if (*count == 0) {
        Result<RulesSet> builtIn = RulesSet::builtIn();
        if (!builtIn)
            return builtIn.error();
        ActiveRules active {*builtIn, recordFor(*builtIn, user)};
        if (storeBuiltIn) {
            UnitOfWork unit(m_database);
            if (!unit.ok())
                return unit.status().error();
            // Another workstation may have stored it meanwhile: then take what is stored.
            const auto again = repository.count();
            if (!again)
                return again.error();
            if (*again == 0) {
                const auto id = repository.insert(active.record);
                if (!id)
                    return id.error();
                active.record.id = *id;
            }
            if (const Status committed = unit.commit(); !committed)
                return committed.error();
            if (active.record.id == 0)
                return activeOn(date, false, user);
        }
        if (active.rules.validFrom() > date)
            return Error(tr("The built-in rules are valid from %1, after %2")
                             .arg(active.rules.validFrom().toString(Qt::ISODate),
                                  date.toString(Qt::ISODate)),
                         QStringLiteral("date"));
        return active;
    }
    const auto stored = repository.activeOn(date);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error(tr("No stored rules are valid on %1: every version starts later")
                         .arg(date.toString(Qt::ISODate)),
                     QStringLiteral("date"));
    const RulesVersionRecord &record = **stored;
    Result<RulesSet> rules = RulesSet::fromJson(record.json);
    if (!rules)
        return Error(tr("The stored rules version %1 is not valid: %2")
                         .arg(record.version, rules.error().message),
                     rules.error().field, rules.error().detail);
    return ActiveRules {*rules, record};
}

Result<RulesVersionRecord> RulesService::import(const QByteArray &json, const QString &user)
{
    const Result<RulesSet> rules = RulesSet::fromJson(json);
    if (!rules)
        return rules.error();
    RulesVersionRepository repository(m_database);
    UnitOfWork unit(m_database);
    if (!unit.ok())
        return unit.status().error();
    const auto sameContent = repository.byHash(rules->contentHash());
    if (!sameContent)
        return sameContent.error();
    if (sameContent->has_value())
        return Error(
            tr("These rules are stored already, as version %1").arg((*sameContent)->version),
            QStringLiteral("version"));
    const auto sameName = repository.byVersion(rules->version());
    if (!sameName)
        return sameName.error();
    if (sameName->has_value())
        return Error(tr("Rules version %1 is stored already with other content: give the changed "
                        "rules a new \"version\"")
                         .arg(rules->version()),
                     QStringLiteral("version"));
    RulesVersionRecord record = recordFor(*rules, user);
    const auto id = repository.insert(record);
    if (!id)
        return id.error();
    if (const Status committed = unit.commit(); !committed)
        return committed.error();
    record.id = *id;
    return record;
}

Result<QList<RulesVersionRecord>> RulesService::versions()
{
    return RulesVersionRepository(m_database).all();
}

} // namespace Fordran
