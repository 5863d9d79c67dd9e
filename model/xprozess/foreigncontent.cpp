#include "xprozess/foreigncontent.h"

#include "bpmn/elements.h"
#include "fim/fimread.h"
#include "xprozess/anlagen.h"

namespace amtsweg::xprozess {
namespace {

constexpr std::string_view kContainer = "xprozess";
constexpr std::string_view kElement = "fremd";
constexpr std::string_view kCode = "code";

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

void setAttributeIfAny(ModelTree &tree, NodeId n, std::string_view local, const QString &value)
{
    if (!value.isEmpty())
        tree.setAttribute(n, bpmn::attributeName(tree, local), value.toStdString());
}

} // namespace

bool ForeignContent::isMessagePlace(const QString &place)
{
    return place == QLatin1String("nachricht") || place == QLatin1String("nachrichtenkopf")
           || place == QLatin1String("prozessbibliothek");
}

ForeignContent foreignContent(const ModelTree &tree)
{
    ForeignContent result;
    const std::vector<NodeId> boxes = ownerExtensions(tree, kContainer);
    if (boxes.empty())
        return result;
    const NodeId box = boxes.front();
    for (NodeId c = tree.firstChild(box); c != kNoNode; c = tree.next(c)) {
        if (fim::isFim(tree, c, kElement)) {
            result.elements.push_back({plainAttribute(tree, c, "ort"),
                                       plainAttribute(tree, c, "subProzessID"),
                                       plainAttribute(tree, c, "nach"),
                                       plainAttribute(tree, c, "nummer").toInt(), qs(tree.text(c))});
        } else if (fim::isFim(tree, c, kCode)) {
            result.codes.push_back({plainAttribute(tree, c, "element"), plainAttribute(tree, c, "code"),
                                    plainAttribute(tree, c, "listURI"),
                                    plainAttribute(tree, c, "listVersionID"), qs(tree.text(c))});
        }
    }
    return result;
}

void setForeignContent(ModelTree &tree, const ForeignContent &content)
{
    for (NodeId old : ownerExtensions(tree, kContainer))
        tree.detach(old);
    if (content.empty() || anlagenOwner(tree) == kNoNode)
        return;
    const NodeId box = bpmn::createElement(tree, schema::uri::amtsweg, kContainer);
    for (const ForeignElement &e : content.elements) {
        const NodeId n = bpmn::createElement(tree, schema::uri::amtsweg, kElement);
        setAttributeIfAny(tree, n, "ort", e.place);
        setAttributeIfAny(tree, n, "subProzessID", e.group);
        setAttributeIfAny(tree, n, "nach", e.after);
        if (e.count > 0)
            setAttributeIfAny(tree, n, "nummer", QString::number(e.count));
        tree.setText(n, e.xml.toStdString());
        tree.insert(box, n);
    }
    for (const CodeForm &c : content.codes) {
        const NodeId n = bpmn::createElement(tree, schema::uri::amtsweg, kCode);
        setAttributeIfAny(tree, n, "element", c.element);
        setAttributeIfAny(tree, n, "code", c.code);
        setAttributeIfAny(tree, n, "listURI", c.listUri);
        setAttributeIfAny(tree, n, "listVersionID", c.listVersion);
        tree.setText(n, c.xml.toStdString());
        tree.insert(box, n);
    }
    addOwnerExtension(tree, box);
}

} // namespace amtsweg::xprozess
