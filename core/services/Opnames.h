#pragma once
// The opnameverzoek lifecycle of UC-SHV-001, the only writer of verzoeken:
//
//   maakConcept  -> concept with a preview of the outcome ("Wil je dit verzoek versturen?")
//   annuleer     -> geannuleerd                        (the inwoner said Nee)
//   bevestig     -> evaluated again under the write lock:
//                   Vrij             -> uitgevoerd      (posted, payout in the outbox)
//                   NaAkkoord        -> wacht_op_akkoord (hold, zaak, medewerker notified)
//                   NietToegestaan   -> afgewezen       (standard explanation)
//                   OnvoldoendeSaldo -> afgewezen       (explanation + options, A1)
//   beslis       -> akkoord: uitgevoerd (hold posted), or wacht_op_tweede_akkoord when the
//                   amount needs four eyes; weigering: geweigerd (hold voided)
//   trekIn       -> ingetrokken (hold voided)          (the inwoner changed their mind)
//   verwerkWachtende -> verlopen after too long; flagged to the team before that
//
// Opnames owns the lifecycle; services::Koppelingen only records what outside systems did
// with a request (zaak_url, external references).
// Every transition is one database transaction holding the state change, the ledger
// transfer, the audit event, the meldingen and the outbox messages.

#include "domain/Domain.h"
#include "money/Money.h"
#include "rules/Beoordeling.h"
#include "services/ServiceContext.h"

#include <QtCore/QDate>
#include <QtCore/QList>

namespace regie::services {

struct OpnameInvoer {
    qint64 reserveringId = 0;
    QString bedragTekst;             // as typed ("12,50"); parsed with Money::parseDutch
    std::optional<Money> bedrag;     // or already parsed (API)
    QString toelichting;             // optional reason from the inwoner, at most 500 chars
    std::optional<qint64> eigenRekeningId; // default: the inwoner's first verified account
    QString idempotencyKey;          // from the form; a double submit returns the same concept
    // Use case A1 caught on the amount form: when the potje does not hold the amount, the
    // request is stored as refused at once (with its reasons, audited, processed in Allegro
    // and the zaaksysteem) instead of becoming a concept. Any other outcome is a concept.
    bool afwijzenBijTekort = false;
};

struct BesluitInvoer {
    bool akkoord = false;
    QString redenCode;               // from the reason catalogue; required for a weigering
    QString extraToelichting;        // optional note, at most 1000 chars
};

struct BesluitView {
    QString medewerkerNaam;
    bool akkoord = false;
    QString redenCode, redenTekstB1, extraToelichting;
    int stap = 1;
    QDateTime moment;
};

struct Contact {
    QString teamNaam, telefoon, email;
};

struct VerzoekView {
    QString publicId;
    qint64 id = 0;
    qint64 inwonerId = 0;
    QString inwonerPseudonym;
    QString inwonerNaam;             // for staff screens only
    qint64 reserveringId = 0;
    QString reserveringNaam;
    Money bedrag;
    QString toelichting;
    QString rekeningEind;            // last four characters of the destination IBAN
    VerzoekStatus status = VerzoekStatus::Concept;
    rules::Beoordeling beoordeling;  // the preview (concept) or the decisive evaluation
    bool vierOgen = false;
    QDateTime aangemaakt, verstuurd, afgerond;
    std::optional<QDate> verwachteBijschrijving;
    QString bijschrijvingTekst;      // "Het geld staat uiterlijk vrijdag 14 maart op je rekening."
    QList<BesluitView> besluiten;
    bool gesignaleerd = false;       // waiting longer than the team's target
    Contact contact;
    QString zaakUrl;
};

struct Voorvertoning {
    rules::Beoordeling beoordeling;
    std::optional<Money> maxVrij;    // the most that would be free right now
    Money beschikbaar;
    QString uitleg;                  // what the inwoner may do with this reservering, B1
};

struct WerkvoorraadFilter {
    QList<VerzoekStatus> statussen{VerzoekStatus::WachtOpAkkoord, VerzoekStatus::WachtOpTweedeAkkoord,
                                   VerzoekStatus::NietGelukt};
    std::optional<qint64> inwonerId;
    int limit = 500;                 // bounded; at most 10000
    int offset = 0;
};

class Opnames {
public:
    explicit Opnames(ServiceContext &context);

    Result<Voorvertoning> probeer(const Actor &actor, qint64 reserveringId, Money bedrag);
    Result<VerzoekView> maakConcept(const Actor &actor, const OpnameInvoer &invoer);
    Result<VerzoekView> bevestig(const Actor &actor, const QString &publicId);
    Result<VerzoekView> annuleer(const Actor &actor, const QString &publicId);
    Result<VerzoekView> trekIn(const Actor &actor, const QString &publicId);
    Result<VerzoekView> beslis(const Actor &actor, const QString &publicId, const BesluitInvoer &besluit);

    Result<VerzoekView> bekijk(const Actor &actor, const QString &publicId);
    Result<QList<VerzoekView>> vanInwoner(const Actor &actor, qint64 inwonerId, int limit = 100);
    Result<QList<VerzoekView>> werkvoorraad(const Actor &actor, const WerkvoorraadFilter &filter);

    // Systeem job: flags requests waiting longer than behandelWerkdagen and expires those
    // older than verloopNaWerkdagen. Returns how many expired.
    Result<int> verwerkWachtende(const Actor &actor);
    // Systeem job: concepts nobody answered within conceptVervaltNaUren lapse (verlopen).
    Result<int> vervalConcepten(const Actor &actor);
    // Systeem (the outbox dispatcher): Allegro refused the payment order of this executed
    // request for good, or confirmed it cancelled it. The money goes back into the potje with
    // a compensating transfer, the request becomes niet_gelukt, the inwoner and the
    // medewerkers are told. True when it changed something; a repeat has no further effect.
    Result<bool> betalingMislukt(const Actor &actor, const QString &publicId, const QString &reden);

private:
    ServiceContext &ctx_;
};

// For the overview, no access check (the caller did it): the most the inwoner could take
// from this reservering right now without a medewerker, and the B1 explanation.
struct VrijeRuimte {
    std::optional<Money> maxVrij;
    QString uitleg;
};
VrijeRuimte vrijeRuimte(ServiceContext &ctx, qint64 inwonerId, qint64 reserveringId);

// The promise to the inwoner, "binnen 2 werkdagen", from the same setting that flags late
// requests (Settings::behandelWerkdagen). B1, translatable.
QString behandelTermijnTekst(const Settings &settings);

} // namespace regie::services
