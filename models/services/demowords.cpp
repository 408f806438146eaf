#include "models/services/demowords.h"

namespace Fordran::DemoWords {

namespace {

// Amount weights per bucket: 200-400, -800, -1 600, -3 200, -6 400, -12 800, -25 600, -51 200,
// -102 400, -200 000 kr. Business claims are moved two buckets up by the generator.
constexpr ClientProfile kClients[] = {
    {.name = u"Norrsken Energi AB",
     .orgnrPayload = u"559201334",
     .bankgiroPayload = u"5312044",
     .address = u"Kraftverksvägen 4",
     .postalCode = u"90326",
     .city = u"Umeå",
     .termsRef = u"Allmänna avtalsvillkor för elhandel 2024, punkt 9",
     .invoicePrefix = u"EL",
     .invoiceStart = 4100000,
     .weight = 22,
     .businessPercent = 3,
     .reminderFeePercent = 85,
     .paymentTermsDays = 20,
     .amountWeights = {18, 26, 24, 16, 9, 4, 2, 1, 0, 0},
     .descriptions = {u"Elräkning", u"Elnätsavgift", u"Fjärrvärme"}},
    {.name = u"Fjällmobil Sverige AB",
     .orgnrPayload = u"559045671",
     .bankgiroPayload = u"5408812",
     .address = u"Telegatan 12",
     .postalCode = u"11130",
     .city = u"Stockholm",
     .termsRef = u"Abonnemangsvillkor privat 2023:2, avsnitt 7",
     .invoicePrefix = u"M",
     .invoiceStart = 78000000,
     .weight = 22,
     .businessPercent = 4,
     .reminderFeePercent = 90,
     .paymentTermsDays = 14,
     .amountWeights = {30, 30, 20, 12, 6, 2, 0, 0, 0, 0},
     .descriptions = {u"Mobilabonnemang", u"Mobiltelefon delbetalning", u"Surf i utlandet"}},
    {.name = u"Tryggma Försäkring AB",
     .orgnrPayload = u"556712908",
     .bankgiroPayload = u"5577301",
     .address = u"Riskgatan 1",
     .postalCode = u"41104",
     .city = u"Göteborg",
     .termsRef = u"Försäkringsvillkor 2024, avsnitt Premiebetalning",
     .invoicePrefix = u"P",
     .invoiceStart = 2250000,
     .weight = 14,
     .businessPercent = 5,
     .reminderFeePercent = 70,
     .paymentTermsDays = 30,
     .amountWeights = {6, 14, 22, 24, 18, 10, 5, 1, 0, 0},
     .descriptions = {u"Hemförsäkring", u"Bilförsäkring", u"Villaförsäkring"}},
    {.name = u"Kvarnby Bredband AB",
     .orgnrPayload = u"559312047",
     .bankgiroPayload = u"5650987",
     .address = u"Kvarnbyvägen 30",
     .postalCode = u"21232",
     .city = u"Malmö",
     .termsRef = u"Kundvillkor bredband och tv 2024, punkt 6.3",
     .invoicePrefix = u"KB",
     .invoiceStart = 310000,
     .weight = 14,
     .businessPercent = 2,
     .reminderFeePercent = 80,
     .paymentTermsDays = 20,
     .amountWeights = {24, 32, 24, 12, 6, 2, 0, 0, 0, 0},
     .descriptions = {u"Bredband 250/250", u"Tv-paket", u"Router och installation"}},
    {.name = u"Sjöstadens Tandvård AB",
     .orgnrPayload = u"556893215",
     .bankgiroPayload = u"5701239",
     .address = u"Hammarby allé 45",
     .postalCode = u"12065",
     .city = u"Stockholm",
     .termsRef = u"",
     .invoicePrefix = u"T",
     .invoiceStart = 52000,
     .weight = 10,
     .businessPercent = 0,
     .reminderFeePercent = 0,
     .paymentTermsDays = 30,
     .amountWeights = {4, 8, 16, 22, 22, 16, 8, 3, 1, 0},
     .descriptions = {u"Tandvård", u"Tandreglering", u"Implantatbehandling"}},
    {.name = u"Lindqvist & Berg Konsult AB",
     .orgnrPayload = u"559104482",
     .bankgiroPayload = u"5849017",
     .address = u"Kungsgatan 28",
     .postalCode = u"75321",
     .city = u"Uppsala",
     .termsRef = u"",
     .invoicePrefix = u"LB-",
     .invoiceStart = 10450,
     .weight = 8,
     .businessPercent = 80,
     .reminderFeePercent = 0,
     .paymentTermsDays = 30,
     .amountWeights = {2, 4, 8, 14, 18, 20, 16, 10, 6, 2},
     .descriptions = {u"Konsultarvode", u"Projektledning", u"Systemutveckling"}},
    {.name = u"Granitgruppen Byggvaror AB",
     .orgnrPayload = u"556477361",
     .bankgiroPayload = u"5910346",
     .address = u"Industrivägen 15",
     .postalCode = u"58273",
     .city = u"Linköping",
     .termsRef = u"",
     .invoicePrefix = u"GB",
     .invoiceStart = 880000,
     .weight = 10,
     .businessPercent = 70,
     .reminderFeePercent = 0,
     .paymentTermsDays = 30,
     .amountWeights = {4, 6, 10, 16, 20, 18, 12, 8, 4, 2},
     .descriptions = {u"Byggmaterial", u"Maskinhyra", u"Virke och skivmaterial"}},
};

constexpr int kAmountBuckets[]
    = {200, 400, 800, 1600, 3200, 6400, 12800, 25600, 51200, 102400, 200000};

constexpr const char16_t *kFemale[] = {
    u"Anna",      u"Eva",    u"Maria",   u"Karin",   u"Kristina", u"Lena",     u"Sara",
    u"Kerstin",   u"Emma",   u"Ingrid",  u"Malin",   u"Jenny",    u"Birgitta", u"Inger",
    u"Hanna",     u"Linda",  u"Annika",  u"Susanne", u"Elin",     u"Monica",   u"Johanna",
    u"Sofia",     u"Marie",  u"Ulla",    u"Camilla", u"Julia",    u"Ida",      u"Margareta",
    u"Elisabeth", u"Helena", u"Carina",  u"Therese", u"Åsa",      u"Linnéa",   u"Frida",
    u"Ebba",      u"Alice",  u"Maja",    u"Elsa",    u"Astrid",   u"Wilma",    u"Agnes",
    u"Klara",     u"Moa",    u"Matilda", u"Amanda",  u"Lisa",     u"Emelie",   u"Josefin",
    u"Caroline",  u"Sandra", u"Jessica", u"Petra",   u"Anneli",   u"Gunilla",  u"Britt",
    u"Agneta",    u"Siv",    u"Yvonne",  u"Louise",
};

constexpr const char16_t *kMale[] = {
    u"Lars",   u"Anders",  u"Johan",    u"Karl",      u"Per",     u"Erik",   u"Mikael", u"Peter",
    u"Jan",    u"Hans",    u"Thomas",   u"Daniel",    u"Fredrik", u"Stefan", u"Bengt",  u"Mats",
    u"Magnus", u"Andreas", u"Bo",       u"Alexander", u"Mattias", u"Jonas",  u"Martin", u"Niklas",
    u"Björn",  u"Marcus",  u"Oskar",    u"Lennart",   u"Henrik",  u"Kjell",  u"Göran",  u"Ulf",
    u"Sven",   u"Rickard", u"Christer", u"Viktor",    u"David",   u"Simon",  u"Emil",   u"Filip",
    u"Gustav", u"William", u"Lucas",    u"Elias",     u"Hugo",    u"Oliver", u"Axel",   u"Anton",
    u"Isak",   u"Ludvig",  u"Jesper",   u"Joakim",    u"Robert",  u"Tobias", u"Patrik", u"Roger",
    u"Leif",   u"Åke",     u"Olof",     u"Linus",
};

constexpr const char16_t *kSurnames[] = {
    u"Andersson",  u"Johansson",   u"Karlsson",    u"Nilsson",    u"Eriksson",   u"Larsson",
    u"Olsson",     u"Persson",     u"Svensson",    u"Gustafsson", u"Pettersson", u"Jonsson",
    u"Jansson",    u"Hansson",     u"Bengtsson",   u"Jönsson",    u"Lindberg",   u"Jakobsson",
    u"Magnusson",  u"Olofsson",    u"Lindström",   u"Lindqvist",  u"Lindgren",   u"Berg",
    u"Axelsson",   u"Bergström",   u"Lundberg",    u"Lind",       u"Lundgren",   u"Lundqvist",
    u"Mattsson",   u"Berglund",    u"Fredriksson", u"Sandberg",   u"Henriksson", u"Forsberg",
    u"Sjöberg",    u"Wallin",      u"Ali",         u"Engström",   u"Mohamed",    u"Eklund",
    u"Danielsson", u"Lundin",      u"Håkansson",   u"Björk",      u"Bergman",    u"Gunnarsson",
    u"Holm",       u"Wikström",    u"Samuelsson",  u"Isaksson",   u"Fransson",   u"Bergqvist",
    u"Nyström",    u"Holmberg",    u"Arvidsson",   u"Löfgren",    u"Söderberg",  u"Nyberg",
    u"Blomqvist",  u"Claesson",    u"Nordström",   u"Mårtensson", u"Lundström",  u"Ahmed",
    u"Viklund",    u"Björklund",   u"Eliasson",    u"Pålsson",    u"Hassan",     u"Berggren",
    u"Sandström",  u"Lund",        u"Nordin",      u"Ström",      u"Åberg",      u"Hermansson",
    u"Ekström",    u"Holmgren",    u"Sundberg",    u"Hedlund",    u"Dahlberg",   u"Hellström",
    u"Sjögren",    u"Abrahamsson", u"Falk",        u"Martinsson", u"Öberg",      u"Andreasson",
    u"Strömberg",  u"Månsson",     u"Åkesson",     u"Hansen",     u"Norberg",    u"Lindholm",
    u"Dahl",       u"Jonasson",    u"Ekberg",      u"Sundqvist",
};

constexpr const char16_t *kStreets[] = {
    u"Storgatan",     u"Drottninggatan", u"Kungsgatan",      u"Parkvägen",       u"Skolgatan",
    u"Järnvägsgatan", u"Kyrkogatan",     u"Nygatan",         u"Torggatan",       u"Björkvägen",
    u"Industrivägen", u"Ringvägen",      u"Södra vägen",     u"Norra vägen",     u"Ekvägen",
    u"Tallvägen",     u"Granvägen",      u"Lärkvägen",       u"Vasagatan",       u"Köpmangatan",
    u"Strandvägen",   u"Åsgatan",        u"Allégatan",       u"Hantverkargatan", u"Trädgårdsgatan",
    u"Stationsvägen", u"Lillgatan",      u"Backvägen",       u"Skogsvägen",      u"Ängsvägen",
    u"Sjövägen",      u"Bergsgatan",     u"Östra Långgatan", u"Västra vägen",    u"Prästgårdsgatan",
    u"Solvägen",      u"Rosenvägen",     u"Syrenvägen",      u"Linnégatan",      u"Mejerivägen",
    u"Smedjegatan",   u"Fabriksgatan",   u"Hamngatan",       u"Kvarngatan",      u"Lönnvägen",
    u"Videvägen",
};

constexpr Town kTowns[] = {
    {u"Stockholm", 111, 129, 100}, {u"Göteborg", 411, 427, 60},    {u"Malmö", 211, 218, 36},
    {u"Uppsala", 751, 757, 24},    {u"Västerås", 721, 725, 16},    {u"Örebro", 702, 703, 16},
    {u"Linköping", 582, 589, 16},  {u"Helsingborg", 252, 256, 15}, {u"Jönköping", 553, 556, 14},
    {u"Norrköping", 602, 603, 14}, {u"Lund", 222, 227, 12},        {u"Umeå", 903, 907, 13},
    {u"Gävle", 802, 806, 10},      {u"Borås", 503, 507, 10},       {u"Södertälje", 151, 152, 9},
    {u"Eskilstuna", 632, 635, 10}, {u"Halmstad", 302, 302, 10},    {u"Växjö", 352, 352, 9},
    {u"Karlstad", 652, 654, 9},    {u"Sundsvall", 852, 856, 9},    {u"Luleå", 972, 975, 8},
    {u"Östersund", 831, 831, 6},   {u"Trollhättan", 461, 461, 6},  {u"Kalmar", 392, 393, 7},
    {u"Falun", 791, 791, 6},       {u"Skövde", 541, 541, 5},       {u"Kristianstad", 291, 291, 7},
    {u"Visby", 621, 621, 4},       {u"Kiruna", 981, 981, 2},       {u"Ystad", 271, 271, 3},
};

constexpr const char16_t *kTrades[] = {
    u"Bygg",       u"Måleri",  u"Elinstallation", u"Transport", u"Städ",     u"Fastighetsservice",
    u"Restaurang", u"Frisör",  u"Redovisning",    u"Rör",       u"Trädgård", u"Åkeri",
    u"Data",       u"Konsult", u"Café",           u"Bageri",    u"Snickeri", u"Golv",
    u"Plåt",       u"Handel",  u"Bilverkstad",    u"Blommor",   u"Event",    u"Media",
};

constexpr const char16_t *kPlaceWords[] = {
    u"Björk", u"Ek",     u"Gran", u"Tall", u"Sjö", u"Ås",  u"Berg",  u"Norr", u"Söder", u"Väster",
    u"Öster", u"Strand", u"Äng",  u"Lind", u"Alm", u"Hav", u"Fjäll", u"Skog", u"Rön",   u"Al",
};

constexpr const char16_t *kPlaceEndings[] = {
    u"dalens",  u"bergs",  u"vikens",  u"backens", u"hagens",
    u"torpets", u"ängens", u"sundets", u"holmens",
};

constexpr const char16_t *kMailDomains[] = {u"example.com", u"example.net", u"example.org"};

} // namespace

std::span<const ClientProfile> clientProfiles()
{
    return kClients;
}
std::span<const int> amountBucketsKronor()
{
    return kAmountBuckets;
}
std::span<const char16_t *const> femaleFirstNames()
{
    return kFemale;
}
std::span<const char16_t *const> maleFirstNames()
{
    return kMale;
}
std::span<const char16_t *const> surnames()
{
    return kSurnames;
}
std::span<const char16_t *const> streets()
{
    return kStreets;
}
std::span<const Town> towns()
{
    return kTowns;
}
std::span<const char16_t *const> trades()
{
    return kTrades;
}
std::span<const char16_t *const> placeWords()
{
    return kPlaceWords;
}
std::span<const char16_t *const> placeEndings()
{
    return kPlaceEndings;
}
std::span<const char16_t *const> mailDomains()
{
    return kMailDomains;
}

} // namespace Fordran::DemoWords
