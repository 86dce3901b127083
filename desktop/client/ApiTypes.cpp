#include "client/ApiTypes.h"

namespace regie::desk {

namespace {
QString k(const char *naam) { return QString::fromLatin1(naam); }
} // namespace

const api::Codes<VerzoekStatus> &verzoekStatusCodes()
{
    static const api::Codes<VerzoekStatus> codes{
        {{k("concept"), VerzoekStatus::Concept},
         {k("geannuleerd"), VerzoekStatus::Geannuleerd},
         {k("wacht_op_akkoord"), VerzoekStatus::WachtOpAkkoord},
         {k("wacht_op_tweede_akkoord"), VerzoekStatus::WachtOpTweedeAkkoord},
         {k("uitgevoerd"), VerzoekStatus::Uitgevoerd},
         {k("geweigerd"), VerzoekStatus::Geweigerd},
         {k("afgewezen"), VerzoekStatus::Afgewezen},
         {k("ingetrokken"), VerzoekStatus::Ingetrokken},
         {k("verlopen"), VerzoekStatus::Verlopen},
         {k("niet_gelukt"), VerzoekStatus::NietGelukt}},
        VerzoekStatus::Onbekend};
    return codes;
}

const api::Codes<Rol> &rolCodes()
{
    static const api::Codes<Rol> codes{
        {{k("medewerker"), Rol::Medewerker}, {k("teamleider"), Rol::Teamleider}, {k("beheerder"), Rol::Beheerder}}, Rol::Onbekend};
    return codes;
}

const api::Codes<Uitkomst> &uitkomstCodes()
{
    static const api::Codes<Uitkomst> codes{{{k("vrij"), Uitkomst::Vrij},
                                             {k("na_akkoord"), Uitkomst::NaAkkoord},
                                             {k("niet_toegestaan"), Uitkomst::NietToegestaan},
                                             {k("onvoldoende_saldo"), Uitkomst::OnvoldoendeSaldo}},
                                            Uitkomst::Onbekend};
    return codes;
}

const api::Codes<RedenSoort> &redenSoortCodes()
{
    static const api::Codes<RedenSoort> codes{{{k("akkoord"), RedenSoort::Akkoord}, {k("weigering"), RedenSoort::Weigering}},
                                              RedenSoort::Onbekend};
    return codes;
}

const api::Codes<Periode> &periodeCodes()
{
    static const api::Codes<Periode> codes{{{k("week"), Periode::Week},
                                            {k("vier_weken"), Periode::VierWeken},
                                            {k("maand"), Periode::Maand},
                                            {k("kwartaal"), Periode::Kwartaal},
                                            {k("jaar"), Periode::Jaar}},
                                           Periode::Onbekend};
    return codes;
}

const api::Codes<AuditUitkomst> &auditUitkomstCodes()
{
    static const api::Codes<AuditUitkomst> codes{
        {{k("ok"), AuditUitkomst::Ok}, {k("geweigerd"), AuditUitkomst::Geweigerd}, {k("fout"), AuditUitkomst::Fout}},
        AuditUitkomst::Onbekend};
    return codes;
}

const api::Codes<BerichtStatus> &berichtStatusCodes()
{
    static const api::Codes<BerichtStatus> codes{
        {{k("nieuw"), BerichtStatus::Nieuw}, {k("verzonden"), BerichtStatus::Verzonden}, {k("mislukt"), BerichtStatus::Mislukt}},
        BerichtStatus::Onbekend};
    return codes;
}

const api::Codes<rules::Modus> &modusCodes()
{
    static const api::Codes<rules::Modus> codes{{{k("vrij"), rules::Modus::Vrij},
                                                 {k("na_akkoord"), rules::Modus::NaAkkoord},
                                                 {k("niet_toegestaan"), rules::Modus::NietToegestaan}},
                                                rules::Modus::NaAkkoord};
    return codes;
}

const api::Codes<rules::Scope> &scopeCodes()
{
    static const api::Codes<rules::Scope> codes{
        {{k("reservering"), rules::Scope::Reservering}, {k("inwoner"), rules::Scope::Inwoner}, {k("vorm"), rules::Scope::Vorm}},
        rules::Scope::Vorm};
    return codes;
}

VeldFout VeldFout::lees(JsonLezer &l)
{
    VeldFout v;
    v.veld = l.tekst(k("name"));
    v.code = l.tekst(k("code"));
    v.reden = l.tekst(k("reason"));
    return v;
}

ApiProblem ApiProblem::lees(JsonLezer &l)
{
    ApiProblem p;
    p.titel = l.tekst(k("title"));
    p.status = static_cast<int>(l.geheel(k("status")));
    p.detail = l.tekst(k("detail"));
    p.velden = l.lijst<VeldFout>(k("invalidParams"));
    return p;
}

QString ApiProblem::melding() const
{
    QString basis;
    switch (status) {
    case 0:
        basis = QCoreApplication::translate("ApiClient", "De server is niet bereikbaar. Controleer het adres en de verbinding.");
        break;
    case 400:
        basis = QCoreApplication::translate("ApiClient", "Niet alle gegevens kloppen.");
        break;
    case 401:
        basis = QCoreApplication::translate("ApiClient", "U bent niet (meer) ingelogd.");
        break;
    case 403:
        basis = QCoreApplication::translate("ApiClient", "Dit mag u niet doen met uw rol.");
        break;
    case 404:
        basis = QCoreApplication::translate("ApiClient", "Dit bestaat niet, of u heeft er geen toegang toe.");
        break;
    case 409:
        basis = QCoreApplication::translate("ApiClient", "Iemand anders heeft dit net veranderd.");
        break;
    case 423:
        basis = QCoreApplication::translate("ApiClient", "Uw account is tijdelijk geblokkeerd.");
        break;
    case 429:
        basis = QCoreApplication::translate("ApiClient", "Te veel pogingen. Wacht even.");
        break;
    default:
        basis = status >= 500 ? QCoreApplication::translate("ApiClient", "Er ging iets mis op de server. Probeer het later opnieuw.")
                              : QCoreApplication::translate("ApiClient", "Er ging iets mis.");
    }
    QStringList delen{basis};
    if (!detail.isEmpty())
        delen.append(detail);
    for (const VeldFout &v : velden) {
        if (v.reden != detail)
            delen.append(v.reden);
    }
    return delen.join(u' ');
}

Gebruiker Gebruiker::lees(JsonLezer &l)
{
    Gebruiker g;
    g.id = l.geheel(k("id"));
    g.displayName = l.tekst(k("displayName"));
    g.rol = l.keuze(k("rol"), rolCodes());
    g.teamId = l.geheelOfNiets(k("teamId"));
    return g;
}

Tokens Tokens::lees(JsonLezer &l)
{
    Tokens t;
    t.accessToken = l.tekst(k("accessToken"));
    t.refreshToken = l.tekst(k("refreshToken"));
    l.negeer(k("tokenType"));
    l.negeer(k("expiresIn"));        // an expired token is refreshed on the 401, not ahead of it
    t.accessVerlooptOp = l.tijd(k("accessVerlooptOp"));
    l.negeer(k("refreshVerlooptOp"));
    t.gebruiker = l.object<Gebruiker>(k("gebruiker"));
    t.demo = l.waar(k("demo"));
    return t;
}

void LoginInvoer::schrijf(JsonSchrijver &s) const
{
    s.tekst(k("username"), username);
    s.tekst(k("password"), password);
    s.tekst(k("totp"), totp);
}

void VernieuwInvoer::schrijf(JsonSchrijver &s) const { s.tekst(k("refreshToken"), refreshToken); }

VerzoekRegel VerzoekRegel::lees(JsonLezer &l)
{
    VerzoekRegel r;
    r.id = l.tekst(k("id"));
    r.inwoner = l.tekst(k("inwoner"));
    r.inwonerNaam = l.tekst(k("inwonerNaam"));
    r.reserveringId = l.geheel(k("reserveringId"));
    r.reserveringNaam = l.tekst(k("reserveringNaam"));
    r.bedrag = l.bedrag(k("bedragCents"));
    r.status = l.keuze(k("status"), verzoekStatusCodes());
    r.uitkomst = l.tekst(k("uitkomst"));
    r.verstuurd = l.tijd(k("verstuurd"));
    r.wachtMinuten = l.geheel(k("wachtMinuten"));
    r.doelUren = static_cast<int>(l.geheel(k("doelUren")));
    r.vierOgen = l.waar(k("vierOgen"));
    r.gesignaleerd = l.waar(k("gesignaleerd"));
    r.eersteAkkoordDoor = l.geheelOfNiets(k("eersteAkkoordDoor"));
    r.eersteAkkoordNaam = l.tekst(k("eersteAkkoordNaam"));
    return r;
}

RegelReden RegelReden::lees(JsonLezer &l)
{
    RegelReden r;
    r.code = l.tekst(k("code"));
    r.effect = l.keuze(k("effect"), uitkomstCodes());
    for (const char *naam : {"regel", "gevraagdBedragCents", "grensBedragCents", "gevraagdAantal", "grensAantal"})
        l.negeer(k(naam)); // the texts already say it
    r.tekstInwoner = l.tekst(k("tekstInwoner"));
    r.tekstMedewerker = l.tekst(k("tekstMedewerker"));
    return r;
}

Beoordeling Beoordeling::lees(JsonLezer &l)
{
    Beoordeling b;
    b.uitkomst = l.keuze(k("uitkomst"), uitkomstCodes());
    b.samenvatting = l.tekst(k("samenvatting"));
    b.redenen = l.lijst<RegelReden>(k("redenen"));
    for (const char *naam : {"beslissend", "afspraakId", "afspraakVersie", "moment"})
        l.negeer(k(naam));
    return b;
}

Besluit Besluit::lees(JsonLezer &l)
{
    Besluit b;
    b.medewerker = l.tekst(k("medewerker"));
    b.akkoord = l.waar(k("akkoord"));
    b.redenCode = l.tekst(k("redenCode"));
    l.negeer(k("redenTekstB1"));
    b.extraToelichting = l.tekst(k("extraToelichting"));
    b.stap = l.geheel(k("stap"));
    b.moment = l.tijd(k("moment"));
    return b;
}

Verzoek Verzoek::lees(JsonLezer &l)
{
    Verzoek v;
    v.id = l.tekst(k("id"));
    v.inwoner = l.tekst(k("inwoner"));
    v.inwonerNaam = l.tekst(k("inwonerNaam"));
    v.reserveringId = l.geheel(k("reserveringId"));
    v.reserveringNaam = l.tekst(k("reserveringNaam"));
    v.bedrag = l.bedrag(k("bedragCents"));
    v.toelichting = l.tekst(k("toelichting"));
    v.rekeningEind = l.tekst(k("rekeningEind"));
    v.status = l.keuze(k("status"), verzoekStatusCodes());
    v.statusTekst = l.tekst(k("statusTekst"));
    v.beoordeling = l.object<Beoordeling>(k("beoordeling"));
    v.vierOgen = l.waar(k("vierOgen"));
    l.negeer(k("aangemaakt"));
    v.verstuurd = l.tijd(k("verstuurd"));
    l.negeer(k("afgerond"));
    v.besluiten = l.lijst<Besluit>(k("besluiten"));
    l.negeer(k("gesignaleerd"));
    return v;
}

void BesluitInvoer::schrijf(JsonSchrijver &s) const
{
    s.waar(k("akkoord"), akkoord);
    s.tekstAlsGezet(k("redenCode"), redenCode);
    s.tekst(k("extraToelichting"), extraToelichting);
}

BesluitVoorbeeld BesluitVoorbeeld::lees(JsonLezer &l)
{
    BesluitVoorbeeld b;
    b.akkoord = l.waar(k("akkoord"));
    b.berichtAanInwoner = l.waar(k("berichtAanInwoner"));
    l.negeer(k("vierOgenEersteStap")); // berichtAanInwoner already says it
    b.titel = l.tekst(k("titel"));
    b.tekst = l.tekst(k("tekst"));
    return b;
}

RedenKeuze RedenKeuze::lees(JsonLezer &l)
{
    RedenKeuze r;
    r.code = l.tekst(k("code"));
    r.soort = l.keuze(k("soort"), redenSoortCodes());
    r.tekstB1 = l.tekst(k("tekstB1"));
    r.tekstMedewerker = l.tekst(k("tekstMedewerker"));
    return r;
}

RedenLijst RedenLijst::lees(JsonLezer &l) { return RedenLijst{l.lijst<RedenKeuze>(k("data"))}; }

InwonerRegel InwonerRegel::lees(JsonLezer &l)
{
    InwonerRegel r;
    r.id = l.tekst(k("id"));
    r.naam = l.tekst(k("naam"));
    for (const char *naam : {"vormCode", "teamNaam", "status"})
        l.negeer(k(naam));
    r.openVerzoeken = l.geheel(k("openVerzoeken"));
    return r;
}

Reservering Reservering::lees(JsonLezer &l)
{
    Reservering r;
    r.id = l.geheel(k("id"));
    r.naam = l.tekst(k("naam"));
    r.saldo = l.bedrag(k("saldoCents"));
    r.beschikbaar = l.bedrag(k("beschikbaarCents"));
    r.vastgehouden = l.bedrag(k("vastgehoudenCents"));
    r.maxVrij = l.bedragOfNiets(k("maxVrijCents"));
    r.uitleg = l.tekst(k("uitleg"));
    for (const char *naam : {"soort", "bedragPerPeriodeCents", "periode", "doelCents", "maximumCents", "voortgangProcent"})
        l.negeer(k(naam)); // the inwoner's progress bar; the desk shows the uitleg
    return r;
}

BudgetplanRegel BudgetplanRegel::lees(JsonLezer &l)
{
    BudgetplanRegel r;
    l.negeer(k("soort")); // the sign of the amount says it
    r.omschrijving = l.tekst(k("omschrijving"));
    r.bedrag = l.bedrag(k("bedragCents"));
    r.periode = l.keuze(k("periode"), periodeCodes());
    r.volgendeDatum = l.datum(k("volgendeDatum"));
    return r;
}

Budgetplan Budgetplan::lees(JsonLezer &l)
{
    Budgetplan b;
    b.leefgeld = l.bedrag(k("leefgeldCents"));
    b.leefgeldPeriode = l.keuze(k("leefgeldPeriode"), periodeCodes());
    b.leefgeldVolgendeDatum = l.datum(k("leefgeldVolgendeDatum"));
    l.negeer(k("inkomstenPerMaandCents"));
    l.negeer(k("uitgavenPerMaandCents"));
    b.regels = l.lijst<BudgetplanRegel>(k("regels"));
    return b;
}

Lening Lening::lees(JsonLezer &l)
{
    Lening x;
    x.omschrijving = l.tekst(k("omschrijving"));
    x.openstaand = l.bedrag(k("openstaandCents"));
    x.maandtermijn = l.bedrag(k("maandtermijnCents"));
    x.achterstand = l.bedrag(k("achterstandCents"));
    for (const char *naam : {"geleendCents", "resterendeLooptijdMaanden", "einddatum", "uitleg"})
        l.negeer(k(naam));
    return x;
}

Transactie Transactie::lees(JsonLezer &l)
{
    Transactie t;
    l.negeer(k("id"));
    t.datum = l.datum(k("datum"));
    t.bedrag = l.bedrag(k("bedragCents"));
    t.omschrijving = l.tekst(k("omschrijving"));
    t.tegenpartij = l.tekst(k("tegenpartij"));
    l.negeer(k("categorie"));
    t.reserveringNaam = l.tekst(k("reserveringNaam"));
    return t;
}

Overzicht Overzicht::lees(JsonLezer &l)
{
    Overzicht o;
    o.inwoner = l.tekst(k("inwoner"));
    o.voornaam = l.tekst(k("voornaam"));
    o.achternaam = l.tekst(k("achternaam"));
    o.vormNaam = l.tekst(k("vormNaam"));
    o.saldoBeheerrekening = l.bedrag(k("saldoBeheerrekeningCents"));
    o.nietGereserveerd = l.bedrag(k("nietGereserveerdCents"));
    o.bijgewerkt = l.tijd(k("bijgewerkt"));
    o.reserveringen = l.lijst<Reservering>(k("reserveringen"));
    o.budgetplan = l.objectOfNiets<Budgetplan>(k("budgetplan"));
    o.leningen = l.lijst<Lening>(k("leningen"));
    for (const char *naam : {"vormCode", "beheerrekeningEind", "laatsteTransacties", "teamNaam"})
        l.negeer(k(naam)); // transactions come paged from /transacties
    return o;
}

Melding Melding::lees(JsonLezer &l)
{
    Melding m;
    for (const char *naam : {"id", "soort", "verzoek"})
        l.negeer(k(naam));
    m.titel = l.tekst(k("titel"));
    m.tekst = l.tekst(k("tekst"));
    m.moment = l.tijd(k("moment"));
    m.gelezen = l.waar(k("gelezen"));
    return m;
}

Afspraak Afspraak::lees(JsonLezer &l)
{
    Afspraak a;
    a.id = l.geheel(k("id"));
    a.versie = static_cast<int>(l.geheel(k("versie")));
    a.scope = l.keuze(k("scope"), scopeCodes());
    a.reserveringId = l.geheelOfNiets(k("reserveringId"));
    a.modus = l.keuze(k("modus"), modusCodes());
    a.maxPerOpname = l.bedragOfNiets(k("maxPerOpnameCents"));
    a.maxPerWeekBedrag = l.bedragOfNiets(k("maxPerWeekBedragCents"));
    if (const auto n = l.geheelOfNiets(k("maxPerWeekAantal")))
        a.maxPerWeekAantal = static_cast<int>(*n);
    a.maxPerMaandBedrag = l.bedragOfNiets(k("maxPerMaandBedragCents"));
    if (const auto n = l.geheelOfNiets(k("maxPerMaandAantal")))
        a.maxPerMaandAantal = static_cast<int>(*n);
    a.minimumSaldo = l.bedrag(k("minimumSaldoCents"));
    a.alleenEigenIban = l.waar(k("alleenEigenIban"));
    a.ingangsdatum = l.datum(k("ingangsdatum"));
    if (const QDate tot = l.datum(k("geldigTot")); tot.isValid())
        a.geldigTot = tot;
    return a;
}

AfspraakReservering AfspraakReservering::lees(JsonLezer &l)
{
    AfspraakReservering r;
    r.reserveringId = l.geheel(k("reserveringId"));
    r.naam = l.tekst(k("naam"));
    l.negeer(k("soort"));
    l.negeer(k("beschikbaarCents"));
    r.geldend = l.object<Afspraak>(k("geldend"));
    return r;
}

AfspraakVersie AfspraakVersie::lees(JsonLezer &l)
{
    AfspraakVersie v;
    v.afspraak = l.object<Afspraak>(k("afspraak"));
    l.negeer(k("vormCode"));
    v.auteur = l.tekst(k("auteur"));
    v.reden = l.tekst(k("reden"));
    v.aangemaakt = l.tijd(k("aangemaakt"));
    return v;
}

AfspraakOverzicht AfspraakOverzicht::lees(JsonLezer &l)
{
    AfspraakOverzicht o;
    o.reserveringen = l.lijst<AfspraakReservering>(k("reserveringen"));
    o.geschiedenis = l.lijst<AfspraakVersie>(k("geschiedenis"));
    return o;
}

namespace {

// The fields AfspraakInvoer and ProefInvoer share.
void schrijfAfspraak(JsonSchrijver &s, const rules::Afspraak &a)
{
    s.keuze(k("modus"), a.modus, modusCodes());
    s.bedragOfNull(k("maxPerOpnameCents"), a.maxPerOpname);
    s.bedragOfNull(k("maxPerWeekBedragCents"), a.maxPerWeekBedrag);
    s.geheelOfNull(k("maxPerWeekAantal"), a.maxPerWeekAantal ? std::optional<qint64>(*a.maxPerWeekAantal) : std::nullopt);
    s.bedragOfNull(k("maxPerMaandBedragCents"), a.maxPerMaandBedrag);
    s.geheelOfNull(k("maxPerMaandAantal"), a.maxPerMaandAantal ? std::optional<qint64>(*a.maxPerMaandAantal) : std::nullopt);
    s.bedrag(k("minimumSaldoCents"), a.minimumSaldo);
    s.waar(k("alleenEigenIban"), a.alleenEigenIban);
    s.datumOfNull(k("ingangsdatum"), a.ingangsdatum);
    s.datumOfNull(k("geldigTot"), a.geldigTot.value_or(QDate()));
}

} // namespace

void AfspraakInvoer::schrijf(JsonSchrijver &s) const
{
    schrijfAfspraak(s, afspraak);
    s.geheelOfNull(k("reserveringId"), afspraak.reserveringId);
    s.tekst(k("reden"), reden);
}

AfspraakOpgeslagen AfspraakOpgeslagen::lees(JsonLezer &l)
{
    AfspraakOpgeslagen o;
    o.id = l.geheel(k("id"));
    o.afspraak = l.object<Afspraak>(k("afspraak"));
    return o;
}

void ProefInvoer::schrijf(JsonSchrijver &s) const
{
    schrijfAfspraak(s, afspraak);
    s.geheel(k("reserveringId"), afspraak.reserveringId.value_or(0));
    s.bedrag(k("bedragCents"), bedrag);
}

ValidatieFout ValidatieFout::lees(JsonLezer &l)
{
    ValidatieFout v;
    v.veld = l.tekst(k("veld"));
    v.code = l.tekst(k("code"));
    v.tekst = l.tekst(k("tekst"));
    return v;
}

Proef Proef::lees(JsonLezer &l)
{
    Proef p;
    p.geldig = l.waar(k("geldig"));
    p.validatie = l.lijst<ValidatieFout>(k("validatie"));
    p.beoordeling = l.objectOfNiets<Beoordeling>(k("beoordeling"));
    p.maxVrij = l.bedragOfNiets(k("maxVrijCents"));
    p.beschikbaar = l.bedrag(k("beschikbaarCents"));
    p.uitlegVoorInwoner = l.tekst(k("uitlegVoorInwoner"));
    return p;
}

RedenTelling RedenTelling::lees(JsonLezer &l)
{
    RedenTelling t;
    t.redenCode = l.tekst(k("redenCode"));
    t.akkoord = l.waar(k("akkoord"));
    t.aantal = l.geheel(k("aantal"));
    return t;
}

Rapport Rapport::lees(JsonLezer &l)
{
    Rapport r;
    l.negeer(k("van")); // the period the teamleider asked for
    l.negeer(k("tot"));
    r.openVerzoeken = l.geheel(k("openVerzoeken"));
    r.openBovenDoel = l.geheel(k("openBovenDoel"));
    r.besluitenAkkoord = l.geheel(k("besluitenAkkoord"));
    r.besluitenWeigering = l.geheel(k("besluitenWeigering"));
    r.afgehandeld = l.geheel(k("afgehandeld"));
    r.gemiddeldeBehandelMinuten = l.geheel(k("gemiddeldeBehandelMinuten"));
    r.perReden = l.lijst<RedenTelling>(k("perReden"));
    return r;
}

AuditEvent AuditEvent::lees(JsonLezer &l)
{
    AuditEvent e;
    e.seq = l.geheel(k("seq"));
    e.moment = l.tijd(k("moment"));
    e.medewerker = l.geheelOfNiets(k("medewerker"));
    e.rol = l.tekst(k("rol"));
    e.actie = l.tekst(k("actie"));
    e.uitkomst = l.keuze(k("uitkomst"), auditUitkomstCodes());
    e.inwoner = l.tekst(k("inwoner"));
    e.objectType = l.tekst(k("objectType"));
    e.objectId = l.tekst(k("objectId"));
    l.negeer(k("details")); // the report lists events, not their details
    l.negeer(k("hash"));    // the chain is checked by /audit/verificatie
    return e;
}

Verificatie Verificatie::lees(JsonLezer &l)
{
    Verificatie v;
    v.intact = l.waar(k("intact"));
    v.gecontroleerd = l.geheel(k("gecontroleerd"));
    v.eersteFout = l.geheelOfNiets(k("eersteFout"));
    v.probleem = l.tekst(k("probleem"));
    l.negeer(k("laatsteSeq"));
    v.laatsteHash = l.tekst(k("laatsteHash"));
    return v;
}

Account Account::lees(JsonLezer &l)
{
    Account a;
    a.id = l.geheel(k("id"));
    a.displayName = l.tekst(k("displayName"));
    a.rol = l.keuze(k("rol"), rolCodes());
    a.teamId = l.geheelOfNiets(k("teamId"));
    a.actief = l.waar(k("actief"));
    for (const char *naam : {"username", "organisatie", "tweedeFactor", "geblokkeerdTot", "aangemaakt"})
        l.negeer(k(naam));
    return a;
}

UitgaandBericht UitgaandBericht::lees(JsonLezer &l)
{
    UitgaandBericht b;
    b.id = l.geheel(k("id"));
    b.topic = l.tekst(k("topic"));
    b.status = l.keuze(k("status"), berichtStatusCodes());
    b.pogingen = l.geheel(k("pogingen"));
    b.laatsteFout = l.tekst(k("laatsteFout"));
    b.aangemaakt = l.tijd(k("aangemaakt"));
    l.negeer(k("volgendePoging"));
    return b;
}

UitgaandeBerichten UitgaandeBerichten::lees(JsonLezer &l) { return UitgaandeBerichten{l.lijst<UitgaandBericht>(k("data"))}; }

BewaarRun BewaarRun::lees(JsonLezer &l)
{
    BewaarRun r;
    r.moment = l.tijd(k("moment"));
    r.bewaarMaanden = l.geheel(k("bewaarMaanden"));
    r.grens = l.datum(k("grens"));
    r.geanonimiseerd = l.geheel(k("geanonimiseerd"));
    r.volledig = l.waar(k("volledig"));
    return r;
}

Bewaartermijn Bewaartermijn::lees(JsonLezer &l) { return Bewaartermijn{l.objectOfNiets<BewaarRun>(k("laatsteRun"))}; }

// --- inrichting ------------------------------------------------------------------------------

Team Team::lees(JsonLezer &l)
{
    Team t;
    t.id = l.geheel(k("id"));
    t.naam = l.tekst(k("naam"));
    t.telefoon = l.tekst(k("telefoon"));
    t.email = l.tekst(k("email"));
    t.openingstijden = l.tekst(k("openingstijden"));
    t.doelBehandeltijdUren = l.geheel(k("doelBehandeltijdUren"));
    t.vierOgenGrens = l.bedrag(k("vierOgenGrensCents"));
    t.medewerkers = l.geheel(k("medewerkers"));
    t.inwoners = l.geheel(k("inwoners"));
    return t;
}

TeamLijst TeamLijst::lees(JsonLezer &l) { return TeamLijst{l.lijst<Team>(k("data"))}; }

void TeamContact::schrijf(JsonSchrijver &s) const
{
    s.tekst(k("naam"), naam);
    s.tekst(k("telefoon"), telefoon);
    s.tekst(k("email"), email);
    s.tekst(k("openingstijden"), openingstijden);
}

void NieuwTeam::schrijf(JsonSchrijver &s) const
{
    s.tekst(k("naam"), naam);
    s.tekst(k("telefoon"), telefoon);
    s.tekst(k("email"), email);
    s.tekst(k("openingstijden"), openingstijden);
}

RedenRegel RedenRegel::lees(JsonLezer &l)
{
    RedenRegel r;
    r.code = l.tekst(k("code"));
    r.soort = l.keuze(k("soort"), redenSoortCodes());
    r.tekstB1 = l.tekst(k("tekstB1"));
    r.tekstMedewerker = l.tekst(k("tekstMedewerker"));
    r.versie = l.geheel(k("versie"));
    r.actief = l.waar(k("actief"));
    return r;
}

RedenCatalogus RedenCatalogus::lees(JsonLezer &l) { return RedenCatalogus{l.lijst<RedenRegel>(k("data"))}; }

RedenVersie RedenVersie::lees(JsonLezer &l)
{
    RedenVersie v;
    l.negeer(k("code"));
    l.negeer(k("soort"));
    v.tekstB1 = l.tekst(k("tekstB1"));
    v.tekstMedewerker = l.tekst(k("tekstMedewerker"));
    v.versie = l.geheel(k("versie"));
    v.auteur = l.tekst(k("auteur"));
    v.reden = l.tekst(k("reden"));
    v.aangemaakt = l.tijd(k("aangemaakt"));
    return v;
}

RedenVersieLijst RedenVersieLijst::lees(JsonLezer &l) { return RedenVersieLijst{l.lijst<RedenVersie>(k("data"))}; }

void NieuweReden::schrijf(JsonSchrijver &s) const
{
    s.tekst(k("code"), code);
    s.keuze(k("soort"), soort, redenSoortCodes());
    s.tekst(k("tekstB1"), tekstB1);
    s.tekst(k("tekstMedewerker"), tekstMedewerker);
    s.tekst(k("reden"), reden);
}

void RedenWijziging::schrijf(JsonSchrijver &s) const
{
    s.tekst(k("tekstB1"), tekstB1);
    s.tekst(k("tekstMedewerker"), tekstMedewerker);
    s.tekst(k("reden"), reden);
}

void Motivering::schrijf(JsonSchrijver &s) const { s.tekst(k("reden"), reden); }

Vorm Vorm::lees(JsonLezer &l)
{
    Vorm v;
    v.code = l.tekst(k("code"));
    v.naam = l.tekst(k("naam"));
    v.uitleg = l.tekst(k("uitleg"));
    return v;
}

VormLijst VormLijst::lees(JsonLezer &l) { return VormLijst{l.lijst<Vorm>(k("data"))}; }

VormAfspraken VormAfspraken::lees(JsonLezer &l)
{
    VormAfspraken v;
    v.vorm = l.object<Vorm>(k("vorm"));
    v.geldend = l.objectOfNiets<Afspraak>(k("geldend"));
    v.geschiedenis = l.lijst<AfspraakVersie>(k("geschiedenis"));
    return v;
}

const api::Codes<PotSoort> &potSoortCodes()
{
    static const api::Codes<PotSoort> codes{{{k("vrij_besteedbaar"), PotSoort::VrijBesteedbaar}, {k("gebonden"), PotSoort::Gebonden}},
                                            PotSoort::Onbekend};
    return codes;
}

void VormProefInvoer::schrijf(JsonSchrijver &s) const
{
    schrijfAfspraak(s, afspraak);
    s.keuze(k("soort"), soort, potSoortCodes());
    s.bedrag(k("bedragCents"), bedrag);
    s.bedrag(k("beschikbaarCents"), beschikbaar);
    s.geheel(k("eerderAantal"), eerderAantal);
    s.bedrag(k("eerderBedragCents"), eerderBedrag);
}

const api::Codes<RekeningControle> &rekeningControleCodes()
{
    static const api::Codes<RekeningControle> codes{{{k("bankpas"), RekeningControle::Bankpas},
                                                {k("afschrift"), RekeningControle::Afschrift},
                                                {k("allegro"), RekeningControle::Allegro},
                                                {k("bank"), RekeningControle::Bank},
                                                {k("anders"), RekeningControle::Anders}},
                                               RekeningControle::Onbekend};
    return codes;
}

EigenRekening EigenRekening::lees(JsonLezer &l)
{
    EigenRekening r;
    r.id = l.geheel(k("id"));
    r.label = l.tekst(k("label"));
    r.ibanEind = l.tekst(k("ibanEind"));
    r.bruikbaar = l.waar(k("bruikbaar"));
    r.verificatie = l.keuze(k("verificatie"), rekeningControleCodes());
    r.verificatieNotitie = l.tekst(k("verificatieNotitie"));
    r.geverifieerdDoor = l.tekst(k("geverifieerdDoor"));
    r.geverifieerdOp = l.tijd(k("geverifieerdOp"));
    r.beeindigdOp = l.tijd(k("beeindigdOp"));
    r.beeindigdReden = l.tekst(k("beeindigdReden"));
    return r;
}

EigenRekeningLijst EigenRekeningLijst::lees(JsonLezer &l) { return EigenRekeningLijst{l.lijst<EigenRekening>(k("data"))}; }

void NieuweEigenRekening::schrijf(JsonSchrijver &s) const
{
    s.tekst(k("iban"), iban);
    s.tekst(k("label"), label);
    s.keuze(k("verificatie"), verificatie, rekeningControleCodes());
    s.tekst(k("notitie"), notitie);
}

void InwonerKoppeling::schrijf(JsonSchrijver &s) const
{
    s.tekst(k("bsn"), bsn);
    s.tekst(k("allegroRelatie"), allegroRelatie);
    s.geheel(k("teamId"), teamId);
    s.geheelOfNull(k("medewerkerId"), medewerkerId);
    s.tekst(k("reden"), reden);
}

void BeeindigInvoer::schrijf(JsonSchrijver &s) const { s.tekst(k("reden"), reden); }

void CaseloadInvoer::schrijf(JsonSchrijver &s) const
{
    s.geheel(k("medewerkerId"), medewerkerId);
    s.tekst(k("inwoner"), inwoner);
}

Caseload Caseload::lees(JsonLezer &l)
{
    Caseload c;
    c.medewerkerId = l.geheel(k("medewerkerId"));
    c.medewerkerNaam = l.tekst(k("medewerkerNaam"));
    c.inwoner = l.tekst(k("inwoner"));
    c.sinds = l.tijd(k("sinds"));
    return c;
}

} // namespace regie::desk
