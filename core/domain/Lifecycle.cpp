#include "domain/Lifecycle.h"

#include <QtCore/QStringList>

namespace regie::lifecycle {

namespace {
using S = VerzoekStatus;
using A = Actie;
const QList<Role> kInwoner{Role::Inwoner};
const QList<Role> kStaf{Role::Medewerker, Role::Teamleider};
const QList<Role> kSysteem{Role::Systeem};
} // namespace

const QList<Overgang> &overgangen()
{
    static const QList<Overgang> table{
        {S::Concept, A::Annuleer, S::Geannuleerd, kInwoner, GeenEffect},
        {S::Concept, A::Uitvoeren, S::Uitgevoerd, kInwoner, Betalen | MeldInwoner},
        {S::Concept, A::Indienen, S::WachtOpAkkoord, kInwoner, HoldPlaatsen | ZaakOpenen | MeldInwoner | MeldMedewerkers},
        {S::Concept, A::Afwijzen, S::Afgewezen, kInwoner, ZaakAfronden | BerichtAllegro | MeldInwoner},
        {S::Concept, A::Vervallen, S::Verlopen, kSysteem, GeenEffect},
        {S::WachtOpAkkoord, A::EersteAkkoord, S::WachtOpTweedeAkkoord, kStaf, GeenEffect},
        {S::WachtOpAkkoord, A::Akkoord, S::Uitgevoerd, kStaf, Betalen | ZaakAfronden | BerichtAllegro | MeldInwoner},
        {S::WachtOpTweedeAkkoord, A::Akkoord, S::Uitgevoerd, kStaf, Betalen | ZaakAfronden | BerichtAllegro | MeldInwoner},
        {S::WachtOpAkkoord, A::Weigeren, S::Geweigerd, kStaf, HoldVrijgeven | ZaakAfronden | BerichtAllegro | MeldInwoner},
        {S::WachtOpTweedeAkkoord, A::Weigeren, S::Geweigerd, kStaf, HoldVrijgeven | ZaakAfronden | BerichtAllegro | MeldInwoner},
        {S::WachtOpAkkoord, A::Intrekken, S::Ingetrokken, kInwoner, HoldVrijgeven | ZaakAfronden | MeldInwoner},
        {S::WachtOpTweedeAkkoord, A::Intrekken, S::Ingetrokken, kInwoner, HoldVrijgeven | ZaakAfronden | MeldInwoner},
        {S::WachtOpAkkoord, A::Verlopen, S::Verlopen, kSysteem, HoldVrijgeven | ZaakAfronden | MeldInwoner},
        {S::WachtOpTweedeAkkoord, A::Verlopen, S::Verlopen, kSysteem, HoldVrijgeven | ZaakAfronden | MeldInwoner},
        {S::Uitgevoerd, A::Mislukt, S::NietGelukt, kSysteem, Terugboeken | MeldInwoner | MeldMedewerkers},
    };
    return table;
}

const Overgang *zoek(VerzoekStatus van, Actie actie, Role wie)
{
    for (const Overgang &o : overgangen()) {
        if (o.van == van && o.actie == actie)
            return o.wie.contains(wie) ? &o : nullptr;
    }
    return nullptr;
}

QString toCode(Actie actie)
{
    switch (actie) {
    case A::Annuleer: return QStringLiteral("annuleer");
    case A::Uitvoeren: return QStringLiteral("uitvoeren");
    case A::Indienen: return QStringLiteral("indienen");
    case A::Afwijzen: return QStringLiteral("afwijzen");
    case A::EersteAkkoord: return QStringLiteral("eerste_akkoord");
    case A::Akkoord: return QStringLiteral("akkoord");
    case A::Weigeren: return QStringLiteral("weigeren");
    case A::Intrekken: return QStringLiteral("intrekken");
    case A::Verlopen: return QStringLiteral("verlopen");
    case A::Vervallen: return QStringLiteral("vervallen");
    case A::Mislukt: return QStringLiteral("mislukt");
    }
    return {};
}

QString effectenTekst(unsigned effecten)
{
    static const QList<std::pair<Effect, const char *>> names{
        {HoldPlaatsen, "hold"},          {Betalen, "betalen"},       {HoldVrijgeven, "hold vrij"},
        {ZaakOpenen, "zaak openen"},     {ZaakAfronden, "zaak afronden"}, {BerichtAllegro, "bericht Allegro"},
        {MeldInwoner, "melding inwoner"}, {MeldMedewerkers, "melding medewerkers"}, {Terugboeken, "terugboeken"}};
    QStringList out;
    for (const auto &[flag, name] : names) {
        if (effecten & flag)
            out.append(QString::fromLatin1(name));
    }
    return out.isEmpty() ? QStringLiteral("-") : out.join(QStringLiteral(", "));
}

QString alsMarkdown()
{
    QString md = QStringLiteral("| van | actie | naar | wie | effecten |\n|---|---|---|---|---|\n");
    for (const Overgang &o : overgangen()) {
        QStringList wie;
        for (Role r : o.wie)
            wie.append(regie::toCode(r));
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(regie::toCode(o.van), toCode(o.actie), regie::toCode(o.naar), wie.join(QStringLiteral(", ")),
                       effectenTekst(o.effecten));
    }
    return md;
}

} // namespace regie::lifecycle
