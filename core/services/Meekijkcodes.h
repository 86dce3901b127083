#pragma once
// A meekijker (a ketenpartner) is added with an invitation code, never by login name: the
// ketenpartner makes a code (maak) and gives it to the inwoner, who types it on
// /wie-mag-meekijken (gebruik). So nobody learns which login names exist by trying them.
//
//   - a code is random (kCodeTekens from an alphabet without look-alikes, about 59 bits),
//     works once and for kGeldig; only its SHA-256 is stored
//   - a wrong, used or expired code, or one of a deactivated ketenpartner, gets one answer
//   - a ketenpartner has at most kMaxOpen unused codes at a time
//   - making a code is audited (meekijkcode.gemaakt), using it is the consent
//     (toestemming.verleend, details via=code)

#include "domain/Domain.h"
#include "services/ServiceContext.h"

#include <QtCore/QDateTime>
#include <QtCore/QString>

#include <chrono>

namespace regie::services {

struct Meekijkcode {
    QString code;        // as shown: XXXX-XXXX-XXXX
    QDateTime verlooptOp;
};

class Meekijkcodes {
public:
    static constexpr std::chrono::hours kGeldig{7 * 24};
    static constexpr int kMaxOpen = 20;
    static constexpr int kCodeTekens = 12;

    explicit Meekijkcodes(ServiceContext &context) : ctx_(context) {}

    // For a ketenpartner only (Forbidden for anyone else).
    Result<Meekijkcode> maak(const Actor &actor);
    // The inwoner gives the code's ketenpartner consent to read along; returns the
    // toestemming's id. NotFound when the actor may not manage this inwoner's consents;
    // Invalid (field "ketenpartner") for any code that does not work.
    Result<qint64> gebruik(const Actor &actor, qint64 inwonerId, const QString &code);

    // What is compared: upper case, without spaces and dashes.
    static QString normaliseer(const QString &getypt);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
