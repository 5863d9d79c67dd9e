#include "propertiespanel.h"

#include "coloursection.h"
#include "document.h"
#include "elementicons.h"
#include "elementlabels.h"
#include "endtoendsection.h"
#include "eventsection.h"
#include "flowsection.h"
#include "generalsection.h"
#include "loopsection.h"
#include "ragsection.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace amtsweg {

PropertiesPanel::PropertiesPanel(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Properties"));
    // Fields grow and shrink with the dock; they never scroll sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);

    auto *content = new QWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    auto *header = new QGridLayout;
    m_icon = new QLabel(content);
    m_icon->setFixedSize(32, 32);
    m_type = new QLabel(content);
    m_type->setObjectName(QStringLiteral("typeLabel"));
    QFont typeFont = m_type->font();
    typeFont.setPixelSize(11);
    m_type->setFont(typeFont);
    m_type->setForegroundRole(QPalette::PlaceholderText); // secondary, legible in dark themes
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    header->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    header->addWidget(m_type, 0, 1);
    header->addWidget(m_title, 1, 1);
    header->setColumnStretch(1, 1);
    layout->addLayout(header);

    m_empty = new QLabel(content);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty);

    m_general = new GeneralSection(content);
    m_event = new EventSection(content);
    m_flow = new FlowSection(content);
    m_loop = new LoopSection(content);
    m_colour = new ColourSection(content);
    m_sections = {m_general, m_event, m_flow, m_loop, new EndToEndSection(content),
                  new RagSection(content), m_colour};
    for (PropertySection *section : std::as_const(m_sections))
        layout->addWidget(section);
    layout->addStretch(1);
    scroll->setWidget(content);
    setElement(kNoNode);
}

void PropertiesPanel::setDocument(BpmnDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // Values are re-read from the model; the sections ignore their widgets' signals
        // meanwhile, so nothing is pushed in reaction to these signals.
        connect(m_document, &BpmnDocument::elementChanged, this, &PropertiesPanel::reload);
        connect(m_document, &BpmnDocument::elementAdded, this, &PropertiesPanel::reload);
        connect(m_document, &BpmnDocument::elementRemoved, this,
                &PropertiesPanel::onElementRemoved);
        connect(m_document, &BpmnDocument::reset, this, [this] { setElement(kNoNode); });
    }
    setElement(kNoNode);
}

void PropertiesPanel::showMessage(const QString &text)
{
    setElement(kNoNode);
    m_empty->setText(text);
}

void PropertiesPanel::setElement(NodeId element, NodeId diElement)
{
    m_empty->setText(tr("Select an element to see its properties."));
    m_element = element;
    m_diElement = diElement;
    for (PropertySection *section : std::as_const(m_sections))
        section->setTarget(m_document, m_element, m_diElement);
    reload();
}

void PropertiesPanel::onElementRemoved()
{
    const ModelTree *tree = m_document ? &m_document->tree() : nullptr;
    if (tree && m_element != kNoNode && !tree->isAttached(m_element)) {
        // Replaced by an element of another type (same id, new node): follow it.
        const NodeId drawn = m_diElement != kNoNode && tree->isAttached(m_diElement)
            ? tree->resolveRef(tree->attr(m_diElement, tree->known().bpmnElement))
            : kNoNode;
        setElement(drawn, drawn != kNoNode ? m_diElement : kNoNode);
    } else {
        reload();
    }
}

void PropertiesPanel::reload()
{
    const ModelTree *tree = m_document ? &m_document->tree() : nullptr;
    const bool shown = tree && m_element != kNoNode && tree->isAttached(m_element);
    m_empty->setVisible(!shown);
    m_icon->setVisible(shown);
    m_type->setVisible(shown);
    m_title->setVisible(shown);
    if (shown) {
        m_icon->setPixmap(elementIcon(*tree, m_element).pixmap(32, 32));
        m_type->setText(elementTypeLabel(*tree, m_element));
        const QString name = toQString(tree->attr(m_element, tree->known().name)).simplified();
        m_title->setText(name.isEmpty() ? toQString(tree->id(m_element)) : name);
    }
    for (PropertySection *section : std::as_const(m_sections))
        section->reload();
}

BpmnDocument *PropertiesPanel::document() const
{
    return m_document.data();
}

} // namespace amtsweg
