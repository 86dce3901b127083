#pragma once
// After a new master key is added (crypto::KeyStore::rotateKeyFile), every encrypted field
// still under an older key is decrypted and encrypted again under the current one, and the
// look-up hashes beside them (bsn_hash, iban_hash) are made again under the current key.
// Batch by batch, each batch one unit of work with its audit event (sleutel.geroteerd), so
// a stop half-way leaves every row readable and a second run finishes the rest. The audit
// trail is hashed without the master key: rotating leaves the chain intact.
//
// A server that keeps running meanwhile still writes under the key it started with; run it
// again after the server restarted with the new key (rows already current are skipped).

#include "domain/Domain.h"
#include "services/ServiceContext.h"

namespace regie::services {

struct Rotatieverslag {
    int herversleuteld = 0;  // fields now under the current key
    int alActueel = 0;       // already were
    int onleesbaar = 0;      // could not be decrypted with any key: left as they are
    quint8 sleutel = 0;      // the current key id
};

class Sleutelrotatie {
public:
    static constexpr int kBatch = 200;

    explicit Sleutelrotatie(ServiceContext &context) : ctx_(context) {}
    // Beheerder or systeem.
    Result<Rotatieverslag> herversleutel(const Actor &actor);

private:
    struct Veld;
    Result<bool> batch(const Actor &actor, const Veld &veld, qint64 *vanafId, bool *klaar, Rotatieverslag *verslag);
    ServiceContext &ctx_;
};

} // namespace regie::services
