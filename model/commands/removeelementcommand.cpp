#include "commands/removeelementcommand.h"

#include "bpmn/elements.h"
#include "di/diagraminfo.h"
#include "document.h"

#include <algorithm>
#include <set>
#include <string>
#include <unordered_set>

namespace amtsweg {
namespace {

/// Adds `root` and every node below it to `marked`.
void markSubtree(const ModelTree &tree, NodeId root, std::unordered_set<NodeId> &marked)
{
    NodeId c = root;
    while (true) {
        marked.insert(c);
        if (tree.firstChild(c) != kNoNode) {
            c = tree.firstChild(c);
            continue;
        }
        while (c != root && tree.next(c) == kNoNode)
            c = tree.parent(c);
        if (c == root)
            return;
        c = tree.next(c);
    }
}

} // namespace

RemoveElementCommand::RemoveElementCommand(BpmnDocument *document, std::vector<NodeId> elements,
                                           QUndoCommand *parent)
    : DocumentCommand(document, elements.size() == 1 ? tr("Delete element") : tr("Delete elements"),
                      parent),
      m_elements(std::move(elements))
{
}

RemoveElementCommand::RemoveElementCommand(BpmnDocument *document, NodeId element,
                                           QUndoCommand *parent)
    : RemoveElementCommand(document, std::vector<NodeId>{element}, parent)
{
}

void RemoveElementCommand::build(ModelTree &tree, TreeEdit &edit)
{
    // 1. What the user asked for, as semantic elements where there are some.
    std::vector<NodeId> roots;
    std::unordered_set<NodeId> removed;
    auto addRoot = [&](NodeId n) {
        if (n == kNoNode || !tree.isValid(n) || !tree.isElement(n) || !tree.isAttached(n) ||
            n == tree.root() || removed.count(n))
            return;
        roots.push_back(n);
        markSubtree(tree, n, removed);
    };
    for (NodeId n : m_elements) {
        if (n == kNoNode || !tree.isValid(n))
            continue;
        if (di::isPlane(tree, n)) {
            addRoot(tree.parent(n)); // a diagram without its plane is invalid
        } else if (di::isDiagramElement(tree, n)) {
            const NodeId semantic = di::semanticOf(tree, n);
            addRoot(semantic != kNoNode ? semantic : n);
        } else if (!di::isLabel(tree, n) && !di::isBounds(tree, n) && !di::isWaypoint(tree, n)) {
            addRoot(n);
        }
    }
    // A participant takes its process along unless another participant shows it too.
    for (std::size_t i = 0; i < roots.size(); ++i) {
        if (!bpmn::isParticipant(tree, roots[i]))
            continue;
        const auto ref = tree.attribute(roots[i], tree.known().processRef);
        const NodeId process = ref ? tree.resolveRef(*ref) : kNoNode;
        if (process == kNoNode || !bpmn::isProcess(tree, process))
            continue;
        bool shared = false;
        for (NodeId collaboration : bpmn::childElements(tree, tree.root(), "collaboration"))
            for (NodeId p : bpmn::childElements(tree, collaboration, "participant"))
                if (p != roots[i] && !removed.count(p) &&
                    tree.resolveRef(tree.attr(p, tree.known().processRef)) == process)
                    shared = true;
        if (!shared)
            addRoot(process);
    }
    if (roots.empty())
        return;

    // 2. Everything depending on removed nodes goes too, transitively.
    const std::vector<bpmn::Reference> references = bpmn::collectReferences(tree);
    for (bool grew = true; grew;) {
        grew = false;
        for (const bpmn::Reference &r : references) {
            if (!removed.count(r.to) || removed.count(r.from) || !bpmn::isDependency(tree, r))
                continue;
            // A plane drawing a removed element takes its whole diagram along.
            const NodeId dependent = di::isPlane(tree, r.from) ? tree.parent(r.from) : r.from;
            if (dependent == kNoNode || dependent == tree.root() || removed.count(dependent))
                continue;
            const std::size_t before = roots.size();
            addRoot(dependent);
            grew = grew || roots.size() != before;
        }
    }
    // Keep only outermost roots (a later root may contain an earlier one).
    std::unordered_set<NodeId> rootSet(roots.begin(), roots.end());
    std::erase_if(roots, [&](NodeId n) {
        for (NodeId a = tree.parent(n); a != kNoNode; a = tree.parent(a))
            if (rootSet.count(a))
                return true;
        return false;
    });

    // 3. References from elements that stay are taken out.
    std::set<std::pair<NodeId, NameId>> listsDone;
    for (const bpmn::Reference &r : references) {
        if (!removed.count(r.to) || removed.count(r.from) || bpmn::isDependency(tree, r))
            continue;
        if (r.child != kNoNode) {
            if (tree.isAttached(r.child))
                edit.detach(tree, r.child, ChangeNote::ofProperty(r.from, tree.nameId(r.child)));
            continue;
        }
        if (!r.inList) {
            edit.removeAttribute(tree, r.from, r.attribute,
                                 ChangeNote::ofProperty(r.from, r.attribute));
            continue;
        }
        // IDREFS: keep the entries that stay (once per attribute).
        if (!listsDone.insert({r.from, r.attribute}).second)
            continue;
        std::string kept;
        for (std::string_view token : bpmn::splitList(tree.attr(r.from, r.attribute))) {
            if (removed.count(tree.resolveRef(token)))
                continue;
            if (!kept.empty())
                kept.push_back(' ');
            kept.append(token);
        }
        if (kept.empty())
            edit.removeAttribute(tree, r.from, r.attribute,
                                 ChangeNote::ofProperty(r.from, r.attribute));
        else
            edit.setAttribute(tree, r.from, r.attribute, kept,
                              ChangeNote::ofProperty(r.from, r.attribute));
    }

    // 4. Detach. Undo re-inserts in reverse order, each before the sibling it had.
    for (NodeId n : roots)
        edit.detach(tree, n, ChangeNote::ofStructure());
    m_removed = roots;
}

} // namespace amtsweg
