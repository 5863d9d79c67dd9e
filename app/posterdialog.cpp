#include "posterdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

namespace amtsweg {

PosterDialog::PosterDialog(const DiagramContent &content, QWidget *parent)
    : QDialog(parent), m_content(content)
{
    setWindowTitle(tr("PDF Poster"));
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("A3"), int(QPageSize::A3));
    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_scale = new QSpinBox(this);
    m_scale->setRange(10, 400);
    m_scale->setSingleStep(10);
    m_scale->setValue(100);
    m_scale->setSuffix(tr(" %"));
    m_labels = new QCheckBox(tr("Page labels (row / column)"), this);
    m_labels->setChecked(true);
    m_cropMarks = new QCheckBox(tr("Crop marks"), this);
    m_pages = new QLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Paper:"), m_paper);
    form->addRow(tr("Orientation:"), m_orientation);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(m_labels);
    form->addRow(m_cropMarks);
    form->addRow(tr("Pages:"), m_pages);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &PosterDialog::updatePages);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, &PosterDialog::updatePages);
    connect(m_scale, &QSpinBox::valueChanged, this, &PosterDialog::updatePages);
    updatePages();
}

PosterOptions PosterDialog::options() const
{
    PosterOptions o;
    o.pageSize = QPageSize::PageSizeId(m_paper->currentData().toInt());
    o.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    o.scale = m_scale->value() / 100.0;
    o.pageLabels = m_labels->isChecked();
    o.cropMarks = m_cropMarks->isChecked();
    return o;
}

QString PosterDialog::pagesText() const
{
    const PosterLayout l = PosterExporter::layout(m_content, options());
    return tr("%1 × %2 (%n page(s))", nullptr, l.pageCount()).arg(l.columns).arg(l.rows);
}

void PosterDialog::updatePages()
{
    m_pages->setText(pagesText());
}

} // namespace amtsweg
