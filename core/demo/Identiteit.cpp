#include "demo/Identiteit.h"

#include "demo/Rng.h"
#include "money/Iban.h"

#include <QtCore/QList>

#include <numeric>

namespace regie::demo {
namespace {

// Common names from the many backgrounds of Utrecht's inhabitants. First and last names
// are drawn independently; names of well-known people were left out of both lists.
constexpr QStringView kVoornamen[] = {
    u"Sanne", u"Lotte", u"Fleur", u"Noor", u"Emma", u"Julia", u"Anouk", u"Marieke", u"Ingrid",
    u"Petra", u"Wilma", u"Annemiek", u"Karin", u"Yvonne", u"Esther", u"Bianca", u"Sandra",
    u"Monique", u"Miranda", u"Linda", u"Ria", u"Gerda", u"Henny", u"Fatima", u"Samira",
    u"Khadija", u"Naima", u"Yasmina", u"Hanan", u"Aylin", u"Elif", u"Zeynep", u"Büşra",
    u"Merve", u"Shanti", u"Sharon", u"Priscilla", u"Joyce", u"Ilse", u"Agnieszka", u"Katarzyna",
    u"Olena", u"Rama", u"Nour", u"Amal", u"Zoë", u"Chantal", u"Daan", u"Bram", u"Thijs",
    u"Ruben", u"Jeroen", u"Marco", u"Dennis", u"Patrick", u"Sander", u"Erik", u"Kees", u"Henk",
    u"Gerrit", u"Ronald", u"Richard", u"Wouter", u"Martijn", u"Bas", u"Mohamed", u"Youssef",
    u"Hamza", u"Bilal", u"Rachid", u"Mustafa", u"Mehmet", u"Emre", u"Kerem", u"Burak",
    u"Orlando", u"Dwayne", u"Romano", u"Marek", u"Piotr", u"Tomasz", u"Andrii", u"Omar",
    u"Ahmad", u"Tesfay", u"Kofi", u"Jan-Willem", u"Gijs", u"Rik", u"Stijn", u"Ayoub", u"Soufiane",
};

constexpr QStringView kAchternamen[] = {
    u"de Jong", u"Jansen", u"de Vries", u"van den Berg", u"van Dijk", u"Bakker", u"Janssen",
    u"Visser", u"Smit", u"Meijer", u"de Boer", u"Mulder", u"de Groot", u"Bos", u"Vos",
    u"Peters", u"Hendriks", u"van Leeuwen", u"Dekker", u"Brouwer", u"de Wit", u"Dijkstra",
    u"Smits", u"de Graaf", u"van der Meer", u"van der Linden", u"Jacobs", u"de Haan",
    u"Vermeulen", u"van den Heuvel", u"van der Veen", u"van den Broek", u"de Bruijn",
    u"van der Heijden", u"Schouten", u"van Beek", u"Willems", u"van Vliet", u"van de Ven",
    u"Hoekstra", u"Maas", u"Verhoeven", u"Koster", u"van Dam", u"van der Wal", u"Prins",
    u"Blom", u"Huisman", u"de Lange", u"Kuipers", u"van Wijk", u"Post", u"Veenstra",
    u"Kramer", u"van den Brink", u"Scholten", u"Timmer", u"Bosman", u"El Amrani", u"Bouzid",
    u"Benali", u"El Idrissi", u"Ouali", u"Azzouzi", u"Haddou", u"Yilmaz", u"Kaya", u"Demir",
    u"Şahin", u"Çelik", u"Yıldız", u"Öztürk", u"Aydın", u"Doğan", u"Kowalski", u"Nowak",
    u"Wiśniewska", u"Kowalczyk", u"Mahabier", u"Ramdin", u"Sewdien", u"Jagesar", u"Pinas",
    u"Hosseini", u"Al-Hassan", u"Haile", u"Tesfamariam", u"Mensah", u"Osei", u"Kovalenko",
    u"Bondarenko", u"da Silva", u"Pereira", u"Rodrigues", u"Veldhuis", u"Groenewegen",
};

// Real Dutch bank codes, so IBANs look like the ones on an inwoner's own bank card.
constexpr QStringView kBanken[] = {u"INGB", u"RABO", u"ABNA", u"SNSB", u"ASNB",
                                   u"TRIO", u"KNAB", u"BUNQ", u"RBRB"};

constexpr int kBsnVrijeCijfers = 100'000; // d4..d8 after the fixed 999

int bsnControlecijfer(int vrij)
{
    int digits[8] = {9, 9, 9, 0, 0, 0, 0, 0};
    for (int i = 7; i >= 3; --i) {
        digits[i] = vrij % 10;
        vrij /= 10;
    }
    int som = 0;
    for (int i = 0; i < 8; ++i)
        som += (9 - i) * digits[i];
    return som % 11; // 10 means: no digit makes this number pass
}

const QList<int> &geldigeBsnNummers()
{
    static const QList<int> lijst = [] {
        QList<int> l;
        l.reserve(kBsnVrijeCijfers);
        for (int vrij = 0; vrij < kBsnVrijeCijfers; ++vrij) {
            if (bsnControlecijfer(vrij) <= 9)
                l.append(vrij);
        }
        return l;
    }();
    return lijst;
}

// a*index + b modulo m with gcd(a, m) = 1: a bijection on [0, m) chosen by the seed.
qint64 affien(quint64 seed, quint64 stroom, qint64 index, qint64 m)
{
    Rng rng = Rng::voor(seed, stroom, 0);
    qint64 a = rng.bereik(qint64{1}, m - 1);
    for (int poging = 0; std::gcd(a, m) != 1 && poging < 1000; ++poging)
        a = (a % (m - 1)) + 1;
    const qint64 b = rng.bereik(qint64{0}, m - 1);
    // m is at most 10^7 and index below 10^5, so the product stays far inside 64 bits.
    return (a * index + b) % m;
}

} // namespace

int aantalTestBsns() { return static_cast<int>(geldigeBsnNummers().size()); }

QString testBsn(quint64 seed, int index)
{
    const QList<int> &geldig = geldigeBsnNummers();
    const qint64 positie = affien(seed, 0xB5, index, geldig.size());
    const int vrij = geldig.at(static_cast<qsizetype>(positie));
    return QStringLiteral("999%1%2").arg(vrij, 5, 10, QLatin1Char('0')).arg(bsnControlecijfer(vrij));
}

QString maakIban(QStringView bankCode, QStringView rekeningnummer)
{
    return Iban::withCheckDigits(u"NL", QString(bankCode.toString() + rekeningnummer));
}

QString testRekeningnummer(quint64 seed, int soort, int index)
{
    constexpr qint64 kRuimte = 10'000'000;
    const qint64 kern = affien(seed, 0x1BA + static_cast<quint64>(soort), index, kRuimte);
    QString cijfers = QString::number(qBound(0, soort, 9)) + QStringLiteral("%1").arg(kern, 7, 10, QLatin1Char('0'));
    int som = 0;
    for (int i = 0; i < 8; ++i)
        som += (10 - i) * (cijfers.at(i).unicode() - u'0');
    // Digit 9 weighs 2, so of the ten choices at most one leaves no valid last digit.
    for (int stap = 0; stap < 10; ++stap) {
        const int negen = (index + stap) % 10;
        const int tien = (11 - (som + 2 * negen) % 11) % 11;
        if (tien <= 9)
            return cijfers + QString::number(negen) + QString::number(tien);
    }
    Q_UNREACHABLE();
    return {};
}

QStringView bankVoorIndex(int index)
{
    constexpr int aantal = static_cast<int>(std::size(kBanken));
    return kBanken[static_cast<std::size_t>(((index % aantal) + aantal) % aantal)];
}

Naam kiesNaam(Rng &rng)
{
    return Naam{rng.kies(kVoornamen).toString(), rng.kies(kAchternamen).toString()};
}

QString alsAscii(QStringView tekst)
{
    QString uit;
    const QString ontleed = tekst.toString().normalized(QString::NormalizationForm_D);
    for (QChar c : ontleed) {
        if (c == u'ı')
            c = u'i';
        else if (c == u'ł')
            c = u'l';
        if (c.unicode() < 128 && c.isLetterOrNumber())
            uit.append(c.toLower());
    }
    return uit;
}

} // namespace regie::demo
