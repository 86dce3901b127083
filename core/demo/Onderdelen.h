#pragma once
// The parts genereer() is assembled from; internal to the demo module.

#include "demo/Dataset.h"

namespace regie::demo {

// Stream numbers for Rng::voor, one per independent part of the data.
inline constexpr quint64 kStroomStaf = 1;
inline constexpr quint64 kStroomHuishouden = 2;

// Teams, vormen with their default afspraken, staff users and the reason catalogue.
void vulOrganisatie(Dataset &dataset);

// Scenario roles by household index: the first five households of every data set show
// the outcomes of the use case, so the demo and the tests find them in the same place.
enum class Rol { Gewoon, Vrij, NaAkkoord, NietToegestaan, OnvoldoendeSaldo, LeningAchterstand };
Rol rolVoorIndex(int index);
QString code(Rol rol);

// One household with its whole bank history; needs the organisation for team and caseload.
Huishouden maakHuishouden(const Dataset &organisatie, int index);

// The demo scenario this household shows, with an amount that fits its end balances.
std::optional<Scenario> scenarioVoor(const Huishouden &huishouden);

} // namespace regie::demo
