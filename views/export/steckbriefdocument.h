#pragma once
// SteckbriefDocument: a Prozesssteckbrief as a printable document: HTML for QTextDocument with
// the field names, code labels instead of codes ("Draft", not "3") and web addresses as text,
// printed on any paged device or written as an A4 PDF. The body (sectionHtml) can go into
// other documents, such as a handout of the model.

#include "fim/fimdata.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace amtsweg {

class SteckbriefDocument
{
    Q_DECLARE_TR_FUNCTIONS(SteckbriefDocument)

public:
    /// The Steckbrief's content: headings from <h`level`> down, tables, paragraphs.
    static QString sectionHtml(const fim::Prozesssteckbrief &steckbrief, int level = 1);
    /// A whole HTML page with the section and its styles.
    static QString html(const fim::Prozesssteckbrief &steckbrief);
    /// The document's title: "Prozesssteckbrief: <name>".
    static QString title(const fim::Prozesssteckbrief &steckbrief);

    /// Prints the page on `device` (a printer or a PDF writer) in its page layout.
    static void print(const fim::Prozesssteckbrief &steckbrief, QPagedPaintDevice *device);
    /// Writes an A4 PDF (atomically). Returns an empty string, else a translated message.
    static QString writePdf(const fim::Prozesssteckbrief &steckbrief, const QString &path);
};

} // namespace amtsweg
