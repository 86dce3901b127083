#include "services/Afspraken.h"

#include "audit/AuditActions.h"
#include "rules/RuleEngine.h"
#include "rules/Validatie.h"
#include "calendar/AmsterdamTijd.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

#include <QtCore/QJsonArray>

namespace regie::services {

using storage::Sql;

namespace {

QVariant centsOrNull(const std::optional<Money> &m)
{
    return m ? QVariant(m->cents()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant intOrNull(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

std::optional<Money> moneyOrNull(Sql &q, const QString &column)
{
    if (q.isNull(column))
        return std::nullopt;
    return Money::fromCents(q.int64(column));
}

std::optional<int> intOrNull(Sql &q, const QString &column)
{
    if (q.isNull(column))
        return std::nullopt;
    return static_cast<int>(q.int64(column));
}

const QString kSelect = QStringLiteral(
    "SELECT a.id, a.scope, a.vorm_code, a.inwoner_id, a.reservering_id, a.versie, a.modus,"
    " a.max_per_opname_cents, a.max_week_bedrag_cents, a.max_week_aantal, a.max_maand_bedrag_cents,"
    " a.max_maand_aantal, a.minimum_saldo_cents, a.alleen_eigen_iban, a.ingangsdatum, a.geldig_tot,"
    " a.auteur_id, a.reden, a.created_at, u.display_name AS auteur_naam"
    " FROM afspraken a LEFT JOIN users u ON u.id = a.auteur_id");

AfspraakVersie readVersie(Sql &q)
{
    AfspraakVersie v;
    rules::Afspraak &a = v.afspraak;
    a.id = q.int64(QStringLiteral("id"));
    a.versie = static_cast<int>(q.int64(QStringLiteral("versie")));
    a.scope = rules::scopeFromString(q.text(QStringLiteral("scope"))).value_or(rules::Scope::Vorm);
    if (!q.isNull(QStringLiteral("reservering_id")))
        a.reserveringId = q.int64(QStringLiteral("reservering_id"));
    a.modus = rules::modusFromString(q.text(QStringLiteral("modus"))).value_or(rules::Modus::NaAkkoord);
    a.maxPerOpname = moneyOrNull(q, QStringLiteral("max_per_opname_cents"));
    a.maxPerWeekBedrag = moneyOrNull(q, QStringLiteral("max_week_bedrag_cents"));
    a.maxPerWeekAantal = intOrNull(q, QStringLiteral("max_week_aantal"));
    a.maxPerMaandBedrag = moneyOrNull(q, QStringLiteral("max_maand_bedrag_cents"));
    a.maxPerMaandAantal = intOrNull(q, QStringLiteral("max_maand_aantal"));
    a.minimumSaldo = Money::fromCents(q.int64(QStringLiteral("minimum_saldo_cents")));
    a.alleenEigenIban = q.int64(QStringLiteral("alleen_eigen_iban")) != 0;
    a.ingangsdatum = storage::fromDbDate(q.text(QStringLiteral("ingangsdatum")));
    if (!q.isNull(QStringLiteral("geldig_tot")))
        a.geldigTot = storage::fromDbDate(q.text(QStringLiteral("geldig_tot")));
    v.vormCode = q.text(QStringLiteral("vorm_code"));
    v.inwonerId = q.int64(QStringLiteral("inwoner_id"));
    if (!q.isNull(QStringLiteral("auteur_id")))
        v.auteurId = q.int64(QStringLiteral("auteur_id"));
    v.auteurNaam = q.text(QStringLiteral("auteur_naam"));
    v.reden = q.text(QStringLiteral("reden"));
    v.aangemaakt = storage::fromDbTime(q.text(QStringLiteral("created_at")));
    return v;
}

Result<QList<AfspraakVersie>> leesVersies(Sql &q)
{
    if (!q.exec())
        return storageFailure<QList<AfspraakVersie>>(q.error());
    QList<AfspraakVersie> out;
    while (q.next())
        out.append(readVersie(q));
    return Result<QList<AfspraakVersie>>::success(out);
}

QJsonObject describe(const rules::Afspraak &a)
{
    QJsonObject o{{QStringLiteral("scope"), rules::toString(a.scope)},
                  {QStringLiteral("modus"), rules::toString(a.modus)},
                  {QStringLiteral("minimum_saldo_cents"), a.minimumSaldo.cents()},
                  {QStringLiteral("alleen_eigen_rekening"), a.alleenEigenIban},
                  {QStringLiteral("ingangsdatum"), a.ingangsdatum.toString(Qt::ISODate)}};
    auto put = [&o](const char *key, const std::optional<Money> &m) {
        if (m)
            o.insert(QLatin1String(key), m->cents());
    };
    put("max_per_keer_cents", a.maxPerOpname);
    put("max_week_bedrag_cents", a.maxPerWeekBedrag);
    put("max_maand_bedrag_cents", a.maxPerMaandBedrag);
    if (a.maxPerWeekAantal)
        o.insert(QStringLiteral("max_week_aantal"), *a.maxPerWeekAantal);
    if (a.maxPerMaandAantal)
        o.insert(QStringLiteral("max_maand_aantal"), *a.maxPerMaandAantal);
    if (a.reserveringId)
        o.insert(QStringLiteral("reservering_id"), *a.reserveringId);
    if (a.geldigTot)
        o.insert(QStringLiteral("geldig_tot"), a.geldigTot->toString(Qt::ISODate));
    return o;
}

Result<int> volgendeVersie(storage::Database &db, const rules::Afspraak &a, const QString &vorm, qint64 scopedInwoner)
{
    Sql last(db, QStringLiteral(
        "SELECT COALESCE(MAX(versie), 0) FROM afspraken WHERE scope = :s AND COALESCE(vorm_code, '') = :v"
        " AND COALESCE(inwoner_id, 0) = :i AND COALESCE(reservering_id, 0) = :r"));
    last.bind(QStringLiteral(":s"), rules::toString(a.scope))
        .bind(QStringLiteral(":v"), vorm)
        .bind(QStringLiteral(":i"), scopedInwoner)
        .bind(QStringLiteral(":r"), a.reserveringId.value_or(0));
    if (!last.exec() || !last.next())
        return storageFailure<int>(last.error());
    return Result<int>::success(static_cast<int>(last.int64(0)) + 1);
}

Result<qint64> schrijfAfspraak(Change &c, const AfspraakInvoer &invoer, const QString &vorm, qint64 scopedInwoner,
                               int versie)
{
    const rules::Afspraak &a = invoer.afspraak;
    const qint64 auteur = c.actor().userId;
    Sql insert(c.db(), QStringLiteral(
        "INSERT INTO afspraken (scope, vorm_code, inwoner_id, reservering_id, versie, modus, max_per_opname_cents,"
        " max_week_bedrag_cents, max_week_aantal, max_maand_bedrag_cents, max_maand_aantal, minimum_saldo_cents,"
        " alleen_eigen_iban, ingangsdatum, geldig_tot, auteur_id, reden, created_at)"
        " VALUES (:s, :v, :i, :r, :versie, :m, :mpo, :mwb, :mwa, :mmb, :mma, :min, :eigen, :in, :tot, :auteur, :reden, :at)"
        " RETURNING id"));
    insert.bind(QStringLiteral(":s"), rules::toString(a.scope))
        .bind(QStringLiteral(":v"), vorm.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(vorm))
        .bind(QStringLiteral(":i"), storage::nullable(scopedInwoner > 0 ? std::optional<qint64>(scopedInwoner) : std::nullopt))
        .bind(QStringLiteral(":r"), storage::nullable(a.reserveringId))
        .bind(QStringLiteral(":versie"), versie)
        .bind(QStringLiteral(":m"), rules::toString(a.modus))
        .bind(QStringLiteral(":mpo"), centsOrNull(a.maxPerOpname))
        .bind(QStringLiteral(":mwb"), centsOrNull(a.maxPerWeekBedrag))
        .bind(QStringLiteral(":mwa"), intOrNull(a.maxPerWeekAantal))
        .bind(QStringLiteral(":mmb"), centsOrNull(a.maxPerMaandBedrag))
        .bind(QStringLiteral(":mma"), intOrNull(a.maxPerMaandAantal))
        .bind(QStringLiteral(":min"), a.minimumSaldo.cents())
        .bind(QStringLiteral(":eigen"), a.alleenEigenIban ? 1 : 0)
        .bind(QStringLiteral(":in"), storage::toDbDate(a.ingangsdatum))
        .bind(QStringLiteral(":tot"), a.geldigTot ? QVariant(storage::toDbDate(*a.geldigTot)) : QVariant(QMetaType::fromType<QString>()))
        .bind(QStringLiteral(":auteur"), storage::nullable(auteur > 0 ? std::optional<qint64>(auteur) : std::nullopt))
        .bind(QStringLiteral(":reden"), invoer.reden.trimmed())
        .bind(QStringLiteral(":at"), storage::toDbTime(c.now()));
    if (!insert.exec() || !insert.next())
        return storageFailure<qint64>(insert.error());
    return Result<qint64>::success(insert.int64(0));
}

} // namespace

bool magVormAfsprakenWijzigen(const Actor &actor)
{
    return actor.role == Role::Teamleider || actor.role == Role::Beheerder || actor.role == Role::Systeem;
}

Afspraken::Afspraken(ServiceContext &context) : ctx_(context) {}

Result<QList<AfspraakVersie>> Afspraken::vormGeschiedenis(const Actor &actor, const QString &vormCode)
{
    if (!actor.isStaff())
        return forbidden<QList<AfspraakVersie>>();
    Sql vorm(ctx_.db, QStringLiteral("SELECT 1 FROM vormen WHERE code = :v"));
    vorm.bind(QStringLiteral(":v"), vormCode.left(64));
    if (!vorm.exec())
        return storageFailure<QList<AfspraakVersie>>(vorm.error());
    if (!vorm.next())
        return notFound<QList<AfspraakVersie>>();
    Sql q(ctx_.db, kSelect + QStringLiteral(" WHERE a.scope = 'vorm' AND a.vorm_code = :v"
                                            " ORDER BY a.created_at DESC, a.id DESC LIMIT 500"));
    q.bind(QStringLiteral(":v"), vormCode.left(64));
    return leesVersies(q);
}

Result<qint64> Afspraken::zet(const Actor &actor, const AfspraakInvoer &invoer)
{
    const rules::Afspraak &a = invoer.afspraak;
    qint64 inwonerId = invoer.inwonerId;
    if (a.scope == rules::Scope::Reservering) {
        if (!a.reserveringId)
            return Result<qint64>::failure(ErrorCode::Invalid, QStringLiteral("Kies een reservering."),
                                           {FieldError{QStringLiteral("reservering"), QStringLiteral("Kies een reservering.")}});
        const auto owner = inwonerIdForReservering(ctx_, *a.reserveringId);
        if (!owner)
            return notFound<qint64>();
        inwonerId = *owner;
    }
    if (a.scope == rules::Scope::Vorm) {
        if (!magVormAfsprakenWijzigen(actor))
            return Result<qint64>::failure(ErrorCode::Forbidden,
                                           QStringLiteral("Alleen teamleiders en beheerders wijzigen standaardafspraken."));
        if (invoer.vormCode.isEmpty())
            return Result<qint64>::failure(ErrorCode::Invalid, QStringLiteral("Vorm ontbreekt."));
    } else if (actor.role != Role::Systeem
               && !checkAccess(ctx_, actor, auth::Action::WijzigAfspraken, inwonerId,
                               audit::actions::AfspraakGewijzigd, QStringLiteral("inwoner"), QString())) {
        return notFound<qint64>();
    }
    if (invoer.reden.trimmed().isEmpty())
        return Result<qint64>::failure(ErrorCode::Invalid, QStringLiteral("Geef een reden voor deze wijziging."),
                                       {FieldError{QStringLiteral("reden"), QStringLiteral("Geef een reden voor deze wijziging.")}});
    const auto problemen = rules::valideer(a);
    if (!problemen.isEmpty()) {
        QList<FieldError> fields;
        for (const auto &p : problemen)
            fields.append(FieldError{p.veld, p.tekst});
        return Result<qint64>::failure(ErrorCode::Invalid, problemen.first().tekst, fields);
    }

    const QString vorm = a.scope == rules::Scope::Vorm ? invoer.vormCode : QString();
    const qint64 scopedInwoner = a.scope == rules::Scope::Vorm ? 0 : inwonerId;
    return UnitOfWork(ctx_).run<qint64>(actor, [&](Change &c) -> Result<qint64> {
        const auto versie = volgendeVersie(c.db(), a, vorm, scopedInwoner);
        if (!versie.ok())
            return Result<qint64>::from(versie);
        const auto id = schrijfAfspraak(c, invoer, vorm, scopedInwoner, *versie.value);
        if (!id.ok())
            return id;
        QJsonObject details = describe(a);
        details.insert(QStringLiteral("versie"), *versie.value);
        const QString subject = inwonerId > 0 ? inwonerPseudonym(ctx_, inwonerId) : QString();
        c.audit(*versie.value == 1 ? audit::actions::AfspraakAangemaakt : audit::actions::AfspraakGewijzigd, subject,
                QStringLiteral("afspraak"), QString::number(*id.value), details);
        if (inwonerId > 0)
            c.publish({QStringLiteral("afspraken.gewijzigd"), inwonerId, std::nullopt, {}});
        return id;
    });
}

Result<QList<AfspraakVersie>> Afspraken::geschiedenis(const Actor &actor, qint64 inwonerId)
{
    if (!checkAccess(ctx_, actor, auth::Action::LeesDossier, inwonerId, audit::actions::DossierBekeken,
                     QStringLiteral("afspraken"), QString()))
        return notFound<QList<AfspraakVersie>>();
    Sql q(ctx_.db, kSelect + QStringLiteral(
        " WHERE a.inwoner_id = :i OR (a.scope = 'vorm' AND a.vorm_code = (SELECT vorm_code FROM inwoners WHERE id = :i))"
        " ORDER BY a.created_at DESC, a.id DESC LIMIT 500"));
    q.bind(QStringLiteral(":i"), inwonerId);
    return leesVersies(q);
}

Result<QList<rules::Afspraak>> Afspraken::kandidaten(const Actor &actor, qint64 inwonerId)
{
    auto history = geschiedenis(actor, inwonerId);
    if (!history.ok())
        return Result<QList<rules::Afspraak>>::from(history);
    QList<rules::Afspraak> out;
    for (const AfspraakVersie &v : *history.value)
        out.append(v.afspraak);
    return Result<QList<rules::Afspraak>>::success(out);
}

Result<rules::Afspraak> Afspraken::geldend(const Actor &actor, qint64 reserveringId)
{
    const auto inwonerId = inwonerIdForReservering(ctx_, reserveringId);
    if (!inwonerId)
        return notFound<rules::Afspraak>();
    if (!checkAccess(ctx_, actor, auth::Action::LeesDossier, *inwonerId, audit::actions::DossierBekeken,
                     QStringLiteral("afspraken"), QString()))
        return notFound<rules::Afspraak>();
    return Result<rules::Afspraak>::success(geldendeAfspraak(ctx_, *inwonerId, reserveringId));
}

rules::Afspraak geldendeAfspraak(ServiceContext &ctx, qint64 inwonerId, qint64 reserveringId)
{
    QList<rules::Afspraak> all;
    Sql q(ctx.db, kSelect + QStringLiteral(
        " WHERE a.inwoner_id = :i OR (a.scope = 'vorm' AND a.vorm_code = (SELECT vorm_code FROM inwoners WHERE id = :i))"
        " LIMIT 2000"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (q.exec()) {
        while (q.next())
            all.append(readVersie(q).afspraak);
    }
    const QDate today = calendar::amsterdamDatum(ctx.now());
    if (const auto chosen = rules::kiesGeldende(all, reserveringId, today))
        return *chosen;
    // Nothing applies: default deny, so the medewerker decides every request.
    rules::Afspraak fallback;
    fallback.modus = rules::Modus::NaAkkoord;
    fallback.scope = rules::Scope::Vorm;
    fallback.ingangsdatum = QDate(2000, 1, 1);
    return fallback;
}

} // namespace regie::services
