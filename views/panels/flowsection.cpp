#include "flowsection.h"

#include "bpmn/elements.h"
#include "document.h"
#include "elementlabels.h"
#include "propertyedits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace amtsweg {

FlowSection::FlowSection(QWidget *parent) : PropertySection(tr("Flow"), parent)
{
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_condition = new QLineEdit(this);
    m_condition->setObjectName(QStringLiteral("conditionEdit"));
    m_condition->setPlaceholderText(tr("e.g. ${antragVollstaendig}"));
    m_conditionLabel = new QLabel(tr("Condition"), this);
    form->addRow(m_conditionLabel, m_condition);

    m_isDefault = new QCheckBox(tr("Default flow of its source"), this);
    m_isDefault->setObjectName(QStringLiteral("defaultFlowCheck"));
    form->addRow(QString(), m_isDefault);

    m_defaultFlow = new QComboBox(this);
    letShrink(m_defaultFlow);
    m_defaultFlow->setObjectName(QStringLiteral("defaultFlowCombo"));
    m_defaultFlowLabel = new QLabel(tr("Default flow"), this);
    form->addRow(m_defaultFlowLabel, m_defaultFlow);

    connect(m_condition, &QLineEdit::editingFinished, this, &FlowSection::commitCondition);
    connect(m_isDefault, &QCheckBox::toggled, this, &FlowSection::commitIsDefault);
    connect(m_defaultFlow, &QComboBox::activated, this, &FlowSection::commitDefaultFlow);
}

bool FlowSection::appliesTo(const ModelTree &tree) const
{
    const NodeId e = element();
    if (bpmn::isSequenceFlow(tree, e))
        return propertyedits::canHaveCondition(tree, e);
    return propertyedits::canHaveDefaultFlow(tree, e) && !bpmn::outgoingFlows(tree, e).empty();
}

void FlowSection::load(const ModelTree &tree)
{
    const bool isFlow = bpmn::isSequenceFlow(tree, element());
    m_conditionLabel->setVisible(isFlow);
    m_condition->setVisible(isFlow);
    m_isDefault->setVisible(isFlow);
    m_defaultFlowLabel->setVisible(!isFlow);
    m_defaultFlow->setVisible(!isFlow);
    if (isFlow)
        loadFlow(tree);
    else
        loadSource(tree);
}

void FlowSection::loadFlow(const ModelTree &tree)
{
    const NodeId flow = element();
    const NodeId source = bpmn::sourceOf(tree, flow);
    const bool isDefault = tree.resolveRef(tree.attr(source, tree.known().default_)) == flow;
    m_isDefault->setChecked(isDefault);
    showText(m_condition, propertyedits::expression(tree, flow, "conditionExpression"));
    // A default flow is taken when no condition holds: it has no condition of its own.
    m_condition->setEnabled(!isDefault);
    m_condition->setToolTip(isDefault ? tr("A default flow has no condition.") : QString());
}

void FlowSection::loadSource(const ModelTree &tree)
{
    const NodeId source = element();
    const NodeId current = tree.resolveRef(tree.attr(source, tree.known().default_));
    m_defaultFlow->clear();
    m_defaultFlow->addItem(tr("(none)"), 0u);
    for (NodeId flow : bpmn::outgoingFlows(tree, source)) {
        const NodeId target = bpmn::targetOf(tree, flow);
        QString text = toQString(tree.attr(flow, tree.known().name)).simplified();
        if (text.isEmpty())
            text = tr("to %1").arg(target != kNoNode ? elementDisplayName(tree, target)
                                                     : toQString(tree.id(flow)));
        m_defaultFlow->addItem(text, flow);
        if (flow == current)
            m_defaultFlow->setCurrentIndex(m_defaultFlow->count() - 1);
    }
}

void FlowSection::commitCondition()
{
    if (isLoading())
        return;
    propertyedits::setExpression(document(), element(), "conditionExpression", m_condition->text());
}

void FlowSection::commitIsDefault(bool checked)
{
    if (isLoading())
        return;
    const ModelTree &tree = document()->tree();
    const NodeId source = bpmn::sourceOf(tree, element());
    const bool isDefault = tree.resolveRef(tree.attr(source, tree.known().default_)) == element();
    if (checked != isDefault)
        propertyedits::setDefaultFlow(document(), source, checked ? element() : kNoNode);
}

void FlowSection::commitDefaultFlow(int index)
{
    if (isLoading())
        return;
    propertyedits::setDefaultFlow(document(), element(),
                                  m_defaultFlow->itemData(index).value<NodeId>());
}

} // namespace amtsweg
