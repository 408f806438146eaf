#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Fordran {

/*!
 * An error from the core, for a person to read.
 *
 * \c message is already translated and names what was wrong ("check digit mismatch",
 * "no reference rate for the half-year from 2026-07-01"). \c field names the input field or
 * column when there is one; \c detail carries technical text (a driver message) for logs and
 * "details" boxes. Nothing in the core shows an error: it returns one, and the UI or the CLI
 * presents it.
 */
struct Error
{
    QString message;
    QString field;
    QString detail;

    Error() = default;
    explicit Error(QString msg, QString fieldName = {}, QString technical = {})
        : message(std::move(msg))
        , field(std::move(fieldName))
        , detail(std::move(technical))
    {}
};

/*!
 * Either a value or an Error. The core's return type for anything that can be refused:
 * parsing, validation, rules, storage. Check ok() before value().
 */
template<typename T>
class Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): results read best as plain returns
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

/*! Success or an Error, for operations that produce nothing else. */
template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_failed(true)
        , m_error(std::move(error))
    {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace Fordran
