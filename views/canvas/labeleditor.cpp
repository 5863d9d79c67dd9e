#include "labeleditor.h"

#include "contextpad.h"
#include "diagrameditor.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "document.h"
#include "fimlabelhints.h"
#include "notation/bpmnpainter.h"
#include "notation/diagrambuilder.h"

#include <QFontMetricsF>
#include <QGraphicsView>
#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>
#include <QToolTip>

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
        if (!m_placeholder.isEmpty())
            prepareGeometryChange(); // the placeholder shows only while the text is empty
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
    const auto pattern =
        m_scene.isFimMode() && item->type() == ShapeItem::Type
            ? fim::labelPattern(*m_scene.tree(), static_cast<ShapeItem *>(item)->semanticElement())
            : fim::LabelPattern::None;
    m_pattern = int(pattern);
    m_placeholder = FimLabelHints::placeholder(pattern);
    setToolTip(m_placeholder);
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
    const QString hint = text == m_original
                             ? QString()
                             : FimLabelHints::mismatch(fim::LabelPattern(m_pattern), text);
    const QRectF area = m_area;
    close();
    m_lastHint = hint;
    if (!hint.isEmpty())
        showHint(hint, area);
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
    prepareGeometryChange();
    m_placeholder.clear();
    m_pattern = int(fim::LabelPattern::None);
    setToolTip(QString());
    setTextInteractionFlags(Qt::NoTextInteraction);
    clearFocus();
    setVisible(false);
    setPlainText(QString());
    m_closing = false;
    if (ContextPad *pad = m_scene.contextPad())
        pad->refresh();
}

QRectF LabelEditor::placeholderRect() const
{
    if (m_placeholder.isEmpty() || !document()->isEmpty())
        return {};
    const qreal margin = document()->documentMargin();
    const qreal width = qMax<qreal>(textWidth(), 120) - 2 * margin;
    QFont small = font();
    small.setItalic(true);
    const QRectF text = QFontMetricsF(small).boundingRect(
        QRectF(0, 0, width, 1000), Qt::TextWordWrap | Qt::AlignHCenter, m_placeholder);
    return QRectF(margin, margin, width, text.height());
}

QRectF LabelEditor::boundingRect() const
{
    const QRectF hint = placeholderRect();
    const QRectF text = QGraphicsTextItem::boundingRect();
    return hint.isEmpty() ? text : text | hint.adjusted(-1, -1, 1, 1);
}

void LabelEditor::showHint(const QString &hint, const QRectF &area)
{
    const QList<QGraphicsView *> views = m_scene.views();
    if (views.isEmpty())
        return;
    QWidget *viewport = views.front()->viewport();
    const QPoint at = views.front()->mapFromScene(area.bottomLeft());
    QToolTip::showText(viewport->mapToGlobal(at), hint, viewport, QRect(), 8000);
}

void LabelEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    painter->save();
    painter->setBrush(Qt::white);
    painter->setPen(QPen(selectionColor(), 1));
    painter->drawRect(boundingRect());
    if (const QRectF hint = placeholderRect(); !hint.isEmpty()) {
        QFont small = font();
        small.setItalic(true);
        painter->setFont(small);
        painter->setPen(QColor(0x80, 0x80, 0x80));
        painter->drawText(hint, Qt::TextWordWrap | Qt::AlignHCenter, m_placeholder);
    }
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
