#include "xprozess/xmlelement.h"

#include <QIODevice>
#include <QXmlStreamReader>

namespace amtsweg::xprozess {

const XmlElement *XmlElement::child(QStringView local) const
{
    for (const XmlElement &c : children)
        if (c.name == local)
            return &c;
    return nullptr;
}

std::vector<const XmlElement *> XmlElement::all(QStringView local) const
{
    std::vector<const XmlElement *> result;
    for (const XmlElement &c : children)
        if (c.name == local)
            result.push_back(&c);
    return result;
}

QString XmlElement::childText(QStringView local) const
{
    const XmlElement *c = child(local);
    return c ? c->text : QString();
}

QString XmlElement::attribute(QStringView local) const
{
    for (const QXmlStreamAttribute &a : attributes)
        if (a.namespaceUri().isEmpty() && a.name() == local)
            return a.value().toString().trimmed();
    return {};
}

XmlParseResult parseXml(QIODevice *device, int maxDepth)
{
    XmlParseResult result;
    QXmlStreamReader xml(device);
    std::vector<XmlElement *> stack;
    auto root = std::make_unique<XmlElement>();
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (int(stack.size()) >= maxDepth) {
                xml.raiseError(QStringLiteral("elements nested deeper than %1").arg(maxDepth));
                break;
            }
            XmlElement *e = root.get();
            if (!stack.empty()) {
                stack.back()->children.emplace_back();
                e = &stack.back()->children.back();
            }
            e->ns = xml.namespaceUri().toString();
            e->name = xml.name().toString();
            e->attributes = xml.attributes();
            e->line = int(xml.lineNumber());
            stack.push_back(e);
            break;
        }
        case QXmlStreamReader::EndElement:
            stack.back()->text = stack.back()->text.trimmed();
            stack.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!stack.empty())
                stack.back()->text += xml.text();
            break;
        default:
            break;
        }
    }
    if (xml.hasError()) {
        result.error = xml.errorString();
        result.line = int(xml.lineNumber());
        result.column = int(xml.columnNumber());
        return result;
    }
    result.root = std::move(root);
    return result;
}

std::pair<QString, QString> rootName(QIODevice *device)
{
    QXmlStreamReader xml(device);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement)
            return {xml.namespaceUri().toString(), xml.name().toString()};
    }
    return {};
}

} // namespace amtsweg::xprozess
