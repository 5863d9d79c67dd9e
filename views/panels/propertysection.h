#pragma once
// PropertySection: one titled group of the properties panel for one kind of element (general,
// event, flow, loop, colour). It reads its values from the model in load() and turns widget
// edits into commands (propertyedits.h, BpmnDocument mutators). While it loads, or while the
// document applies a command, widget signals must not push anything (isLoading()).

#include "bpmn/modeltree.h"

#include <QGroupBox>
#include <QPointer>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace amtsweg {

class BpmnDocument;

class PropertySection : public QGroupBox
{
    Q_OBJECT

public:
    explicit PropertySection(const QString &title, QWidget *parent = nullptr);

    /// Targets `element` (semantic) drawn by `diElement`; either may be kNoNode. Shown by the
    /// next reload(), which hides the section when it has nothing to show for the element.
    void setTarget(BpmnDocument *document, NodeId element, NodeId diElement);
    /// Re-reads the values from the model. Never pushes commands.
    void reload();

protected:
    /// True when the section has something to show for element() / diElement().
    virtual bool appliesTo(const ModelTree &tree) const = 0;
    /// Fills the widgets from the model; widget signals are ignored meanwhile.
    virtual void load(const ModelTree &tree) = 0;

    BpmnDocument *document() const;
    NodeId element() const { return m_element; }
    NodeId diElement() const { return m_diElement; }
    /// True while load() runs or the document is applying a command: no edits then.
    bool isLoading() const;

    /// Set a field's text only when it differs (keeps the cursor while the user types).
    static void showText(QLineEdit *edit, const QString &text);
    static void showText(QPlainTextEdit *edit, const QString &text);
    /// Lets a combo box shrink with the panel instead of growing to its longest entry.
    static void letShrink(QComboBox *combo);

private:
    QPointer<BpmnDocument> m_document;
    NodeId m_element = kNoNode;
    NodeId m_diElement = kNoNode;
    bool m_loading = false;
};

} // namespace amtsweg
