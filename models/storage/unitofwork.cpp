#include "models/storage/unitofwork.h"

#include "models/storage/database.h"

namespace Fordran {

UnitOfWork::UnitOfWork(Database &database)
    : m_database(database)
    , m_status(database.beginTransaction())
    , m_open(m_status.ok())
{}

UnitOfWork::~UnitOfWork()
{
    rollback();
}

Status UnitOfWork::commit()
{
    if (!m_status)
        return m_status;
    if (!m_open)
        return Error(tr("This unit of work is already finished"));
    m_open = false;
    return m_database.commitTransaction();
}

void UnitOfWork::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    m_database.rollbackTransaction();
}

} // namespace Fordran
