#pragma once
// What the koppelingen (core/integrations/runtime) read to send, to sync and to write bank
// files: an inwoner's Allegro relatiecode, BSN and mail address, the IBAN a payout goes to,
// the request behind a zaak, the payouts of a day. Personal data is decrypted through
// Persoonsgegevens, at the moment it is sent, so the outbox never holds it. Reads only, not
// audited (the sends they serve are); the systeem actor reads for the senders and the sync,
// the beheerder too for the bank files.

#include "domain/Domain.h"
#include "money/Bsn.h"
#include "money/Iban.h"
#include "money/Money.h"
#include "services/Persoonsgegevens.h"
#include "services/ServiceContext.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

namespace regie::services {

// The request behind a zaak, with what the zaaksysteem must know about the inwoner.
struct ZaakVerzoek {
    qint64 id = 0;
    QString publicId;
    Bsn bsn;
    Money bedrag;
    QString reservering;
    QDateTime ontvangen;    // sent by the inwoner (or created, for one never sent)
    QDateTime afgerond;     // decided; now when not decided yet
    QString zaakUrl;        // empty until the zaak is known
};

// One executed withdrawal for a pain.001 file.
struct UitgevoerdeOpname {
    QString publicId;
    Money bedrag;
    Iban iban;              // the inwoner's own account it was paid to
    QString voornaam, achternaam;
    QString reservering;
};

struct MailOntvanger {
    bool medewerker = false; // a users row (to_user_id), else an inwoner (to_inwoner_id)
    qint64 id = 0;
};

class KoppelingGegevens {
public:
    explicit KoppelingGegevens(ServiceContext &context) : ctx_(context) {}

    // NotFound: no such account (any more); Invalid: it cannot be decrypted or is no IBAN.
    Result<Iban> eigenRekeningIban(const Actor &actor, qint64 inwonerId, qint64 eigenRekeningId);
    Result<Iban> beheerIban(const Actor &actor, qint64 inwonerId);
    // NotFound: no such inwoner. Empty when the inwoner has none.
    Result<QString> relatiecode(const Actor &actor, qint64 inwonerId);
    // NotFound: no such inwoner, no BSN (anonymised) or one that cannot be decrypted.
    Result<Bsn> bsn(const Actor &actor, qint64 inwonerId);
    // NotFound: no such request; Invalid: the inwoner's BSN is gone or cannot be decrypted.
    Result<ZaakVerzoek> zaakVerzoek(const Actor &actor, const QString &verzoekPublicId);
    // Whether a request with this public id exists: a payout with "REGIE-<id>" is Regie's own.
    Result<bool> isEigenBetaling(const Actor &actor, const QString &verzoekPublicId);
    // The request's state now (NotFound: no such request). The payout sender asks before each
    // call, so a payout given back (niet_gelukt) is never sent again, not even by "opnieuw".
    Result<VerzoekStatus> verzoekStatus(const Actor &actor, const QString &verzoekPublicId);
    // Empty when there is no (longer an) address: a medewerker who left, an inwoner who no
    // longer wants mail or was anonymised.
    Result<QString> mailAdres(const Actor &actor, const MailOntvanger &ontvanger);
    // Withdrawals executed in [van, tot), oldest first, at most `limit`.
    Result<QList<UitgevoerdeOpname>> uitgevoerdeOpnames(const Actor &actor, const QDateTime &van,
                                                        const QDateTime &tot, int limit);
    // Outbox messages still waiting to be sent.
    Result<qint64> wachtendeBerichten(const Actor &actor);

private:
    // The IBAN in column 0 of the query's one row: NotFound without it, Invalid when unreadable.
    Result<Iban> leesIban(storage::Sql &query, VersleuteldVeld veld, const QString &wat);

    ServiceContext &ctx_;
};

} // namespace regie::services
