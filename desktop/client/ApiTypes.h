#pragma once
// The staff API's requests and answers as plain values: Money for amounts, QDateTime/QDate
// for moments, enums for statuses. Each answer type names its schema in
// citizen-web/api/openapi.json and reads itself (JsonLezer); each request type writes
// itself (JsonSchrijver). A required field the desk has no use for is still named, with
// negeer(), so tst_desk_openapi can tell "not needed" from "forgotten".

#include "client/Json.h"

#include "rules/Afspraak.h"

#include <QtCore/QCoreApplication>

namespace regie::desk {

using api::JsonLezer;
using api::JsonSchrijver;

// --- enums with their codes ------------------------------------------------------------

enum class VerzoekStatus {
    Concept, Geannuleerd, WachtOpAkkoord, WachtOpTweedeAkkoord, Uitgevoerd, Geweigerd, Afgewezen,
    Ingetrokken, Verlopen, NietGelukt, Onbekend
};
enum class Rol { Medewerker, Teamleider, Beheerder, Onbekend };
enum class Uitkomst { Vrij, NaAkkoord, NietToegestaan, OnvoldoendeSaldo, Onbekend };
enum class RedenSoort { Akkoord, Weigering, Onbekend };
enum class Periode { Week, VierWeken, Maand, Kwartaal, Jaar, Onbekend };
enum class AuditUitkomst { Ok, Geweigerd, Fout, Onbekend };
enum class BerichtStatus { Nieuw, Verzonden, Mislukt, Onbekend };

const api::Codes<VerzoekStatus> &verzoekStatusCodes();
const api::Codes<Rol> &rolCodes();
const api::Codes<Uitkomst> &uitkomstCodes();
const api::Codes<RedenSoort> &redenSoortCodes();
const api::Codes<Periode> &periodeCodes();
const api::Codes<AuditUitkomst> &auditUitkomstCodes();
const api::Codes<BerichtStatus> &berichtStatusCodes();
// rules' own enums, as the API spells them (unknown modus: the cautious na_akkoord).
const api::Codes<rules::Modus> &modusCodes();
const api::Codes<rules::Scope> &scopeCodes();

// --- errors ----------------------------------------------------------------------------

struct VeldFout {
    QString veld, code, reden;
    static QString schemaNaam() { return QStringLiteral("Problem/invalidParams"); }
    static VeldFout lees(JsonLezer &l);
};

// A problem+json answer, or no answer at all (status 0).
struct ApiProblem {
    int status = 0;
    QString titel;
    QString detail;
    QList<VeldFout> velden;
    // One or two plain Dutch sentences for a message box or status line.
    QString melding() const;

    static QString schemaNaam() { return QStringLiteral("Problem"); }
    static ApiProblem lees(JsonLezer &l);
};

// --- sessions ----------------------------------------------------------------------------

struct Gebruiker { // the logged-in staff member (schema Actor)
    qint64 id = 0;
    QString displayName;
    Rol rol = Rol::Onbekend;
    std::optional<qint64> teamId;
    static QString schemaNaam() { return QStringLiteral("Actor"); }
    static Gebruiker lees(JsonLezer &l);
};

struct Tokens {
    QString accessToken, refreshToken;
    QDateTime accessVerlooptOp;
    Gebruiker gebruiker;
    bool demo = false; // the server's store is a demo: the main window says so
    static QString schemaNaam() { return QStringLiteral("Tokens"); }
    static Tokens lees(JsonLezer &l);
};

struct LoginInvoer {
    QString username, password, totp;
    static QString schemaNaam() { return QStringLiteral("LoginInvoer"); }
    void schrijf(JsonSchrijver &s) const;
};

struct VernieuwInvoer {
    QString refreshToken;
    static QString schemaNaam() { return QStringLiteral("VernieuwInvoer"); }
    void schrijf(JsonSchrijver &s) const;
};

// --- pages -----------------------------------------------------------------------------

// A page of a list: schema "<Item>Pagina".
template <typename T>
struct Pagina {
    QList<T> data;
    qint64 page = 1, totaal = 0, paginas = 1;
    static QString schemaNaam() { return T::schemaNaam() + QStringLiteral("Pagina"); }
    static Pagina lees(JsonLezer &l)
    {
        Pagina p;
        p.data = l.lijst<T>(QStringLiteral("data"));
        p.page = l.geheel(QStringLiteral("page"));
        l.negeer(QStringLiteral("pageSize"));
        p.totaal = l.geheel(QStringLiteral("totaal"));
        p.paginas = l.geheel(QStringLiteral("paginas"));
        l.negeer(QStringLiteral("_links"));
        return p;
    }
};

// --- requests (verzoeken) --------------------------------------------------------------

// One row of the werkvoorraad, the queue model's unit.
struct VerzoekRegel {
    QString id;
    QString inwoner;          // pseudonym
    QString inwonerNaam;
    qint64 reserveringId = 0;
    QString reserveringNaam;
    Money bedrag;
    VerzoekStatus status = VerzoekStatus::WachtOpAkkoord;
    QString uitkomst;
    QDateTime verstuurd;
    qint64 wachtMinuten = 0;
    int doelUren = 48;
    bool vierOgen = false;
    bool gesignaleerd = false;
    std::optional<qint64> eersteAkkoordDoor;
    QString eersteAkkoordNaam;

    static QString schemaNaam() { return QStringLiteral("WerkvoorraadRegel"); }
    static VerzoekRegel lees(JsonLezer &l);
};

struct RegelReden {
    QString code;
    Uitkomst effect = Uitkomst::Onbekend;
    QString tekstInwoner, tekstMedewerker;
    static QString schemaNaam() { return QStringLiteral("RegelReden"); }
    static RegelReden lees(JsonLezer &l);
};

struct Beoordeling {
    Uitkomst uitkomst = Uitkomst::Onbekend;
    QString samenvatting;
    QList<RegelReden> redenen;
    static QString schemaNaam() { return QStringLiteral("Beoordeling"); }
    static Beoordeling lees(JsonLezer &l);
};

struct Besluit {
    QString medewerker;
    bool akkoord = false;
    QString redenCode, extraToelichting;
    qint64 stap = 1;
    QDateTime moment;
    static QString schemaNaam() { return QStringLiteral("Besluit"); }
    static Besluit lees(JsonLezer &l);
};

struct Verzoek {
    QString id, inwoner, inwonerNaam;
    qint64 reserveringId = 0;
    QString reserveringNaam;
    Money bedrag;
    QString toelichting, rekeningEind;
    VerzoekStatus status = VerzoekStatus::Onbekend;
    QString statusTekst; // the inwoner's words for the status, from the server
    Beoordeling beoordeling;
    bool vierOgen = false;
    QDateTime verstuurd;
    QList<Besluit> besluiten;
    static QString schemaNaam() { return QStringLiteral("Verzoek"); }
    static Verzoek lees(JsonLezer &l);
};

struct BesluitInvoer {
    bool akkoord = false;
    QString redenCode;        // left out when empty
    QString extraToelichting;
    static QString schemaNaam() { return QStringLiteral("BesluitInvoer"); }
    void schrijf(JsonSchrijver &s) const;
};

struct BesluitVoorbeeld {
    bool akkoord = false;
    bool berichtAanInwoner = false;
    QString titel, tekst;
    static QString schemaNaam() { return QStringLiteral("BesluitVoorbeeld"); }
    static BesluitVoorbeeld lees(JsonLezer &l);
};

struct RedenKeuze { // schema Reden: one entry of the catalogue
    QString code;
    RedenSoort soort = RedenSoort::Onbekend;
    QString tekstB1, tekstMedewerker;
    static QString schemaNaam() { return QStringLiteral("Reden"); }
    static RedenKeuze lees(JsonLezer &l);
};

struct RedenLijst {
    QList<RedenKeuze> data;
    static QString schemaNaam() { return QStringLiteral("RedenLijst"); }
    static RedenLijst lees(JsonLezer &l);
};

// --- inwoners ----------------------------------------------------------------------------

struct InwonerRegel {
    QString id, naam;
    qint64 openVerzoeken = 0;
    static QString schemaNaam() { return QStringLiteral("InwonerRegel"); }
    static InwonerRegel lees(JsonLezer &l);
};

struct Reservering {
    qint64 id = 0;
    QString naam;
    Money saldo, beschikbaar, vastgehouden;
    std::optional<Money> maxVrij;
    QString uitleg;
    static QString schemaNaam() { return QStringLiteral("Reservering"); }
    static Reservering lees(JsonLezer &l);
};

struct BudgetplanRegel {
    QString omschrijving;
    Money bedrag;
    Periode periode = Periode::Onbekend;
    QDate volgendeDatum;
    static QString schemaNaam() { return QStringLiteral("BudgetplanRegel"); }
    static BudgetplanRegel lees(JsonLezer &l);
};

struct Budgetplan {
    Money leefgeld;
    Periode leefgeldPeriode = Periode::Onbekend;
    QDate leefgeldVolgendeDatum;
    QList<BudgetplanRegel> regels;
    static QString schemaNaam() { return QStringLiteral("Budgetplan"); }
    static Budgetplan lees(JsonLezer &l);
};

struct Lening {
    QString omschrijving;
    Money openstaand, maandtermijn, achterstand;
    static QString schemaNaam() { return QStringLiteral("Lening"); }
    static Lening lees(JsonLezer &l);
};

struct Transactie {
    QDate datum;
    Money bedrag;
    QString omschrijving, tegenpartij, reserveringNaam;
    static QString schemaNaam() { return QStringLiteral("Transactie"); }
    static Transactie lees(JsonLezer &l);
};

struct Overzicht {
    QString inwoner, voornaam, achternaam, vormNaam;
    Money saldoBeheerrekening, nietGereserveerd;
    QDateTime bijgewerkt;
    QList<Reservering> reserveringen;
    std::optional<Budgetplan> budgetplan;
    QList<Lening> leningen;
    static QString schemaNaam() { return QStringLiteral("Overzicht"); }
    static Overzicht lees(JsonLezer &l);
};

struct Melding {
    QString titel, tekst;
    QDateTime moment;
    bool gelezen = false;
    static QString schemaNaam() { return QStringLiteral("Melding"); }
    static Melding lees(JsonLezer &l);
};

// --- maatwerkafspraken -----------------------------------------------------------------

// The rule engine's own value, read from the API.
struct Afspraak : rules::Afspraak {
    static QString schemaNaam() { return QStringLiteral("Afspraak"); }
    static Afspraak lees(JsonLezer &l);
};

struct AfspraakReservering {
    qint64 reserveringId = 0;
    QString naam;
    Afspraak geldend;
    static QString schemaNaam() { return QStringLiteral("AfspraakReservering"); }
    static AfspraakReservering lees(JsonLezer &l);
};

struct AfspraakVersie {
    Afspraak afspraak;
    QString auteur, reden;
    QDateTime aangemaakt;
    static QString schemaNaam() { return QStringLiteral("AfspraakVersie"); }
    static AfspraakVersie lees(JsonLezer &l);
};

struct AfspraakOverzicht {
    QList<AfspraakReservering> reserveringen;
    QList<AfspraakVersie> geschiedenis;
    static QString schemaNaam() { return QStringLiteral("AfspraakOverzicht"); }
    static AfspraakOverzicht lees(JsonLezer &l);
};

struct AfspraakInvoer { // a new version
    rules::Afspraak afspraak;
    QString reden;
    static QString schemaNaam() { return QStringLiteral("AfspraakInvoer"); }
    void schrijf(JsonSchrijver &s) const;
};

struct AfspraakOpgeslagen {
    qint64 id = 0;
    Afspraak afspraak;
    static QString schemaNaam() { return QStringLiteral("AfspraakOpgeslagen"); }
    static AfspraakOpgeslagen lees(JsonLezer &l);
};

struct ProefInvoer { // "Proberen": the draft and an amount, nothing saved
    rules::Afspraak afspraak;
    Money bedrag;
    static QString schemaNaam() { return QStringLiteral("ProefInvoer"); }
    void schrijf(JsonSchrijver &s) const;
};

struct ValidatieFout {
    QString veld, code, tekst;
    static QString schemaNaam() { return QStringLiteral("ValidatieFout"); }
    static ValidatieFout lees(JsonLezer &l);
};

struct Proef {
    bool geldig = false;
    QList<ValidatieFout> validatie;
    std::optional<Beoordeling> beoordeling;
    std::optional<Money> maxVrij;
    Money beschikbaar;
    QString uitlegVoorInwoner;
    static QString schemaNaam() { return QStringLiteral("Proef"); }
    static Proef lees(JsonLezer &l);
};

// --- teamleider ------------------------------------------------------------------------

struct RedenTelling {
    QString redenCode;
    bool akkoord = false;
    qint64 aantal = 0;
    static QString schemaNaam() { return QStringLiteral("Rapport/perReden"); }
    static RedenTelling lees(JsonLezer &l);
};

struct Rapport {
    qint64 openVerzoeken = 0, openBovenDoel = 0, besluitenAkkoord = 0, besluitenWeigering = 0, afgehandeld = 0;
    qint64 gemiddeldeBehandelMinuten = 0;
    QList<RedenTelling> perReden;
    static QString schemaNaam() { return QStringLiteral("Rapport"); }
    static Rapport lees(JsonLezer &l);
};

struct AuditEvent {
    qint64 seq = 0;
    QDateTime moment;
    std::optional<qint64> medewerker;
    QString rol, actie;
    AuditUitkomst uitkomst = AuditUitkomst::Onbekend;
    QString inwoner, objectType, objectId;
    static QString schemaNaam() { return QStringLiteral("AuditEvent"); }
    static AuditEvent lees(JsonLezer &l);
};

struct Verificatie {
    bool intact = false;
    qint64 gecontroleerd = 0;
    std::optional<qint64> eersteFout;
    QString probleem, laatsteHash;
    static QString schemaNaam() { return QStringLiteral("Verificatie"); }
    static Verificatie lees(JsonLezer &l);
};

// --- beheer --------------------------------------------------------------------------------

struct Account { // schema Gebruiker: one staff account in the beheer list
    qint64 id = 0;
    QString displayName;
    Rol rol = Rol::Onbekend;
    std::optional<qint64> teamId;
    bool actief = true;
    static QString schemaNaam() { return QStringLiteral("Gebruiker"); }
    static Account lees(JsonLezer &l);
};

struct UitgaandBericht {
    qint64 id = 0;
    QString topic;
    BerichtStatus status = BerichtStatus::Onbekend;
    qint64 pogingen = 0;
    QString laatsteFout;
    QDateTime aangemaakt;
    static QString schemaNaam() { return QStringLiteral("UitgaandBericht"); }
    static UitgaandBericht lees(JsonLezer &l);
};

struct UitgaandeBerichten {
    QList<UitgaandBericht> data;
    static QString schemaNaam() { return QStringLiteral("UitgaandeBerichten"); }
    static UitgaandeBerichten lees(JsonLezer &l);
};

// The last run of retention (GET /bewaartermijn), read-only for the beheerder.
struct BewaarRun {
    QDateTime moment;
    qint64 bewaarMaanden = 0;
    QDate grens;
    qint64 geanonimiseerd = 0;
    bool volledig = true;
    static QString schemaNaam() { return QStringLiteral("BewaarRun"); }
    static BewaarRun lees(JsonLezer &l);
};

struct Bewaartermijn {
    std::optional<BewaarRun> laatsteRun; // none: retention never ran
    static QString schemaNaam() { return QStringLiteral("Bewaartermijn"); }
    static Bewaartermijn lees(JsonLezer &l);
};

// --- inrichting: teams, reasons, vormen, own accounts, linking ------------------------------

struct Team {
    qint64 id = 0;
    QString naam, telefoon, email, openingstijden;
    qint64 doelBehandeltijdUren = 48;
    Money vierOgenGrens;
    qint64 medewerkers = 0, inwoners = 0;
    static QString schemaNaam() { return QStringLiteral("Team"); }
    static Team lees(JsonLezer &l);
};

struct TeamLijst {
    QList<Team> data;
    static QString schemaNaam() { return QStringLiteral("TeamLijst"); }
    static TeamLijst lees(JsonLezer &l);
};

struct TeamContact { // PATCH /teams/{id}: what inwoners are told
    QString naam, telefoon, email, openingstijden;
    static QString schemaNaam() { return QStringLiteral("TeamWijziging"); }
    void schrijf(JsonSchrijver &s) const;
};

struct NieuwTeam {
    QString naam, telefoon, email, openingstijden;
    static QString schemaNaam() { return QStringLiteral("TeamInvoer"); }
    void schrijf(JsonSchrijver &s) const;
};

struct RedenRegel { // the catalogue as it stands, retired reasons included
    QString code;
    RedenSoort soort = RedenSoort::Onbekend;
    QString tekstB1, tekstMedewerker;
    qint64 versie = 1;
    bool actief = true;
    static QString schemaNaam() { return QStringLiteral("RedenRegel"); }
    static RedenRegel lees(JsonLezer &l);
};

struct RedenCatalogus {
    QList<RedenRegel> data;
    static QString schemaNaam() { return QStringLiteral("RedenCatalogus"); }
    static RedenCatalogus lees(JsonLezer &l);
};

struct RedenVersie {
    qint64 versie = 1;
    QString tekstB1, tekstMedewerker, auteur, reden;
    QDateTime aangemaakt;
    static QString schemaNaam() { return QStringLiteral("RedenVersie"); }
    static RedenVersie lees(JsonLezer &l);
};

struct RedenVersieLijst {
    QList<RedenVersie> data;
    static QString schemaNaam() { return QStringLiteral("RedenVersieLijst"); }
    static RedenVersieLijst lees(JsonLezer &l);
};

struct NieuweReden {
    QString code;
    RedenSoort soort = RedenSoort::Weigering;
    QString tekstB1, tekstMedewerker, reden;
    static QString schemaNaam() { return QStringLiteral("RedenInvoer"); }
    void schrijf(JsonSchrijver &s) const;
};

struct RedenWijziging { // a new version
    QString tekstB1, tekstMedewerker, reden;
    static QString schemaNaam() { return QStringLiteral("RedenWijziging"); }
    void schrijf(JsonSchrijver &s) const;
};

struct Motivering { // why: retiring a reason, ending an account or budgetbeheer
    QString reden;
    static QString schemaNaam() { return QStringLiteral("Motivering"); }
    void schrijf(JsonSchrijver &s) const;
};

struct Vorm {
    QString code, naam, uitleg;
    static QString schemaNaam() { return QStringLiteral("Vorm"); }
    static Vorm lees(JsonLezer &l);
};

struct VormLijst {
    QList<Vorm> data;
    static QString schemaNaam() { return QStringLiteral("VormLijst"); }
    static VormLijst lees(JsonLezer &l);
};

struct VormAfspraken {
    Vorm vorm;
    std::optional<Afspraak> geldend;
    QList<AfspraakVersie> geschiedenis;
    static QString schemaNaam() { return QStringLiteral("VormAfspraken"); }
    static VormAfspraken lees(JsonLezer &l);
};

enum class PotSoort { VrijBesteedbaar, Gebonden, Onbekend };
const api::Codes<PotSoort> &potSoortCodes();

struct VormProefInvoer { // "Proberen" on a made-up situation
    rules::Afspraak afspraak;
    PotSoort soort = PotSoort::VrijBesteedbaar;
    Money bedrag, beschikbaar, eerderBedrag;
    qint64 eerderAantal = 0;
    static QString schemaNaam() { return QStringLiteral("VormProefInvoer"); }
    void schrijf(JsonSchrijver &s) const;
};

enum class RekeningControle { Bankpas, Afschrift, Allegro, Bank, Anders, Onbekend };
const api::Codes<RekeningControle> &rekeningControleCodes();

struct EigenRekening {
    qint64 id = 0;
    QString label, ibanEind;
    bool bruikbaar = false;
    RekeningControle verificatie = RekeningControle::Onbekend;
    QString verificatieNotitie, geverifieerdDoor;
    QDateTime geverifieerdOp, beeindigdOp;
    QString beeindigdReden;
    static QString schemaNaam() { return QStringLiteral("EigenRekening"); }
    static EigenRekening lees(JsonLezer &l);
};

struct EigenRekeningLijst {
    QList<EigenRekening> data;
    static QString schemaNaam() { return QStringLiteral("EigenRekeningLijst"); }
    static EigenRekeningLijst lees(JsonLezer &l);
};

struct NieuweEigenRekening { // after the medewerker verified it
    QString iban, label;
    RekeningControle verificatie = RekeningControle::Bankpas;
    QString notitie;
    static QString schemaNaam() { return QStringLiteral("EigenRekeningInvoer"); }
    void schrijf(JsonSchrijver &s) const;
};

struct InwonerKoppeling { // POST /inwoners: take over a household from Allegro
    QString bsn, allegroRelatie;
    qint64 teamId = 0;
    std::optional<qint64> medewerkerId;
    QString reden;
    static QString schemaNaam() { return QStringLiteral("KoppelInvoer"); }
    void schrijf(JsonSchrijver &s) const;
};

struct BeeindigInvoer { // POST /inwoners/{id}/beeindigen
    QString reden;
    static QString schemaNaam() { return QStringLiteral("BeeindigInvoer"); }
    void schrijf(JsonSchrijver &s) const;
};

struct CaseloadInvoer {
    qint64 medewerkerId = 0;
    QString inwoner;
    static QString schemaNaam() { return QStringLiteral("CaseloadInvoer"); }
    void schrijf(JsonSchrijver &s) const;
};

struct Caseload {
    qint64 medewerkerId = 0;
    QString medewerkerNaam, inwoner;
    QDateTime sinds;
    static QString schemaNaam() { return QStringLiteral("Caseload"); }
    static Caseload lees(JsonLezer &l);
};

} // namespace regie::desk
