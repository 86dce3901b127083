// libFuzzer harness for the camt.053 import: any bytes must give a document or a typed
// error, never a crash, hang or unbounded allocation. Limits are lowered so the fuzzer
// reaches the "too many/too deep" paths with small inputs.
#include "integrations/sepa/Camt053.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace regie::sepa;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    CamtLimits limits;
    limits.maxBytes = 1024 * 1024;
    limits.maxStatements = 8;
    limits.maxEntries = 64;
    const CamtParseResult result = parseCamt053(xml, limits);
    if (result.ok() == (result.error.code != CamtError::None))
        std::abort(); // a document and an error at once (or neither) is a parser bug
    if (result.ok()) {
        // Dedup keys must be stable: parsing the same bytes twice yields the same keys.
        const CamtParseResult again = parseCamt053(xml, limits);
        const QList<CamtEntry> first = newCamtEntries(*result.document, {});
        const QList<CamtEntry> second = newCamtEntries(*again.document, {});
        if (first.size() != second.size())
            std::abort();
        for (qsizetype i = 0; i < first.size(); ++i) {
            if (first[i].dedupKey != second[i].dedupKey)
                std::abort();
        }
    } else {
        (void)result.error.message();
    }
    return 0;
}
