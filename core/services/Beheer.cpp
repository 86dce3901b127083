#include "services/Beheer.h"

#include "audit/AuditActions.h"
#include "auth/StaffLogin.h"
#include "crypto/Password.h"
#include "crypto/Totp.h"
#include "services/Organisatie.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"
#include "services/Voorstellen.h"

#include <QtCore/QJsonObject>

namespace regie::services {

using storage::Sql;

namespace {

constexpr int kMaxNaamChars = 200;
const QLatin1String kBerichtOpnieuw{"bericht.opnieuw"};

bool mayManage(const Actor &actor) { return actor.role == Role::Beheerder || actor.role == Role::Systeem; }

template <typename T>
Result<T> alleenBeheerders()
{
    return forbidden<T>(QStringLiteral("Alleen voor beheerders."));
}

bool isStaffRole(Role role) { return role == Role::Medewerker || role == Role::Teamleider || role == Role::Beheerder; }

const QString kGebruikerSelect = QStringLiteral(
    "SELECT id, username, display_name, role, team_id, organisatie, active, totp_secret_enc IS NOT NULL,"
    " locked_until, created_at FROM users");

GebruikerView readGebruiker(Sql &q, const QDateTime &now)
{
    GebruikerView g;
    g.id = q.int64(0);
    g.username = q.text(1);
    g.displayName = q.text(2);
    g.role = roleFromCode(q.text(3)).value_or(Role::Medewerker);
    g.teamId = q.isNull(4) ? 0 : q.int64(4);
    g.organisatie = q.text(5);
    g.actief = q.int64(6) != 0;
    g.tweedeFactor = q.value(7).toBool();
    const QDateTime locked = q.isNull(8) ? QDateTime() : storage::fromDbTime(q.text(8));
    if (locked.isValid() && locked > now)
        g.geblokkeerdTot = locked;
    g.aangemaakt = storage::fromDbTime(q.text(9));
    return g;
}

const QString kTeamSelect = QStringLiteral(
    "SELECT t.id, t.naam, t.telefoon, t.email, t.doel_behandeltijd_uren, t.vier_ogen_grens_cents, t.openingstijden,"
    " (SELECT COUNT(*) FROM users u WHERE u.team_id = t.id AND u.active = 1),"
    " (SELECT COUNT(*) FROM inwoners i WHERE i.team_id = t.id AND i.status = 'actief') FROM teams t");

TeamView readTeam(Sql &q)
{
    return TeamView{q.int64(0), q.text(1), q.text(2), q.text(3), q.text(6), static_cast<int>(q.int64(4)),
                    Money::fromCents(q.int64(5)), static_cast<int>(q.int64(7)), static_cast<int>(q.int64(8)), 0};
}

// Applies the optional columns of a change as one UPDATE, so the audit event lists exactly
// the columns that changed.
struct Wijzigingen {
    QStringList sets;
    QList<std::pair<QString, QVariant>> binds;
    QJsonObject velden;
    void add(const QString &column, const QVariant &value, const QString &auditKey)
    {
        const QString name = u':' + column;
        sets.append(column + QStringLiteral(" = ") + name);
        binds.append({name, value});
        velden.insert(auditKey, true);
    }
};

bool applyUpdate(storage::Database &db, const QString &table, qint64 id, const Wijzigingen &w, QString *error)
{
    Sql q(db, QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + w.sets.join(QStringLiteral(", "))
                      + QStringLiteral(" WHERE id = :id"));
    for (const auto &[name, value] : w.binds)
        q.bind(name, value);
    q.bind(QStringLiteral(":id"), id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        *error = q.error();
        return false;
    }
    return true;
}

std::optional<Wijzigingen> gebruikerWijzigingen(const GebruikerWijziging &w, const GebruikerView &huidig,
                                                FieldError *fout)
{
    Wijzigingen out;
    if (w.displayName) {
        if (w.displayName->trimmed().isEmpty() || w.displayName->size() > kMaxNaamChars) {
            *fout = {QStringLiteral("displayName"), QStringLiteral("Vul een naam in (max. 200 tekens).")};
            return std::nullopt;
        }
        out.add(QStringLiteral("display_name"), w.displayName->trimmed(), QStringLiteral("weergave"));
    }
    if (w.role) {
        if (!isStaffRole(*w.role) || !isStaffRole(huidig.role)) {
            *fout = {QStringLiteral("role"), QStringLiteral("Alleen medewerker, teamleider of beheerder.")};
            return std::nullopt;
        }
        out.add(QStringLiteral("role"), toCode(*w.role), QStringLiteral("role"));
    }
    if (w.teamId)
        out.add(QStringLiteral("team_id"), storage::nullable(*w.teamId > 0 ? std::optional<qint64>(*w.teamId) : std::nullopt),
                QStringLiteral("team"));
    if (w.actief)
        out.add(QStringLiteral("active"), *w.actief ? 1 : 0, QStringLiteral("actief"));
    if (w.wachtwoord) {
        const QString hash = crypto::hashPassword(*w.wachtwoord);
        if (w.wachtwoord->size() < 12 || hash.isEmpty()) {
            *fout = {QStringLiteral("wachtwoord"), QStringLiteral("Een wachtwoord heeft minstens 12 tekens.")};
            return std::nullopt;
        }
        out.add(QStringLiteral("password_hash"), hash, QStringLiteral("wachtwoord"));
    }
    if (w.ontgrendel) {
        out.add(QStringLiteral("locked_until"), storage::nullableText(QString()), QStringLiteral("ontgrendeld"));
        out.add(QStringLiteral("failed_logins"), 0, QStringLiteral("ontgrendeld"));
    }
    return out;
}

} // namespace

Beheer::Beheer(ServiceContext &context) : ctx_(context) {}

Result<Pagina<GebruikerView>> Beheer::gebruikers(const Actor &actor, int limit, int offset)
{
    // A teamleider sees the staff of their own team (to look at a colleague's caseload in
    // the work queue), read-only; only the beheerder sees everyone and may change accounts.
    const bool eigenTeam = actor.role == Role::Teamleider && actor.teamId > 0;
    if (!mayManage(actor) && !eigenTeam)
        return alleenBeheerders<Pagina<GebruikerView>>();
    const QString where = QStringLiteral(" WHERE role <> 'inwoner'")
                          + (mayManage(actor) ? QString() : QStringLiteral(" AND team_id = :team"));
    Sql count(ctx_.db, QStringLiteral("SELECT COUNT(*) FROM users") + where);
    if (!mayManage(actor))
        count.bind(QStringLiteral(":team"), actor.teamId);
    if (!count.exec() || !count.next())
        return storageFailure<Pagina<GebruikerView>>(count.error());
    Pagina<GebruikerView> out;
    out.totaal = static_cast<int>(count.int64(0));
    Sql q(ctx_.db, kGebruikerSelect + where + QStringLiteral(" ORDER BY username LIMIT :n OFFSET :o"));
    q.bind(QStringLiteral(":n"), qBound(1, limit, kMaxLimit)).bind(QStringLiteral(":o"), qMax(0, offset));
    if (!mayManage(actor))
        q.bind(QStringLiteral(":team"), actor.teamId);
    if (!q.exec())
        return storageFailure<Pagina<GebruikerView>>(q.error());
    while (q.next())
        out.items.append(readGebruiker(q, ctx_.now()));
    return Result<Pagina<GebruikerView>>::success(out);
}

Result<GebruikerView> Beheer::gebruiker(const Actor &actor, qint64 id)
{
    if (!mayManage(actor))
        return alleenBeheerders<GebruikerView>();
    Sql q(ctx_.db, kGebruikerSelect + QStringLiteral(" WHERE id = :id AND role <> 'inwoner'"));
    q.bind(QStringLiteral(":id"), id);
    if (!q.exec())
        return storageFailure<GebruikerView>(q.error());
    if (!q.next())
        return notFound<GebruikerView>();
    return Result<GebruikerView>::success(readGebruiker(q, ctx_.now()));
}

Result<GebruikerView> Beheer::maakGebruiker(const Actor &actor, const NieuweGebruiker &input)
{
    if (!mayManage(actor))
        return alleenBeheerders<GebruikerView>();
    if (input.role == Role::Inwoner || input.role == Role::Systeem)
        return invalid<GebruikerView>(QStringLiteral("role"), QStringLiteral("Inwoneraccounts maakt u niet hier aan."));
    if (input.username.size() > 100 || input.displayName.size() > kMaxNaamChars)
        return invalid<GebruikerView>(QStringLiteral("username"), QStringLiteral("Gebruikersnaam of naam is te lang."));
    if (!input.password.isEmpty() && input.password.size() < 12)
        return invalid<GebruikerView>(QStringLiteral("wachtwoord"), QStringLiteral("Een wachtwoord heeft minstens 12 tekens."));
    Sql existing(ctx_.db, QStringLiteral("SELECT 1 FROM users WHERE username = :u"));
    existing.bind(QStringLiteral(":u"), input.username.trimmed());
    if (!existing.exec())
        return storageFailure<GebruikerView>(existing.error());
    if (existing.next())
        return Result<GebruikerView>::failure(ErrorCode::Conflict, QStringLiteral("Deze gebruikersnaam bestaat al."),
                                              {FieldError{QStringLiteral("username"), QStringLiteral("Bestaat al.")}});
    NieuweGebruiker clean = input;
    clean.username = input.username.trimmed();
    const auto made = Organisatie(ctx_).maakGebruiker(actor, clean);
    if (!made.ok())
        return Result<GebruikerView>::from(made);
    return gebruiker(actor, *made.value);
}

Result<GebruikerView> Beheer::wijzigGebruiker(const Actor &actor, qint64 id, const GebruikerWijziging &wijziging)
{
    const auto huidig = gebruiker(actor, id);
    if (!huidig.ok())
        return huidig;
    FieldError fout;
    const auto w = gebruikerWijzigingen(wijziging, *huidig.value, &fout);
    if (!w)
        return invalid<GebruikerView>(fout.field, fout.message);
    if (w->sets.isEmpty())
        return huidig;
    if (id == actor.userId && wijziging.actief == false)
        return Result<GebruikerView>::failure(ErrorCode::Conflict, QStringLiteral("U kunt uw eigen account niet uitzetten."));
    // Separation of duties: a beheerder account never gets dossier access, and no dossier
    // account becomes a beheerder. Another role is another account.
    if (wijziging.role && *wijziging.role != huidig.value->role
        && (*wijziging.role == Role::Beheerder || huidig.value->role == Role::Beheerder))
        return invalid<GebruikerView>(QStringLiteral("rol"), QStringLiteral("Een beheerder krijgt geen toegang tot dossiers:"
                                                                           " maak voor die rol een apart account."));
    const QString action = wijziging.actief == false ? QString(audit::actions::GebruikerGedeactiveerd)
                                                      : QString(audit::actions::GebruikerGewijzigd);
    const auto done = UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        QString error;
        if (!applyUpdate(c.db(), QStringLiteral("users"), id, *w, &error))
            return storageFailure<bool>(error);
        if (wijziging.ontgrendel) { // the clients' back-offs go with the account's hold
            Sql vergeet(c.db(), QStringLiteral("DELETE FROM login_terugval WHERE user_id = :id"));
            vergeet.bind(QStringLiteral(":id"), id);
            if (!vergeet.exec())
                return storageFailure<bool>(vergeet.error());
        }
        c.audit(action, QString(), QStringLiteral("user"), QString::number(id), w->velden);
        return Result<bool>::success(true);
    });
    if (!done.ok())
        return Result<GebruikerView>::from(done);
    return gebruiker(actor, id);
}

Result<QByteArray> Beheer::zetTweedeFactor(const Actor &actor, qint64 userId, const QByteArray &secret)
{
    if (!mayManage(actor))
        return alleenBeheerders<QByteArray>();
    if (secret.size() > crypto::kTotpMaxSecretBytes)
        return invalid<QByteArray>(QStringLiteral("secret"), QStringLiteral("Geheim te lang."));
    const QByteArray raw = secret.isEmpty() ? crypto::generateTotpSecret() : secret;
    return UnitOfWork(ctx_).run<QByteArray>(actor, [&](Change &c) -> Result<QByteArray> {
        Sql q(c.db(), QStringLiteral("UPDATE users SET totp_secret_enc = :s, totp_last_step = NULL WHERE id = :id"
                                     " AND role <> 'inwoner'"));
        q.bind(QStringLiteral(":s"), ctx_.cipher.encrypt(raw, "users.totp_secret")).bind(QStringLiteral(":id"), userId);
        if (!q.exec())
            return storageFailure<QByteArray>(q.error());
        if (q.numRowsAffected() != 1)
            return notFound<QByteArray>();
        c.audit(audit::actions::TweedeFactorIngesteld, QString(), QStringLiteral("user"), QString::number(userId));
        return Result<QByteArray>::success(raw);
    });
}

Result<int> Beheer::zetDemoTweedeFactoren(const Actor &actor)
{
    if (actor.role != Role::Systeem)
        return alleenBeheerders<int>();
    // Only the demo loader's accounts: a real account never gets a secret derived from its name.
    Sql q(ctx_.db, QStringLiteral("SELECT id, username FROM users WHERE totp_secret_enc IS NULL AND active = 1 AND demo = 1"
                                  " AND role IN ('medewerker', 'teamleider', 'beheerder') ORDER BY id LIMIT :n"));
    q.bind(QStringLiteral(":n"), kMaxLimit);
    if (!q.exec())
        return storageFailure<int>(q.error());
    QList<std::pair<qint64, QString>> users;
    while (q.next())
        users.append({q.int64(0), q.text(1)});
    for (const auto &[id, username] : users) {
        const auto done = zetTweedeFactor(actor, id, auth::demoTotpSecret(username));
        if (!done.ok())
            return Result<int>::from(done);
    }
    return Result<int>::success(static_cast<int>(users.size()));
}

Result<QList<TeamView>> Beheer::teams(const Actor &actor)
{
    if (!mayManage(actor))
        return alleenBeheerders<QList<TeamView>>();
    Sql q(ctx_.db, kTeamSelect + QStringLiteral(" ORDER BY t.naam LIMIT 1000"));
    if (!q.exec())
        return storageFailure<QList<TeamView>>(q.error());
    QList<TeamView> out;
    while (q.next())
        out.append(readTeam(q));
    return Result<QList<TeamView>>::success(out);
}

Result<TeamView> Beheer::team(const Actor &actor, qint64 id)
{
    if (!mayManage(actor))
        return alleenBeheerders<TeamView>();
    Sql q(ctx_.db, kTeamSelect + QStringLiteral(" WHERE t.id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (!q.exec())
        return storageFailure<TeamView>(q.error());
    if (!q.next())
        return notFound<TeamView>();
    return Result<TeamView>::success(readTeam(q));
}

Result<TeamView> Beheer::maakTeam(const Actor &actor, const QString &naam, const QString &telefoon, const QString &email,
                                  Money vierOgenGrens, const QString &openingstijden)
{
    if (!mayManage(actor))
        return alleenBeheerders<TeamView>();
    if (naam.size() > kMaxNaamChars || telefoon.size() > 50 || email.size() > 200 || openingstijden.size() > 500
        || vierOgenGrens.isNegative()
        || !vierOgenGrens.inRange())
        return invalid<TeamView>(QStringLiteral("naam"), QStringLiteral("Controleer naam, telefoon, e-mail en grens."));
    Sql existing(ctx_.db, QStringLiteral("SELECT 1 FROM teams WHERE naam = :n"));
    existing.bind(QStringLiteral(":n"), naam);
    if (!existing.exec())
        return storageFailure<TeamView>(existing.error());
    if (existing.next())
        return Result<TeamView>::failure(ErrorCode::Conflict, QStringLiteral("Er is al een team met deze naam."));
    const auto made = Organisatie(ctx_).maakTeam(actor, naam, telefoon, email, vierOgenGrens, openingstijden);
    if (!made.ok())
        return Result<TeamView>::from(made);
    return team(actor, *made.value);
}

Result<TeamView> Beheer::wijzigTeam(const Actor &actor, qint64 id, const TeamWijziging &w)
{
    const auto huidig = team(actor, id);
    if (!huidig.ok())
        return huidig;
    Wijzigingen sets;
    if (w.naam) {
        if (w.naam->trimmed().isEmpty() || w.naam->size() > kMaxNaamChars)
            return invalid<TeamView>(QStringLiteral("naam"), QStringLiteral("Vul een naam in (max. 200 tekens)."));
        sets.add(QStringLiteral("naam"), w.naam->trimmed(), QStringLiteral("titel"));
    }
    if (w.telefoon)
        sets.add(QStringLiteral("telefoon"), w.telefoon->left(50), QStringLiteral("contact"));
    if (w.email)
        sets.add(QStringLiteral("email"), w.email->left(200), QStringLiteral("contact"));
    if (w.openingstijden)
        sets.add(QStringLiteral("openingstijden"), w.openingstijden->left(500), QStringLiteral("contact"));
    if (w.doelBehandeltijdUren) {
        if (*w.doelBehandeltijdUren < 1 || *w.doelBehandeltijdUren > 720)
            return invalid<TeamView>(QStringLiteral("doelBehandeltijdUren"), QStringLiteral("Kies 1 tot 720 uur."));
        sets.add(QStringLiteral("doel_behandeltijd_uren"), *w.doelBehandeltijdUren, QStringLiteral("doel_uren"));
    }
    // A beheerder's change of the four-eyes limit waits for a teamleider of the team; the
    // systeem (set-up) sets it at once.
    std::optional<Voorstel> voorstel;
    if (w.vierOgenGrens) {
        if (w.vierOgenGrens->isNegative() || !w.vierOgenGrens->inRange())
            return invalid<TeamView>(QStringLiteral("vierOgenGrensCents"), QStringLiteral("De grens is nul of meer."));
        if (actor.role != Role::Beheerder)
            sets.add(QStringLiteral("vier_ogen_grens_cents"), w.vierOgenGrens->cents(), QStringLiteral("vier_ogen_grens"));
        else if (*w.vierOgenGrens != huidig.value->vierOgenGrens)
            voorstel = Voorstel{0, QStringLiteral("vier_ogen_grens"), id, *w.vierOgenGrens, 0, QString(), 0, {}, QString()};
    }
    if (sets.sets.isEmpty() && !voorstel)
        return huidig;
    const auto done = UnitOfWork(ctx_).run<qint64>(actor, [&](Change &c) -> Result<qint64> {
        QString error;
        if (!sets.sets.isEmpty() && !applyUpdate(c.db(), QStringLiteral("teams"), id, sets, &error))
            return storageFailure<qint64>(error);
        if (!sets.sets.isEmpty())
            c.audit(audit::actions::InstellingGewijzigd, QString(), QStringLiteral("team"), QString::number(id), sets.velden);
        return voorstel ? Voorstellen::doeVoorstel(c, *voorstel) : Result<qint64>::success(0);
    });
    if (!done.ok())
        return Result<TeamView>::from(done);
    auto out = team(actor, id);
    if (out.ok())
        out.value->voorstelId = *done.value;
    return out;
}

Result<Pagina<CaseloadRegel>> Beheer::caseloads(const Actor &actor, std::optional<qint64> medewerkerId, int limit, int offset)
{
    if (!mayManage(actor))
        return alleenBeheerders<Pagina<CaseloadRegel>>();
    const QString where = medewerkerId ? QStringLiteral(" WHERE c.medewerker_id = :m") : QString();
    const QString from = QStringLiteral(" FROM caseload c JOIN users u ON u.id = c.medewerker_id"
                                        " JOIN inwoners i ON i.id = c.inwoner_id");
    Sql count(ctx_.db, QStringLiteral("SELECT COUNT(*)") + from + where);
    if (medewerkerId)
        count.bind(QStringLiteral(":m"), *medewerkerId);
    if (!count.exec() || !count.next())
        return storageFailure<Pagina<CaseloadRegel>>(count.error());
    Pagina<CaseloadRegel> out;
    out.totaal = static_cast<int>(count.int64(0));
    Sql q(ctx_.db, QStringLiteral("SELECT c.medewerker_id, u.display_name, i.public_id, c.sinds") + from + where
                       + QStringLiteral(" ORDER BY u.display_name, i.public_id LIMIT :n OFFSET :o"));
    if (medewerkerId)
        q.bind(QStringLiteral(":m"), *medewerkerId);
    q.bind(QStringLiteral(":n"), qBound(1, limit, kMaxLimit)).bind(QStringLiteral(":o"), qMax(0, offset));
    if (!q.exec())
        return storageFailure<Pagina<CaseloadRegel>>(q.error());
    while (q.next())
        out.items.append(CaseloadRegel{q.int64(0), q.text(1), q.text(2), storage::fromDbTime(q.text(3)), 0});
    return Result<Pagina<CaseloadRegel>>::success(out);
}

Result<CaseloadRegel> Beheer::koppel(const Actor &actor, qint64 medewerkerId, const QString &inwonerPseudonym)
{
    if (!mayManage(actor))
        return alleenBeheerders<CaseloadRegel>();
    const auto medewerker = gebruiker(actor, medewerkerId);
    if (!medewerker.ok() || medewerker.value->role != Role::Medewerker || !medewerker.value->actief)
        return invalid<CaseloadRegel>(QStringLiteral("medewerkerId"), QStringLiteral("Kies een actieve medewerker."));
    const auto inwonerId = inwonerIdVoorPseudonym(ctx_, inwonerPseudonym);
    if (!inwonerId)
        return invalid<CaseloadRegel>(QStringLiteral("inwoner"), QStringLiteral("Onbekende inwoner."));
    CaseloadRegel regel{medewerkerId, medewerker.value->displayName, inwonerPseudonym, ctx_.now(), 0};
    // An account whose credentials this beheerder set could be the beheerder at the
    // keyboard: its caseload waits for a teamleider of the inwoner's team.
    if (Voorstellen(ctx_).eigenAccount(actor, medewerkerId)) {
        const auto gedaan = UnitOfWork(ctx_).run<qint64>(actor, [&](Change &c) -> Result<qint64> {
            Sql teamVan(c.db(), QStringLiteral("SELECT team_id FROM inwoners WHERE id = :i"));
            teamVan.bind(QStringLiteral(":i"), *inwonerId);
            if (!teamVan.exec() || !teamVan.next())
                return storageFailure<qint64>(teamVan.error());
            return Voorstellen::doeVoorstel(
                c, Voorstel{0, QStringLiteral("caseload"), teamVan.int64(0), std::nullopt, medewerkerId, inwonerPseudonym, 0, {}, QString()});
        });
        if (!gedaan.ok())
            return Result<CaseloadRegel>::from(gedaan);
        regel.voorstelId = *gedaan.value;
        return Result<CaseloadRegel>::success(regel);
    }
    const auto done = Organisatie(ctx_).koppelCaseload(actor, medewerkerId, *inwonerId);
    if (!done.ok())
        return Result<CaseloadRegel>::from(done);
    return Result<CaseloadRegel>::success(regel);
}

Result<bool> Beheer::ontkoppel(const Actor &actor, qint64 medewerkerId, const QString &inwonerPseudonym)
{
    if (!mayManage(actor))
        return alleenBeheerders<bool>();
    const auto inwonerId = inwonerIdVoorPseudonym(ctx_, inwonerPseudonym);
    if (!inwonerId)
        return notFound<bool>();
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        Sql q(c.db(), QStringLiteral("DELETE FROM caseload WHERE medewerker_id = :m AND inwoner_id = :i"));
        q.bind(QStringLiteral(":m"), medewerkerId).bind(QStringLiteral(":i"), *inwonerId);
        if (!q.exec())
            return storageFailure<bool>(q.error());
        if (q.numRowsAffected() != 1)
            return notFound<bool>();
        c.audit(audit::actions::CaseloadGewijzigd, inwonerPseudonym, QStringLiteral("user"),
                QString::number(medewerkerId), QJsonObject{{QStringLiteral("ontkoppeld"), true}});
        return Result<bool>::success(true);
    });
}

Result<QList<UitgaandBericht>> Beheer::uitgaandeBerichten(const Actor &actor, const QString &status, int limit)
{
    if (!mayManage(actor))
        return alleenBeheerders<QList<UitgaandBericht>>();
    if (status != QLatin1String("mislukt") && status != QLatin1String("nieuw") && status != QLatin1String("verzonden"))
        return invalid<QList<UitgaandBericht>>(QStringLiteral("status"), QStringLiteral("Kies mislukt, nieuw of verzonden."));
    QList<UitgaandBericht> out;
    for (const outbox::Message &m : outbox::list(ctx_.db, status, qBound(1, limit, kMaxLimit)))
        out.append(UitgaandBericht{m.id, m.topic, m.status, m.lastError.left(500), m.attempts, m.createdAt, m.nextAttemptAt});
    return Result<QList<UitgaandBericht>>::success(out);
}

Result<UitgaandBericht> Beheer::opnieuw(const Actor &actor, qint64 berichtId)
{
    if (!mayManage(actor))
        return alleenBeheerders<UitgaandBericht>();
    const auto done = UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        if (!outbox::retryNow(c.db(), berichtId, c.now()))
            return Result<bool>::failure(ErrorCode::Conflict, QStringLiteral("Dit bericht is niet mislukt of bestaat niet."));
        c.audit(kBerichtOpnieuw, QString(), QStringLiteral("outbox"), QString::number(berichtId));
        return Result<bool>::success(true);
    });
    if (!done.ok())
        return Result<UitgaandBericht>::from(done);
    for (const outbox::Message &m : outbox::list(ctx_.db, QStringLiteral("nieuw"), kMaxLimit)) {
        if (m.id == berichtId)
            return Result<UitgaandBericht>::success(
                UitgaandBericht{m.id, m.topic, m.status, m.lastError.left(500), m.attempts, m.createdAt, m.nextAttemptAt});
    }
    return Result<UitgaandBericht>::success(UitgaandBericht{berichtId, {}, QStringLiteral("nieuw"), {}, 0, {}, ctx_.now()});
}

} // namespace regie::services
