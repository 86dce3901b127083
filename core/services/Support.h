#pragma once
// Small pieces every service uses in the same way: auditing inside the open transaction,
// auditing a denial in a transaction of its own (the failed one is rolled back), and
// finding an inwoner's pseudonym for the trail.

#include "services/ServiceContext.h"

#include "auth/Access.h"
#include "domain/Domain.h"

#include <QtCore/QJsonObject>

namespace regie::services {

// Inside the caller's open WriteTransaction.
bool auditInTx(ServiceContext &ctx, const Actor &actor, const QString &action, const QString &subject,
               const QString &objectType, const QString &objectId, const QJsonObject &details,
               QString *error);
// In its own transaction: for denials and failures that roll back the main change.
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

} // namespace regie::services
