#include "clipboardcontent.h"

#include "bpmn/elements.h"
#include "di/diagraminfo.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "document.h"
#include "edgeindex.h"
#include "notation/elementclassifier.h"
#include "treecopier.h"
#include "xml/bpmnwriter.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

namespace amtsweg {
namespace {

/// The copy in progress: what is in it and where it goes in the clipboard tree.
class Writer
{
public:
    Writer(const DiagramScene &scene) : m_scene(scene), m_tree(*scene.tree()) {}

    void choose(NodeId n)
    {
        if (n != kNoNode && m_chosen.insert(n).second)
            m_order.push_back(n);
    }

    bool inCopy(NodeId n) const
    {
        for (NodeId a = n; a != kNoNode; a = m_tree.parent(a))
            if (m_chosen.count(a))
                return true;
        for (NodeId process : m_poolProcesses)
            if (m_tree.isInside(n, process))
                return true;
        return false;
    }

    bool coveredByAncestor(NodeId n) const
    {
        for (NodeId a = m_tree.parent(n); a != kNoNode; a = m_tree.parent(a))
            if (m_chosen.count(a))
                return true;
        return false;
    }

    void collect(const QList<NodeId> &selection)
    {
        for (NodeId di : selection) {
            const ShapeItem *shape = m_scene.shapeItem(di);
            const EdgeItem *edge = m_scene.edgeItem(di);
            const NodeId n = shape  ? shape->semanticElement()
                             : edge ? edge->semanticElement()
                                    : kNoNode;
            if (n == kNoNode || bpmn::isLane(m_tree, n) || edge)
                continue; // flows come along when both ends do
            choose(n);
            if (bpmn::isParticipant(m_tree, n))
                if (const NodeId p = m_tree.resolveRef(m_tree.attr(n, m_tree.known().processRef)))
                    m_poolProcesses.push_back(p);
            if (bpmn::isDataObjectReference(m_tree, n))
                choose(m_tree.resolveRef(notation::plainAttribute(m_tree, n, "dataObjectRef")));
        }
        // Boundary events of copied activities, and flows whose ends are both copied.
        const NameId attachedTo = m_tree.known().attachedToRef;
        for (NodeId di : m_scene.diElements()) {
            if (const ShapeItem *shape = m_scene.shapeItem(di)) {
                if (shape->spec().kind == ShapeKind::BoundaryEvent &&
                    inCopy(m_tree.resolveRef(m_tree.attr(shape->semanticElement(), attachedTo))))
                    choose(shape->semanticElement());
            }
        }
        for (NodeId di : m_scene.diElements()) {
            const EdgeItem *edge = m_scene.edgeItem(di);
            if (!edge || edge->semanticElement() == kNoNode)
                continue;
            const EdgeIndex::Ends ends = m_scene.edgeIndex().ends(di);
            if (ends.source && ends.target && inCopy(ends.source) && inCopy(ends.target))
                choose(edge->semanticElement());
        }
    }

    std::unique_ptr<ModelTree> build()
    {
        auto clip = BpmnDocument::createEmptyTree();
        ModelTree &c = *clip;
        const NodeId definitions = c.root();
        const NodeId process = c.firstChildElement(definitions, "process");
        const NodeId plane = di::planeOf(c, di::diagrams(c).front());
        TreeCopier copier(m_tree, c);
        NodeId collaboration = kNoNode;
        if (!m_poolProcesses.empty()) {
            collaboration = bpmn::createBpmnElement(c, "collaboration");
            c.insert(definitions, collaboration, process);
            c.setAttribute(plane, c.known().bpmnElement, c.id(collaboration));
        }
        for (NodeId n : m_order) {
            if (coveredByAncestor(n))
                continue;
            const bool collaborationLevel = bpmn::isCollaboration(m_tree, m_tree.parent(n));
            if (collaborationLevel && collaboration == kNoNode && bpmn::isMessageFlow(m_tree, n))
                continue;
            c.insert(collaborationLevel && collaboration ? collaboration : process, copier.copy(n));
        }
        for (NodeId p : m_poolProcesses)
            c.insert(definitions, copier.copy(p));
        for (NodeId d = m_tree.firstChild(m_scene.plane()); d != kNoNode; d = m_tree.next(d))
            if (di::isDiagramElement(m_tree, d) && inCopy(di::semanticOf(m_tree, d)))
                c.insert(plane, copier.copy(d));
        copier.declareOnRoot();
        return clip;
    }

private:
    const DiagramScene &m_scene;
    const ModelTree &m_tree;
    std::unordered_set<NodeId> m_chosen;
    std::vector<NodeId> m_order;
    std::vector<NodeId> m_poolProcesses;
};

/// Takes out references to elements that did not come along (flows of other elements, the
/// default flow, data associations to uncopied data).
void dropDanglingReferences(ModelTree &clip)
{
    std::vector<NodeId> stack{clip.root()}, drop;
    const NameId defaultName = clip.known().default_;
    while (!stack.empty()) {
        const NodeId n = stack.back();
        stack.pop_back();
        for (NodeId c = clip.firstChild(n); c != kNoNode; c = clip.next(c)) {
            if (!clip.isElement(c))
                continue;
            const std::string_view local = clip.localName(c);
            const bool reference =
                local == "incoming" || local == "outgoing" || local == "flowNodeRef";
            if (reference && clip.resolveRef(clip.text(c)) == kNoNode) {
                drop.push_back(c);
                continue;
            }
            if (bpmn::isDataAssociation(clip, c)) {
                const NodeId ref = clip.firstChildElement(
                    c, local == "dataInputAssociation" ? "sourceRef" : "targetRef");
                if (ref == kNoNode || clip.resolveRef(clip.text(ref)) == kNoNode) {
                    drop.push_back(c);
                    continue;
                }
            }
            if (const auto d = clip.attribute(c, defaultName); d && !clip.resolveRef(*d))
                clip.removeAttribute(c, defaultName);
            stack.push_back(c);
        }
    }
    for (NodeId n : drop)
        clip.detach(n);
}

} // namespace

QByteArray ClipboardContent::write(const DiagramScene &scene, const QList<NodeId> &selection)
{
    if (!scene.tree() || selection.isEmpty())
        return {};
    Writer writer(scene);
    writer.collect(selection);
    std::unique_ptr<ModelTree> clip = writer.build();
    dropDanglingReferences(*clip);
    ClipboardContent check(*clip);
    if (check.isEmpty())
        return {};
    return BpmnWriter::write(*clip);
}

ClipboardContent::ClipboardContent(ModelTree &clip) : m_clip(clip)
{
    const NodeId root = clip.root();
    if (root == kNoNode)
        return;
    std::unordered_set<NodeId> poolProcesses;
    for (NodeId collaboration : bpmn::childElements(clip, root, "collaboration"))
        for (NodeId p : bpmn::childElements(clip, collaboration, "participant"))
            if (const NodeId process = clip.resolveRef(clip.attr(p, clip.known().processRef));
                process && poolProcesses.insert(process).second)
                m_processes.push_back(process);
    if (!m_processes.empty())
        for (NodeId collaboration : bpmn::childElements(clip, root, "collaboration"))
            for (NodeId c : bpmn::childElements(clip, collaboration))
                if (bpmn::isParticipant(clip, c) || bpmn::isMessageFlow(clip, c) ||
                    bpmn::isArtifact(clip, c))
                    m_collaboration.push_back(c);
    for (NodeId process : bpmn::childElements(clip, root, "process")) {
        if (poolProcesses.count(process))
            continue;
        for (NodeId c : bpmn::childElements(clip, process))
            if (bpmn::isFlowElement(clip, c) || bpmn::isArtifact(clip, c))
                m_flowElements.push_back(c);
    }
    // The shapes and edges of what can be pasted.
    auto pasted = [&](NodeId semantic) {
        for (NodeId a = semantic; a != kNoNode; a = clip.parent(a)) {
            if (poolProcesses.count(a))
                return true;
            for (const auto *list : {&m_flowElements, &m_collaboration})
                if (std::find(list->begin(), list->end(), a) != list->end())
                    return true;
        }
        return false;
    };
    const std::vector<NodeId> diagrams = di::diagrams(clip);
    const NodeId plane = diagrams.empty() ? kNoNode : di::planeOf(clip, diagrams.front());
    for (NodeId c = plane ? clip.firstChild(plane) : kNoNode; c != kNoNode; c = clip.next(c))
        if (di::isDiagramElement(clip, c) && pasted(di::semanticOf(clip, c)))
            m_di.push_back(c);
}

QRectF ClipboardContent::bounds() const
{
    QRectF r;
    for (NodeId d : m_di) {
        if (const auto b = di::bounds(m_clip, d))
            r |= *b;
        for (const QPointF &p : di::waypoints(m_clip, d))
            r |= QRectF(p, QSizeF(0.01, 0.01));
    }
    return r;
}

void ClipboardContent::translate(const QPointF &delta)
{
    const NameTable::Known &k = m_clip.known();
    auto shift = [&](NodeId n, NameId name, qreal by) {
        if (const auto v = di::parseNumber(m_clip.attr(n, name)))
            m_clip.setAttribute(n, name, di::formatNumber(di::roundCoordinate(*v + by)));
    };
    auto shiftPoint = [&](NodeId n) {
        if (n == kNoNode)
            return;
        shift(n, k.x, delta.x());
        shift(n, k.y, delta.y());
    };
    for (NodeId d : m_di) {
        shiftPoint(di::boundsNode(m_clip, d));
        for (NodeId w : di::waypointNodes(m_clip, d))
            shiftPoint(w);
        if (const NodeId label = di::labelOf(m_clip, d))
            shiftPoint(di::boundsNode(m_clip, label));
    }
}

void ClipboardContent::renewIds(const ModelTree &target)
{
    const std::vector<bpmn::Reference> references = bpmn::collectReferences(m_clip);
    std::unordered_map<NodeId, std::string> fresh;
    std::unordered_set<std::string> used;
    auto unique = [&](std::string id, std::string_view prefix) {
        while (id.empty() || target.byId(id) != kNoNode || m_clip.byId(id) != kNoNode ||
               used.count(id))
            id = bpmn::generateId(target, prefix);
        used.insert(id);
        return id;
    };
    std::vector<NodeId> stack{m_clip.root()}, diNodes;
    while (!stack.empty()) {
        const NodeId n = stack.back();
        stack.pop_back();
        for (NodeId c = m_clip.firstChild(n); c != kNoNode; c = m_clip.next(c)) {
            if (!m_clip.isElement(c))
                continue;
            stack.push_back(c);
            if (m_clip.id(c).empty())
                continue;
            if (di::isDiagramElement(m_clip, c) || di::isPlane(m_clip, c) ||
                di::isDiagram(m_clip, c) || di::isLabel(m_clip, c))
                diNodes.push_back(c);
            else
                fresh[c] = unique({}, bpmn::idPrefixFor(m_clip.localName(c)));
        }
    }
    for (NodeId d : diNodes) {
        const NodeId semantic = di::semanticOf(m_clip, d);
        const auto it = semantic ? fresh.find(semantic) : fresh.end();
        const bool conventional =
            it != fresh.end() && m_clip.id(d) == std::string(m_clip.id(semantic)) + "_di";
        fresh[d] = unique(conventional ? it->second + "_di" : std::string(),
                          di::isEdge(m_clip, d) ? "BPMNEdge" : "BPMNShape");
    }
    // References first (they resolve by the old ids), then the ids themselves.
    std::unordered_map<NodeId, std::string> listValues;
    for (const bpmn::Reference &r : references) {
        const auto it = fresh.find(r.to);
        if (it == fresh.end())
            continue;
        if (r.child != kNoNode) {
            m_clip.setText(r.child, it->second);
        } else if (r.inList) {
            std::string &list = listValues[r.from];
            if (!list.empty())
                list.push_back(' ');
            list += it->second;
            m_clip.setAttribute(r.from, r.attribute, list);
        } else {
            m_clip.setAttribute(r.from, r.attribute, it->second);
        }
    }
    for (const auto &[node, id] : fresh)
        m_clip.setAttribute(node, m_clip.known().id, id);
}

NodeId ClipboardContent::shapeOfCopy(const ModelTree &target, NodeId semantic,
                                     const std::vector<NodeId> &shapeCopies)
{
    const std::string_view id = target.id(semantic);
    for (NodeId shape : shapeCopies)
        if (di::isShape(target, shape) && target.attr(shape, target.known().bpmnElement) == id)
            return shape;
    return kNoNode;
}

} // namespace amtsweg
