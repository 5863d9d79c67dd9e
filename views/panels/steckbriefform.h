#pragma once
// SteckbriefForm: the fields of one Prozesssteckbrief (docs/fim-extension.md): key, version,
// names and texts, Detaillierungsstufe and Freigabestatus as drop-downs, the lists of
// Prozessteilnehmer, Handlungsgrundlagen, Auslöser and Ergebnisse, the Zustandsangaben and the
// keys. It shows a value and gives it back with the user's changes (what it does not show,
// such as the nodes read from the file, stays as given); edited() says a change is finished.

#include "fim/fimdata.h"

#include <QWidget>

class QLineEdit;

namespace amtsweg {

class CodeComboBox;
class FinishingTextEdit;
class OptionalDateEdit;
class SteckbriefListEditor;

/// True when the two hold the same values (nodes and owners are not compared).
bool sameValues(const fim::Prozesssteckbrief &a, const fim::Prozesssteckbrief &b);

class SteckbriefForm : public QWidget
{
    Q_OBJECT

public:
    explicit SteckbriefForm(QWidget *parent = nullptr);

    void setValue(const fim::Prozesssteckbrief &value);
    fim::Prozesssteckbrief value() const;

    QLineEdit *prozessschluesselEdit() const { return m_prozessschluessel; }
    QLineEdit *versionEdit() const { return m_version; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *bezeichnungEdit() const { return m_bezeichnung; }
    FinishingTextEdit *definitionEdit() const { return m_definition; }
    FinishingTextEdit *beschreibungEdit() const { return m_beschreibung; }
    CodeComboBox *detaillierungsstufeBox() const { return m_detaillierungsstufe; }
    CodeComboBox *freigabestatusBox() const { return m_freigabestatus; }
    SteckbriefListEditor *participants() const { return m_participants; }
    SteckbriefListEditor *legalBases() const { return m_legalBases; }
    SteckbriefListEditor *triggers() const { return m_triggers; }
    SteckbriefListEditor *results() const { return m_results; }
    OptionalDateEdit *dateEdit(int index) const { return m_dates.at(index); } ///< order below
    QLineEdit *bearbeiterEdit() const { return m_bearbeiter; }
    QLineEdit *kodierungEdit() const { return m_kodierung; }
    QLineEdit *klassifikationEdit() const { return m_klassifikation; }

    /// The dates in dateEdit() order: erstellt, geaendert, methodischFreigegeben,
    /// fachlichFreigegeben, gueltigAb, gueltigBis.
    static std::vector<QString fim::Zustandsangaben::*> dateFields();

Q_SIGNALS:
    void edited();

private:
    QLineEdit *lineEdit(const QString &name, const QString &toolTip, const QString &placeholder);

    fim::Prozesssteckbrief m_value;
    QLineEdit *m_prozessschluessel = nullptr;
    QLineEdit *m_version = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_bezeichnung = nullptr;
    FinishingTextEdit *m_definition = nullptr;
    FinishingTextEdit *m_beschreibung = nullptr;
    CodeComboBox *m_detaillierungsstufe = nullptr;
    CodeComboBox *m_freigabestatus = nullptr;
    SteckbriefListEditor *m_participants = nullptr;
    SteckbriefListEditor *m_legalBases = nullptr;
    SteckbriefListEditor *m_triggers = nullptr;
    SteckbriefListEditor *m_results = nullptr;
    QList<OptionalDateEdit *> m_dates;
    QLineEdit *m_bearbeiter = nullptr;
    QLineEdit *m_kodierung = nullptr;
    QLineEdit *m_klassifikation = nullptr;
};

} // namespace amtsweg
