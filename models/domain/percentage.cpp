#include "models/domain/percentage.h"

namespace Fordran {

Result<Percentage> Percentage::parse(QStringView input)
{
    QStringView text = input.trimmed();
    if (text.endsWith(u'%'))
        text = text.chopped(1).trimmed();
    if (text.isEmpty())
        return Error(tr("empty percentage"));
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text = text.mid(1);
    } else if (text.startsWith(u'+')) {
        text = text.mid(1);
    }
    qint64 whole = 0;
    qint64 hundredths = 0;
    int decimals = -1; // -1: before the decimal mark
    int digits = 0;
    for (const QChar c : text) {
        if (c == u'.' || c == u',') {
            if (decimals >= 0 || digits == 0)
                return Error(tr("'%1' is not a percentage").arg(input.toString()));
            decimals = 0;
            continue;
        }
        if (c < u'0' || c > u'9')
            return Error(tr("'%1' is not a percentage").arg(input.toString()));
        const int d = c.unicode() - u'0';
        if (decimals < 0) {
            whole = whole * 10 + d;
            if (whole > 1000)
                return Error(tr("'%1' is too large a percentage").arg(input.toString()));
            ++digits;
        } else {
            if (decimals == 2)
                return Error(tr("'%1' has more than two decimals").arg(input.toString()));
            hundredths = hundredths * 10 + d;
            ++decimals;
        }
    }
    if (digits == 0 || decimals == 0)
        return Error(tr("'%1' is not a percentage").arg(input.toString()));
    if (decimals == 1)
        hundredths *= 10;
    const qint64 bp = whole * 100 + hundredths;
    return Percentage(qint32(negative ? -bp : bp));
}

QString Percentage::toString() const
{
    const qint32 magnitude = m_bp < 0 ? -m_bp : m_bp;
    return (m_bp < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + u'.'
         + QString::number(magnitude % 100).rightJustified(2, u'0');
}

} // namespace Fordran
