#pragma once

// Internal: reading the rules JSON with a path for every problem. Not part of the rules API.

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <utility>

namespace Fordran::Internal {

/*!
 * Collects validation problems while a JSON document is read. Every problem carries the JSON
 * path where it was found ("templates.consumer.risk.steps[2].after_days"); the first one
 * becomes the Error of the parse, all of them go into its detail.
 *
 * Getters record a problem and return nothing when a value is missing (if required), of the
 * wrong type or out of range. Keys named "description" or "comment" are allowed in every object
 * (they must be strings); any other key a reader does not expect is a problem, so typos are
 * never silently ignored.
 */
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(RulesJson)

public:
    enum Presence { Required, Optional };

    static QString join(const QString &path, QStringView key);
    static QString index(const QString &path, qsizetype i);

    void fail(const QString &path, const QString &problem);
    bool ok() const { return m_problems.isEmpty(); }
    qsizetype problemCount() const { return m_problems.size(); }
    /*! The first problem as an Error (message "path: problem", field = path, detail = all). */
    Error error() const;

    /*! Unknown keys (other than description/comment) become problems. */
    void checkKeys(const QJsonObject &object, const QString &path,
                   const QList<QStringView> &allowed);
    /*! checkKeys() with names made at run time. */
    void checkKeysAmong(const QJsonObject &object, const QString &path, const QStringList &allowed);

    std::optional<qint64> integer(const QJsonObject &object, const QString &path, QStringView key,
                                  qint64 min, qint64 max, Presence presence = Required);
    std::optional<QString> string(const QJsonObject &object, const QString &path, QStringView key,
                                  Presence presence = Required);
    /*! A string that must be one of \a allowed (the list is named in the problem). */
    std::optional<QString> oneOf(const QJsonObject &object, const QString &path, QStringView key,
                                 const QStringList &allowed, Presence presence = Required);
    std::optional<bool> boolean(const QJsonObject &object, const QString &path, QStringView key,
                                Presence presence = Required);
    std::optional<QJsonObject> object(const QJsonObject &object, const QString &path,
                                      QStringView key, Presence presence = Required);
    std::optional<QJsonArray> array(const QJsonObject &object, const QString &path, QStringView key,
                                    Presence presence = Required);
    /*!
     * The entries of an object of named objects ({"b_post": {…}, …}), skipping description and
     * comment; a name that is not a machine name or a value that is not an object is a problem.
     */
    QList<std::pair<QString, QJsonObject>> namedObjects(const QJsonObject &entries,
                                                        const QString &path);
    /*! An ISO date "2025-07-01". */
    std::optional<QDate> date(const QJsonObject &object, const QString &path, QStringView key,
                              Presence presence = Required);

    /*! The problem texts, shared by the checks outside this reader. */
    static QString mustBeAtLeast(qint64 min);
    static QString mustBeAtMost(qint64 max);
    static QString mustBeObject();
    static QString mustBeMachineName();

    /*! True for [a-z0-9_]+ of at most 64 characters: ids, channel and reason names. */
    static bool isMachineName(QStringView name);

private:
    /*! The value at path.key if present and of the type \a isType checks, else a problem. */
    std::optional<QJsonValue> typed(const QJsonObject &object, const QString &path,
                                    QStringView key, Presence presence,
                                    bool (QJsonValue::*isType)() const, const QString &problem);

    struct Problem
    {
        QString path;
        QString text;
    };
    QList<Problem> m_problems;
};

/*! Parses \a data as a JSON object; a syntax error names its offset. */
Result<QJsonObject> parseJsonObject(const QByteArray &data, qsizetype maxBytes);

} // namespace Fordran::Internal
