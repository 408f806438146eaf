#pragma once

// Inputs for fuzzing the parsers of the legal tables: random bytes, and copies of a valid
// document with a few bytes replaced by characters that keep it JSON-like.

#include <QByteArray>
#include <QRandomGenerator>

namespace Fordran::Test {

/*! The \a i th fuzz input: random bytes for odd \a i, a mangled copy of \a good for even \a i. */
inline QByteArray fuzzInput(QRandomGenerator &rng, const QByteArray &good, int i)
{
    static constexpr char JsonLike[] = "0123456789-.:,{}[]\"ae ";
    if (i % 2) {
        QByteArray bytes(rng.bounded(0, 200), '\0');
        for (char &c : bytes)
            c = char(rng.bounded(256));
        return bytes;
    }
    QByteArray bytes = good;
    for (int k = 0; k < 3 && !bytes.isEmpty(); ++k)
        bytes[rng.bounded(qsizetype(bytes.size()))]
            = JsonLike[rng.bounded(int(sizeof(JsonLike) - 1))];
    return bytes;
}

} // namespace Fordran::Test
