#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringView>

#include <utility>

namespace Fordran {

enum class IdentityKind {
    Personnummer,        //!< a natural person's civic registration number
    Samordningsnummer,   //!< co-ordination number: day of birth + 60
    Organisationsnummer, //!< a legal person's number: "month" digits ≥ 20
};

/*!
 * A validated Swedish personnummer, samordningsnummer or organisationsnummer (domain.md §9.1–9.2).
 *
 * parse() accepts 10 or 12 digits, with or without a '-' or '+' separator before the last four
 * digits; surrounding whitespace is ignored. A 10-digit person number gets its century from
 * \a referenceDate: with '-' (or none) the century that gives an age 0–99 on that date, with '+'
 * one century earlier (an invalid \a referenceDate means today). A 12-digit number names its
 * century; a 12-digit organisationsnummer starts with "16". Persons' centuries are 18, 19 or 20, the
 * date must exist (samordningsnummer: day − 60) and not lie after the reference date. The check
 * digit is Luhn over the last 10 digits.
 *
 * Sole traders use their personnummer: it parses as a Personnummer and is a valid debtor identity.
 */
class Identity final
{
    Q_DECLARE_TR_FUNCTIONS(Identity)

public:
    Identity() = default;

    static Result<Identity> parse(QStringView text, QDate referenceDate);

    IdentityKind kind() const { return m_kind; }
    bool isValid() const { return !m_digits.isEmpty(); }

    /*! 12 digits YYYYMMDDNNNC for persons, 10 digits for organisations. */
    QString normalized() const { return m_digits; }

    /*! The date of birth (day − 60 for a samordningsnummer); invalid for an organisation. */
    QDate birthDate() const;

    /*! True for an organisationsnummer. */
    bool isLegalPerson() const { return isValid() && m_kind == IdentityKind::Organisationsnummer; }

    /*! "811218-9876" / "556036-0793": 10 digits with '-'. */
    QString display() const;

    /*! "811218-****" for persons; an organisationsnummer in full (it is not personal data). */
    QString masked() const;

    /*! "personnummer", "samordningsnummer", "organisationsnummer": machine names, not translated. */
    static QString kindName(IdentityKind kind);

    friend bool operator==(const Identity &a, const Identity &b)
    {
        return a.m_kind == b.m_kind && a.m_digits == b.m_digits;
    }

private:
    Identity(IdentityKind kind, QString digits)
        : m_kind(kind)
        , m_digits(std::move(digits))
    {}

    IdentityKind m_kind = IdentityKind::Personnummer;
    QString m_digits;
};

} // namespace Fordran
