#pragma once
// XProzess 2.0 in the GUI: opening a message (one document per process), File > "Export as
// XProzess…" (listing missing FIM-mandatory attributes, with "Export Anyway") and File >
// "Attached Documents" (the PDFs and other files an imported message embedded, opened with
// the desktop's viewer). The formats are model/xprozess; this is only the glue.

#include <QByteArray>
#include <QObject>
#include <QTemporaryDir>

#include <functional>

class QMenu;

namespace amtsweg {

class MainWindow;
class ModelTree;
namespace xprozess {
struct Anlage;
}

class XProzessActions : public QObject
{
    Q_OBJECT

public:
    /// Adds the actions to `fileMenu`; lives as long as `window`.
    XProzessActions(MainWindow *window, QMenu *fileMenu);

    /// True when `path` is an XProzess message (its root element says so).
    static bool isXProzessFile(const QString &path);
    /// Opens every process of the message as a document of its own; problems are reported in
    /// a message box. A process of the same file that is open already is not imported again:
    /// when all are, the first is shown (like a .bpmn file opened twice). False when no
    /// process could be read.
    static bool open(MainWindow *window, const QString &path);

    /// File > Export as XProzess…: the current document. When the diagram cannot be drawn as
    /// PDF, asks (naming the file and the reason) whether to export without it.
    void exportCurrent();
    /// Writes the attachment to a temporary file and opens it with the desktop's viewer:
    /// PDFs and PNG/JPEG pictures (by content) under their proper extension, anything else as
    /// .bin and only after the user agreed. Returns the temporary file's path (empty when it
    /// was not written).
    QString openAttachment(const xprozess::Anlage &anlage);
    /// Asks whether an attachment that is no PDF or picture may be opened (tests answer it).
    void setConfirmUnknown(std::function<bool(const QString &name)> confirm)
    {
        m_confirmUnknown = std::move(confirm);
    }
    QMenu *attachmentsMenu() const { return m_attachments; }

private:
    void fillAttachmentsMenu();
    /// The diagram as PDF, or empty with `error` set (a model without diagram, say).
    static QByteArray diagramPdf(const ModelTree &tree, QString *error);
    bool confirmWithoutDiagram(const ModelTree &tree, const QString &path, const QString &error);

    MainWindow *m_window;
    QMenu *m_attachments;
    QTemporaryDir m_temporary; ///< opened attachments, removed when the program ends
    std::function<bool(const QString &name)> m_confirmUnknown;
};

} // namespace amtsweg
