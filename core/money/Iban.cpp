#include "money/Iban.h"

#include "base/Assert.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>

namespace regie {
namespace {

// IBAN lengths for the SEPA countries Regie meets in practice (ISO 13616 registry).
int expectedLength(QStringView country)
{
    static const QHash<QString, int> lengths = {
        {QStringLiteral("NL"), 18}, {QStringLiteral("BE"), 16}, {QStringLiteral("DE"), 22},
        {QStringLiteral("LU"), 20}, {QStringLiteral("FR"), 27}, {QStringLiteral("ES"), 24},
        {QStringLiteral("IT"), 27}, {QStringLiteral("AT"), 20}, {QStringLiteral("PT"), 25},
        {QStringLiteral("IE"), 22}, {QStringLiteral("GB"), 22}, {QStringLiteral("PL"), 28},
        {QStringLiteral("DK"), 18}, {QStringLiteral("SE"), 24}, {QStringLiteral("FI"), 18},
        {QStringLiteral("CH"), 21}, {QStringLiteral("NO"), 15}, {QStringLiteral("GR"), 27},
        {QStringLiteral("TR"), 26}, {QStringLiteral("MA"), 28}, {QStringLiteral("HR"), 21},
        {QStringLiteral("RO"), 24}, {QStringLiteral("BG"), 22}, {QStringLiteral("CZ"), 24},
        {QStringLiteral("SK"), 24}, {QStringLiteral("HU"), 28}, {QStringLiteral("SI"), 19},
        {QStringLiteral("EE"), 20}, {QStringLiteral("LV"), 21}, {QStringLiteral("LT"), 20},
        {QStringLiteral("CY"), 28}, {QStringLiteral("MT"), 31}, {QStringLiteral("IS"), 26},
        {QStringLiteral("LI"), 21}, {QStringLiteral("MC"), 27}, {QStringLiteral("SM"), 27},
    };
    return lengths.value(country.toString(), 0);
}

// ISO 7064 mod 97-10 of an IBAN rearranged (BBAN first, then country code and check digits),
// digit by digit so no big integers; a letter counts as the two digits 10..35.
int mod97(QStringView rearranged)
{
    int remainder = 0;
    for (QChar c : rearranged) {
        const QChar upper = c.toUpper();
        if (upper >= u'0' && upper <= u'9') {
            remainder = (remainder * 10 + (upper.unicode() - u'0')) % 97;
        } else {
            REGIE_ASSERT(upper >= u'A' && upper <= u'Z');
            const int value = upper.unicode() - u'A' + 10; // two digits
            remainder = (remainder * 100 + value) % 97;
        }
    }
    return remainder;
}

bool checksumOk(const QString &iban)
{
    return mod97(QString(iban.mid(4) + iban.left(4))) == 1;
}

} // namespace

std::optional<Iban> Iban::parse(QStringView text, Error *error)
{
    auto fail = [error](Error e) -> std::optional<Iban> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    QString compact;
    compact.reserve(text.size());
    for (QChar c : text) {
        if (c == u' ' || c == u'\t' || c == u'\u00A0')
            continue;
        const QChar upper = c.toUpper();
        const bool ascii = (upper >= u'A' && upper <= u'Z') || (upper >= u'0' && upper <= u'9');
        if (!ascii)
            return fail(Error::BadCharacters);
        compact.append(upper);
    }
    if (compact.isEmpty())
        return fail(Error::Empty);
    if (compact.size() < 4 || !compact.at(0).isLetter() || !compact.at(1).isLetter()
        || !compact.at(2).isDigit() || !compact.at(3).isDigit())
        return fail(Error::BadCharacters);
    const int length = expectedLength(QStringView(compact).left(2));
    if (length == 0)
        return fail(Error::UnknownCountry);
    if (compact.size() != length)
        return fail(Error::WrongLength);
    if (!checksumOk(compact))
        return fail(Error::BadChecksum);
    if (error)
        *error = Error::None;
    return Iban(compact);
}

QString Iban::errorText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate("Iban", "Vul een rekeningnummer in.");
    case Error::BadCharacters:
    case Error::UnknownCountry:
    case Error::WrongLength:
        return QCoreApplication::translate(
            "Iban", "Dit is geen goed rekeningnummer. Een Nederlands nummer begint met NL en heeft 18 tekens.");
    case Error::BadChecksum:
        return QCoreApplication::translate(
            "Iban", "Dit rekeningnummer klopt niet. Kijk of je een cijfer verkeerd hebt getypt.");
    }
    return {};
}

QString Iban::withCheckDigits(QStringView countryCode, QStringView bban)
{
    const QString country = countryCode.toString().toUpper();
    const int check = 98 - mod97(QString(bban.toString() + country + QStringLiteral("00")));
    const QString iban = country + QStringLiteral("%1").arg(check, 2, 10, QLatin1Char('0')) + bban.toString().toUpper();
    REGIE_ASSERT(mod97(QString(iban.mid(4) + iban.left(4))) == 1);
    return iban;
}

QString Iban::formatted() const
{
    QString out;
    for (qsizetype i = 0; i < value_.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.append(u' ');
        out.append(value_.at(i));
    }
    return out;
}

QString Iban::masked() const
{
    QString out;
    const qsizetype visibleTail = 2;
    for (qsizetype i = 0; i < value_.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.append(u' ');
        const bool visible = i < 4 || i >= value_.size() - visibleTail;
        out.append(visible ? value_.at(i) : QChar(u'\u2022'));
    }
    return out;
}

} // namespace regie
