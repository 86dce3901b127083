#pragma once
// A burgerservicenummer: nine digits passing the 11-proef. Personal data of the highest
// sensitivity: encrypted at rest, never logged, looked up only through a keyed hash.

#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace regie {

class Bsn {
public:
    // Accepts 8 or 9 digits (an 8-digit BSN has a leading zero), with spaces or dots.
    static std::optional<Bsn> parse(QStringView text);
    static bool isValid(QStringView text) { return parse(text).has_value(); }
    // The 11-proef on exactly nine digits: 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 ≡ 0 (mod 11).
    static bool elevenProof(QStringView nineDigits);

    const QString &digits() const { return digits_; } // always nine digits
    QString masked() const { return QStringLiteral("•••••") + digits_.right(4); }

    bool operator==(const Bsn &other) const = default;

private:
    explicit Bsn(QString digits) : digits_(std::move(digits)) {}
    QString digits_;
};

} // namespace regie
