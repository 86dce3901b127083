#pragma once
// Separation of duties for the beheerder: a change that could give the beheerder power over
// inwoners' money or data waits for a second person, a teamleider of the team concerned.
//
//   - a team's four-eyes limit (vier_ogen_grens): a beheerder's change is a proposal
//   - a caseload for an account whose password or second factor this beheerder set (created
//     it, or reset its credentials: they could log in with it): a proposal
// The teamleider of that team approves (the change is made then, in the same transaction)
// or refuses; the one who proposed can never decide. Proposing and deciding are audited
// (voorstel.gedaan, voorstel.besloten). A beheerder account never gets dossier access: its
// role cannot change to or from beheerder and it is never in a caseload (Beheer).

#include "domain/Domain.h"
#include "money/Money.h"
#include "services/ServiceContext.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace regie::services {

class Change;

struct Voorstel {
    qint64 id = 0;
    QString soort;                    // "vier_ogen_grens" | "caseload"
    qint64 teamId = 0;
    std::optional<Money> bedrag;      // vier_ogen_grens: the proposed limit
    qint64 medewerkerId = 0;          // caseload
    QString inwonerPseudonym;         // caseload
    qint64 voorgesteldDoor = 0;
    QDateTime voorgesteldOp;
    QString status;                   // "open" | "akkoord" | "afgewezen"
};

class Voorstellen {
public:
    static constexpr int kMaxOpenPerTeam = 100;

    explicit Voorstellen(ServiceContext &context) : ctx_(context) {}

    // Whether a beheerder's caseload change for this account needs a teamleider: the actor
    // created the account or set its password or second factor.
    bool eigenAccount(const Actor &actor, qint64 userId);

    // Written in the caller's change (Beheer's): the proposal and voorstel.gedaan.
    static Result<qint64> doeVoorstel(Change &c, const Voorstel &voorstel);

    // Open proposals of the teamleider's team (a beheerder: all open ones).
    Result<QList<Voorstel>> open(const Actor &actor);
    // A teamleider of the proposal's team, not its proposer; NotFound otherwise.
    Result<Voorstel> besluit(const Actor &actor, qint64 id, bool akkoord);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
