#include "eventsection.h"

#include "bpmn/elements.h"
#include "document.h"
#include "elementlabels.h"
#include "notation/elementclassifier.h"
#include "propertyedits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace amtsweg {
namespace {

/// "Message «Antrag»": the name of what an event definition refers to, if anything.
QString referencedName(const ModelTree &tree, NodeId definition)
{
    for (const Attribute &a : tree.attributes(definition)) {
        const std::string_view local = tree.names()[a.name].local;
        if (local != "messageRef" && local != "signalRef" && local != "errorRef" &&
            local != "escalationRef")
            continue;
        const NodeId target = tree.resolveRef(a.value);
        return target != kNoNode ? elementDisplayName(tree, target) : toQString(a.value);
    }
    return {};
}

} // namespace

EventSection::EventSection(QWidget *parent) : PropertySection(tr("Event"), parent)
{
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_kind = new QLabel(this);
    m_kind->setObjectName(QStringLiteral("eventKindLabel"));
    m_kind->setWordWrap(true);
    m_kind->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Trigger"), m_kind);

    m_timerKind = new QComboBox(this);
    letShrink(m_timerKind);
    m_timerKind->setObjectName(QStringLiteral("timerKindCombo"));
    m_timerKind->addItem(tr("Date"), QStringLiteral("timeDate"));
    m_timerKind->addItem(tr("Duration"), QStringLiteral("timeDuration"));
    m_timerKind->addItem(tr("Cycle"), QStringLiteral("timeCycle"));
    m_timerValue = new QLineEdit(this);
    m_timerValue->setObjectName(QStringLiteral("timerValueEdit"));
    m_timerValue->setPlaceholderText(tr("ISO 8601, e.g. P14D"));
    m_timerLabel = new QLabel(tr("Timer"), this);
    auto *timerRow = new QHBoxLayout;
    timerRow->addWidget(m_timerKind);
    timerRow->addWidget(m_timerValue, 1);
    form->addRow(m_timerLabel, timerRow);

    m_condition = new QLineEdit(this);
    m_condition->setObjectName(QStringLiteral("eventConditionEdit"));
    m_conditionLabel = new QLabel(tr("Condition"), this);
    form->addRow(m_conditionLabel, m_condition);

    m_interrupting = new QCheckBox(tr("Interrupting"), this);
    m_interrupting->setObjectName(QStringLiteral("interruptingCheck"));
    form->addRow(QString(), m_interrupting);

    connect(m_timerKind, &QComboBox::activated, this, &EventSection::commitTimer);
    connect(m_timerValue, &QLineEdit::editingFinished, this, &EventSection::commitTimer);
    connect(m_condition, &QLineEdit::editingFinished, this, &EventSection::commitCondition);
    connect(m_interrupting, &QCheckBox::toggled, this, &EventSection::commitInterrupting);
}

bool EventSection::appliesTo(const ModelTree &tree) const
{
    return bpmn::isEvent(tree, element());
}

NodeId EventSection::definition(const ModelTree &tree, std::string_view type) const
{
    for (NodeId c = tree.firstChildElement(element()); c != kNoNode; c = tree.nextSiblingElement(c))
        if (tree.isA(c, type))
            return c;
    return kNoNode;
}

std::string_view EventSection::interruptingAttribute(const ModelTree &tree) const
{
    const NodeId e = element();
    if (bpmn::isBoundaryEvent(tree, e))
        return "cancelActivity";
    const NodeId parent = tree.parent(e);
    if (bpmn::isStartEvent(tree, e) && bpmn::isSubProcess(tree, parent) &&
        notation::booleanAttribute(tree, parent, "triggeredByEvent", false))
        return "isInterrupting";
    return {};
}

void EventSection::load(const ModelTree &tree)
{
    ShapeSpec spec;
    notation::classifyShape(tree, element(), spec);
    QString kind = eventTriggerLabel(spec.trigger);
    QStringList references;
    for (NodeId c = tree.firstChildElement(element()); c != kNoNode; c = tree.nextSiblingElement(c))
        if (tree.isA(c, "tEventDefinition"))
            if (const QString r = referencedName(tree, c); !r.isEmpty())
                references << r;
    if (!references.isEmpty())
        kind += QStringLiteral(" (%1)").arg(references.join(QStringLiteral(", ")));
    m_kind->setText(kind);

    const NodeId timer = definition(tree, "tTimerEventDefinition");
    m_timerLabel->setVisible(timer != kNoNode);
    m_timerKind->setVisible(timer != kNoNode);
    m_timerValue->setVisible(timer != kNoNode);
    if (timer != kNoNode) {
        const std::string_view current = propertyedits::timerKind(tree, timer);
        m_timerKind->setCurrentIndex(
            m_timerKind->findData(toQString(current.empty() ? "timeDuration" : current)));
        showText(m_timerValue,
                 current.empty() ? QString() : propertyedits::expression(tree, timer, current));
    }

    const NodeId conditional = definition(tree, "tConditionalEventDefinition");
    m_conditionLabel->setVisible(conditional != kNoNode);
    m_condition->setVisible(conditional != kNoNode);
    if (conditional != kNoNode)
        showText(m_condition, propertyedits::expression(tree, conditional, "condition"));

    const std::string_view attribute = interruptingAttribute(tree);
    m_interrupting->setVisible(!attribute.empty());
    if (!attribute.empty())
        m_interrupting->setChecked(notation::booleanAttribute(tree, element(), attribute, true));
}

void EventSection::commitTimer()
{
    if (isLoading())
        return;
    const NodeId timer = definition(document()->tree(), "tTimerEventDefinition");
    const std::string kind = toUtf8(m_timerKind->currentData().toString());
    propertyedits::setTimer(document(), timer, kind, m_timerValue->text());
}

void EventSection::commitCondition()
{
    if (isLoading())
        return;
    const NodeId conditional = definition(document()->tree(), "tConditionalEventDefinition");
    propertyedits::setExpression(document(), conditional, "condition", m_condition->text());
}

void EventSection::commitInterrupting(bool checked)
{
    if (isLoading())
        return;
    const std::string_view attribute = interruptingAttribute(document()->tree());
    if (!attribute.empty())
        propertyedits::setBoolean(document(), element(), attribute, checked, true);
}

} // namespace amtsweg
