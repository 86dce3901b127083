#include "integrations/runtime/Senders.h"

#include "money/Bsn.h"
#include "money/Iban.h"
#include "services/Koppelingen.h"

#include <QtCore/QTimeZone>

namespace regie::integrations {

using storage::Sql;

namespace {

constexpr qsizetype kMaxReason = 300;

// The refusals the assumed Allegro contract answers with (docs/ALLEGRO.md, allegro-sim).
// Repeating such a request gives the same answer, so retrying is pointless.
bool isBusinessRefusal(const QString &faultString)
{
    static const char *const kMarkers[] = {"Onvoldoende saldo", "Referentie is al gebruikt", "Reservering bestaat niet",
                                           "geen geldig IBAN", "Relatie bestaat niet", "ontbreekt of is te lang",
                                           "moet groter zijn dan nul", "te lang"};
    for (const char *marker : kMarkers) {
        if (faultString.contains(QLatin1String(marker), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Actor systeem() { return Actor::systeem(); }

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

std::optional<QString> relatiecodeVan(services::ServiceContext &ctx, qint64 inwonerId)
{
    Sql q(ctx.db, QStringLiteral("SELECT allegro_relatiecode FROM inwoners WHERE id = :i"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.text(0);
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
    Sql q(ctx_.db, QStringLiteral("SELECT iban_enc FROM eigen_rekeningen WHERE id = :r AND inwoner_id = :i"));
    q.bind(QStringLiteral(":r"), rekeningId).bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec())
        return SendOutcome::transient(QStringLiteral("betaalopdracht: database: ") + q.error().left(100));
    if (!q.next())
        return SendOutcome::permanent(QStringLiteral("betaalopdracht: eigen rekening bestaat niet meer"));
    const auto plain = ctx_.cipher.decrypt(q.value(0).toByteArray(), QByteArrayLiteral("eigen_rekeningen.iban"));
    const auto iban = plain ? Iban::parse(QString::fromUtf8(*plain)) : std::nullopt;
    if (!iban)
        return SendOutcome::permanent(QStringLiteral("betaalopdracht: eigen rekening is niet leesbaar"));

    allegro::EenmaligeOpdrachtRequest request;
    request.aRelatieCode = relatie;
    request.aNummerReservering = nummer;
    request.aBedrag = bedrag;
    request.aIBAN = iban->electronic();
    request.aOmschrijving = betaalOmschrijving(p.value(QStringLiteral("omschrijving")).toString(), referentie);
    request.aReferentie = referentie;
    const auto result = client_.callBlocking(allegro::assumed::kMaakEenmaligeOpdracht, request);
    if (!result.ok())
        return classifyAllegro(result.error);
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
    const auto relatiecode = relatiecodeVan(ctx_, p.value(QStringLiteral("inwoner_id")).toInteger());
    if (!relatiecode)
        return SendOutcome::permanent(QStringLiteral("bericht: inwoner bestaat niet"));
    bool ok = false;
    const qint32 relatie = toInt32(*relatiecode, &ok);
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

struct ZaakSender::Verzoek {
    qint64 id = 0;
    QString publicId;
    Bsn bsn;
    Money bedrag;
    QString reservering;
    QDateTime ontvangen, afgerond;
    QString zaakUrl;
};

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

std::optional<ZaakSender::Verzoek> ZaakSender::loadVerzoek(const QString &publicId)
{
    Sql q(ctx_.db, QStringLiteral("SELECT v.id, v.bedrag_cents, r.naam, v.verstuurd_at, v.created_at, v.afgerond_at,"
                                  " v.zaak_url, i.bsn_enc FROM verzoeken v JOIN inwoners i ON i.id = v.inwoner_id"
                                  " JOIN reserveringen r ON r.id = v.reservering_id WHERE v.public_id = :p"));
    q.bind(QStringLiteral(":p"), publicId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const auto plain = ctx_.cipher.decrypt(q.value(7).toByteArray(), QByteArrayLiteral("inwoners.bsn"));
    const auto bsn = plain ? Bsn::parse(QString::fromUtf8(*plain)) : std::nullopt;
    if (!bsn)
        return std::nullopt;
    Verzoek v{q.int64(0), publicId, *bsn, Money::fromCents(q.int64(1)), q.text(2),
              storage::fromDbTime(q.text(q.isNull(3) ? 4 : 3)),
              q.isNull(5) ? ctx_.now() : storage::fromDbTime(q.text(5)), q.text(6)};
    return v;
}

zgw::Result<zgw::Zaak> ZaakSender::open(zgw::ZaakFlow &flow, const Verzoek &v)
{
    const zgw::WithdrawalCase request{
        v.id, v.bsn, QStringLiteral("Opnameverzoek budgetbeheer"),
        QStringLiteral("Regie-verzoek %1: %2 uit reservering %3")
            .arg(v.publicId, v.bedrag.toDecimalString(), v.reservering.left(100)),
        v.ontvangen.toTimeZone(QTimeZone("Europe/Amsterdam")).date()};
    return flow.open(request, v.ontvangen);
}

SendOutcome ZaakSender::aanmaken(const outbox::Message &m)
{
    const QString publicId = m.payload.value(QStringLiteral("verzoek")).toString();
    const auto v = loadVerzoek(publicId);
    if (!v)
        return SendOutcome::permanent(QStringLiteral("zaak: verzoek of BSN niet leesbaar"));
    zgw::ZaakFlow flow(client_, config_, *catalog_);
    const auto zaak = open(flow, *v);
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
    const auto v = loadVerzoek(publicId);
    if (!v)
        return SendOutcome::permanent(QStringLiteral("zaak: verzoek of BSN niet leesbaar"));
    zgw::ZaakFlow flow(client_, config_, *catalog_);
    QUrl zaakUrl(v->zaakUrl);
    if (zaakUrl.isEmpty()) {
        // The aanmaken message may still be waiting: opening is idempotent on identificatie.
        const auto zaak = open(flow, *v);
        if (!zaak.isOk())
            return classifyZgw(zaak.error);
        zaakUrl = zaak.value->url;
    }
    zgw::Decision decision;
    decision.outcome = resultaat == QLatin1String("toegekend") ? zgw::Outcome::Granted : zgw::Outcome::Refused;
    decision.toelichting = QStringLiteral("Uitkomst in Regie: %1").arg(resultaat);
    decision.decidedAt = v->afgerond;
    const auto closed = flow.decide(zaakUrl, v->id, decision);
    if (!closed.isOk())
        return classifyZgw(closed.error);
    services::Koppelingen koppelingen(ctx_);
    const auto recorded = koppelingen.zaakAfgerond(systeem(), publicId, zaakUrl.toString(), resultaat, m.id);
    return recorded.ok() ? SendOutcome::sent() : recordFailure(QStringLiteral("zaak"), recorded.error);
}

} // namespace regie::integrations
