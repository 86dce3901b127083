#include "integrations/runtime/Senders.h"

#include "calendar/AmsterdamTijd.h"
#include "services/KoppelingGegevens.h"
#include "services/Koppelingen.h"
#include "services/Opnames.h"

namespace regie::integrations {

namespace {

constexpr qsizetype kMaxReason = 300;

// The refusals the assumed Allegro contract answers with (docs/ALLEGRO.md, allegro-sim).
// Repeating such a request gives the same answer, so retrying is pointless.
bool isBusinessRefusal(const QString &faultString)
{
    static const char *const kMarkers[] = {"Onvoldoende saldo", "Referentie is al gebruikt", "Reservering bestaat niet",
                                           "geen geldig IBAN", "Relatie bestaat niet", "ontbreekt of is te lang",
                                           "moet groter zijn dan nul", "te lang", "Opdracht is geannuleerd"};
    for (const char *marker : kMarkers) {
        if (faultString.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Actor systeem() { return Actor::systeem(); }

// Allegro refused this order and will never pay it. "Referentie al gebruikt" is a refusal
// too, but it says an order with this Referentie exists: money may have gone, so it is left
// to the beheerder and never reversed.
bool nooitBetaald(const allegro::Error &error, const SendOutcome &outcome)
{
    return outcome.kind == SendOutcome::Kind::Permanent && error.kind == allegro::Error::Kind::SoapFault
        && !error.faultString.contains(QLatin1String("Referentie is al gebruikt"), Qt::CaseInsensitive);
}

qint32 toInt32(const QString &text, bool *ok)
{
    const qint64 value = text.toLongLong(ok);
    if (*ok && (value <= 0 || value > std::numeric_limits<qint32>::max()))
        *ok = false;
    return static_cast<qint32>(value);
}

SendOutcome recordFailure(const QString &what, const services::ServiceError &error)
{
    // The remote effect happened; recording it failed (database busy). Retrying is safe:
    // the receiver returns the first result for the same key.
    return SendOutcome::transient(what + QStringLiteral(": vastleggen mislukt (") + error.message.left(120) + u')');
}

// A reading failure of our own database is worth a retry; anything else about the data
// will not change by trying again.
SendOutcome readFailure(const QString &what, const services::ServiceError &error, const QString &permanentReason)
{
    if (error.code == services::ErrorCode::Storage)
        return SendOutcome::transient(what + QStringLiteral(": database: ") + error.message.left(100));
    return SendOutcome::permanent(what + QStringLiteral(": ") + permanentReason);
}

} // namespace

SendOutcome classifyAllegro(const allegro::Error &error)
{
    QString reason = QStringLiteral("allegro ") + allegro::kindName(error.kind);
    if (error.httpStatus > 0)
        reason += QStringLiteral(" HTTP %1").arg(error.httpStatus);
    if (!error.faultString.isEmpty())
        reason += QStringLiteral(": ") + error.faultString; // redacted by the client
    reason = reason.left(kMaxReason);
    using K = allegro::Error::Kind;
    switch (error.kind) {
    case K::Network:
    case K::Timeout:
    case K::Parse:
    case K::TooLarge:
    case K::None:
        return SendOutcome::transient(reason);
    case K::Http:
        return (error.httpStatus >= 500 || error.httpStatus == 429 || error.httpStatus == 408)
                   ? SendOutcome::transient(reason)
                   : SendOutcome::permanent(reason);
    case K::Rejected:
        return SendOutcome::permanent(reason);
    case K::SoapFault:
        return (error.faultCode.endsWith(QLatin1String("Client")) || isBusinessRefusal(error.faultString))
                   ? SendOutcome::permanent(reason)
                   : SendOutcome::transient(reason);
    }
    return SendOutcome::transient(reason);
}

SendOutcome classifyZgw(const zgw::Error &error)
{
    const QString reason = QString(QStringLiteral("zaaksysteem ") + zgw::describe(error)).left(kMaxReason);
    return error.isTransient() || error.kind == zgw::ErrorKind::BadResponse ? SendOutcome::transient(reason)
                                                                            : SendOutcome::permanent(reason);
}

QString betaalOmschrijving(const QString &omschrijving, const QString &referentie)
{
    return omschrijving.left(100) + u' ' + referentie;
}

// ---- Allegro payment order ----------------------------------------------------------

AllegroBetaalopdrachtSender::AllegroBetaalopdrachtSender(services::ServiceContext &ctx, allegro::AllegroClient &client)
    : ctx_(ctx), client_(client)
{
}

SendOutcome AllegroBetaalopdrachtSender::send(const outbox::Message &m)
{
    const QString verzoek = m.payload.value(QStringLiteral("verzoek")).toString();
    if (verzoek.isEmpty())
        return SendOutcome::permanent(QStringLiteral("betaalopdracht: verzoek ontbreekt"));
    const auto status = services::KoppelingGegevens(ctx_).verzoekStatus(systeem(), verzoek);
    if (!status.ok())
        return readFailure(QStringLiteral("betaalopdracht"), status.error, QStringLiteral("verzoek bestaat niet"));
    if (*status.value != VerzoekStatus::Uitgevoerd)
        return SendOutcome::permanent(QStringLiteral("betaalopdracht: verzoek is niet meer uitgevoerd (")
                                      + toCode(*status.value) + QStringLiteral("), niet versturen"));
    return teLaat(m) ? annuleer(m) : maak(m);
}

bool AllegroBetaalopdrachtSender::teLaat(const outbox::Message &m) const
{
    const qint64 uren = ctx_.settings.betaalopdrachtAnnulerenNaUren;
    return uren > 0 && m.createdAt.isValid() && m.createdAt.secsTo(ctx_.now()) >= uren * 3600;
}

SendOutcome AllegroBetaalopdrachtSender::geefTerug(const QString &verzoek, const QString &reden)
{
    const auto terug = services::Opnames(ctx_).betalingMislukt(systeem(), verzoek, reden);
    if (!terug.ok() && terug.error.code == services::ErrorCode::Storage)
        return recordFailure(QStringLiteral("betaalopdracht"), terug.error);
    return SendOutcome::permanent(reden + (terug.ok() ? QStringLiteral(" (teruggeboekt)")
                                                      : QStringLiteral(" (terugboeken: ") + terug.error.message.left(80)
                                                            + u')'));
}

SendOutcome AllegroBetaalopdrachtSender::annuleer(const outbox::Message &m)
{
    const QString verzoek = m.payload.value(QStringLiteral("verzoek")).toString();
    const QString referentie = m.payload.value(QStringLiteral("referentie")).toString();
    if (referentie.isEmpty() || referentie.size() > allegro::kMaxReferentieChars)
        return SendOutcome::permanent(QStringLiteral("betaalopdracht: referentie ontbreekt"));
    const auto result = client_.callBlocking(allegro::assumed::kAnnuleerEenmaligeOpdracht,
                                             allegro::AnnuleerOpdrachtRequest{referentie});
    // Without Allegro's answer the money may still go out: keep asking (transient).
    if (!result.ok()) {
        const SendOutcome failed = classifyAllegro(result.error);
        return SendOutcome::transient(QStringLiteral("annuleren: ") + failed.reason);
    }
    if (result.value->Result == allegro::kOpdrachtUitgevoerd) {
        const auto recorded = services::Koppelingen(ctx_).betaalopdrachtVerwerkt(
            systeem(), verzoek, referentie, QString::number(result.value->UniekVolgnummer), m.id);
        return recorded.ok() ? SendOutcome::sent() : recordFailure(QStringLiteral("betaalopdracht"), recorded.error);
    }
    if (result.value->Result == allegro::kOpdrachtGeannuleerd)
        return geefTerug(verzoek, QStringLiteral("betaalopdracht niet op tijd aangenomen; geannuleerd in Allegro"));
    return SendOutcome::transient(QStringLiteral("annuleren: onbekend antwoord van Allegro"));
}

SendOutcome AllegroBetaalopdrachtSender::maak(const outbox::Message &m)
{
    const QJsonObject &p = m.payload;
    const QString verzoek = p.value(QStringLiteral("verzoek")).toString();
    const QString referentie = p.value(QStringLiteral("referentie")).toString();
    const qint64 cents = p.value(QStringLiteral("bedrag_cents")).toInteger();
    const qint64 rekeningId = p.value(QStringLiteral("eigen_rekening_id")).toInteger();
    const qint64 inwonerId = p.value(QStringLiteral("inwoner_id")).toInteger();
    bool relatieOk = false, nummerOk = false;
    const qint32 relatie = toInt32(p.value(QStringLiteral("relatiecode")).toString(), &relatieOk);
    const qint32 nummer = toInt32(p.value(QStringLiteral("reservering_nummer")).toString(), &nummerOk);
    if (verzoek.isEmpty() || referentie.isEmpty() || referentie.size() > allegro::kMaxReferentieChars)
        return SendOutcome::permanent(QStringLiteral("betaalopdracht: verzoek of referentie ontbreekt"));
    if (!relatieOk)
        return SendOutcome::permanent(QStringLiteral("betaalopdracht: inwoner heeft geen Allegro-relatiecode"));
    if (!nummerOk)
        return SendOutcome::permanent(QStringLiteral("betaalopdracht: reservering heeft geen Allegro-nummer"));
    const Money bedrag = Money::fromCents(cents);
    if (!bedrag.isPositive() || !bedrag.inRange())
        return SendOutcome::permanent(QStringLiteral("betaalopdracht: ongeldig bedrag"));

    // The destination is decrypted only now, so the outbox never holds an IBAN.
    const auto iban = services::KoppelingGegevens(ctx_).eigenRekeningIban(systeem(), inwonerId, rekeningId);
    if (!iban.ok())
        return readFailure(QStringLiteral("betaalopdracht"), iban.error,
                           iban.error.code == services::ErrorCode::NotFound
                               ? QStringLiteral("eigen rekening bestaat niet meer")
                               : QStringLiteral("eigen rekening is niet leesbaar"));

    allegro::EenmaligeOpdrachtRequest request;
    request.aRelatieCode = relatie;
    request.aNummerReservering = nummer;
    request.aBedrag = bedrag;
    request.aIBAN = iban.value->electronic();
    request.aOmschrijving = betaalOmschrijving(p.value(QStringLiteral("omschrijving")).toString(), referentie);
    request.aReferentie = referentie;
    const auto result = client_.callBlocking(allegro::assumed::kMaakEenmaligeOpdracht, request);
    if (!result.ok()) {
        const SendOutcome failed = classifyAllegro(result.error);
        return nooitBetaald(result.error, failed) ? geefTerug(verzoek, failed.reason) : failed;
    }
    services::Koppelingen koppelingen(ctx_);
    const auto recorded = koppelingen.betaalopdrachtVerwerkt(
        systeem(), verzoek, referentie, QString::number(result.value->Result.UniekVolgnummer), m.id);
    return recorded.ok() ? SendOutcome::sent() : recordFailure(QStringLiteral("betaalopdracht"), recorded.error);
}

// ---- Allegro message ----------------------------------------------------------------

AllegroBerichtSender::AllegroBerichtSender(services::ServiceContext &ctx, allegro::AllegroClient &client)
    : ctx_(ctx), client_(client)
{
}

SendOutcome AllegroBerichtSender::send(const outbox::Message &m)
{
    const QJsonObject &p = m.payload;
    const QString verzoek = p.value(QStringLiteral("verzoek")).toString();
    const auto relatiecode =
        services::KoppelingGegevens(ctx_).relatiecode(systeem(), p.value(QStringLiteral("inwoner_id")).toInteger());
    if (!relatiecode.ok())
        return readFailure(QStringLiteral("bericht"), relatiecode.error, QStringLiteral("inwoner bestaat niet"));
    bool ok = false;
    const qint32 relatie = toInt32(*relatiecode.value, &ok);
    if (!ok)
        return SendOutcome::permanent(QStringLiteral("bericht: inwoner heeft geen Allegro-relatiecode"));
    if (m.idempotencyKey.size() > allegro::kMaxReferentieChars)
        return SendOutcome::permanent(QStringLiteral("bericht: sleutel te lang voor Allegro"));
    allegro::StuurBerichtRequest request;
    request.aRelatieCode = relatie;
    request.aOnderwerp = p.value(QStringLiteral("onderwerp")).toString().left(200);
    request.aTekst = p.value(QStringLiteral("tekst")).toString().left(20'000);
    request.aReferentie = m.idempotencyKey;
    const auto result = client_.callBlocking(allegro::assumed::kStuurBericht, request);
    if (!result.ok())
        return classifyAllegro(result.error);
    services::Koppelingen koppelingen(ctx_);
    const auto recorded = koppelingen.berichtVerstuurd(systeem(), verzoek, m.idempotencyKey,
                                                       QString::number(result.value->Result.Code), m.id);
    return recorded.ok() ? SendOutcome::sent() : recordFailure(QStringLiteral("bericht"), recorded.error);
}

// ---- Zaak ---------------------------------------------------------------------------

ZaakSender::ZaakSender(services::ServiceContext &ctx, zgw::ZgwClient &client, zgw::ZaakFlowConfig config)
    : ctx_(ctx), client_(client), config_(std::move(config))
{
}

SendOutcome ZaakSender::send(const outbox::Message &m)
{
    // A zaak step is several calls; one blip should not cost a backoff of the whole step.
    // Every call is idempotent (ZaakFlow looks before it writes), so repeating is safe.
    constexpr int kTries = 3;
    SendOutcome outcome;
    for (int i = 0; i < kTries; ++i) {
        if (const auto failed = ensureCatalog())
            outcome = *failed;
        else
            outcome = m.topic == outbox::topics::kZaakAanmaken ? aanmaken(m) : afronden(m);
        if (outcome.kind != SendOutcome::Kind::Transient)
            break;
    }
    return outcome;
}

std::optional<SendOutcome> ZaakSender::ensureCatalog()
{
    if (catalog_)
        return std::nullopt;
    auto loaded = zgw::loadCatalog(client_, config_.zaaktype);
    if (!loaded.isOk())
        return classifyZgw(loaded.error);
    catalog_ = std::move(*loaded.value);
    return std::nullopt;
}

zgw::Result<zgw::Zaak> ZaakSender::open(zgw::ZaakFlow &flow, const services::ZaakVerzoek &v)
{
    const zgw::WithdrawalCase request{
        v.id, v.bsn, QStringLiteral("Opnameverzoek budgetbeheer"),
        QStringLiteral("Regie-verzoek %1: %2 uit reservering %3")
            .arg(v.publicId, v.bedrag.toDecimalString(), v.reservering.left(100)),
        calendar::amsterdamDatum(v.ontvangen)};
    return flow.open(request, v.ontvangen);
}

SendOutcome ZaakSender::aanmaken(const outbox::Message &m)
{
    const QString publicId = m.payload.value(QStringLiteral("verzoek")).toString();
    const auto v = services::KoppelingGegevens(ctx_).zaakVerzoek(systeem(), publicId);
    if (!v.ok())
        return readFailure(QStringLiteral("zaak"), v.error, QStringLiteral("verzoek of BSN niet leesbaar"));
    zgw::ZaakFlow flow(client_, config_, *catalog_);
    const auto zaak = open(flow, *v.value);
    if (!zaak.isOk())
        return classifyZgw(zaak.error);
    services::Koppelingen koppelingen(ctx_);
    const auto recorded = koppelingen.zaakAangemaakt(systeem(), publicId, zaak.value->url.toString(), m.id);
    return recorded.ok() ? SendOutcome::sent() : recordFailure(QStringLiteral("zaak"), recorded.error);
}

SendOutcome ZaakSender::afronden(const outbox::Message &m)
{
    const QString publicId = m.payload.value(QStringLiteral("verzoek")).toString();
    const QString resultaat = m.payload.value(QStringLiteral("resultaat")).toString();
    // "afgewezen": refused by the rules; the zaak is opened and closed in this one step.
    static const QStringList kKnown{QStringLiteral("toegekend"), QStringLiteral("geweigerd"),
                                    QStringLiteral("afgewezen"), QStringLiteral("ingetrokken"),
                                    QStringLiteral("verlopen")};
    if (!kKnown.contains(resultaat))
        return SendOutcome::permanent(QStringLiteral("zaak: onbekend resultaat"));
    const auto v = services::KoppelingGegevens(ctx_).zaakVerzoek(systeem(), publicId);
    if (!v.ok())
        return readFailure(QStringLiteral("zaak"), v.error, QStringLiteral("verzoek of BSN niet leesbaar"));
    zgw::ZaakFlow flow(client_, config_, *catalog_);
    QUrl zaakUrl(v.value->zaakUrl);
    if (zaakUrl.isEmpty()) {
        // The aanmaken message may still be waiting: opening is idempotent on identificatie.
        const auto zaak = open(flow, *v.value);
        if (!zaak.isOk())
            return classifyZgw(zaak.error);
        zaakUrl = zaak.value->url;
    }
    zgw::Decision decision;
    decision.outcome = resultaat == QLatin1String("toegekend") ? zgw::Outcome::Granted : zgw::Outcome::Refused;
    decision.toelichting = QStringLiteral("Uitkomst in Regie: %1").arg(resultaat);
    decision.decidedAt = v.value->afgerond;
    const auto closed = flow.decide(zaakUrl, v.value->id, decision);
    if (!closed.isOk())
        return classifyZgw(closed.error);
    services::Koppelingen koppelingen(ctx_);
    const auto recorded = koppelingen.zaakAfgerond(systeem(), publicId, zaakUrl.toString(), resultaat, m.id);
    return recorded.ok() ? SendOutcome::sent() : recordFailure(QStringLiteral("zaak"), recorded.error);
}

} // namespace regie::integrations
