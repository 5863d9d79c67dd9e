#pragma once
// LabelEditor: direct, multi-line editing of an element's name (double-click or E) in place of
// its label. Ctrl+Enter or a click outside commits (one SetPropertyCommand through the
// document), Esc cancels; Enter starts a new line.

#include "bpmn/modeltree.h"

#include <QGraphicsTextItem>

namespace amtsweg {

class DiagramScene;

class LabelEditor : public QGraphicsTextItem
{
public:
    enum { Type = UserType + 22 };
    explicit LabelEditor(DiagramScene &scene);

    /// Opens the editor on a shape or edge; false when the element has no editable label.
    bool start(NodeId diElement);
    /// Writes the text to the model (when changed) and closes.
    void commit();
    /// Closes without changing the model.
    void cancel();
    bool isActive() const { return m_target != 0; }
    NodeId target() const { return m_target; }

    int type() const override { return Type; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void close();
    void place();
    void setTextHidden(NodeId diElement, bool hidden);
    /// Where the editor goes for an item, with the text width.
    QRectF editArea(QGraphicsItem *item) const;

    DiagramScene &m_scene;
    NodeId m_target = 0;
    QString m_original;
    QRectF m_area;
    bool m_centred = false; ///< text inside an activity: kept vertically centred
    bool m_closing = false;
};

} // namespace amtsweg
