#pragma once
// One sender per outbox topic. A sender makes the remote call with the message's
// idempotency key (Allegro Referentie, zaak identificatie), and on success records the
// answer through services::Koppelingen, which marks the message sent in the same
// transaction. A repeat after a crash therefore finds the first effect at the receiver.
//
// Outcomes: Sent; Transient (network, timeout, 5xx: retry with backoff); Permanent (the
// receiver refused the content: 'mislukt' at once, with a reason for the beheerder).
// Reasons never contain personal data.

#include "integrations/allegro/AllegroClient.h"
#include "integrations/zgw/ZaakFlow.h"
#include "outbox/Outbox.h"
#include "services/KoppelingGegevens.h"
#include "services/ServiceContext.h"

#include <QtCore/QString>

#include <optional>

namespace regie::integrations {

struct SendOutcome {
    enum class Kind { Sent, Transient, Permanent };
    Kind kind = Kind::Sent;
    QString reason;

    static SendOutcome sent() { return {Kind::Sent, {}}; }
    static SendOutcome transient(QString why) { return {Kind::Transient, std::move(why)}; }
    static SendOutcome permanent(QString why) { return {Kind::Permanent, std::move(why)}; }
};

class Sender {
public:
    virtual ~Sender() = default;
    virtual SendOutcome send(const outbox::Message &message) = 0;
};

// Classifies an Allegro failure. SOAP faults: the refusals of the (assumed) contract are
// permanent, other server faults transient.
SendOutcome classifyAllegro(const allegro::Error &error);
SendOutcome classifyZgw(const zgw::Error &error);

// A payout ends in one of three ways, and the money is never given back without Allegro's
// word: accepted (recorded, sent); refused for good by Allegro (a permanent SOAP fault: the
// request becomes niet_gelukt and the ledger is reversed, Opnames::betalingMislukt); or not
// accepted within Settings::betaalopdrachtAnnulerenNaUren, when the sender no longer orders
// but cancels (assumed AnnuleerEenmaligeOpdracht): "Geannuleerd" reverses, "Uitgevoerd"
// records it delivered. A request that is no longer uitgevoerd is never sent again.
class AllegroBetaalopdrachtSender : public Sender {
public:
    AllegroBetaalopdrachtSender(services::ServiceContext &ctx, allegro::AllegroClient &client);
    SendOutcome send(const outbox::Message &message) override;

private:
    SendOutcome maak(const outbox::Message &message);
    SendOutcome annuleer(const outbox::Message &message);
    // Allegro will never pay: the money goes back into the potje.
    SendOutcome geefTerug(const QString &verzoek, const QString &reden);
    bool teLaat(const outbox::Message &message) const;

    services::ServiceContext &ctx_;
    allegro::AllegroClient &client_;
};

class AllegroBerichtSender : public Sender {
public:
    AllegroBerichtSender(services::ServiceContext &ctx, allegro::AllegroClient &client);
    SendOutcome send(const outbox::Message &message) override;

private:
    services::ServiceContext &ctx_;
    allegro::AllegroClient &client_;
};

// Both zaak topics: aanmaken opens the zaak, afronden sets the resultaat and the
// eindstatus (opening it first if the aanmaken message has not gone out yet).
class ZaakSender : public Sender {
public:
    ZaakSender(services::ServiceContext &ctx, zgw::ZgwClient &client, zgw::ZaakFlowConfig config);
    SendOutcome send(const outbox::Message &message) override;

private:
    SendOutcome aanmaken(const outbox::Message &message);
    SendOutcome afronden(const outbox::Message &message);
    std::optional<SendOutcome> ensureCatalog();
    zgw::Result<zgw::Zaak> open(zgw::ZaakFlow &flow, const services::ZaakVerzoek &verzoek);

    services::ServiceContext &ctx_;
    zgw::ZgwClient &client_;
    zgw::ZaakFlowConfig config_;
    std::optional<zgw::ZaakCatalog> catalog_;
};

// The message's text for Allegro: the Referentie must stay readable in the mutatie, so the
// sync can recognise Regie's own payouts on the statement.
QString betaalOmschrijving(const QString &omschrijving, const QString &referentie);

} // namespace regie::integrations
