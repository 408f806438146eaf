#pragma once

#include "models/domain/result.h"
#include "models/rules/rulesset.h"
#include "models/storage/processrecords.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Fordran {

class Database;

/*! A rules set with the stored record it came from. */
struct ActiveRules
{
    RulesSet rules;
    RulesVersionRecord record; //!< id 0: the built-in set, not stored (yet)
};

/*!
 * The rules as shared, versioned data. The built-in set (resources/rules/default_rules.json)
 * is the default: it is stored in the database the first time a run needs rules and none are
 * stored, so every workstation uses the same one. Importing a file stores a new version (a
 * changed set must carry a new version name); the set acting on a date is the newest stored
 * one valid from that date or earlier.
 */
class RulesService final
{
    Q_DECLARE_TR_FUNCTIONS(RulesService)

public:
    explicit RulesService(Database &database);
    Q_DISABLE_COPY_MOVE(RulesService)

    /*!
     * The rules acting on \a date. With nothing stored: the built-in set, stored first when
     * \a storeBuiltIn (by \a user). An Error when the stored sets all start after \a date, or a
     * stored document no longer validates.
     */
    Result<ActiveRules> activeOn(QDate date, bool storeBuiltIn, const QString &user);

    /*!
     * Stores the rules document \a json as a new version (by \a user). Refused: a document that
     * does not validate (the error names the JSON path), content stored already, or a version
     * name stored already with other content.
     */
    Result<RulesVersionRecord> import(const QByteArray &json, const QString &user);

    /*! Every stored version, oldest valid-from first. */
    Result<QList<RulesVersionRecord>> versions();

private:
    Database &m_database;
};

} // namespace Fordran
