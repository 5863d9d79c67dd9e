// Diagram interchange: every visible element drawn, no shapes on top of each other (bpmnlint
// semantics).
#include "validation/bpmnrules.h"
#include "validation/rulecontext.h"

#include "bpmn/elements.h"
#include "di/diagraminfo.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace amtsweg::validation::rules {
namespace {

/// The elements bpmnlint expects a shape or edge for, below one root element (or a
/// sub-process / lane treated like one).
void collectVisual(const ModelTree &t, NodeId owner, std::vector<NodeId> &out)
{
    NodeId laneSet = kNoNode;
    for (NodeId ch : bpmn::childElements(t, owner)) {
        const std::string_view local = t.localName(ch);
        if (bpmn::isFlowElement(t, ch)) {
            if (!t.isA(ch, "tDataObject"))
                out.push_back(ch);
        } else if (bpmn::isParticipant(t, ch) || bpmn::isArtifact(t, ch)
                   || bpmn::isMessageFlow(t, ch)) {
            out.push_back(ch);
        } else if ((local == "laneSet" || local == "childLaneSet") && laneSet == kNoNode) {
            laneSet = ch;
        }
    }
    for (NodeId ch : bpmn::childElements(t, owner))
        if (bpmn::isSubProcess(t, ch))
            collectVisual(t, ch, out);
    if (laneSet != kNoNode)
        for (NodeId lane : bpmn::childElements(t, laneSet, "lane")) {
            out.push_back(lane);
            collectVisual(t, lane, out);
        }
}

/// The last shape or edge drawing each semantic element, over all diagrams.
std::unordered_map<NodeId, NodeId> diagramElements(const ModelTree &t)
{
    std::unordered_map<NodeId, NodeId> result;
    for (NodeId plane : di::planes(t))
        for (NodeId e : bpmn::childElements(t, plane))
            if (const NodeId s = di::semanticOf(t, e); s != kNoNode)
                result[s] = e;
    return result;
}

struct Placed
{
    NodeId element;
    QRectF box;
};

class OverlapCheck
{
public:
    explicit OverlapCheck(RuleContext &c)
        : m_c(c), m_t(c.tree()), m_di(diagramElements(m_t))
    {
    }

    void run()
    {
        const NodeId definitions = m_t.root();
        std::unordered_map<NodeId, std::optional<QRectF>> poolOfProcess;
        for (NodeId collaboration : bpmn::childElements(m_t, definitions)) {
            if (!bpmn::isCollaboration(m_t, collaboration))
                continue;
            const auto participants = bpmn::childElements(m_t, collaboration, "participant");
            checkArray(participants);
            for (NodeId p : participants)
                if (const NodeId process = m_t.resolveRef(m_t.attr(p, m_t.known().processRef));
                    process != kNoNode)
                    poolOfProcess[process] = boxOf(p);
        }
        for (NodeId process : bpmn::childElements(m_t, definitions))
            if (bpmn::isProcess(m_t, process)) {
                const auto it = poolOfProcess.find(process);
                checkContainer(process, it == poolOfProcess.end() ? std::nullopt : it->second);
            }
        for (NodeId n : m_overlapping)
            m_c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules", "Element overlaps with other element"));
        for (NodeId n : m_outside)
            m_c.report(n, QT_TRANSLATE_NOOP("amtsweg::Rules", "Element is outside of parent boundary"));
    }

private:
    std::optional<QRectF> boxOf(NodeId semantic) const
    {
        const auto it = m_di.find(semantic);
        return it == m_di.end() ? std::nullopt : di::bounds(m_t, it->second);
    }

    void checkContainer(NodeId container, const std::optional<QRectF> &parentBox)
    {
        std::vector<NodeId> drawn;
        for (NodeId e : bpmn::childElements(m_t, container))
            if (bpmn::isFlowElement(m_t, e) && m_di.count(e))
                drawn.push_back(e);
        checkArray(drawn);
        for (NodeId e : drawn) {
            const auto box = boxOf(e);
            if (!bpmn::isDataStoreReference(m_t, e) && box && parentBox
                && !(box->left() >= parentBox->left() && box->top() >= parentBox->top()
                     && box->right() <= parentBox->right() && box->bottom() <= parentBox->bottom()))
                m_outside.insert(e);
        }
        for (NodeId e : drawn)
            if (bpmn::isSubProcess(m_t, e)) {
                const NodeId shape = m_di.at(e);
                const bool expanded = m_t.attr(shape, m_t.known().isExpanded) == "true";
                checkContainer(e, expanded ? boxOf(e) : std::nullopt);
            }
        for (NodeId e : bpmn::childElements(m_t, container))
            if (bpmn::isSubProcess(m_t, e) && !m_di.count(e))
                checkContainer(e, std::nullopt);
    }

    void checkArray(const std::vector<NodeId> &elements)
    {
        std::vector<Placed> shapes;
        for (NodeId e : elements)
            if (const auto box = boxOf(e))
                shapes.push_back({e, *box});
        std::stable_sort(shapes.begin(), shapes.end(),
                         [](const Placed &a, const Placed &b) { return a.box.left() < b.box.left(); });
        const NameId attachedTo = m_t.known().attachedToRef;
        auto attached = [&](NodeId a, NodeId b) {
            return m_t.resolveRef(m_t.attr(a, attachedTo)) == b;
        };
        for (std::size_t i = 0; i < shapes.size(); ++i)
            for (std::size_t j = i + 1; j < shapes.size() && shapes[j].box.left() <= shapes[i].box.right(); ++j) {
                const QRectF &a = shapes[i].box, &b = shapes[j].box;
                const bool hit = a.right() >= b.left() && b.right() >= a.left()
                                 && a.bottom() >= b.top() && b.bottom() >= a.top();
                if (!hit || attached(shapes[i].element, shapes[j].element)
                    || attached(shapes[j].element, shapes[i].element))
                    continue;
                m_overlapping.insert(shapes[i].element);
                m_overlapping.insert(shapes[j].element);
            }
    }

    RuleContext &m_c;
    const ModelTree &m_t;
    std::unordered_map<NodeId, NodeId> m_di;
    std::set<NodeId> m_overlapping, m_outside;
};

} // namespace

void noBpmndi(RuleContext &c)
{
    const ModelTree &t = c.tree();
    if (!bpmn::isDefinitions(t, t.root()))
        return;
    std::unordered_set<NodeId> drawn;
    for (NodeId plane : di::planes(t))
        for (NodeId e : bpmn::childElements(t, plane))
            if (const NodeId s = di::semanticOf(t, e); s != kNoNode)
                drawn.insert(s);
    std::vector<NodeId> visual;
    for (NodeId root : bpmn::childElements(t, t.root()))
        collectVisual(t, root, visual);
    for (NodeId e : visual)
        if (!drawn.count(e))
            c.report(e, QT_TRANSLATE_NOOP("amtsweg::Rules", "Element is missing bpmndi"));
}

void noOverlappingElements(RuleContext &c)
{
    OverlapCheck(c).run();
}

} // namespace amtsweg::validation::rules
