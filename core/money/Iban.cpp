#include "money/Iban.h"

#include "base/Assert.h"

#include <QtCore/QCoreApplication>

namespace regie {
namespace {

// IBAN lengths for the SEPA countries Regie meets in practice (ISO 13616 registry). A
// plain table instead of a hash of strings: the rule engine checks several IBANs per
// evaluation, and that must not allocate.
struct Land {
    char16_t a, b;
    int lengte;
};
constexpr Land kLanden[] = {
    {u'N', u'L', 18}, {u'B', u'E', 16}, {u'D', u'E', 22}, {u'L', u'U', 20}, {u'F', u'R', 27}, {u'E', u'S', 24},
    {u'I', u'T', 27}, {u'A', u'T', 20}, {u'P', u'T', 25}, {u'I', u'E', 22}, {u'G', u'B', 22}, {u'P', u'L', 28},
    {u'D', u'K', 18}, {u'S', u'E', 24}, {u'F', u'I', 18}, {u'C', u'H', 21}, {u'N', u'O', 15}, {u'G', u'R', 27},
    {u'T', u'R', 26}, {u'M', u'A', 28}, {u'H', u'R', 21}, {u'R', u'O', 24}, {u'B', u'G', 22}, {u'C', u'Z', 24},
    {u'S', u'K', 24}, {u'H', u'U', 28}, {u'S', u'I', 19}, {u'E', u'E', 20}, {u'L', u'V', 21}, {u'L', u'T', 20},
    {u'C', u'Y', 28}, {u'M', u'T', 31}, {u'I', u'S', 26}, {u'L', u'I', 21}, {u'M', u'C', 27}, {u'S', u'M', 27},
};

int expectedLength(char16_t a, char16_t b)
{
    for (const Land &land : kLanden) {
        if (land.a == a && land.b == b)
            return land.lengte;
    }
    return 0;
}

// QChar::toUpper() with the ASCII case inline, where every IBAN character is; other
// characters still take Qt's Unicode tables (some, like U+0131, upper-case to ASCII).
QChar hoofdletter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') ? QChar(char16_t(u - (u'a' - u'A'))) : c;
    return c.toUpper();
}

// ISO 7064 mod 97-10 step, digit by digit so no big integers; a letter counts as the two
// digits 10..35.
int mod97Stap(int remainder, QChar c)
{
    const QChar upper = hoofdletter(c);
    if (upper >= u'0' && upper <= u'9')
        return (remainder * 10 + (upper.unicode() - u'0')) % 97;
    REGIE_ASSERT(upper >= u'A' && upper <= u'Z');
    return (remainder * 100 + (upper.unicode() - u'A' + 10)) % 97;
}

// mod 97-10 of an IBAN rearranged (BBAN first, then country code and check digits).
int mod97(QStringView rearranged)
{
    int remainder = 0;
    for (QChar c : rearranged)
        remainder = mod97Stap(remainder, c);
    return remainder;
}

// The longest IBAN in the registry has 34 characters.
constexpr qsizetype kMaxIban = 34;

// The electronic form of `text` in a fixed buffer, checked; `lengte` is the number of
// characters, also when they did not all fit (the length check then refuses it).
Iban::Error normaliseer(QStringView text, char16_t (&buffer)[kMaxIban], qsizetype &lengte)
{
    lengte = 0;
    for (QChar c : text) {
        if (c == u' ' || c == u'\t' || c == u'\u00A0')
            continue;
        const QChar upper = hoofdletter(c);
        const bool ascii = (upper >= u'A' && upper <= u'Z') || (upper >= u'0' && upper <= u'9');
        if (!ascii)
            return Iban::Error::BadCharacters;
        if (lengte < kMaxIban)
            buffer[lengte] = upper.unicode();
        ++lengte;
    }
    if (lengte == 0)
        return Iban::Error::Empty;
    const auto letter = [&](int i) { return buffer[i] >= u'A' && buffer[i] <= u'Z'; };
    const auto cijfer = [&](int i) { return buffer[i] >= u'0' && buffer[i] <= u'9'; };
    if (lengte < 4 || !letter(0) || !letter(1) || !cijfer(2) || !cijfer(3))
        return Iban::Error::BadCharacters;
    const int verwacht = expectedLength(buffer[0], buffer[1]);
    if (verwacht == 0)
        return Iban::Error::UnknownCountry;
    if (lengte != verwacht)
        return Iban::Error::WrongLength;
    const QStringView iban(buffer, lengte);
    int rest = mod97(iban.mid(4));
    for (QChar c : iban.left(4))
        rest = mod97Stap(rest, c);
    return rest == 1 ? Iban::Error::None : Iban::Error::BadChecksum;
}

} // namespace

std::optional<Iban> Iban::parse(QStringView text, Error *error)
{
    char16_t buffer[kMaxIban];
    qsizetype lengte = 0;
    const Error e = normaliseer(text, buffer, lengte);
    if (error)
        *error = e;
    if (e != Error::None)
        return std::nullopt;
    return Iban(QStringView(buffer, lengte).toString());
}

bool Iban::isValid(QStringView text)
{
    char16_t buffer[kMaxIban];
    qsizetype lengte = 0;
    return normaliseer(text, buffer, lengte) == Error::None;
}

bool Iban::sameAccount(QStringView a, QStringView b)
{
    char16_t bufferA[kMaxIban], bufferB[kMaxIban];
    qsizetype lengteA = 0, lengteB = 0;
    return normaliseer(a, bufferA, lengteA) == Error::None && normaliseer(b, bufferB, lengteB) == Error::None
           && QStringView(bufferA, lengteA) == QStringView(bufferB, lengteB);
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
