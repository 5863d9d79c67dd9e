#pragma once
// The edits the properties panel offers, each pushed on the document as one undo step (a
// single command or a macro of model commands). They never run while a command is applied.
// Each returns false when there was nothing to change.

#include "bpmn/modeltree.h"

#include <QColor>
#include <QString>
#include <string_view>

namespace amtsweg {

class BpmnDocument;

namespace propertyedits {

/// The text of an expression child of `owner` (conditionExpression of a sequence flow,
/// condition of a conditional event definition, timeDate/timeDuration/timeCycle of a timer
/// definition); empty when absent.
QString expression(const ModelTree &tree, NodeId owner, std::string_view childLocal);
/// Sets that text: edits the existing child, creates a bpmn:tFormalExpression (as bpmn.io
/// writes it) when missing, removes the child for empty text.
bool setExpression(BpmnDocument *document, NodeId owner, std::string_view childLocal,
                   const QString &text);

/// Which of timeDate / timeDuration / timeCycle a timer definition has ("" when none).
std::string_view timerKind(const ModelTree &tree, NodeId timerDefinition);
/// Replaces the timer's value by a `kind` child holding `value`.
bool setTimer(BpmnDocument *document, NodeId timerDefinition, std::string_view kind,
              const QString &value);

/// True for sources that may have a default flow: exclusive, inclusive and complex gateways
/// and activities.
bool canHaveDefaultFlow(const ModelTree &tree, NodeId source);
/// True for sequence flows that may carry a condition (their source is such an element).
bool canHaveCondition(const ModelTree &tree, NodeId flow);
/// Makes `flow` (an outgoing flow of `source`) its default flow, removing the flow's
/// condition like bpmn.io does; kNoNode clears the default.
bool setDefaultFlow(BpmnDocument *document, NodeId source, NodeId flow);

enum class Loop { None, Standard, Parallel, Sequential };
/// The loop characteristics of an activity.
Loop loopOf(const ModelTree &tree, NodeId activity);
/// Replaces the activity's loop characteristics; switching between parallel and sequential
/// keeps the multi-instance settings.
bool setLoop(BpmnDocument *document, NodeId activity, Loop loop);

/// Fill and stroke of a shape or edge (OMG colour first, then bpmn.io bioc); invalid when
/// not set.
QColor fillColour(const ModelTree &tree, NodeId diElement);
QColor strokeColour(const ModelTree &tree, NodeId diElement);
/// Sets the colours of a shape or edge in both namespaces like bpmn.io (bioc:fill/stroke and
/// color:background-color/border-color, color:color on its label); invalid colours remove
/// them. Edges take the stroke only.
bool setColours(BpmnDocument *document, NodeId diElement, const QColor &fill, const QColor &stroke);
/// Sets (or with an empty value removes) the attribute amtsweg:`local` of the model's
/// definitions, declaring Amtsweg's namespace when needed; one undo step named `undoText`.
bool setModelSetting(BpmnDocument *document, std::string_view local, const QString &value,
                     const QString &undoText);

/// Sets (or with an empty value removes) the end-to-end attribute amtsweg:`local` of `element`
/// (e2e/e2eattributes.h: kChannel, kAutomation ...), surrounding blanks trimmed, declaring
/// Amtsweg's namespace when needed; one undo step ("Set channel").
bool setE2eAttribute(BpmnDocument *document, NodeId element, std::string_view local,
                     const QString &value);

/// Sets a boolean attribute (isInterrupting, cancelActivity ...); the attribute is removed when
/// `value` equals the schema default `defaultValue`.
bool setBoolean(BpmnDocument *document, NodeId element, std::string_view attribute, bool value,
                bool defaultValue);

} // namespace propertyedits
} // namespace amtsweg
