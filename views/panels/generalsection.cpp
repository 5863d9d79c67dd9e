#include "generalsection.h"

#include "bpmn/elements.h"
#include "document.h"
#include "elementlabels.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace amtsweg {
namespace {

QPlainTextEdit *createTextArea(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    edit->setMinimumHeight(lineHeight * lines + 12);
    edit->setMaximumHeight(lineHeight * (lines + 3) + 12);
    return edit;
}

} // namespace

GeneralSection::GeneralSection(QWidget *parent) : PropertySection(tr("General"), parent)
{
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("idEdit"));
    m_idError = new QLabel(this);
    m_idError->setObjectName(QStringLiteral("idError"));
    m_idError->setWordWrap(true);
    QPalette errorColours = m_idError->palette(); // a red that reads on light and dark windows
    errorColours.setColor(QPalette::WindowText,
                          errorColours.color(QPalette::Window).lightness() < 128
                              ? QColor(0xff, 0x8a, 0x80)
                              : QColor(0xc6, 0x28, 0x28));
    m_idError->setPalette(errorColours);
    m_idError->hide();
    form->addRow(tr("ID"), m_id);
    form->addRow(QString(), m_idError);

    m_name = createTextArea(QStringLiteral("nameEdit"), 2, this);
    m_nameLabel = new QLabel(tr("Name"), this);
    form->addRow(m_nameLabel, m_name);

    m_documentation = createTextArea(QStringLiteral("documentationEdit"), 4, this);
    form->addRow(tr("Documentation"), m_documentation);

    connect(m_id, &QLineEdit::textEdited, this, &GeneralSection::validateId);
    connect(m_id, &QLineEdit::editingFinished, this, &GeneralSection::commitId);
    connect(m_name, &QPlainTextEdit::textChanged, this, &GeneralSection::commitName);
    connect(m_documentation, &QPlainTextEdit::textChanged, this,
            &GeneralSection::commitDocumentation);
}

bool GeneralSection::appliesTo(const ModelTree &tree) const
{
    return element() != kNoNode && tree.isElement(element());
}

bool GeneralSection::usesTextChild() const
{
    return bpmn::isTextAnnotation(document()->tree(), element());
}

void GeneralSection::load(const ModelTree &tree)
{
    const NodeId e = element();
    const QString id = toQString(tree.id(e));
    // Keep an id the user is still typing unless the model's id changed meanwhile.
    if (!m_id->isModified() || id != m_loadedId) {
        showText(m_id, id);
        m_id->setModified(false);
        m_idError->hide();
    }
    m_loadedId = id;

    const bool text = usesTextChild();
    m_nameLabel->setText(text ? tr("Text") : tr("Name"));
    const QString name =
        text ? QString::fromStdString(tree.text(tree.childElement(e, schema::Ns::Model, "text")))
             : toQString(tree.attr(e, tree.known().name));
    showText(m_name, name);
    const NodeId documentation = tree.childElement(e, schema::Ns::Model, "documentation");
    showText(m_documentation, documentation != kNoNode
                                  ? QString::fromStdString(tree.text(documentation))
                                  : QString());
}

QString GeneralSection::idProblem(const QString &id) const
{
    if (id.isEmpty())
        return tr("The ID must not be empty.");
    if (!isValidElementId(id))
        return tr("The ID must be an XML name: a letter or _ first, then letters, digits, _, - "
                  "or . (no spaces or colons).");
    const ModelTree &tree = document()->tree();
    const NodeId owner = tree.byId(toUtf8(id));
    if (owner != kNoNode && owner != element())
        return tr("The ID \"%1\" is already used by another element.").arg(id);
    return {};
}

void GeneralSection::validateId()
{
    if (isLoading())
        return;
    const QString problem = idProblem(m_id->text());
    m_idError->setText(problem);
    m_idError->setVisible(!problem.isEmpty());
}

void GeneralSection::commitId()
{
    if (isLoading())
        return;
    const QString id = m_id->text();
    if (id == m_loadedId) {
        m_idError->hide();
        m_id->setModified(false);
        return;
    }
    const QString problem = idProblem(id);
    m_idError->setText(problem);
    m_idError->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return; // refused: the field keeps the typed id and shows why
    m_id->setModified(false);
    document()->setElementProperty(element(), document()->tree().known().id, toUtf8(id));
}

void GeneralSection::commitName()
{
    if (isLoading())
        return;
    const std::string name = toUtf8(m_name->toPlainText());
    const NameId property =
        usesTextChild() ? document()->bpmnElementName("text") : document()->tree().known().name;
    document()->setElementProperty(
        element(), property, name.empty() ? std::nullopt : std::optional<std::string_view>(name));
}

void GeneralSection::commitDocumentation()
{
    if (isLoading())
        return;
    const std::string text = toUtf8(m_documentation->toPlainText());
    document()->setElementProperty(element(), document()->bpmnElementName("documentation"),
                                   text.empty() ? std::nullopt
                                                : std::optional<std::string_view>(text));
}

} // namespace amtsweg
