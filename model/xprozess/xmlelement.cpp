#include "xprozess/xmlelement.h"

#include <QIODevice>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <functional>
#include <set>

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

namespace {

/// False when `text` has a character XML 1.0 does not allow (control characters, U+FFFE/F):
/// QXmlStreamReader lets some through, and written into the BPMN file they would make it
/// unreadable.
bool isXmlText(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != 0x9 && u != 0xA && u != 0xD) || u == 0xFFFE || u == 0xFFFF)
            return false;
    }
    return true;
}

} // namespace

void writeElement(QXmlStreamWriter &w, const XmlElement &e, bool declareScope,
                  const QString &scopeDefault)
{
    static const QString xmlNamespace = QStringLiteral("http://www.w3.org/XML/1998/namespace");
    std::set<QString> declared; // prefixes, each once
    const auto declare = [&](const QString &prefix, const QString &uri) {
        if (uri == xmlNamespace || prefix == QLatin1String("xml") || !declared.insert(prefix).second)
            return;
        if (!prefix.isEmpty())
            w.writeNamespace(uri, prefix);
        else if (declareScope || uri != scopeDefault)
            w.writeDefaultNamespace(uri);
    };
    for (const QXmlStreamNamespaceDeclaration &d : e.namespaceDeclarations)
        declare(d.prefix().toString(), d.namespaceUri().toString());
    if (declareScope) {
        // Every prefix the subtree uses, so that it keeps the file's prefixes even where an
        // ancestor outside the fragment declared them.
        const std::function<void(const XmlElement &)> used = [&](const XmlElement &x) {
            declare(x.prefix, x.ns);
            for (const QXmlStreamAttribute &a : x.attributes)
                if (!a.namespaceUri().isEmpty())
                    declare(a.prefix().toString(), a.namespaceUri().toString());
            for (const XmlElement &c : x.children)
                used(c);
        };
        used(e);
    }
    w.writeStartElement(e.ns, e.name);
    for (const QXmlStreamAttribute &a : e.attributes) {
        if (a.namespaceUri().isEmpty())
            w.writeAttribute(a.name().toString(), a.value().toString());
        else
            w.writeAttribute(a.namespaceUri().toString(), a.name().toString(), a.value().toString());
    }
    if (!e.text.isEmpty() || !e.leading.isEmpty())
        w.writeCharacters(e.leading + e.text + e.trailing);
    for (const XmlElement &c : e.children)
        writeElement(w, c, false);
    w.writeEndElement();
}

QString serialize(const XmlElement &e)
{
    QString out;
    QXmlStreamWriter w(&out);
    writeElement(w, e, true);
    return out;
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
            e->prefix = xml.prefix().toString();
            e->namespaceDeclarations = xml.namespaceDeclarations();
            e->attributes = xml.attributes();
            for (const QXmlStreamAttribute &a : e->attributes)
                if (!isXmlText(xml.qualifiedName()) || !isXmlText(a.qualifiedName())
                    || !isXmlText(a.value()))
                    xml.raiseError(QStringLiteral("a character XML does not allow"));
            e->line = int(xml.lineNumber());
            stack.push_back(e);
            break;
        }
        case QXmlStreamReader::EndElement: {
            XmlElement &e = *stack.back();
            const QString raw = e.text;
            e.text = raw.trimmed();
            if (e.children.empty() && e.text.size() != raw.size()) {
                const qsizetype start = e.text.isEmpty() ? raw.size() : raw.indexOf(e.text);
                e.leading = raw.left(start);
                e.trailing = raw.mid(start + e.text.size());
            }
            stack.pop_back();
            break;
        }
        case QXmlStreamReader::Characters:
            if (!isXmlText(xml.text()) || !isXmlText(xml.name()))
                xml.raiseError(QStringLiteral("a character XML does not allow"));
            else if (!stack.empty())
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
