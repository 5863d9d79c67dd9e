#include "labeleditor.h"

#include "contextpad.h"
#include "diagrameditor.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "document.h"
#include "notation/bpmnpainter.h"
#include "notation/diagrambuilder.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>

namespace amtsweg {

LabelEditor::LabelEditor(DiagramScene &scene) : m_scene(scene)
{
    setZValue(DiagramBuilder::kLabelZ + 30);
    setFont(BpmnPainter::labelFont());
    setTextInteractionFlags(Qt::NoTextInteraction);
    setVisible(false);
    QTextOption option = document()->defaultTextOption();
    option.setAlignment(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document()->setDefaultTextOption(option);
    QObject::connect(document(), &QTextDocument::contentsChanged, document(), [this] {
        if (isActive())
            place();
    });
}

QRectF LabelEditor::editArea(QGraphicsItem *item) const
{
    if (item->type() == ShapeItem::Type) {
        const ShapeSpec &s = static_cast<ShapeItem *>(item)->spec();
        if (BpmnPainter::hasExternalLabel(s)) {
            const QRectF label = BpmnPainter::shapeLabelRect(s);
            if (!label.isEmpty())
                return label.adjusted(-4, -2, 4, 2);
            return QRectF(s.bounds.center().x() - 50, s.bounds.bottom() + 5, 100, 20);
        }
        if (s.kind == ShapeKind::Participant || s.kind == ShapeKind::Lane)
            return QRectF(s.bounds.left() + 2, s.bounds.top() + 2, 200, 24);
        if (s.kind == ShapeKind::TextAnnotation)
            return s.bounds.adjusted(2, 2, 60, 0);
        return s.bounds.adjusted(2, 2, -2, -2);
    }
    const EdgeSpec &e = static_cast<EdgeItem *>(item)->spec();
    const QRectF label = BpmnPainter::edgeLabelRect(e);
    if (!label.isEmpty())
        return label.adjusted(-4, -2, 4, 2);
    if (e.waypoints.size() < 2)
        return {};
    const int mid = int(e.waypoints.size()) / 2;
    const QPointF c = (e.waypoints[mid - 1] + e.waypoints[mid]) / 2;
    return QRectF(c.x() - 50, c.y() - 22, 100, 20);
}

bool LabelEditor::start(NodeId diElement)
{
    if (isActive())
        commit();
    QGraphicsItem *item = m_scene.itemFor(diElement);
    DiagramEditor *editor = m_scene.editor();
    if (!item || !editor || !editor->hasEditableLabel(diElement))
        return false;
    const QRectF area = editArea(item);
    if (area.isEmpty())
        return false;
    m_target = diElement;
    m_area = area;
    // Typed in the label's own font (its BPMNLabelStyle), as it will be drawn.
    setFont(BpmnPainter::labelFont(item->type() == ShapeItem::Type
                                       ? static_cast<ShapeItem *>(item)->spec().labelFont
                                       : static_cast<EdgeItem *>(item)->spec().labelFont));
    m_centred = item->type() == ShapeItem::Type &&
                !BpmnPainter::hasExternalLabel(static_cast<ShapeItem *>(item)->spec()) &&
                static_cast<ShapeItem *>(item)->spec().kind != ShapeKind::Participant &&
                static_cast<ShapeItem *>(item)->spec().kind != ShapeKind::Lane &&
                static_cast<ShapeItem *>(item)->spec().kind != ShapeKind::TextAnnotation;
    setTextHidden(diElement, true);
    m_original = editor->labelText(diElement);
    setPlainText(m_original);
    setTextWidth(area.width());
    place();
    setTextInteractionFlags(Qt::TextEditorInteraction);
    if (ContextPad *pad = m_scene.contextPad())
        pad->setVisible(false);
    setVisible(true);
    setFocus(Qt::OtherFocusReason);
    QTextCursor cursor(document());
    cursor.select(QTextCursor::Document);
    setTextCursor(cursor);
    return true;
}

void LabelEditor::place()
{
    // Text inside activities stays vertically centred as it grows, the way it is drawn.
    const qreal height = boundingRect().height();
    const qreal y = m_centred ? m_area.center().y() - height / 2 : m_area.top();
    setPos(m_area.left(), y);
}

void LabelEditor::setTextHidden(NodeId diElement, bool hidden)
{
    if (ShapeItem *shape = m_scene.shapeItem(diElement))
        shape->setTextHidden(hidden);
    else if (EdgeItem *edge = m_scene.edgeItem(diElement))
        edge->setTextHidden(hidden);
    if (QGraphicsItem *label = m_scene.labelFor(diElement))
        label->update();
}

void LabelEditor::commit()
{
    if (!isActive() || m_closing)
        return;
    const NodeId target = m_target;
    const QString text = toPlainText();
    close();
    BpmnDocument *doc = m_scene.document();
    // Never write in reaction to a model change (e.g. focus lost while undo runs).
    if (!doc || doc->isApplyingCommand() || !m_scene.itemFor(target) || text == m_original)
        return;
    if (DiagramEditor *editor = m_scene.editor())
        editor->setLabel(target, text);
}

void LabelEditor::cancel()
{
    if (isActive())
        close();
}

void LabelEditor::close()
{
    m_closing = true;
    setTextHidden(m_target, false);
    m_target = 0;
    setTextInteractionFlags(Qt::NoTextInteraction);
    clearFocus();
    setVisible(false);
    setPlainText(QString());
    m_closing = false;
    if (ContextPad *pad = m_scene.contextPad())
        pad->refresh();
}

void LabelEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->save();
    painter->setBrush(Qt::white);
    painter->setPen(QPen(selectionColor(), 1));
    painter->drawRect(boundingRect());
    painter->restore();
    QGraphicsTextItem::paint(painter, option, widget);
}

void LabelEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        commit();
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        cancel();
        event->accept();
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void LabelEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    if (event->reason() != Qt::PopupFocusReason)
        commit();
}

} // namespace amtsweg
