#include "diagrameditor.h"

#include "bpmn/elements.h"
#include "connectionmaker.h"
#include "contextpad.h"
#include "di/diagraminfo.h"
#include "diagramclipboard.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "document.h"
#include "elementcreator.h"
#include "elementreplacer.h"
#include "keyboardmodelling.h"
#include "laneresizer.h"
#include "moveset.h"

#include <QGraphicsView>
#include <QKeyEvent>
#include <QUndoStack>

#include <vector>

namespace amtsweg {

DiagramEditor::DiagramEditor(DiagramScene &scene)
    : m_scene(scene), m_creator(std::make_unique<ElementCreator>(scene)),
      m_connector(std::make_unique<ConnectionMaker>(scene)),
      m_clipboard(std::make_unique<DiagramClipboard>(scene)),
      m_replacer(std::make_unique<ElementReplacer>(scene)),
      m_keyboard(std::make_unique<KeyboardModelling>(scene))
{
}

DiagramEditor::~DiagramEditor() = default;

BpmnDocument &DiagramEditor::document() const
{
    return *m_scene.document();
}

const ModelTree &DiagramEditor::tree() const
{
    return *m_scene.tree();
}

bool DiagramEditor::handleKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool ctrl = mods & Qt::ControlModifier;
    const bool shift = mods & Qt::ShiftModifier;
    const qreal step = shift ? 10 : 1;
    QUndoStack *undo = document().undoStack();
    if (m_keyboard->handleKey(event))
        return true;
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        return true;
    case Qt::Key_Left:
        nudgeSelection({-step, 0});
        return true;
    case Qt::Key_Right:
        nudgeSelection({step, 0});
        return true;
    case Qt::Key_Up:
        nudgeSelection({0, -step});
        return true;
    case Qt::Key_Down:
        nudgeSelection({0, step});
        return true;
    case Qt::Key_Escape:
        m_scene.setToolMode(ToolMode::Select);
        m_scene.clearSelection();
        return true;
    default:
        break;
    }
    if (ctrl) {
        switch (event->key()) {
        case Qt::Key_A:
            selectAll();
            return true;
        case Qt::Key_C:
            m_clipboard->copy();
            return true;
        case Qt::Key_X:
            m_clipboard->cut();
            return true;
        case Qt::Key_V:
            m_clipboard->paste();
            return true;
        case Qt::Key_D:
            m_clipboard->duplicate();
            return true;
        case Qt::Key_Z:
            shift ? undo->redo() : undo->undo();
            return true;
        case Qt::Key_Y:
            undo->redo();
            return true;
        default:
            return false;
        }
    }
    if (mods != Qt::NoModifier && mods != Qt::ShiftModifier)
        return false;
    const QList<NodeId> selected = m_scene.selectedElements();
    switch (event->key()) {
    case Qt::Key_E:
        return selected.size() == 1 && m_scene.editLabel(selected.front());
    case Qt::Key_R: {
        // The context pad's replace menu, under its entry.
        ContextPad *pad = m_scene.contextPad();
        if (!pad || !pad->isVisible() || !pad->entries().contains(ContextPad::Entry::Replace) ||
            m_scene.views().isEmpty())
            return false;
        QGraphicsView *view = m_scene.views().front();
        const QPoint screen = view->viewport()->mapToGlobal(
            view->mapFromScene(pad->entryScenePos(ContextPad::Entry::Replace)));
        pad->trigger(ContextPad::Entry::Replace, &screen);
        return true;
    }
    case Qt::Key_C:
        m_scene.setToolMode(ToolMode::Connect);
        return true;
    case Qt::Key_H:
        m_scene.setToolMode(ToolMode::Hand);
        return true;
    case Qt::Key_L:
    case Qt::Key_S:
        m_scene.setToolMode(ToolMode::Select);
        return true;
    default:
        return false;
    }
}

void DiagramEditor::selectAll()
{
    m_scene.selectElements(m_scene.diElements());
}

void DiagramEditor::deleteSelection()
{
    const QList<NodeId> selected = m_scene.selectedElements();
    if (selected.isEmpty())
        return;
    document().removeElements(std::vector<NodeId>(selected.begin(), selected.end()));
}

void DiagramEditor::nudgeSelection(const QPointF &delta)
{
    moveShapes(MoveSet::collect(m_scene, m_scene.selectedElements()), delta);
}

void DiagramEditor::moveShapes(const MoveSet &set, const QPointF &delta)
{
    if (set.shapes.isEmpty() || delta.isNull())
        return;
    // One command per drag or nudge; lane membership and orthogonal routes follow.
    document().push(set.createCommand(&document(), delta));
}

bool DiagramEditor::hasEditableLabel(NodeId diElement) const
{
    const NodeId semantic = di::semanticOf(tree(), diElement);
    if (semantic == kNoNode)
        return false;
    const ModelTree &t = tree();
    return bpmn::isFlowNode(t, semantic) || bpmn::isConnection(t, semantic) ||
           bpmn::isParticipant(t, semantic) || bpmn::isLane(t, semantic) ||
           bpmn::isTextAnnotation(t, semantic) || bpmn::isDataObjectReference(t, semantic) ||
           bpmn::isDataStoreReference(t, semantic);
}

QString DiagramEditor::labelText(NodeId diElement) const
{
    const ModelTree &t = tree();
    const NodeId semantic = di::semanticOf(t, diElement);
    if (semantic == kNoNode)
        return {};
    if (bpmn::isTextAnnotation(t, semantic)) {
        const NodeId text = t.firstChildElement(semantic, "text");
        return text != kNoNode ? QString::fromStdString(t.text(text)) : QString();
    }
    const std::string_view name = bpmn::name(t, semantic);
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

void DiagramEditor::setLabel(NodeId diElement, const QString &text)
{
    const NodeId semantic = di::semanticOf(tree(), diElement);
    if (semantic == kNoNode || text == labelText(diElement))
        return;
    const std::string value = text.toStdString();
    BpmnDocument &doc = document();
    if (bpmn::isTextAnnotation(tree(), semantic))
        doc.setElementProperty(semantic, doc.bpmnElementName("text"), value);
    else
        doc.setElementProperty(semantic, tree().known().name,
                               value.empty() ? std::nullopt
                                             : std::optional<std::string_view>(value));
}

void DiagramEditor::resizeShape(NodeId shape, const QRectF &bounds)
{
    LaneResizer resizer(m_scene);
    if (resizer.resize(shape, bounds))
        return;
    document().resizeShape(shape, bounds);
}

void DiagramEditor::setWaypoints(NodeId edge, const QList<QPointF> &points)
{
    document().setWaypoints(edge, points);
}

} // namespace amtsweg
