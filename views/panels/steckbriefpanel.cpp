#include "steckbriefpanel.h"

#include "bpmn/elements.h"
#include "commands/setfimdatacommand.h"
#include "document.h"
#include "elementlabels.h"
#include "export/steckbriefdocument.h"
#include "fim/fimread.h"
#include "steckbriefform.h"

#include <QAction>
#include <QDate>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace amtsweg {
namespace {

/// The process a context element belongs to: itself, a pool's process, the nearest process.
NodeId processFor(const ModelTree &tree, NodeId context)
{
    if (context == kNoNode || !tree.isAttached(context))
        return kNoNode;
    if (bpmn::isParticipant(tree, context)) {
        const auto ref = tree.attribute(context, tree.known().processRef);
        return ref ? tree.resolveRef(*ref) : kNoNode;
    }
    if (bpmn::isProcess(tree, context))
        return context;
    return bpmn::processOf(tree, context);
}

/// Whether a change to `element` may change whose Prozesssteckbrief is shown, or it.
bool mayConcernOwner(const ModelTree &tree, NodeId element)
{
    return bpmn::isProcess(tree, element) || bpmn::isCollaboration(tree, element) ||
           bpmn::isParticipant(tree, element) || tree.localName(element) == "extensionElements";
}

} // namespace

NodeId steckbriefOwner(const ModelTree &tree, NodeId context)
{
    const NodeId root = tree.root();
    if (root == kNoNode)
        return kNoNode;
    const auto collaborations = bpmn::childElements(tree, root, "collaboration");
    const auto processes = bpmn::childElements(tree, root, "process");
    const auto hasOne = [&tree](NodeId n) {
        return fim::extensionChild(tree, n, "prozesssteckbrief") != kNoNode;
    };
    for (NodeId c : collaborations)
        if (hasOne(c))
            return c;
    const NodeId process = processFor(tree, context);
    if (process != kNoNode && hasOne(process))
        return process;
    for (NodeId p : processes)
        if (hasOne(p))
            return p;
    if (!collaborations.empty())
        return collaborations.front();
    if (process != kNoNode)
        return process;
    return processes.empty() ? kNoNode : processes.front();
}

SteckbriefPanel::SteckbriefPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("steckbriefToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setAccessibleName(tr("Prozesssteckbrief actions"));
    m_print = m_toolBar->addAction(tr("Print Prozesssteckbrief…"), this, &SteckbriefPanel::print);
    m_print->setIconText(tr("Print…"));
    m_print->setObjectName(QStringLiteral("printSteckbriefAction"));
    m_print->setToolTip(tr("Print the Prozesssteckbrief"));
    m_exportPdf = m_toolBar->addAction(tr("Export Prozesssteckbrief as PDF…"), this,
                                       &SteckbriefPanel::chooseAndExportPdf);
    m_exportPdf->setIconText(tr("PDF…"));
    m_exportPdf->setObjectName(QStringLiteral("exportSteckbriefPdfAction"));
    m_exportPdf->setToolTip(tr("Export the Prozesssteckbrief as an A4 PDF document"));
    m_remove = m_toolBar->addAction(tr("Remove Prozesssteckbrief"), this, [this] {
        if (m_document && m_owner != kNoNode && m_steckbrief)
            m_document->push(SetFimDataCommand::removing(m_document, m_owner,
                                                         SetFimDataCommand::Kind::Steckbrief));
    });
    m_remove->setIconText(tr("Remove"));
    m_remove->setObjectName(QStringLiteral("removeSteckbriefAction"));
    m_remove->setToolTip(tr("Remove the Prozesssteckbrief from the model (undoable)"));
    layout->addWidget(m_toolBar);

    m_ownerLabel = new QLabel(this);
    m_ownerLabel->setObjectName(QStringLiteral("steckbriefOwner"));
    m_ownerLabel->setWordWrap(true);
    m_ownerLabel->setContentsMargins(8, 4, 8, 4);
    m_ownerLabel->setToolTip(tr("The collaboration or process the Prozesssteckbrief describes"));
    layout->addWidget(m_ownerLabel);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    auto *empty = new QWidget(m_pages);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->setContentsMargins(12, 12, 12, 12);
    m_emptyText = new QLabel(empty);
    m_emptyText->setObjectName(QStringLiteral("steckbriefEmptyText"));
    m_emptyText->setWordWrap(true);
    emptyLayout->addWidget(m_emptyText);
    m_add = new QPushButton(tr("Add Prozesssteckbrief"), empty);
    m_add->setObjectName(QStringLiteral("addSteckbriefButton"));
    m_add->setAccessibleName(tr("Add Prozesssteckbrief"));
    m_add->setToolTip(tr("Add a Prozesssteckbrief to the model, named after the process"));
    emptyLayout->addWidget(m_add, 0, Qt::AlignLeft);
    emptyLayout->addStretch(1);
    m_pages->addWidget(empty);
    connect(m_add, &QPushButton::clicked, this, &SteckbriefPanel::addSteckbrief);

    auto *scroll = new QScrollArea(m_pages);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::NoFrame);
    m_form = new SteckbriefForm;
    m_form->setObjectName(QStringLiteral("steckbriefForm"));
    scroll->setWidget(m_form);
    m_pages->addWidget(scroll);
    connect(m_form, &SteckbriefForm::edited, this, &SteckbriefPanel::commit);

    reload();
}

void SteckbriefPanel::setDocument(BpmnDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_context = kNoNode;
    if (document) {
        connect(document, &BpmnDocument::reset, this, &SteckbriefPanel::reload);
        connect(document, &BpmnDocument::readOnlyChanged, this, &SteckbriefPanel::reload);
        connect(document, &BpmnDocument::elementChanged, this, [this](NodeId element) {
            if (element == m_owner || mayConcernOwner(m_document->tree(), element))
                reload();
        });
        const auto structural = [this](NodeId element) {
            if (element == m_owner || mayConcernOwner(m_document->tree(), element))
                reload();
        };
        connect(document, &BpmnDocument::elementAdded, this, structural);
        connect(document, &BpmnDocument::elementRemoved, this, structural);
    }
    reload();
}

void SteckbriefPanel::setContextElement(NodeId element)
{
    m_context = element;
    if (m_document && steckbriefOwner(m_document->tree(), m_context) != m_owner)
        reload();
}

void SteckbriefPanel::reload()
{
    const ModelTree *tree = m_document ? &m_document->tree() : nullptr;
    m_owner = tree ? steckbriefOwner(*tree, m_context) : kNoNode;
    m_steckbrief = m_owner != kNoNode ? fim::prozesssteckbrief(*tree, m_owner) : std::nullopt;
    const bool editable = m_document && !m_document->isReadOnly();

    if (m_owner != kNoNode) {
        const QString name = toQString(bpmn::name(*tree, m_owner)).simplified();
        m_ownerLabel->setText(tr("%1 “%2”").arg(elementTypeLabel(*tree, m_owner),
                                                 name.isEmpty() ? toQString(tree->id(m_owner))
                                                                : name));
    }
    m_ownerLabel->setVisible(m_owner != kNoNode);
    m_print->setEnabled(m_steckbrief.has_value());
    m_exportPdf->setEnabled(m_steckbrief.has_value());
    m_remove->setEnabled(m_steckbrief.has_value() && editable);

    if (m_steckbrief) {
        m_form->setValue(*m_steckbrief);
        m_form->setEnabled(editable);
        m_pages->setCurrentIndex(1);
        return;
    }
    m_pages->setCurrentIndex(0);
    if (!m_document)
        m_emptyText->setText(tr("No model is open."));
    else if (m_owner == kNoNode)
        m_emptyText->setText(tr("The model has no process to describe."));
    else
        m_emptyText->setText(tr("This model has no Prozesssteckbrief yet. A Prozesssteckbrief "
                                "describes the process for FIM: its key, version, participants, "
                                "legal bases and release status."));
    m_add->setVisible(m_owner != kNoNode);
    m_add->setEnabled(editable);
}

void SteckbriefPanel::addSteckbrief()
{
    if (!m_document || m_owner == kNoNode || m_steckbrief || m_document->isReadOnly())
        return;
    const ModelTree &tree = m_document->tree();
    fim::Prozesssteckbrief s;
    s.owner = m_owner;
    s.name = toQString(bpmn::name(tree, m_owner)).simplified();
    s.version = QStringLiteral("01.00.00");
    s.zustand.erstellt = QDate::currentDate().toString(Qt::ISODate);
    // Every pool is to be named after a Prozessteilnehmer: start from the pools.
    if (bpmn::isCollaboration(tree, m_owner))
        for (NodeId p : bpmn::childElements(tree, m_owner, "participant"))
            if (const QString name = toQString(bpmn::name(tree, p)).simplified(); !name.isEmpty())
                s.prozessteilnehmer.push_back({name, {}, kNoNode});
    m_document->push(new SetFimDataCommand(m_document, m_owner, s));
    if (m_steckbrief)
        m_form->prozessschluesselEdit()->setFocus(Qt::OtherFocusReason);
}

void SteckbriefPanel::commit()
{
    if (!m_document || m_owner == kNoNode || m_document->isApplyingCommand() ||
        m_document->isReadOnly())
        return;
    const auto current = fim::prozesssteckbrief(m_document->tree(), m_owner);
    if (!current)
        return;
    fim::Prozesssteckbrief edited = m_form->value();
    edited.owner = m_owner;
    if (!sameValues(edited, *current))
        m_document->push(new SetFimDataCommand(m_document, m_owner, edited));
}

void SteckbriefPanel::print()
{
    commit(); // a field being typed in
    if (!m_steckbrief)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(SteckbriefDocument::title(*m_steckbrief));
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Prozesssteckbrief"));
    if (dialog.exec() == QDialog::Accepted)
        SteckbriefDocument::print(*m_steckbrief, &printer);
}

QString SteckbriefPanel::exportPdf(const QString &path) const
{
    if (!m_steckbrief)
        return tr("The model has no Prozesssteckbrief.");
    return SteckbriefDocument::writePdf(*m_steckbrief, path);
}

void SteckbriefPanel::chooseAndExportPdf()
{
    commit();
    if (!m_steckbrief)
        return;
    const QString key = m_steckbrief->prozessschluessel;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Prozesssteckbrief as PDF"),
        key.isEmpty() ? tr("prozesssteckbrief.pdf") : tr("prozesssteckbrief-%1.pdf").arg(key),
        tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    if (const QString error = exportPdf(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Cannot export"), error);
}

} // namespace amtsweg
