#pragma once
// The canvas tabs of one document in the main window.

#include "diagrampage.h"
#include "mainwindow.h"

#include <QList>
#include <QTabWidget>

namespace amtsweg {

inline QList<DiagramPage *> documentPages(const MainWindow &window, const BpmnDocument *document)
{
    QList<DiagramPage *> pages;
    const QTabWidget *tabs = window.diagramTabs();
    for (int i = 0; i < tabs->count(); ++i)
        if (auto *page = qobject_cast<DiagramPage *>(tabs->widget(i));
            page && page->document() == document)
            pages << page;
    return pages;
}

} // namespace amtsweg
