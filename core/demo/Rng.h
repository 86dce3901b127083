#pragma once
// The demo generator's only source of chance: SplitMix64, written out here rather than
// taken from <random>, because the standard distributions differ between library
// implementations and the same seed must give the same households on every platform.

#include <QtCore/QtGlobal>

#include <cstddef>
#include <iterator>

namespace regie::demo {

class Rng {
public:
    explicit Rng(quint64 seed) : state_(seed) {}
    // An independent stream for one part of the data (a household, the staff list), so
    // adding or reordering parts elsewhere does not change it.
    static Rng voor(quint64 seed, quint64 stroom, quint64 index)
    {
        Rng mixer(seed ^ (stroom * 0xD1B54A32D192ED03ULL));
        mixer.state_ ^= index * 0x9E3779B97F4A7C15ULL;
        return Rng(mixer.volgende());
    }

    quint64 volgende()
    {
        state_ += 0x9E3779B97F4A7C15ULL;
        quint64 z = state_;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // Uniform in [laag, hoog], both inclusive; rejection keeps it free of modulo bias.
    qint64 bereik(qint64 laag, qint64 hoog)
    {
        if (hoog <= laag)
            return laag;
        const quint64 breedte = static_cast<quint64>(hoog - laag) + 1U;
        const quint64 grens = (~quint64{0}) - ((~quint64{0}) % breedte);
        quint64 r = volgende();
        for (int poging = 0; r >= grens && poging < 64; ++poging)
            r = volgende();
        return laag + static_cast<qint64>(r % breedte);
    }
    int bereik(int laag, int hoog) { return static_cast<int>(bereik(qint64{laag}, qint64{hoog})); }
    bool kans(int procent) { return bereik(0, 99) < procent; }
    template <typename List>
    const auto &kies(const List &lijst)
    {
        return *(std::begin(lijst) + bereik(qint64{0}, static_cast<qint64>(lijst.size()) - 1));
    }
    template <typename T, std::size_t N>
    const T &kies(const T (&lijst)[N])
    {
        return lijst[static_cast<std::size_t>(bereik(qint64{0}, static_cast<qint64>(N) - 1))];
    }

private:
    quint64 state_;
};

} // namespace regie::demo
