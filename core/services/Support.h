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

} // namespace regie::services
