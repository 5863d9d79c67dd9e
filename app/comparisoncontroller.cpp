#include "comparisoncontroller.h"

#include "canvas/elementhighlights.h"
#include "document.h"
#include "documentpages.h"
#include "panels/comparisonpanel.h"

#include <QDockWidget>

namespace amtsweg {

ComparisonController::ComparisonController(MainWindow *window) : QObject(window), m_window(window)
{
    // Created at once, hidden, so that View > Panels lists it like the other docks.
    ensureDock();
    m_dock->hide();
}

BpmnDocument *ComparisonController::document() const
{
    return m_document;
}

QDockWidget *ComparisonController::dock() const
{
    return m_dock;
}

ComparisonPanel *ComparisonController::panel() const
{
    return m_panel;
}

void ComparisonController::ensureDock()
{
    if (m_dock)
        return;
    m_panel = new ComparisonPanel;
    m_dock = new QDockWidget(tr("Compare"), m_window);
    m_dock->setObjectName(QStringLiteral("comparisonDock"));
    m_dock->setWidget(m_panel);
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    // Share the undo history's place, with room for the list.
    if (auto *history = m_window->findChild<QDockWidget *>(QStringLiteral("undoHistoryDock"));
        history && !history->isFloating() &&
        m_window->dockWidgetArea(history) == Qt::RightDockWidgetArea) {
        m_window->tabifyDockWidget(history, m_dock);
        if (auto *properties = m_window->findChild<QDockWidget *>(QStringLiteral("propertiesDock"));
            properties && m_window->dockWidgetArea(properties) == Qt::RightDockWidgetArea)
            m_window->resizeDocks({properties, m_dock}, {1, 1}, Qt::Vertical);
    }
    connect(m_panel, &ComparisonPanel::elementChosen, this, &ComparisonController::reveal);
    connect(m_panel, &ComparisonPanel::closeRequested, this, &ComparisonController::close);
    // The dock's own close button hides it: that ends the comparison too (not merely being
    // tabbed behind another dock or a minimised window).
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible && m_dock && m_dock->isHidden())
            close();
    });
}

void ComparisonController::show(BpmnDocument *newer, const QString &title,
                                ModelComparison comparison)
{
    close();
    ensureDock();
    m_document = newer;
    m_comparison = std::move(comparison);
    m_panel->setComparison(title, m_comparison);
    // After a reset the window builds new tabs for the document (it listens first): mark those.
    m_connections = {
        connect(newer, &BpmnDocument::reset, this, [this] { applyHighlights(highlights()); }),
        connect(newer, &QObject::destroyed, this, &ComparisonController::close)};
    applyHighlights(highlights());
    m_dock->show();
    m_dock->raise();
}

void ComparisonController::close()
{
    for (const QMetaObject::Connection &c : m_connections)
        disconnect(c);
    m_connections.clear();
    if (m_document)
        applyHighlights({});
    m_document = nullptr;
    m_comparison = {};
    if (m_panel)
        m_panel->clear();
    if (m_dock && !m_dock->isHidden())
        m_dock->hide();
}

ElementHighlights ComparisonController::highlights() const
{
    ElementHighlights result;
    // Moves first, so that an element both moved and changed shows as changed.
    for (DifferenceKind kind :
         {DifferenceKind::Moved, DifferenceKind::Changed, DifferenceKind::Added})
        for (const ElementDifference &d : m_comparison.differences)
            if (d.kind == kind)
                result.set(d.id.toStdString(), ComparisonPanel::colourFor(kind));
    return result;
}

void ComparisonController::applyHighlights(const ElementHighlights &highlights)
{
    for (DiagramPage *page : documentPages(*m_window, m_document))
        page->setHighlights(highlights);
}

void ComparisonController::reveal(const QString &id)
{
    if (!m_document)
        return;
    const DiagramPage *current = m_window->currentPage();
    if (!current || current->document() != m_document)
        m_window->showDocument(m_document);
    m_window->revealElement(m_document->tree().byId(id.toStdString()));
}

} // namespace amtsweg
