#include "bpmnreader.h"

#include "directparser.h"
#include "domconverter.h"
#include "readchecks.h"
#include "sourcelocator.h"
#include "textencoding.h"

#include <QFile>
#include <QFileInfo>

#include <tinyxml2.h>

#include <algorithm>
#include <cstring>

namespace amtsweg {
namespace {

ReadResult failure(Diagnostic d)
{
    ReadResult r;
    r.diagnostics.push_back(std::move(d));
    return r;
}

Diagnostic error(const QString &file, int line, const QString &code, const QString &message)
{
    Diagnostic d;
    d.file = file;
    d.line = line;
    d.column = line > 0 ? 1 : 0;
    d.code = code;
    d.message = message;
    return d;
}

/// Entity declarations and external subsets are refused: they are how entity bombs and
/// external-entity reads work, and BPMN files never need them.
QString checkDoctype(const QByteArray &utf8, int *line)
{
    const qsizetype at = utf8.indexOf("<!DOCTYPE");
    if (at < 0)
        return {};
    *line = 1 + static_cast<int>(QByteArrayView(utf8.constData(), at).count('\n'));
    if (utf8.indexOf("<!ENTITY", at) >= 0)
        return QStringLiteral("the document type declares entities; Amtsweg does not expand "
                              "entities (they can exhaust memory or read local files)");
    const qsizetype close = utf8.indexOf('>', at);
    const QByteArrayView head(utf8.constData() + at, (close < 0 ? utf8.size() : close) - at);
    if (head.indexOf("SYSTEM") >= 0 || head.indexOf("PUBLIC") >= 0)
        return QStringLiteral("the document type refers to an external DTD; Amtsweg does not "
                              "load external files");
    return {};
}

/// tinyxml2 checks each new attribute against all earlier ones of its element, which takes
/// minutes for tens of thousands of attributes; such input is refused by a linear scan first.
/// The scan jumps with memchr from tag to tag and through quoted values (a few instructions
/// per byte); lines are counted only for the answer.
int lineWithTooManyAttributes(const QByteArray &utf8, int limit)
{
    const char *const begin = utf8.constData();
    const char *const end = begin + utf8.size();
    const auto find = [end](const char *from, char c) {
        const void *hit = std::memchr(from, c, size_t(end - from));
        return hit ? static_cast<const char *>(hit) : end;
    };
    const auto lineAt = [begin](const char *at) { return 1 + int(std::count(begin, at, '\n')); };
    const char *p = find(begin, '<');
    while (p < end) {
        const QByteArrayView rest(p, end - p);
        const char *skipTo = nullptr;
        if (rest.startsWith("<!--"))
            skipTo = "-->";
        else if (rest.startsWith("<![CDATA["))
            skipTo = "]]>";
        if (skipTo) {
            const qsizetype at = rest.indexOf(skipTo);
            if (at < 0)
                return 0;
            p = find(p + at, '<');
            continue;
        }
        const char *const tag = p;
        int count = 0;
        for (++p; p < end && *p != '>'; ++p) {
            const char c = *p;
            if (c == '"' || c == '\'')
                p = find(p + 1, c);
            else if (c == '=' && ++count > limit)
                return lineAt(tag);
        }
        p = p < end ? find(p + 1, '<') : end;
    }
    return 0;
}

QString describeParseError(const tinyxml2::XMLDocument &doc)
{
    switch (doc.ErrorID()) {
    case tinyxml2::XML_ERROR_EMPTY_DOCUMENT:
        return QStringLiteral("the file contains no XML element");
    case tinyxml2::XML_ELEMENT_DEPTH_EXCEEDED:
        return QStringLiteral("elements are nested more than %1 levels deep")
            .arg(TINYXML2_MAX_ELEMENT_DEPTH);
    case tinyxml2::XML_ERROR_MISMATCHED_ELEMENT:
        return QStringLiteral("an end tag does not match its start tag (or the file is cut "
                              "off)");
    case tinyxml2::XML_ERROR_PARSING_ELEMENT:
        return QStringLiteral("malformed or unterminated element (the file may be cut off)");
    case tinyxml2::XML_ERROR_PARSING_ATTRIBUTE:
        return QStringLiteral("malformed attribute");
    case tinyxml2::XML_ERROR_PARSING_TEXT:
        return QStringLiteral("malformed text");
    case tinyxml2::XML_ERROR_PARSING_CDATA:
        return QStringLiteral("malformed CDATA section");
    case tinyxml2::XML_ERROR_PARSING_COMMENT:
        return QStringLiteral("malformed comment");
    case tinyxml2::XML_ERROR_PARSING_DECLARATION:
        return QStringLiteral("malformed XML declaration");
    case tinyxml2::XML_ERROR_PARSING_UNKNOWN:
        return QStringLiteral("malformed markup declaration");
    default:
        return QStringLiteral("not well-formed XML (%1)").arg(QString::fromUtf8(doc.ErrorStr()));
    }
}

/// The reader's path through a tinyxml2 DOM: for what DirectParser does not read itself, and
/// so for every malformed file, whose error tinyxml2 names. False with an error diagnostic
/// when the file cannot be read.
bool readWithTinyxml2(const QByteArray &utf8, const QString &fileName,
                      const SourceLocator &locator, ModelTree &tree, Diagnostics &diagnostics)
{
    if (const int line = lineWithTooManyAttributes(utf8, DomConverter::kMaxAttributes)) {
        diagnostics.push_back(error(fileName, line, QStringLiteral("too-many-attributes"),
                                    QStringLiteral("an element has more than %1 attributes")
                                        .arg(DomConverter::kMaxAttributes)));
        return false;
    }

    tinyxml2::XMLDocument doc(true, tinyxml2::PRESERVE_WHITESPACE);
    doc.Parse(utf8.constData(), static_cast<size_t>(utf8.size()));
    if (doc.Error()) {
        diagnostics.push_back(error(fileName, doc.ErrorLineNum(), QStringLiteral("not-xml"),
                                    describeParseError(doc)));
        return false;
    }
    const tinyxml2::XMLElement *rootElement = doc.RootElement();
    if (!rootElement) {
        diagnostics.push_back(error(fileName, 1, QStringLiteral("not-xml"),
                                    QStringLiteral("the file contains no XML element")));
        return false;
    }

    if (const tinyxml2::XMLElement *second = rootElement->NextSiblingElement()) {
        diagnostics.push_back(
            error(fileName, second->GetLineNum(), QStringLiteral("not-xml"),
                  QStringLiteral("a second root element <%1> follows the document element; an "
                                 "XML file has exactly one")
                      .arg(QString::fromUtf8(second->Name()))));
        return false;
    }

    TreeBuilder builder(tree, locator, diagnostics);
    return DomConverter(builder).convert(doc);
}

std::unique_ptr<ModelTree> emptyTree(qsizetype inputSize)
{
    auto tree = std::make_unique<ModelTree>();
    // Generated and real files average 50–70 bytes per node and 20–30 per attribute.
    tree->reserve(static_cast<std::size_t>(inputSize / 40),
                  static_cast<std::size_t>(inputSize / 20));
    return tree;
}

} // namespace

ReadResult BpmnReader::readFile(const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir())
        return failure(error(path, 0, QStringLiteral("unreadable"),
                             QStringLiteral("is a folder, not a BPMN file")));
    if (!file.open(QIODevice::ReadOnly))
        return failure(error(path, 0, QStringLiteral("unreadable"),
                             QStringLiteral("cannot open: %1").arg(file.errorString())));
    if (file.size() > kMaxFileSize)
        return failure(error(
            path, 0, QStringLiteral("too-large"),
            QStringLiteral("the file is larger than %1 MiB").arg(kMaxFileSize / (1024 * 1024))));
    // Read what the file holds, not the limit (the limit would be allocated up front); files
    // without a size (pipes, devices) are read in pieces up to the limit.
    QByteArray bytes;
    if (file.size() > 0) {
        bytes = file.readAll();
    } else {
        while (!file.atEnd() && bytes.size() <= kMaxFileSize) {
            const QByteArray chunk = file.read(1 << 20);
            if (chunk.isEmpty())
                break;
            bytes += chunk;
        }
    }
    if (file.error() != QFileDevice::NoError)
        return failure(error(path, 0, QStringLiteral("unreadable"),
                             QStringLiteral("cannot read: %1").arg(file.errorString())));
    return readBytes(bytes, path);
}

ReadResult BpmnReader::readBytes(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.trimmed().isEmpty())
        return failure(
            error(fileName, 1, QStringLiteral("empty"), QStringLiteral("the file is empty")));
    if (bytes.size() > kMaxFileSize)
        return failure(error(
            fileName, 0, QStringLiteral("too-large"),
            QStringLiteral("the input is larger than %1 MiB").arg(kMaxFileSize / (1024 * 1024))));
    TranscodeResult text = toUtf8(bytes);
    if (!text.error.isEmpty())
        return failure(error(fileName, 1, QStringLiteral("encoding"), text.error));

    ReadResult result;
    if (!text.warning.isEmpty()) {
        Diagnostic w = error(fileName, 1, QStringLiteral("encoding"), text.warning);
        w.severity = Severity::Warning;
        result.diagnostics.push_back(w);
    }
    int doctypeLine = 0;
    if (const QString refused = checkDoctype(text.utf8, &doctypeLine); !refused.isEmpty()) {
        result.diagnostics.push_back(
            error(fileName, doctypeLine, QStringLiteral("doctype"), refused));
        return result;
    }

    SourceLocator locator(text.utf8, fileName);
    auto tree = emptyTree(text.utf8.size());
    const std::size_t diagnosticsBefore = result.diagnostics.size();
    DirectParser::Result parsed;
    {
        TreeBuilder builder(*tree, locator, result.diagnostics);
        parsed = DirectParser::parse(text.utf8, builder);
    }
    switch (parsed) {
    case DirectParser::Result::Done:
        break;
    case DirectParser::Result::Failed:
        return result;
    case DirectParser::Result::Unsupported:
        // Unusual or malformed input: read it again through tinyxml2 from scratch.
        result.diagnostics.erase(result.diagnostics.begin() + std::ptrdiff_t(diagnosticsBefore),
                                 result.diagnostics.end());
        tree = emptyTree(text.utf8.size());
        if (!readWithTinyxml2(text.utf8, fileName, locator, *tree, result.diagnostics))
            return result;
        break;
    }

    const NodeId root = tree->root();
    const QualifiedName &rootName = tree->qname(root);
    if (rootName.ns != schema::Ns::Model || rootName.local != "definitions") {
        const QString got = QString::fromUtf8(rootName.local.data(), rootName.local.size());
        const QString uri = QString::fromUtf8(rootName.nsUri.data(), rootName.nsUri.size());
        result.diagnostics.push_back(locator.make(
            Severity::Error, static_cast<int>(tree->line(root)), rootName.local,
            QStringLiteral("not-bpmn"),
            QStringLiteral("the root element is <%1>%2; a BPMN 2.0 file starts with <definitions> "
                           "in the namespace %3")
                .arg(got, uri.isEmpty() ? QString() : QStringLiteral(" in the namespace ") + uri,
                     QString::fromLatin1(schema::uri::model.data(), schema::uri::model.size()))));
        return result;
    }

    ReadChecks checks(*tree, locator, result.diagnostics);
    checks.reportDuplicateIds(tree->rebuildIdIndex());
    checks.run();
    result.tree = std::move(tree);
    return result;
}

} // namespace amtsweg
