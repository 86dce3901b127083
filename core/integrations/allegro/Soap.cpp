#include "integrations/allegro/Soap.h"

#include <QtCore/QCoreApplication>

namespace regie::allegro {
namespace {

Error structureError(const QString &detail)
{
    return Error::make(Error::Kind::Parse,
                       QCoreApplication::translate("Allegro", "Allegro sent an unexpected answer: %1")
                           .arg(detail));
}

const XmlNode *childIn(const XmlNode &node, const QString &ns, QStringView name)
{
    for (const auto &c : node.children) {
        if (c.ns == ns && c.name == name)
            return &c;
    }
    return nullptr;
}

// Fault children are unqualified in SOAP 1.1, but some stacks qualify them: accept both.
QString faultField(const XmlNode &fault, QStringView name)
{
    const XmlNode *n = fault.child(name);
    return n ? n->text.trimmed() : QString();
}

Error faultError(const XmlNode &fault)
{
    Error e = Error::make(Error::Kind::SoapFault, {});
    e.faultCode = redactPersonalData(faultField(fault, u"faultcode"));
    e.faultString = redactPersonalData(faultField(fault, u"faultstring"));
    e.message = QCoreApplication::translate("Allegro", "Allegro reported an error: %1 (%2)")
                    .arg(e.faultString, e.faultCode);
    return e;
}

// Everything below the operation must be ours (or unqualified): a foreign namespace
// means we are not reading the contract we think we are.
bool onlyOurNamespace(const XmlNode &node, int depth)
{
    if (depth > 64)
        return false;
    for (const auto &c : node.children) {
        if ((!c.ns.isEmpty() && c.ns != tempuriNs()) || !onlyOurNamespace(c, depth + 1))
            return false;
    }
    return true;
}

QString sessionFrom(const XmlNode &envelope)
{
    const XmlNode *header = childIn(envelope, soapEnvelopeNs(), u"Header");
    if (!header)
        return {};
    const XmlNode *client = childIn(*header, tempuriNs(), u"ROClientIDHeader");
    const XmlNode *id = client ? client->child(u"ID") : nullptr;
    return id ? id->text.trimmed() : QString();
}

} // namespace

Result<SoapMessage> parseEnvelope(QByteArrayView document, const XmlLimits &limits)
{
    auto tree = parseXmlTree(document, limits);
    if (!tree.ok())
        return Result<SoapMessage>::failure(tree.error);
    const XmlNode &envelope = *tree.value;
    if (envelope.ns != soapEnvelopeNs() || envelope.name != u"Envelope")
        return Result<SoapMessage>::failure(structureError(QStringLiteral("not a SOAP 1.1 envelope")));
    const XmlNode *body = childIn(envelope, soapEnvelopeNs(), u"Body");
    if (!body || body->children.empty())
        return Result<SoapMessage>::failure(structureError(QStringLiteral("no SOAP body")));
    const XmlNode &first = body->children.front();
    if (first.ns == soapEnvelopeNs() && first.name == u"Fault")
        return Result<SoapMessage>::failure(faultError(first));
    if (first.ns != tempuriNs())
        return Result<SoapMessage>::failure(structureError(QStringLiteral("body element in an unknown namespace")));
    if (!onlyOurNamespace(first, 0))
        return Result<SoapMessage>::failure(structureError(QStringLiteral("element in an unknown namespace")));
    return Result<SoapMessage>::success(SoapMessage{sessionFrom(envelope), first});
}

QByteArray writeEnvelope(const XmlNode &operation, const QString &sessionId)
{
    XmlNode envelope{soapEnvelopeNs(), QStringLiteral("Envelope"), {}, {}};
    if (!sessionId.isEmpty()) {
        XmlNode id{tempuriNs(), QStringLiteral("ID"), sessionId, {}};
        XmlNode client{tempuriNs(), QStringLiteral("ROClientIDHeader"), {}, {std::move(id)}};
        envelope.children.push_back(XmlNode{soapEnvelopeNs(), QStringLiteral("Header"), {}, {std::move(client)}});
    }
    envelope.children.push_back(XmlNode{soapEnvelopeNs(), QStringLiteral("Body"), {}, {operation}});
    return writeXmlTree(envelope, {{soapEnvelopeNs(), QStringLiteral("SOAP-ENV")},
                                   {tempuriNs(), QStringLiteral("v1")}});
}

QByteArray writeFault(const QString &faultCode, const QString &faultString)
{
    XmlNode fault{soapEnvelopeNs(), QStringLiteral("Fault"), {}, {}};
    fault.children.push_back(XmlNode{{}, QStringLiteral("faultcode"), faultCode, {}});
    fault.children.push_back(XmlNode{{}, QStringLiteral("faultstring"), faultString, {}});
    XmlNode body{soapEnvelopeNs(), QStringLiteral("Body"), {}, {std::move(fault)}};
    XmlNode envelope{soapEnvelopeNs(), QStringLiteral("Envelope"), {}, {std::move(body)}};
    return writeXmlTree(envelope, {{soapEnvelopeNs(), QStringLiteral("SOAP-ENV")}});
}

std::optional<OperationName> splitOperationElement(const QString &element)
{
    QString name = element;
    if (name.endsWith(QLatin1String("Response")))
        name.chop(8);
    const qsizetype sep = name.indexOf(QLatin1String("___"));
    if (sep <= 0 || sep + 3 >= name.size())
        return std::nullopt;
    return OperationName{name.left(sep), name.mid(sep + 3)};
}

} // namespace regie::allegro
