#include "rules/Validatie.h"

#include <QtCore/QCoreApplication>

namespace regie::rules {
namespace {

QString veldNaam(const char *veld)
{
    const QLatin1String v(veld);
    if (v == QLatin1String("maxPerOpname"))
        return QCoreApplication::translate("regie::rules", "Het maximum per opname");
    if (v == QLatin1String("maxPerWeekBedrag"))
        return QCoreApplication::translate("regie::rules", "Het maximumbedrag per week");
    if (v == QLatin1String("maxPerWeekAantal"))
        return QCoreApplication::translate("regie::rules", "Het maximumaantal per week");
    if (v == QLatin1String("maxPerMaandBedrag"))
        return QCoreApplication::translate("regie::rules", "Het maximumbedrag per maand");
    if (v == QLatin1String("maxPerMaandAantal"))
        return QCoreApplication::translate("regie::rules", "Het maximumaantal per maand");
    return QCoreApplication::translate("regie::rules", "Het minimumsaldo");
}

void fout(QList<ValidatieFout> &lijst, const char *veld, const char *code, const QString &tekst)
{
    lijst.append({QLatin1String(veld), QLatin1String(code), tekst});
}

void controleerBedrag(QList<ValidatieFout> &lijst, const char *veld, const std::optional<Money> &m)
{
    if (!m)
        return;
    if (m->isNegative())
        fout(lijst, veld, "NEGATIEF",
             QCoreApplication::translate("regie::rules", "%1 mag niet negatief zijn.").arg(veldNaam(veld)));
    else if (!m->inRange())
        fout(lijst, veld, "TE_GROOT",
             QCoreApplication::translate("regie::rules", "%1 is te groot.").arg(veldNaam(veld)));
}

void controleerAantal(QList<ValidatieFout> &lijst, const char *veld, const std::optional<int> &n)
{
    if (!n)
        return;
    if (*n < 0)
        fout(lijst, veld, "NEGATIEF",
             QCoreApplication::translate("regie::rules", "%1 mag niet negatief zijn.").arg(veldNaam(veld)));
    else if (*n > kMaxAantalGrens)
        fout(lijst, veld, "TE_GROOT",
             QCoreApplication::translate("regie::rules", "%1 mag niet hoger zijn dan %2.")
                 .arg(veldNaam(veld), QString::number(kMaxAantalGrens)));
}

bool geldigeModus(Modus m)
{
    switch (m) {
    case Modus::Vrij:
    case Modus::NaAkkoord:
    case Modus::NietToegestaan:
        return true;
    }
    return false;
}

bool geldigeScope(Scope s)
{
    switch (s) {
    case Scope::Reservering:
    case Scope::Inwoner:
    case Scope::Vorm:
        return true;
    }
    return false;
}

void controleerKop(QList<ValidatieFout> &lijst, const Afspraak &a)
{
    if (a.id < 0)
        fout(lijst, "id", "NEGATIEF",
             QCoreApplication::translate("regie::rules", "Het nummer van de afspraak mag niet negatief zijn."));
    if (a.versie < 1)
        fout(lijst, "versie", "ONGELDIG",
             QCoreApplication::translate("regie::rules", "De versie van de afspraak moet 1 of hoger zijn."));
    if (!geldigeScope(a.scope))
        fout(lijst, "scope", "ONGELDIG",
             QCoreApplication::translate("regie::rules", "Kies voor wie de afspraak geldt."));
    const bool opReservering = a.scope == Scope::Reservering;
    if (opReservering && (!a.reserveringId || *a.reserveringId <= 0))
        fout(lijst, "reserveringId", "ONTBREEKT",
             QCoreApplication::translate("regie::rules", "Kies de reservering waar deze afspraak voor geldt."));
    if (!opReservering && a.reserveringId)
        fout(lijst, "reserveringId", "OVERBODIG",
             QCoreApplication::translate("regie::rules",
                 "Een afspraak voor de inwoner of de vorm hoort niet bij een reservering."));
    if (!geldigeModus(a.modus))
        fout(lijst, "modus", "ONGELDIG",
             QCoreApplication::translate("regie::rules", "Kies of opnemen vrij, na akkoord of niet toegestaan is."));
}

void controleerSamenhang(QList<ValidatieFout> &lijst, const Afspraak &a)
{
    // A limit that can never bind because a tighter one covers it is almost always a typo.
    if (a.maxPerOpname && a.maxPerWeekBedrag && *a.maxPerOpname > *a.maxPerWeekBedrag)
        fout(lijst, "maxPerOpname", "HOGER_DAN_WEEK",
             QCoreApplication::translate("regie::rules",
                 "Het maximum per opname is hoger dan het maximumbedrag per week."));
    else if (a.maxPerOpname && a.maxPerMaandBedrag && *a.maxPerOpname > *a.maxPerMaandBedrag)
        fout(lijst, "maxPerOpname", "HOGER_DAN_MAAND",
             QCoreApplication::translate("regie::rules",
                 "Het maximum per opname is hoger dan het maximumbedrag per maand."));
    if (a.maxPerWeekBedrag && a.maxPerMaandBedrag && *a.maxPerWeekBedrag > *a.maxPerMaandBedrag)
        fout(lijst, "maxPerWeekBedrag", "HOGER_DAN_MAAND",
             QCoreApplication::translate("regie::rules",
                 "Het maximumbedrag per week is hoger dan het maximumbedrag per maand."));
    if (a.maxPerWeekAantal && a.maxPerMaandAantal && *a.maxPerWeekAantal > *a.maxPerMaandAantal)
        fout(lijst, "maxPerWeekAantal", "HOGER_DAN_MAAND",
             QCoreApplication::translate("regie::rules",
                 "Het maximumaantal per week is hoger dan het maximumaantal per maand."));
}

void controleerData(QList<ValidatieFout> &lijst, const Afspraak &a)
{
    if (!a.ingangsdatum.isValid())
        fout(lijst, "ingangsdatum", "ONTBREEKT",
             QCoreApplication::translate("regie::rules", "Vul de datum in waarop de afspraak ingaat."));
    if (a.geldigTot && !a.geldigTot->isValid())
        fout(lijst, "geldigTot", "ONGELDIG",
             QCoreApplication::translate("regie::rules", "De einddatum is geen geldige datum."));
    else if (a.geldigTot && a.ingangsdatum.isValid() && *a.geldigTot < a.ingangsdatum)
        fout(lijst, "geldigTot", "VOOR_INGANGSDATUM",
             QCoreApplication::translate("regie::rules", "De einddatum ligt voor de ingangsdatum."));
}

} // namespace

QList<ValidatieFout> valideer(const Afspraak &afspraak)
{
    QList<ValidatieFout> lijst;
    controleerKop(lijst, afspraak);
    controleerBedrag(lijst, "maxPerOpname", afspraak.maxPerOpname);
    controleerBedrag(lijst, "maxPerWeekBedrag", afspraak.maxPerWeekBedrag);
    controleerAantal(lijst, "maxPerWeekAantal", afspraak.maxPerWeekAantal);
    controleerBedrag(lijst, "maxPerMaandBedrag", afspraak.maxPerMaandBedrag);
    controleerAantal(lijst, "maxPerMaandAantal", afspraak.maxPerMaandAantal);
    controleerBedrag(lijst, "minimumSaldo", afspraak.minimumSaldo);
    controleerSamenhang(lijst, afspraak);
    controleerData(lijst, afspraak);
    return lijst;
}

} // namespace regie::rules
