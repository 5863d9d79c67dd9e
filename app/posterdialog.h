#pragma once
// PosterDialog: paper (A4/A3), orientation, scale, page labels and crop marks of a PDF poster,
// with the number of pages the choice gives.

#include "export/posterexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace amtsweg {

class PosterDialog : public QDialog
{
    Q_OBJECT

public:
    PosterDialog(const DiagramContent &content, QWidget *parent = nullptr);

    PosterOptions options() const;
    QComboBox *paperBox() const { return m_paper; }
    QSpinBox *scaleBox() const { return m_scale; }
    /// "3 × 2 pages".
    QString pagesText() const;

private:
    void updatePages();

    const DiagramContent &m_content;
    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QSpinBox *m_scale = nullptr;
    QCheckBox *m_labels = nullptr;
    QCheckBox *m_cropMarks = nullptr;
    QLabel *m_pages = nullptr;
};

} // namespace amtsweg
