#pragma once
// The one place where personal data that is stored encrypted becomes readable again: an
// inwoner's BSN and the IBANs of the beheerrekening and of the inwoner's own accounts. Each
// ciphertext is bound to its column (the associated data names it), so a value copied into
// another column does not decrypt. The FieldCipher (core/crypto) does the cryptography; this
// names the columns and parses what comes out. Callers are services: what they do with the
// plaintext (never logs, never audit details) is theirs to guard.

#include "crypto/FieldCipher.h"
#include "money/Bsn.h"
#include "money/Iban.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>
#include <QtCore/QVariant>

#include <optional>

namespace regie::services {

enum class VersleuteldVeld {
    InwonerBsn,          // inwoners.bsn_enc
    BeheerrekeningIban,  // beheerrekeningen.iban_enc
    EigenRekeningIban,   // eigen_rekeningen.iban_enc
};

class Persoonsgegevens {
public:
    explicit Persoonsgegevens(const crypto::FieldCipher &cipher) : cipher_(cipher) {}

    // The stored text as it was encrypted; nullopt for NULL, a wrong column, tampering or a
    // lost key. Export and rule checks take the text as stored.
    std::optional<QString> tekst(VersleuteldVeld veld, const QVariant &ciphertext) const;
    // The same, parsed: nullopt as above, and for a value that is no valid BSN or IBAN.
    std::optional<Bsn> bsn(const QVariant &ciphertext) const;
    std::optional<Iban> iban(VersleuteldVeld veld, const QVariant &ciphertext) const;

private:
    const crypto::FieldCipher &cipher_;
};

} // namespace regie::services
