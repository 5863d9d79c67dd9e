#pragma once
// An independent check (tinyxml2 only, never Amtsweg's reader) of issue 2's definition of a
// lossless round trip: every element, attribute value and text of the input is present in the
// output at the same place relative to its nearest ancestor with an id. Namespace prefixes,
// attribute and sibling order, whitespace runs, number spelling (100 vs 100.0) and values equal
// to the XSD's declared default do not count.
//
// Each element is keyed by its nearest ancestor-or-self id plus the path from there, a step
// being (namespace URI, local name, index among same-named siblings). An element with an id is
// also checked for its name and for the key of its parent (so moving it is found). QName values
// ("bpmn:tFormalExpression", "tns:Message_1") are compared by namespace URI, not prefix. The
// exporter and exporterVersion of the root are expected to change and are not compared.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace amtsweg::test {

/// Differences that make `output` lose something of `input`, readable, at most `maxReported`
/// (followed by one "... and N more" line when there are more). Empty: lossless. Inputs in
/// ISO-8859-1 or UTF-16 are transcoded first. A document that does not parse is one difference.
QStringList compareLossless(const QByteArray &input, const QByteArray &output,
                            int maxReported = 20);

/// Differences in the order of child elements: for every element of `input` found in `output`,
/// the children both have must come in the same order (issue 2: "document order is kept where
/// the schema allows"; use it on schema-valid inputs). Same limits as compareLossless.
QStringList compareChildOrder(const QByteArray &input, const QByteArray &output,
                              int maxReported = 20);

/// The XSD default of an unqualified attribute of a BPMN model element, or a null string.
QString bpmnAttributeDefault(const QString &elementLocalName, const QString &attributeName);

/// True when two attribute values or texts are equal by the rules above (whitespace runs
/// collapsed; compared as numbers when both read as numbers).
bool valuesEquivalent(const QString &a, const QString &b);

} // namespace amtsweg::test
