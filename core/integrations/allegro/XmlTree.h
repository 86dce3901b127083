#pragma once
// A small element tree read with QXmlStreamReader under hard limits. SOAP answers from
// Allegro are small (kilobytes); a document that is larger, deeper or busier than the
// limits is refused before it can cost memory. DTDs are refused outright, so entity
// expansion attacks never start.

#include "integrations/allegro/AllegroError.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QString>

#include <vector>

namespace regie::allegro {

struct XmlLimits {
    qsizetype maxDocumentBytes = 8 * 1024 * 1024;
    int maxDepth = 32;
    qsizetype maxElements = 200'000;
    qsizetype maxTextChars = 1024 * 1024; // per element
};

struct XmlNode {
    QString ns;   // namespace URI (prefix-agnostic)
    QString name; // local name
    QString text; // character data of a leaf; empty for elements with children
    std::vector<XmlNode> children;

    bool isLeaf() const { return children.empty(); }
    const XmlNode *child(QStringView localName) const; // first child with that local name
};

Result<XmlNode> parseXmlTree(QByteArrayView document, const XmlLimits &limits = {});

// Serialises `root` with the given prefix for each namespace used. The namespaces that
// appear are declared on the root element.
struct XmlPrefix {
    QString ns;
    QString prefix;
};
QByteArray writeXmlTree(const XmlNode &root, const std::vector<XmlPrefix> &prefixes);

} // namespace regie::allegro
