#pragma once

// Machine-name tables for the rules' enums: one constexpr array of {value, name} per enum, looked
// up both ways. Names are never translated and never renamed (they are stored and printed).

#include <QString>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace Fordran::Internal {

template<typename E, std::size_t N>
using NameTable = std::array<std::pair<E, const char16_t *>, N>;

template<typename E, std::size_t N>
QString nameIn(const NameTable<E, N> &table, E value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueIn(const NameTable<E, N> &table, QStringView name)
{
    for (const auto &[v, n] : table) {
        if (name == QStringView(n))
            return v;
    }
    return std::nullopt;
}

} // namespace Fordran::Internal
