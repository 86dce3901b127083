#include "api/ApiJson.h"

#include "api/ApiSupport.h"

namespace regie::web::api::json {

namespace {

QString k(const char *key) { return QString::fromLatin1(key); }

QJsonValue optInt(const std::optional<int> &n) { return n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null); }
QJsonValue optId(const std::optional<qint64> &n) { return n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null); }

QJsonObject redenJson(const rules::Reden &r)
{
    return QJsonObject{{k("code"), r.code},
                       {k("effect"), rules::toString(r.effect)},
                       {k("regel"), r.regel},
                       {k("gevraagdBedragCents"), cents(r.gevraagdBedrag)},
                       {k("grensBedragCents"), cents(r.grensBedrag)},
                       {k("gevraagdAantal"), optInt(r.gevraagdAantal)},
                       {k("grensAantal"), optInt(r.grensAantal)},
                       {k("tekstInwoner"), r.tekst()},
                       {k("tekstMedewerker"), r.tekstMedewerker()}};
}

QJsonObject besluitJson(const services::BesluitView &b)
{
    return QJsonObject{{k("medewerker"), b.medewerkerNaam}, {k("akkoord"), b.akkoord},
                       {k("redenCode"), b.redenCode},       {k("redenTekstB1"), b.redenTekstB1},
                       {k("extraToelichting"), b.extraToelichting}, {k("stap"), b.stap},
                       {k("moment"), time(b.moment)}};
}

QJsonObject reserveringJson(const services::ReserveringView &r)
{
    return QJsonObject{{k("id"), r.id},
                       {k("naam"), r.naam},
                       {k("soort"), toCode(r.soort)},
                       {k("saldoCents"), r.saldo.cents()},
                       {k("beschikbaarCents"), r.beschikbaar.cents()},
                       {k("vastgehoudenCents"), r.vastgehouden.cents()},
                       {k("bedragPerPeriodeCents"), r.bedragPerPeriode.cents()},
                       {k("periode"), toCode(r.periode)},
                       {k("doelCents"), cents(r.doel)},
                       {k("maximumCents"), cents(r.maximum)},
                       {k("maxVrijCents"), cents(r.maxVrij)},
                       {k("uitleg"), r.uitleg},
                       {k("voortgangProcent"), r.voortgangProcent}};
}

QJsonObject budgetplanJson(const services::BudgetplanView &b)
{
    QJsonArray regels;
    for (const services::BudgetplanRegelView &r : b.regels)
        regels.append(QJsonObject{{k("soort"), toCode(r.soort)},
                                  {k("omschrijving"), r.omschrijving},
                                  {k("bedragCents"), r.bedrag.cents()},
                                  {k("periode"), toCode(r.periode)},
                                  {k("volgendeDatum"), date(r.volgendeDatum.value_or(QDate()))}});
    return QJsonObject{{k("leefgeldCents"), b.leefgeld.cents()},
                       {k("leefgeldPeriode"), toCode(b.leefgeldPeriode)},
                       {k("leefgeldVolgendeDatum"), date(b.leefgeldVolgendeDatum)},
                       {k("inkomstenPerMaandCents"), b.inkomstenPerMaand.cents()},
                       {k("uitgavenPerMaandCents"), b.uitgavenPerMaand.cents()},
                       {k("regels"), regels}};
}

QJsonObject leningJson(const services::LeningView &l)
{
    return QJsonObject{{k("omschrijving"), l.omschrijving},
                       {k("geleendCents"), l.geleend.cents()},
                       {k("openstaandCents"), l.openstaand.cents()},
                       {k("maandtermijnCents"), l.maandtermijn.cents()},
                       {k("achterstandCents"), l.achterstand.cents()},
                       {k("resterendeLooptijdMaanden"), l.resterendeLooptijdMaanden},
                       {k("einddatum"), date(l.einddatum)},
                       {k("uitleg"), l.uitleg}};
}

std::optional<Money> centsField(const QJsonObject &o, const char *key, QList<services::FieldError> *bad)
{
    const auto c = readCents(o, k(key), bad);
    return c ? std::optional<Money>(Money::fromCents(*c)) : std::nullopt;
}

std::optional<int> countField(const QJsonObject &o, const char *key, QList<services::FieldError> *bad)
{
    const auto n = readInteger(o, k(key), bad);
    if (n && (*n < 0 || *n > rules::kMaxAantalGrens)) {
        bad->append({k(key), QStringLiteral("Kies 0 tot en met %1.").arg(rules::kMaxAantalGrens)});
        return std::nullopt;
    }
    return n ? std::optional<int>(static_cast<int>(*n)) : std::nullopt;
}

} // namespace

QJsonObject werkvoorraadRegel(const services::WerkvoorraadRegel &r)
{
    return QJsonObject{{k("id"), r.publicId},
                       {k("inwoner"), r.inwonerPseudonym},
                       {k("inwonerNaam"), r.inwonerNaam},
                       {k("reserveringId"), r.reserveringId},
                       {k("reserveringNaam"), r.reserveringNaam},
                       {k("bedragCents"), r.bedrag.cents()},
                       {k("status"), toCode(r.status)},
                       {k("uitkomst"), r.uitkomst},
                       {k("verstuurd"), time(r.verstuurd)},
                       {k("wachtMinuten"), r.wachtMinuten},
                       {k("doelUren"), r.doelUren},
                       {k("vierOgen"), r.vierOgen},
                       {k("gesignaleerd"), r.gesignaleerd},
                       {k("eersteAkkoordDoor"), optId(r.eersteAkkoordDoor)},
                       {k("eersteAkkoordNaam"), r.eersteAkkoordNaam}};
}

QJsonObject beoordeling(const rules::Beoordeling &b)
{
    QJsonArray redenen;
    for (const rules::Reden &r : b.redenen)
        redenen.append(redenJson(r));
    QJsonArray beslissend;
    for (const rules::Reden &r : b.beslissendeRedenen())
        beslissend.append(r.code);
    return QJsonObject{{k("uitkomst"), rules::toString(b.uitkomst)},
                       {k("samenvatting"), b.samenvatting()},
                       {k("redenen"), redenen},
                       {k("beslissend"), beslissend},
                       {k("afspraakId"), b.afspraakId},
                       {k("afspraakVersie"), b.afspraakVersie},
                       {k("moment"), time(b.moment)}};
}

QJsonObject verzoek(const services::VerzoekView &v)
{
    QJsonArray besluiten;
    for (const services::BesluitView &b : v.besluiten)
        besluiten.append(besluitJson(b));
    return QJsonObject{{k("id"), v.publicId},
                       {k("inwoner"), v.inwonerPseudonym},
                       {k("inwonerNaam"), v.inwonerNaam},
                       {k("reserveringId"), v.reserveringId},
                       {k("reserveringNaam"), v.reserveringNaam},
                       {k("bedragCents"), v.bedrag.cents()},
                       {k("toelichting"), v.toelichting},
                       {k("rekeningEind"), v.rekeningEind},
                       {k("status"), toCode(v.status)},
                       {k("statusTekst"), statusLabel(v.status)},
                       {k("beoordeling"), beoordeling(v.beoordeling)},
                       {k("vierOgen"), v.vierOgen},
                       {k("aangemaakt"), time(v.aangemaakt)},
                       {k("verstuurd"), time(v.verstuurd)},
                       {k("afgerond"), time(v.afgerond)},
                       {k("besluiten"), besluiten},
                       {k("gesignaleerd"), v.gesignaleerd}};
}

QJsonObject overzicht(const services::Overzicht &o)
{
    QJsonArray reserveringen, leningen, transacties;
    for (const auto &r : o.reserveringen)
        reserveringen.append(reserveringJson(r));
    for (const auto &l : o.leningen)
        leningen.append(leningJson(l));
    for (const auto &t : o.laatsteTransacties)
        transacties.append(transactie(t));
    return QJsonObject{{k("inwoner"), o.pseudonym},
                       {k("voornaam"), o.voornaam},
                       {k("achternaam"), o.achternaam},
                       {k("vormCode"), o.vormCode},
                       {k("vormNaam"), o.vormNaam},
                       {k("beheerrekeningEind"), o.beheerrekeningEind},
                       {k("saldoBeheerrekeningCents"), o.saldoBeheerrekening.cents()},
                       {k("nietGereserveerdCents"), o.nietGereserveerd.cents()},
                       {k("bijgewerkt"), time(o.bijgewerkt)},
                       {k("reserveringen"), reserveringen},
                       {k("budgetplan"), o.budgetplan ? QJsonValue(budgetplanJson(*o.budgetplan)) : QJsonValue(QJsonValue::Null)},
                       {k("leningen"), leningen},
                       {k("laatsteTransacties"), transacties},
                       {k("teamNaam"), o.teamNaam}};
}

QJsonObject transactie(const services::TransactieView &t)
{
    return QJsonObject{{k("id"), t.id},
                       {k("datum"), date(t.datum)},
                       {k("bedragCents"), t.bedrag.cents()},
                       {k("omschrijving"), t.omschrijving},
                       {k("tegenpartij"), t.tegenpartij},
                       {k("categorie"), t.categorie},
                       {k("reserveringNaam"), t.reserveringNaam}};
}

QJsonObject melding(const services::MeldingView &m)
{
    return QJsonObject{{k("id"), m.id},       {k("soort"), m.soort},   {k("titel"), m.titel},
                       {k("tekst"), m.tekst}, {k("verzoek"), m.verzoekPublicId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.verzoekPublicId)},
                       {k("moment"), time(m.moment)}, {k("gelezen"), m.gelezen}};
}

QJsonObject inwonerRegel(const services::InwonerRegel &i)
{
    return QJsonObject{{k("id"), i.pseudonym}, {k("naam"), i.naam},         {k("vormCode"), i.vormCode},
                       {k("teamNaam"), i.teamNaam}, {k("status"), i.status}, {k("openVerzoeken"), i.openVerzoeken}};
}

QJsonObject reden(const services::RedenView &r)
{
    return QJsonObject{{k("code"), r.code}, {k("soort"), r.soort}, {k("tekstB1"), r.tekstB1},
                       {k("tekstMedewerker"), r.tekstMedewerker}};
}

QJsonObject besluitVoorbeeld(const services::BesluitVoorbeeld &v)
{
    return QJsonObject{{k("akkoord"), v.akkoord}, {k("berichtAanInwoner"), v.berichtAanInwoner},
                       {k("vierOgenEersteStap"), v.vierOgenEersteStap}, {k("titel"), v.titel}, {k("tekst"), v.tekst}};
}

QJsonObject afspraak(const rules::Afspraak &a)
{
    return QJsonObject{{k("id"), a.id},
                       {k("versie"), a.versie},
                       {k("scope"), rules::toString(a.scope)},
                       {k("reserveringId"), optId(a.reserveringId)},
                       {k("modus"), rules::toString(a.modus)},
                       {k("maxPerOpnameCents"), cents(a.maxPerOpname)},
                       {k("maxPerWeekBedragCents"), cents(a.maxPerWeekBedrag)},
                       {k("maxPerWeekAantal"), optInt(a.maxPerWeekAantal)},
                       {k("maxPerMaandBedragCents"), cents(a.maxPerMaandBedrag)},
                       {k("maxPerMaandAantal"), optInt(a.maxPerMaandAantal)},
                       {k("minimumSaldoCents"), a.minimumSaldo.cents()},
                       {k("alleenEigenIban"), a.alleenEigenIban},
                       {k("ingangsdatum"), date(a.ingangsdatum)},
                       {k("geldigTot"), date(a.geldigTot.value_or(QDate()))}};
}

QJsonObject afspraakVersie(const services::AfspraakVersie &v)
{
    return QJsonObject{{k("afspraak"), afspraak(v.afspraak)}, {k("vormCode"), v.vormCode},
                       {k("auteur"), v.auteurNaam},        {k("reden"), v.reden},
                       {k("aangemaakt"), time(v.aangemaakt)}};
}

QJsonObject validatieFout(const rules::ValidatieFout &f)
{
    return QJsonObject{{k("veld"), f.veld}, {k("code"), f.code}, {k("tekst"), f.tekst}};
}

QJsonObject proef(const services::AfspraakProefUitkomst &p)
{
    QJsonArray fouten;
    for (const auto &f : p.validatie)
        fouten.append(validatieFout(f));
    return QJsonObject{{k("geldig"), p.validatie.isEmpty()},
                       {k("validatie"), fouten},
                       {k("beoordeling"), p.beoordeling ? QJsonValue(beoordeling(*p.beoordeling)) : QJsonValue(QJsonValue::Null)},
                       {k("maxVrijCents"), cents(p.maxVrij)},
                       {k("beschikbaarCents"), p.beschikbaar.cents()},
                       {k("uitlegVoorInwoner"), p.uitlegVoorInwoner}};
}

QJsonObject rapport(const services::WerkvoorraadRapport &r)
{
    QJsonArray perReden;
    for (const auto &t : r.perReden)
        perReden.append(QJsonObject{{k("redenCode"), t.redenCode}, {k("akkoord"), t.akkoord}, {k("aantal"), t.aantal}});
    return QJsonObject{{k("van"), time(r.van)},
                       {k("tot"), time(r.tot)},
                       {k("openVerzoeken"), r.openVerzoeken},
                       {k("openBovenDoel"), r.openBovenDoel},
                       {k("besluitenAkkoord"), r.besluitenAkkoord},
                       {k("besluitenWeigering"), r.besluitenWeigering},
                       {k("afgehandeld"), r.afgehandeld},
                       {k("gemiddeldeBehandelMinuten"), r.gemiddeldeBehandelMinuten},
                       {k("perReden"), perReden}};
}

QJsonObject auditEvent(const audit::AuditEvent &e)
{
    return QJsonObject{{k("seq"), e.seq},
                       {k("moment"), time(e.at)},
                       {k("medewerker"), optId(e.actorUserId)},
                       {k("rol"), toCode(e.actorRole)},
                       {k("actie"), e.action},
                       {k("uitkomst"), e.outcome},
                       {k("inwoner"), e.subject},
                       {k("objectType"), e.objectType},
                       {k("objectId"), e.objectId},
                       {k("details"), e.details},
                       {k("hash"), e.hash}};
}

QJsonObject verificatie(const audit::VerifyResult &v)
{
    return QJsonObject{{k("intact"), v.intact},
                       {k("gecontroleerd"), v.eventsChecked},
                       {k("eersteFout"), optId(v.firstBadSeq)},
                       {k("probleem"), v.problem},
                       {k("laatsteSeq"), optId(v.lastSeq)},
                       {k("laatsteHash"), v.lastHash}};
}

QJsonObject gebruiker(const services::GebruikerView &g)
{
    return QJsonObject{{k("id"), g.id},
                       {k("username"), g.username},
                       {k("displayName"), g.displayName},
                       {k("rol"), toCode(g.role)},
                       {k("teamId"), g.teamId > 0 ? QJsonValue(g.teamId) : QJsonValue(QJsonValue::Null)},
                       {k("organisatie"), g.organisatie},
                       {k("actief"), g.actief},
                       {k("tweedeFactor"), g.tweedeFactor},
                       {k("geblokkeerdTot"), time(g.geblokkeerdTot)},
                       {k("aangemaakt"), time(g.aangemaakt)}};
}

QJsonObject team(const services::TeamView &t)
{
    return QJsonObject{{k("id"), t.id},
                       {k("naam"), t.naam},
                       {k("telefoon"), t.telefoon},
                       {k("email"), t.email},
                       {k("openingstijden"), t.openingstijden},
                       {k("doelBehandeltijdUren"), t.doelBehandeltijdUren},
                       {k("vierOgenGrensCents"), t.vierOgenGrens.cents()},
                       {k("medewerkers"), t.medewerkers},
                       {k("inwoners"), t.inwoners}};
}

QJsonObject caseload(const services::CaseloadRegel &c)
{
    return QJsonObject{{k("medewerkerId"), c.medewerkerId}, {k("medewerkerNaam"), c.medewerkerNaam},
                       {k("inwoner"), c.inwonerPseudonym}, {k("sinds"), time(c.sinds)}};
}

QJsonObject voorstel(const services::Voorstel &v)
{
    return QJsonObject{{k("id"), v.id},
                       {k("soort"), v.soort},
                       {k("teamId"), v.teamId},
                       {k("vierOgenGrensCents"), v.bedrag ? QJsonValue(v.bedrag->cents()) : QJsonValue()},
                       {k("medewerkerId"), v.medewerkerId > 0 ? QJsonValue(v.medewerkerId) : QJsonValue()},
                       {k("inwoner"), v.inwonerPseudonym.isEmpty() ? QJsonValue() : QJsonValue(v.inwonerPseudonym)},
                       {k("voorgesteldDoor"), v.voorgesteldDoor},
                       {k("voorgesteldOp"), time(v.voorgesteldOp)},
                       {k("status"), v.status}};
}

QJsonObject uitgaandBericht(const services::UitgaandBericht &b)
{
    return QJsonObject{{k("id"), b.id},           {k("topic"), b.topic},
                       {k("status"), b.status},   {k("pogingen"), b.attempts},
                       {k("laatsteFout"), b.lastError}, {k("aangemaakt"), time(b.createdAt)},
                       {k("volgendePoging"), time(b.nextAttemptAt)}};
}

rules::Afspraak nieuweVersieUit(const QJsonObject &o, QString *reden, QList<services::FieldError> *bad)
{
    rules::Afspraak a = afspraakUit(o, bad);
    *reden = readString(o, k("reden"), 1000, bad).value_or(QString()).trimmed();
    if (reden->isEmpty())
        bad->append({k("reden"), k("Geef een reden voor deze wijziging.")});
    if (!a.ingangsdatum.isValid())
        bad->append({k("ingangsdatum"), k("Kies de datum waarop de afspraak ingaat.")});
    return a;
}

rules::Afspraak afspraakUit(const QJsonObject &o, QList<services::FieldError> *bad)
{
    rules::Afspraak a;
    const auto modus = readString(o, k("modus"), 32, bad);
    const auto parsed = modus ? rules::modusFromString(*modus) : std::nullopt;
    if (!parsed)
        bad->append({k("modus"), QStringLiteral("Kies vrij, na_akkoord of niet_toegestaan.")});
    else
        a.modus = *parsed;
    a.maxPerOpname = centsField(o, "maxPerOpnameCents", bad);
    a.maxPerWeekBedrag = centsField(o, "maxPerWeekBedragCents", bad);
    a.maxPerWeekAantal = countField(o, "maxPerWeekAantal", bad);
    a.maxPerMaandBedrag = centsField(o, "maxPerMaandBedragCents", bad);
    a.maxPerMaandAantal = countField(o, "maxPerMaandAantal", bad);
    a.minimumSaldo = centsField(o, "minimumSaldoCents", bad).value_or(Money::zero());
    a.alleenEigenIban = readBool(o, k("alleenEigenIban"), bad).value_or(true);
    if (const auto d = readDate(o, k("ingangsdatum"), bad))
        a.ingangsdatum = *d;
    a.geldigTot = readDate(o, k("geldigTot"), bad);
    return a;
}

QJsonObject redenRegel(const services::RedenRegel &r)
{
    return QJsonObject{{k("code"), r.code},       {k("soort"), r.soort},
                       {k("tekstB1"), r.tekstB1}, {k("tekstMedewerker"), r.tekstMedewerker},
                       {k("versie"), r.versie},   {k("actief"), r.actief}};
}

QJsonObject redenVersie(const services::RedenVersie &v)
{
    return QJsonObject{{k("code"), v.code},       {k("soort"), v.soort},
                       {k("tekstB1"), v.tekstB1}, {k("tekstMedewerker"), v.tekstMedewerker},
                       {k("versie"), v.versie},   {k("auteur"), v.auteur},
                       {k("reden"), v.waarom},    {k("aangemaakt"), time(v.aangemaakt)}};
}

QJsonObject vorm(const services::VormView &v)
{
    return QJsonObject{{k("code"), v.code}, {k("naam"), v.naam}, {k("uitleg"), v.uitleg}};
}

QJsonObject eigenRekening(const services::EigenRekeningView &r)
{
    return QJsonObject{{k("id"), r.id},
                       {k("label"), r.label},
                       {k("ibanEind"), r.ibanEind},
                       {k("bruikbaar"), r.bruikbaar},
                       {k("verificatie"), r.verificatie},
                       {k("verificatieNotitie"), r.verificatieNotitie},
                       {k("geverifieerdDoor"), r.geverifieerdDoor},
                       {k("geverifieerdOp"), time(r.geverifieerdOp)},
                       {k("beeindigdOp"), time(r.beeindigdOp)},
                       {k("beeindigdReden"), r.beeindigdReden}};
}

} // namespace regie::web::api::json
