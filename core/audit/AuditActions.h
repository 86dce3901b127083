#pragma once
// The one list of audit action codes. Services name what happened with these constants, so
// the audit viewer, the exports and "wie heeft mijn gegevens bekeken" can filter on stable
// codes instead of strings scattered through the code base.
//
// A code is "<object>.<what happened>" in lower case Dutch, e.g. "verzoek.ingediend". A code
// never changes meaning once events carry it: the events are kept for years and their hashes
// cover the code. Add new codes here (and a label in AuditActions.cpp); never reuse a code.
//
// A refusal is recorded with the code of the action that was attempted and outcome
// "geweigerd" (e.g. dossier.bekeken + geweigerd), not with a separate "denied" code.

#include <QtCore/QLatin1String>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringView>

// X(Constant, "code")
#define REGIE_AUDIT_ACTIONS(X)                                                                   \
    /* Sessions and accounts */                                                                  \
    X(LoginGelukt, "login.gelukt")                                                               \
    X(LoginMislukt, "login.mislukt")                                                             \
    X(AccountGeblokkeerd, "account.geblokkeerd")                                                 \
    X(Uitgelogd, "sessie.uitgelogd")                                                             \
    X(SessieVerlopen, "sessie.verlopen")                                                         \
    X(WachtwoordGewijzigd, "wachtwoord.gewijzigd")                                               \
    X(TweedeFactorIngesteld, "tweedefactor.ingesteld")                                           \
    /* Reading an inwoner's data (inzage) */                                                     \
    X(DossierBekeken, "dossier.bekeken")                                                         \
    X(TransactiesBekeken, "transacties.bekeken")                                                 \
    X(BudgetplanBekeken, "budgetplan.bekeken")                                                   \
    X(LeningBekeken, "lening.bekeken")                                                           \
    X(VerzoekBekeken, "verzoek.bekeken")                                                         \
    X(AuditBekeken, "audit.bekeken")                                                             \
    /* Opnameverzoeken and besluiten */                                                          \
    X(VerzoekAangemaakt, "verzoek.aangemaakt")                                                   \
    X(VerzoekGeannuleerd, "verzoek.geannuleerd")                                                 \
    X(VerzoekIngediend, "verzoek.ingediend")                                                     \
    X(VerzoekUitgevoerd, "verzoek.uitgevoerd")                                                   \
    X(VerzoekAfgewezen, "verzoek.afgewezen")                                                     \
    X(VerzoekIngetrokken, "verzoek.ingetrokken")                                                 \
    X(VerzoekVerlopen, "verzoek.verlopen")                                                       \
    X(VerzoekNietGelukt, "verzoek.niet_gelukt")                                                  \
    X(BesluitAkkoord, "besluit.akkoord")                                                         \
    X(BesluitWeigering, "besluit.weigering")                                                     \
    /* Maatwerkafspraken, reserveringen, budgetplan, rekeningen */                               \
    X(AfspraakAangemaakt, "afspraak.aangemaakt")                                                 \
    X(AfspraakGewijzigd, "afspraak.gewijzigd")                                                   \
    X(ReserveringGewijzigd, "reservering.gewijzigd")                                             \
    X(BudgetplanGewijzigd, "budgetplan.gewijzigd")                                               \
    X(EigenRekeningToegevoegd, "eigen_rekening.toegevoegd")                                      \
    X(EigenRekeningGeverifieerd, "eigen_rekening.geverifieerd")                                  \
    X(EigenRekeningVerwijderd, "eigen_rekening.verwijderd")                                      \
    /* Consent for ketenpartners */                                                              \
    X(ToestemmingVerleend, "toestemming.verleend")                                               \
    X(ToestemmingIngetrokken, "toestemming.ingetrokken")                                         \
    /* Beheer: users, teams, caseload, settings */                                               \
    X(GebruikerAangemaakt, "gebruiker.aangemaakt")                                               \
    X(GebruikerGewijzigd, "gebruiker.gewijzigd")                                                 \
    X(GebruikerGedeactiveerd, "gebruiker.gedeactiveerd")                                         \
    X(OpslagVastgelegd, "opslag.vastgelegd")                                                     \
    X(MeekijkcodeGemaakt, "meekijkcode.gemaakt")                                                 \
    X(VoorstelGedaan, "voorstel.gedaan")                                                         \
    X(VoorstelBesloten, "voorstel.besloten")                                                     \
    X(CaseloadGewijzigd, "caseload.gewijzigd")                                                   \
    X(InstellingGewijzigd, "instelling.gewijzigd")                                               \
    X(RedenGewijzigd, "reden.gewijzigd")                                                         \
    X(RedenIngetrokken, "reden.ingetrokken")                                                     \
    X(TeamAangemaakt, "team.aangemaakt")                                                         \
    X(VormGewijzigd, "vorm.gewijzigd")                                                           \
    /* Dossier set-up and feeding (onboarding, sync, statement import) */                        \
    X(InwonerAangemaakt, "inwoner.aangemaakt")                                                   \
    X(ReserveringAangemaakt, "reservering.aangemaakt")                                           \
    X(ReserveringGestort, "reservering.gestort")                                                 \
    X(LeningBijgewerkt, "lening.bijgewerkt")                                                     \
    X(TransactiesGeboekt, "transacties.geboekt")                                                 \
    X(InwonerOvergenomen, "inwoner.overgenomen")                                                 \
    X(BudgetbeheerBeeindigd, "budgetbeheer.beeindigd")                                           \
    X(ReserveringBeeindigd, "reservering.beeindigd")                                             \
    X(BudgetplanRegelBeeindigd, "budgetplan_regel.beeindigd")                                    \
    /* Exports */                                                                                \
    X(ExportAudit, "export.audit")                                                               \
    X(ExportGegevens, "export.gegevens")                                                         \
    /* Outside systems (usually actor Systeem) */                                                \
    X(AllegroGesynchroniseerd, "allegro.gesynchroniseerd")                                       \
    X(AllegroVerwerkt, "allegro.verwerkt")                                                       \
    X(ZaakAangemaakt, "zaak.aangemaakt")                                                         \
    X(ZaakBijgewerkt, "zaak.bijgewerkt")                                                         \
    X(BetaalopdrachtAangemaakt, "betaalopdracht.aangemaakt")                                     \
    X(BerichtVerstuurd, "bericht.verstuurd")                                                     \
    X(NotificatieOntvangen, "notificatie.ontvangen")                                             \
    X(BankbestandVerwerkt, "bankbestand.verwerkt")                                               \
    X(OutboxOpnieuw, "outbox.opnieuw")                                                           \
    X(BerichtOpnieuw, "bericht.opnieuw")                                                         \
    /* Privacy and retention */                                                                  \
    X(InwonerGeanonimiseerd, "inwoner.geanonimiseerd")                                           \
    X(GegevensVerwijderd, "gegevens.verwijderd")                                                 \
    X(BewaartermijnVerwerkt, "bewaartermijn.verwerkt")                                           \
    /* The audit trail itself */                                                                 \
    X(AuditGeverifieerd, "audit.geverifieerd")                                                   \
    X(AuditCheckpoint, "audit.checkpoint")                                                       \
    /* Operations (regie-admin) */                                                               \
    X(SleutelGeroteerd, "sleutel.geroteerd")                                                     \
    X(BackupGemaakt, "backup.gemaakt")                                                           \
    X(BackupTeruggezet, "backup.teruggezet")                                                     \
    X(ConfiguratieGecontroleerd, "configuratie.gecontroleerd")

namespace regie::audit::actions {

#define REGIE_AUDIT_DECLARE_ACTION(name, code) inline constexpr QLatin1String name{code};
REGIE_AUDIT_ACTIONS(REGIE_AUDIT_DECLARE_ACTION)
#undef REGIE_AUDIT_DECLARE_ACTION

// Every code above, in the order of the list.
const QList<QLatin1String> &all();
bool isKnown(QStringView code);
// Lower case dotted code "<object>.<what>", at most 64 characters. AuditLog::append accepts
// any well-formed code so a new service can start before its code is listed, but the list
// above is where it must end up.
bool isWellFormed(QStringView code);
// Short Dutch description for the audit viewer of staff, translatable; the code itself for
// an unknown code.
QString label(QStringView code);

} // namespace regie::audit::actions
