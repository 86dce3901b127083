#include "auth/Access.h"

namespace regie::auth {

using storage::Sql;

namespace {

bool inCaseload(storage::Database &db, qint64 medewerkerId, qint64 inwonerId)
{
    Sql q(db, QStringLiteral("SELECT 1 FROM caseload WHERE medewerker_id = :m AND inwoner_id = :i"));
    q.bind(QStringLiteral(":m"), medewerkerId).bind(QStringLiteral(":i"), inwonerId);
    return q.exec() && q.next();
}

bool inTeam(storage::Database &db, qint64 teamId, qint64 inwonerId)
{
    Sql q(db, QStringLiteral("SELECT 1 FROM inwoners WHERE id = :i AND team_id = :t"));
    q.bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":t"), teamId);
    return q.exec() && q.next();
}

bool hasConsent(storage::Database &db, qint64 ketenpartnerId, qint64 inwonerId)
{
    // A deactivated ketenpartner's consent is dormant: it reads nothing, whatever token or
    // session it still holds.
    Sql q(db, QStringLiteral("SELECT 1 FROM toestemmingen t JOIN users u ON u.id = t.ketenpartner_id"
                             " WHERE t.ketenpartner_id = :k AND t.inwoner_id = :i AND t.ingetrokken_at IS NULL"
                             " AND u.active = 1"));
    q.bind(QStringLiteral(":k"), ketenpartnerId).bind(QStringLiteral(":i"), inwonerId);
    return q.exec() && q.next();
}

bool actsOnOwnCase(storage::Database &db, const Actor &actor, qint64 inwonerId)
{
    if (actor.role == Role::Medewerker)
        return inCaseload(db, actor.userId, inwonerId);
    if (actor.role == Role::Teamleider)
        return actor.teamId != 0 && inTeam(db, actor.teamId, inwonerId);
    return false;
}

} // namespace

bool mag(storage::Database &db, const Actor &actor, Action action, qint64 inwonerId)
{
    if (inwonerId <= 0)
        return false;
    switch (actor.role) {
    case Role::Inwoner: {
        const bool self = actor.inwonerId == inwonerId;
        return self
               && (action == Action::LeesDossier || action == Action::DoeOpname
                   || action == Action::BeheerToestemming || action == Action::ExporteerGegevens);
    }
    case Role::Medewerker:
    case Role::Teamleider:
        return (action == Action::LeesDossier || action == Action::BeslisVerzoek
                || action == Action::WijzigAfspraken || action == Action::ExporteerGegevens)
               && actsOnOwnCase(db, actor, inwonerId);
    case Role::Ketenpartner:
        return action == Action::LeesDossier && hasConsent(db, actor.userId, inwonerId);
    case Role::Beheerder:
        return action == Action::BeheerInrichting;
    case Role::Systeem:
        return action != Action::DoeOpname && action != Action::BeslisVerzoek;
    }
    return false;
}

bool magAuditExporteren(const Actor &actor)
{
    return actor.role == Role::Teamleider || actor.role == Role::Beheerder;
}

bool magGebruikersBeheren(const Actor &actor) { return actor.role == Role::Beheerder; }

bool magWerkvoorraadZien(const Actor &actor)
{
    return actor.role == Role::Medewerker || actor.role == Role::Teamleider;
}

QString leesbareInwonersSql(const Actor &actor)
{
    switch (actor.role) {
    case Role::Inwoner:
        return QStringLiteral("SELECT id FROM inwoners WHERE id = :actor_inwoner");
    case Role::Medewerker:
        return QStringLiteral("SELECT inwoner_id FROM caseload WHERE medewerker_id = :actor");
    case Role::Teamleider:
        return QStringLiteral("SELECT id FROM inwoners WHERE team_id = :team");
    case Role::Ketenpartner:
        return QStringLiteral("SELECT t.inwoner_id FROM toestemmingen t JOIN users u ON u.id = t.ketenpartner_id"
                              " WHERE t.ketenpartner_id = :actor AND t.ingetrokken_at IS NULL AND u.active = 1");
    case Role::Beheerder:
    case Role::Systeem:
        break;
    }
    return QStringLiteral("SELECT id FROM inwoners WHERE 1 = 0");
}

QString toCode(Action action)
{
    switch (action) {
    case Action::LeesDossier:
        return QStringLiteral("lees_dossier");
    case Action::DoeOpname:
        return QStringLiteral("doe_opname");
    case Action::BeslisVerzoek:
        return QStringLiteral("beslis_verzoek");
    case Action::WijzigAfspraken:
        return QStringLiteral("wijzig_afspraken");
    case Action::BeheerToestemming:
        return QStringLiteral("beheer_toestemming");
    case Action::ExporteerGegevens:
        return QStringLiteral("exporteer_gegevens");
    case Action::BeheerInrichting:
        return QStringLiteral("beheer_inrichting");
    }
    return {};
}

} // namespace regie::auth
