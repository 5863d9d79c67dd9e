#pragma once
// LabelEditor: direct, multi-line editing of an element's name (double-click or E) in place of
// its label. Ctrl+Enter or a click outside commits (one SetPropertyCommand through the
// document), Esc cancels; Enter starts a new line. In FIM mode the editor shows the FIM label
// pattern of the element as placeholder and tooltip, and after committing a label that does not
// fit the pattern a non-modal hint (a tooltip by the label); the edit itself is never refused.

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

    /// The FIM label pattern shown while editing (empty outside FIM mode or without pattern).
    QString placeholder() const { return m_placeholder; }
    /// The hint shown after the last commit (empty when the label fitted or outside FIM mode).
    QString lastHint() const { return m_lastHint; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
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
    /// The placeholder's rectangle in item coordinates (empty when not shown).
    QRectF placeholderRect() const;
    /// Shows `hint` as a tooltip under the edited area in the scene's view.
    void showHint(const QString &hint, const QRectF &area);

    DiagramScene &m_scene;
    NodeId m_target = 0;
    QString m_original;
    QString m_placeholder;
    QString m_lastHint;
    int m_pattern = 0; ///< fim::LabelPattern of the target
    QRectF m_area;
    bool m_centred = false; ///< text inside an activity: kept vertically centred
    bool m_closing = false;
};

} // namespace amtsweg
