#pragma once
// An IBAN, validated by length per country and the ISO 13616 mod-97 check.
// Stored in electronic form ("NL91ABNA0417164300"); shown in groups of four.
// An Iban is personal data: it is never written to a log.

#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace regie {

class Iban {
public:
    enum class Error { None, Empty, BadCharacters, UnknownCountry, WrongLength, BadChecksum };

    // Accepts spaces and lower case as people type them: "nl91 abna 0417 1643 00".
    static std::optional<Iban> parse(QStringView text, Error *error = nullptr);
    static bool isValid(QStringView text); // parse() without building the result: no allocation
    // Both are valid IBANs of the same account, however typed; no allocation.
    static bool sameAccount(QStringView a, QStringView b);
    static QString errorText(Error error); // B1 Dutch, translatable

    // The electronic IBAN for an account: the country code, the check digits ISO 13616
    // computes for it, then the BBAN ("NL", "ABNA0417164300" -> "NL91ABNA0417164300"). For
    // generators of test and demo accounts; `bban` holds ASCII letters and digits only.
    static QString withCheckDigits(QStringView countryCode, QStringView bban);

    const QString &electronic() const { return value_; } // "NL91ABNA0417164300"
    QString formatted() const;                          // "NL91 ABNA 0417 1643 00"
    QString masked() const;                             // "NL91 •••• •••• •••• 00" for screens
    QString countryCode() const { return value_.left(2); }

    bool operator==(const Iban &other) const = default;

private:
    explicit Iban(QString electronic) : value_(std::move(electronic)) {}
    QString value_;
};

} // namespace regie
