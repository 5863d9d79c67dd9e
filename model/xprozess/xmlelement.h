#pragma once
// A small read-only element tree of an XProzess message (QXmlStreamReader underneath): names,
// namespaces, attributes, text and the line of each element, so that the reader can walk the
// message freely and name the line of what is wrong. Comments and processing instructions
// are dropped; XProzess carries nothing in them.

#include <QString>
#include <QXmlStreamAttributes>

#include <memory>
#include <vector>

class QIODevice;

namespace amtsweg::xprozess {

struct XmlElement
{
    QString ns, name; ///< namespace URI and local name
    QXmlStreamAttributes attributes;
    QString text; ///< the element's own character data, trimmed
    int line = 0;
    std::vector<XmlElement> children;

    /// The first child with this local name, or nullptr.
    const XmlElement *child(QStringView local) const;
    /// Every child with this local name, in order.
    std::vector<const XmlElement *> all(QStringView local) const;
    /// The text of the first child with this local name (empty when there is none).
    QString childText(QStringView local) const;
    /// The unqualified attribute's value (empty when absent).
    QString attribute(QStringView local) const;
};

struct XmlParseResult
{
    std::unique_ptr<XmlElement> root; ///< null when the XML is not well-formed
    QString error;
    int line = 0, column = 0; ///< where the error is
};

/// Parses a whole document. `maxDepth` guards against absurdly nested input.
XmlParseResult parseXml(QIODevice *device, int maxDepth = 256);
/// The namespace URI and local name of the root element, read from the start only ("" when
/// none is found there).
std::pair<QString, QString> rootName(QIODevice *device);

} // namespace amtsweg::xprozess
