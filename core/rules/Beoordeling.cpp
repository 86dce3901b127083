#include "rules/Beoordeling.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>

#include <array>
#include <limits>

namespace regie::rules {
namespace {

constexpr int kSchemaVersie = 1;
constexpr int kMaxCodeLengte = 64;

struct RedenSpec {
    const char *code;
    Uitkomst effect;
};

// The one list that fixes both the order of reasons and each code's effect.
constexpr std::array<RedenSpec, 13> kSpecs{{
    {code::kModusNietToegestaan, Uitkomst::NietToegestaan},
    {code::kReserveringGebonden, Uitkomst::NietToegestaan},
    {code::kReserveringInactief, Uitkomst::NietToegestaan},
    {code::kAfspraakNietGeldig, Uitkomst::NietToegestaan},
    {code::kIbanNietEigen, Uitkomst::NietToegestaan},
    {code::kSaldoTeLaag, Uitkomst::OnvoldoendeSaldo},
    {code::kMinimumSaldo, Uitkomst::OnvoldoendeSaldo},
    {code::kModusNaAkkoord, Uitkomst::NaAkkoord},
    {code::kMaxPerOpname, Uitkomst::NaAkkoord},
    {code::kMaxPerWeekBedrag, Uitkomst::NaAkkoord},
    {code::kMaxPerWeekAantal, Uitkomst::NaAkkoord},
    {code::kMaxPerMaandBedrag, Uitkomst::NaAkkoord},
    {code::kMaxPerMaandAantal, Uitkomst::NaAkkoord},
}};

int specIndex(QStringView code)
{
    for (std::size_t i = 0; i < kSpecs.size(); ++i) {
        if (code == QLatin1String(kSpecs[i].code))
            return static_cast<int>(i);
    }
    return -1;
}

QString bedrag(const std::optional<Money> &money)
{
    return money ? money->formatDutch() : QString();
}

QString aantal(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

// Exact integers only: a fractional or out-of-range number means the JSON was not ours.
std::optional<qint64> heelGetal(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 a = value.toInteger(0);
    const qint64 b = value.toInteger(1);
    if (a != b)
        return std::nullopt;
    return a;
}

std::optional<Money> bedragUitJson(const QJsonValue &value)
{
    const auto cents = heelGetal(value);
    if (!cents || *cents < -Money::kMaxAbsCents || *cents > Money::kMaxAbsCents)
        return std::nullopt;
    return Money::fromCents(*cents);
}

std::optional<int> aantalUitJson(const QJsonValue &value)
{
    const auto n = heelGetal(value);
    if (!n || *n < 0 || *n > kMaxEerdereOpnames + 1)
        return std::nullopt;
    return static_cast<int>(*n);
}

// Optional keys: absent is fine, present must parse.
template <typename T, typename F>
bool leesOptioneel(const QJsonObject &object, const char *key, std::optional<T> &out, F parse)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    out = parse(value);
    return out.has_value();
}

QString tekstNaAkkoordGrens(const Reden &r)
{
    // "Je mag 0 keer ..." reads as a riddle; a zero count simply means approval first.
    if (r.grensAantal == 0)
        return QCoreApplication::translate("regie::rules",
                                           "Voor geld uit dit potje moet je medewerker eerst ja zeggen.");
    if (r.code == QLatin1String(code::kMaxPerOpname))
        return QCoreApplication::translate("regie::rules", "Dit bedrag is hoger dan je afspraak. Je mag tot %1 per keer opnemen. "
                  "Je medewerker moet eerst ja zeggen.").arg(bedrag(r.grensBedrag));
    if (r.code == QLatin1String(code::kMaxPerWeekBedrag))
        return QCoreApplication::translate("regie::rules", "Dan neem je deze week meer op dan je afspraak. Je mag tot %1 per week "
                  "opnemen. Je medewerker moet eerst ja zeggen.").arg(bedrag(r.grensBedrag));
    if (r.code == QLatin1String(code::kMaxPerMaandBedrag))
        return QCoreApplication::translate("regie::rules", "Dan neem je deze maand meer op dan je afspraak. Je mag tot %1 per maand "
                  "opnemen. Je medewerker moet eerst ja zeggen.").arg(bedrag(r.grensBedrag));
    if (r.code == QLatin1String(code::kMaxPerWeekAantal))
        return QCoreApplication::translate("regie::rules", "Je mag %1 keer per week zelf geld opnemen. Dit is keer %2 deze week. "
                  "Je medewerker moet eerst ja zeggen.")
            .arg(aantal(r.grensAantal), aantal(r.gevraagdAantal));
    return QCoreApplication::translate("regie::rules", "Je mag %1 keer per maand zelf geld opnemen. Dit is keer %2 deze maand. "
              "Je medewerker moet eerst ja zeggen.")
        .arg(aantal(r.grensAantal), aantal(r.gevraagdAantal));
}

QString tekstMedewerkerGrens(const Reden &r)
{
    if (r.code == QLatin1String(code::kMaxPerOpname))
        return QCoreApplication::translate("regie::rules", "Gevraagd bedrag %1 is hoger dan het maximum per opname van %2.")
            .arg(bedrag(r.gevraagdBedrag), bedrag(r.grensBedrag));
    if (r.code == QLatin1String(code::kMaxPerWeekBedrag))
        return QCoreApplication::translate("regie::rules", "Opnames deze week inclusief dit verzoek (%1) zijn hoger dan het maximum "
                  "per week van %2.").arg(bedrag(r.gevraagdBedrag), bedrag(r.grensBedrag));
    if (r.code == QLatin1String(code::kMaxPerMaandBedrag))
        return QCoreApplication::translate("regie::rules", "Opnames deze maand inclusief dit verzoek (%1) zijn hoger dan het maximum "
                  "per maand van %2.").arg(bedrag(r.gevraagdBedrag), bedrag(r.grensBedrag));
    if (r.code == QLatin1String(code::kMaxPerWeekAantal))
        return QCoreApplication::translate("regie::rules", "Aantal opnames deze week inclusief dit verzoek (%1) is hoger dan het "
                  "maximum van %2 per week.").arg(aantal(r.gevraagdAantal), aantal(r.grensAantal));
    return QCoreApplication::translate("regie::rules", "Aantal opnames deze maand inclusief dit verzoek (%1) is hoger dan het "
              "maximum van %2 per maand.").arg(aantal(r.gevraagdAantal), aantal(r.grensAantal));
}

} // namespace

int gewicht(Uitkomst uitkomst)
{
    switch (uitkomst) {
    case Uitkomst::Vrij: return 0;
    case Uitkomst::NaAkkoord: return 1;
    case Uitkomst::OnvoldoendeSaldo: return 2;
    case Uitkomst::NietToegestaan: return 3;
    }
    return 3;
}

QString Reden::tekst() const
{
    if (code == QLatin1String(code::kModusNietToegestaan))
        return QCoreApplication::translate("regie::rules", "Uit dit potje kun je zelf geen geld opnemen. "
                  "Bel of mail je medewerker als je geld nodig hebt.");
    if (code == QLatin1String(code::kReserveringGebonden))
        return QCoreApplication::translate("regie::rules", "Dit potje is voor vaste betalingen. Je kunt er zelf geen geld uit halen.");
    if (code == QLatin1String(code::kReserveringInactief))
        return QCoreApplication::translate("regie::rules", "Dit potje is gesloten. Je kunt er geen geld uit halen.");
    if (code == QLatin1String(code::kAfspraakNietGeldig))
        return QCoreApplication::translate("regie::rules", "Je afspraken voor dit potje gelden vandaag niet. Bel of mail je medewerker.");
    if (code == QLatin1String(code::kIbanNietEigen))
        return QCoreApplication::translate("regie::rules", "Je kunt alleen geld naar je eigen bankrekening sturen. Kies je eigen rekening.");
    if (code == QLatin1String(code::kSaldoTeLaag))
        return QCoreApplication::translate("regie::rules", "Er staat niet genoeg geld in dit potje. Er staat nu %1 in. "
                  "Kies een lager bedrag, of bel je medewerker.").arg(bedrag(grensBedrag));
    if (code == QLatin1String(code::kMinimumSaldo))
        return QCoreApplication::translate("regie::rules", "Er moet altijd %1 in dit potje blijven. "
                  "Kies een lager bedrag, of bel je medewerker.").arg(bedrag(grensBedrag));
    if (code == QLatin1String(code::kModusNaAkkoord))
        return QCoreApplication::translate("regie::rules", "Voor geld uit dit potje moet je medewerker eerst ja zeggen.");
    return tekstNaAkkoordGrens(*this);
}

QString Reden::tekstMedewerker() const
{
    if (code == QLatin1String(code::kModusNietToegestaan))
        return QCoreApplication::translate("regie::rules", "De afspraak staat op 'niet toegestaan': opnemen door de inwoner kan niet.");
    if (code == QLatin1String(code::kReserveringGebonden))
        return QCoreApplication::translate("regie::rules", "De reservering is gebonden: de inwoner kan hier niet zelf uit opnemen.");
    if (code == QLatin1String(code::kReserveringInactief))
        return QCoreApplication::translate("regie::rules", "De reservering is niet actief.");
    if (code == QLatin1String(code::kAfspraakNietGeldig))
        return regel == QLatin1String("geldigTot")
            ? QCoreApplication::translate("regie::rules", "De datum van het verzoek ligt na de einddatum van de afspraak.")
            : QCoreApplication::translate("regie::rules", "De datum van het verzoek ligt voor de ingangsdatum van de afspraak.");
    if (code == QLatin1String(code::kIbanNietEigen))
        return QCoreApplication::translate("regie::rules", "De doelrekening is geen geverifieerde rekening van de inwoner.");
    if (code == QLatin1String(code::kSaldoTeLaag))
        return QCoreApplication::translate("regie::rules", "Gevraagd bedrag %1 is hoger dan het beschikbare saldo van %2.")
            .arg(bedrag(gevraagdBedrag), bedrag(grensBedrag));
    if (code == QLatin1String(code::kMinimumSaldo))
        return QCoreApplication::translate("regie::rules", "Saldo na opname %1 is lager dan het minimumsaldo van %2.")
            .arg(bedrag(gevraagdBedrag), bedrag(grensBedrag));
    if (code == QLatin1String(code::kModusNaAkkoord))
        return QCoreApplication::translate("regie::rules", "De afspraak staat op 'na akkoord': elke opname gaat langs een medewerker.");
    return tekstMedewerkerGrens(*this);
}

QJsonObject Reden::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("code"), code);
    o.insert(QLatin1String("effect"), toString(effect));
    o.insert(QLatin1String("regel"), regel);
    if (gevraagdBedrag)
        o.insert(QLatin1String("gevraagd_cents"), QJsonValue(gevraagdBedrag->cents()));
    if (grensBedrag)
        o.insert(QLatin1String("grens_cents"), QJsonValue(grensBedrag->cents()));
    if (gevraagdAantal)
        o.insert(QLatin1String("gevraagd_aantal"), QJsonValue(qint64(*gevraagdAantal)));
    if (grensAantal)
        o.insert(QLatin1String("grens_aantal"), QJsonValue(qint64(*grensAantal)));
    return o;
}

std::optional<Reden> Reden::fromJson(const QJsonObject &object)
{
    Reden r;
    r.code = object.value(QLatin1String("code")).toString();
    r.regel = object.value(QLatin1String("regel")).toString();
    const int index = specIndex(r.code);
    const auto effect = uitkomstFromString(object.value(QLatin1String("effect")).toString());
    if (index < 0 || !effect || *effect != kSpecs[static_cast<std::size_t>(index)].effect
        || r.regel.size() > kMaxCodeLengte)
        return std::nullopt;
    r.effect = *effect;
    const bool ok = leesOptioneel(object, "gevraagd_cents", r.gevraagdBedrag, bedragUitJson)
                    && leesOptioneel(object, "grens_cents", r.grensBedrag, bedragUitJson)
                    && leesOptioneel(object, "gevraagd_aantal", r.gevraagdAantal, aantalUitJson)
                    && leesOptioneel(object, "grens_aantal", r.grensAantal, aantalUitJson);
    if (!ok)
        return std::nullopt;
    return r;
}

QList<Reden> Beoordeling::beslissendeRedenen() const
{
    QList<Reden> result;
    for (const Reden &r : redenen) {
        if (r.effect == uitkomst)
            result.append(r);
    }
    return result;
}

QString Beoordeling::samenvatting() const
{
    switch (uitkomst) {
    case Uitkomst::Vrij:
        return QCoreApplication::translate("regie::rules", "Je kunt nu %1 opnemen uit dit potje.").arg(bedrag.formatDutch());
    case Uitkomst::NaAkkoord:
        return QCoreApplication::translate("regie::rules", "Je medewerker moet eerst ja zeggen. Daarna krijg je een bericht.");
    case Uitkomst::OnvoldoendeSaldo:
        return QCoreApplication::translate("regie::rules", "Er staat niet genoeg geld in dit potje. "
                  "Kies een lager bedrag, of bel je medewerker.");
    case Uitkomst::NietToegestaan:
        break;
    }
    return QCoreApplication::translate("regie::rules", "Je kunt dit geld niet opnemen. Bel of mail je medewerker als je vragen hebt.");
}

QJsonObject Beoordeling::toJson() const
{
    QJsonArray lijst;
    for (const Reden &r : redenen)
        lijst.append(r.toJson());
    QJsonObject o;
    o.insert(QLatin1String("schema"), QJsonValue(qint64(kSchemaVersie)));
    o.insert(QLatin1String("uitkomst"), toString(uitkomst));
    o.insert(QLatin1String("redenen"), lijst);
    o.insert(QLatin1String("afspraak_id"), QJsonValue(afspraakId));
    o.insert(QLatin1String("afspraak_versie"), QJsonValue(qint64(afspraakVersie)));
    o.insert(QLatin1String("reservering_id"), QJsonValue(reserveringId));
    o.insert(QLatin1String("bedrag_cents"), QJsonValue(bedrag.cents()));
    o.insert(QLatin1String("moment"), moment.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

namespace {

// Reasons must come in the canonical order, each code at most once, and the outcome must
// be the strongest effect: otherwise the JSON was edited or produced by something else.
bool redenenKloppen(const QList<Reden> &redenen, Uitkomst uitkomst)
{
    int vorige = -1;
    int sterkste = gewicht(Uitkomst::Vrij);
    for (const Reden &r : redenen) {
        const int index = specIndex(r.code);
        if (index <= vorige)
            return false;
        vorige = index;
        sterkste = qMax(sterkste, gewicht(r.effect));
    }
    return sterkste == gewicht(uitkomst);
}

std::optional<QList<Reden>> redenenUitJson(const QJsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    const QJsonArray lijst = value.toArray();
    if (lijst.size() > static_cast<qsizetype>(kSpecs.size()))
        return std::nullopt;
    QList<Reden> redenen;
    for (const QJsonValue &item : lijst) {
        const auto r = item.isObject() ? Reden::fromJson(item.toObject()) : std::nullopt;
        if (!r)
            return std::nullopt;
        redenen.append(*r);
    }
    return redenen;
}

} // namespace

std::optional<Beoordeling> Beoordeling::fromJson(const QJsonObject &object)
{
    const auto schema = heelGetal(object.value(QLatin1String("schema")));
    const auto uitkomst = uitkomstFromString(object.value(QLatin1String("uitkomst")).toString());
    const auto redenen = redenenUitJson(object.value(QLatin1String("redenen")));
    const auto afspraakId = heelGetal(object.value(QLatin1String("afspraak_id")));
    const auto versie = heelGetal(object.value(QLatin1String("afspraak_versie")));
    const auto reservering = heelGetal(object.value(QLatin1String("reservering_id")));
    const auto bedragCents = bedragUitJson(object.value(QLatin1String("bedrag_cents")));
    const QDateTime moment = QDateTime::fromString(
        object.value(QLatin1String("moment")).toString(), Qt::ISODateWithMs);
    if (schema != kSchemaVersie || !uitkomst || !redenen || !afspraakId || !versie
        || *versie < 0 || *versie > std::numeric_limits<int>::max() || !reservering
        || !bedragCents || !moment.isValid() || moment.timeSpec() != Qt::UTC
        || !redenenKloppen(*redenen, *uitkomst))
        return std::nullopt;
    Beoordeling b;
    b.uitkomst = *uitkomst;
    b.redenen = *redenen;
    b.afspraakId = *afspraakId;
    b.afspraakVersie = static_cast<int>(*versie);
    b.reserveringId = *reservering;
    b.bedrag = *bedragCents;
    b.moment = moment;
    return b;
}

} // namespace regie::rules
