#include "endtoendsection.h"

#include "e2e/e2eattributes.h"
#include "propertyedits.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

#include <optional>
#include <span>

namespace amtsweg {
namespace {

/// Marks the item a combo box gets for a value that is none of its choices.
constexpr int kUnrecognisedRole = Qt::UserRole + 1;

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

void addChoices(QComboBox *combo, std::span<const e2e::Choice> choices)
{
    for (const e2e::Choice &choice : choices)
        combo->addItem(e2e::label(choice), qs(choice.value));
}

/// The stored value of a yes/no attribute as its combo box lists it: "true"/"false", also for
/// the spellings "1"/"0" the model accepts; nullopt when absent.
std::optional<QString> yesNoValue(std::optional<std::string_view> raw)
{
    if (raw && *raw == "1")
        return QStringLiteral("true");
    if (raw && *raw == "0")
        return QStringLiteral("false");
    return raw ? std::optional<QString>(qs(*raw)) : std::nullopt;
}

/// Selects the item of `value` (the stored value; nullopt when absent: the first item, which
/// reads `unknownText`). A value that is none of the choices gets an item of its own, so it is
/// shown rather than passed off as unknown, and is kept until the user picks another.
void showChoice(QComboBox *combo, const std::optional<QString> &value, const QString &unknownText)
{
    while (combo->count() > 1 && combo->itemData(combo->count() - 1, kUnrecognisedRole).toBool())
        combo->removeItem(combo->count() - 1);
    combo->setItemText(0, unknownText);
    int index = value ? combo->findData(*value) : 0;
    if (index < 0) {
        combo->addItem(EndToEndSection::tr("%1 (not recognised)").arg(*value), *value);
        index = combo->count() - 1;
        combo->setItemData(index, true, kUnrecognisedRole);
    }
    combo->setCurrentIndex(index);
}

std::optional<QString> stored(const ModelTree &tree, NodeId n, std::string_view local)
{
    const auto v = e2e::value(tree, n, local);
    return v ? std::optional<QString>(qs(*v)) : std::nullopt;
}

QString yesNoLabel(bool yes)
{
    return yes ? EndToEndSection::tr("Yes") : EndToEndSection::tr("No");
}

void addYesNo(QComboBox *combo)
{
    combo->addItem(yesNoLabel(true), QStringLiteral("true"));
    combo->addItem(yesNoLabel(false), QStringLiteral("false"));
}

} // namespace

EndToEndSection::EndToEndSection(QWidget *parent) : PropertySection(tr("End to end"), parent)
{
    m_form = new QFormLayout(this);
    m_form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    m_channel = addCombo(tr("Channel"), "channelCombo", e2e::kChannel,
                         tr("How the information reaches its recipient."));
    addChoices(m_channel, e2e::channelChoices());
    m_structured = addCombo(
        tr("Structured data"), "structuredCombo", e2e::kStructured,
        tr("Whether the information arrives as data a program can process without retyping "
           "(e.g. XML), not as a scan, PDF or free text. Unknown: what the channel usually "
           "carries."));
    addYesNo(m_structured);
    m_medium = new QLabel(this);
    m_medium->setObjectName(QStringLiteral("mediumLabel"));
    m_medium->setToolTip(tr("How the information travels, from channel and structured data."));
    m_form->addRow(tr("Medium"), m_medium);
    m_dataStandard = addLineEdit(tr("Data standard"), "dataStandardEdit", e2e::kDataStandard,
                                 tr("e.g. XMeld 2.4 or S00000092"),
                                 tr("The data standard or FIM data schema the information "
                                    "follows."));

    m_automation = addCombo(tr("Automation"), "automationCombo", e2e::kAutomation,
                            tr("How far IT does the activity: by hand, supported by IT, or "
                               "fully automated."));
    addChoices(m_automation, e2e::automationChoices());
    m_fachverfahren = addLineEdit(tr("Fachverfahren"), "fachverfahrenEdit", e2e::kFachverfahren,
                                  tr("e.g. OK.EWO"),
                                  tr("The Fachverfahren (specialist application) the activity "
                                     "is done in."));

    m_dataStoreKind = addCombo(tr("Kind", "data store"), "dataStoreKindCombo",
                               e2e::kDataStoreKind, tr("What kind of data store this is."));
    addChoices(m_dataStoreKind, e2e::dataStoreKindChoices());
    m_interface = addCombo(tr("Interface"), "interfaceCombo", e2e::kHasInterface,
                           tr("Whether other systems can read or write the data store through "
                              "an interface, not only people by hand."));
    addYesNo(m_interface);

    m_participantKind = addCombo(tr("Kind", "participant"), "participantKindCombo",
                                 e2e::kParticipantKind, tr("Who or what the pool stands for."));
    addChoices(m_participantKind, e2e::participantKindChoices());
}

QComboBox *EndToEndSection::addCombo(const QString &label, const char *objectName,
                                     std::string_view local, const QString &toolTip)
{
    auto *combo = new QComboBox(this);
    letShrink(combo);
    combo->setObjectName(QLatin1String(objectName));
    combo->setToolTip(toolTip);
    // Unknown is the absent attribute.
    combo->addItem(tr("Unknown"), QString());
    m_form->addRow(label, combo);
    connect(combo, &QComboBox::activated, this, [this, combo, local](int index) {
        commit(local, combo->itemData(index).toString());
    });
    return combo;
}

QLineEdit *EndToEndSection::addLineEdit(const QString &label, const char *objectName,
                                        std::string_view local, const QString &placeholder,
                                        const QString &toolTip)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setPlaceholderText(placeholder);
    edit->setToolTip(toolTip);
    m_form->addRow(label, edit);
    // Committed once the user is done (Return or leaving the field), and only after typing:
    // leaving an untouched field changes nothing.
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, local] {
        if (!edit->isModified())
            return;
        edit->setModified(false);
        commit(local, edit->text());
    });
    return edit;
}

bool EndToEndSection::appliesTo(const ModelTree &tree) const
{
    const NodeId e = element();
    return e2e::carriesDataStandard(tree, e) || e2e::carriesAutomation(tree, e)
           || e2e::carriesDataStoreKind(tree, e) || e2e::carriesParticipantKind(tree, e);
}

void EndToEndSection::load(const ModelTree &tree)
{
    const NodeId e = element();
    loadFlow(tree, e2e::carriesChannel(tree, e));
    if (showRows({m_dataStandard}, e2e::carriesDataStandard(tree, e)))
        showText(m_dataStandard, e2e::dataStandard(tree, e));
    loadActivity(tree, e2e::carriesAutomation(tree, e));
    loadDataStore(tree, e2e::carriesDataStoreKind(tree, e));
    loadParticipant(tree, e2e::carriesParticipantKind(tree, e));
}

bool EndToEndSection::showRows(std::initializer_list<QWidget *> fields, bool shown)
{
    for (QWidget *field : fields)
        m_form->setRowVisible(field, shown);
    return shown;
}

void EndToEndSection::loadFlow(const ModelTree &tree, bool shown)
{
    if (!showRows({m_channel, m_structured, m_medium}, shown))
        return;
    const NodeId e = element();
    showChoice(m_channel, stored(tree, e, e2e::kChannel), tr("Unknown"));
    showChoice(m_structured, yesNoValue(e2e::value(tree, e, e2e::kStructured)), tr("Unknown"));
    const QString medium = e2e::label(e2e::medium(tree, e));
    m_medium->setText(medium.isEmpty() ? tr("Unknown") : medium);
}

void EndToEndSection::loadActivity(const ModelTree &tree, bool shown)
{
    if (!showRows({m_automation, m_fachverfahren}, shown))
        return;
    const NodeId e = element();
    bool fromType = false;
    const e2e::Automation automation = e2e::automation(tree, e, &fromType);
    // What the task type implies is a hint only; it is not written.
    showChoice(m_automation, stored(tree, e, e2e::kAutomation),
               fromType ? tr("Unknown (task type: %1)").arg(e2e::label(automation))
                        : tr("Unknown"));
    showText(m_fachverfahren, e2e::fachverfahren(tree, e));
}

void EndToEndSection::loadDataStore(const ModelTree &tree, bool shown)
{
    if (!showRows({m_dataStoreKind, m_interface}, shown))
        return;
    const NodeId e = element();
    // A reference without a value of its own has its dataStore's (e2e::dataStoreKind).
    const std::optional<QString> kind = stored(tree, e, e2e::kDataStoreKind);
    const e2e::DataStoreKind effectiveKind = e2e::dataStoreKind(tree, e);
    showChoice(m_dataStoreKind, kind,
               !kind && effectiveKind != e2e::DataStoreKind::Unknown
                   ? tr("From data store: %1").arg(e2e::label(effectiveKind))
                   : tr("Unknown"));
    const auto rawInterface = e2e::value(tree, e, e2e::kHasInterface);
    const std::optional<bool> effectiveInterface = e2e::hasInterface(tree, e);
    showChoice(m_interface, yesNoValue(rawInterface),
               !rawInterface && effectiveInterface
                   ? tr("From data store: %1").arg(yesNoLabel(*effectiveInterface))
                   : tr("Unknown"));
}

void EndToEndSection::loadParticipant(const ModelTree &tree, bool shown)
{
    if (showRows({m_participantKind}, shown))
        showChoice(m_participantKind, stored(tree, element(), e2e::kParticipantKind),
                   tr("Unknown"));
}

void EndToEndSection::commit(std::string_view local, const QString &value)
{
    if (isLoading())
        return;
    // Nothing changed (same value, read-only document): show the model's value again.
    if (!propertyedits::setE2eAttribute(document(), element(), local, value))
        reload();
}

} // namespace amtsweg
