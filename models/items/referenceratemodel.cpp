#include "models/items/referenceratemodel.h"

#include "models/services/referenceratecheck.h"

#include <QLocale>

#include <algorithm>

namespace Fordran {

ReferenceRateModel::ReferenceRateModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ReferenceRateModel::~ReferenceRateModel() = default;

void ReferenceRateModel::setTable(const ReferenceRateTable &table, QDate today)
{
    beginResetModel();
    m_table = table;
    m_rows.clear();
    for (const ReferenceRateTable::Entry &entry : table.entries()) {
        m_rows.append({entry.validFrom, entry,
                       entry.source == ReferenceRateTable::Source::BuiltIn ? RowState::BuiltIn
                                                                           : RowState::Entered});
    }
    for (const QDate start : ReferenceRateCheck::missingHalfYears(table, today))
        m_rows.append({start, std::nullopt, RowState::Missing});
    std::sort(m_rows.begin(), m_rows.end(),
              [](const Row &a, const Row &b) { return a.validFrom > b.validFrom; });
    endResetModel();
}

int ReferenceRateModel::rowOf(QDate validFrom) const
{
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(), [validFrom](const Row &row) {
        return row.validFrom == validFrom;
    });
    return found == m_rows.cend() ? -1 : int(found - m_rows.cbegin());
}

QList<QDate> ReferenceRateModel::missing() const
{
    QList<QDate> dates;
    for (const Row &row : m_rows) {
        if (row.state == RowState::Missing)
            dates.append(row.validFrom);
    }
    return dates;
}

QString ReferenceRateModel::formatRate(Percentage rate)
{
    QString text = rate.toString();
    text.replace(u'.', QLocale().decimalPoint());
    if (text.startsWith(u'-'))
        text.replace(0, 1, QLocale().negativeSign());
    return tr("%1 %", "a rate in percent, e.g. 1.75 %").arg(text);
}

int ReferenceRateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferenceRateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferenceRateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        // Where a built-in value comes from (the table's own note) is there for who asks.
        return row.entry ? row.entry->note : displayValue(row, Note);
    case Qt::TextAlignmentRole:
        return alignment(index.column());
    case RawValueRole:
        return rawValue(row, index.column());
    case ValidFromRole:
        return row.validFrom;
    case StateRole:
        return int(row.state);
    default:
        return {};
    }
}

QVariant ReferenceRateModel::displayValue(const Row &row, int column) const
{
    switch (column) {
    case ValidFrom:
        return ReferenceRateTable::halfYearLabel(row.validFrom);
    case Rate:
        return row.entry ? formatRate(row.entry->rate) : tr("–", "no rate for the half-year");
    case Source:
        switch (row.state) {
        case RowState::BuiltIn:
            return tr("built-in", "reference rate source");
        case RowState::Entered:
            return tr("entered", "reference rate source");
        case RowState::Missing:
            return tr("missing", "reference rate source");
        }
        return {};
    case Note:
        if (row.state == RowState::BuiltIn)
            return QString(); // "built-in" says it; the table's note is the tool tip
        return row.entry ? row.entry->note : tr("Enter the Riksbank's rate for this half-year");
    default:
        return {};
    }
}

QVariant ReferenceRateModel::rawValue(const Row &row, int column)
{
    switch (column) {
    case ValidFrom:
        return row.validFrom;
    case Rate:
        return row.entry ? QVariant::fromValue(row.entry->rate) : QVariant();
    case Source:
        return QVariant::fromValue(row.state);
    case Note:
        return row.entry ? row.entry->note : QString();
    default:
        return {};
    }
}

QVariant ReferenceRateModel::alignment(int column)
{
    return column == Rate ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                          : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
}

QVariant ReferenceRateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return alignment(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ValidFrom:
        return tr("Valid from");
    case Rate:
        return tr("Rate");
    case Source:
        return tr("Source");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace Fordran
