#include "services/Organisatie.h"

#include "audit/AuditActions.h"
#include "crypto/Password.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

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

} // namespace

Organisatie::Organisatie(ServiceContext &context) : ctx_(context) {}

Result<qint64> Organisatie::maakTeam(const Actor &actor, const QString &naam, const QString &telefoon,
                                     const QString &email, Money vierOgenGrens)
{
    if (!magInrichten(actor))
        return forbidden<qint64>();
    if (naam.trimmed().isEmpty())
        return invalid<qint64>(QStringLiteral("naam"), QStringLiteral("Naam ontbreekt."));
    return UnitOfWork(ctx_).run<qint64>(actor, [&](Change &c) -> Result<qint64> {
        if (const auto id = bestaandeId(c.db(), QStringLiteral("SELECT id FROM teams WHERE naam = :k"), naam))
            return Result<qint64>::success(*id);
        Sql insert(c.db(), QStringLiteral("INSERT INTO teams (naam, telefoon, email, vier_ogen_grens_cents)"
                                          " VALUES (:n, :t, :e, :g) RETURNING id"));
        insert.bind(QStringLiteral(":n"), naam).bind(QStringLiteral(":t"), telefoon)
            .bind(QStringLiteral(":e"), email).bind(QStringLiteral(":g"), vierOgenGrens.cents());
        if (!insert.exec() || !insert.next())
            return storageFailure<qint64>(insert.error());
        const qint64 id = insert.int64(0);
        c.audit(audit::actions::TeamAangemaakt, {}, QStringLiteral("team"), QString::number(id));
        return Result<qint64>::success(id);
    });
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

Result<bool> Organisatie::zetReden(const Actor &actor, const Reden &reden)
{
    if (!magInrichten(actor))
        return forbidden<bool>();
    if (reden.code.isEmpty() || reden.tekstB1.isEmpty()
        || (reden.soort != QLatin1String("weigering") && reden.soort != QLatin1String("akkoord")))
        return invalid<bool>(QStringLiteral("code"), QStringLiteral("Reden is niet volledig."));
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        Sql upsert(c.db(), QStringLiteral(
            "INSERT INTO redenen (code, soort, tekst_b1, tekst_medewerker) VALUES (:c, :s, :b, :m)"
            " ON CONFLICT (code) DO UPDATE SET soort = excluded.soort, tekst_b1 = excluded.tekst_b1,"
            " tekst_medewerker = excluded.tekst_medewerker"));
        upsert.bind(QStringLiteral(":c"), reden.code).bind(QStringLiteral(":s"), reden.soort)
            .bind(QStringLiteral(":b"), reden.tekstB1).bind(QStringLiteral(":m"), reden.tekstMedewerker);
        if (!upsert.exec())
            return storageFailure<bool>(upsert.error());
        c.audit(audit::actions::RedenGewijzigd, {}, QStringLiteral("reden"), reden.code);
        return Result<bool>::success(true);
    });
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
