#pragma once
// Fictional identities: test BSNs, Dutch IBANs with real bank codes, and names. Each
// number is a bijection of (seed, index), so numbers never repeat within a data set and
// no list of issued numbers has to be kept.

#include <QtCore/QString>
#include <QtCore/QStringView>
#include <QtCore/QtGlobal>

namespace regie::demo {

// A BSN in the 999 range that the BRP uses for test persons, passing the 11-proef.
// Distinct for distinct index in [0, aantalTestBsns()).
QString testBsn(quint64 seed, int index);
int aantalTestBsns();

// "NL" IBAN from a four-letter bank code and a ten-digit account number, with the
// ISO 13616 check digits (Iban::withCheckDigits).
QString maakIban(QStringView bankCode, QStringView rekeningnummer);

// Ten-digit account number passing the old Dutch bank 11-proef (weights 10..1). soort
// (0..9) is the first digit, so accounts of different kinds never coincide; distinct for
// distinct index below 10^7.
QString testRekeningnummer(quint64 seed, int soort, int index);

// The banks inwoners have their own account at (real bank codes).
QStringView bankVoorIndex(int index);
inline constexpr QStringView kBeheerBank{u"BNGH"}; // where the municipality holds beheerrekeningen

struct Naam {
    QString voornaam, achternaam; // achternaam with tussenvoegsel: "de Vries"
};
class Rng;
Naam kiesNaam(Rng &rng);
// Lower-case ASCII for e-mail addresses and user names: "Çelik" -> "celik".
QString alsAscii(QStringView tekst);

} // namespace regie::demo
