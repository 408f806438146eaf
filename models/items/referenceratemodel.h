#pragma once

#include "models/rules/referencerates.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

#include <optional>

namespace Fordran {

/*!
 * The reference rate of every half-year, newest first, for the reference-rate dialog.
 *
 * Rows: every entry of the table in use (built-in or entered) plus one row for each half-year
 * from the table's first one through the one containing "today" that has no rate (state
 * Missing; those are the ones a person must enter before interest can be computed). Display
 * roles are formatted for the current locale ("1,75 %" in Swedish); RawValueRole gives the
 * values (QDate, Percentage, RowState, QString) for sorting and tests. The note of a built-in
 * rate (where the table has it from) is its tool tip and raw value, not displayed; entered
 * rates show who entered them, missing ones what to do.
 */
class ReferenceRateModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceRateModel)

public:
    enum Column { ValidFrom, Rate, Source, Note, ColumnCount };
    enum Role {
        RawValueRole
        = Qt::UserRole, //!< QDate, Percentage (invalid QVariant when missing), RowState, QString
        ValidFromRole, //!< QDate of the row's half-year, in every column
        StateRole, //!< RowState as int, in every column
    };
    enum class RowState { BuiltIn, Entered, Missing };
    Q_ENUM(RowState)

    explicit ReferenceRateModel(QObject *parent = nullptr);
    ~ReferenceRateModel() override;

    /*! Shows \a table as of \a today (an invalid date: no row is missing). */
    void setTable(const ReferenceRateTable &table, QDate today);
    [[nodiscard]] const ReferenceRateTable &table() const { return m_table; }

    /*! The row of the half-year starting \a validFrom, or −1. */
    [[nodiscard]] int rowOf(QDate validFrom) const;
    /*! Half-years without a rate up to today, newest first. */
    [[nodiscard]] QList<QDate> missing() const;

    /*! "1,75 %" in the default locale's decimal mark. */
    static QString formatRate(Percentage rate);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QDate validFrom;
        std::optional<ReferenceRateTable::Entry> entry; // empty: missing
        RowState state = RowState::Missing;
    };

    QVariant displayValue(const Row &row, int column) const;
    static QVariant rawValue(const Row &row, int column);
    static QVariant alignment(int column);

    ReferenceRateTable m_table;
    QList<Row> m_rows;
};

} // namespace Fordran
