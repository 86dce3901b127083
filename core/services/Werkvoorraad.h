#pragma once
// Staff-only reading: the medewerker's queue with filters, sorting and paging done in SQL,
// the caseload list, and the teamleider's management figures (open requests, handling time,
// decisions per reason). Everything is filtered by auth::leesbareInwonersSql, so a
// medewerker never loads a row of an inwoner outside their caseload.
//
// The rows are lighter than Opnames::VerzoekView (no beoordeling JSON, no besluit list):
// the desktop loads thousands of them.

#include "domain/Domain.h"
#include "money/Money.h"
#include "services/ServiceContext.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace regie::services {

enum class WerkvoorraadSortering { Oudste, Nieuwste, BedragHoog, BedragLaag, Reservering, Inwoner };
QString toCode(WerkvoorraadSortering sortering); // "oudste", "-oudste" is Nieuwste, ...
std::optional<WerkvoorraadSortering> werkvoorraadSorteringFromCode(QStringView code);

struct WerkvoorraadVraag {
    // A payout that did not work (niet_gelukt) is in the queue by default: the medewerker
    // must contact the inwoner about it.
    QList<VerzoekStatus> statussen{VerzoekStatus::WachtOpAkkoord, VerzoekStatus::WachtOpTweedeAkkoord,
                                   VerzoekStatus::NietGelukt};
    std::optional<qint64> medewerkerId;      // only inwoners in this medewerker's caseload
    QString reservering;                     // part of the reservering's name, at most 100 chars
    std::optional<int> minimumWachtUren;     // waiting at least this long
    std::optional<qint64> inwonerId;
    WerkvoorraadSortering sortering = WerkvoorraadSortering::Oudste;
    int limit = 100;                         // 1..kMaxLimit
    int offset = 0;

    static constexpr int kMaxLimit = 10000;
    static constexpr int kMaxStatussen = 9;
};

struct WerkvoorraadRegel {
    QString publicId;
    QString inwonerPseudonym;
    QString inwonerNaam;
    qint64 reserveringId = 0;
    QString reserveringNaam;
    Money bedrag;
    VerzoekStatus status = VerzoekStatus::WachtOpAkkoord;
    QString uitkomst;                        // rules::Uitkomst code of the evaluation
    QDateTime verstuurd;
    qint64 wachtMinuten = 0;                 // since verstuurd, at the service's clock
    int doelUren = 48;                       // the team's target handling time
    bool vierOgen = false;
    bool gesignaleerd = false;
    std::optional<qint64> eersteAkkoordDoor; // four eyes: who approved first
    QString eersteAkkoordNaam;
};

struct WerkvoorraadPagina {
    QList<WerkvoorraadRegel> regels;
    int totaal = 0;
};

struct InwonerRegel {
    QString pseudonym;
    QString naam;
    QString vormCode;
    QString teamNaam;
    QString status;
    int openVerzoeken = 0;
};

struct InwonerVraag {
    QString zoek;        // part of the name, at most 100 chars
    int limit = 100;     // 1..1000
    int offset = 0;
};

struct InwonerPagina {
    QList<InwonerRegel> inwoners;
    int totaal = 0;
};

// Management figures over [van, tot).
struct RedenTelling {
    QString redenCode;   // empty for an approval without a reason
    bool akkoord = false;
    int aantal = 0;
};

struct WerkvoorraadRapport {
    QDateTime van, tot;
    int openVerzoeken = 0;          // waiting now
    int openBovenDoel = 0;          // of those, waiting longer than the team's target
    int besluitenAkkoord = 0;       // decisions (besluiten rows) in the period
    int besluitenWeigering = 0;
    int afgehandeld = 0;            // requests finished by a medewerker in the period
    qint64 gemiddeldeBehandelMinuten = 0; // verstuurd -> afgerond, over `afgehandeld`
    QList<RedenTelling> perReden;
};

class Werkvoorraad {
public:
    explicit Werkvoorraad(ServiceContext &context);

    Result<WerkvoorraadPagina> lijst(const Actor &actor, const WerkvoorraadVraag &vraag);
    Result<InwonerPagina> inwoners(const Actor &actor, const InwonerVraag &vraag);
    // Teamleider: figures for their team.
    Result<WerkvoorraadRapport> rapport(const Actor &actor, const QDateTime &van, const QDateTime &tot);

    // The internal id for a pseudonym the actor may read; NotFound otherwise (no audit:
    // the read that follows is audited by the service that does it).
    Result<qint64> inwonerId(const Actor &actor, const QString &pseudonym);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
