#pragma once
// Small pieces every service uses in the same way: checking access on a read (a denial is
// audited in a transaction of its own), and finding an inwoner's pseudonym for the trail.
// Changes go through services/UnitOfWork.h.

#include "services/ServiceContext.h"

#include "auth/Access.h"
#include "domain/Domain.h"

#include <QtCore/QJsonObject>

namespace regie::services {

// Inside the caller's open WriteTransaction; for code that does not run on the unit of work
// (yet). Services collect their events with Change::audit instead.
bool auditInTx(ServiceContext &ctx, const Actor &actor, const QString &action, const QString &subject,
               const QString &objectType, const QString &objectId, const QJsonObject &details,
               QString *error);
// In its own transaction (UnitOfWork::recordRefusal): for a denial on a read, where no
// change runs that could carry it.
void auditDenied(ServiceContext &ctx, const Actor &actor, const QString &action, const QString &subject,
                 const QString &objectType, const QString &objectId);

QString inwonerPseudonym(ServiceContext &ctx, qint64 inwonerId); // inwoners.public_id
std::optional<qint64> inwonerIdVoorPseudonym(ServiceContext &ctx, const QString &pseudonym); // the reverse
std::optional<qint64> inwonerIdForReservering(ServiceContext &ctx, qint64 reserveringId);

// Checks access; on denial writes the audit event and returns false. The caller answers
// NotFound for data of another inwoner, so nothing about its existence leaks.
bool checkAccess(ServiceContext &ctx, const Actor &actor, auth::Action action, qint64 inwonerId,
                 const QString &auditAction, const QString &objectType, const QString &objectId);

QString newPublicId(int bytes = 12); // random, URL-safe

// The staff users told about an inwoner's requests: the active medewerkers with the inwoner
// in their caseload, or, when there are none, the active teamleiders of the inwoner's team.
QList<qint64> verzoekOntvangers(storage::Database &db, qint64 inwonerId);

// Who may set up the organisation and dossiers and feed them (onboarding, demo data, the
// Allegro sync, statement imports): the beheerder and the system itself.
inline bool magInrichten(const Actor &actor) { return actor.role == Role::Systeem || actor.role == Role::Beheerder; }

// The value of users.demo for an account being created, as SQL with the placeholder :demo:
// 1 only when the demo loader asks (as the systeem actor, demoAccount()) and the store itself
// is a demo (opslag), so no code path can make a test-login account in a real store.
inline const QString kDemoAccountSql =
    QStringLiteral("CASE WHEN :demo = 1 AND EXISTS (SELECT 1 FROM opslag WHERE demo = 1) THEN 1 ELSE 0 END");
inline int demoAccount(const Actor &actor, bool gevraagd) { return gevraagd && actor.role == Role::Systeem ? 1 : 0; }

} // namespace regie::services
