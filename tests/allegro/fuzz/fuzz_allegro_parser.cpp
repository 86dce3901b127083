// libFuzzer harness: any byte string through the envelope parser, the typed readers of
// the operations with the richest records, and the amount parser. The property checked is
// "never crash, never hang, never exceed the limits"; results are ignored.
//   ./fuzz_allegro_parser -max_total_time=60 CORPUS_DIR ../shared/specs/allegro/examples
#include "integrations/allegro/AssumedOperations.h"
#include "integrations/allegro/Codec.h"
#include "integrations/allegro/Operations.h"

#include <cstddef>
#include <cstdint>

using namespace regie::allegro;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    XmlLimits limits;
    limits.maxDocumentBytes = 1024 * 1024;
    (void)readResponse<PLResponse>(ops::kGetPL.name, bytes, limits);
    (void)readResponse<BerichtenResponse>(ops::kGetBerichten.name, bytes, limits);
    (void)readResponse<BBROverzichtResponse>(ops::kGetBBROverzicht.name, bytes, limits);
    (void)readResponse<AfschriftenResponse>(assumed::kGetAfschriften.name, bytes, limits, AmountPolicy::Exact);
    if (size < 256) {
        const QString text = QString::fromUtf8(bytes);
        (void)parseAmount(text, AmountPolicy::Exact);
        (void)parseAmount(text, AmountPolicy::TolerateBinaryNoise);
        (void)parseAllegroDateTime(text);
        (void)redactPersonalData(text);
    }
    return 0;
}
