// libFuzzer harness for what the zaaksysteem sends us: problem+json error bodies and
// notificaties on the webhook. Any bytes give a typed result, never a crash or hang.
#include "integrations/zgw/Notificaties.h"
#include "integrations/zgw/Problem.h"

#include <cstddef>
#include <cstdint>

using namespace regie::zgw;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const int status = size > 0 ? 400 + data[0] % 200 : 500;
    (void)parseProblem(status, body);
    const auto notification = parseNotification(body);
    if (notification)
        (void)notificationKey(*notification.value);
    (void)webhookAuthorized(body, QByteArrayView("Bearer fuzz"));
    return 0;
}
