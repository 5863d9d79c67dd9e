#include "steckbriefform.h"

#include "steckbrieflist.h"
#include "steckbriefwidgets.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace amtsweg {
namespace {

bool same(const fim::Prozessteilnehmer &a, const fim::Prozessteilnehmer &b)
{
    return a.name == b.name && a.rollen == b.rollen;
}
bool same(const fim::Handlungsgrundlage &a, const fim::Handlungsgrundlage &b)
{
    return a.name == b.name && a.art == b.art && a.uri == b.uri;
}
bool same(const fim::Anlass &a, const fim::Anlass &b)
{
    return a.formular == b.formular && a.prozess == b.prozess && a.text == b.text;
}
template <class T> bool same(const std::vector<T> &a, const std::vector<T> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const T &x, const T &y) { return same(x, y); });
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

QFormLayout *formLayout(QVBoxLayout *into)
{
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    into->addLayout(form);
    return form;
}

} // namespace

bool sameValues(const fim::Prozesssteckbrief &a, const fim::Prozesssteckbrief &b)
{
    const auto &za = a.zustand;
    const auto &zb = b.zustand;
    return a.prozessschluessel == b.prozessschluessel && a.version == b.version &&
           a.name == b.name && a.bezeichnung == b.bezeichnung && a.definition == b.definition &&
           a.beschreibung == b.beschreibung && a.detaillierungsstufe == b.detaillierungsstufe &&
           a.freigabestatus == b.freigabestatus && same(a.prozessteilnehmer, b.prozessteilnehmer) &&
           same(a.handlungsgrundlagen, b.handlungsgrundlagen) && same(a.ausloeser, b.ausloeser) &&
           same(a.ergebnisse, b.ergebnisse) && za.erstellt == zb.erstellt &&
           za.geaendert == zb.geaendert && za.bearbeiter == zb.bearbeiter &&
           za.methodischFreigegeben == zb.methodischFreigegeben &&
           za.fachlichFreigegeben == zb.fachlichFreigegeben && za.gueltigAb == zb.gueltigAb &&
           za.gueltigBis == zb.gueltigBis &&
           a.verwaltungspolitischeKodierung == b.verwaltungspolitischeKodierung &&
           a.klassifikation == b.klassifikation;
}

std::vector<QString fim::Zustandsangaben::*> SteckbriefForm::dateFields()
{
    using Z = fim::Zustandsangaben;
    return {&Z::erstellt,   &Z::geaendert, &Z::methodischFreigegeben, &Z::fachlichFreigegeben,
            &Z::gueltigAb, &Z::gueltigBis};
}

SteckbriefForm::SteckbriefForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    QFormLayout *general = formLayout(layout);
    m_prozessschluessel = lineEdit(
        tr("Prozessschlüssel"),
        tr("The process key: the 14-digit Leistungsschlüssel of the service (LeiKa)"),
        tr("14 digits, e.g. 99006028261000"));
    general->addRow(tr("Prozessschlüssel"), m_prozessschluessel);
    m_version = lineEdit(tr("Version"), tr("Version of the process, written NN.NN.NN"),
                         QStringLiteral("01.00.00"));
    general->addRow(tr("Version"), m_version);
    m_name = lineEdit(tr("Name"), tr("Name of the process: noun + verb"),
                      tr("e.g. Anzeige bearbeiten"));
    general->addRow(tr("Name"), m_name);
    m_bezeichnung = lineEdit(tr("Bezeichnung"),
                             tr("The service name of the Leistungskatalog (LeiKa): object + "
                                "action + details"),
                             QString());
    general->addRow(tr("Bezeichnung"), m_bezeichnung);
    m_definition = new FinishingTextEdit(2, this);
    describe(m_definition, tr("Definition"), tr("What the process is, in one or two sentences"));
    general->addRow(tr("Definition"), m_definition);
    m_beschreibung = new FinishingTextEdit(4, this);
    describe(m_beschreibung, tr("Description"), tr("A free description of the process"));
    general->addRow(tr("Description"), m_beschreibung);
    m_detaillierungsstufe = new CodeComboBox(fim::CodeList::Detaillierungsstufe, this);
    describe(m_detaillierungsstufe, tr("Detaillierungsstufe"),
             tr("Level of detail of the model (code list Detaillierungsstufe)"));
    general->addRow(tr("Detaillierungsstufe"), m_detaillierungsstufe);
    m_freigabestatus = new CodeComboBox(fim::CodeList::Freigabestatus, this);
    describe(m_freigabestatus, tr("Freigabestatus"),
             tr("Release status of the process (code list Freigabestatus)"));
    general->addRow(tr("Freigabestatus"), m_freigabestatus);

    auto list = [this, layout](const QString &title, const QString &add, const QString &toolTip,
                               SteckbriefListEditor::RowFactory factory) {
        layout->addWidget(heading(title, this));
        auto *editor = new SteckbriefListEditor(add, toolTip, std::move(factory), this);
        layout->addWidget(editor);
        connect(editor, &SteckbriefListEditor::edited, this, &SteckbriefForm::edited);
        return editor;
    };
    m_participants = list(tr("Prozessteilnehmer"), tr("Add Prozessteilnehmer"),
                          tr("Add a participant of the process with a name and roles"),
                          [](QWidget *p) { return new ParticipantRow(p); });
    m_legalBases = list(tr("Handlungsgrundlagen"), tr("Add Handlungsgrundlage"),
                        tr("Add a legal basis of the process"),
                        [](QWidget *p) { return new LegalBasisRow(p); });
    m_triggers = list(tr("Auslöser"), tr("Add Auslöser"),
                      tr("Add what starts the process: a form, another process or a text"),
                      [](QWidget *p) { return new AnlassRow(tr("Auslöser"), p); });
    m_results = list(tr("Ergebnis"), tr("Add Ergebnis"),
                     tr("Add a result of the process: a form, another process or a text"),
                     [](QWidget *p) { return new AnlassRow(tr("Ergebnis"), p); });

    layout->addWidget(heading(tr("Zustandsangaben"), this));
    QFormLayout *state = formLayout(layout);
    const QStringList dateNames{tr("Created"),         tr("Changed"),
                                tr("Methodically released"), tr("Released by experts"),
                                tr("Valid from"),      tr("Valid until")};
    for (const QString &name : dateNames) {
        auto *edit = new OptionalDateEdit(name, this);
        connect(edit, &OptionalDateEdit::edited, this, &SteckbriefForm::edited);
        m_dates << edit;
    }
    m_bearbeiter = lineEdit(tr("Edited by"), tr("Who last edited the process description"),
                            QString());
    state->addRow(dateNames[0], m_dates[0]);
    state->addRow(dateNames[1], m_dates[1]);
    state->addRow(tr("Edited by"), m_bearbeiter);
    for (int i = 2; i < dateNames.size(); ++i)
        state->addRow(dateNames[i], m_dates[i]);
    // Read in widget creation order otherwise: the editor goes after the second date.
    setTabOrder(m_dates[1]->dateEdit(), m_bearbeiter);
    setTabOrder(m_bearbeiter, m_dates[2]->checkBox());

    layout->addWidget(heading(tr("Coding and classification"), this));
    auto *keys = formLayout(layout);
    keys->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_kodierung = lineEdit(tr("Verwaltungspolitische Kodierung"),
                           tr("Keys of the states, districts or municipalities the process is "
                              "for (01–16 Länder, 17 Bund), separated by commas"),
                           tr("e.g. 17 or 01, 01001"));
    keys->addRow(tr("Verwaltungspolitische Kodierung"), m_kodierung);
    m_klassifikation = lineEdit(tr("Klassifikation"),
                                tr("Classes of the process catalogue, separated by commas"),
                                tr("e.g. 611.07.01"));
    keys->addRow(tr("Klassifikation"), m_klassifikation);
    layout->addStretch(1);

    connect(m_definition, &FinishingTextEdit::editingFinished, this, &SteckbriefForm::edited);
    connect(m_beschreibung, &FinishingTextEdit::editingFinished, this, &SteckbriefForm::edited);
    connect(m_detaillierungsstufe, &CodeComboBox::edited, this, &SteckbriefForm::edited);
    connect(m_freigabestatus, &CodeComboBox::edited, this, &SteckbriefForm::edited);
}

QLineEdit *SteckbriefForm::lineEdit(const QString &name, const QString &toolTip,
                                    const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    describe(edit, name, toolTip);
    edit->setPlaceholderText(placeholder);
    onEditFinished(edit, [this] { Q_EMIT edited(); });
    return edit;
}

void SteckbriefForm::setValue(const fim::Prozesssteckbrief &value)
{
    m_value = value;
    showLineText(m_prozessschluessel, value.prozessschluessel);
    showLineText(m_version, value.version);
    showLineText(m_name, value.name);
    showLineText(m_bezeichnung, value.bezeichnung);
    m_definition->showText(value.definition);
    m_beschreibung->showText(value.beschreibung);
    m_detaillierungsstufe->setCode(value.detaillierungsstufe);
    m_freigabestatus->setCode(value.freigabestatus);

    m_participants->setRowCount(int(value.prozessteilnehmer.size()));
    for (int i = 0; i < m_participants->rowCount(); ++i)
        m_participants->rowAs<ParticipantRow>(i)->setValue(value.prozessteilnehmer[i]);
    m_legalBases->setRowCount(int(value.handlungsgrundlagen.size()));
    for (int i = 0; i < m_legalBases->rowCount(); ++i)
        m_legalBases->rowAs<LegalBasisRow>(i)->setValue(value.handlungsgrundlagen[i]);
    m_triggers->setRowCount(int(value.ausloeser.size()));
    for (int i = 0; i < m_triggers->rowCount(); ++i)
        m_triggers->rowAs<AnlassRow>(i)->setValue(value.ausloeser[i]);
    m_results->setRowCount(int(value.ergebnisse.size()));
    for (int i = 0; i < m_results->rowCount(); ++i)
        m_results->rowAs<AnlassRow>(i)->setValue(value.ergebnisse[i]);

    const auto fields = dateFields();
    for (size_t i = 0; i < fields.size(); ++i)
        m_dates[int(i)]->setValue(value.zustand.*fields[i]);
    showLineText(m_bearbeiter, value.zustand.bearbeiter);
    showLineText(m_kodierung, joinList(value.verwaltungspolitischeKodierung));
    showLineText(m_klassifikation, joinList(value.klassifikation));
}

fim::Prozesssteckbrief SteckbriefForm::value() const
{
    fim::Prozesssteckbrief v = m_value;
    v.prozessschluessel = m_prozessschluessel->text().trimmed();
    v.version = m_version->text().trimmed();
    v.name = m_name->text().trimmed();
    v.bezeichnung = m_bezeichnung->text().trimmed();
    v.definition = m_definition->toPlainText().trimmed();
    v.beschreibung = m_beschreibung->toPlainText().trimmed();
    v.detaillierungsstufe = m_detaillierungsstufe->code();
    v.freigabestatus = m_freigabestatus->code();
    v.prozessteilnehmer = m_participants->values<ParticipantRow, fim::Prozessteilnehmer>();
    v.handlungsgrundlagen = m_legalBases->values<LegalBasisRow, fim::Handlungsgrundlage>();
    v.ausloeser = m_triggers->values<AnlassRow, fim::Anlass>();
    v.ergebnisse = m_results->values<AnlassRow, fim::Anlass>();
    const auto fields = dateFields();
    for (size_t i = 0; i < fields.size(); ++i)
        v.zustand.*fields[i] = m_dates[int(i)]->value();
    v.zustand.bearbeiter = m_bearbeiter->text().trimmed();
    v.verwaltungspolitischeKodierung = splitList(m_kodierung->text());
    v.klassifikation = splitList(m_klassifikation->text());
    return v;
}

} // namespace amtsweg
