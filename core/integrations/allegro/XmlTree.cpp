#include "integrations/allegro/XmlTree.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QXmlStreamReader>
#include <QtCore/QXmlStreamWriter>

namespace regie::allegro {
namespace {

Error parseError(const QString &detail)
{
    return Error::make(Error::Kind::Parse,
                       QCoreApplication::translate("Allegro", "Allegro sent an unreadable answer: %1")
                           .arg(detail));
}

Error limitError(const QString &detail)
{
    return Error::make(Error::Kind::TooLarge,
                       QCoreApplication::translate("Allegro", "Allegro's answer is too large: %1")
                           .arg(detail));
}

class TreeBuilder {
public:
    explicit TreeBuilder(const XmlLimits &limits) : limits_(limits) {}

    Result<XmlNode> run(QByteArrayView document)
    {
        // fromRawData: no copy; the view outlives the reader.
        const QByteArray bytes = QByteArray::fromRawData(document.data(), document.size());
        QXmlStreamReader reader(bytes);
        reader.setNamespaceProcessing(true);
        while (!reader.atEnd()) {
            const auto token = reader.readNext();
            if (auto e = handle(reader, token); e.isError())
                return Result<XmlNode>::failure(e);
        }
        if (reader.hasError())
            return Result<XmlNode>::failure(parseError(
                QStringLiteral("%1 (line %2)").arg(reader.errorString()).arg(reader.lineNumber())));
        if (!root_.has_value())
            return Result<XmlNode>::failure(parseError(QStringLiteral("no root element")));
        return Result<XmlNode>::success(std::move(*root_));
    }

private:
    Error handle(QXmlStreamReader &reader, QXmlStreamReader::TokenType token)
    {
        switch (token) {
        case QXmlStreamReader::DTD:
            return parseError(QStringLiteral("a DTD is not allowed"));
        case QXmlStreamReader::EntityReference:
            return parseError(QStringLiteral("unknown entity"));
        case QXmlStreamReader::StartElement:
            return start(reader);
        case QXmlStreamReader::EndElement:
            return end();
        case QXmlStreamReader::Characters:
            return characters(reader);
        default:
            return {};
        }
    }

    Error start(QXmlStreamReader &reader)
    {
        if (++elements_ > limits_.maxElements)
            return limitError(QStringLiteral("more than %1 elements").arg(limits_.maxElements));
        if (static_cast<int>(stack_.size()) >= limits_.maxDepth)
            return limitError(QStringLiteral("nested deeper than %1").arg(limits_.maxDepth));
        XmlNode node;
        node.ns = reader.namespaceUri().toString();
        node.name = reader.name().toString();
        stack_.push_back(std::move(node));
        return {};
    }

    Error end()
    {
        XmlNode done = std::move(stack_.back());
        stack_.pop_back();
        if (!done.children.empty())
            done.text.clear(); // whitespace between child elements carries no meaning
        if (stack_.empty())
            root_ = std::move(done);
        else
            stack_.back().children.push_back(std::move(done));
        return {};
    }

    Error characters(QXmlStreamReader &reader)
    {
        if (stack_.empty())
            return {};
        XmlNode &node = stack_.back();
        if (node.text.size() + reader.text().size() > limits_.maxTextChars)
            return limitError(QStringLiteral("a text longer than %1 characters").arg(limits_.maxTextChars));
        node.text += reader.text();
        return {};
    }

    const XmlLimits &limits_;
    std::vector<XmlNode> stack_;
    std::optional<XmlNode> root_;
    qsizetype elements_ = 0;
};

void writeNode(QXmlStreamWriter &w, const XmlNode &node, bool isRoot,
               const std::vector<XmlPrefix> &prefixes)
{
    // Declared before the root start tag so the root itself uses the chosen prefix.
    if (isRoot) {
        for (const auto &p : prefixes)
            w.writeNamespace(p.ns, p.prefix);
    }
    w.writeStartElement(node.ns, node.name);
    if (node.children.empty())
        w.writeCharacters(node.text);
    for (const auto &c : node.children)
        writeNode(w, c, false, prefixes);
    w.writeEndElement();
}

} // namespace

const XmlNode *XmlNode::child(QStringView localName) const
{
    for (const auto &c : children) {
        if (c.name == localName)
            return &c;
    }
    return nullptr;
}

Result<XmlNode> parseXmlTree(QByteArrayView document, const XmlLimits &limits)
{
    if (document.size() > limits.maxDocumentBytes)
        return Result<XmlNode>::failure(
            limitError(QStringLiteral("%1 bytes, the limit is %2").arg(document.size()).arg(limits.maxDocumentBytes)));
    if (document.trimmed().isEmpty())
        return Result<XmlNode>::failure(parseError(QStringLiteral("empty document")));
    return TreeBuilder(limits).run(document);
}

QByteArray writeXmlTree(const XmlNode &root, const std::vector<XmlPrefix> &prefixes)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.writeStartDocument();
    writeNode(w, root, true, prefixes);
    w.writeEndDocument();
    return out;
}

} // namespace regie::allegro
