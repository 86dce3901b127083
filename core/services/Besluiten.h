#pragma once
// What a medewerker needs around a decision: the reason catalogue and a preview of the exact
// B1 message the inwoner will receive, before anything is sent. The preview runs the same
// checks as Opnames::beslis (access, state, reason, four eyes) without writing anything.

#include "domain/Domain.h"
#include "money/Money.h"
#include "services/Opnames.h"
#include "services/ServiceContext.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace regie::services {

struct RedenView {
    QString code;
    QString soort;            // "akkoord" | "weigering"
    QString tekstB1;          // what the inwoner reads
    QString tekstMedewerker;  // the catalogue text for staff
};

struct BesluitVoorbeeld {
    bool akkoord = false;
    // False for the first approval of a four-eyes request: the inwoner hears nothing until
    // the second medewerker decides.
    bool berichtAanInwoner = true;
    bool vierOgenEersteStap = false;
    QString titel;            // the melding's title, B1
    QString tekst;            // the melding's text, B1, byte for byte what beslis() stores
};

// The inwoner's melding text for a decision, shared with Opnames::beslis so the preview can
// never differ from what is sent. The strings are in translation context "Opnames".
QString besluitTitelB1(bool akkoord);
QString besluitTekstB1(bool akkoord, Money bedrag, const QString &reserveringNaam, const QString &redenTekstB1,
                       const QString &extraToelichting);

class Besluiten {
public:
    static constexpr int kMaxExtraToelichting = 1000;

    explicit Besluiten(ServiceContext &context);

    // Active reasons, optionally of one soort; staff only.
    Result<QList<RedenView>> redenen(const Actor &actor, const QString &soort = {});
    Result<BesluitVoorbeeld> voorbeeld(const Actor &actor, const QString &publicId, const BesluitInvoer &besluit);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
