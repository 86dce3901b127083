#pragma once
// The engine's answer: an outcome and every rule that fired, each with the values it
// compared, so the inwoner page, the medewerker's queue and the audit trail show the same
// reasons. Serialised to JSON with money as integer cents only.

#include "money/Money.h"
#include "rules/Afspraak.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace regie::rules {

// Reason codes. Their order in Beoordeling::redenen is the order of this list.
namespace code {
inline constexpr char kModusNietToegestaan[] = "MODUS_NIET_TOEGESTAAN";
inline constexpr char kReserveringGebonden[] = "RESERVERING_GEBONDEN";
inline constexpr char kReserveringInactief[] = "RESERVERING_INACTIEF";
inline constexpr char kAfspraakNietGeldig[] = "AFSPRAAK_NIET_GELDIG";
inline constexpr char kIbanNietEigen[] = "IBAN_NIET_EIGEN";
inline constexpr char kSaldoTeLaag[] = "SALDO_TE_LAAG";
inline constexpr char kMinimumSaldo[] = "MINIMUM_SALDO";
inline constexpr char kModusNaAkkoord[] = "MODUS_NA_AKKOORD";
inline constexpr char kMaxPerOpname[] = "MAX_PER_OPNAME";
inline constexpr char kMaxPerWeekBedrag[] = "MAX_PER_WEEK_BEDRAG";
inline constexpr char kMaxPerWeekAantal[] = "MAX_PER_WEEK_AANTAL";
inline constexpr char kMaxPerMaandBedrag[] = "MAX_PER_MAAND_BEDRAG";
inline constexpr char kMaxPerMaandAantal[] = "MAX_PER_MAAND_AANTAL";
} // namespace code

struct Reden {
    QString code;     // stable machine code, see regie::rules::code
    Uitkomst effect = Uitkomst::NaAkkoord; // what this reason alone would lead to
    QString regel;    // the Afspraak/Context field that fired, e.g. "maxPerOpname"
    std::optional<Money> gevraagdBedrag, grensBedrag;
    std::optional<int> gevraagdAantal, grensAantal;

    QString tekst() const;           // B1 Dutch for the inwoner
    QString tekstMedewerker() const; // precise Dutch for staff, with the values compared
    QJsonObject toJson() const;
    static std::optional<Reden> fromJson(const QJsonObject &object);
    bool operator==(const Reden &) const = default;
};

struct Beoordeling {
    Uitkomst uitkomst = Uitkomst::NietToegestaan;
    QList<Reden> redenen; // every rule that fired, in the order of regie::rules::code
    qint64 afspraakId = 0;
    int afspraakVersie = 0;
    // What was judged, so a stored Beoordeling explains itself without the request.
    qint64 reserveringId = 0;
    Money bedrag;
    QDateTime moment; // UTC

    // The reasons that decided the outcome (effect == uitkomst): what an inwoner is shown.
    QList<Reden> beslissendeRedenen() const;
    QString samenvatting() const; // one B1 sentence (or two) for the outcome

    // Keys are sorted by QJsonObject, so equal values give byte-identical JSON.
    QJsonObject toJson() const;
    // Rejects anything that evaluate() could not have produced: unknown codes or
    // outcomes, fractional numbers, an outcome that is not the strongest reason's effect.
    static std::optional<Beoordeling> fromJson(const QJsonObject &object);
    bool operator==(const Beoordeling &) const = default;
};

// Precedence of effects: NietToegestaan > OnvoldoendeSaldo > NaAkkoord > Vrij.
int gewicht(Uitkomst uitkomst);

} // namespace regie::rules
