#pragma once
// The inputs of the maatwerk rule engine: one version of an inwoner's arrangements
// (Afspraak), the request (Verzoek) and the facts at the moment of evaluation (Context).
// Plain values, no behaviour: the engine in RuleEngine.h is the only interpreter.

#include "domain/Domain.h"
#include "money/Money.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QStringView>

#include <optional>

namespace regie::rules {

enum class Modus { Vrij, NaAkkoord, NietToegestaan };
enum class Uitkomst { Vrij, NaAkkoord, NietToegestaan, OnvoldoendeSaldo };
// Where an afspraak was set. A specific arrangement beats a general one.
enum class Scope { Reservering, Inwoner, Vorm };

// Bounds on what the engine accepts, so every loop and sum has a known ceiling.
inline constexpr int kMaxAantalGrens = 1000;        // per week/month count limits
inline constexpr int kMaxEerdereOpnames = 10'000;   // rows in Context::eerdereOpnames
inline constexpr int kMaxEigenIbans = 100;          // rows in Context::eigenIbans
inline constexpr int kMaxKandidaten = 10'000;       // afspraken passed to kiesGeldende

struct Afspraak {
    qint64 id = 0;
    int versie = 1;
    Scope scope = Scope::Vorm;
    std::optional<qint64> reserveringId;   // set iff scope == Reservering
    Modus modus = Modus::NaAkkoord;
    std::optional<Money> maxPerOpname;     // above: NaAkkoord
    std::optional<Money> maxPerWeekBedrag; // this ISO week's opnames incl. this one
    std::optional<int> maxPerWeekAantal;   // count incl. this one
    std::optional<Money> maxPerMaandBedrag;
    std::optional<int> maxPerMaandAantal;
    Money minimumSaldo;                    // must stay in the reservering afterwards
    bool alleenEigenIban = true;           // destination must be a verified own IBAN
    QDate ingangsdatum;                    // first day it applies (inclusive)
    std::optional<QDate> geldigTot;        // last day it applies (inclusive)
};

// An opname from the same reservering that was executed or still waits for approval:
// both use up the week and month limits, otherwise a pending request plus a new one
// could pass a limit together.
struct EerdereOpname {
    QDateTime moment;
    Money bedrag;
};

struct Verzoek {
    qint64 reserveringId = 0;
    Money bedrag;
    QString doelIban; // electronic form; spaces and lower case are tolerated
};

struct Context {
    QDateTime nu; // the moment of evaluation; weeks and months are taken in Amsterdam time
    qint64 reserveringId = 0; // must equal Verzoek::reserveringId
    ReserveringSoort soort = ReserveringSoort::VrijBesteedbaar;
    bool reserveringActief = true;
    Money beschikbaar; // available = posted - pending, of this reservering
    QList<EerdereOpname> eerdereOpnames; // at least those since vensterBegin(nu)
    QStringList eigenIbans;              // the inwoner's verified IBANs
};

// Stable machine codes, as stored in JSON and the database.
QString toString(Modus modus);     // "vrij", "na_akkoord", "niet_toegestaan"
QString toString(Uitkomst uitkomst); // the same plus "onvoldoende_saldo"
QString toString(Scope scope);     // "reservering", "inwoner", "vorm"
std::optional<Modus> modusFromString(QStringView text);
std::optional<Uitkomst> uitkomstFromString(QStringView text);
std::optional<Scope> scopeFromString(QStringView text);

} // namespace regie::rules
