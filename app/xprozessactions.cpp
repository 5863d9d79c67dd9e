#include "xprozessactions.h"

#include "document.h"
#include "documentsession.h"
#include "export/diagramimageexporter.h"
#include "mainwindow.h"
#include "xprozess/anlagen.h"
#include "xprozess/mandatorycheck.h"
#include "xprozess/xprozessreader.h"
#include "xprozess/xprozesswriter.h"

#include <QDesktopServices>
#include <QVariant>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>

namespace amtsweg {
namespace {

QString lines(const Diagnostics &diagnostics)
{
    QStringList result;
    for (const Diagnostic &d : diagnostics)
        result << d.toString();
    return result.join(QLatin1Char('\n'));
}

/// The session properties that name the message and the process a document was imported from
/// (opening the message again shows it instead of importing it twice).
constexpr char kSourceProperty[] = "amtsweg_xprozessSource";
constexpr char kProcessProperty[] = "amtsweg_xprozessProcess";

QString canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    return info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
}

/// What tells the processes of a message apart: the id, else the position.
QString processKey(const xprozess::ImportedProcess &p, std::size_t index)
{
    return p.id.isEmpty() ? QStringLiteral("#%1").arg(index) : p.id;
}

/// The open document imported from process `key` of the message at `source`, or nullptr.
DocumentSession *importedSession(const MainWindow *window, const QString &source,
                                 const QString &key)
{
    for (DocumentSession *session : window->sessions())
        if (session->property(kSourceProperty).toString() == source
            && session->property(kProcessProperty).toString() == key)
            return session;
    return nullptr;
}

} // namespace

XProzessActions::XProzessActions(MainWindow *window, QMenu *fileMenu)
    : QObject(window), m_window(window)
{
    QAction *exportAction = fileMenu->addAction(tr("Export as &XProzess…"));
    exportAction->setObjectName(QStringLiteral("exportXProzessAction"));
    connect(exportAction, &QAction::triggered, this, &XProzessActions::exportCurrent);
    m_attachments = fileMenu->addMenu(tr("Attached &Documents"));
    m_attachments->setObjectName(QStringLiteral("attachedDocumentsMenu"));
    connect(m_attachments, &QMenu::aboutToShow, this, &XProzessActions::fillAttachmentsMenu);
    m_confirmUnknown = [window](const QString &name) {
        return QMessageBox::question(
                   window, tr("Attached Documents"),
                   tr("“%1” is neither a PDF nor a picture. Opening it may start another "
                      "program. Open it anyway?")
                       .arg(name),
                   QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Cancel)
               == QMessageBox::Open;
    };
}

bool XProzessActions::isXProzessFile(const QString &path)
{
    return xprozess::XProzessReader::isXProzessFile(path);
}

bool XProzessActions::open(MainWindow *window, const QString &path)
{
    xprozess::XProzessReadResult read = xprozess::XProzessReader::readFile(path);
    if (!read.ok()) {
        QMessageBox::warning(window, tr("Cannot open file"),
                             tr("%1 could not be opened as XProzess 2.0.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), lines(read.diagnostics)));
        return false;
    }
    // Like a .bpmn file opened twice: the processes already open are shown, not imported again.
    const QString source = canonicalPath(path);
    DocumentSession *alreadyOpen = nullptr;
    int opened = 0;
    for (std::size_t i = 0; i < read.processes.size(); ++i) {
        xprozess::ImportedProcess &p = read.processes[i];
        const QString key = processKey(p, i);
        if (DocumentSession *session = importedSession(window, source, key)) {
            if (!alreadyOpen)
                alreadyOpen = session;
            continue;
        }
        DocumentSession *session = window->openTree(std::move(p.tree), RepositoryOrigin{});
        // Not saved anywhere yet: closing asks, and the next process does not replace it.
        session->document()->setModified();
        session->setProperty(kSourceProperty, source);
        session->setProperty(kProcessProperty, key);
        ++opened;
    }
    const QString name = QDir::toNativeSeparators(path);
    if (opened == 0 && alreadyOpen) {
        window->showDocument(alreadyOpen->document());
        window->statusBar()->showMessage(tr("%1 is already open").arg(name), 5000);
        return true;
    }
    if (hasErrors(read.diagnostics))
        QMessageBox::warning(window, tr("XProzess import"),
                             tr("Some processes of %1 could not be read.\n\n%2")
                                 .arg(name, lines(read.diagnostics)));
    else if (!read.diagnostics.empty()) { // skipped groups, ignored values: the user must know
        // Not modal: the processes are open and usable while the note is read.
        auto *note = new QMessageBox(
            QMessageBox::Information, tr("XProzess import"),
            tr("%1 was opened; some of its content was not taken over.\n\n%2")
                .arg(name, lines(read.diagnostics)),
            QMessageBox::Ok, window);
        note->setObjectName(QStringLiteral("xprozessImportNote"));
        note->setAttribute(Qt::WA_DeleteOnClose);
        note->setModal(false);
        note->show();
    }
    window->statusBar()->showMessage(
        tr("Opened %n process(es) of %1", nullptr, opened).arg(name), 5000);
    return true;
}

void XProzessActions::exportCurrent()
{
    BpmnDocument *document = m_window->document();
    if (!document)
        return;
    const ModelTree &tree = document->tree();
    const Diagnostics missing = xprozess::missingMandatory(tree);
    if (!missing.empty()) {
        QMessageBox box(QMessageBox::Warning, tr("Export as XProzess"),
                        tr("FIM-mandatory data is missing (%n item(s)). XProzess tools may "
                           "reject the file.",
                           nullptr, int(missing.size())),
                        QMessageBox::Cancel, m_window);
        QStringList items;
        for (const Diagnostic &d : missing)
            items << (d.elementId.isEmpty() ? d.message
                                            : QStringLiteral("%1 (%2)").arg(d.message, d.elementId));
        box.setInformativeText(items.join(QLatin1Char('\n')));
        QPushButton *anyway = box.addButton(tr("Export Anyway"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != anyway)
            return;
    }
    const QString alle = tr("XProzess 2.0, alleInhalte.export.0303 (*.xprozess.xml)");
    const QString bibliothek = tr("XProzess 2.0, prozessbibliothek.export.0203 (*.xprozess.xml)");
    const QString base = document->filePath().isEmpty()
                             ? xprozess::XProzessWriter::baseName(tree)
                             : QFileInfo(document->filePath()).path() + QLatin1Char('/')
                                   + QFileInfo(document->filePath()).completeBaseName();
    QString filter = alle;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export as XProzess"),
                                                base + QStringLiteral(".xprozess.xml"),
                                                alle + QStringLiteral(";;") + bibliothek, &filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
        path += QStringLiteral(".xprozess.xml");
    // The diagram as PDF, drawn here (the model library cannot).
    QString pdfError;
    const QByteArray pdf = diagramPdf(tree, &pdfError);
    if (pdf.isEmpty() && !confirmWithoutDiagram(tree, path, pdfError))
        return;
    QString error;
    const auto message = filter == bibliothek ? xprozess::Message::Prozessbibliothek
                                              : xprozess::Message::AlleInhalte;
    if (!xprozess::XProzessWriter::writeFile({{&tree, pdf}}, message, path, &error)) {
        QMessageBox::warning(m_window, tr("Export as XProzess"),
                             tr("%1 could not be written: %2")
                                 .arg(QDir::toNativeSeparators(path), error));
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Exported %1").arg(QDir::toNativeSeparators(path)), 4000);
}

QByteArray XProzessActions::diagramPdf(const ModelTree &tree, QString *error)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = tr("no temporary folder: %1").arg(dir.errorString());
        return {};
    }
    const QString pdfPath = dir.filePath(QStringLiteral("diagram.pdf"));
    *error = DiagramImageExporter::exportFile(tree, pdfPath);
    if (!error->isEmpty())
        return {};
    QFile file(pdfPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    const QByteArray pdf = file.readAll();
    if (pdf.isEmpty())
        *error = tr("the PDF is empty");
    return pdf;
}

bool XProzessActions::confirmWithoutDiagram(const ModelTree &tree, const QString &path,
                                            const QString &error)
{
    // Asked before anything is written: the user wanted the diagram in the message, so leaving
    // it out silently would hand XProzess tools a process without its picture, and telling only
    // afterwards would leave a file on disk that they may pass on before reading the note.
    const QString pdfName = xprozess::XProzessWriter::baseName(tree) + QStringLiteral(".pdf");
    const auto list = xprozess::anlagen(tree);
    const bool earlier = std::any_of(list.begin(), list.end(), [&](const xprozess::Anlage &a) {
        return a.name == pdfName;
    });
    QMessageBox box(QMessageBox::Warning, tr("Export as XProzess"),
                    tr("The diagram could not be drawn as PDF for %1: %2")
                        .arg(QDir::toNativeSeparators(path), error),
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("xprozessNoDiagram"));
    box.setInformativeText(
        earlier ? tr("Export without a new diagram PDF? The message then carries the earlier "
                     "%1 from the imported file, which may not show your latest changes.")
                      .arg(pdfName)
                : tr("Export without the diagram PDF? XProzess tools then show no picture of "
                     "the process."));
    QPushButton *without = box.addButton(tr("Export Without Diagram"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == without;
}

QString XProzessActions::openAttachment(const xprozess::Anlage &anlage)
{
    if (!m_temporary.isValid())
        return {};
    // The file name and type come from the message: only PDFs and pictures are opened
    // directly, under the extension their content calls for, so that a file can never make
    // the desktop start a program (.desktop, .jar, .sh …); anything else is asked about first.
    QString name = QFileInfo(anlage.name).completeBaseName();
    if (name.isEmpty())
        name = QStringLiteral("anlage");
    QString suffix;
    if (anlage.data.startsWith("%PDF-"))
        suffix = QStringLiteral(".pdf");
    else if (anlage.data.startsWith("\x89PNG\r\n\x1a\n"))
        suffix = QStringLiteral(".png");
    else if (anlage.data.startsWith("\xff\xd8\xff"))
        suffix = QStringLiteral(".jpg");
    if (suffix.isEmpty()) {
        if (m_confirmUnknown && !m_confirmUnknown(anlage.name))
            return {};
        suffix = QStringLiteral(".bin"); // no program is associated with it
    }
    const QString path = m_temporary.filePath(name + suffix);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(anlage.data) != anlage.data.size()) {
        QMessageBox::warning(m_window, tr("Attached Documents"),
                             tr("%1 could not be written: %2").arg(path, file.errorString()));
        return {};
    }
    file.close();
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return path;
}

void XProzessActions::fillAttachmentsMenu()
{
    m_attachments->clear();
    const BpmnDocument *document = m_window->document();
    const std::vector<xprozess::Anlage> list =
        document ? xprozess::anlagen(document->tree()) : std::vector<xprozess::Anlage>{};
    if (list.empty()) {
        m_attachments->addAction(tr("No attached documents"))->setEnabled(false);
        return;
    }
    for (const xprozess::Anlage &a : list) {
        QAction *action = m_attachments->addAction(
            tr("%1 (%2 KiB)").arg(a.name, QString::number((a.data.size() + 1023) / 1024)));
        connect(action, &QAction::triggered, this, [this, a] { openAttachment(a); });
    }
}

} // namespace amtsweg
