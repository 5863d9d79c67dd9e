#include "document.h"

#include "bpmn/elements.h"
#include "commands/addelementcommand.h"
#include "commands/moveshapescommand.h"
#include "commands/reconnectflowcommand.h"
#include "commands/removelanescommand.h"
#include "commands/resizeshapecommand.h"
#include "commands/setpropertycommand.h"
#include "commands/setwaypointscommand.h"
#include "commands/treeedit.h"
#include "di/diagraminfo.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <QUndoStack>
#include <QtDebug>

namespace amtsweg {

BpmnDocument::BpmnDocument(QObject *parent) : BpmnDocument(nullptr, parent) {}

BpmnDocument::BpmnDocument(std::unique_ptr<ModelTree> tree, QObject *parent)
    : QObject(parent), m_tree(tree ? std::move(tree) : createEmptyTree()),
      m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

BpmnDocument::~BpmnDocument() = default;

std::unique_ptr<ModelTree> BpmnDocument::createEmptyTree()
{
    namespace uri = schema::uri;
    auto tree = std::make_unique<ModelTree>();
    ModelTree &t = *tree;
    NameTable &names = t.names();
    const NameTable::Known &k = t.known();

    const NodeId definitions = t.createElement(names.intern(uri::model, "definitions", "bpmn"));
    auto declare = [&](std::string_view prefix, std::string_view nsUri) {
        t.setAttribute(definitions, names.intern(uri::xmlns, prefix, {}), nsUri);
    };
    declare("bpmn", uri::model);
    declare("bpmndi", uri::bpmnDi);
    declare("dc", uri::dc);
    declare("di", uri::di);
    t.setAttribute(definitions, k.id, bpmn::generateId(t, "Definitions"));
    t.setAttribute(definitions, k.targetNamespace, "http://bpmn.io/schema/bpmn");
    t.setAttribute(definitions, k.exporter, "Amtsweg");
    t.setAttribute(definitions, k.exporterVersion, AMTSWEG_VERSION);
    t.insert(t.documentNode(), definitions);

    const NodeId process = bpmn::createBpmnElement(t, "process");
    t.setAttribute(process, bpmn::attributeName(t, "isExecutable"), "false");
    t.insert(definitions, process);

    const NodeId diagram = bpmn::createElement(t, uri::bpmnDi, "BPMNDiagram");
    t.setAttribute(diagram, k.id, bpmn::generateId(t, "BPMNDiagram"));
    const NodeId plane = bpmn::createElement(t, uri::bpmnDi, "BPMNPlane");
    t.setAttribute(plane, k.id, bpmn::generateId(t, "BPMNPlane"));
    t.setAttribute(plane, k.bpmnElement, t.id(process));
    t.insert(diagram, plane);
    t.insert(definitions, diagram);
    return tree;
}

void BpmnDocument::setTree(std::unique_ptr<ModelTree> tree)
{
    // Commands hold NodeIds of the old tree: drop them before the tree goes.
    m_undoStack->clear();
    m_tree = tree ? std::move(tree) : createEmptyTree();
    Q_EMIT reset();
    Q_EMIT modifiedChanged(false);
}

void BpmnDocument::clear()
{
    setTree(nullptr);
    setFilePath(QString());
}

bool BpmnDocument::load(const QString &path, Diagnostics *diagnostics)
{
    ReadResult result = BpmnReader::readFile(path);
    if (diagnostics)
        *diagnostics = std::move(result.diagnostics);
    if (!result.ok())
        return false;
    setTree(std::move(result.tree));
    setFilePath(path);
    return true;
}

bool BpmnDocument::save(const QString &path, QString *error)
{
    if (!BpmnWriter::writeFile(*m_tree, path, error))
        return false;
    setFilePath(path);
    setClean();
    return true;
}

QByteArray BpmnDocument::toXml() const
{
    return BpmnWriter::write(*m_tree);
}

void BpmnDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

void BpmnDocument::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

bool BpmnDocument::push(QUndoCommand *command)
{
    if (!command)
        return false;
    if (m_readOnly) {
        delete command;
        return false;
    }
    if (isApplyingCommand()) {
        qWarning("BpmnDocument: command \"%s\" pushed while another is being applied; dropped",
                 qPrintable(command->text()));
        delete command;
        return false;
    }
    m_undoStack->push(command);
    return true;
}

bool BpmnDocument::isModified() const
{
    return !m_undoStack->isClean();
}

void BpmnDocument::setClean()
{
    m_undoStack->setClean();
}

void BpmnDocument::setModified()
{
    m_undoStack->resetClean();
}

NameId BpmnDocument::attributeName(std::string_view local)
{
    return bpmn::attributeName(*m_tree, local);
}

NameId BpmnDocument::bpmnElementName(std::string_view local)
{
    return bpmn::elementName(*m_tree, schema::uri::model, local);
}

void BpmnDocument::emitChanges(const std::vector<Change> &changes)
{
    for (const Change &c : changes) {
        switch (c.kind) {
        case Change::Kind::Added:
            Q_EMIT elementAdded(c.node);
            break;
        case Change::Kind::Removed:
            Q_EMIT elementRemoved(c.node);
            break;
        case Change::Kind::Changed:
            Q_EMIT elementChanged(c.node, c.property);
            break;
        case Change::Kind::Geometry:
            Q_EMIT geometryChanged(c.node);
            break;
        }
    }
}

void BpmnDocument::setElementProperty(NodeId element, NameId property,
                                      std::optional<std::string_view> value)
{
    push(new SetPropertyCommand(this, element, property, value));
}

void BpmnDocument::setName(NodeId element, std::string_view name)
{
    setElementProperty(element, m_tree->known().name, name);
}

NodeId BpmnDocument::addFlowNode(NodeId container, std::string_view localName, const QRectF &bounds,
                                 NodeId lane)
{
    ModelTree &t = nodeFactory();
    // A pool stands for its process; a lane for its process, and the node goes into it.
    if (bpmn::isLane(t, container)) {
        if (lane == kNoNode)
            lane = container;
        container = bpmn::processOf(t, container);
    } else if (bpmn::isParticipant(t, container)) {
        container = t.resolveRef(t.attr(container, t.known().processRef));
    }
    if (container == kNoNode || !bpmn::isFlowElementsContainer(t, container))
        return kNoNode;
    const NodeId node = bpmn::createBpmnElement(t, localName);
    const NodeId plane = di::planeFor(t, container);
    NodeId shape = kNoNode;
    if (plane != kNoNode) {
        shape = di::createShape(t, t.id(node), bounds);
        if (bpmn::isGateway(t, node))
            t.setAttribute(shape, t.known().isMarkerVisible, "true");
        if (bpmn::isSubProcess(t, node))
            t.setAttribute(shape, t.known().isExpanded, "true");
    }
    return push(new AddElementCommand(this, container, node, plane, shape, lane)) ? node : kNoNode;
}

NodeId BpmnDocument::addSequenceFlow(NodeId source, NodeId target, const QList<QPointF> &waypoints)
{
    ModelTree &t = nodeFactory();
    const NodeId flow = bpmn::createBpmnElement(t, "sequenceFlow");
    t.setAttribute(flow, t.known().sourceRef, t.id(source));
    t.setAttribute(flow, t.known().targetRef, t.id(target));
    const NodeId container = t.parent(source);
    const NodeId sourceShape = di::diagramElementOf(t, source);
    const NodeId plane =
        sourceShape != kNoNode ? t.parent(sourceShape) : di::planeFor(t, container);
    const NodeId edge = plane != kNoNode ? di::createEdge(t, t.id(flow), waypoints) : kNoNode;
    return push(new AddElementCommand(this, container, flow, plane, edge)) ? flow : kNoNode;
}

void BpmnDocument::reconnectFlow(NodeId flow, FlowEnd end, NodeId newNode,
                                 std::optional<QPointF> endPoint)
{
    push(new ReconnectFlowCommand(this, flow, end, newNode, endPoint));
}

void BpmnDocument::removeElements(const std::vector<NodeId> &elements)
{
    push(new RemoveLanesCommand(this, elements));
}

void BpmnDocument::moveShapes(const std::vector<NodeId> &diElements, const QPointF &delta)
{
    push(new MoveShapesCommand(this, diElements, delta));
}

void BpmnDocument::resizeShape(NodeId shape, const QRectF &bounds)
{
    push(new ResizeShapeCommand(this, shape, bounds));
}

void BpmnDocument::setWaypoints(NodeId edge, const QList<QPointF> &points)
{
    push(new SetWaypointsCommand(this, edge, points));
}

} // namespace amtsweg
