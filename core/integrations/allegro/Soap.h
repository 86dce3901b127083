#pragma once
// SOAP 1.1 envelopes in the RemObjects style Allegro speaks: body element
// "Service___Operation" (three underscores) in namespace http://tempuri.org/, the session
// in the header ROClientIDHeader/ID, endpoint {base}?service=Service. Reading is
// namespace-aware and prefix-agnostic: "v1:", "HNS:", "ro:" or a default namespace are all
// the same to it.

#include "integrations/allegro/AllegroError.h"
#include "integrations/allegro/XmlTree.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

namespace regie::allegro {

inline QString soapEnvelopeNs() { return QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/"); }
inline QString tempuriNs() { return QStringLiteral("http://tempuri.org/"); }

struct OperationName {
    QString service;   // "BBRService"
    QString operation; // "GetBBROverzicht"

    QString requestElement() const { return service + QStringLiteral("___") + operation; }
    QString responseElement() const { return requestElement() + QStringLiteral("Response"); }
    QString soapAction() const
    {
        return QStringLiteral("urn:KreditLibrary-") + service + u'#' + operation;
    }
    bool operator==(const OperationName &) const = default;
};

// The operation element of a parsed envelope and the session it carried.
struct SoapMessage {
    QString sessionId;   // ROClientIDHeader/ID, empty when absent
    XmlNode operation;   // e.g. {tempuri}BBRService___GetBBROverzichtResponse
};

// Envelope -> SoapMessage. A SOAP Fault becomes Error{SoapFault, faultCode, faultString}.
Result<SoapMessage> parseEnvelope(QByteArrayView document, const XmlLimits &limits = {});

// Wraps an operation element (children in tempuri) into an envelope with the session
// header when sessionId is not empty.
QByteArray writeEnvelope(const XmlNode &operation, const QString &sessionId);
QByteArray writeFault(const QString &faultCode, const QString &faultString);

// Splits "BBRService___GetBBROverzicht" (or "...Response") into its parts.
std::optional<OperationName> splitOperationElement(const QString &element);

} // namespace regie::allegro
