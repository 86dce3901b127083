#pragma once
// The generator of fictional households: a pure function of GeneratorParams. The same
// parameters give the same Dataset on every machine; nothing is read from the clock, the
// disk or the network. The demo (5 households) and the load tests (thousands) use it alike.

#include "demo/Dataset.h"

namespace regie::demo {

// Parameters as genereer() uses them: counts clamped to [1, kMax...], tot filled in.
GeneratorParams begrens(const GeneratorParams &params);

Dataset genereer(const GeneratorParams &params);

} // namespace regie::demo
