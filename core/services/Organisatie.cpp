#include "services/Organisatie.h"

#include "audit/AuditActions.h"
#include "crypto/Password.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

#include <QtCore/QRegularExpression>

namespace regie::services {

using storage::Sql;

namespace {

std::optional<qint64> bestaandeId(storage::Database &db, const QString &select, const QString &key)
{
    Sql existing(db, select);
    existing.bind(QStringLiteral(":k"), key);
    if (existing.exec() && existing.next())
        return existing.int64(0);
    return std::nullopt;
}

QVariant idOrNull(qint64 id) { return storage::nullable(id > 0 ? std::optional<qint64>(id) : std::nullopt); }

Result<qint64> schrijfGebruiker(Change &c, const NieuweGebruiker &input)
{
    const QString passwordHash = input.password.isEmpty() ? QString() : crypto::hashPassword(input.password);
    const QByteArray totp = input.totpSecret.isEmpty()
                                ? QByteArray()
                                : c.ctx().cipher.encrypt(input.totpSecret, "users.totp_secret");
    Sql insert(c.db(), QStringLiteral(
        "INSERT INTO users (username, display_name, role, team_id, inwoner_id, organisatie, email, telefoon,"
        " password_hash, totp_secret_enc, created_at, demo)"
        " VALUES (:u, :d, :r, :t, :i, :o, :e, :tel, :p, :totp, :at, ") + kDemoAccountSql + QStringLiteral(") RETURNING id"));
    insert.bind(QStringLiteral(":u"), input.username)
        .bind(QStringLiteral(":d"), input.displayName)
        .bind(QStringLiteral(":r"), toCode(input.role))
        .bind(QStringLiteral(":t"), idOrNull(input.teamId))
        .bind(QStringLiteral(":i"), idOrNull(input.inwonerId))
        .bind(QStringLiteral(":o"), storage::nullableText(input.organisatie))
        .bind(QStringLiteral(":e"), storage::nullableText(input.email))
        .bind(QStringLiteral(":tel"), storage::nullableText(input.telefoon))
        .bind(QStringLiteral(":p"), storage::nullableText(passwordHash))
        .bind(QStringLiteral(":totp"), totp.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(totp))
        .bind(QStringLiteral(":at"), storage::toDbTime(c.now()))
        .bind(QStringLiteral(":demo"), demoAccount(c.actor(), input.demo));
    if (!insert.exec() || !insert.next())
        return storageFailure<qint64>(insert.error());
    return Result<qint64>::success(insert.int64(0));
}

constexpr int kMaxCode = 64;
constexpr int kMaxRedenTekst = 1000;
constexpr int kMaxRedenen = 1000;

// The catalogue is policy for the whole gemeente, not one dossier: the teamleider (who
// answers for the decisions) and the beheerder, as for the audit reports (auth::magAuditExporteren).
bool magCatalogusBeheren(const Actor &actor)
{
    return actor.role == Role::Systeem || actor.role == Role::Beheerder || actor.role == Role::Teamleider;
}

std::optional<FieldError> redenFout(const Reden &reden, const QString &waarom, const Actor &actor)
{
    static const QRegularExpression codeVorm(QStringLiteral("^[A-Z][A-Z0-9_]{1,63}$"));
    if (!codeVorm.match(reden.code).hasMatch())
        return FieldError{QStringLiteral("code"), QStringLiteral("Een code is 2 tot 64 hoofdletters, cijfers of _.")};
    if (reden.soort != QLatin1String("weigering") && reden.soort != QLatin1String("akkoord"))
        return FieldError{QStringLiteral("soort"), QStringLiteral("Kies akkoord of weigering.")};
    if (reden.tekstB1.trimmed().isEmpty() || reden.tekstMedewerker.trimmed().isEmpty()
        || reden.tekstB1.size() > kMaxRedenTekst || reden.tekstMedewerker.size() > kMaxRedenTekst)
        return FieldError{QStringLiteral("tekstB1"), QStringLiteral("Vul beide teksten in (max. 1000 tekens).")};
    if (actor.role != Role::Systeem && (waarom.trimmed().isEmpty() || waarom.size() > kMaxRedenTekst))
        return FieldError{QStringLiteral("reden"), QStringLiteral("Geef een reden voor deze wijziging.")};
    return std::nullopt;
}

// The catalogue row shows the current version; every version is kept beside it.
bool schrijfRedenVersie(Change &c, const Reden &reden, const QString &waarom, int versie, QString *error)
{
    Sql upsert(c.db(), QStringLiteral(
        "INSERT INTO redenen (code, soort, tekst_b1, tekst_medewerker, versie, actief) VALUES (:c, :s, :b, :m, :v, 1)"
        " ON CONFLICT (code) DO UPDATE SET tekst_b1 = excluded.tekst_b1,"
        " tekst_medewerker = excluded.tekst_medewerker, versie = excluded.versie, actief = 1"));
    upsert.bind(QStringLiteral(":c"), reden.code).bind(QStringLiteral(":s"), reden.soort)
        .bind(QStringLiteral(":b"), reden.tekstB1).bind(QStringLiteral(":m"), reden.tekstMedewerker)
        .bind(QStringLiteral(":v"), versie);
    Sql versieRij(c.db(), QStringLiteral(
        "INSERT INTO reden_versies (code, versie, soort, tekst_b1, tekst_medewerker, auteur_id, reden, created_at)"
        " VALUES (:c, :v, :s, :b, :m, :a, :r, :at)"));
    versieRij.bind(QStringLiteral(":c"), reden.code).bind(QStringLiteral(":v"), versie)
        .bind(QStringLiteral(":s"), reden.soort).bind(QStringLiteral(":b"), reden.tekstB1)
        .bind(QStringLiteral(":m"), reden.tekstMedewerker).bind(QStringLiteral(":a"), idOrNull(c.actor().userId))
        .bind(QStringLiteral(":r"), waarom.trimmed().isEmpty() ? QStringLiteral("inrichting") : waarom.trimmed())
        .bind(QStringLiteral(":at"), storage::toDbTime(c.now()));
    if (!upsert.exec()) {
        *error = upsert.error();
        return false;
    }
    if (!versieRij.exec()) {
        *error = versieRij.error();
        return false;
    }
    return true;
}

const QString kRedenSelect =
    QStringLiteral("SELECT code, soort, tekst_b1, tekst_medewerker, versie, actief FROM redenen");

RedenRegel leesRedenRegel(Sql &q)
{
    return RedenRegel{q.text(0), q.text(1), q.text(2), q.text(3), static_cast<int>(q.int64(4)), q.int64(5) != 0};
}

Result<RedenRegel> redenRegel(ServiceContext &ctx, const QString &code)
{
    Sql q(ctx.db, kRedenSelect + QStringLiteral(" WHERE code = :c"));
    q.bind(QStringLiteral(":c"), code.left(kMaxCode));
    if (!q.exec())
        return storageFailure<RedenRegel>(q.error());
    if (!q.next())
        return notFound<RedenRegel>();
    return Result<RedenRegel>::success(leesRedenRegel(q));
}

} // namespace

Organisatie::Organisatie(ServiceContext &context) : ctx_(context) {}

Result<qint64> Organisatie::maakTeam(const Actor &actor, const QString &naam, const QString &telefoon,
                                     const QString &email, Money vierOgenGrens, const QString &openingstijden)
{
    if (!magInrichten(actor))
        return forbidden<qint64>();
    if (naam.trimmed().isEmpty())
        return invalid<qint64>(QStringLiteral("naam"), QStringLiteral("Naam ontbreekt."));
    return UnitOfWork(ctx_).run<qint64>(actor, [&](Change &c) -> Result<qint64> {
        if (const auto id = bestaandeId(c.db(), QStringLiteral("SELECT id FROM teams WHERE naam = :k"), naam))
            return Result<qint64>::success(*id);
        Sql insert(c.db(), QStringLiteral("INSERT INTO teams (naam, telefoon, email, vier_ogen_grens_cents, openingstijden)"
                                          " VALUES (:n, :t, :e, :g, :o) RETURNING id"));
        insert.bind(QStringLiteral(":n"), naam).bind(QStringLiteral(":t"), telefoon)
            .bind(QStringLiteral(":e"), email).bind(QStringLiteral(":g"), vierOgenGrens.cents())
            .bind(QStringLiteral(":o"), openingstijden);
        if (!insert.exec() || !insert.next())
            return storageFailure<qint64>(insert.error());
        const qint64 id = insert.int64(0);
        c.audit(audit::actions::TeamAangemaakt, {}, QStringLiteral("team"), QString::number(id));
        return Result<qint64>::success(id);
    });
}

Result<QList<VormView>> Organisatie::vormen(const Actor &actor)
{
    if (!actor.isStaff())
        return forbidden<QList<VormView>>();
    Sql q(ctx_.db, QStringLiteral("SELECT code, naam, uitleg FROM vormen ORDER BY naam LIMIT 200"));
    if (!q.exec())
        return storageFailure<QList<VormView>>(q.error());
    QList<VormView> out;
    while (q.next())
        out.append(VormView{q.text(0), q.text(1), q.text(2)});
    return Result<QList<VormView>>::success(out);
}

Result<bool> Organisatie::zetVorm(const Actor &actor, const QString &code, const QString &naam, const QString &uitleg)
{
    if (!magInrichten(actor))
        return forbidden<bool>();
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        Sql upsert(c.db(), QStringLiteral("INSERT INTO vormen (code, naam, uitleg) VALUES (:c, :n, :u)"
                                          " ON CONFLICT (code) DO UPDATE SET naam = excluded.naam, uitleg = excluded.uitleg"));
        upsert.bind(QStringLiteral(":c"), code).bind(QStringLiteral(":n"), naam).bind(QStringLiteral(":u"), uitleg);
        if (!upsert.exec())
            return storageFailure<bool>(upsert.error());
        c.audit(audit::actions::VormGewijzigd, {}, QStringLiteral("vorm"), code);
        return Result<bool>::success(true);
    });
}

Result<bool> Organisatie::zetReden(const Actor &actor, const Reden &reden, const QString &waarom)
{
    if (!magCatalogusBeheren(actor))
        return forbidden<bool>(QStringLiteral("Alleen teamleiders en beheerders wijzigen de redenen."));
    if (const auto fout = redenFout(reden, waarom, actor))
        return invalid<bool>(fout->field, fout->message);
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        Sql huidig(c.db(), QStringLiteral("SELECT soort, tekst_b1, tekst_medewerker, versie, actief FROM redenen"
                                          " WHERE code = :c") + c.db().lockClause());
        huidig.bind(QStringLiteral(":c"), reden.code);
        if (!huidig.exec())
            return storageFailure<bool>(huidig.error());
        int versie = 1;
        if (huidig.next()) {
            if (huidig.text(0) != reden.soort)
                return invalid<bool>(QStringLiteral("soort"), QStringLiteral("De soort van een reden verandert niet."));
            if (huidig.text(1) == reden.tekstB1 && huidig.text(2) == reden.tekstMedewerker && huidig.int64(4) != 0)
                return Result<bool>::success(true);
            versie = static_cast<int>(huidig.int64(3)) + 1;
        }
        QString error;
        if (!schrijfRedenVersie(c, reden, waarom, versie, &error))
            return storageFailure<bool>(error);
        c.audit(audit::actions::RedenGewijzigd, {}, QStringLiteral("reden"), reden.code,
                QJsonObject{{QStringLiteral("versie"), versie}, {QStringLiteral("soort"), reden.soort}});
        return Result<bool>::success(true);
    });
}

Result<RedenRegel> Organisatie::trekRedenIn(const Actor &actor, const QString &code, const QString &waarom)
{
    if (!magCatalogusBeheren(actor))
        return forbidden<RedenRegel>(QStringLiteral("Alleen teamleiders en beheerders wijzigen de redenen."));
    if (waarom.trimmed().isEmpty() || waarom.size() > kMaxRedenTekst)
        return invalid<RedenRegel>(QStringLiteral("reden"), QStringLiteral("Geef een reden voor deze wijziging."));
    const auto done = UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        Sql q(c.db(), QStringLiteral("UPDATE redenen SET actief = 0 WHERE code = :c AND actief = 1"));
        q.bind(QStringLiteral(":c"), code.left(kMaxCode));
        if (!q.exec())
            return storageFailure<bool>(q.error());
        if (q.numRowsAffected() != 1)
            return notFound<bool>();
        c.audit(audit::actions::RedenIngetrokken, {}, QStringLiteral("reden"), code.left(kMaxCode));
        return Result<bool>::success(true);
    });
    if (!done.ok())
        return Result<RedenRegel>::from(done);
    return redenRegel(ctx_, code);
}

Result<QList<RedenRegel>> Organisatie::redenCatalogus(const Actor &actor)
{
    if (!actor.isStaff())
        return forbidden<QList<RedenRegel>>();
    Sql q(ctx_.db, kRedenSelect + QStringLiteral(" ORDER BY actief DESC, soort, code LIMIT :n"));
    q.bind(QStringLiteral(":n"), kMaxRedenen);
    if (!q.exec())
        return storageFailure<QList<RedenRegel>>(q.error());
    QList<RedenRegel> out;
    while (q.next())
        out.append(leesRedenRegel(q));
    return Result<QList<RedenRegel>>::success(out);
}

Result<QList<RedenVersie>> Organisatie::redenVersies(const Actor &actor, const QString &code)
{
    if (!actor.isStaff())
        return forbidden<QList<RedenVersie>>();
    Sql q(ctx_.db, QStringLiteral(
        "SELECT v.code, v.soort, v.tekst_b1, v.tekst_medewerker, v.versie, COALESCE(u.display_name, ''), v.reden,"
        " v.created_at FROM reden_versies v LEFT JOIN users u ON u.id = v.auteur_id WHERE v.code = :c"
        " ORDER BY v.versie DESC LIMIT :n"));
    q.bind(QStringLiteral(":c"), code.left(kMaxCode)).bind(QStringLiteral(":n"), kMaxRedenen);
    if (!q.exec())
        return storageFailure<QList<RedenVersie>>(q.error());
    QList<RedenVersie> out;
    while (q.next())
        out.append(RedenVersie{q.text(0), q.text(1), q.text(2), q.text(3), static_cast<int>(q.int64(4)), q.text(5),
                               q.text(6), storage::fromDbTime(q.text(7))});
    if (out.isEmpty())
        return notFound<QList<RedenVersie>>();
    return Result<QList<RedenVersie>>::success(out);
}

Result<qint64> Organisatie::maakGebruiker(const Actor &actor, const NieuweGebruiker &input)
{
    if (!magInrichten(actor))
        return forbidden<qint64>();
    if (input.username.trimmed().isEmpty() || input.displayName.trimmed().isEmpty())
        return invalid<qint64>(QStringLiteral("username"), QStringLiteral("Gebruikersnaam en naam zijn verplicht."));
    if (input.role == Role::Inwoner && input.inwonerId <= 0)
        return invalid<qint64>(QStringLiteral("inwonerId"), QStringLiteral("Een inwoneraccount hoort bij een inwoner."));
    if ((input.role == Role::Medewerker || input.role == Role::Teamleider) && input.teamId <= 0)
        return invalid<qint64>(QStringLiteral("teamId"), QStringLiteral("Een medewerker hoort bij een team."));
    return UnitOfWork(ctx_).run<qint64>(actor, [&](Change &c) -> Result<qint64> {
        if (const auto id = bestaandeId(c.db(), QStringLiteral("SELECT id FROM users WHERE username = :k"),
                                        input.username))
            return Result<qint64>::success(*id);
        const auto id = schrijfGebruiker(c, input);
        if (id.ok())
            c.audit(audit::actions::GebruikerAangemaakt, {}, QStringLiteral("user"), QString::number(*id.value),
                    QJsonObject{{QStringLiteral("role"), toCode(input.role)}});
        return id;
    });
}

Result<bool> schrijfCaseload(Change &c, qint64 medewerkerId, qint64 inwonerId)
{
    Sql insert(c.db(), QStringLiteral("INSERT INTO caseload (medewerker_id, inwoner_id, sinds) VALUES (:m, :i, :t)"
                                      " ON CONFLICT (medewerker_id, inwoner_id) DO NOTHING"));
    insert.bind(QStringLiteral(":m"), medewerkerId).bind(QStringLiteral(":i"), inwonerId)
        .bind(QStringLiteral(":t"), storage::toDbTime(c.now()));
    if (!insert.exec())
        return storageFailure<bool>(insert.error());
    c.audit(audit::actions::CaseloadGewijzigd, inwonerPseudonym(c.ctx(), inwonerId), QStringLiteral("user"),
            QString::number(medewerkerId));
    return Result<bool>::success(true);
}

Result<bool> Organisatie::koppelCaseload(const Actor &actor, qint64 medewerkerId, qint64 inwonerId)
{
    if (!magInrichten(actor))
        return forbidden<bool>();
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) { return schrijfCaseload(c, medewerkerId, inwonerId); });
}

} // namespace regie::services
