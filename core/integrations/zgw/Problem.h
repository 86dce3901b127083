#pragma once
// ZGW APIs answer every 4xx/5xx with application/problem+json (schemas Fout and
// ValidatieFout). This turns such a body into a typed Error.

#include "integrations/zgw/ZgwTypes.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>

namespace regie::zgw {

// httpStatus is the status line's code; the body's own "status" is only a fallback.
// A body that is not problem+json still yields an Http error with the status.
Error parseProblem(int httpStatus, const QByteArray &body);

// The inverse, for zgw-sim and tests: a Fout/ValidatieFout object.
QJsonObject problemJson(int httpStatus, const QString &code, const QString &title,
                        const QString &detail, const QString &instance,
                        const QList<InvalidParam> &invalidParams = {});

} // namespace regie::zgw
