#include "models/domain/claimsfile.h"

#include "models/domain/claimfields.h"
#include "models/domain/csvreader.h"

#include <QHash>

#include <array>

namespace Fordran {

namespace {

using Column = ClaimsFile::Column;
constexpr int ColumnCount = int(Column::ColumnCount);

struct ColumnSpec
{
    QStringView name;
    bool required;
    int maxLength;
};

// formats.md "Client claims file (CSV)": names, required flags. The lengths only keep a broken
// file from filling the database; they are generous, so that a wrong value of a short column
// gets its specific message ("not a valid date") rather than "too long".
constexpr std::array<ColumnSpec, ColumnCount> Columns = {{
    {u"debtor_id", true, 20},
    {u"debtor_name", true, 200},
    {u"address", true, 200},
    {u"postal_code", true, 20},
    {u"city", true, 100},
    {u"country", false, 20},
    {u"phone", false, 40},
    {u"email", false, 254},
    {u"debtor_type", false, 30},
    {u"invoice_no", true, 64},
    {u"invoice_date", true, 30},
    {u"due_date", true, 30},
    {u"amount", true, 40},
    {u"description", true, 1000},
    {u"reminder_fee_agreed", false, 20},
    {u"interest", false, 30},
}};

const ColumnSpec &spec(Column column)
{
    return Columns[size_t(column)];
}

QString nameOf(Column column)
{
    return spec(column).name.toString();
}

// Validates one data row. Collects every problem of the row, not only the first.
class RowValidator final
{
    Q_DECLARE_TR_FUNCTIONS(ClaimsFile)

public:
    RowValidator(const CsvRecord &record, const std::array<int, ColumnCount> &index,
                 QDate referenceDate, QList<RowError> &errors)
        : m_record(record)
        , m_index(index)
        , m_referenceDate(referenceDate)
        , m_errors(errors)
    {}

    bool failed() const { return m_failed; }

    void error(Column column, const QString &message)
    {
        m_errors.append(RowError{m_record.line, nameOf(column), message});
        m_failed = true;
    }

    // The trimmed value of a column ("" when the column is absent), checked for length and
    // control characters; a required column must not be empty. Nothing (error reported) on any
    // problem.
    std::optional<QString> value(Column column)
    {
        const int i = m_index[size_t(column)];
        if (i < 0)
            return QString();
        QString v = m_record.fields.at(i).trimmed();
        if (column == Column::Description)
            v.replace(u"\r\n"_qs, u"\n"_qs);
        if (v.isEmpty()) {
            if (spec(column).required) {
                error(column, tr("%1: a value is required").arg(nameOf(column)));
                return std::nullopt;
            }
            return v;
        }
        if (v.size() > spec(column).maxLength) {
            error(column, tr("%1: the value is longer than %2 characters")
                              .arg(nameOf(column))
                              .arg(spec(column).maxLength));
            return std::nullopt;
        }
        if (ClaimFields::hasControlCharacters(v, column == Column::Description)) {
            error(column, tr("%1: the value contains a control character").arg(nameOf(column)));
            return std::nullopt;
        }
        return v;
    }

    // A value that is only used when present and valid ("" on any problem).
    QString text(Column column) { return value(column).value_or(QString()); }

    QDate date(Column column)
    {
        const QString v = text(column);
        if (v.isEmpty())
            return QDate();
        bool wellFormed = false;
        const QDate d = ClaimFields::parseIsoDate(v, &wellFormed);
        if (!wellFormed)
            error(column, tr("%1: '%2' is not a date in the form YYYY-MM-DD").arg(nameOf(column), v));
        else if (!d.isValid())
            error(column, tr("%1: '%2' is not a valid date").arg(nameOf(column), v));
        return d;
    }

    std::optional<bool> yesNo(Column column)
    {
        const auto v = value(column);
        if (!v)
            return std::nullopt;
        if (v->isEmpty() || v->compare(u"no", Qt::CaseInsensitive) == 0)
            return false;
        if (v->compare(u"yes", Qt::CaseInsensitive) == 0)
            return true;
        error(column, tr("%1: '%2' is not yes or no").arg(nameOf(column), *v));
        return std::nullopt;
    }

    ClaimRow validate();

private:
    void validateDebtor(ClaimRow &row);
    void validateClaim(ClaimRow &row);

    const CsvRecord &m_record;
    const std::array<int, ColumnCount> &m_index;
    QDate m_referenceDate;
    QList<RowError> &m_errors;
    bool m_failed = false;
};

void RowValidator::validateDebtor(ClaimRow &row)
{
    const QString id = text(Column::DebtorId);
    if (!id.isEmpty()) {
        auto identity = Identity::parse(id, m_referenceDate);
        if (identity)
            row.debtorIdentity = std::move(identity).value();
        else
            error(Column::DebtorId, tr("debtor_id: '%1': %2").arg(id, identity.error().message));
    }
    row.debtorName = text(Column::DebtorName);
    row.address = text(Column::Address);
    row.city = text(Column::City);

    const auto country = value(Column::Country);
    if (country && country->isEmpty()) {
        row.country = QStringLiteral("SE");
    } else if (country) {
        row.country = ClaimFields::normalizeCountry(*country);
        if (row.country.isEmpty())
            error(Column::Country, tr("country: '%1' is not a two-letter country code").arg(*country));
    }

    const QString postal = text(Column::PostalCode);
    if (!postal.isEmpty()) {
        const bool swedish = !country || row.country == u"SE";
        row.postalCode = swedish ? ClaimFields::normalizeSwedishPostalCode(postal)
                                 : ClaimFields::normalizeForeignPostalCode(postal);
        if (row.postalCode.isEmpty()) {
            error(Column::PostalCode, swedish ? tr("postal_code: '%1' is not five digits (NNN NN)").arg(postal)
                                              : tr("postal_code: '%1' is not a postal code").arg(postal));
        }
    }

    row.phone = text(Column::Phone);
    if (!row.phone.isEmpty() && !ClaimFields::isPlausiblePhone(row.phone))
        error(Column::Phone, tr("phone: '%1' is not a phone number").arg(row.phone));
    row.email = text(Column::Email);
    if (!row.email.isEmpty() && !ClaimFields::isPlausibleEmail(row.email))
        error(Column::Email, tr("email: '%1' is not an e-mail address").arg(row.email));

    const auto type = value(Column::DebtorType);
    if (!type)
        return;
    if (type->isEmpty()) {
        row.debtorType = row.debtorIdentity.isLegalPerson() ? DebtorType::Business : DebtorType::Consumer;
        row.debtorTypeDeclared = false;
    } else if (type->compare(u"consumer", Qt::CaseInsensitive) == 0) {
        row.debtorType = DebtorType::Consumer;
        row.debtorTypeDeclared = true;
    } else if (type->compare(u"business", Qt::CaseInsensitive) == 0) {
        row.debtorType = DebtorType::Business;
        row.debtorTypeDeclared = true;
    } else {
        error(Column::DebtorType, tr("debtor_type: '%1' is not consumer or business").arg(*type));
    }
}

void RowValidator::validateClaim(ClaimRow &row)
{
    row.invoiceNo = text(Column::InvoiceNo);
    row.invoiceDate = date(Column::InvoiceDate);
    row.dueDate = date(Column::DueDate);
    if (row.invoiceDate.isValid() && row.invoiceDate > m_referenceDate) {
        error(Column::InvoiceDate, tr("invoice_date: %1 is after the import date %2")
                                       .arg(row.invoiceDate.toString(Qt::ISODate),
                                            m_referenceDate.toString(Qt::ISODate)));
    }
    if (row.dueDate.isValid() && row.invoiceDate.isValid() && row.dueDate < row.invoiceDate) {
        error(Column::DueDate, tr("due_date: %1 is before invoice_date %2")
                                   .arg(row.dueDate.toString(Qt::ISODate),
                                        row.invoiceDate.toString(Qt::ISODate)));
    } else if (row.dueDate.isValid() && row.dueDate >= m_referenceDate) {
        error(Column::DueDate, tr("due_date: the claim is not overdue on the import date %1 (due %2)")
                                   .arg(m_referenceDate.toString(Qt::ISODate),
                                        row.dueDate.toString(Qt::ISODate)));
    }

    const QString amount = text(Column::Amount);
    if (!amount.isEmpty()) {
        const auto money = Money::parse(amount);
        if (!money)
            error(Column::Amount, tr("amount: '%1': %2").arg(amount, money.error().message));
        else if (!money->isPositive())
            error(Column::Amount, tr("amount: '%1' must be greater than zero").arg(amount));
        else
            row.amount = *money;
    }

    row.description = text(Column::Description);
    if (const auto agreed = yesNo(Column::ReminderFeeAgreed))
        row.reminderFeeAgreed = *agreed;

    if (const auto interest = value(Column::Interest)) {
        const auto term = InterestTerm::parse(*interest);
        if (term)
            row.interest = *term;
        else
            error(Column::Interest, tr("interest: '%1': %2").arg(*interest, term.error().message));
    }
}

ClaimRow RowValidator::validate()
{
    ClaimRow row;
    row.line = m_record.line;
    validateDebtor(row);
    validateClaim(row);
    return row;
}

// Maps the header to column indexes. Returns false (with errors) if the file cannot be read.
bool mapHeader(const CsvRecord &header, std::array<int, ColumnCount> &index, QList<RowError> &errors)
{
    index.fill(-1);
    bool ok = true;
    if (header.fields.size() == 1 && header.fields.first().contains(u'\t')) {
        errors.append(RowError{header.line, QString(),
                               ClaimsFile::tr("the columns must be separated by ';' or ',' (the header uses tabs)")});
        return false;
    }
    for (int i = 0; i < header.fields.size(); ++i) {
        QString name = header.fields.at(i).trimmed();
        if (i == 0 && name.startsWith(QChar(0xFEFF)))
            name = name.mid(1).trimmed(); // a second BOM, or one in a re-encoded file
        if (name.isEmpty()) {
            errors.append(RowError{header.line, QString(),
                                   ClaimsFile::tr("column %1 of the header has no name").arg(i + 1)});
            ok = false;
            continue;
        }
        const Column column = ClaimsFile::columnFor(name);
        if (column == Column::ColumnCount) {
            errors.append(RowError{header.line, name, ClaimsFile::tr("unknown column '%1'").arg(name)});
            ok = false;
        } else if (index[size_t(column)] >= 0) {
            errors.append(RowError{header.line, nameOf(column),
                                   ClaimsFile::tr("column '%1' appears more than once").arg(nameOf(column))});
            ok = false;
        } else {
            index[size_t(column)] = i;
        }
    }
    for (int c = 0; c < ColumnCount; ++c) {
        if (Columns[c].required && index[c] < 0) {
            errors.append(RowError{header.line, Columns[c].name.toString(),
                                   ClaimsFile::tr("required column '%1' is missing").arg(Columns[c].name)});
            ok = false;
        }
    }
    return ok;
}

void reject(ClaimsFileParse &result, int line, const QString &field, const QString &message)
{
    result.errors.append(RowError{line, field, message});
    result.fileRejected = true;
    result.rows.clear();
    result.warnings.clear();
}

// Warns when a debtor's later rows name or address them differently from the first row.
void checkDebtorConsistency(ClaimsFileParse &result)
{
    QHash<QString, qsizetype> first;
    first.reserve(result.rows.size());
    for (qsizetype i = 0; i < result.rows.size(); ++i) {
        const ClaimRow &row = result.rows.at(i);
        const auto it = first.constFind(row.debtorIdentity.normalized());
        if (it == first.cend()) {
            first.insert(row.debtorIdentity.normalized(), i);
            continue;
        }
        const ClaimRow &earlier = result.rows.at(it.value());
        const std::pair<Column, bool> checks[] = {
            {Column::DebtorName, row.debtorName != earlier.debtorName},
            {Column::Address, row.address != earlier.address},
            {Column::PostalCode, row.postalCode != earlier.postalCode},
            {Column::City, row.city != earlier.city},
            {Column::Country, row.country != earlier.country},
        };
        for (const auto &[column, differs] : checks) {
            if (differs) {
                result.warnings.append(RowError{
                    row.line, nameOf(column),
                    ClaimsFile::tr("%1 differs from line %2 for the same debtor_id").arg(nameOf(column)).arg(earlier.line)});
            }
        }
    }
}

} // namespace

QString ClaimsFile::columnName(Column column)
{
    return column == Column::ColumnCount ? QString() : nameOf(column);
}

ClaimsFile::Column ClaimsFile::columnFor(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (int c = 0; c < ColumnCount; ++c) {
        if (trimmed.compare(Columns[c].name, Qt::CaseInsensitive) == 0)
            return Column(c);
    }
    return Column::ColumnCount;
}

bool ClaimsFile::isRequired(Column column)
{
    return column != Column::ColumnCount && spec(column).required;
}

int ClaimsFile::maxLength(Column column)
{
    return column == Column::ColumnCount ? 0 : spec(column).maxLength;
}

ClaimsFileParse ClaimsFile::parse(const QByteArray &bytes, QDate referenceDate, const QString &fileName)
{
    int errorLine = 1;
    auto decoded = TextDecoding::decode(bytes, &errorLine);
    if (!decoded) {
        ClaimsFileParse result;
        result.fileName = fileName;
        reject(result, errorLine, QString(), decoded.error().message);
        return result;
    }
    ClaimsFileParse result = parseText(decoded->text, referenceDate, fileName);
    result.encoding = decoded->encoding;
    return result;
}

ClaimsFileParse ClaimsFile::parseText(QStringView text, QDate referenceDate, const QString &fileName)
{
    if (!referenceDate.isValid())
        referenceDate = QDate::currentDate();
    ClaimsFileParse result;
    result.fileName = fileName;
    if (text.trimmed().isEmpty()) {
        reject(result, 1, QString(), tr("the file is empty"));
        return result;
    }

    CsvReader reader(text);
    result.separator = reader.separator();
    CsvRecord header;
    while (reader.readNext(header) && header.isBlank()) {
    }
    if (reader.hasError()) {
        reject(result, reader.errorLine(), QString(), reader.error().message);
        return result;
    }
    std::array<int, ColumnCount> index;
    if (!mapHeader(header, index, result.errors)) {
        result.fileRejected = true;
        return result;
    }

    QHash<QString, int> invoiceLines; // invoice_no → first line it appears on
    CsvRecord record;
    while (reader.readNext(record)) {
        if (record.isBlank())
            continue;
        ++result.dataRowCount;
        if (record.fields.size() != header.fields.size()) {
            result.errors.append(RowError{record.line, QString(),
                                          tr("the row has %1 fields but the header has %2")
                                              .arg(record.fields.size())
                                              .arg(header.fields.size())});
            continue;
        }
        RowValidator validator(record, index, referenceDate, result.errors);
        ClaimRow row = validator.validate();
        if (!row.invoiceNo.isEmpty()) {
            const auto it = invoiceLines.constFind(row.invoiceNo);
            if (it == invoiceLines.cend()) {
                invoiceLines.insert(row.invoiceNo, record.line);
            } else {
                validator.error(Column::InvoiceNo, tr("invoice_no: '%1' already appears on line %2")
                                                       .arg(row.invoiceNo)
                                                       .arg(it.value()));
            }
        }
        if (!validator.failed())
            result.rows.append(std::move(row));
    }
    if (reader.hasError()) {
        const int field = reader.errorField();
        QString column;
        for (int c = 0; c < ColumnCount; ++c) {
            if (index[c] == field)
                column = Columns[c].name.toString();
        }
        reject(result, reader.errorLine(), column, reader.error().message);
        return result;
    }
    if (result.dataRowCount == 0) {
        reject(result, header.line, QString(), tr("the file has a header but no claims"));
        return result;
    }
    checkDebtorConsistency(result);
    return result;
}

QList<QList<qsizetype>> ClaimsFileParse::caseGroups() const
{
    QList<QList<qsizetype>> groups;
    QHash<QString, qsizetype> groupOf;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString key = rows.at(i).debtorIdentity.normalized();
        auto it = groupOf.find(key);
        if (it == groupOf.end()) {
            it = groupOf.insert(key, groups.size());
            groups.append(QList<qsizetype>());
        }
        groups[it.value()].append(i);
    }
    return groups;
}

} // namespace Fordran
