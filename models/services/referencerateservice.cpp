#include "models/services/referencerateservice.h"

#include "models/storage/database.h"
#include "models/storage/referenceraterepository.h"
#include "models/storage/unitofwork.h"

namespace Fordran {

ReferenceRateService::ReferenceRateService(Database &database)
    : m_database(database)
{
}

Result<ReferenceRateTable> ReferenceRateService::table()
{
    const auto builtIn = ReferenceRateTable::builtIn();
    if (!builtIn)
        return builtIn.error();
    const auto stored = ReferenceRateRepository(m_database).list();
    if (!stored)
        return stored.error();
    QList<ReferenceRateTable::Entry> entered;
    entered.reserve(stored->size());
    for (const StoredReferenceRate &rate : *stored) {
        entered.append({rate.validFrom, rate.rate, ReferenceRateTable::Source::Entered,
                        tr("entered by %1 on %2")
                            .arg(rate.enteredBy, rate.enteredAt.date().toString(Qt::ISODate))});
    }
    return builtIn->withEntered(entered);
}

Status ReferenceRateService::checkEnterable(QDate validFrom)
{
    const QString field = QStringLiteral("valid_from");
    if (!ReferenceRateTable::isHalfYearStart(validFrom)) {
        return Error(
            tr("A reference rate applies from 1 January or 1 July, not from %1")
                .arg(validFrom.isValid() ? validFrom.toString(Qt::ISODate) : tr("an invalid date")),
            field);
    }
    const auto builtIn = ReferenceRateTable::builtIn();
    if (!builtIn)
        return builtIn.error();
    for (const ReferenceRateTable::Entry &entry : builtIn->entries()) {
        if (entry.validFrom == validFrom) {
            return Error(tr("The reference rate for the half-year starting %1 is confirmed in the "
                            "built-in table and cannot be replaced by an entered rate")
                             .arg(ReferenceRateTable::halfYearLabel(validFrom)),
                         field, entry.note);
        }
    }
    return {};
}

Status ReferenceRateService::enter(QDate validFrom, Percentage rate, const QString &enteredBy)
{
    if (const Status enterable = checkEnterable(validFrom); !enterable)
        return enterable;
    if (enteredBy.trimmed().isEmpty())
        return Error(tr("An entered reference rate needs the name of who entered it"),
                     QStringLiteral("entered_by"));
    UnitOfWork uow(m_database);
    if (!uow.ok())
        return uow.status();
    if (const Status stored
        = ReferenceRateRepository(m_database).set(validFrom, rate, enteredBy.trimmed());
        !stored)
        return stored;
    return uow.commit();
}

} // namespace Fordran
