#include "demo/Loader.h"

#include "services/Afspraken.h"
#include "services/Boekingen.h"
#include "services/Huishoudens.h"
#include "services/Laadstand.h"
#include "services/Organisatie.h"
#include "storage/Database.h"

#include <QtCore/QElapsedTimer>

#include <utility>

namespace regie::demo {

using services::ErrorCode;
using services::Result;
namespace {

// Lines per boekTransacties call: one call is one database transaction, so this bounds
// how long other writers wait behind the loader.
constexpr qsizetype kMaxPerBoeking = 5'000;

struct Lader {
    Lader(services::ServiceContext &c, const Dataset &ds, const LaadOpties &o)
        : ctx(c), d(ds), opties(o), organisatie(c), huishoudens(c), boekingen(c), afspraken(c), stand(c)
    {
    }
    services::ServiceContext &ctx;
    const Dataset &d;
    const LaadOpties &opties;
    services::Organisatie organisatie;
    services::Huishoudens huishoudens;
    services::Boekingen boekingen;
    services::Afspraken afspraken;
    services::Laadstand stand;
    const Actor actor = Actor::systeem();
    LoadSummary samenvatting;
    QList<qint64> teamIds, gebruikerIds;
    services::ServiceError fout;
};

template <typename T>
bool gelukt(Lader &l, const Result<T> &r, const QString &waar)
{
    if (r.ok())
        return true;
    l.fout = r.error;
    l.fout.message = waar + QStringLiteral(": ") + r.error.message;
    return false;
}

// Whether a step still has to be done: its result is not in the database yet. The loader
// reads through services::Laadstand and writes only through the services.
bool nogNiet(Lader &l, const Result<bool> &bestaat, bool *nodig)
{
    if (!gelukt(l, bestaat, QStringLiteral("controle")))
        return false;
    *nodig = !*bestaat.value;
    return true;
}

// ---- Organisation -----------------------------------------------------------------------

bool laadTeams(Lader &l)
{
    for (const Team &t : l.d.teams) {
        bool nieuw = false;
        if (!nogNiet(l, l.stand.teamBestaat(l.actor, t.naam), &nieuw))
            return false;
        const auto id = l.organisatie.maakTeam(l.actor, t.naam, t.telefoon, t.email, t.vierOgenGrens);
        if (!gelukt(l, id, QStringLiteral("team")))
            return false;
        l.teamIds.append(*id.value);
        l.samenvatting.teams += nieuw ? 1 : 0;
    }
    return true;
}

bool laadVormen(Lader &l)
{
    for (const Vorm &v : l.d.vormen) {
        bool nodig = false;
        if (!nogNiet(l, l.stand.vormBestaat(l.actor, v.code, v.naam, v.uitleg), &nodig))
            return false;
        if (nodig && !gelukt(l, l.organisatie.zetVorm(l.actor, v.code, v.naam, v.uitleg), QStringLiteral("vorm")))
            return false;
        l.samenvatting.vormen += nodig ? 1 : 0;
        if (!nogNiet(l, l.stand.vormAfspraakBestaat(l.actor, v.code), &nodig))
            return false;
        if (nodig && !gelukt(l, l.afspraken.zet(l.actor, {v.standaard, v.code, 0, v.reden}), QStringLiteral("afspraak")))
            return false;
        l.samenvatting.afspraken += nodig ? 1 : 0;
    }
    return true;
}

bool laadRedenen(Lader &l)
{
    for (const services::Reden &r : l.d.redenen) {
        bool nodig = false;
        if (!nogNiet(l, l.stand.redenBestaat(l.actor, r), &nodig))
            return false;
        if (nodig && !gelukt(l, l.organisatie.zetReden(l.actor, r), QStringLiteral("reden")))
            return false;
        l.samenvatting.redenen += nodig ? 1 : 0;
    }
    return true;
}

bool laadGebruikers(Lader &l)
{
    for (const Gebruiker &g : l.d.gebruikers) {
        bool nieuw = false;
        if (!nogNiet(l, l.stand.gebruikerBestaat(l.actor, g.username), &nieuw))
            return false;
        services::NieuweGebruiker invoer;
        invoer.username = g.username;
        invoer.displayName = g.displayName;
        invoer.role = g.role;
        invoer.teamId = g.team >= 0 ? l.teamIds.at(g.team) : 0;
        invoer.email = g.email;
        invoer.telefoon = g.telefoon;
        invoer.organisatie = g.organisatie;
        invoer.password = nieuw ? l.opties.wachtwoord : QString(); // no needless scrypt on a rerun
        invoer.demo = true; // in a demo store: may use the demo TOTP (Organisatie marks it)
        const auto id = l.organisatie.maakGebruiker(l.actor, invoer);
        if (!gelukt(l, id, QStringLiteral("gebruiker")))
            return false;
        l.gebruikerIds.append(*id.value);
        l.samenvatting.gebruikers += nieuw ? 1 : 0;
    }
    return true;
}

} // namespace

namespace {

// ---- One household ----------------------------------------------------------------------

struct Geladen {
    qint64 inwonerId = 0;
    QList<qint64> reserveringIds;
};

bool isCompleet(Lader &l, const Huishouden &h, qint64 inwonerId, const Laadvolgorde &volgorde)
{
    const auto bank = l.stand.transacties(l.actor, inwonerId, QStringLiteral("demo"));
    const auto stortingen = l.stand.stortingen(l.actor, QStringLiteral("storting:demo:") + h.relatiecode);
    return bank.ok() && stortingen.ok()
           && *bank.value == volgorde.bankAlgemeen.size() + volgorde.bankUitReservering.size()
           && *stortingen.value == volgorde.stortingen.size();
}

bool laadInwoner(Lader &l, const Huishouden &h, Geladen &g)
{
    services::NieuweInwoner invoer = h.inwoner;
    invoer.teamId = l.teamIds.at(h.team);
    invoer.demo = true; // in a demo store: may use the test login
    const auto id = l.huishoudens.maakInwoner(l.actor, invoer);
    if (!gelukt(l, id, QStringLiteral("inwoner")))
        return false;
    g.inwonerId = *id.value;
    for (const services::NieuweReservering &r : h.reserveringen) {
        const auto rid = l.huishoudens.voegReserveringToe(l.actor, g.inwonerId, r);
        if (!gelukt(l, rid, QStringLiteral("reservering")))
            return false;
        g.reserveringIds.append(*rid.value);
    }
    l.samenvatting.reserveringen += static_cast<int>(h.reserveringen.size());
    return true;
}

bool laadPlanEnLening(Lader &l, const Huishouden &h, const Geladen &g)
{
    bool nodig = false;
    if (!nogNiet(l, l.stand.budgetplanBestaat(l.actor, g.inwonerId), &nodig))
        return false;
    if (nodig) {
        services::Budgetplan plan = h.budgetplan;
        for (const PlanRegel &regel : h.planRegels) {
            services::BudgetplanRegel r = regel.regel;
            if (regel.reservering >= 0)
                r.reserveringId = g.reserveringIds.at(regel.reservering);
            plan.regels.append(r);
        }
        if (!gelukt(l, l.huishoudens.zetBudgetplan(l.actor, g.inwonerId, plan), QStringLiteral("budgetplan")))
            return false;
    }
    if (!h.lening)
        return true;
    if (!nogNiet(l, l.stand.leningBestaat(l.actor, g.inwonerId, h.lening->omschrijving), &nodig))
        return false;
    return !nodig || gelukt(l, l.huishoudens.zetLening(l.actor, g.inwonerId, *h.lening), QStringLiteral("lening"));
}

bool laadAfsprakenEnCaseload(Lader &l, const Huishouden &h, const Geladen &g)
{
    for (const HuishoudAfspraak &a : h.afspraken) {
        services::AfspraakInvoer invoer{a.afspraak, QString(), g.inwonerId, a.reden};
        if (a.reservering >= 0)
            invoer.afspraak.reserveringId = g.reserveringIds.at(a.reservering);
        bool nodig = false;
        if (!nogNiet(l, l.stand.afspraakBestaat(l.actor, rules::toString(a.afspraak.scope), g.inwonerId,
                                                 invoer.afspraak.reserveringId),
                     &nodig))
            return false;
        if (nodig && !gelukt(l, l.afspraken.zet(l.actor, invoer), QStringLiteral("afspraak")))
            return false;
        l.samenvatting.afspraken += nodig ? 1 : 0;
    }
    const qint64 medewerker = l.gebruikerIds.at(h.medewerker);
    bool nodig = false;
    if (!nogNiet(l, l.stand.caseloadBestaat(l.actor, medewerker, g.inwonerId), &nodig))
        return false;
    if (nodig && !gelukt(l, l.organisatie.koppelCaseload(l.actor, medewerker, g.inwonerId), QStringLiteral("caseload")))
        return false;
    l.samenvatting.caseloads += nodig ? 1 : 0;
    return true;
}

bool boekBank(Lader &l, const Huishouden &h, const Geladen &g, const QList<int> &indexen)
{
    for (qsizetype begin = 0; begin < indexen.size(); begin += kMaxPerBoeking) {
        QList<services::BankTransactie> partij;
        partij.reserve(std::min(kMaxPerBoeking, indexen.size() - begin));
        for (qsizetype i = begin; i < indexen.size() && i < begin + kMaxPerBoeking; ++i) {
            const Boeking &b = h.boekingen.at(indexen.at(i));
            services::BankTransactie t = bankTransactie(h, b);
            if (b.reservering >= 0)
                t.reserveringId = g.reserveringIds.at(b.reservering);
            partij.append(std::move(t));
        }
        const auto resultaat = l.boekingen.boekTransacties(l.actor, g.inwonerId, partij);
        if (!gelukt(l, resultaat, QStringLiteral("transacties")))
            return false;
        l.samenvatting.transactiesGeboekt += resultaat.value->geboekt;
        l.samenvatting.transactiesAlBekend += resultaat.value->alBekend;
    }
    return true;
}

bool boekHistorie(Lader &l, const Huishouden &h, const Geladen &g, const Laadvolgorde &volgorde)
{
    if (!boekBank(l, h, g, volgorde.bankAlgemeen))
        return false;
    // Wave 2 in one transaction: the allocations were 90% of the service calls.
    QList<services::Boekingen::Storting> stortingen;
    stortingen.reserve(volgorde.stortingen.size());
    for (int i : volgorde.stortingen) {
        const Boeking &b = h.boekingen.at(i);
        stortingen.append({g.reserveringIds.at(b.reservering), b.bedrag, stortingSleutel(h, b)});
    }
    if (!stortingen.isEmpty()) {
        const auto r = l.boekingen.stortInReserveringen(l.actor, g.inwonerId, stortingen);
        if (!gelukt(l, r, QStringLiteral("storting")))
            return false;
        l.samenvatting.stortingen += stortingen.size();
    }
    return boekBank(l, h, g, volgorde.bankUitReservering);
}

bool laadHuishouden(Lader &l, const Huishouden &h)
{
    const Laadvolgorde volgorde = laadvolgorde(h);
    const auto bestaand = l.stand.inwonerMetRelatiecode(l.actor, h.relatiecode);
    if (!gelukt(l, bestaand, QStringLiteral("controle")))
        return false;
    if (*bestaand.value > 0 && isCompleet(l, h, *bestaand.value, volgorde)) {
        ++l.samenvatting.inwonersAlGeladen;
        return true;
    }
    Geladen g;
    if (!laadInwoner(l, h, g) || !laadPlanEnLening(l, h, g) || !laadAfsprakenEnCaseload(l, h, g)
        || !boekHistorie(l, h, g, volgorde))
        return false;
    ++l.samenvatting.inwonersNieuw;
    return true;
}

} // namespace

Laadvolgorde laadvolgorde(const Huishouden &huishouden)
{
    Laadvolgorde v;
    for (int i = 0; i < huishouden.boekingen.size(); ++i) {
        const Boeking &b = huishouden.boekingen[i];
        if (b.soort == Boeking::Soort::Storting)
            v.stortingen.append(i);
        else if (b.reservering >= 0 && b.bedrag.isNegative())
            v.bankUitReservering.append(i);
        else
            v.bankAlgemeen.append(i);
    }
    return v;
}

Loader::Loader(LaadOpties opties) : opties_(std::move(opties)) {}

Result<LoadSummary> Loader::laad(services::ServiceContext &context, const Dataset &dataset)
{
    QElapsedTimer klok;
    klok.start();
    Lader l(context, dataset, opties_);
    const storage::FastCommits snel(context.db, opties_.snelleCommits);
    if (!laadTeams(l) || !laadVormen(l) || !laadRedenen(l) || !laadGebruikers(l))
        return Result<LoadSummary>::failure(l.fout);
    const int totaal = static_cast<int>(dataset.huishoudens.size());
    for (int i = 0; i < totaal; ++i) {
        const Huishouden &h = dataset.huishoudens[i];
        if (!laadHuishouden(l, h)) {
            l.fout.message = h.relatiecode + QStringLiteral(" ") + l.fout.message;
            return Result<LoadSummary>::failure(l.fout);
        }
        if (opties_.voortgang)
            opties_.voortgang(i + 1, totaal);
    }
    l.samenvatting.duurMs = klok.elapsed();
    return Result<LoadSummary>::success(l.samenvatting);
}

} // namespace regie::demo
