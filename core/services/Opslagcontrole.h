#pragma once
// Is the store whole? The audit chain verifies from the first event to the last, and every
// inwoner's ledger balances (bank == algemeen + reserveringen, nothing below zero). For
// regie-admin after a restore and for `verify-audit`; reads only, the caller audits.

#include "audit/AuditLog.h"
#include "domain/Domain.h"
#include "services/ServiceContext.h"

namespace regie::services {

struct Opslagverslag {
    audit::VerifyResult audit;
    int inwoners = 0;           // ledgers checked
    int grootboekFouten = 0;    // ledgers that do not balance
    QString eersteProbleem;     // of the first, without personal data
    bool heel() const { return audit.intact && grootboekFouten == 0; }
};

class Opslagcontrole {
public:
    static constexpr int kMaxInwoners = 1'000'000;

    explicit Opslagcontrole(ServiceContext &context) : ctx_(context) {}
    // Beheerder or systeem.
    Result<Opslagverslag> controleer(const Actor &actor);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
