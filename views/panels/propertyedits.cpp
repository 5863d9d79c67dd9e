#include "propertyedits.h"

#include "bpmn/elements.h"
#include "commands/addelementcommand.h"
#include "commands/removeelementcommand.h"
#include "commands/setpropertycommand.h"
#include "di/diagraminfo.h"
#include "document.h"
#include "e2e/e2eattributes.h"
#include "elementlabels.h"
#include "notation/elementclassifier.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <memory>
#include <string>
#include <utility>

namespace amtsweg::propertyedits {
namespace {

namespace uri = schema::uri;

QString trEdit(const char *text)
{
    return QCoreApplication::translate("PropertyEdits", text);
}

bool isUsable(const ModelTree &tree, NodeId n)
{
    return n != kNoNode && tree.isValid(n) && tree.isElement(n) && tree.isAttached(n);
}

/// Pushes `macro` when it has children; deletes it otherwise.
bool pushMacro(BpmnDocument *document, std::unique_ptr<QUndoCommand> macro)
{
    if (macro->childCount() == 0)
        return false;
    return document->push(macro.release());
}

/// The prefix the document uses for `nsUri`; when the root does not declare it, a free prefix
/// (`preferred`, else `preferred` with a number) whose declaration on the root is added to
/// `macro`.
std::string ensureNamespace(BpmnDocument *document, QUndoCommand *macro, std::string_view nsUri,
                            std::string_view preferred)
{
    ModelTree &tree = document->nodeFactory();
    if (const auto declared = bpmn::declaredPrefix(tree, nsUri))
        return std::string(*declared);
    const NodeId root = tree.root();
    auto taken = [&](std::string_view prefix) {
        for (const Attribute &a : tree.attributes(root)) {
            const QualifiedName &q = tree.names()[a.name];
            if (q.isNamespaceDeclaration && q.local == prefix)
                return true;
        }
        return false;
    };
    std::string prefix(preferred);
    for (int n = 2; taken(prefix); ++n)
        prefix = std::string(preferred) + std::to_string(n);
    const NameId declaration = tree.names().intern(uri::xmlns, prefix, {});
    new SetPropertyCommand(document, root, declaration, nsUri, macro);
    return prefix;
}

/// The NameId of the attribute {nsUri}local on `element`: the one it already has (whatever
/// its prefix), else interned with `prefix`.
NameId attributeFor(ModelTree &tree, NodeId element, std::string_view nsUri, std::string_view local,
                    std::string_view prefix)
{
    for (const Attribute &a : tree.attributes(element)) {
        const QualifiedName &q = tree.names()[a.name];
        if (q.nsUri == nsUri && q.local == local)
            return a.name;
    }
    return tree.names().intern(nsUri, local, prefix);
}

std::optional<std::string_view> namespacedAttribute(const ModelTree &tree, NodeId element,
                                                    std::string_view nsUri, std::string_view local)
{
    for (const Attribute &a : tree.attributes(element)) {
        const QualifiedName &q = tree.names()[a.name];
        if (q.nsUri == nsUri && q.local == local)
            return a.value;
    }
    return std::nullopt;
}

/// A detached <local xsi:type="bpmn:tFormalExpression">text</local>; the xsi declaration, when
/// missing, goes into `macro`.
NodeId createExpression(BpmnDocument *document, QUndoCommand *macro, std::string_view local,
                        std::string_view text)
{
    const std::string xsiPrefix = ensureNamespace(document, macro, uri::xsi, "xsi");
    ModelTree &tree = document->nodeFactory();
    const NodeId expression = bpmn::createElement(tree, uri::model, local);
    const NameId xsiType = xsiPrefix == "xsi" ? tree.known().xsiType
                                              : tree.names().intern(uri::xsi, "type", xsiPrefix);
    const std::string_view modelPrefix = bpmn::prefixFor(tree, uri::model);
    std::string type = modelPrefix.empty() ? std::string() : std::string(modelPrefix) + ":";
    type += "tFormalExpression";
    tree.setAttribute(expression, xsiType, type);
    tree.resolveType(expression);
    if (!text.empty())
        tree.insert(expression, tree.createCharacterData(NodeKind::Text, text));
    return expression;
}

NodeId loopElement(const ModelTree &tree, NodeId activity)
{
    for (NodeId c = tree.firstChildElement(activity); c != kNoNode; c = tree.nextSiblingElement(c))
        if (tree.isA(c, "tLoopCharacteristics"))
            return c;
    return kNoNode;
}

QString colourValue(const QColor &c)
{
    return c.isValid() ? c.name(QColor::HexRgb) : QString();
}

/// Adds to `macro` a command setting {nsUri}local of `element` to `value` (removing it when
/// empty) unless it has that value already.
void setNamespaced(BpmnDocument *document, QUndoCommand *macro, NodeId element,
                   std::string_view nsUri, std::string_view local, const std::string &prefix,
                   const QString &value)
{
    ModelTree &tree = document->nodeFactory();
    const auto current = namespacedAttribute(tree, element, nsUri, local);
    const std::string wanted = toUtf8(value);
    if ((!current && wanted.empty()) || (current && *current == wanted))
        return;
    const NameId name = attributeFor(tree, element, nsUri, local, prefix);
    new SetPropertyCommand(document, element, name,
                           wanted.empty() ? std::nullopt : std::optional<std::string_view>(wanted),
                           macro);
}

} // namespace

QString expression(const ModelTree &tree, NodeId owner, std::string_view childLocal)
{
    if (!isUsable(tree, owner))
        return {};
    const NodeId child = tree.childElement(owner, schema::Ns::Model, childLocal);
    return child == kNoNode ? QString() : QString::fromStdString(tree.text(child));
}

bool setExpression(BpmnDocument *document, NodeId owner, std::string_view childLocal,
                   const QString &text)
{
    const ModelTree &tree = document->tree();
    if (!isUsable(tree, owner) || document->isApplyingCommand())
        return false;
    const std::string value = toUtf8(text);
    const NodeId child = tree.childElement(owner, schema::Ns::Model, childLocal);
    if (child != kNoNode) {
        if (tree.text(child) == value)
            return false;
        if (value.empty())
            return document->push(new SetPropertyCommand(
                document, owner, document->bpmnElementName(childLocal), std::nullopt));
        return document->push(new SetPropertyCommand(document, child, kTextProperty, value));
    }
    if (value.empty())
        return false;
    auto macro = std::make_unique<QUndoCommand>(trEdit("Set %1").arg(toQString(childLocal)));
    const NodeId created = createExpression(document, macro.get(), childLocal, value);
    new AddElementCommand(document, owner, created, kNoNode, kNoNode, kNoNode, macro.get());
    return pushMacro(document, std::move(macro));
}

std::string_view timerKind(const ModelTree &tree, NodeId timerDefinition)
{
    if (!isUsable(tree, timerDefinition))
        return {};
    for (std::string_view kind : {"timeDate", "timeDuration", "timeCycle"})
        if (tree.childElement(timerDefinition, schema::Ns::Model, kind) != kNoNode)
            return kind;
    return {};
}

bool setTimer(BpmnDocument *document, NodeId timerDefinition, std::string_view kind,
              const QString &value)
{
    const ModelTree &tree = document->tree();
    if (!isUsable(tree, timerDefinition) || document->isApplyingCommand())
        return false;
    const std::string text = toUtf8(value);
    const std::string_view current = timerKind(tree, timerDefinition);
    if (current == kind) {
        const NodeId child = tree.childElement(timerDefinition, schema::Ns::Model, kind);
        if (tree.text(child) == text)
            return false;
        return document->push(new SetPropertyCommand(document, child, kTextProperty, text));
    }
    auto macro = std::make_unique<QUndoCommand>(trEdit("Change timer"));
    if (!current.empty())
        new SetPropertyCommand(document, timerDefinition, document->bpmnElementName(current),
                               std::nullopt, macro.get());
    if (!kind.empty()) {
        const NodeId created = createExpression(document, macro.get(), kind, text);
        new AddElementCommand(document, timerDefinition, created, kNoNode, kNoNode, kNoNode,
                              macro.get());
    }
    return pushMacro(document, std::move(macro));
}

bool canHaveDefaultFlow(const ModelTree &tree, NodeId source)
{
    if (!isUsable(tree, source))
        return false;
    return bpmn::isActivity(tree, source) || tree.isA(source, "tExclusiveGateway") ||
           tree.isA(source, "tInclusiveGateway") || tree.isA(source, "tComplexGateway");
}

bool canHaveCondition(const ModelTree &tree, NodeId flow)
{
    return bpmn::isSequenceFlow(tree, flow) && canHaveDefaultFlow(tree, bpmn::sourceOf(tree, flow));
}

bool setDefaultFlow(BpmnDocument *document, NodeId source, NodeId flow)
{
    const ModelTree &tree = document->tree();
    if (!canHaveDefaultFlow(tree, source) || document->isApplyingCommand())
        return false;
    const NameId defaultName = tree.known().default_;
    const NodeId current = tree.resolveRef(tree.attr(source, defaultName));
    if (current == flow)
        return false;
    auto macro = std::make_unique<QUndoCommand>(flow != kNoNode ? trEdit("Set default flow")
                                                                : trEdit("Clear default flow"));
    if (flow != kNoNode &&
        tree.childElement(flow, schema::Ns::Model, "conditionExpression") != kNoNode)
        new SetPropertyCommand(document, flow, document->bpmnElementName("conditionExpression"),
                               std::nullopt, macro.get());
    const std::string id(flow != kNoNode ? tree.id(flow) : std::string_view());
    new SetPropertyCommand(document, source, defaultName,
                           flow != kNoNode ? std::optional<std::string_view>(id) : std::nullopt,
                           macro.get());
    return pushMacro(document, std::move(macro));
}

Loop loopOf(const ModelTree &tree, NodeId activity)
{
    if (!isUsable(tree, activity))
        return Loop::None;
    const NodeId loop = loopElement(tree, activity);
    if (loop == kNoNode)
        return Loop::None;
    if (tree.isA(loop, "tMultiInstanceLoopCharacteristics"))
        return notation::booleanAttribute(tree, loop, "isSequential", false) ? Loop::Sequential
                                                                             : Loop::Parallel;
    return Loop::Standard;
}

bool setLoop(BpmnDocument *document, NodeId activity, Loop loop)
{
    const ModelTree &tree = document->tree();
    if (!bpmn::isActivity(tree, activity) || !tree.isAttached(activity) ||
        document->isApplyingCommand())
        return false;
    const Loop current = loopOf(tree, activity);
    if (current == loop)
        return false;
    const NodeId existing = loopElement(tree, activity);
    const auto isMulti = [](Loop l) { return l == Loop::Parallel || l == Loop::Sequential; };
    if (isMulti(current) && isMulti(loop))
        return document->push(new SetPropertyCommand(
            document, existing, document->attributeName("isSequential"),
            loop == Loop::Sequential ? std::optional<std::string_view>("true") : std::nullopt));
    auto macro = std::make_unique<QUndoCommand>(trEdit("Change loop characteristics"));
    if (existing != kNoNode)
        new RemoveElementCommand(document, existing, macro.get());
    if (loop != Loop::None) {
        ModelTree &factory = document->nodeFactory();
        const NodeId created =
            bpmn::createElement(factory, uri::model,
                                loop == Loop::Standard ? "standardLoopCharacteristics"
                                                       : "multiInstanceLoopCharacteristics");
        if (loop == Loop::Sequential)
            factory.setAttribute(created, document->attributeName("isSequential"), "true");
        new AddElementCommand(document, activity, created, kNoNode, kNoNode, kNoNode, macro.get());
    }
    return pushMacro(document, std::move(macro));
}

QColor fillColour(const ModelTree &tree, NodeId diElement)
{
    if (!isUsable(tree, diElement))
        return {};
    auto v = namespacedAttribute(tree, diElement, uri::omgColor, "background-color");
    if (!v)
        v = namespacedAttribute(tree, diElement, uri::bioColor, "fill");
    return v ? QColor(toQString(*v)) : QColor();
}

QColor strokeColour(const ModelTree &tree, NodeId diElement)
{
    if (!isUsable(tree, diElement))
        return {};
    auto v = namespacedAttribute(tree, diElement, uri::omgColor, "border-color");
    if (!v)
        v = namespacedAttribute(tree, diElement, uri::bioColor, "stroke");
    return v ? QColor(toQString(*v)) : QColor();
}

bool setColours(BpmnDocument *document, NodeId diElement, const QColor &fill, const QColor &stroke)
{
    const ModelTree &tree = document->tree();
    if (!isUsable(tree, diElement) || !di::isDiagramElement(tree, diElement) ||
        document->isApplyingCommand())
        return false;
    auto macro = std::make_unique<QUndoCommand>(trEdit("Set colour"));
    const bool anyColour = fill.isValid() || stroke.isValid();
    // Declarations are only needed when a colour is written.
    std::string bioc = "bioc", color = "color";
    if (anyColour) {
        bioc = ensureNamespace(document, macro.get(), uri::bioColor, "bioc");
        color = ensureNamespace(document, macro.get(), uri::omgColor, "color");
    }
    const bool isShape = di::isShape(tree, diElement);
    const QString fillValue = isShape ? colourValue(fill) : QString();
    const QString strokeValue = colourValue(stroke);
    setNamespaced(document, macro.get(), diElement, uri::bioColor, "stroke", bioc, strokeValue);
    setNamespaced(document, macro.get(), diElement, uri::bioColor, "fill", bioc, fillValue);
    setNamespaced(document, macro.get(), diElement, uri::omgColor, "background-color", color,
                  fillValue);
    setNamespaced(document, macro.get(), diElement, uri::omgColor, "border-color", color,
                  strokeValue);
    if (const NodeId label = di::labelOf(tree, diElement); label != kNoNode)
        setNamespaced(document, macro.get(), label, uri::omgColor, "color", color, strokeValue);
    // Only declarations and no colour change: nothing to do.
    bool changesColour = false;
    for (int i = 0; i < macro->childCount(); ++i) {
        const auto *set = static_cast<const SetPropertyCommand *>(macro->child(i));
        if (set->element() != tree.root())
            changesColour = true;
    }
    if (!changesColour)
        return false;
    return pushMacro(document, std::move(macro));
}

bool setBoolean(BpmnDocument *document, NodeId element, std::string_view attribute, bool value,
                bool defaultValue)
{
    const ModelTree &tree = document->tree();
    if (!isUsable(tree, element) || document->isApplyingCommand())
        return false;
    if (notation::booleanAttribute(tree, element, attribute, defaultValue) == value)
        return false;
    const NameId name = document->attributeName(attribute);
    return document->push(new SetPropertyCommand(
        document, element, name,
        value == defaultValue ? std::nullopt
                              : std::optional<std::string_view>(value ? "true" : "false")));
}

namespace {

/// Sets amtsweg:`local` of `element` (removes it for an empty value), declaring the namespace
/// when needed, as one undo step named `undoText`.
bool setAmtswegAttribute(BpmnDocument *document, NodeId element, std::string_view local,
                         const QString &value, const QString &undoText)
{
    if (!isUsable(document->tree(), element) || document->isApplyingCommand())
        return false;
    auto macro = std::make_unique<QUndoCommand>(undoText);
    const std::string prefix = ensureNamespace(document, macro.get(), uri::amtsweg, "amtsweg");
    const int declarations = macro->childCount();
    setNamespaced(document, macro.get(), element, uri::amtsweg, local, prefix, value);
    // Unchanged value: nothing to undo, not even the declaration.
    return macro->childCount() > declarations && document->push(macro.release());
}

/// The undo text of setting an end-to-end attribute.
QString e2eUndoText(std::string_view local)
{
    static constexpr std::pair<std::string_view, const char *> kTexts[] = {
        {e2e::kChannel, QT_TRANSLATE_NOOP("PropertyEdits", "Set channel")},
        {e2e::kStructured, QT_TRANSLATE_NOOP("PropertyEdits", "Set structured data")},
        {e2e::kDataStandard, QT_TRANSLATE_NOOP("PropertyEdits", "Set data standard")},
        {e2e::kAutomation, QT_TRANSLATE_NOOP("PropertyEdits", "Set automation")},
        {e2e::kFachverfahren, QT_TRANSLATE_NOOP("PropertyEdits", "Set Fachverfahren")},
        {e2e::kDataStoreKind, QT_TRANSLATE_NOOP("PropertyEdits", "Set data store kind")},
        {e2e::kHasInterface, QT_TRANSLATE_NOOP("PropertyEdits", "Set interface")},
        {e2e::kParticipantKind, QT_TRANSLATE_NOOP("PropertyEdits", "Set participant kind")},
    };
    for (const auto &[name, text] : kTexts)
        if (name == local)
            return trEdit(text);
    return trEdit("Set %1").arg(toQString(local));
}

} // namespace

bool setModelSetting(BpmnDocument *document, std::string_view local, const QString &value,
                     const QString &undoText)
{
    return setAmtswegAttribute(document, document->tree().root(), local, value, undoText);
}

bool setE2eAttribute(BpmnDocument *document, NodeId element, std::string_view local,
                     const QString &value)
{
    return setAmtswegAttribute(document, element, local, value.trimmed(), e2eUndoText(local));
}

} // namespace amtsweg::propertyedits
