// libFuzzer harness for the pain.001 reader (used to check a file before it goes to the
// bank): any bytes give a parsed document or an error text, never a crash or hang.
#include "integrations/sepa/Pain001.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace regie::sepa;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const Pain001ParseResult result = parsePain001(xml);
    if (result.ok() != result.error.isEmpty())
        std::abort(); // exactly one of document and error
    if (result.ok() && result.document->payments.size() != result.document->numberOfTransactions)
        std::abort(); // the reader promises NbOfTxs was checked
    return 0;
}
