#include "models/domain/identity.h"

#include "models/domain/digits.h"
#include "models/domain/luhn.h"

namespace Fordran {

namespace {

constexpr int SamordningDayOffset = 60;
constexpr int OrganisationMonthMinimum = 20;

} // namespace

Result<Identity> Identity::parse(QStringView text, QDate referenceDate)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(tr("no identity number given"));
    if (trimmed.size() > 13) // 12 digits and one separator
        return Error(tr("must have 10 or 12 digits"));

    QString digits;
    QChar separator; // none, '-' or '+'
    qsizetype separatorAt = -1;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (Digits::isAscii(c)) {
            digits += c;
        } else if (c == u'-' || c == u'+') {
            if (separatorAt >= 0)
                return Error(tr("more than one separator"));
            separatorAt = i;
            separator = c;
        } else {
            return Error(tr("%1 is not allowed: only digits and one '-' or '+'").arg(Digits::describe(c)));
        }
    }
    const qsizetype n = digits.size();
    if (n != 10 && n != 12)
        return Error(tr("must have 10 or 12 digits"));
    if (separatorAt >= 0 && separatorAt != trimmed.size() - 5)
        return Error(tr("the separator must come before the last four digits"));

    const QStringView last10 = QStringView(digits).right(10);
    const int month = Digits::twoDigits(last10, 2);
    const int dayField = Digits::twoDigits(last10, 4);

    // Organisationsnummer: "month" digits 20 or more, 12-digit form prefixed 16.
    if (month >= OrganisationMonthMinimum) {
        if (n == 12 && !digits.startsWith(u"16"))
            return Error(tr("a 12-digit organisationsnummer starts with 16"));
        if (separator == u'+')
            return Error(tr("'+' is only used in a personnummer"));
        if (!Luhn::isValid(last10))
            return Error(tr("check digit mismatch"));
        return Identity(IdentityKind::Organisationsnummer, last10.toString());
    }

    // Personnummer or samordningsnummer.
    if (n == 12 && digits.startsWith(u"16"))
        return Error(tr("an organisationsnummer needs a month part of 20 or more"));
    const bool samordning = dayField > SamordningDayOffset;
    const int day = samordning ? dayField - SamordningDayOffset : dayField;
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return Error(tr("not a valid date"));

    const QDate reference = referenceDate.isValid() ? referenceDate : QDate::currentDate();
    int year = 0;
    if (n == 12) {
        year = Digits::twoDigits(digits, 0) * 100 + Digits::twoDigits(digits, 2);
    } else {
        // The latest year ending in YY with a birthday not after the reference date: age 0–99.
        const int yy = Digits::twoDigits(last10, 0);
        year = reference.year() - ((reference.year() - yy) % 100 + 100) % 100;
        if (year == reference.year()
            && (month > reference.month() || (month == reference.month() && day > reference.day())))
            year -= 100;
        if (separator == u'+')
            year -= 100;
    }

    // Stored numbers carry century 18, 19 or 20 (folkbokföringslagen 18 § fourth paragraph).
    if (year < 1800 || year > 2099)
        return Error(tr("the century must be 18, 19 or 20"));
    const QDate birth(year, month, day);
    if (!birth.isValid())
        return Error(tr("not a valid date"));
    if (birth > reference)
        return Error(tr("the birth date is after %1").arg(reference.toString(Qt::ISODate)));
    if (!Luhn::isValid(last10))
        return Error(tr("check digit mismatch"));

    const QString normalized = QString::number(year / 100) + last10;
    return Identity(samordning ? IdentityKind::Samordningsnummer : IdentityKind::Personnummer, normalized);
}

QDate Identity::birthDate() const
{
    if (!isValid() || m_kind == IdentityKind::Organisationsnummer)
        return {};
    const QStringView d(m_digits);
    const int year = Digits::twoDigits(d, 0) * 100 + Digits::twoDigits(d, 2);
    int day = Digits::twoDigits(d, 6);
    if (m_kind == IdentityKind::Samordningsnummer)
        day -= SamordningDayOffset;
    return QDate(year, Digits::twoDigits(d, 4), day);
}

QString Identity::display() const
{
    if (!isValid())
        return {};
    const QStringView last10 = QStringView(m_digits).right(10);
    return last10.left(6) + u'-' + last10.right(4);
}

QString Identity::masked() const
{
    if (!isValid())
        return {};
    if (m_kind == IdentityKind::Organisationsnummer)
        return display();
    return QStringView(m_digits).mid(2, 6) + u"-****";
}

QString Identity::kindName(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::Personnummer:
        return QStringLiteral("personnummer");
    case IdentityKind::Samordningsnummer:
        return QStringLiteral("samordningsnummer");
    case IdentityKind::Organisationsnummer:
        return QStringLiteral("organisationsnummer");
    }
    return {};
}

} // namespace Fordran
