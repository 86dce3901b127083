#pragma once
// Checks a draft afspraak for the medewerker's editor, and guards evaluate(): an afspraak
// with any ValidatieFout is never applied.

#include "rules/Afspraak.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace regie::rules {

struct ValidatieFout {
    QString veld; // Afspraak field name, e.g. "maxPerWeekBedrag"
    QString code; // NEGATIEF, TE_GROOT, HOGER_DAN_WEEK, HOGER_DAN_MAAND, ONTBREEKT,
                  // OVERBODIG, ONGELDIG, VOOR_INGANGSDATUM
    QString tekst; // Dutch, for staff
    bool operator==(const ValidatieFout &) const = default;
};

// All problems, in field order; empty means the afspraak can be used.
QList<ValidatieFout> valideer(const Afspraak &afspraak);

} // namespace regie::rules
