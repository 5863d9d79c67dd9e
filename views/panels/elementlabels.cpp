#include "elementlabels.h"

#include "notation/elementclassifier.h"

#include <QCoreApplication>

#include <unordered_map>

namespace amtsweg {
namespace {

struct TypeText
{
    std::string_view type;
    const char *text;
};

// Shown in the properties header and the outline's tool tips.
constexpr TypeText kTypeTexts[] = {
    {"tTask", QT_TRANSLATE_NOOP("BpmnType", "Task")},
    {"tUserTask", QT_TRANSLATE_NOOP("BpmnType", "User Task")},
    {"tManualTask", QT_TRANSLATE_NOOP("BpmnType", "Manual Task")},
    {"tServiceTask", QT_TRANSLATE_NOOP("BpmnType", "Service Task")},
    {"tScriptTask", QT_TRANSLATE_NOOP("BpmnType", "Script Task")},
    {"tBusinessRuleTask", QT_TRANSLATE_NOOP("BpmnType", "Business Rule Task")},
    {"tSendTask", QT_TRANSLATE_NOOP("BpmnType", "Send Task")},
    {"tReceiveTask", QT_TRANSLATE_NOOP("BpmnType", "Receive Task")},
    {"tSubProcess", QT_TRANSLATE_NOOP("BpmnType", "Sub-Process")},
    {"tAdHocSubProcess", QT_TRANSLATE_NOOP("BpmnType", "Ad-hoc Sub-Process")},
    {"tTransaction", QT_TRANSLATE_NOOP("BpmnType", "Transaction")},
    {"tCallActivity", QT_TRANSLATE_NOOP("BpmnType", "Call Activity")},
    {"tStartEvent", QT_TRANSLATE_NOOP("BpmnType", "Start Event")},
    {"tEndEvent", QT_TRANSLATE_NOOP("BpmnType", "End Event")},
    {"tIntermediateCatchEvent", QT_TRANSLATE_NOOP("BpmnType", "Intermediate Catch Event")},
    {"tIntermediateThrowEvent", QT_TRANSLATE_NOOP("BpmnType", "Intermediate Throw Event")},
    {"tBoundaryEvent", QT_TRANSLATE_NOOP("BpmnType", "Boundary Event")},
    {"tExclusiveGateway", QT_TRANSLATE_NOOP("BpmnType", "Exclusive Gateway")},
    {"tInclusiveGateway", QT_TRANSLATE_NOOP("BpmnType", "Inclusive Gateway")},
    {"tParallelGateway", QT_TRANSLATE_NOOP("BpmnType", "Parallel Gateway")},
    {"tComplexGateway", QT_TRANSLATE_NOOP("BpmnType", "Complex Gateway")},
    {"tEventBasedGateway", QT_TRANSLATE_NOOP("BpmnType", "Event-based Gateway")},
    {"tSequenceFlow", QT_TRANSLATE_NOOP("BpmnType", "Sequence Flow")},
    {"tMessageFlow", QT_TRANSLATE_NOOP("BpmnType", "Message Flow")},
    {"tAssociation", QT_TRANSLATE_NOOP("BpmnType", "Association")},
    {"tDataInputAssociation", QT_TRANSLATE_NOOP("BpmnType", "Data Input Association")},
    {"tDataOutputAssociation", QT_TRANSLATE_NOOP("BpmnType", "Data Output Association")},
    {"tDataObject", QT_TRANSLATE_NOOP("BpmnType", "Data Object")},
    {"tDataObjectReference", QT_TRANSLATE_NOOP("BpmnType", "Data Object Reference")},
    {"tDataStore", QT_TRANSLATE_NOOP("BpmnType", "Data Store")},
    {"tDataStoreReference", QT_TRANSLATE_NOOP("BpmnType", "Data Store Reference")},
    {"tTextAnnotation", QT_TRANSLATE_NOOP("BpmnType", "Text Annotation")},
    {"tGroup", QT_TRANSLATE_NOOP("BpmnType", "Group")},
    {"tParticipant", QT_TRANSLATE_NOOP("BpmnType", "Pool")},
    {"tLane", QT_TRANSLATE_NOOP("BpmnType", "Lane")},
    {"tProcess", QT_TRANSLATE_NOOP("BpmnType", "Process")},
    {"tCollaboration", QT_TRANSLATE_NOOP("BpmnType", "Collaboration")},
    {"tMessage", QT_TRANSLATE_NOOP("BpmnType", "Message")},
};

/// "tBusinessRuleTask" -> "Business Rule Task".
QString splitCamelCase(std::string_view type)
{
    if (type.size() > 1 && type.front() == 't')
        type.remove_prefix(1);
    QString out;
    for (std::size_t i = 0; i < type.size(); ++i) {
        const char c = type[i];
        if (i > 0 && c >= 'A' && c <= 'Z')
            out += QLatin1Char(' ');
        out += QLatin1Char(c);
    }
    return out;
}

} // namespace

QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::string toUtf8(const QString &s)
{
    return s.toStdString();
}

QString elementTypeLabel(const ModelTree &tree, NodeId n)
{
    if (n == kNoNode || !tree.isValid(n) || !tree.isElement(n))
        return {};
    const std::string_view type = notation::typeName(tree, n);
    if (type.empty())
        return toQString(tree.localName(n));
    for (const TypeText &t : kTypeTexts)
        if (t.type == type)
            return QCoreApplication::translate("BpmnType", t.text);
    return splitCamelCase(type);
}

QString elementDisplayName(const ModelTree &tree, NodeId n)
{
    if (n == kNoNode || !tree.isValid(n) || !tree.isElement(n))
        return {};
    QString name = toQString(tree.attr(n, tree.known().name)).simplified();
    return name.isEmpty() ? elementTypeLabel(tree, n) : name;
}

QString eventTriggerLabel(EventTrigger trigger)
{
    switch (trigger) {
    case EventTrigger::None:
        return QCoreApplication::translate("BpmnType", "None");
    case EventTrigger::Message:
        return QCoreApplication::translate("BpmnType", "Message");
    case EventTrigger::Timer:
        return QCoreApplication::translate("BpmnType", "Timer");
    case EventTrigger::Escalation:
        return QCoreApplication::translate("BpmnType", "Escalation");
    case EventTrigger::Conditional:
        return QCoreApplication::translate("BpmnType", "Conditional");
    case EventTrigger::Link:
        return QCoreApplication::translate("BpmnType", "Link");
    case EventTrigger::Error:
        return QCoreApplication::translate("BpmnType", "Error");
    case EventTrigger::Cancel:
        return QCoreApplication::translate("BpmnType", "Cancel");
    case EventTrigger::Compensation:
        return QCoreApplication::translate("BpmnType", "Compensation");
    case EventTrigger::Signal:
        return QCoreApplication::translate("BpmnType", "Signal");
    case EventTrigger::Terminate:
        return QCoreApplication::translate("BpmnType", "Terminate");
    case EventTrigger::Multiple:
        return QCoreApplication::translate("BpmnType", "Multiple");
    case EventTrigger::ParallelMultiple:
        return QCoreApplication::translate("BpmnType", "Parallel Multiple");
    }
    return {};
}

bool isValidElementId(const QString &id)
{
    if (id.isEmpty())
        return false;
    const QChar first = id.front();
    if (!(first.isLetter() || first == QLatin1Char('_')))
        return false;
    for (const QChar c : id) {
        if (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') ||
            c == QLatin1Char('.') || c.isMark())
            continue;
        return false;
    }
    return true;
}

} // namespace amtsweg
