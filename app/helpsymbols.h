#pragma once
// HelpSymbols: pictures of BPMN symbols for the help pages, drawn by BpmnPainter (the canvas's
// own painter), so that the help shows exactly what the canvas draws. A page names them as
// <img src="symbol:NAME">, e.g. symbol:task, symbol:message-start-event, symbol:sequence-flow.

#include <QImage>
#include <QStringList>

namespace amtsweg {

class HelpSymbols
{
public:
    /// Every name image() knows.
    static QStringList names();
    /// The symbol as an image (null for an unknown name).
    static QImage image(const QString &name);
};

} // namespace amtsweg
