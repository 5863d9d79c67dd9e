#include "printactions.h"

#include "diagrampage.h"
#include "document.h"
#include "export/diagramimageexporter.h"
#include "export/posterexporter.h"
#include "posterdialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>

namespace amtsweg {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PrintActions", text);
}

/// The content of the plane the page shows; false (with a message) when there is none.
bool pageContent(DiagramPage *page, QWidget *parent, DiagramContent &content)
{
    if (!page || page->currentPlane() == kNoNode)
        return false;
    const ModelTree &tree = page->document()->tree();
    const NodeId diagram = tree.parent(page->currentPlane()); // the plane's BPMNDiagram
    const QString error =
        DiagramImageExporter::buildContent(tree, QString::fromUtf8(tree.id(diagram)), content);
    if (!error.isEmpty())
        QMessageBox::warning(parent, tr("Cannot print"), error);
    return error.isEmpty();
}

void print(QWidget *parent, DiagramPage *page)
{
    DiagramContent content;
    if (!pageContent(page, parent, content))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(content.name);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    PosterOptions options;
    options.fitToPage = true;
    options.pageSize = printer.pageLayout().pageSize().id();
    options.orientation = printer.pageLayout().orientation();
    const QString error = PosterExporter::paint(&printer, content, options);
    if (!error.isEmpty())
        QMessageBox::warning(parent, tr("Cannot print"), error);
}

void exportPoster(QWidget *parent, DiagramPage *page)
{
    DiagramContent content;
    if (!pageContent(page, parent, content))
        return;
    PosterDialog dialog(content, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export PDF poster"), QString(),
                                                      tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = PosterExporter::writePdf(content, path, dialog.options());
    if (!error.isEmpty())
        QMessageBox::warning(parent, tr("Cannot export"), error);
}

} // namespace

void addPrintActions(QMenu *menu, QWidget *parent, std::function<DiagramPage *()> page)
{
    menu->addAction(tr("Export as PDF &Poster..."), parent,
                    [parent, page] { exportPoster(parent, page()); });
    menu->addAction(tr("&Print..."), QKeySequence::Print, parent,
                    [parent, page] { print(parent, page()); });
}

} // namespace amtsweg
