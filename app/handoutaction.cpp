#include "handoutaction.h"

#include "document.h"
#include "documentsession.h"
#include "export/handoutdocument.h"
#include "mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

namespace amtsweg {

QString exportHandout(MainWindow *window, const QString &path)
{
    DocumentSession *session = window->currentSession();
    if (!session)
        return HandoutDocument::tr("There is no model to export.");
    HandoutOptions options;
    options.title = HandoutDocument::modelName(session->document()->tree(), session->displayName());
    return HandoutDocument::writePdf(session->document()->tree(), path, options);
}

void addHandoutAction(QMenu *menu, MainWindow *window)
{
    QAction *action = menu->addAction(HandoutDocument::tr("Export &Handout…"));
    action->setObjectName(QStringLiteral("exportHandoutAction"));
    action->setStatusTip(HandoutDocument::tr(
        "Write a PDF for workshop participants: title page, every diagram, the "
        "Prozesssteckbrief and the end-to-end analysis"));
    QObject::connect(action, &QAction::triggered, window, [window] {
        DocumentSession *session = window->currentSession();
        if (!session)
            return;
        const QString file = session->document()->filePath();
        const QString suggested =
            file.isEmpty() ? QString()
                           : QFileInfo(file).dir().filePath(QFileInfo(file).completeBaseName() +
                                                            QStringLiteral("-handout.pdf"));
        const QString path = QFileDialog::getSaveFileName(
            window, HandoutDocument::tr("Export Handout"), suggested,
            HandoutDocument::tr("PDF document (*.pdf)"));
        if (path.isEmpty())
            return;
        if (const QString error = exportHandout(window, path); !error.isEmpty()) {
            QMessageBox::warning(window, HandoutDocument::tr("Cannot export the handout"), error);
            return;
        }
        window->statusBar()->showMessage(
            HandoutDocument::tr("Handout written to %1").arg(QDir::toNativeSeparators(path)), 5000);
    });
}

} // namespace amtsweg
