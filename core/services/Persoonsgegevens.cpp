#include "services/Persoonsgegevens.h"

namespace regie::services {
namespace {

QByteArray kolom(VersleuteldVeld veld)
{
    switch (veld) {
    case VersleuteldVeld::InwonerBsn:
        return QByteArrayLiteral("inwoners.bsn");
    case VersleuteldVeld::BeheerrekeningIban:
        return QByteArrayLiteral("beheerrekeningen.iban");
    case VersleuteldVeld::EigenRekeningIban:
        return QByteArrayLiteral("eigen_rekeningen.iban");
    }
    return {};
}

} // namespace

std::optional<QString> Persoonsgegevens::tekst(VersleuteldVeld veld, const QVariant &ciphertext) const
{
    if (ciphertext.isNull())
        return std::nullopt;
    const std::optional<QByteArray> plain = cipher_.decrypt(ciphertext.toByteArray(), kolom(veld));
    if (!plain)
        return std::nullopt;
    return QString::fromUtf8(*plain);
}

std::optional<Bsn> Persoonsgegevens::bsn(const QVariant &ciphertext) const
{
    const std::optional<QString> text = tekst(VersleuteldVeld::InwonerBsn, ciphertext);
    return text ? Bsn::parse(*text) : std::nullopt;
}

std::optional<Iban> Persoonsgegevens::iban(VersleuteldVeld veld, const QVariant &ciphertext) const
{
    const std::optional<QString> text = tekst(veld, ciphertext);
    return text ? Iban::parse(*text) : std::nullopt;
}

} // namespace regie::services
