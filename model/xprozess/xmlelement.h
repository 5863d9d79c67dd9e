#pragma once
// A small read-only element tree of an XProzess message (QXmlStreamReader underneath): names,
// namespaces, attributes, text and the line of each element, so that the reader can walk the
// message freely and name the line of what is wrong. Comments and processing instructions
// are dropped; XProzess carries nothing in them. writeElement() writes an element out again with
// its prefixes, attributes and text (the white space around a leaf's text included), which is
// how Amtsweg keeps the parts of a message it does not understand (foreigncontent.h).

#include <QString>
#include <QXmlStreamAttributes>
#include <QXmlStreamNamespaceDeclarations>

#include <memory>
#include <vector>

class QIODevice;
class QXmlStreamWriter;

namespace amtsweg::xprozess {

struct XmlElement
{
    QString ns, name; ///< namespace URI and local name
    QString prefix;   ///< the prefix the file used ("" for the default namespace)
    QXmlStreamNamespaceDeclarations namespaceDeclarations; ///< the ones on this element
    QXmlStreamAttributes attributes;
    QString text; ///< the element's own character data, trimmed
    QString leading, trailing; ///< the white space trimmed off a leaf's text
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

/// Writes `e` and its subtree. With `declareScope`, the namespaces of `e` and of its attributes
/// are declared on it with the file's prefixes (a fragment that stands alone); without, the
/// writer's scope must bind them (a default namespace declaration of `e` that repeats
/// `scopeDefault` is left out).
void writeElement(QXmlStreamWriter &w, const XmlElement &e, bool declareScope,
                  const QString &scopeDefault = {});
/// `e` as a standalone XML fragment (no XML declaration, no indentation added).
QString serialize(const XmlElement &e);
/// Parses a whole document. `maxDepth` guards against absurdly nested input.
XmlParseResult parseXml(QIODevice *device, int maxDepth = 256);
/// The namespace URI and local name of the root element, read from the start only ("" when
/// none is found there).
std::pair<QString, QString> rootName(QIODevice *device);

} // namespace amtsweg::xprozess
