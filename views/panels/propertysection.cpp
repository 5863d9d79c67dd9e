#include "propertysection.h"

#include "document.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace amtsweg {

PropertySection::PropertySection(const QString &title, QWidget *parent) : QGroupBox(title, parent)
{
    setFlat(true);
}

void PropertySection::setTarget(BpmnDocument *document, NodeId element, NodeId diElement)
{
    m_document = document;
    m_element = element;
    m_diElement = diElement;
}

void PropertySection::reload()
{
    const bool usable = m_document && (m_element != kNoNode || m_diElement != kNoNode);
    const ModelTree *tree = usable ? &m_document->tree() : nullptr;
    const auto attached = [tree](NodeId n) { return n == kNoNode || tree->isAttached(n); };
    if (!tree || !attached(m_element) || !attached(m_diElement) || !appliesTo(*tree)) {
        setVisible(false);
        return;
    }
    m_loading = true;
    load(*tree);
    m_loading = false;
    setVisible(true);
}

bool PropertySection::isLoading() const
{
    return m_loading || !m_document || m_document->isApplyingCommand();
}

void PropertySection::showText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void PropertySection::showText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

void PropertySection::letShrink(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
}

BpmnDocument *PropertySection::document() const
{
    return m_document.data();
}

} // namespace amtsweg
