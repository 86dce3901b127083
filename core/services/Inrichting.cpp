#include "services/Inrichting.h"

#include "audit/AuditActions.h"
#include "auth/Access.h"
#include "crypto/Password.h"
#include "ledger/Ledger.h"
#include "money/Bsn.h"
#include "money/Iban.h"
#include "services/Support.h"

namespace regie::services {

using storage::Sql;
using storage::WriteTransaction;

namespace {

const QString kBsnPurpose = QStringLiteral("inwoners.bsn");
const QString kIbanPurpose = QStringLiteral("iban");

bool mayArrange(const Actor &actor)
{
    return actor.role == Role::Systeem || actor.role == Role::Beheerder;
}

template <typename T>
Result<T> forbidden()
{
    return Result<T>::failure(ErrorCode::Forbidden, QStringLiteral("Geen toegang."));
}

template <typename T>
Result<T> invalid(const QString &field, const QString &message)
{
    return Result<T>::failure(ErrorCode::Invalid, message, {FieldError{field, message}});
}

} // namespace

Inrichting::Inrichting(ServiceContext &context) : ctx_(context) {}

Result<qint64> Inrichting::maakTeam(const Actor &actor, const QString &naam, const QString &telefoon,
                                    const QString &email, Money vierOgenGrens)
{
    if (!mayArrange(actor))
        return forbidden<qint64>();
    if (naam.trimmed().isEmpty())
        return invalid<qint64>(QStringLiteral("naam"), QStringLiteral("Naam ontbreekt."));
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<qint64>(tx.error());
    Sql existing(ctx_.db, QStringLiteral("SELECT id FROM teams WHERE naam = :n"));
    existing.bind(QStringLiteral(":n"), naam);
    if (existing.exec() && existing.next())
        return Result<qint64>::success(existing.int64(0));
    Sql insert(ctx_.db, QStringLiteral("INSERT INTO teams (naam, telefoon, email, vier_ogen_grens_cents)"
                                       " VALUES (:n, :t, :e, :g) RETURNING id"));
    insert.bind(QStringLiteral(":n"), naam).bind(QStringLiteral(":t"), telefoon)
        .bind(QStringLiteral(":e"), email).bind(QStringLiteral(":g"), vierOgenGrens.cents());
    if (!insert.exec() || !insert.next())
        return storageFailure<qint64>(insert.error());
    const qint64 id = insert.int64(0);
    QString error;
    if (!auditInTx(ctx_, actor, audit::actions::TeamAangemaakt, {}, QStringLiteral("team"),
                   QString::number(id), {}, &error) || !tx.commit())
        return storageFailure<qint64>(error.isEmpty() ? tx.error() : error);
    return Result<qint64>::success(id);
}

Result<bool> Inrichting::zetVorm(const Actor &actor, const QString &code, const QString &naam,
                                 const QString &uitleg)
{
    if (!mayArrange(actor))
        return forbidden<bool>();
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<bool>(tx.error());
    Sql upsert(ctx_.db, QStringLiteral("INSERT INTO vormen (code, naam, uitleg) VALUES (:c, :n, :u)"
                                       " ON CONFLICT (code) DO UPDATE SET naam = excluded.naam, uitleg = excluded.uitleg"));
    upsert.bind(QStringLiteral(":c"), code).bind(QStringLiteral(":n"), naam).bind(QStringLiteral(":u"), uitleg);
    QString error;
    if (!upsert.exec())
        return storageFailure<bool>(upsert.error());
    if (!auditInTx(ctx_, actor, audit::actions::VormGewijzigd, {}, QStringLiteral("vorm"), code, {}, &error)
        || !tx.commit())
        return storageFailure<bool>(error.isEmpty() ? tx.error() : error);
    return Result<bool>::success(true);
}

Result<bool> Inrichting::zetReden(const Actor &actor, const Reden &reden)
{
    if (!mayArrange(actor))
        return forbidden<bool>();
    if (reden.code.isEmpty() || reden.tekstB1.isEmpty()
        || (reden.soort != QLatin1String("weigering") && reden.soort != QLatin1String("akkoord")))
        return invalid<bool>(QStringLiteral("code"), QStringLiteral("Reden is niet volledig."));
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<bool>(tx.error());
    Sql upsert(ctx_.db, QStringLiteral(
        "INSERT INTO redenen (code, soort, tekst_b1, tekst_medewerker) VALUES (:c, :s, :b, :m)"
        " ON CONFLICT (code) DO UPDATE SET soort = excluded.soort, tekst_b1 = excluded.tekst_b1,"
        " tekst_medewerker = excluded.tekst_medewerker"));
    upsert.bind(QStringLiteral(":c"), reden.code).bind(QStringLiteral(":s"), reden.soort)
        .bind(QStringLiteral(":b"), reden.tekstB1).bind(QStringLiteral(":m"), reden.tekstMedewerker);
    QString error;
    if (!upsert.exec())
        return storageFailure<bool>(upsert.error());
    if (!auditInTx(ctx_, actor, audit::actions::RedenGewijzigd, {}, QStringLiteral("reden"), reden.code, {}, &error)
        || !tx.commit())
        return storageFailure<bool>(error.isEmpty() ? tx.error() : error);
    return Result<bool>::success(true);
}

Result<qint64> Inrichting::maakGebruiker(const Actor &actor, const NieuweGebruiker &input)
{
    if (!mayArrange(actor))
        return forbidden<qint64>();
    if (input.username.trimmed().isEmpty() || input.displayName.trimmed().isEmpty())
        return invalid<qint64>(QStringLiteral("username"), QStringLiteral("Gebruikersnaam en naam zijn verplicht."));
    if (input.role == Role::Inwoner && input.inwonerId <= 0)
        return invalid<qint64>(QStringLiteral("inwonerId"), QStringLiteral("Een inwoneraccount hoort bij een inwoner."));
    if ((input.role == Role::Medewerker || input.role == Role::Teamleider) && input.teamId <= 0)
        return invalid<qint64>(QStringLiteral("teamId"), QStringLiteral("Een medewerker hoort bij een team."));
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<qint64>(tx.error());
    Sql existing(ctx_.db, QStringLiteral("SELECT id FROM users WHERE username = :u"));
    existing.bind(QStringLiteral(":u"), input.username);
    if (existing.exec() && existing.next())
        return Result<qint64>::success(existing.int64(0));
    const QString passwordHash = input.password.isEmpty() ? QString() : crypto::hashPassword(input.password);
    const QByteArray totp = input.totpSecret.isEmpty()
                                ? QByteArray()
                                : ctx_.cipher.encrypt(input.totpSecret, "users.totp_secret");
    Sql insert(ctx_.db, QStringLiteral(
        "INSERT INTO users (username, display_name, role, team_id, inwoner_id, organisatie, email, telefoon,"
        " password_hash, totp_secret_enc, created_at)"
        " VALUES (:u, :d, :r, :t, :i, :o, :e, :tel, :p, :totp, :at) RETURNING id"));
    insert.bind(QStringLiteral(":u"), input.username)
        .bind(QStringLiteral(":d"), input.displayName)
        .bind(QStringLiteral(":r"), toCode(input.role))
        .bind(QStringLiteral(":t"), storage::nullable(input.teamId > 0 ? std::optional<qint64>(input.teamId) : std::nullopt))
        .bind(QStringLiteral(":i"), storage::nullable(input.inwonerId > 0 ? std::optional<qint64>(input.inwonerId) : std::nullopt))
        .bind(QStringLiteral(":o"), storage::nullableText(input.organisatie))
        .bind(QStringLiteral(":e"), storage::nullableText(input.email))
        .bind(QStringLiteral(":tel"), storage::nullableText(input.telefoon))
        .bind(QStringLiteral(":p"), storage::nullableText(passwordHash))
        .bind(QStringLiteral(":totp"), totp.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(totp))
        .bind(QStringLiteral(":at"), storage::toDbTime(ctx_.now()));
    if (!insert.exec() || !insert.next())
        return storageFailure<qint64>(insert.error());
    const qint64 id = insert.int64(0);
    QString error;
    if (!auditInTx(ctx_, actor, audit::actions::GebruikerAangemaakt, {}, QStringLiteral("user"),
                   QString::number(id), QJsonObject{{QStringLiteral("role"), toCode(input.role)}}, &error)
        || !tx.commit())
        return storageFailure<qint64>(error.isEmpty() ? tx.error() : error);
    return Result<qint64>::success(id);
}

Result<bool> Inrichting::koppelCaseload(const Actor &actor, qint64 medewerkerId, qint64 inwonerId)
{
    if (!mayArrange(actor))
        return forbidden<bool>();
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<bool>(tx.error());
    Sql insert(ctx_.db, QStringLiteral("INSERT INTO caseload (medewerker_id, inwoner_id, sinds) VALUES (:m, :i, :t)"
                                       " ON CONFLICT (medewerker_id, inwoner_id) DO NOTHING"));
    insert.bind(QStringLiteral(":m"), medewerkerId).bind(QStringLiteral(":i"), inwonerId)
        .bind(QStringLiteral(":t"), storage::toDbTime(ctx_.now()));
    if (!insert.exec())
        return storageFailure<bool>(insert.error());
    QString error;
    if (!auditInTx(ctx_, actor, audit::actions::CaseloadGewijzigd, inwonerPseudonym(ctx_, inwonerId),
                   QStringLiteral("user"), QString::number(medewerkerId), {}, &error)
        || !tx.commit())
        return storageFailure<bool>(error.isEmpty() ? tx.error() : error);
    return Result<bool>::success(true);
}

Result<qint64> Inrichting::maakInwoner(const Actor &actor, const NieuweInwoner &input)
{
    if (!mayArrange(actor))
        return forbidden<qint64>();
    const auto bsn = Bsn::parse(input.bsn);
    if (!bsn)
        return invalid<qint64>(QStringLiteral("bsn"), QStringLiteral("BSN is niet geldig."));
    const auto beheerIban = Iban::parse(input.beheerIban);
    if (!beheerIban)
        return invalid<qint64>(QStringLiteral("beheerIban"), QStringLiteral("IBAN van de beheerrekening is niet geldig."));
    if (input.voornaam.trimmed().isEmpty() || input.achternaam.trimmed().isEmpty())
        return invalid<qint64>(QStringLiteral("naam"), QStringLiteral("Naam ontbreekt."));
    QList<Iban> eigen;
    for (const NieuweEigenRekening &rekening : input.eigenRekeningen) {
        const auto iban = Iban::parse(rekening.iban);
        if (!iban)
            return invalid<qint64>(QStringLiteral("eigenRekeningen"), QStringLiteral("Een eigen IBAN is niet geldig."));
        eigen.append(*iban);
    }

    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<qint64>(tx.error());
    const QString bsnHash = ctx_.cipher.lookupHash(bsn->digits(), kBsnPurpose);
    Sql existing(ctx_.db, QStringLiteral("SELECT id FROM inwoners WHERE bsn_hash = :h"));
    existing.bind(QStringLiteral(":h"), bsnHash);
    if (!existing.exec())
        return storageFailure<qint64>(existing.error());
    if (existing.next())
        return Result<qint64>::success(existing.int64(0)); // onboarding twice is a no-op

    const QString publicId = newPublicId();
    Sql insert(ctx_.db, QStringLiteral(
        "INSERT INTO inwoners (public_id, bsn_enc, bsn_hash, voornaam, achternaam, email, telefoon, wil_mail,"
        " vorm_code, team_id, allegro_relatiecode, status, budgetbeheer_start, created_at)"
        " VALUES (:p, :be, :bh, :v, :a, :e, :t, :w, :vorm, :team, :rel, 'actief', :start, :at) RETURNING id"));
    insert.bind(QStringLiteral(":p"), publicId)
        .bind(QStringLiteral(":be"), ctx_.cipher.encrypt(bsn->digits().toUtf8(), kBsnPurpose.toUtf8()))
        .bind(QStringLiteral(":bh"), bsnHash)
        .bind(QStringLiteral(":v"), input.voornaam.trimmed())
        .bind(QStringLiteral(":a"), input.achternaam.trimmed())
        .bind(QStringLiteral(":e"), storage::nullableText(input.email))
        .bind(QStringLiteral(":t"), storage::nullableText(input.telefoon))
        .bind(QStringLiteral(":w"), input.wilMail ? 1 : 0)
        .bind(QStringLiteral(":vorm"), input.vormCode)
        .bind(QStringLiteral(":team"), input.teamId)
        .bind(QStringLiteral(":rel"), storage::nullableText(input.allegroRelatiecode))
        .bind(QStringLiteral(":start"), storage::toDbDate(input.budgetbeheerStart))
        .bind(QStringLiteral(":at"), storage::toDbTime(ctx_.now()));
    if (!insert.exec() || !insert.next())
        return Result<qint64>::failure(ErrorCode::Invalid, QStringLiteral("Inwoner kon niet worden opgeslagen: ")
                                                                + insert.error());
    const qint64 inwonerId = insert.int64(0);

    Sql rekening(ctx_.db, QStringLiteral("INSERT INTO beheerrekeningen (inwoner_id, iban_enc, iban_eind)"
                                         " VALUES (:i, :enc, :eind)"));
    rekening.bind(QStringLiteral(":i"), inwonerId)
        .bind(QStringLiteral(":enc"), ctx_.cipher.encrypt(beheerIban->electronic().toUtf8(), "beheerrekeningen.iban"))
        .bind(QStringLiteral(":eind"), beheerIban->electronic().right(4));
    if (!rekening.exec())
        return storageFailure<qint64>(rekening.error());
    for (qsizetype i = 0; i < eigen.size(); ++i) {
        Sql own(ctx_.db, QStringLiteral("INSERT INTO eigen_rekeningen (inwoner_id, iban_enc, iban_hash, iban_eind,"
                                        " geverifieerd, label) VALUES (:i, :enc, :h, :eind, :g, :l)"));
        own.bind(QStringLiteral(":i"), inwonerId)
            .bind(QStringLiteral(":enc"), ctx_.cipher.encrypt(eigen[i].electronic().toUtf8(), "eigen_rekeningen.iban"))
            .bind(QStringLiteral(":h"), ctx_.cipher.lookupHash(eigen[i].electronic(), kIbanPurpose))
            .bind(QStringLiteral(":eind"), eigen[i].electronic().right(4))
            .bind(QStringLiteral(":g"), input.eigenRekeningen[i].geverifieerd ? 1 : 0)
            .bind(QStringLiteral(":l"), input.eigenRekeningen[i].label);
        if (!own.exec())
            return storageFailure<qint64>(own.error());
    }

    ledger::Ledger ledger(ctx_.db, ctx_.clock);
    QString error;
    if (!ledger.createAccount(inwonerId, ledger::AccountSoort::Bank, std::nullopt, &error)
        || !ledger.createAccount(inwonerId, ledger::AccountSoort::Algemeen, std::nullopt, &error))
        return storageFailure<qint64>(error);

    if (!input.username.isEmpty()) {
        Sql user(ctx_.db, QStringLiteral("INSERT INTO users (username, display_name, role, inwoner_id, created_at)"
                                         " VALUES (:u, :d, 'inwoner', :i, :at)"));
        user.bind(QStringLiteral(":u"), input.username)
            .bind(QStringLiteral(":d"), input.voornaam.trimmed())
            .bind(QStringLiteral(":i"), inwonerId)
            .bind(QStringLiteral(":at"), storage::toDbTime(ctx_.now()));
        if (!user.exec())
            return storageFailure<qint64>(user.error());
    }
    if (!auditInTx(ctx_, actor, audit::actions::InwonerAangemaakt, publicId, QStringLiteral("inwoner"), publicId,
                   QJsonObject{{QStringLiteral("vorm"), input.vormCode}}, &error)
        || !tx.commit())
        return storageFailure<qint64>(error.isEmpty() ? tx.error() : error);
    return Result<qint64>::success(inwonerId);
}

Result<qint64> Inrichting::voegReserveringToe(const Actor &actor, qint64 inwonerId, const NieuweReservering &input)
{
    if (!mayArrange(actor))
        return forbidden<qint64>();
    if (input.naam.trimmed().isEmpty())
        return invalid<qint64>(QStringLiteral("naam"), QStringLiteral("Naam van de reservering ontbreekt."));
    if (input.bedragPerPeriode.isNegative() || (input.doel && !input.doel->isPositive())
        || (input.maximum && !input.maximum->isPositive()))
        return invalid<qint64>(QStringLiteral("bedrag"), QStringLiteral("Bedragen van een reservering kunnen niet negatief zijn."));
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<qint64>(tx.error());
    const QString subject = inwonerPseudonym(ctx_, inwonerId);
    if (subject.isEmpty())
        return notFound<qint64>();
    Sql existing(ctx_.db, QStringLiteral("SELECT id FROM reserveringen WHERE inwoner_id = :i AND naam = :n"));
    existing.bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":n"), input.naam.trimmed());
    if (existing.exec() && existing.next())
        return Result<qint64>::success(existing.int64(0));
    Sql volgorde(ctx_.db, QStringLiteral("SELECT COUNT(*) FROM reserveringen WHERE inwoner_id = :i"));
    volgorde.bind(QStringLiteral(":i"), inwonerId);
    const qint64 positie = (volgorde.exec() && volgorde.next()) ? volgorde.int64(0) : 0;
    Sql insert(ctx_.db, QStringLiteral(
        "INSERT INTO reserveringen (inwoner_id, naam, soort, bedrag_per_periode_cents, periode, doel_cents,"
        " maximum_cents, allegro_nummer, volgorde) VALUES (:i, :n, :s, :b, :p, :d, :m, :a, :v) RETURNING id"));
    insert.bind(QStringLiteral(":i"), inwonerId)
        .bind(QStringLiteral(":n"), input.naam.trimmed())
        .bind(QStringLiteral(":s"), toCode(input.soort))
        .bind(QStringLiteral(":b"), input.bedragPerPeriode.cents())
        .bind(QStringLiteral(":p"), toCode(input.periode))
        .bind(QStringLiteral(":d"), storage::nullable(input.doel ? std::optional<qint64>(input.doel->cents()) : std::nullopt))
        .bind(QStringLiteral(":m"), storage::nullable(input.maximum ? std::optional<qint64>(input.maximum->cents()) : std::nullopt))
        .bind(QStringLiteral(":a"), storage::nullableText(input.allegroNummer))
        .bind(QStringLiteral(":v"), positie);
    if (!insert.exec() || !insert.next())
        return storageFailure<qint64>(insert.error());
    const qint64 id = insert.int64(0);
    ledger::Ledger ledger(ctx_.db, ctx_.clock);
    QString error;
    if (!ledger.createAccount(inwonerId, ledger::AccountSoort::Reservering, id, &error))
        return storageFailure<qint64>(error);
    if (!auditInTx(ctx_, actor, audit::actions::ReserveringAangemaakt, subject, QStringLiteral("reservering"),
                   QString::number(id), {}, &error)
        || !tx.commit())
        return storageFailure<qint64>(error.isEmpty() ? tx.error() : error);
    return Result<qint64>::success(id);
}

Result<bool> Inrichting::zetBudgetplan(const Actor &actor, qint64 inwonerId, const Budgetplan &plan)
{
    if (!mayArrange(actor))
        return forbidden<bool>();
    if (plan.leefgeld.isNegative())
        return invalid<bool>(QStringLiteral("leefgeld"), QStringLiteral("Leefgeld kan niet negatief zijn."));
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<bool>(tx.error());
    const QString subject = inwonerPseudonym(ctx_, inwonerId);
    if (subject.isEmpty())
        return notFound<bool>();
    Sql upsert(ctx_.db, QStringLiteral(
        "INSERT INTO budgetplannen (inwoner_id, leefgeld_cents, leefgeld_periode, leefgeld_volgende_datum, bijgewerkt_at)"
        " VALUES (:i, :l, :p, :d, :at) ON CONFLICT (inwoner_id) DO UPDATE SET leefgeld_cents = excluded.leefgeld_cents,"
        " leefgeld_periode = excluded.leefgeld_periode, leefgeld_volgende_datum = excluded.leefgeld_volgende_datum,"
        " bijgewerkt_at = excluded.bijgewerkt_at"));
    upsert.bind(QStringLiteral(":i"), inwonerId)
        .bind(QStringLiteral(":l"), plan.leefgeld.cents())
        .bind(QStringLiteral(":p"), toCode(plan.leefgeldPeriode))
        .bind(QStringLiteral(":d"), storage::toDbDate(plan.leefgeldVolgendeDatum))
        .bind(QStringLiteral(":at"), storage::toDbTime(ctx_.now()));
    if (!upsert.exec())
        return storageFailure<bool>(upsert.error());
    Sql wipe(ctx_.db, QStringLiteral("DELETE FROM budgetplan_regels WHERE inwoner_id = :i"));
    wipe.bind(QStringLiteral(":i"), inwonerId);
    if (!wipe.exec())
        return storageFailure<bool>(wipe.error());
    for (const BudgetplanRegel &regel : plan.regels) {
        if (!regel.bedrag.isPositive())
            return invalid<bool>(QStringLiteral("regels"), QStringLiteral("Bedrag van een budgetplanregel moet positief zijn."));
        Sql line(ctx_.db, QStringLiteral(
            "INSERT INTO budgetplan_regels (inwoner_id, soort, omschrijving, bedrag_cents, periode, volgende_datum,"
            " reservering_id) VALUES (:i, :s, :o, :b, :p, :d, :r)"));
        line.bind(QStringLiteral(":i"), inwonerId)
            .bind(QStringLiteral(":s"), toCode(regel.soort))
            .bind(QStringLiteral(":o"), regel.omschrijving)
            .bind(QStringLiteral(":b"), regel.bedrag.cents())
            .bind(QStringLiteral(":p"), toCode(regel.periode))
            .bind(QStringLiteral(":d"), regel.volgendeDatum ? QVariant(storage::toDbDate(*regel.volgendeDatum))
                                                            : QVariant(QMetaType::fromType<QString>()))
            .bind(QStringLiteral(":r"), storage::nullable(regel.reserveringId));
        if (!line.exec())
            return storageFailure<bool>(line.error());
    }
    QString error;
    if (!auditInTx(ctx_, actor, audit::actions::BudgetplanGewijzigd, subject, QStringLiteral("budgetplan"),
                   subject, {}, &error)
        || !tx.commit())
        return storageFailure<bool>(error.isEmpty() ? tx.error() : error);
    return Result<bool>::success(true);
}

Result<qint64> Inrichting::zetLening(const Actor &actor, qint64 inwonerId, const Lening &lening)
{
    if (!mayArrange(actor))
        return forbidden<qint64>();
    if (lening.geleend.isNegative() || lening.openstaand.isNegative() || lening.maandtermijn.isNegative()
        || lening.achterstand.isNegative() || lening.resterendeLooptijdMaanden < 0)
        return invalid<qint64>(QStringLiteral("lening"), QStringLiteral("Bedragen van een lening kunnen niet negatief zijn."));
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<qint64>(tx.error());
    const QString subject = inwonerPseudonym(ctx_, inwonerId);
    if (subject.isEmpty())
        return notFound<qint64>();
    Sql existing(ctx_.db, QStringLiteral("SELECT id FROM leningen WHERE inwoner_id = :i AND omschrijving = :o"));
    existing.bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":o"), lening.omschrijving);
    const bool update = existing.exec() && existing.next();
    const qint64 existingId = update ? existing.int64(0) : 0;
    Sql write(ctx_.db, update
        ? QStringLiteral("UPDATE leningen SET geleend_cents = :g, openstaand_cents = :o2, maandtermijn_cents = :m,"
                         " resterende_looptijd_maanden = :r, achterstand_cents = :a, startdatum = :s, einddatum = :e,"
                         " bijgewerkt_at = :at WHERE id = :id RETURNING id")
        : QStringLiteral("INSERT INTO leningen (inwoner_id, omschrijving, geleend_cents, openstaand_cents,"
                         " maandtermijn_cents, resterende_looptijd_maanden, achterstand_cents, startdatum, einddatum,"
                         " bijgewerkt_at) VALUES (:i, :o, :g, :o2, :m, :r, :a, :s, :e, :at) RETURNING id"));
    if (update)
        write.bind(QStringLiteral(":id"), existingId);
    else
        write.bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":o"), lening.omschrijving);
    write.bind(QStringLiteral(":g"), lening.geleend.cents())
        .bind(QStringLiteral(":o2"), lening.openstaand.cents())
        .bind(QStringLiteral(":m"), lening.maandtermijn.cents())
        .bind(QStringLiteral(":r"), lening.resterendeLooptijdMaanden)
        .bind(QStringLiteral(":a"), lening.achterstand.cents())
        .bind(QStringLiteral(":s"), storage::toDbDate(lening.startdatum))
        .bind(QStringLiteral(":e"), storage::toDbDate(lening.einddatum))
        .bind(QStringLiteral(":at"), storage::toDbTime(ctx_.now()));
    if (!write.exec() || !write.next())
        return storageFailure<qint64>(write.error());
    const qint64 id = write.int64(0);
    QString error;
    if (!auditInTx(ctx_, actor, audit::actions::LeningBijgewerkt, subject, QStringLiteral("lening"),
                   QString::number(id), {}, &error)
        || !tx.commit())
        return storageFailure<qint64>(error.isEmpty() ? tx.error() : error);
    return Result<qint64>::success(id);
}

Result<BoekResultaat> Inrichting::boekTransacties(const Actor &actor, qint64 inwonerId,
                                                  const QList<BankTransactie> &transacties)
{
    if (!mayArrange(actor))
        return forbidden<BoekResultaat>();
    constexpr qsizetype kMaxBatch = 50000; // one statement import; bounds the transaction
    if (transacties.size() > kMaxBatch)
        return invalid<BoekResultaat>(QStringLiteral("transacties"), QStringLiteral("Te veel transacties in één keer."));
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<BoekResultaat>(tx.error());
    const QString subject = inwonerPseudonym(ctx_, inwonerId);
    if (subject.isEmpty())
        return notFound<BoekResultaat>();
    ledger::Ledger ledger(ctx_.db, ctx_.clock);
    const auto bank = ledger.accountFor(inwonerId, ledger::AccountSoort::Bank);
    const auto algemeen = ledger.accountFor(inwonerId, ledger::AccountSoort::Algemeen);
    if (!bank || !algemeen)
        return storageFailure<BoekResultaat>(QStringLiteral("ledger accounts missing"));

    BoekResultaat result;
    for (const BankTransactie &t : transacties) {
        if (t.bedrag.isZero() || !t.bedrag.inRange() || t.externId.isEmpty() || !t.datum.isValid())
            return invalid<BoekResultaat>(QStringLiteral("transacties"), QStringLiteral("Een transactie is niet compleet."));
        qint64 sideAccount = *algemeen;
        if (t.reserveringId) {
            const auto account = ledger.accountForReservering(*t.reserveringId);
            if (!account || inwonerIdForReservering(ctx_, *t.reserveringId) != inwonerId)
                return invalid<BoekResultaat>(QStringLiteral("reservering"), QStringLiteral("Reservering hoort niet bij deze inwoner."));
            sideAccount = *account;
        }
        Sql insert(ctx_.db, QStringLiteral(
            "INSERT INTO transacties (inwoner_id, datum, bedrag_cents, omschrijving, tegenpartij, categorie,"
            " reservering_id, bron, extern_id, created_at) VALUES (:i, :d, :b, :o, :t, :c, :r, :bron, :x, :at)"
            " ON CONFLICT (inwoner_id, bron, extern_id) DO NOTHING"));
        insert.bind(QStringLiteral(":i"), inwonerId)
            .bind(QStringLiteral(":d"), storage::toDbDate(t.datum))
            .bind(QStringLiteral(":b"), t.bedrag.cents())
            .bind(QStringLiteral(":o"), t.omschrijving)
            .bind(QStringLiteral(":t"), t.tegenpartij)
            .bind(QStringLiteral(":c"), t.categorie)
            .bind(QStringLiteral(":r"), storage::nullable(t.reserveringId))
            .bind(QStringLiteral(":bron"), t.bron)
            .bind(QStringLiteral(":x"), t.externId)
            .bind(QStringLiteral(":at"), storage::toDbTime(ctx_.now()));
        if (!insert.exec())
            return storageFailure<BoekResultaat>(insert.error());
        if (insert.numRowsAffected() == 0) {
            ++result.alBekend;
            continue;
        }
        ledger::TransferRequest request;
        request.idempotencyKey = QStringLiteral("tx:%1:%2:%3").arg(inwonerId).arg(t.bron, t.externId);
        request.amount = t.bedrag.abs();
        request.code = t.bedrag.isPositive() ? QStringLiteral("bank_bij") : QStringLiteral("bank_af");
        request.omschrijving = t.categorie;
        request.debitAccountId = t.bedrag.isPositive() ? *bank : sideAccount;
        request.creditAccountId = t.bedrag.isPositive() ? sideAccount : *bank;
        const auto transfer = ledger.transfer(request);
        if (!transfer.ok())
            return Result<BoekResultaat>::failure(ErrorCode::Conflict,
                                                  QStringLiteral("Transactie %1 kan niet worden geboekt: %2")
                                                      .arg(t.externId, transfer.message));
        ++result.geboekt;
    }
    if (result.geboekt > 0) {
        Sql touch(ctx_.db, QStringLiteral("UPDATE inwoners SET saldo_bijgewerkt_at = :at WHERE id = :i"));
        touch.bind(QStringLiteral(":at"), storage::toDbTime(ctx_.now())).bind(QStringLiteral(":i"), inwonerId);
        if (!touch.exec())
            return storageFailure<BoekResultaat>(touch.error());
    }
    QString error;
    // A re-import that adds nothing changes nothing, so it leaves no event either.
    if (result.geboekt > 0
        && !auditInTx(ctx_, actor, audit::actions::TransactiesGeboekt, subject, QStringLiteral("beheerrekening"),
                      subject, QJsonObject{{QStringLiteral("geboekt"), result.geboekt},
                                           {QStringLiteral("al_bekend"), result.alBekend}}, &error))
        return storageFailure<BoekResultaat>(error);
    if (!tx.commit())
        return storageFailure<BoekResultaat>(error.isEmpty() ? tx.error() : error);
    if (result.geboekt > 0)
        ctx_.emitEvents({DomainEvent{QStringLiteral("saldo.gewijzigd"), inwonerId, std::nullopt, {}}});
    return Result<BoekResultaat>::success(result);
}

namespace {

// One allocation inside the caller's transaction: from the unallocated part into the
// reservering. Returns whether money moved now (false on a replayed key).
std::optional<bool> stort(ServiceContext &ctx, ledger::Ledger &ledger, qint64 inwonerId, qint64 reserveringId,
                          Money bedrag, const QString &idempotencyKey, ServiceError *error)
{
    const auto algemeen = ledger.accountFor(inwonerId, ledger::AccountSoort::Algemeen);
    const auto reservering = ledger.accountForReservering(reserveringId);
    if (!algemeen || !reservering || inwonerIdForReservering(ctx, reserveringId) != inwonerId) {
        *error = ServiceError{ErrorCode::NotFound, QStringLiteral("Niet gevonden."), {}};
        return std::nullopt;
    }
    ledger::TransferRequest request;
    request.idempotencyKey = QStringLiteral("storting:") + idempotencyKey;
    request.debitAccountId = *algemeen;
    request.creditAccountId = *reservering;
    request.amount = bedrag;
    request.code = QStringLiteral("reservering_storting");
    request.omschrijving = QStringLiteral("budgetplan");
    const auto transfer = ledger.transfer(request);
    if (!transfer.ok()) {
        *error = ServiceError{ErrorCode::Conflict, transfer.message, {}};
        return std::nullopt;
    }
    return !transfer.replayed;
}

} // namespace

Result<bool> Inrichting::stortInReservering(const Actor &actor, qint64 reserveringId, Money bedrag,
                                            const QString &idempotencyKey)
{
    const auto inwonerId = inwonerIdForReservering(ctx_, reserveringId);
    if (!inwonerId)
        return notFound<bool>();
    const auto result = stortInReserveringen(actor, *inwonerId, {Storting{reserveringId, bedrag, idempotencyKey}});
    if (!result.ok())
        return Result<bool>::from(result);
    return Result<bool>::success(true);
}

Result<int> Inrichting::stortInReserveringen(const Actor &actor, qint64 inwonerId, const QList<Storting> &stortingen)
{
    if (!mayArrange(actor))
        return forbidden<int>();
    constexpr qsizetype kMaxBatch = 50000;
    if (stortingen.size() > kMaxBatch)
        return invalid<int>(QStringLiteral("stortingen"), QStringLiteral("Te veel stortingen in één keer."));
    for (const Storting &s : stortingen) {
        if (!s.bedrag.isPositive() || !s.bedrag.inRange() || s.idempotencyKey.isEmpty())
            return invalid<int>(QStringLiteral("bedrag"), QStringLiteral("Bedrag moet positief zijn."));
    }
    WriteTransaction tx(ctx_.db);
    if (!tx.isOpen())
        return storageFailure<int>(tx.error());
    const QString subject = inwonerPseudonym(ctx_, inwonerId);
    if (subject.isEmpty())
        return notFound<int>();
    ledger::Ledger ledger(ctx_.db, ctx_.clock);
    int moved = 0;
    qint64 totaal = 0;
    for (const Storting &s : stortingen) {
        ServiceError error;
        const auto now = stort(ctx_, ledger, inwonerId, s.reserveringId, s.bedrag, s.idempotencyKey, &error);
        if (!now)
            return Result<int>::failure(error);
        if (*now) {
            ++moved;
            totaal += s.bedrag.cents();
        }
    }
    QString error;
    if (moved > 0
        && !auditInTx(ctx_, actor, audit::actions::ReserveringGestort, subject, QStringLiteral("beheerrekening"), subject,
                      QJsonObject{{QStringLiteral("aantal"), moved}, {QStringLiteral("bedrag_cents"), totaal}}, &error))
        return storageFailure<int>(error);
    if (!tx.commit())
        return storageFailure<int>(tx.error());
    if (moved > 0)
        ctx_.emitEvents({DomainEvent{QStringLiteral("saldo.gewijzigd"), inwonerId, std::nullopt, {}}});
    return Result<int>::success(moved);
}

} // namespace regie::services
