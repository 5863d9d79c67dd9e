#include "fimmode.h"

#include "bpmn/elements.h"
#include "canvas/diagramscene.h"
#include "diagrampage.h"
#include "document.h"
#include "fim/fimread.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace amtsweg {
namespace {

const QString kDefaultKey = QStringLiteral("fim/modeForNewModels");

/// True when the model has neither pools nor flow nodes.
bool isEmptyModel(const ModelTree &tree)
{
    std::vector<NodeId> stack{tree.root()};
    while (!stack.empty()) {
        const NodeId n = stack.back();
        stack.pop_back();
        if (bpmn::isFlowNode(tree, n) || bpmn::isParticipant(tree, n))
            return false;
        for (NodeId c = tree.firstChild(n); c != kNoNode; c = tree.next(c))
            if (tree.isElement(c))
                stack.push_back(c);
    }
    return true;
}

} // namespace

FimMode::FimMode(QTabWidget *tabs, QStatusBar *statusBar, QObject *parent)
    : QObject(parent), m_tabs(tabs)
{
    m_action = new QAction(tr("FIM &Mode"), this);
    m_action->setObjectName(QStringLiteral("fimModeAction"));
    m_action->setCheckable(true);
    m_action->setToolTip(tr("FIM mode: the palette and the context pad offer only FIM-BPMN "
                            "symbols, new pools are vertical, labels follow the FIM patterns"));
    m_action->setStatusTip(m_action->toolTip());
    connect(m_action, &QAction::triggered, this, [this](bool on) {
        if (BpmnDocument *document = currentDocument())
            setOn(document, on);
        setDefaultForNewModels(on);
    });

    m_indicator = new QLabel(tr("FIM"), statusBar);
    m_indicator->setObjectName(QStringLiteral("fimModeIndicator"));
    m_indicator->setToolTip(tr("FIM mode is on for this model"));
    m_indicator->setVisible(false);
    statusBar->addPermanentWidget(m_indicator);

    connect(tabs, &QTabWidget::currentChanged, this, &FimMode::apply);
    apply();
}

bool FimMode::defaultForNewModels()
{
    return QSettings().value(kDefaultKey, false).toBool();
}

void FimMode::setDefaultForNewModels(bool on)
{
    QSettings().setValue(kDefaultKey, on);
}

bool FimMode::initialMode(const BpmnDocument *document)
{
    const ModelTree &tree = document->tree();
    if (fim::isFimModel(tree))
        return true;
    return document->filePath().isEmpty() && isEmptyModel(tree) && defaultForNewModels();
}

bool FimMode::isOn(const BpmnDocument *document) const
{
    return m_modes.value(document, false);
}

void FimMode::setOn(BpmnDocument *document, bool on)
{
    track(document);
    m_modes[document] = on;
    apply();
}

void FimMode::track(BpmnDocument *document)
{
    if (m_modes.contains(document))
        return;
    m_modes.insert(document, initialMode(document));
    connect(document, &QObject::destroyed, this, [this, document] { m_modes.remove(document); });
    // A reload rebuilds the pages; give the new ones the mode once they exist.
    connect(document, &BpmnDocument::reset, this, &FimMode::apply, Qt::QueuedConnection);
}

BpmnDocument *FimMode::currentDocument() const
{
    auto *page = qobject_cast<DiagramPage *>(m_tabs->currentWidget());
    return page ? page->document() : nullptr;
}

void FimMode::apply()
{
    for (int i = 0; i < m_tabs->count(); ++i)
        if (auto *page = qobject_cast<DiagramPage *>(m_tabs->widget(i))) {
            track(page->document());
            page->diagramScene()->setFimMode(isOn(page->document()));
        }
    BpmnDocument *current = currentDocument();
    const bool on = current && isOn(current);
    m_action->setEnabled(current != nullptr);
    m_action->setChecked(on);
    m_indicator->setVisible(on);
}

} // namespace amtsweg
