#pragma once
// A small collaboration (pool with a lane, start event, task, gateway, end event, flows) with
// two BPMN diagrams (viewtest.bpmn next to this file), for the canvas and export tests.

#include "xml/bpmnreader.h"

#include <QDir>
#include <QFileInfo>
#include <QString>

namespace amtsweg::test {

inline QString viewTestBpmnPath()
{
    return QFileInfo(QStringLiteral(__FILE__))
        .absoluteDir()
        .filePath(QStringLiteral("viewtest.bpmn"));
}

inline ReadResult readViewTestModel()
{
    return BpmnReader::readFile(viewTestBpmnPath());
}

} // namespace amtsweg::test
