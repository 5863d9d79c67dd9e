#include "loopsection.h"

#include "bpmn/elements.h"
#include "propertyedits.h"

#include <QComboBox>
#include <QFormLayout>

namespace amtsweg {

using propertyedits::Loop;

LoopSection::LoopSection(QWidget *parent) : PropertySection(tr("Loop"), parent)
{
    auto *form = new QFormLayout(this);
    m_loop = new QComboBox(this);
    letShrink(m_loop);
    m_loop->setObjectName(QStringLiteral("loopCombo"));
    m_loop->addItem(tr("None"), int(Loop::None));
    m_loop->addItem(tr("Standard loop"), int(Loop::Standard));
    m_loop->addItem(tr("Parallel multi-instance"), int(Loop::Parallel));
    m_loop->addItem(tr("Sequential multi-instance"), int(Loop::Sequential));
    form->addRow(tr("Repetition"), m_loop);
    connect(m_loop, &QComboBox::activated, this, &LoopSection::commit);
}

bool LoopSection::appliesTo(const ModelTree &tree) const
{
    return bpmn::isActivity(tree, element());
}

void LoopSection::load(const ModelTree &tree)
{
    m_loop->setCurrentIndex(m_loop->findData(int(propertyedits::loopOf(tree, element()))));
}

void LoopSection::commit(int index)
{
    if (isLoading())
        return;
    propertyedits::setLoop(document(), element(), Loop(m_loop->itemData(index).toInt()));
}

} // namespace amtsweg
