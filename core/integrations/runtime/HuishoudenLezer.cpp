#include "integrations/runtime/HuishoudenLezer.h"

#include "calendar/AmsterdamTijd.h"
#include "integrations/allegro/AssumedOperations.h"
#include "integrations/runtime/Senders.h"

namespace regie::integrations {

namespace {

constexpr int kKredietbank = 2;

template <class T>
bool mislukt(const allegro::Result<T> &r, const char *operatie, LeesFout *fout)
{
    if (r.ok())
        return false;
    const SendOutcome uitkomst = classifyAllegro(r.error);
    fout->transport = uitkomst.kind == SendOutcome::Kind::Transient;
    fout->reden = QLatin1String(operatie) + QStringLiteral(": ") + uitkomst.reason;
    return true;
}

services::BudgetplanRegel alsRegel(const allegro::TBBROpdracht &o)
{
    services::BudgetplanRegel r;
    r.soort = BudgetplanSoort::Uitgave;
    r.omschrijving = o.Omschrijving.left(200);
    r.bedrag = o.PeriodeBedrag;
    using P = allegro::Periodiciteit;
    switch (allegro::periodiciteitUitCode(o.Periodiciteit).value_or(P::Maand)) {
    case P::Week: r.periode = Periode::Week; break;
    case P::VierWeken: r.periode = Periode::VierWeken; break;
    case P::Kwartaal: r.periode = Periode::Kwartaal; break;
    case P::Jaar: r.periode = Periode::Jaar; break;
    case P::Maand:
    case P::Eenmalig: r.periode = Periode::Maand; break;
    }
    if (o.VolgendeDatum.isValid())
        r.volgendeDatum = calendar::amsterdamDatum(o.VolgendeDatum);
    r.allegroVolgnummer = QString::number(o.Volgnummer);
    return r;
}

bool leesBudgetbeheer(allegro::AllegroClient &client, qint32 relatie, services::AllegroHuishouden &h, LeesFout *fout)
{
    using namespace allegro;
    const auto bbr = client.callBlocking(ops::kGetBBROverzicht, RelatieCodeRequest{relatie});
    if (mislukt(bbr, "GetBBROverzicht", fout))
        return false;
    if (bbr.value->Result.empty()) {
        fout->onbekendeRelatie = true;
        fout->reden = QStringLiteral("GetBBROverzicht: geen budgetbeheer voor deze relatie");
        return false;
    }
    h.vormCode = bbr.value->Result.front().VormCode.trimmed();
    const auto relatieGegevens = client.callBlocking(assumed::kGetRelatie, RelatieCodeRequest{relatie});
    const auto rekeningen = client.callBlocking(assumed::kGetRekeningnummers, RelatieCodeRequest{relatie});
    if (mislukt(relatieGegevens, "GetRelatie", fout) || mislukt(rekeningen, "GetRekeningnummers", fout))
        return false;
    const TRelatie &r = relatieGegevens.value->Result;
    h.voornaam = r.Voornamen.isEmpty() ? r.Voorletters : r.Voornamen;
    h.achternaam = r.Voorvoegsels.isEmpty() ? r.Achternaam : QString(r.Voorvoegsels + QLatin1Char(' ') + r.Achternaam);
    h.email = r.Email;
    h.beheerIban = rekeningen.value->Beheerrekening.IBAN;
    for (const TRekeningnummer &k : rekeningen.value->Result) {
        if (!k.Geblokkeerd)
            h.eigenRekeningen.append({k.IBAN, k.Omschrijving.isEmpty() ? QStringLiteral("Eigen rekening") : k.Omschrijving, true});
    }
    return true;
}

bool leesGeld(allegro::AllegroClient &client, qint32 relatie, services::AllegroHuishouden &h, LeesFout *fout)
{
    using namespace allegro;
    const auto opdrachten = client.callBlocking(assumed::kGetOpdrachten, RelatieCodeRequest{relatie});
    const auto saldi = client.callBlocking(assumed::kGetSaldoReserveringen, RelatieCodeRequest{relatie});
    const auto afschriften = client.callBlocking(assumed::kGetAfschriften, AfschriftenRequest{relatie, {}});
    if (mislukt(opdrachten, "GetOpdrachten", fout) || mislukt(saldi, "GetSaldoReserveringen", fout)
        || mislukt(afschriften, "GetAfschriften", fout))
        return false;
    for (const TSaldoReservering &s : saldi.value->Result.SaldoReserveringen)
        h.reserveringen.append({QString::number(s.Volgnummer), s.Omschrijving.left(100), s.Saldo});
    for (const TBBROpdracht &o : opdrachten.value->Result) {
        if (allegro::periodiciteitUitCode(o.Periodiciteit) == allegro::Periodiciteit::Eenmalig)
            continue; // a one-time order (a payout) is no budgetplan line
        if (o.Omschrijving.compare(QLatin1String("Leefgeld"), Qt::CaseInsensitive) == 0 && !h.leefgeld) {
            h.leefgeld = alsRegel(o);
            continue;
        }
        h.regels.append(alsRegel(o));
        h.regelReservering.append(o.NummerReservering > 0 ? QString::number(o.NummerReservering) : QString());
    }
    h.beheersaldo = afschriften.value->Result.HuidigPrsSaldo;
    for (const TPRSAfschriftMutatie &m : afschriften.value->Mutaties)
        h.mutaties.append(alsTransactie(m));
    return true;
}

} // namespace

bool leesLeningen(allegro::AllegroClient &client, const QString &bsnDigits, QList<services::Lening> *leningen, LeesFout *fout)
{
    using namespace allegro;
    if (bsnDigits.isEmpty())
        return true;
    const auto relaties = client.callBlocking(ops::kBSNNaarRelatieMetBedrijf, BSNRequest{bsnDigits});
    if (mislukt(relaties, "BSNNaarRelatieMetBedrijf", fout))
        return false;
    for (const TRelatiecodeBedrijfcode &rel : relaties.value->Result) {
        if (rel.Bedrijfscode != kKredietbank)
            continue;
        const auto headers = client.callBlocking(ops::kGetPLOverzicht, RelatieCodeRequest{rel.Relatiecode});
        if (mislukt(headers, "GetPLOverzicht", fout))
            return false;
        for (const TPLHeader &header : headers.value->Result) {
            const auto pl = client.callBlocking(ops::kGetPL, PLRequest{header});
            if (mislukt(pl, "GetPL", fout))
                return false;
            const TPL &t = pl.value->Result;
            services::Lening l;
            l.omschrijving = QStringLiteral("Lening %1-%2").arg(rel.Relatiecode).arg(header.Volgnummer);
            l.geleend = t.NettoKredietsom;
            l.openstaand = t.SaldoLening;
            l.maandtermijn = t.MaandTermijn;
            l.achterstand = t.Achterstand;
            l.resterendeLooptijdMaanden = t.ResterendeLooptijd;
            l.startdatum = header.Startdatum.date();
            l.einddatum = t.TheoEinddatum.date();
            leningen->append(l);
        }
    }
    return true;
}

services::BankTransactie alsTransactie(const allegro::TPRSAfschriftMutatie &m)
{
    services::BankTransactie t;
    t.datum = calendar::amsterdamDatum(m.DatumMutatie);
    t.bedrag = m.IndicatieAf ? Money::fromCents(-m.Bedrag.cents()) : m.Bedrag;
    t.omschrijving = m.Omschrijving.left(200);
    t.categorie = QStringLiteral("allegro");
    t.bron = QStringLiteral("allegro");
    t.externId = QString::number(m.VolgnummerMutatie);
    return t;
}

LeesUitkomst leesHuishouden(allegro::AllegroClient &client, qint32 relatieCode, const QString &bsnDigits)
{
    LeesUitkomst out;
    services::AllegroHuishouden h;
    h.relatiecode = QString::number(relatieCode);
    if (leesBudgetbeheer(client, relatieCode, h, &out.fout) && leesGeld(client, relatieCode, h, &out.fout)
        && leesLeningen(client, bsnDigits, &h.leningen, &out.fout))
        out.huishouden = std::move(h);
    return out;
}

} // namespace regie::integrations
