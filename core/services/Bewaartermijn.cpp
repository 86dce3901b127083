#include "services/Bewaartermijn.h"

#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

namespace regie::services {

using storage::Sql;

namespace {

// Ciphertexts are overwritten with a fresh encryption of nothing (columns are NOT NULL),
// lookup hashes with unique non-hashes, free text that may name people is emptied. Money
// figures stay: they are needed for the municipality's accounts and name nobody.
const QStringList &anonimiseerStatements()
{
    static const QStringList statements = {
        QStringLiteral("UPDATE inwoners SET voornaam = 'Geanonimiseerd', achternaam = 'Geanonimiseerd', email = NULL,"
                       " telefoon = NULL, bsn_enc = NULL, bsn_hash = NULL, allegro_relatiecode = NULL, overname_reden = NULL, eind_reden = NULL,"
                       " status = 'geanonimiseerd', geanonimiseerd_at = :t WHERE id = :i"),
        QStringLiteral("UPDATE eigen_rekeningen SET iban_enc = :leeg, iban_hash = 'anoniem-' || CAST(id AS TEXT),"
                       " iban_eind = '----', label = '' WHERE inwoner_id = :i"),
        QStringLiteral("UPDATE beheerrekeningen SET iban_enc = :leeg, iban_eind = '----' WHERE inwoner_id = :i"),
        QStringLiteral("UPDATE transacties SET omschrijving = categorie, tegenpartij = '' WHERE inwoner_id = :i"),
        QStringLiteral("UPDATE verzoeken SET toelichting_inwoner = '' WHERE inwoner_id = :i"),
        QStringLiteral("UPDATE besluiten SET extra_toelichting = '' WHERE verzoek_id IN"
                       " (SELECT id FROM verzoeken WHERE inwoner_id = :i)"),
        QStringLiteral("DELETE FROM meldingen WHERE inwoner_id = :i"),
        // Outbox payloads carry message texts for Allegro's BerichtenBox; long delivered by now.
        QStringLiteral("DELETE FROM outbox WHERE EXISTS (SELECT 1 FROM verzoeken v WHERE v.inwoner_id = :i"
                       " AND outbox.payload_json LIKE '%\"' || v.public_id || '\"%')"),
        QStringLiteral("UPDATE users SET username = 'anoniem-' || CAST(id AS TEXT), display_name = 'Geanonimiseerd',"
                       " email = NULL, telefoon = NULL, password_hash = NULL, totp_secret_enc = NULL, active = 0"
                       " WHERE inwoner_id = :i"),
    };
    return statements;
}

} // namespace

Result<bool> Bewaartermijn::beeindig(const Actor &actor, qint64 inwonerId, QDate einde)
{
    if (actor.role != Role::Beheerder && actor.role != Role::Systeem)
        return Result<bool>::failure(ErrorCode::Forbidden, QStringLiteral("Alleen een beheerder beëindigt budgetbeheer."));
    if (!einde.isValid())
        return Result<bool>::failure(ErrorCode::Invalid, QStringLiteral("Geef een einddatum."));
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) {
        Sql q(c.db(), QStringLiteral("UPDATE inwoners SET status = 'beeindigd', budgetbeheer_eind = :e"
                                     " WHERE id = :i AND status = 'actief'"));
        q.bind(QStringLiteral(":e"), storage::toDbDate(einde)).bind(QStringLiteral(":i"), inwonerId);
        if (!q.exec())
            return storageFailure<bool>(q.error());
        if (q.numRowsAffected() != 1)
            return notFound<bool>();
        const QString pseudonym = inwonerPseudonym(ctx_, inwonerId);
        c.audit(audit::actions::GegevensVerwijderd, pseudonym, QStringLiteral("inwoner"), pseudonym,
                QJsonObject{{QStringLiteral("stap"), QStringLiteral("budgetbeheer_beeindigd")}});
        return Result<bool>::success(true);
    });
}

Result<int> Bewaartermijn::verwerk(const Actor &actor, int bewaarMaanden)
{
    if (actor.role != Role::Systeem)
        return Result<int>::failure(ErrorCode::Forbidden, QStringLiteral("Alleen het systeem."));
    if (bewaarMaanden < 0)
        return Result<int>::failure(ErrorCode::Invalid, QStringLiteral("Bewaartermijn kan niet negatief zijn."));
    const QDate grens = ctx_.now().date().addMonths(-bewaarMaanden);
    Sql due(ctx_.db, QStringLiteral("SELECT id FROM inwoners WHERE status = 'beeindigd' AND budgetbeheer_eind <= :g"
                                    " ORDER BY id LIMIT :n"));
    due.bind(QStringLiteral(":g"), storage::toDbDate(grens)).bind(QStringLiteral(":n"), kMaxPerRun);
    if (!due.exec())
        return storageFailure<int>(due.error());
    QList<qint64> ids;
    while (due.next())
        ids.append(due.int64(0));
    int done = 0;
    for (qint64 id : ids) {
        const Result<bool> r = anonimiseer(actor, id);
        if (!r.ok())
            return Result<int>::failure(r.error);
        ++done;
    }
    return Result<int>::success(done);
}

Result<std::optional<BewaarRun>> Bewaartermijn::laatsteRun(const Actor &actor)
{
    using R = Result<std::optional<BewaarRun>>;
    if (actor.role != Role::Beheerder && actor.role != Role::Systeem)
        return R::failure(ErrorCode::Forbidden, QStringLiteral("Alleen een beheerder."));
    audit::Filter filter;
    filter.actions = {audit::actions::BewaartermijnVerwerkt};
    filter.outcome = audit::kOutcomeOk;
    filter.newestFirst = true;
    filter.limit = 1;
    const QList<audit::AuditEvent> events = audit::AuditLog::query(ctx_.db, filter);
    if (events.isEmpty())
        return R::success(std::nullopt);
    const QJsonObject d = events.first().details;
    BewaarRun run;
    run.moment = QDateTime::fromString(d.value(QStringLiteral("moment")).toString(), Qt::ISODateWithMs);
    if (!run.moment.isValid())
        run.moment = events.first().at;
    run.bewaarMaanden = d.value(QStringLiteral("bewaar_maanden")).toInt();
    run.grens = QDate::fromString(d.value(QStringLiteral("grens")).toString(), Qt::ISODate);
    run.geanonimiseerd = d.value(QStringLiteral("geanonimiseerd")).toInt();
    run.volledig = d.value(QStringLiteral("volledig")).toBool(true);
    return R::success(run);
}

Result<std::optional<BewaarRun>> Bewaartermijn::verwerkIndienNodig(const Actor &actor, int bewaarMaanden,
                                                                   std::chrono::seconds interval)
{
    using R = Result<std::optional<BewaarRun>>;
    if (actor.role != Role::Systeem)
        return R::failure(ErrorCode::Forbidden, QStringLiteral("Alleen het systeem."));
    const auto vorige = laatsteRun(actor);
    if (!vorige.ok())
        return R::from(vorige);
    const QDateTime now = ctx_.now();
    if (*vorige.value && vorige.value->value().moment.isValid()
        && vorige.value->value().moment.secsTo(now) < qint64(interval.count()))
        return R::success(std::nullopt);
    const auto run = verwerkEnLeg(actor, bewaarMaanden);
    if (!run.ok())
        return R::from(run);
    return R::success(*run.value);
}

Result<BewaarRun> Bewaartermijn::verwerkEnLeg(const Actor &actor, int bewaarMaanden)
{
    using R = Result<BewaarRun>;
    if (actor.role != Role::Systeem)
        return R::failure(ErrorCode::Forbidden, QStringLiteral("Alleen het systeem."));
    const QDateTime now = ctx_.now();
    const auto gedaan = verwerk(actor, bewaarMaanden);
    if (!gedaan.ok())
        return R::from(gedaan);
    BewaarRun run{now, bewaarMaanden, now.date().addMonths(-bewaarMaanden), *gedaan.value,
                  *gedaan.value < kMaxPerRun};
    const auto recorded = UnitOfWork(ctx_).record(
        actor, audit::actions::BewaartermijnVerwerkt, QString(), QStringLiteral("bewaartermijn"), QString(),
        QJsonObject{{QStringLiteral("moment"), run.moment.toUTC().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("bewaar_maanden"), run.bewaarMaanden},
                    {QStringLiteral("grens"), run.grens.toString(Qt::ISODate)},
                    {QStringLiteral("geanonimiseerd"), run.geanonimiseerd},
                    {QStringLiteral("volledig"), run.volledig}});
    if (!recorded.ok())
        return R::from(recorded);
    return R::success(run);
}

Result<bool> Bewaartermijn::anonimiseer(const Actor &actor, qint64 inwonerId)
{
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) {
        const QString pseudonym = inwonerPseudonym(ctx_, inwonerId);
        const QByteArray leeg = ctx_.cipher.encrypt(QByteArray(), "geanonimiseerd");
        for (const QString &statement : anonimiseerStatements()) {
            Sql q(c.db(), statement);
            q.bind(QStringLiteral(":i"), inwonerId);
            if (statement.contains(QLatin1String(":t")))
                q.bind(QStringLiteral(":t"), storage::toDbTime(c.now()));
            if (statement.contains(QLatin1String(":leeg")))
                q.bind(QStringLiteral(":leeg"), leeg);
            if (!q.exec())
                return storageFailure<bool>(q.error());
        }
        c.audit(audit::actions::InwonerGeanonimiseerd, pseudonym, QStringLiteral("inwoner"), pseudonym);
        return Result<bool>::success(true);
    });
}

} // namespace regie::services
