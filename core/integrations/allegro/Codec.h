#pragma once
// One description per record serves both directions: each type has a
//   template <class V> void visit(V &v, T &t) { v(u"Field", t.Field); ... }
// (see AllegroTypes.h). NodeReader fills a record from an XmlNode, NodeWriter builds an
// XmlNode from it, so the client, the simulator and the tests can never disagree about a
// field name.

#include "integrations/allegro/Amount.h"
#include "integrations/allegro/AllegroError.h"
#include "integrations/allegro/Soap.h"
#include "integrations/allegro/XmlTree.h"
#include "money/Money.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QString>

#include <vector>

namespace regie::allegro {

// A non-money xs:double such as a percentage, kept as its exact decimal text.
struct DecimalText {
    QString text = QStringLiteral("0");
    bool operator==(const DecimalText &) const = default;
};

// xs:dateTime without offset is Allegro's wall-clock time in Europe/Amsterdam. Delphi's
// zero date 1899-12-30T00:00:00 means "no date" and becomes a null QDateTime.
std::optional<QDateTime> parseAllegroDateTime(QStringView text);
QString formatAllegroDateTime(const QDateTime &value);

class NodeReader {
public:
    NodeReader(const XmlNode &node, AmountPolicy policy, QString path)
        : node_(node), policy_(policy), path_(std::move(path)) {}

    void operator()(QStringView name, QString &value);
    void operator()(QStringView name, qint32 &value);
    void operator()(QStringView name, qint64 &value);
    void operator()(QStringView name, bool &value);
    void operator()(QStringView name, Money &value);
    void operator()(QStringView name, QDateTime &value);
    void operator()(QStringView name, DecimalText &value);

    template <class T>
    void operator()(QStringView name, T &nested)
    {
        const XmlNode *n = node_.child(name);
        if (!n || error_.isError())
            return;
        NodeReader inner(*n, policy_, path_ + u'/' + name);
        visit(inner, nested);
        if (inner.error_.isError())
            error_ = inner.error_;
    }

    // A list element (e.g. Result) holding items named `item` (e.g. TBBRHeader).
    template <class T>
    void list(QStringView name, QStringView item, std::vector<T> &values)
    {
        const XmlNode *n = node_.child(name);
        if (!n || error_.isError())
            return;
        for (const XmlNode &c : n->children) {
            if (c.name != item) {
                fail(path_ + u'/' + name, QStringLiteral("unexpected element <%1>").arg(c.name));
                return;
            }
            T value{};
            NodeReader inner(c, policy_, path_ + u'/' + name + u'/' + item);
            visit(inner, value);
            if (inner.error_.isError()) {
                error_ = inner.error_;
                return;
            }
            values.push_back(std::move(value));
        }
    }

    const Error &error() const { return error_; }

private:
    const XmlNode *leaf(QStringView name);
    void fail(const QString &where, const QString &why);

    const XmlNode &node_;
    AmountPolicy policy_;
    QString path_;
    Error error_;
};

class NodeWriter {
public:
    explicit NodeWriter(XmlNode &node) : node_(node) {}

    void operator()(QStringView name, const QString &value) { add(name, value); }
    void operator()(QStringView name, qint32 value) { add(name, QString::number(value)); }
    void operator()(QStringView name, qint64 value) { add(name, QString::number(value)); }
    void operator()(QStringView name, bool value)
    {
        add(name, value ? QStringLiteral("true") : QStringLiteral("false"));
    }
    void operator()(QStringView name, Money value) { add(name, formatAmount(value)); }
    void operator()(QStringView name, const QDateTime &value) { add(name, formatAllegroDateTime(value)); }
    void operator()(QStringView name, const DecimalText &value) { add(name, value.text); }

    template <class T>
    void operator()(QStringView name, const T &nested)
    {
        XmlNode child{tempuriNs(), name.toString(), {}, {}};
        NodeWriter inner(child);
        visit(inner, const_cast<T &>(nested)); // visit() is shared with the reader; it never writes here
        node_.children.push_back(std::move(child));
    }

    template <class T>
    void list(QStringView name, QStringView item, const std::vector<T> &values)
    {
        XmlNode listNode{tempuriNs(), name.toString(), {}, {}};
        NodeWriter inner(listNode);
        for (const T &v : values)
            inner(item, v);
        node_.children.push_back(std::move(listNode));
    }

private:
    void add(QStringView name, QString text)
    {
        node_.children.push_back(XmlNode{tempuriNs(), name.toString(), std::move(text), {}});
    }
    XmlNode &node_;
};

// ---- whole operations --------------------------------------------------------------

template <class T>
XmlNode toOperationNode(const QString &element, const T &payload)
{
    XmlNode node{tempuriNs(), element, {}, {}};
    NodeWriter w(node);
    visit(w, const_cast<T &>(payload));
    return node;
}

template <class T>
Result<T> fromOperationNode(const XmlNode &node, const QString &expectedElement, AmountPolicy policy)
{
    if (node.name != expectedElement) {
        return Result<T>::failure(Error::make(
            Error::Kind::Parse,
            QCoreApplication::translate("Allegro", "Allegro answered a different operation: %1 instead of %2")
                .arg(node.name, expectedElement)));
    }
    T value{};
    NodeReader reader(node, policy, node.name);
    visit(reader, value);
    if (reader.error().isError())
        return Result<T>::failure(reader.error());
    return Result<T>::success(std::move(value));
}

// Client side: request envelope out, typed response in.
template <class Request>
QByteArray writeRequest(const OperationName &op, const Request &request, const QString &sessionId)
{
    return writeEnvelope(toOperationNode(op.requestElement(), request), sessionId);
}

template <class Response>
Result<Response> readResponse(const OperationName &op, QByteArrayView document,
                              const XmlLimits &limits = {},
                              AmountPolicy policy = AmountPolicy::TolerateBinaryNoise)
{
    auto message = parseEnvelope(document, limits);
    if (!message.ok())
        return Result<Response>::failure(message.error);
    return fromOperationNode<Response>(message.value->operation, op.responseElement(), policy);
}

// Server side (allegro-sim): typed request in, response envelope out. Requests are read
// with the exact policy: money that is about to move is never rounded.
template <class Request>
Result<Request> readRequest(const SoapMessage &message, const OperationName &op)
{
    return fromOperationNode<Request>(message.operation, op.requestElement(), AmountPolicy::Exact);
}

template <class Response>
QByteArray writeResponse(const OperationName &op, const Response &response, const QString &sessionId)
{
    return writeEnvelope(toOperationNode(op.responseElement(), response), sessionId);
}

} // namespace regie::allegro
