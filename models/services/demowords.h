#pragma once

// The word lists of the demo data (DemoDataGenerator): common Swedish first names and surnames,
// street names, towns with their postal-code ranges, trades for company names and the invoice
// descriptions of the demo clients. Every person and company made from them is fictional.

#include <QStringView>

#include <array>
#include <span>

namespace Fordran::DemoWords {

/*! A town and the first three digits of its postal codes (first3From–first3To); weight ~ size. */
struct Town
{
    const char16_t *name;
    int first3From;
    int first3To;
    int weight;
};

/*!
 * A demo client (uppdragsgivare): fixed identity digits without their check digits (added with
 * Luhn), what it sells and how its claims look.
 */
struct ClientProfile
{
    const char16_t *name;
    const char16_t *orgnrPayload; //!< 9 digits; the 10th is the Luhn check digit
    const char16_t *bankgiroPayload; //!< 7 digits; the 8th is the Luhn check digit
    const char16_t *address;
    const char16_t *postalCode;
    const char16_t *city;
    const char16_t *termsRef; //!< where its terms allow reminder fees; empty: they do not
    const char16_t *invoicePrefix;
    int invoiceStart;
    int weight; //!< share of the cases
    int businessPercent; //!< debtors that are companies
    int reminderFeePercent; //!< claims with an agreed reminder fee
    int paymentTermsDays;
    std::array<int, 10> amountWeights; //!< over amountBucketsKronor()
    std::array<const char16_t *, 3> descriptions;
};

std::span<const ClientProfile> clientProfiles();
/*! 11 bounds in kronor of the amount buckets, 200 … 200 000, roughly doubling. */
std::span<const int> amountBucketsKronor();

std::span<const char16_t *const> femaleFirstNames();
std::span<const char16_t *const> maleFirstNames();
std::span<const char16_t *const> surnames();
std::span<const char16_t *const> streets();
std::span<const Town> towns();
/*! "Bygg", "Måleri", …: the trade in a company name. */
std::span<const char16_t *const> trades();
/*! "Björk", "Sjö", …: the first part of a company name ("Björkdalens Bygg AB"). */
std::span<const char16_t *const> placeWords();
/*! "dalens", "bergs", …: the second part of a place word. */
std::span<const char16_t *const> placeEndings();
/*! Mail domains reserved for examples (RFC 2606), so no demo address reaches anyone. */
std::span<const char16_t *const> mailDomains();

} // namespace Fordran::DemoWords
