#pragma once
// HandoutDocument: what participants of a workshop take home, as one A4 PDF: a title page
// (model name, date, Amtsweg, contents with page numbers), every diagram of the model fitted
// to a page of its own (landscape where it is wider than high), the Prozesssteckbrief
// (SteckbriefDocument; left out when the model has none) and the end-to-end analysis (the
// same content as the analysis report, AnalysisReport). Every page after the title carries a
// footer with the model's name and the page number.
// Needs a QGuiApplication (fonts); without a display use QT_QPA_PLATFORM=offscreen.

#include "bpmn/modeltree.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace amtsweg {

struct HandoutOptions
{
    QString title; ///< the model's name on the title page; HandoutDocument::modelName() if empty
    QDate date;    ///< the date on the title page; today when null
};

/// How many pages each part of a handout took.
struct HandoutPages
{
    int title = 0;
    int diagrams = 0;
    int steckbrief = 0;
    int analysis = 0;
    int total() const { return title + diagrams + steckbrief + analysis; }
};

class HandoutDocument
{
    Q_DECLARE_TR_FUNCTIONS(HandoutDocument)

public:
    /// The name the model goes by: its Prozesssteckbrief's name, else `fallback` (such as the
    /// file's name), else the name of its collaboration or first process.
    static QString modelName(const ModelTree &tree, const QString &fallback = {});

    /// Writes the handout to `path` (atomically). Returns an empty string, else a translated
    /// message; `pages` (when given) says how many pages each part took.
    static QString writePdf(const ModelTree &tree, const QString &path,
                            const HandoutOptions &options = {}, HandoutPages *pages = nullptr);
};

} // namespace amtsweg
