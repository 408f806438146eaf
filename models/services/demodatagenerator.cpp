#include "models/services/demodatagenerator.h"

#include "models/domain/luhn.h"
#include "models/rules/processtemplate.h"
#include "models/services/demowords.h"

#include <algorithm>
#include <span>
#include <utility>

namespace Fordran {

namespace {

constexpr int kRecentDebtors = 5000; // repeat debtors are picked among the last ones
constexpr int kOpeningSpanDays = 700; // cases are opened over this many days before today

QString withCheckDigit(const QString &payload)
{
    return payload + QString::number(Luhn::checkDigit(payload));
}

template<typename T> QList<int> weightsOf(std::span<const T> items)
{
    QList<int> list;
    for (const T &item : items)
        list.append(item.weight);
    return list;
}

/*! The weights of the towns and of the clients, in table order. */
const QList<int> &townWeights()
{
    static const QList<int> weights = weightsOf(DemoWords::towns());
    return weights;
}

const QList<int> &clientWeights()
{
    static const QList<int> weights = weightsOf(DemoWords::clientProfiles());
    return weights;
}

/*! Lower-case ASCII for an e-mail address: å, ä → a, ö → o, é → e; anything else not a letter or
 * digit is dropped. */
QString mailPart(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text.toLower()) {
        const char16_t c = ch.unicode();
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.append(ch);
        else if (c == u'å' || c == u'ä')
            out.append(u'a');
        else if (c == u'ö')
            out.append(u'o');
        else if (c == u'é')
            out.append(u'e');
    }
    return out;
}

qint64 identityKey(const QString &digits)
{
    return digits.toLongLong();
}

} // namespace

DemoDataGenerator::DemoDataGenerator(quint32 seed, QDate today, qint64 total, FeeSchedule fees)
    : m_rng(seed)
    , m_today(today)
    , m_total(qMax<qint64>(1, total))
    , m_fees(std::move(fees))
{
    for (const Client &client : clients())
        m_identities.insert(identityKey(client.orgnr));
    for (const DemoWords::ClientProfile &profile : DemoWords::clientProfiles())
        m_nextInvoice.append(profile.invoiceStart);
}

QList<Client> DemoDataGenerator::clients()
{
    QList<Client> list;
    for (const DemoWords::ClientProfile &p : DemoWords::clientProfiles()) {
        Client client;
        client.name = QString::fromUtf16(p.name);
        client.orgnr = withCheckDigit(QString::fromUtf16(p.orgnrPayload));
        client.bankgiro = withCheckDigit(QString::fromUtf16(p.bankgiroPayload));
        client.address = QString::fromUtf16(p.address);
        client.postalCode = QString::fromUtf16(p.postalCode);
        client.city = QString::fromUtf16(p.city);
        client.reminderTermsRef = QString::fromUtf16(p.termsRef);
        list.append(client);
    }
    return list;
}

QList<User> DemoDataGenerator::users()
{
    struct Row
    {
        const char16_t *login;
        const char16_t *name;
        const char16_t *role;
    };
    // The first HandlerCount are the handlers cases are assigned to.
    static constexpr Row rows[] = {
        {u"anna.lind", u"Anna Lind", u"handler"},     {u"erik.holm", u"Erik Holm", u"handler"},
        {u"sara.nyberg", u"Sara Nyberg", u"handler"}, {u"ali.hassan", u"Ali Hassan", u"handler"},
        {u"karin.ek", u"Karin Ek", u"supervisor"},    {u"admin", u"Administratör", u"admin"},
    };
    QList<User> list;
    for (const Row &row : rows) {
        User user;
        user.login = QString::fromUtf16(row.login);
        user.name = QString::fromUtf16(row.name);
        user.role = QString::fromUtf16(row.role);
        list.append(user);
    }
    return list;
}

int DemoDataGenerator::weighted(std::span<const int> weights)
{
    int sum = 0;
    for (const int w : weights)
        sum += w;
    int roll = below(sum);
    for (size_t i = 0; i < weights.size(); ++i) {
        if (roll < weights[i])
            return int(i);
        roll -= weights[i];
    }
    return int(weights.size()) - 1;
}

QString DemoDataGenerator::pick(std::span<const char16_t *const> words)
{
    return QString::fromUtf16(words[size_t(below(int(words.size())))]);
}

QString DemoDataGenerator::digits(int count)
{
    QString out(count, u'0');
    for (int i = 0; i < count; ++i)
        out[i] = QChar(u'0' + below(10));
    return out;
}

QDateTime DemoDataGenerator::stamp(QDate on)
{
    // Office hours, so the timeline reads naturally; never the real clock.
    return QDateTime(on, QTime(7, 0).addSecs(below(10 * 3600)), Qt::UTC);
}

QDate DemoDataGenerator::openingDate(qint64 number) const
{
    const qint64 step = qMin(number, m_total - 1) * kOpeningSpanDays / m_total;
    QDate date = m_today.addDays(-kOpeningSpanDays + step);
    // Cases are registered on weekdays: a weekend date moves back to the Friday.
    if (date.dayOfWeek() > 5)
        date = date.addDays(5 - date.dayOfWeek());
    return date;
}

QString DemoDataGenerator::personnummer()
{
    static constexpr int ageFrom[] = {18, 26, 36, 46, 56, 66};
    static constexpr int ageTo[] = {25, 35, 45, 55, 65, 90};
    static constexpr int weights[] = {18, 28, 22, 15, 9, 8};
    for (;;) {
        const int bucket = weighted(weights);
        const QDate latest = m_today.addYears(-ageFrom[bucket]);
        const QDate earliest = m_today.addYears(-(ageTo[bucket] + 1)).addDays(1);
        const QDate birth = earliest.addDays(below(int(earliest.daysTo(latest)) + 1));
        const int serial = 1 + below(999);
        const QString payload = QStringLiteral("%1%2%3%4")
                                    .arg(birth.year() % 100, 2, 10, QLatin1Char('0'))
                                    .arg(birth.month(), 2, 10, QLatin1Char('0'))
                                    .arg(birth.day(), 2, 10, QLatin1Char('0'))
                                    .arg(serial, 3, 10, QLatin1Char('0'));
        const QString full = QString::number(birth.year() / 100) + withCheckDigit(payload);
        if (!m_identities.contains(identityKey(full))) {
            m_identities.insert(identityKey(full));
            return full;
        }
    }
}

QString DemoDataGenerator::organisationsnummer()
{
    // 556/559: aktiebolag, 969: handels- and kommanditbolag, 769: ekonomiska föreningar.
    static constexpr const char16_t *prefixes[] = {u"556", u"559", u"969", u"769"};
    static constexpr int weights[] = {35, 45, 12, 8};
    for (;;) {
        const QString prefix = QString::fromUtf16(prefixes[weighted(weights)]);
        const QString full = withCheckDigit(prefix + digits(6));
        if (!m_identities.contains(identityKey(full))) {
            m_identities.insert(identityKey(full));
            return full;
        }
    }
}

void DemoDataGenerator::fillAddress(Debtor &debtor)
{
    using namespace DemoWords;
    debtor.address = pick(streets()) + u' ' + QString::number(1 + below(120));
    if (debtor.kind == DebtorKind::Person && chance(25))
        debtor.address += QStringLiteral(" lgh %1").arg(1001 + 100 * below(7) + below(4));
    const Town *town = &towns()[size_t(weighted(townWeights()))];
    const int first3 = town->first3From + below(town->first3To - town->first3From + 1);
    debtor.postalCode = QStringLiteral("%1%2")
                            .arg(first3, 3, 10, QLatin1Char('0'))
                            .arg(below(100), 2, 10, QLatin1Char('0'));
    debtor.city = QString::fromUtf16(town->name);
}

Debtor DemoDataGenerator::makePerson(bool mayLiveAbroad)
{
    using namespace DemoWords;
    Debtor d;
    d.kind = DebtorKind::Person;
    d.identity = personnummer();
    // The third digit of the serial number (the 11th of 12) is odd for men.
    const bool male = (d.identity.at(10).unicode() - u'0') % 2 == 1;
    const auto firstNames = male ? maleFirstNames() : femaleFirstNames();
    const QString first = pick(firstNames);
    const QString last = pick(surnames());
    d.name = first + u' ' + last;
    fillAddress(d);
    if (mayLiveAbroad && chance(1)) {
        // A debtor abroad has no Swedish number.
        static constexpr const char16_t *countries[] = {u"NO", u"DK", u"FI"};
        static constexpr const char16_t *cities[] = {u"Oslo", u"København", u"Helsingfors"};
        static constexpr const char16_t *codes[] = {u"0150", u"1050", u"00100"};
        const int which = below(3);
        m_identities.remove(identityKey(d.identity));
        d.identity.clear();
        d.country = QString::fromUtf16(countries[which]);
        d.city = QString::fromUtf16(cities[which]);
        d.postalCode = QString::fromUtf16(codes[which]);
    }
    if (chance(2))
        d.careOf = u"c/o " + pick(femaleFirstNames()) + u' ' + pick(surnames());
    if (chance(65))
        d.phone = QStringLiteral("07%1-%2").arg(QChar(u"02369"[below(5)])).arg(digits(7));
    if (chance(40)) {
        const QString suffix = chance(40) ? QString::number(below(100)) : QString();
        d.email = mailPart(first) + u'.' + mailPart(last) + suffix + u'@' + pick(mailDomains());
    }
    d.protectedIdentity = !d.identity.isEmpty() && below(1000) < 3;
    return d;
}

Debtor DemoDataGenerator::makeCompany()
{
    using namespace DemoWords;
    Debtor d;
    d.kind = DebtorKind::Organisation;
    d.identity = organisationsnummer();
    const QString trade = pick(trades());
    const QString surname = pick(surnames());
    const QString place = pick(placeWords()) + pick(placeEndings());
    switch (d.identity.at(0).unicode()) {
    case u'9':
        d.name
            = surname + u" & " + pick(surnames()) + u' ' + trade + (chance(70) ? u" HB" : u" KB");
        break;
    case u'7':
        d.name = u"Brf " + place.chopped(1); // "Björkdalens" → "Björkdalen"
        break;
    default:
        d.name = (chance(50) ? (surname.endsWith(u's') ? surname : surname + u's') : place) + u' '
            + trade + u" AB";
        break;
    }
    fillAddress(d);
    if (chance(80))
        d.phone = u"010-" + digits(7);
    if (chance(60))
        d.email = QStringLiteral("ekonomi@%1.%2").arg(mailPart(d.name), pick(mailDomains()));
    return d;
}

DemoDebtor DemoDataGenerator::debtorFor(int clientIndex)
{
    if (!m_recentDebtors.isEmpty() && below(12) == 0) {
        DemoDebtor again = m_recentDebtors.at(below(int(m_recentDebtors.size())));
        again.firstAppearance = false;
        return again;
    }
    const DemoWords::ClientProfile &profile = DemoWords::clientProfiles()[size_t(clientIndex)];
    DemoDebtor fresh;
    fresh.index = m_debtors++;
    fresh.firstAppearance = true;
    fresh.data = chance(profile.businessPercent) ? makeCompany() : makePerson(true);
    if (m_recentDebtors.size() < kRecentDebtors)
        m_recentDebtors.append(fresh);
    else
        m_recentDebtors[fresh.index % kRecentDebtors] = fresh;
    return fresh;
}

Money DemoDataGenerator::claimAmount(int clientIndex, bool business)
{
    const DemoWords::ClientProfile &profile = DemoWords::clientProfiles()[size_t(clientIndex)];
    int bucket = weighted(profile.amountWeights);
    if (business && profile.businessPercent < 50)
        bucket = qMin(bucket + 2, int(profile.amountWeights.size()) - 1);
    const auto bounds = DemoWords::amountBucketsKronor();
    const qint64 low = qint64(bounds[size_t(bucket)]) * 100;
    const qint64 high = qint64(bounds[size_t(bucket) + 1]) * 100;
    qint64 ore = low + qint64(m_rng.bounded(quint32(high - low)));
    if (chance(60))
        ore -= ore % 100; // most invoices are in whole kronor
    return Money::fromOre(ore);
}

void DemoDataGenerator::addClaims(DemoCase &c, QDate opened)
{
    const DemoWords::ClientProfile &profile = DemoWords::clientProfiles()[size_t(c.clientIndex)];
    const int roll = below(100);
    const int count = roll < 72 ? 1 : roll < 91 ? 2 : 3;
    const bool organisation = c.debtor.data.kind == DebtorKind::Organisation;
    const bool business = organisation || (profile.businessPercent >= 50 && chance(10));
    const QDate lastDue = opened.addDays(-(10 + below(35)));
    for (int i = 0; i < count; ++i) {
        Claim claim;
        // Several claims of a case are consecutive monthly invoices, oldest first.
        claim.dueDate = lastDue.addDays(-30 * (count - 1 - i));
        claim.invoiceDate = claim.dueDate.addDays(-profile.paymentTermsDays);
        if (chance(40))
            claim.contractDate = claim.invoiceDate.addDays(-(30 + below(900)));
        m_nextInvoice[c.clientIndex] += 1 + below(3);
        claim.invoiceNo = QString::fromUtf16(profile.invoicePrefix)
            + QString::number(m_nextInvoice.at(c.clientIndex));
        claim.originalAmount = claimAmount(c.clientIndex, business);
        claim.description = QString::fromUtf16(profile.descriptions[size_t(below(3))]);
        claim.debtorType = business ? DebtorType::Business : DebtorType::Consumer;
        claim.reminderFeeAgreed = !business && chance(profile.reminderFeePercent);
        if (business && chance(50)) {
            static constexpr int fixedRatesBp[] = {1000, 1200, 1500, 1800};
            claim.interestKind = InterestKind::Fixed;
            claim.fixedRate = Percentage::fromBasisPoints(fixedRatesBp[below(4)]);
            claim.interestMargin = Percentage();
        }
        claim.createdAt = stamp(opened);
        c.claims.append(claim);
    }
}

CaseStatus DemoDataGenerator::statusForAge(int days)
{
    using S = CaseStatus;
    struct Row
    {
        int maxAge;
        std::array<int, 10> weights; // in the order of CaseStatus
    };
    //                                    new rem col plan dis pau bf enf sur clo
    static constexpr Row rows[] = {
        {10, {{70, 30, 0, 0, 0, 0, 0, 0, 0, 0}}},
        {30, {{0, 45, 40, 0, 3, 2, 0, 0, 0, 10}}},
        {120, {{0, 0, 45, 12, 4, 4, 5, 0, 0, 30}}},
        {400, {{0, 0, 15, 15, 3, 3, 15, 10, 0, 39}}},
        {100000, {{0, 0, 5, 10, 2, 2, 5, 12, 20, 44}}},
    };
    for (const Row &row : rows) {
        if (days <= row.maxAge)
            return S(weighted(row.weights));
    }
    return S::Closed;
}

void DemoDataGenerator::addEvent(DemoCase &c, QDate on, const QString &type, const QString &text,
                                 bool toDebtor, int userIndex, const QString &ruleRef)
{
    DemoEvent e;
    e.event.occurredOn = on;
    e.event.createdAt = stamp(on);
    e.event.type = type;
    e.event.text = text;
    e.event.ruleRef = ruleRef;
    e.toDebtor = toDebtor;
    e.userIndex = userIndex;
    c.events.append(e);
}

DemoCase DemoDataGenerator::next()
{
    DemoCase c;
    c.number = m_generated++;
    const auto profiles = DemoWords::clientProfiles();
    c.clientIndex = weighted(clientWeights());
    c.debtor = debtorFor(c.clientIndex);
    if (c.debtor.data.kind == DebtorKind::Person && !c.debtor.data.identity.isEmpty()
        && chance(3)) {
        // A joint debtor: someone at the same address sharing the debt.
        DemoDebtor joint;
        joint.index = m_debtors++;
        joint.firstAppearance = true;
        joint.data = makePerson(false);
        joint.data.name
            = joint.data.name.section(u' ', 0, 0) + u' ' + c.debtor.data.name.section(u' ', -1);
        joint.data.address = c.debtor.data.address;
        joint.data.postalCode = c.debtor.data.postalCode;
        joint.data.city = c.debtor.data.city;
        joint.data.country = c.debtor.data.country;
        c.jointDebtor = joint;
    }

    const QDate opened = openingDate(c.number);
    c.caseData.openedOn = opened;
    c.caseData.createdAt = stamp(opened);
    if (c.debtor.firstAppearance)
        c.debtor.data.createdAt = c.caseData.createdAt;
    if (c.jointDebtor)
        c.jointDebtor->data.createdAt = c.caseData.createdAt;
    addClaims(c, opened);

    QList<Bucket> buckets;
    for (int i = 0; i < c.claims.size(); ++i) {
        const Claim &claim = c.claims.at(i);
        DemoLedgerLine line;
        line.claimIndex = i;
        line.entry.entryDate = opened;
        line.entry.kind = LedgerKind::Principal;
        line.entry.amount = claim.originalAmount;
        line.entry.reference = claim.invoiceNo;
        line.entry.createdAt = claim.createdAt;
        c.ledger.append(line);
        buckets.append({i, LedgerKind::Principal, {}, claim.originalAmount.ore()});
    }
    addEvent(c, opened, QStringLiteral("registered"),
             tr("Case registered with %n claim(s) from %1", nullptr, int(c.claims.size()))
                 .arg(QString::fromUtf16(profiles[size_t(c.clientIndex)].name)),
             false);
    addProcess(c, buckets);
    return c;
}

} // namespace Fordran
