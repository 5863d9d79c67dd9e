#pragma once
// PropertiesPanel: the properties of one element of a document: a header (symbol, type,
// name) and sections for what the element has (general, event, flow, loop, colour). Every edit
// goes through the document as a command; the panel follows the document's change signals and
// never pushes commands in reaction to them.

#include "bpmn/modeltree.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace amtsweg {

class BpmnDocument;
class ColourSection;
class EventSection;
class FlowSection;
class GeneralSection;
class LoopSection;
class PropertySection;

class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPanel(QWidget *parent = nullptr);

    /// The document whose elements the panel shows (null: none). Shows no element.
    void setDocument(BpmnDocument *document);
    BpmnDocument *document() const;
    /// Shows a semantic element and the shape or edge drawing it (for colours); either may be
    /// kNoNode.
    void setElement(NodeId element, NodeId diElement = kNoNode);
    NodeId element() const { return m_element; }
    /// Shows no element, only `text` (e.g. "3 elements selected").
    void showMessage(const QString &text);
    NodeId diElement() const { return m_diElement; }

    GeneralSection *generalSection() const { return m_general; }
    EventSection *eventSection() const { return m_event; }
    FlowSection *flowSection() const { return m_flow; }
    LoopSection *loopSection() const { return m_loop; }
    ColourSection *colourSection() const { return m_colour; }

private:
    void reload();
    void onElementRemoved();

    QPointer<BpmnDocument> m_document;
    NodeId m_element = kNoNode;
    NodeId m_diElement = kNoNode;
    QLabel *m_icon = nullptr;
    QLabel *m_type = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    GeneralSection *m_general = nullptr;
    EventSection *m_event = nullptr;
    FlowSection *m_flow = nullptr;
    LoopSection *m_loop = nullptr;
    ColourSection *m_colour = nullptr;
    QList<PropertySection *> m_sections;
};

} // namespace amtsweg
