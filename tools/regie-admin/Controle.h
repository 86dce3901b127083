#pragma once
// regie-admin check: the settings, the data folder, the key, the database and every
// configured koppeling (Allegro login, ZGW catalogue with the zaaktype, SMTP greeting,
// DigiD discovery), each answered in plain Dutch with what to do when it fails.

#include "Omgeving.h"

namespace regie::admin {

struct Bevinding {
    enum class Stand { Goed, Fout, Uit };
    Stand stand = Stand::Goed;
    QString onderdeel; // "Allegro"
    QString tekst;     // what was found
    QString oplossing; // what to do (Fout only)
};

int controleer(Omgeving &omgeving);

// Each check on its own, for the tests.
Bevinding controleerAllegro(const config::Values &values);
Bevinding controleerZgw(const config::Values &values);
Bevinding controleerSmtp(const config::Values &values);
Bevinding controleerDigid(const config::Values &values);

} // namespace regie::admin
