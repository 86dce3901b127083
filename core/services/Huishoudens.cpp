#include "services/Huishoudens.h"
#include "services/HuishoudenSchrijven.h"

#include "audit/AuditActions.h"
#include "ledger/Ledger.h"
#include "money/Bsn.h"
#include "money/Iban.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

namespace regie::services {

using storage::Sql;

namespace inrichting {

const QString kBsnPurpose = QStringLiteral("inwoners.bsn");
static const QString kIbanPurpose = QStringLiteral("iban");

// Everything an inwoner's set-up needs checked before anything is written.
Result<GeldigeInwoner> controleer(const NieuweInwoner &input)
{
    const auto bsn = Bsn::parse(input.bsn);
    if (!bsn)
        return invalid<GeldigeInwoner>(QStringLiteral("bsn"), QStringLiteral("BSN is niet geldig."));
    const auto beheerIban = Iban::parse(input.beheerIban);
    if (!beheerIban)
        return invalid<GeldigeInwoner>(QStringLiteral("beheerIban"),
                                       QStringLiteral("IBAN van de beheerrekening is niet geldig."));
    if (input.voornaam.trimmed().isEmpty() || input.achternaam.trimmed().isEmpty())
        return invalid<GeldigeInwoner>(QStringLiteral("naam"), QStringLiteral("Naam ontbreekt."));
    GeldigeInwoner out{*bsn, *beheerIban, {}};
    for (const NieuweEigenRekening &rekening : input.eigenRekeningen) {
        const auto iban = Iban::parse(rekening.iban);
        if (!iban)
            return invalid<GeldigeInwoner>(QStringLiteral("eigenRekeningen"),
                                           QStringLiteral("Een eigen IBAN is niet geldig."));
        out.eigen.append(*iban);
    }
    return Result<GeldigeInwoner>::success(out);
}

static Result<qint64> schrijfInwoner(Change &c, const NieuweInwoner &input, const Bsn &bsn, const QString &bsnHash,
                              const QString &publicId)
{
    Sql insert(c.db(), QStringLiteral(
        "INSERT INTO inwoners (public_id, bsn_enc, bsn_hash, voornaam, achternaam, email, telefoon, wil_mail,"
        " vorm_code, team_id, allegro_relatiecode, status, budgetbeheer_start, created_at)"
        " VALUES (:p, :be, :bh, :v, :a, :e, :t, :w, :vorm, :team, :rel, 'actief', :start, :at) RETURNING id"));
    insert.bind(QStringLiteral(":p"), publicId)
        .bind(QStringLiteral(":be"), c.ctx().cipher.encrypt(bsn.digits().toUtf8(), kBsnPurpose.toUtf8()))
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
        .bind(QStringLiteral(":at"), storage::toDbTime(c.now()));
    // A vorm or team that does not exist is bad input, refused by the foreign keys.
    if (!insert.exec() || !insert.next())
        return Result<qint64>::failure(ErrorCode::Invalid,
                                       QStringLiteral("Inwoner kon niet worden opgeslagen: ") + insert.error());
    return Result<qint64>::success(insert.int64(0));
}

// The beheerrekening and the inwoner's own accounts, encrypted; own accounts also get a keyed
// hash so a payout can be matched to them without decrypting.
static bool schrijfRekeningen(Change &c, qint64 inwonerId, const GeldigeInwoner &geldig, const NieuweInwoner &input,
                       QString *error)
{
    const crypto::FieldCipher &cipher = c.ctx().cipher;
    Sql rekening(c.db(), QStringLiteral("INSERT INTO beheerrekeningen (inwoner_id, iban_enc, iban_eind)"
                                        " VALUES (:i, :enc, :eind)"));
    rekening.bind(QStringLiteral(":i"), inwonerId)
        .bind(QStringLiteral(":enc"), cipher.encrypt(geldig.beheerIban.electronic().toUtf8(), "beheerrekeningen.iban"))
        .bind(QStringLiteral(":eind"), geldig.beheerIban.electronic().right(4));
    if (!rekening.exec()) {
        *error = rekening.error();
        return false;
    }
    for (qsizetype i = 0; i < geldig.eigen.size(); ++i) {
        const QString iban = geldig.eigen[i].electronic();
        Sql own(c.db(), QStringLiteral("INSERT INTO eigen_rekeningen (inwoner_id, iban_enc, iban_hash, iban_eind,"
                                       " geverifieerd, label) VALUES (:i, :enc, :h, :eind, :g, :l)"));
        own.bind(QStringLiteral(":i"), inwonerId)
            .bind(QStringLiteral(":enc"), cipher.encrypt(iban.toUtf8(), "eigen_rekeningen.iban"))
            .bind(QStringLiteral(":h"), cipher.lookupHash(iban, kIbanPurpose))
            .bind(QStringLiteral(":eind"), iban.right(4))
            .bind(QStringLiteral(":g"), input.eigenRekeningen[i].geverifieerd ? 1 : 0)
            .bind(QStringLiteral(":l"), input.eigenRekeningen[i].label);
        if (!own.exec()) {
            *error = own.error();
            return false;
        }
    }
    return true;
}

static bool maakInwonerLogin(Change &c, qint64 inwonerId, const NieuweInwoner &input, QString *error)
{
    if (input.username.isEmpty())
        return true;
    Sql user(c.db(), QStringLiteral("INSERT INTO users (username, display_name, role, inwoner_id, created_at, demo)"
                                    " VALUES (:u, :d, 'inwoner', :i, :at, ") + kDemoAccountSql + u')');
    user.bind(QStringLiteral(":u"), input.username)
        .bind(QStringLiteral(":d"), input.voornaam.trimmed())
        .bind(QStringLiteral(":i"), inwonerId)
        .bind(QStringLiteral(":at"), storage::toDbTime(c.now()))
        .bind(QStringLiteral(":demo"), demoAccount(c.actor(), input.demo));
    if (!user.exec()) {
        *error = user.error();
        return false;
    }
    return true;
}

// The pseudonym of an existing inwoner, or NotFound: every set-up step after the first
// names the inwoner by id.
Result<QString> bestaandeInwoner(Change &c, qint64 inwonerId)
{
    const QString subject = inwonerPseudonym(c.ctx(), inwonerId);
    if (subject.isEmpty())
        return notFound<QString>();
    return Result<QString>::success(subject);
}

bool schrijfBudgetplanRegels(Change &c, qint64 inwonerId, const QList<BudgetplanRegel> &regels, QString *error)
{
    for (const BudgetplanRegel &regel : regels) {
        Sql line(c.db(), QStringLiteral(
            "INSERT INTO budgetplan_regels (inwoner_id, soort, omschrijving, bedrag_cents, periode, volgende_datum,"
            " reservering_id, allegro_volgnummer) VALUES (:i, :s, :o, :b, :p, :d, :r, :a)"));
        line.bind(QStringLiteral(":i"), inwonerId)
            .bind(QStringLiteral(":s"), toCode(regel.soort))
            .bind(QStringLiteral(":o"), regel.omschrijving)
            .bind(QStringLiteral(":b"), regel.bedrag.cents())
            .bind(QStringLiteral(":p"), toCode(regel.periode))
            .bind(QStringLiteral(":d"), regel.volgendeDatum ? QVariant(storage::toDbDate(*regel.volgendeDatum))
                                                            : QVariant(QMetaType::fromType<QString>()))
            .bind(QStringLiteral(":r"), storage::nullable(regel.reserveringId))
            .bind(QStringLiteral(":a"), storage::nullableText(regel.allegroVolgnummer));
        if (!line.exec()) {
            *error = line.error();
            return false;
        }
    }
    return true;
}

bool schrijfLeefgeld(Change &c, qint64 inwonerId, Money leefgeld, Periode periode, const QDate &volgende, QString *error)
{
    Sql upsert(c.db(), QStringLiteral(
        "INSERT INTO budgetplannen (inwoner_id, leefgeld_cents, leefgeld_periode, leefgeld_volgende_datum, bijgewerkt_at)"
        " VALUES (:i, :l, :p, :d, :at) ON CONFLICT (inwoner_id) DO UPDATE SET leefgeld_cents = excluded.leefgeld_cents,"
        " leefgeld_periode = excluded.leefgeld_periode, leefgeld_volgende_datum = excluded.leefgeld_volgende_datum,"
        " bijgewerkt_at = excluded.bijgewerkt_at"));
    upsert.bind(QStringLiteral(":i"), inwonerId)
        .bind(QStringLiteral(":l"), leefgeld.cents())
        .bind(QStringLiteral(":p"), toCode(periode))
        .bind(QStringLiteral(":d"), storage::toDbDate(volgende))
        .bind(QStringLiteral(":at"), storage::toDbTime(c.now()));
    if (upsert.exec())
        return true;
    *error = upsert.error();
    return false;
}

std::optional<qint64> schrijfLening(Change &c, qint64 inwonerId, const Lening &lening, QString *error)
{
    Sql existing(c.db(), QStringLiteral("SELECT id FROM leningen WHERE inwoner_id = :i AND omschrijving = :o"));
    existing.bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":o"), lening.omschrijving);
    const bool update = existing.exec() && existing.next();
    const qint64 existingId = update ? existing.int64(0) : 0;
    Sql write(c.db(), update
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
        .bind(QStringLiteral(":at"), storage::toDbTime(c.now()));
    if (!write.exec() || !write.next()) {
        *error = write.error();
        return std::nullopt;
    }
    return write.int64(0);
}

Result<qint64> schrijfNieuweInwoner(Change &c, const NieuweInwoner &input, const GeldigeInwoner &geldig,
                                    const QString &bsnHash, const QString &publicId)
{
    const auto inwonerId = schrijfInwoner(c, input, geldig.bsn, bsnHash, publicId);
    if (!inwonerId.ok())
        return inwonerId;
    ledger::Ledger ledger(c.db(), c.ctx().clock);
    QString error;
    if (!schrijfRekeningen(c, *inwonerId.value, geldig, input, &error)
        || !ledger.createAccount(*inwonerId.value, ledger::AccountSoort::Bank, std::nullopt, &error)
        || !ledger.createAccount(*inwonerId.value, ledger::AccountSoort::Algemeen, std::nullopt, &error)
        || !maakInwonerLogin(c, *inwonerId.value, input, &error))
        return storageFailure<qint64>(error);
    return inwonerId;
}

std::optional<qint64> schrijfReservering(Change &c, qint64 inwonerId, const NieuweReservering &input, QString *error)
{
    const auto centsOrNull = [](const std::optional<Money> &m) {
        return storage::nullable(m ? std::optional<qint64>(m->cents()) : std::nullopt);
    };
    Sql volgorde(c.db(), QStringLiteral("SELECT COUNT(*) FROM reserveringen WHERE inwoner_id = :i"));
    volgorde.bind(QStringLiteral(":i"), inwonerId);
    const qint64 positie = (volgorde.exec() && volgorde.next()) ? volgorde.int64(0) : 0;
    Sql insert(c.db(), QStringLiteral(
        "INSERT INTO reserveringen (inwoner_id, naam, soort, bedrag_per_periode_cents, periode, doel_cents,"
        " maximum_cents, allegro_nummer, volgorde) VALUES (:i, :n, :s, :b, :p, :d, :m, :a, :v) RETURNING id"));
    insert.bind(QStringLiteral(":i"), inwonerId)
        .bind(QStringLiteral(":n"), input.naam.trimmed())
        .bind(QStringLiteral(":s"), toCode(input.soort))
        .bind(QStringLiteral(":b"), input.bedragPerPeriode.cents())
        .bind(QStringLiteral(":p"), toCode(input.periode))
        .bind(QStringLiteral(":d"), centsOrNull(input.doel))
        .bind(QStringLiteral(":m"), centsOrNull(input.maximum))
        .bind(QStringLiteral(":a"), storage::nullableText(input.allegroNummer))
        .bind(QStringLiteral(":v"), positie);
    if (!insert.exec() || !insert.next()) {
        *error = insert.error();
        return std::nullopt;
    }
    const qint64 id = insert.int64(0);
    if (!ledger::Ledger(c.db(), c.ctx().clock).createAccount(inwonerId, ledger::AccountSoort::Reservering, id, error))
        return std::nullopt;
    return id;
}

} // namespace inrichting

using namespace inrichting;

Huishoudens::Huishoudens(ServiceContext &context) : ctx_(context) {}

Result<qint64> Huishoudens::maakInwoner(const Actor &actor, const NieuweInwoner &input)
{
    if (!magInrichten(actor))
        return forbidden<qint64>();
    const auto geldig = controleer(input);
    if (!geldig.ok())
        return Result<qint64>::from(geldig);
    return UnitOfWork(ctx_).run<qint64>(actor, [&](Change &c) -> Result<qint64> {
        const QString bsnHash = ctx_.cipher.lookupHash(geldig.value->bsn.digits(), kBsnPurpose);
        Sql existing(c.db(), QStringLiteral("SELECT id FROM inwoners WHERE bsn_hash = :h"));
        existing.bind(QStringLiteral(":h"), bsnHash);
        if (!existing.exec())
            return storageFailure<qint64>(existing.error());
        if (existing.next())
            return Result<qint64>::success(existing.int64(0)); // onboarding twice is a no-op
        const QString publicId = newPublicId();
        const auto inwonerId = schrijfNieuweInwoner(c, input, *geldig.value, bsnHash, publicId);
        if (inwonerId.ok())
            c.audit(audit::actions::InwonerAangemaakt, publicId, QStringLiteral("inwoner"), publicId,
                    QJsonObject{{QStringLiteral("vorm"), input.vormCode}});
        return inwonerId;
    });
}

Result<qint64> Huishoudens::voegReserveringToe(const Actor &actor, qint64 inwonerId, const NieuweReservering &input)
{
    if (!magInrichten(actor))
        return forbidden<qint64>();
    if (input.naam.trimmed().isEmpty())
        return invalid<qint64>(QStringLiteral("naam"), QStringLiteral("Naam van de reservering ontbreekt."));
    if (input.bedragPerPeriode.isNegative() || (input.doel && !input.doel->isPositive())
        || (input.maximum && !input.maximum->isPositive()))
        return invalid<qint64>(QStringLiteral("bedrag"), QStringLiteral("Bedragen van een reservering kunnen niet negatief zijn."));
    return UnitOfWork(ctx_).run<qint64>(actor, [&](Change &c) -> Result<qint64> {
        const auto subject = inrichting::bestaandeInwoner(c, inwonerId);
        if (!subject.ok())
            return Result<qint64>::from(subject);
        Sql existing(c.db(), QStringLiteral("SELECT id FROM reserveringen WHERE inwoner_id = :i AND naam = :n"));
        existing.bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":n"), input.naam.trimmed());
        if (existing.exec() && existing.next())
            return Result<qint64>::success(existing.int64(0));
        QString error;
        const auto made = inrichting::schrijfReservering(c, inwonerId, input, &error);
        if (!made)
            return storageFailure<qint64>(error);
        const qint64 id = *made;
        c.audit(audit::actions::ReserveringAangemaakt, *subject.value, QStringLiteral("reservering"), QString::number(id));
        return Result<qint64>::success(id);
    });
}

Result<bool> Huishoudens::zetBudgetplan(const Actor &actor, qint64 inwonerId, const Budgetplan &plan)
{
    if (!magInrichten(actor))
        return forbidden<bool>();
    if (plan.leefgeld.isNegative())
        return invalid<bool>(QStringLiteral("leefgeld"), QStringLiteral("Leefgeld kan niet negatief zijn."));
    for (const BudgetplanRegel &regel : plan.regels) {
        if (!regel.bedrag.isPositive())
            return invalid<bool>(QStringLiteral("regels"), QStringLiteral("Bedrag van een budgetplanregel moet positief zijn."));
    }
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        const auto subject = bestaandeInwoner(c, inwonerId);
        if (!subject.ok())
            return Result<bool>::from(subject);
        QString error;
        if (!schrijfLeefgeld(c, inwonerId, plan.leefgeld, plan.leefgeldPeriode, plan.leefgeldVolgendeDatum, &error))
            return storageFailure<bool>(error);
        Sql wipe(c.db(), QStringLiteral("DELETE FROM budgetplan_regels WHERE inwoner_id = :i"));
        wipe.bind(QStringLiteral(":i"), inwonerId);
        if (!wipe.exec())
            return storageFailure<bool>(wipe.error());
        if (!schrijfBudgetplanRegels(c, inwonerId, plan.regels, &error))
            return storageFailure<bool>(error);
        c.audit(audit::actions::BudgetplanGewijzigd, *subject.value, QStringLiteral("budgetplan"), *subject.value);
        return Result<bool>::success(true);
    });
}

Result<qint64> Huishoudens::zetLening(const Actor &actor, qint64 inwonerId, const Lening &lening)
{
    if (!magInrichten(actor))
        return forbidden<qint64>();
    if (lening.geleend.isNegative() || lening.openstaand.isNegative() || lening.maandtermijn.isNegative()
        || lening.achterstand.isNegative() || lening.resterendeLooptijdMaanden < 0)
        return invalid<qint64>(QStringLiteral("lening"), QStringLiteral("Bedragen van een lening kunnen niet negatief zijn."));
    return UnitOfWork(ctx_).run<qint64>(actor, [&](Change &c) -> Result<qint64> {
        const auto subject = bestaandeInwoner(c, inwonerId);
        if (!subject.ok())
            return Result<qint64>::from(subject);
        QString error;
        const auto id = schrijfLening(c, inwonerId, lening, &error);
        if (!id)
            return storageFailure<qint64>(error);
        c.audit(audit::actions::LeningBijgewerkt, *subject.value, QStringLiteral("lening"), QString::number(*id));
        return Result<qint64>::success(*id);
    });
}

} // namespace regie::services
