#include "integrations/zgw/Problem.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>

namespace regie::zgw {

namespace {
// A hostile or broken server must not make us hold thousands of error entries.
constexpr qsizetype kMaxInvalidParams = 100;
constexpr qsizetype kMaxTextChars = 1000;

QString bounded(const QJsonValue &value)
{
    return value.toString().left(kMaxTextChars);
}

// Server texts may echo submitted values; a BSN (or any long number) must not travel on
// into our logs, so every run of eight or more digits is masked.
QString masked(const QJsonValue &value)
{
    static const QRegularExpression longNumber(QStringLiteral("\\d{8,}"));
    return bounded(value).replace(longNumber, QStringLiteral("•••"));
}
} // namespace

Error parseProblem(int httpStatus, const QByteArray &body)
{
    Error error;
    error.kind = ErrorKind::Http;
    error.httpStatus = httpStatus;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error.message = QStringLiteral("HTTP %1 without problem+json body").arg(httpStatus);
        return error;
    }
    const QJsonObject o = doc.object();
    if (error.httpStatus == 0)
        error.httpStatus = o.value(QStringLiteral("status")).toInt();
    error.code = bounded(o.value(QStringLiteral("code")));
    error.title = masked(o.value(QStringLiteral("title")));
    error.detail = masked(o.value(QStringLiteral("detail")));
    const QJsonArray params = o.value(QStringLiteral("invalidParams")).toArray();
    for (qsizetype i = 0; i < params.size() && i < kMaxInvalidParams; ++i) {
        const QJsonObject p = params.at(i).toObject();
        error.invalidParams.append(InvalidParam{bounded(p.value(QStringLiteral("name"))),
                                                bounded(p.value(QStringLiteral("code"))),
                                                masked(p.value(QStringLiteral("reason")))});
    }
    // The detail text of a real zaaksysteem may echo submitted values (a BSN in a
    // betrokkeneIdentificatie, say), so the loggable message is built from codes only.
    error.message = describe(error);
    return error;
}

QJsonObject problemJson(int httpStatus, const QString &code, const QString &title,
                        const QString &detail, const QString &instance,
                        const QList<InvalidParam> &invalidParams)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("about:blank")},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("status"), httpStatus},
                  {QStringLiteral("detail"), detail},
                  {QStringLiteral("instance"), instance}};
    if (httpStatus == 400) {
        QJsonArray params;
        for (const InvalidParam &p : invalidParams) {
            params.append(QJsonObject{{QStringLiteral("name"), p.name},
                                      {QStringLiteral("code"), p.code},
                                      {QStringLiteral("reason"), p.reason}});
        }
        o.insert(QStringLiteral("invalidParams"), params);
    }
    return o;
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QStringLiteral("none");
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::TooLarge: return QStringLiteral("too-large");
    case ErrorKind::Http: return QStringLiteral("http");
    case ErrorKind::BadResponse: return QStringLiteral("bad-response");
    case ErrorKind::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorKind::Conflict: return QStringLiteral("conflict");
    }
    return QStringLiteral("unknown");
}

QString describe(const Error &error)
{
    QString text = errorKindName(error.kind);
    if (error.httpStatus != 0)
        text += QStringLiteral(" ") + QString::number(error.httpStatus);
    if (!error.code.isEmpty())
        text += QStringLiteral(" code=") + error.code;
    for (const InvalidParam &p : error.invalidParams)
        text += QStringLiteral(" [") + p.name + QStringLiteral(":") + p.code + QStringLiteral("]");
    return text;
}

} // namespace regie::zgw
