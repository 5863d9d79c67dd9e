#include "diagramclipboard.h"

#include "bpmn/elements.h"
#include "clipboardcontent.h"
#include "commands/insertelementscommand.h"
#include "di/diagraminfo.h"
#include "diagrameditor.h"
#include "diagramitems.h"
#include "diagramscene.h"
#include "document.h"
#include "elementcreator.h"
#include "treecopier.h"
#include "xml/bpmnreader.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

#include <unordered_map>

namespace amtsweg {
namespace {

/// How far each paste of the same content lands from the previous one.
constexpr qreal kPasteOffset = 30;

} // namespace

DiagramClipboard::DiagramClipboard(DiagramScene &scene) : m_scene(scene) {}

QByteArray DiagramClipboard::selectionXml() const
{
    return ClipboardContent::write(m_scene, m_scene.selectedElements());
}

void DiagramClipboard::copy()
{
    const QByteArray xml = selectionXml();
    if (xml.isEmpty())
        return;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), xml);
    mime->setText(QString::fromUtf8(xml));
    QGuiApplication::clipboard()->setMimeData(mime);
    m_lastXml = xml;
    m_pasteCount = 0;
}

void DiagramClipboard::cut()
{
    copy();
    if (DiagramEditor *editor = m_scene.editor())
        editor->deleteSelection();
}

bool DiagramClipboard::paste(const QPointF *at)
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return false;
    QByteArray xml = mime->data(QString::fromLatin1(kMimeType));
    if (xml.isEmpty() && mime->hasText() && mime->text().contains(QLatin1String("definitions")))
        xml = mime->text().toUtf8(); // BPMN XML copied as text from another tool
    if (xml.isEmpty())
        return false;
    if (xml != m_lastXml) {
        m_lastXml = xml;
        m_pasteCount = 0;
    }
    ++m_pasteCount;
    return pasteXml(xml, at);
}

bool DiagramClipboard::duplicate()
{
    const QByteArray xml = selectionXml();
    if (xml.isEmpty())
        return false;
    const int saved = m_pasteCount;
    m_pasteCount = 1;
    const bool ok = pasteXml(xml);
    m_pasteCount = saved;
    return ok;
}

bool DiagramClipboard::pasteXml(const QByteArray &xml, const QPointF *at)
{
    BpmnDocument *doc = m_scene.document();
    if (!doc)
        return false;
    ReadResult read = BpmnReader::readBytes(xml, tr("clipboard"));
    if (!read.ok())
        return false;
    ModelTree &clip = *read.tree;
    ClipboardContent content(clip);
    if (content.isEmpty())
        return false;

    // Where it goes: offset from where it was copied, or centred at `at`.
    const QRectF area = content.bounds();
    const QPointF offset =
        at ? *at - area.center() : QPointF(kPasteOffset, kPasteOffset) * qMax(1, m_pasteCount);
    content.translate(offset);
    const ModelTree &t = doc->tree();
    const NodeId plane = m_scene.plane();
    const NodeId root = di::semanticOf(t, plane);
    const ElementCreator::Placement placement =
        m_scene.editor()->creator().placementAt(CreateKind::Task, area.translated(offset).center());
    NodeId container = placement.container;
    if (container == kNoNode && bpmn::isCollaboration(t, root) && !content.hasFlowElements())
        container = root;
    const bool pools = content.hasParticipants() && bpmn::isCollaboration(t, root);
    if (container == kNoNode && !pools)
        return false;

    content.renewIds(t);
    ModelTree &target = doc->nodeFactory();
    TreeCopier copier(clip, target);
    std::vector<InsertElementsCommand::Insertion> inserts;
    std::vector<NodeId> flowNodes;
    for (NodeId n : content.flowElements()) {
        if (container == kNoNode)
            break;
        const NodeId copy = copier.copy(n);
        inserts.push_back({container, copy});
        if (bpmn::isFlowNode(target, copy))
            flowNodes.push_back(copy);
    }
    if (pools) {
        for (NodeId n : content.collaborationElements())
            inserts.push_back({root, copier.copy(n)});
        for (NodeId n : content.processes())
            inserts.push_back({t.root(), copier.copy(n)});
    }
    std::vector<NodeId> shapes;
    for (NodeId n : content.diElements()) {
        const NodeId copy = copier.copy(n);
        inserts.push_back({plane, copy});
        shapes.push_back(copy);
    }
    // Lane membership of the pasted nodes by where their shapes land.
    for (NodeId node : flowNodes) {
        const NodeId shape = content.shapeOfCopy(target, node, shapes);
        const auto b = shape != kNoNode ? di::bounds(target, shape) : std::nullopt;
        if (!b)
            continue;
        const NodeId lane =
            m_scene.editor()->creator().placementAt(CreateKind::Task, b->center()).lane;
        if (lane != kNoNode && bpmn::processOf(t, lane) == bpmn::processOf(t, container))
            inserts.push_back(
                {lane, bpmn::createReference(target, "flowNodeRef", target.id(node))});
    }
    std::vector<InsertElementsCommand::AttributeChange> declarations;
    for (const auto &[prefix, uri] : copier.newDeclarations())
        declarations.push_back(
            {t.root(), target.names().intern(schema::uri::xmlns, prefix, {}), uri});
    doc->push(
        new InsertElementsCommand(doc, tr("Paste"), std::move(inserts), std::move(declarations)));
    QList<NodeId> pasted;
    for (NodeId shape : shapes)
        if (m_scene.itemFor(shape))
            pasted << shape;
    m_scene.selectElements(pasted);
    return !pasted.isEmpty();
}

} // namespace amtsweg
