#include "storage/Migrations.h"

namespace regie::storage {
namespace {

QStringList initialSchema()
{
    return {
        // ---- Organisation and people ---------------------------------------------------
        QStringLiteral("CREATE TABLE teams ("
                       " id {{pk}}, naam TEXT NOT NULL, telefoon TEXT NOT NULL, email TEXT NOT NULL,"
                       " doel_behandeltijd_uren INTEGER NOT NULL DEFAULT 48,"
                       " vier_ogen_grens_cents {{bigint}} NOT NULL DEFAULT 50000)"),
        // Forms of budgetbeheer (Allegro VormCode) with their default afspraken in afspraken.
        QStringLiteral("CREATE TABLE vormen ("
                       " code TEXT PRIMARY KEY, naam TEXT NOT NULL, uitleg TEXT NOT NULL)"),
        // Personal data: BSN only encrypted (bsn_enc) plus a keyed hash for look-up.
        QStringLiteral("CREATE TABLE inwoners ("
                       " id {{pk}}, public_id TEXT NOT NULL UNIQUE,"
                       " bsn_enc {{blob}}, bsn_hash TEXT UNIQUE,"
                       " voornaam TEXT NOT NULL, achternaam TEXT NOT NULL,"
                       " email TEXT, telefoon TEXT, wil_mail INTEGER NOT NULL DEFAULT 0,"
                       " vorm_code TEXT NOT NULL REFERENCES vormen(code),"
                       " team_id {{bigint}} NOT NULL REFERENCES teams(id),"
                       " allegro_relatiecode TEXT,"
                       " status TEXT NOT NULL DEFAULT 'actief',"
                       " budgetbeheer_start TEXT NOT NULL, budgetbeheer_eind TEXT,"
                       " saldo_bijgewerkt_at TEXT,"
                       " created_at TEXT NOT NULL, geanonimiseerd_at TEXT)"),
        QStringLiteral("CREATE TABLE users ("
                       " id {{pk}}, username TEXT NOT NULL UNIQUE, display_name TEXT NOT NULL,"
                       " role TEXT NOT NULL, team_id {{bigint}} REFERENCES teams(id),"
                       " inwoner_id {{bigint}} REFERENCES inwoners(id),"
                       " organisatie TEXT, email TEXT, telefoon TEXT,"
                       " password_hash TEXT, totp_secret_enc {{blob}}, totp_last_step {{bigint}},"
                       " failed_logins INTEGER NOT NULL DEFAULT 0, locked_until TEXT,"
                       " active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE caseload ("
                       " medewerker_id {{bigint}} NOT NULL REFERENCES users(id),"
                       " inwoner_id {{bigint}} NOT NULL REFERENCES inwoners(id),"
                       " sinds TEXT NOT NULL, PRIMARY KEY (medewerker_id, inwoner_id))"),
        // Read-only access a inwoner grants to a ketenpartner; revoked rows are kept for the trail.
        QStringLiteral("CREATE TABLE toestemmingen ("
                       " id {{pk}}, inwoner_id {{bigint}} NOT NULL REFERENCES inwoners(id),"
                       " ketenpartner_id {{bigint}} NOT NULL REFERENCES users(id),"
                       " verleend_at TEXT NOT NULL, ingetrokken_at TEXT)"),
        QStringLiteral("CREATE INDEX toestemmingen_lookup ON toestemmingen(ketenpartner_id, inwoner_id)"),
        QStringLiteral("CREATE TABLE eigen_rekeningen ("
                       " id {{pk}}, inwoner_id {{bigint}} NOT NULL REFERENCES inwoners(id),"
                       " iban_enc {{blob}} NOT NULL, iban_hash TEXT NOT NULL, iban_eind TEXT NOT NULL,"
                       " geverifieerd INTEGER NOT NULL DEFAULT 0, label TEXT NOT NULL,"
                       " UNIQUE (inwoner_id, iban_hash))"),
        // ---- The managed money ---------------------------------------------------------
        QStringLiteral("CREATE TABLE beheerrekeningen ("
                       " inwoner_id {{bigint}} PRIMARY KEY REFERENCES inwoners(id),"
                       " iban_enc {{blob}} NOT NULL, iban_eind TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE reserveringen ("
                       " id {{pk}}, inwoner_id {{bigint}} NOT NULL REFERENCES inwoners(id),"
                       " naam TEXT NOT NULL, soort TEXT NOT NULL,"
                       " bedrag_per_periode_cents {{bigint}} NOT NULL, periode TEXT NOT NULL,"
                       " doel_cents {{bigint}}, maximum_cents {{bigint}},"
                       " allegro_nummer TEXT, actief INTEGER NOT NULL DEFAULT 1, volgorde INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX reserveringen_inwoner ON reserveringen(inwoner_id)"),
        // Bank transactions of the beheerrekening as the inwoner sees them (replica of Allegro
        // or imported CAMT.053). extern_id makes re-imports idempotent.
        QStringLiteral("CREATE TABLE transacties ("
                       " id {{pk}}, inwoner_id {{bigint}} NOT NULL REFERENCES inwoners(id),"
                       " datum TEXT NOT NULL, bedrag_cents {{bigint}} NOT NULL,"
                       " omschrijving TEXT NOT NULL, tegenpartij TEXT NOT NULL, categorie TEXT NOT NULL,"
                       " reservering_id {{bigint}} REFERENCES reserveringen(id),"
                       " bron TEXT NOT NULL, extern_id TEXT NOT NULL, created_at TEXT NOT NULL,"
                       " UNIQUE (inwoner_id, bron, extern_id))"),
        QStringLiteral("CREATE INDEX transacties_inwoner_datum ON transacties(inwoner_id, datum)"),
        QStringLiteral("CREATE TABLE budgetplannen ("
                       " inwoner_id {{bigint}} PRIMARY KEY REFERENCES inwoners(id),"
                       " leefgeld_cents {{bigint}} NOT NULL, leefgeld_periode TEXT NOT NULL,"
                       " leefgeld_volgende_datum TEXT NOT NULL, bijgewerkt_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE budgetplan_regels ("
                       " id {{pk}}, inwoner_id {{bigint}} NOT NULL REFERENCES inwoners(id),"
                       " soort TEXT NOT NULL, omschrijving TEXT NOT NULL, bedrag_cents {{bigint}} NOT NULL,"
                       " periode TEXT NOT NULL, volgende_datum TEXT,"
                       " reservering_id {{bigint}} REFERENCES reserveringen(id))"),
        QStringLiteral("CREATE TABLE leningen ("
                       " id {{pk}}, inwoner_id {{bigint}} NOT NULL REFERENCES inwoners(id),"
                       " omschrijving TEXT NOT NULL, geleend_cents {{bigint}} NOT NULL,"
                       " openstaand_cents {{bigint}} NOT NULL, maandtermijn_cents {{bigint}} NOT NULL,"
                       " resterende_looptijd_maanden INTEGER NOT NULL, achterstand_cents {{bigint}} NOT NULL,"
                       " startdatum TEXT NOT NULL, einddatum TEXT NOT NULL, bijgewerkt_at TEXT NOT NULL)"),
        // ---- Ledger: double entry in cents, TigerBeetle-style account balances ------------
        // soort: bank (asset: money on the beheerrekening), algemeen (unallocated part),
        // reservering (earmarked), extern (the outside world). For every inwoner the invariant
        // bank = algemeen + sum(reserveringen) holds after each transaction.
        QStringLiteral("CREATE TABLE ledger_accounts ("
                       " id {{pk}}, inwoner_id {{bigint}} REFERENCES inwoners(id),"
                       " soort TEXT NOT NULL, reservering_id {{bigint}} UNIQUE REFERENCES reserveringen(id),"
                       " debits_posted_cents {{bigint}} NOT NULL DEFAULT 0,"
                       " credits_posted_cents {{bigint}} NOT NULL DEFAULT 0,"
                       " debits_pending_cents {{bigint}} NOT NULL DEFAULT 0,"
                       " credits_pending_cents {{bigint}} NOT NULL DEFAULT 0,"
                       " debits_must_not_exceed_credits INTEGER NOT NULL DEFAULT 0,"
                       " credits_must_not_exceed_debits INTEGER NOT NULL DEFAULT 0,"
                       " CHECK (debits_must_not_exceed_credits = 0 OR"
                       "        debits_posted_cents + debits_pending_cents <= credits_posted_cents),"
                       " CHECK (credits_must_not_exceed_debits = 0 OR"
                       "        credits_posted_cents + credits_pending_cents <= debits_posted_cents),"
                       " CHECK (debits_posted_cents >= 0 AND credits_posted_cents >= 0"
                       "        AND debits_pending_cents >= 0 AND credits_pending_cents >= 0))"),
        QStringLiteral("CREATE INDEX ledger_accounts_inwoner ON ledger_accounts(inwoner_id)"),
        // Transfers are immutable. A pending transfer is resolved by exactly one later transfer
        // (post or void) that names it in pending_id; the UNIQUE constraint makes a second
        // resolution impossible at the database level.
        QStringLiteral("CREATE TABLE ledger_transfers ("
                       " id {{pk}}, idempotency_key TEXT NOT NULL UNIQUE,"
                       " debit_account_id {{bigint}} NOT NULL REFERENCES ledger_accounts(id),"
                       " credit_account_id {{bigint}} NOT NULL REFERENCES ledger_accounts(id),"
                       " amount_cents {{bigint}} NOT NULL CHECK (amount_cents > 0),"
                       " kind TEXT NOT NULL," // single | pending | post_pending | void_pending
                       " pending_id {{bigint}} UNIQUE REFERENCES ledger_transfers(id),"
                       " code TEXT NOT NULL, omschrijving TEXT NOT NULL,"
                       " verzoek_id {{bigint}}, created_at TEXT NOT NULL,"
                       " CHECK (debit_account_id <> credit_account_id))"),
        QStringLiteral("CREATE INDEX ledger_transfers_debit ON ledger_transfers(debit_account_id)"),
        QStringLiteral("CREATE INDEX ledger_transfers_credit ON ledger_transfers(credit_account_id)"),
        // ---- Maatwerkafspraken: versioned, never updated in place --------------------------
        // scope: vorm (default for a form of budgetbeheer), inwoner, reservering.
        QStringLiteral("CREATE TABLE afspraken ("
                       " id {{pk}}, scope TEXT NOT NULL, vorm_code TEXT REFERENCES vormen(code),"
                       " inwoner_id {{bigint}} REFERENCES inwoners(id),"
                       " reservering_id {{bigint}} REFERENCES reserveringen(id),"
                       " versie INTEGER NOT NULL, modus TEXT NOT NULL,"
                       " max_per_opname_cents {{bigint}}, max_week_bedrag_cents {{bigint}},"
                       " max_week_aantal INTEGER, max_maand_bedrag_cents {{bigint}}, max_maand_aantal INTEGER,"
                       " minimum_saldo_cents {{bigint}} NOT NULL DEFAULT 0,"
                       " alleen_eigen_iban INTEGER NOT NULL DEFAULT 1,"
                       " ingangsdatum TEXT NOT NULL, geldig_tot TEXT,"
                       " auteur_id {{bigint}} REFERENCES users(id), reden TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX afspraken_inwoner ON afspraken(inwoner_id)"),
        QStringLiteral("CREATE UNIQUE INDEX afspraken_versie ON afspraken("
                       " scope, COALESCE(vorm_code, ''), COALESCE(inwoner_id, 0), COALESCE(reservering_id, 0), versie)"),
        // ---- Withdrawals ---------------------------------------------------------------
        QStringLiteral("CREATE TABLE redenen ("
                       " code TEXT PRIMARY KEY, soort TEXT NOT NULL," // weigering | akkoord
                       " tekst_b1 TEXT NOT NULL, tekst_medewerker TEXT NOT NULL, actief INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE verzoeken ("
                       " id {{pk}}, public_id TEXT NOT NULL UNIQUE,"
                       " inwoner_id {{bigint}} NOT NULL REFERENCES inwoners(id),"
                       " reservering_id {{bigint}} NOT NULL REFERENCES reserveringen(id),"
                       " eigen_rekening_id {{bigint}} NOT NULL REFERENCES eigen_rekeningen(id),"
                       " bedrag_cents {{bigint}} NOT NULL CHECK (bedrag_cents > 0),"
                       " toelichting_inwoner TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL, uitkomst TEXT, beoordeling_json TEXT NOT NULL,"
                       " afspraak_id {{bigint}} REFERENCES afspraken(id),"
                       " idempotency_key TEXT NOT NULL UNIQUE,"
                       " hold_transfer_id {{bigint}} REFERENCES ledger_transfers(id),"
                       " uitvoer_transfer_id {{bigint}} REFERENCES ledger_transfers(id),"
                       " vier_ogen INTEGER NOT NULL DEFAULT 0,"
                       " verwachte_bijschrijving TEXT, zaak_url TEXT,"
                       " created_at TEXT NOT NULL, verstuurd_at TEXT, afgerond_at TEXT,"
                       " gesignaleerd_at TEXT, versie INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX verzoeken_inwoner ON verzoeken(inwoner_id, created_at)"),
        QStringLiteral("CREATE INDEX verzoeken_status ON verzoeken(status, verstuurd_at)"),
        QStringLiteral("CREATE INDEX verzoeken_reservering ON verzoeken(reservering_id, status)"),
        QStringLiteral("CREATE TABLE besluiten ("
                       " id {{pk}}, verzoek_id {{bigint}} NOT NULL REFERENCES verzoeken(id),"
                       " medewerker_id {{bigint}} NOT NULL REFERENCES users(id),"
                       " besluit TEXT NOT NULL, reden_code TEXT REFERENCES redenen(code),"
                       " extra_toelichting TEXT NOT NULL DEFAULT '', stap INTEGER NOT NULL,"
                       " created_at TEXT NOT NULL, UNIQUE (verzoek_id, medewerker_id), UNIQUE (verzoek_id, stap))"),
        // ---- Notifications (meldingen) for inwoners and staff ------------------------------
        QStringLiteral("CREATE TABLE meldingen ("
                       " id {{pk}}, user_id {{bigint}} REFERENCES users(id),"
                       " inwoner_id {{bigint}} REFERENCES inwoners(id),"
                       " soort TEXT NOT NULL, titel TEXT NOT NULL, tekst TEXT NOT NULL,"
                       " verzoek_id {{bigint}} REFERENCES verzoeken(id),"
                       " created_at TEXT NOT NULL, gelezen_at TEXT)"),
        QStringLiteral("CREATE INDEX meldingen_user ON meldingen(user_id, gelezen_at)"),
        QStringLiteral("CREATE INDEX meldingen_inwoner ON meldingen(inwoner_id, gelezen_at)"),
        // ---- Audit trail: append-only, hash-chained ---------------------------------------
        // No direct identifiers: subjects are named by inwoner public_id (a pseudonym) so the
        // chain stays verifiable after personal data is erased.
        QStringLiteral("CREATE TABLE audit_events ("
                       " seq {{pk}}, at TEXT NOT NULL,"
                       " actor_user_id {{bigint}}, actor_role TEXT NOT NULL,"
                       " action TEXT NOT NULL, outcome TEXT NOT NULL,"
                       " subject TEXT, object_type TEXT, object_id TEXT,"
                       " details_json TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE INDEX audit_subject ON audit_events(subject, at)"),
        QStringLiteral("CREATE INDEX audit_at ON audit_events(at)"),
        // ---- Transactional outbox for Allegro, zaaksysteem and mail ------------------------
        QStringLiteral("CREATE TABLE outbox ("
                       " id {{pk}}, topic TEXT NOT NULL, idempotency_key TEXT NOT NULL UNIQUE,"
                       " payload_json TEXT NOT NULL, status TEXT NOT NULL DEFAULT 'nieuw',"
                       " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT NOT NULL,"
                       " last_error TEXT, created_at TEXT NOT NULL, done_at TEXT)"),
        QStringLiteral("CREATE INDEX outbox_due ON outbox(status, next_attempt_at)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    };
}

// Version 3 (integrations): what the receivers answered, so a verzoek can name its Allegro
// order and zaak, and where the Allegro sync of each inwoner stands.
QStringList koppelingenSchema()
{
    return {
        // One row per (verzoek, systeem): written in the same transaction that marks the
        // outbox message sent, so a crash never leaves a sent message without its record.
        QStringLiteral("CREATE TABLE extern_referenties ("
                       " id {{pk}}, verzoek_id {{bigint}} NOT NULL REFERENCES verzoeken(id),"
                       " systeem TEXT NOT NULL," // allegro.betaalopdracht | allegro.bericht | zgw.zaak
                       " referentie TEXT NOT NULL, extern_id TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL, UNIQUE (verzoek_id, systeem))"),
        QStringLiteral("CREATE INDEX extern_referenties_referentie ON extern_referenties(referentie)"),
        // vanaf: the statement date from which the next GetAfschriften asks (with overlap).
        QStringLiteral("CREATE TABLE koppeling_sync ("
                       " inwoner_id {{bigint}} PRIMARY KEY REFERENCES inwoners(id),"
                       " vanaf TEXT, laatste_succes_at TEXT, laatste_fout TEXT)"),
    };
}

// regie-server: cookie sessions, staff tokens and processed ZGW notifications. Only
// hashes of session ids and tokens are stored, so a copy of the database cannot be used
// to take over a session.
QStringList webSchema()
{
    return {
        QStringLiteral("CREATE TABLE web_sessions ("
                       " id_hash TEXT PRIMARY KEY,"
                       " user_id {{bigint}} REFERENCES users(id),"
                       " inwoner_id {{bigint}} REFERENCES inwoners(id),"
                       " role TEXT NOT NULL, team_id {{bigint}},"
                       " csrf_token TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, last_seen_at TEXT NOT NULL,"
                       " language TEXT NOT NULL DEFAULT 'nl',"
                       " demo_login INTEGER NOT NULL DEFAULT 0,"
                       " flash TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX web_sessions_user ON web_sessions(user_id)"),
        QStringLiteral("CREATE INDEX web_sessions_inwoner ON web_sessions(inwoner_id)"),
        QStringLiteral("CREATE INDEX web_sessions_seen ON web_sessions(last_seen_at)"),
        QStringLiteral("CREATE TABLE api_tokens ("
                       " token_hash TEXT PRIMARY KEY, kind TEXT NOT NULL,"
                       " user_id {{bigint}} NOT NULL REFERENCES users(id),"
                       " family_id TEXT NOT NULL,"
                       " expires_at TEXT NOT NULL, revoked_at TEXT, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX api_tokens_family ON api_tokens(family_id)"),
        QStringLiteral("CREATE INDEX api_tokens_user ON api_tokens(user_id, revoked_at)"),
        QStringLiteral("CREATE INDEX api_tokens_expiry ON api_tokens(expires_at)"),
        QStringLiteral("CREATE TABLE zgw_notificaties ("
                       " key TEXT PRIMARY KEY, received_at TEXT NOT NULL)"),
    };
}

// Found by the Overzicht benchmark on 5,000 households: the budgetplan lines and loans of one
// inwoner were read with a scan of every household's rows. Every per-inwoner read now has
// an index that starts with inwoner_id.
QStringList schaalIndexen()
{
    return {
        QStringLiteral("CREATE INDEX budgetplan_regels_inwoner ON budgetplan_regels(inwoner_id, soort, id)"),
        QStringLiteral("CREATE INDEX leningen_inwoner ON leningen(inwoner_id)"),
        QStringLiteral("CREATE INDEX caseload_inwoner ON caseload(inwoner_id)"),
        QStringLiteral("CREATE INDEX toestemmingen_inwoner ON toestemmingen(inwoner_id)"),
        QStringLiteral("CREATE INDEX users_inwoner ON users(inwoner_id)"),
        QStringLiteral("CREATE INDEX inwoners_team ON inwoners(team_id)"),
    };
}

// Households taken over from Allegro (services/Overname): a budgetplan line keeps Allegro's
// volgnummer and is ended, never deleted, when it disappears there; the inwoner records
// when (and why) Regie took the household over, so the sync keeps only those households in
// step, and why budgetbeheer ended.
QStringList overnameSchema()
{
    return {
        QStringLiteral("ALTER TABLE budgetplan_regels ADD COLUMN allegro_volgnummer TEXT"),
        QStringLiteral("ALTER TABLE budgetplan_regels ADD COLUMN beeindigd_at TEXT"),
        QStringLiteral("ALTER TABLE inwoners ADD COLUMN overgenomen_at TEXT"),
        // Staff's free-text reasons stay with the record, not in the audit trail (docs/AUDIT.md).
        QStringLiteral("ALTER TABLE inwoners ADD COLUMN overname_reden TEXT"),
        QStringLiteral("ALTER TABLE inwoners ADD COLUMN eind_reden TEXT"),
        QStringLiteral("CREATE INDEX inwoners_allegro_relatie ON inwoners(allegro_relatiecode)"),
    };
}

// Version 6 (several regie-server instances on one PostgreSQL, docs/DEPLOY.md):
// - cluster_leases: who runs the background work (jobs, outbox, Allegro sync) until when;
//   the holder renews it, another instance takes it over once it has run out.
// - outbox claims: a dispatcher marks the message it is about to send, so two dispatchers
//   (two instances, or regie-koppelingen beside a server) never send the same message at
//   the same time; a claim of a dispatcher that died runs out and the message is due again.
// - realtime_aanwezig: the inwoners with an open page, per instance, so the instance that
//   runs the Allegro sync can sync them first although their pages are open elsewhere.
QStringList clusterSchema()
{
    return {
        QStringLiteral("CREATE TABLE cluster_leases ("
                       " naam TEXT PRIMARY KEY, houder TEXT NOT NULL, tot TEXT NOT NULL, sinds TEXT NOT NULL)"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN claimed_by TEXT"),
        QStringLiteral("ALTER TABLE outbox ADD COLUMN claimed_until TEXT"),
        QStringLiteral("CREATE TABLE realtime_aanwezig ("
                       " instance TEXT NOT NULL, inwoner_id {{bigint}} NOT NULL,"
                       " tot TEXT NOT NULL, PRIMARY KEY (instance, inwoner_id))"),
        QStringLiteral("CREATE INDEX realtime_aanwezig_tot ON realtime_aanwezig(tot)"),
    };
}

// Version 7 (issue 10). Demo is a property of the store, fixed when it is created: `opslag` holds one
// row, written at the first start, saying whether this store is a demo. A store that already
// holds people when this migration runs was made before the marker existed and is taken to
// be real: --demo is then refused on it. users.demo marks the accounts the demo loader made;
// only those can use the test login and the demo TOTP secret.
QStringList beveiliging()
{
    return {
        QStringLiteral("CREATE TABLE opslag ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1), demo INTEGER NOT NULL, vastgelegd_at TEXT)"),
        QStringLiteral("INSERT INTO opslag (id, demo)"
                       " SELECT 1, 0 WHERE EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM inwoners)"),
        QStringLiteral("ALTER TABLE users ADD COLUMN demo INTEGER NOT NULL DEFAULT 0"),
        // Staff login back-off per account and client (auth::StaffLogin): a client that fails
        // on an account waits, other clients do not. `client` is a hash of the client's key.
        QStringLiteral("CREATE TABLE login_terugval ("
                       " user_id {{bigint}} NOT NULL REFERENCES users(id), client TEXT NOT NULL,"
                       " mislukt INTEGER NOT NULL, tot TEXT, laatst_at TEXT NOT NULL,"
                       " PRIMARY KEY (user_id, client))"),
        // A meekijker is added with a code the ketenpartner made (services::Meekijkcodes),
        // never by login name. Only the code's hash is kept.
        QStringLiteral("CREATE TABLE meekijkcodes ("
                       " code_hash TEXT PRIMARY KEY, ketenpartner_id {{bigint}} NOT NULL REFERENCES users(id),"
                       " gemaakt_at TEXT NOT NULL, verloopt_at TEXT NOT NULL, gebruikt_at TEXT)"),
        QStringLiteral("CREATE INDEX meekijkcodes_ketenpartner ON meekijkcodes(ketenpartner_id, gebruikt_at)"),
        // Separation of duties (services::Voorstellen): a beheerder's change to a four-eyes
        // limit or to the caseload of an account it holds the credentials of waits here for a
        // teamleider of the team.
        QStringLiteral("CREATE TABLE voorstellen ("
                       " id {{pk}}, soort TEXT NOT NULL, team_id {{bigint}} NOT NULL REFERENCES teams(id),"
                       " bedrag_cents {{bigint}}, medewerker_id {{bigint}} REFERENCES users(id),"
                       " inwoner_id {{bigint}} REFERENCES inwoners(id),"
                       " voorgesteld_door {{bigint}} NOT NULL REFERENCES users(id), voorgesteld_at TEXT NOT NULL,"
                       " status TEXT NOT NULL, besloten_door {{bigint}} REFERENCES users(id), besloten_at TEXT)"),
        QStringLiteral("CREATE INDEX voorstellen_team ON voorstellen(team_id, status)"),
        QStringLiteral("CREATE INDEX audit_object ON audit_events(object_type, object_id)"),
    };
}

// Version 8. Staff run Regie without the demo loader: the reason catalogue keeps every version (a
// decision names the version it used, so an edit never rewrites a past decision), teams
// carry the opening hours inwoners are told, and an own account records who verified it,
// how, and when it was ended. Existing reasons become version 1.
QStringList inrichtingSchema()
{
    return {
        QStringLiteral("ALTER TABLE redenen ADD COLUMN versie INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("CREATE TABLE reden_versies ("
                       " code TEXT NOT NULL REFERENCES redenen(code), versie INTEGER NOT NULL,"
                       " soort TEXT NOT NULL, tekst_b1 TEXT NOT NULL, tekst_medewerker TEXT NOT NULL,"
                       " auteur_id {{bigint}} REFERENCES users(id), reden TEXT NOT NULL, created_at TEXT NOT NULL,"
                       " PRIMARY KEY (code, versie))"),
        QStringLiteral("INSERT INTO reden_versies (code, versie, soort, tekst_b1, tekst_medewerker, reden, created_at)"
                       " SELECT code, 1, soort, tekst_b1, tekst_medewerker, 'eerste versie', '2000-01-01T00:00:00.000Z'"
                       " FROM redenen"),
        QStringLiteral("ALTER TABLE besluiten ADD COLUMN reden_versie INTEGER"),
        QStringLiteral("UPDATE besluiten SET reden_versie = 1 WHERE reden_code IS NOT NULL"),
        QStringLiteral("ALTER TABLE teams ADD COLUMN openingstijden TEXT NOT NULL DEFAULT ''"),
        // geverifieerd stays the one flag the withdrawal paths read: 1 only while the account
        // is verified and not ended.
        QStringLiteral("ALTER TABLE eigen_rekeningen ADD COLUMN verificatie TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE eigen_rekeningen ADD COLUMN verificatie_notitie TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE eigen_rekeningen ADD COLUMN geverifieerd_door {{bigint}} REFERENCES users(id)"),
        QStringLiteral("ALTER TABLE eigen_rekeningen ADD COLUMN geverifieerd_at TEXT"),
        QStringLiteral("ALTER TABLE eigen_rekeningen ADD COLUMN beeindigd_at TEXT"),
        QStringLiteral("ALTER TABLE eigen_rekeningen ADD COLUMN beeindigd_reden TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, QStringLiteral("initial schema"), initialSchema()},
        {2, QStringLiteral("web sessions, api tokens, zgw notificaties"), webSchema()},
        {3, QStringLiteral("koppelingen: external references and Allegro sync state"), koppelingenSchema()},
        {4, QStringLiteral("indexes for per-inwoner reads at scale"), schaalIndexen()},
        {5, QStringLiteral("households taken over from Allegro"), overnameSchema()},
        {6, QStringLiteral("cluster: leases, outbox claims, open pages per instance"), clusterSchema()},
        {7, QStringLiteral("demo store marker, demo accounts, staff login back-off per client, meekijkcodes, voorstellen"), beveiliging()},
        {8, QStringLiteral("inrichting: versioned reasons, team opening hours, verified own accounts"), inrichtingSchema()},
    };
    return all;
}

} // namespace regie::storage
