#pragma once
// Small XML helpers for tests, built on tinyxml2 alone so that they check Amtsweg's reader and
// writer independently: encoding detection, namespace resolution by URI, element counts,
// comments, well-formedness.

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace tinyxml2 {
class XMLElement;
}

namespace amtsweg::test {

/// The bytes of an XML document as UTF-8 without BOM. UTF-16 (by BOM or by its zero bytes) and
/// ISO-8859-1/Latin-1/Windows-1252 (by the XML declaration) are transcoded and the declaration's
/// encoding is rewritten to UTF-8; anything else is returned unchanged (minus a UTF-8 BOM).
QByteArray xmlToUtf8(const QByteArray &bytes);

/// Reads a whole file; an empty array when it cannot be read.
QByteArray readFileBytes(const QString &path);
/// Writes a whole file (creating its folder); false on failure.
bool writeFileBytes(const QString &path, const QByteArray &bytes);

/// True when the document is well-formed and namespace-well-formed (QXmlStreamReader, which has
/// no depth limit and honours BOM and declared encoding); `error` gets line, column and message.
bool isWellFormedXml(const QByteArray &bytes, QString *error = nullptr);

/// True when tinyxml2 parses the document (after xmlToUtf8); `error` gets its message.
bool parsesWithTinyXml2(const QByteArray &bytes, QString *error = nullptr);

/// Number of elements per expanded name "{uri}local", namespaces resolved by URI.
/// Empty when the document does not parse.
QMap<QString, int> elementCounts(const QByteArray &bytes);

/// Texts of all comments in document order, whitespace collapsed.
QStringList commentTexts(const QByteArray &bytes);

/// First occurrence of every id attribute, in document order, with its element's expanded
/// name "{uri}local".
QList<QPair<QString, QString>> idsWithNames(const QByteArray &bytes);

/// Writes the hostile inputs (deep nesting, entity bombs, external entities, huge attribute
/// counts ...) into `dir` and returns (row name, path) pairs. Deterministic; rewritten each call.
QList<QPair<QString, QString>> writeHostileInputs(const QString &dir);

/// The first line of /etc/passwd (what an external-entity attack would leak), or a fixed
/// stand-in when the file cannot be read.
QByteArray passwdFirstLine();

/// Collapses runs of XML whitespace to one space and trims.
QString collapseWhitespace(const QString &s);

/// Namespace declarations in scope while walking a tinyxml2 tree top-down.
class NamespaceScope
{
public:
    NamespaceScope();
    /// Enters an element: records its xmlns and xmlns:p attributes.
    void push(const tinyxml2::XMLElement *element);
    void leave();
    /// The URI bound to `prefix` ("" = default namespace); `bound` false when undeclared.
    QString uri(const QString &prefix, bool *bound = nullptr) const;

    /// An element's or attribute's expanded name "{uri}local" (attributes without prefix have
    /// no namespace: "local"). Undeclared prefixes give "{?prefix}local".
    QString expandElementName(const char *qname) const;
    QString expandAttributeName(const char *qname) const;
    /// Resolves a QName-valued text ("p:local") to "{uri}local" when p is declared; with
    /// `unprefixedUsesDefault` also an unprefixed NCName (as xsi:type values); else unchanged.
    QString resolveQNameValue(const QString &value, bool unprefixedUsesDefault) const;

private:
    std::vector<QHash<QString, QString>> m_frames;
};

/// A problem planted in a tests/data/damaged file, marked by the comment
/// `<!-- planted: ID[|ID...]: what -->` on the line before the element that has it.
struct PlantedProblem
{
    int line = 0;        ///< 1-based line of the element with the problem
    QStringList ids;     ///< element ids a diagnostic may name
    QString description; ///< what is wrong
};
QList<PlantedProblem> plantedProblems(const QString &path);

/// Readable short form of an expanded name: known BPMN/DI URIs become "bpmn:", "bpmndi:",
/// "dc:", "di:", "xsi:", "bioc:", "color:"; others stay "{uri}".
QString shortName(const QString &expandedName);

/// Local part of a "p:local" name.
QString localPart(const char *qname);

} // namespace amtsweg::test
