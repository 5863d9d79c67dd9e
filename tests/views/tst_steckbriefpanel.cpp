// The Prozesssteckbrief dock on tests/data/fim: every field shows the file's values, a finished
// edit is one undoable command (not one per keystroke) and undo shows the old value again,
// lists add and remove rows, a model without a Prozesssteckbrief gets one, codes Amtsweg does
// not know are shown and kept, the printable document holds the values with code labels, and
// the dock is tidy at 360 px: no clipped texts, a top-to-bottom keyboard order, every field
// named and explained.

#include "bpmn/elements.h"
#include "commands/setfimdatacommand.h"
#include "document.h"
#include "export/steckbriefdocument.h"
#include "fim/fimcodes.h"
#include "fim/fimread.h"
#include "panels/elementlabels.h"
#include "panels/steckbriefform.h"
#include "panels/steckbrieflist.h"
#include "panels/steckbriefpanel.h"
#include "panels/steckbriefwidgets.h"
#include "testpaths.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTextDocument>
#include <QUndoStack>
#include <QtTest/QTest>

using namespace amtsweg;

namespace {

/// Replaces a line edit's content the way a user does, then leaves the field with Tab.
void retype(QLineEdit *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Tab);
}

QString roleCodes(const ParticipantRow *row)
{
    QStringList checked;
    for (QCheckBox *box : row->roleBoxes())
        if (box->isChecked())
            checked << box->property("code").toString();
    return checked.join(QLatin1Char(' '));
}

} // namespace

class TestSteckbriefPanel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<BpmnDocument> m_document;
    std::unique_ptr<SteckbriefPanel> m_panel;

    SteckbriefForm *form() const { return m_panel->form(); }
    fim::Prozesssteckbrief model() const
    {
        const auto s = fim::prozesssteckbrief(m_document->tree(), m_panel->owner());
        return s ? *s : fim::Prozesssteckbrief{};
    }
    void open(const QString &file)
    {
        m_document = std::make_unique<BpmnDocument>();
        QVERIFY(m_document->load(test::testDataDir() + QStringLiteral("/fim/") + file));
        m_panel->setDocument(m_document.get());
    }

private Q_SLOTS:
    void init()
    {
        m_panel = std::make_unique<SteckbriefPanel>();
        m_panel->resize(360, 1400);
        m_panel->show();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        // Reacting to the model must never push (BpmnDocument warns and drops such commands).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("pushed while")));
        open(QStringLiteral("fim-complete.bpmn"));
    }

    void cleanup()
    {
        m_panel.reset();
        m_document.reset();
    }

    void showsEveryField()
    {
        const ModelTree &tree = m_document->tree();
        QVERIFY(bpmn::isCollaboration(tree, m_panel->owner()));
        QVERIFY(m_panel->hasSteckbrief());
        QVERIFY(form()->isVisible());
        const fim::Prozesssteckbrief s = model();
        QCOMPARE(s.prozessschluessel, QStringLiteral("99006028261000")); // the file's value
        QCOMPARE(form()->prozessschluesselEdit()->text(), s.prozessschluessel);
        QCOMPARE(form()->versionEdit()->text(), s.version);
        QCOMPARE(form()->nameEdit()->text(), s.name);
        QCOMPARE(form()->bezeichnungEdit()->text(), s.bezeichnung);
        QCOMPARE(form()->definitionEdit()->toPlainText(), s.definition);
        QCOMPARE(form()->beschreibungEdit()->toPlainText(), s.beschreibung);
        QCOMPARE(form()->detaillierungsstufeBox()->code(), QStringLiteral("101"));
        QCOMPARE(form()->detaillierungsstufeBox()->currentText(),
                 fim::codeLabel(fim::CodeList::Detaillierungsstufe, QStringLiteral("101")));
        QCOMPARE(form()->freigabestatusBox()->code(), QStringLiteral("5"));
        QCOMPARE(form()->freigabestatusBox()->currentText(),
                 fim::codeLabel(fim::CodeList::Freigabestatus, QStringLiteral("5")));

        QCOMPARE(form()->participants()->rowCount(), int(s.prozessteilnehmer.size()));
        QCOMPARE(s.prozessteilnehmer.size(), size_t(2));
        for (int i = 0; i < 2; ++i) {
            const auto *row = form()->participants()->rowAs<ParticipantRow>(i);
            QCOMPARE(row->nameEdit()->text(), s.prozessteilnehmer[i].name);
            QCOMPARE(roleCodes(row), s.prozessteilnehmer[i].rollen.join(QLatin1Char(' ')));
            QVERIFY(row->unknownRolesLabel()->isHidden());
        }
        QCOMPARE(form()->legalBases()->rowCount(), 1);
        const auto *basis = form()->legalBases()->rowAs<LegalBasisRow>(0);
        QCOMPARE(basis->nameEdit()->text(), QStringLiteral("§ 27 MuSchG"));
        QCOMPARE(basis->artBox()->code(), QStringLiteral("104"));
        QCOMPARE(basis->artBox()->currentText(),
                 fim::codeLabel(fim::CodeList::HandlungsgrundlageArt, QStringLiteral("104")));
        QCOMPARE(basis->uriEdit()->text(), s.handlungsgrundlagen[0].uri);
        QVERIFY(basis->link()->isVisible());
        QVERIFY(basis->link()->text().contains(QStringLiteral("href=\"") +
                                               s.handlungsgrundlagen[0].uri));
        QVERIFY(basis->link()->openExternalLinks());

        QCOMPARE(form()->triggers()->rowCount(), 1);
        const auto *trigger = form()->triggers()->rowAs<AnlassRow>(0);
        QCOMPARE(trigger->formEdit()->text(), QStringLiteral("D99006028261000"));
        QCOMPARE(trigger->textEdit()->text(), s.ausloeser[0].text);
        QCOMPARE(form()->results()->rowCount(), 1);
        QCOMPARE(form()->results()->rowAs<AnlassRow>(0)->textEdit()->text(),
                 QStringLiteral("Bescheid"));

        const auto fields = SteckbriefForm::dateFields();
        for (size_t i = 0; i < fields.size(); ++i) {
            OptionalDateEdit *date = form()->dateEdit(int(i));
            const QString value = s.zustand.*fields[i];
            QCOMPARE(date->checkBox()->isChecked(), !value.isEmpty());
            QCOMPARE(date->value(), value);
            if (!value.isEmpty())
                QCOMPARE(date->dateEdit()->date(), QDate::fromString(value.left(10), Qt::ISODate));
        }
        QCOMPARE(s.zustand.erstellt, QStringLiteral("2024-03-01T10:00:00"));
        QVERIFY(s.zustand.methodischFreigegeben.isEmpty()); // an empty date stays empty
        QCOMPARE(form()->bearbeiterEdit()->text(), QStringLiteral("FIM-Redaktion"));
        QCOMPARE(form()->kodierungEdit()->text(), QStringLiteral("17"));
        QCOMPARE(form()->klassifikationEdit()->text(), QStringLiteral("611.07.01"));

        // Nothing edited: the form gives back what it was given.
        QVERIFY(sameValues(form()->value(), s));
        QVERIFY(m_panel->printAction()->isEnabled());
        QVERIFY(m_panel->exportPdfAction()->isEnabled());
    }

    void editCommitsOnFinishAndUndoRestores()
    {
        QUndoStack *stack = m_document->undoStack();
        const fim::Prozesssteckbrief before = model();
        QLineEdit *name = form()->nameEdit();
        name->setFocus();
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(name, QStringLiteral("Anzeige pruefen"));
        QCOMPARE(stack->count(), 0); // not per keystroke
        QTest::keyClick(name, Qt::Key_Tab);
        QCOMPARE(stack->count(), 1);
        QCOMPARE(model().name, QStringLiteral("Anzeige pruefen"));
        QCOMPARE(model().version, before.version); // the rest is kept

        stack->undo();
        QCOMPARE(model().name, before.name);
        QCOMPARE(name->text(), before.name); // the panel follows undo
        stack->redo();
        QCOMPARE(name->text(), QStringLiteral("Anzeige pruefen"));
        stack->undo();

        // A drop-down commits when chosen.
        CodeComboBox *status = form()->freigabestatusBox();
        status->setFocus();
        QTest::keyClick(status, Qt::Key_Down);
        QCOMPARE(model().freigabestatus, QStringLiteral("6"));
        QCOMPARE(stack->count(), 1);
        stack->undo();
        QCOMPARE(status->code(), QStringLiteral("5"));

        // A date: cleared by its check box, kept with its time otherwise.
        OptionalDateEdit *created = form()->dateEdit(0);
        QTest::mouseClick(created->checkBox(), Qt::LeftButton);
        QVERIFY(model().zustand.erstellt.isEmpty());
        stack->undo();
        QCOMPARE(created->value(), before.zustand.erstellt);
        QVERIFY(created->checkBox()->isChecked());

        // The comma list of keys.
        retype(form()->kodierungEdit(), QStringLiteral("17, 01;02"));
        QCOMPARE(model().verwaltungspolitischeKodierung,
                 (QStringList{QStringLiteral("17"), QStringLiteral("01"), QStringLiteral("02")}));
        QCOMPARE(form()->kodierungEdit()->text(), QStringLiteral("17, 01, 02"));
        stack->undo();
        QCOMPARE(model().verwaltungspolitischeKodierung, before.verwaltungspolitischeKodierung);
        QVERIFY(sameValues(model(), before));
    }

    void listsAddEditAndRemoveRows()
    {
        QUndoStack *stack = m_document->undoStack();
        const fim::Prozesssteckbrief before = model();
        SteckbriefListEditor *bases = form()->legalBases();
        QTest::mouseClick(bases->addButton(), Qt::LeftButton);
        QCOMPARE(bases->rowCount(), 2);
        QCOMPARE(model().handlungsgrundlagen.size(), size_t(2));
        auto *added = bases->rowAs<LegalBasisRow>(1);
        QVERIFY(added->nameEdit()->hasFocus()); // the keyboard goes to the new row
        QTest::keyClicks(added->nameEdit(), QStringLiteral("Art. 9 MuSchG"));
        QTest::keyClick(added->nameEdit(), Qt::Key_Tab);
        QCOMPARE(model().handlungsgrundlagen[1].name, QStringLiteral("Art. 9 MuSchG"));
        added->artBox()->setFocus();
        QTest::keyClick(added->artBox(), Qt::Key_Down);
        QCOMPARE(model().handlungsgrundlagen[1].art, QStringLiteral("104"));

        // Remove the first: the second moves up, with its values.
        QTest::mouseClick(bases->row(0)->findChild<QToolButton *>(), Qt::LeftButton);
        QCOMPARE(bases->rowCount(), 1);
        QCOMPARE(model().handlungsgrundlagen.size(), size_t(1));
        QCOMPARE(model().handlungsgrundlagen[0].name, QStringLiteral("Art. 9 MuSchG"));
        QCOMPARE(bases->rowAs<LegalBasisRow>(0)->nameEdit()->text(), QStringLiteral("Art. 9 MuSchG"));
        QCOMPARE(bases->rowAs<LegalBasisRow>(0)->nameEdit()->accessibleName(),
                 QStringLiteral("Handlungsgrundlage 1: name"));

        // A role: checking "Hauptakteur" for the applicant.
        auto *applicant = form()->participants()->rowAs<ParticipantRow>(0);
        QTest::mouseClick(applicant->roleBoxes().at(1), Qt::LeftButton);
        QCOMPARE(model().prozessteilnehmer[0].rollen,
                 (QStringList{QStringLiteral("1"), QStringLiteral("2")}));

        while (stack->canUndo())
            stack->undo();
        QVERIFY(sameValues(model(), before));
        QCOMPARE(bases->rowCount(), 1);
        QCOMPARE(bases->rowAs<LegalBasisRow>(0)->nameEdit()->text(), QStringLiteral("§ 27 MuSchG"));
        QCOMPARE(roleCodes(applicant), QStringLiteral("1"));
    }

    void addsSteckbriefToModelWithout()
    {
        // A collaboration whose Prozesssteckbrief is removed.
        const NodeId collaboration = m_panel->owner();
        m_document->push(SetFimDataCommand::removing(m_document.get(), collaboration,
                                                     SetFimDataCommand::Kind::Steckbrief));
        QVERIFY(!m_panel->hasSteckbrief());
        QCOMPARE(m_panel->owner(), collaboration);
        QVERIFY(m_panel->addButton()->isVisible());
        QVERIFY(!form()->isVisible());
        QVERIFY(!m_panel->printAction()->isEnabled());
        QTest::mouseClick(m_panel->addButton(), Qt::LeftButton);
        QVERIFY(m_panel->hasSteckbrief());
        const fim::Prozesssteckbrief added = model();
        QCOMPARE(added.version, QStringLiteral("01.00.00"));
        QCOMPARE(added.zustand.erstellt, QDate::currentDate().toString(Qt::ISODate));
        // The pools as Prozessteilnehmer, to be given roles.
        QStringList pools;
        for (NodeId p : bpmn::childElements(m_document->tree(), collaboration, "participant"))
            pools << toQString(bpmn::name(m_document->tree(), p));
        QStringList participants;
        for (const auto &p : added.prozessteilnehmer)
            participants << p.name;
        QCOMPARE(participants, pools);
        QCOMPARE(form()->participants()->rowCount(), pools.size());
        QVERIFY(form()->prozessschluesselEdit()->hasFocus());
        // The removal and the addition are two undo steps; undoing both brings the file's
        // Prozesssteckbrief back.
        m_document->undoStack()->undo();
        QVERIFY(!m_panel->hasSteckbrief());
        m_document->undoStack()->undo();
        QVERIFY(m_panel->hasSteckbrief());
        QCOMPARE(form()->prozessschluesselEdit()->text(), QStringLiteral("99006028261000"));

        // A new model: one process, named after nothing.
        BpmnDocument fresh;
        m_panel->setDocument(&fresh);
        QVERIFY(bpmn::isProcess(fresh.tree(), m_panel->owner()));
        QVERIFY(!m_panel->hasSteckbrief());
        m_panel->addSteckbrief();
        QVERIFY(m_panel->hasSteckbrief());
        QVERIFY(fim::prozesssteckbrief(fresh.tree(), m_panel->owner()).has_value());
        QCOMPARE(fresh.undoStack()->count(), 1);
        fresh.undoStack()->undo();
        QVERIFY(!m_panel->hasSteckbrief());
        QVERIFY(m_panel->addButton()->isVisible());
        m_panel->setDocument(nullptr);
        QVERIFY(!m_panel->addButton()->isVisible());
    }

    void unknownCodesShownAndKept()
    {
        open(QStringLiteral("lenient.bpmn"));
        QCOMPARE(m_panel->owner(), m_document->tree().byId("Proc_Lenient"));
        CodeComboBox *status = form()->freigabestatusBox();
        QCOMPARE(status->code(), QStringLiteral("12"));
        QCOMPARE(status->currentText(),
                 fim::codeLabel(fim::CodeList::Freigabestatus, QStringLiteral("12")));
        QVERIFY(status->currentText().contains(QStringLiteral("12")));
        QCOMPARE(form()->detaillierungsstufeBox()->code(), QStringLiteral("103"));
        const auto *participant = form()->participants()->rowAs<ParticipantRow>(0);
        QCOMPARE(roleCodes(participant), QStringLiteral("1 2"));
        QVERIFY(participant->unknownRolesLabel()->isVisible());
        QVERIFY(participant->unknownRolesLabel()->text().contains(QStringLiteral("9")));
        const auto *basis = form()->legalBases()->rowAs<LegalBasisRow>(0);
        QCOMPARE(basis->artBox()->code(), QStringLiteral("999"));
        QVERIFY(basis->artBox()->currentText().contains(QStringLiteral("999")));
        QCOMPARE(form()->dateEdit(1)->value(), QStringLiteral("2024-02-01T08:00:00"));

        // An edit elsewhere keeps every unknown code and the unknown content.
        retype(form()->nameEdit(), QStringLiteral("Antrag pruefen"));
        const fim::Prozesssteckbrief s = model();
        QCOMPARE(s.name, QStringLiteral("Antrag pruefen"));
        QCOMPARE(s.freigabestatus, QStringLiteral("12"));
        QCOMPARE(s.prozessteilnehmer[0].rollen,
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("9")}));
        QCOMPARE(s.handlungsgrundlagen[0].art, QStringLiteral("999"));
        const QByteArray xml = m_document->toXml();
        QVERIFY(xml.contains("zukunftsfeld"));
        QVERIFY(xml.contains("<other:note>fremd</other:note>"));

        // Unchecking a known role keeps the unknown one.
        QTest::mouseClick(participant->roleBoxes().at(0), Qt::LeftButton);
        QCOMPARE(model().prozessteilnehmer[0].rollen,
                 (QStringList{QStringLiteral("2"), QStringLiteral("9")}));
    }

    void documentHasValuesAndLabels()
    {
        const fim::Prozesssteckbrief s = model();
        const QString html = SteckbriefDocument::html(s);
        QTextDocument document;
        document.setHtml(html);
        const QString text = document.toPlainText();
        for (const QString &value : {s.prozessschluessel, s.version, s.name, s.bezeichnung,
                                     s.definition, s.handlungsgrundlagen[0].name,
                                     s.handlungsgrundlagen[0].uri, s.ausloeser[0].text,
                                     s.ausloeser[0].formular, s.zustand.bearbeiter,
                                     s.prozessteilnehmer[1].name})
            QVERIFY2(text.contains(value), qPrintable(value));
        for (const QString &label :
             {fim::codeLabel(fim::CodeList::Freigabestatus, s.freigabestatus),
              fim::codeLabel(fim::CodeList::Detaillierungsstufe, s.detaillierungsstufe),
              fim::codeLabel(fim::CodeList::Rolle, QStringLiteral("2")),
              fim::codeLabel(fim::CodeList::HandlungsgrundlageArt, QStringLiteral("104"))})
            QVERIFY2(text.contains(label), qPrintable(label));
        QVERIFY(!html.contains(QStringLiteral("<a "))); // links printed as text
        QVERIFY(text.contains(QStringLiteral("2024-03-01 10:00:00")));

        // Text from the file is escaped, not markup.
        fim::Prozesssteckbrief tricky = s;
        tricky.name = QStringLiteral("<b>A & B</b>");
        QTextDocument trickyDocument;
        trickyDocument.setHtml(SteckbriefDocument::html(tricky));
        QVERIFY(trickyDocument.toPlainText().contains(QStringLiteral("<b>A & B</b>")));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("steckbrief.pdf"));
        QCOMPARE(m_panel->exportPdf(path), QString());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.contains("/MediaBox [0 0 595")); // A4: 595 × 842 pt
        // For looking at: pdftoppm -r 60 -png <build>/steckbrief.pdf
        QFile::remove(test::buildDir() + QStringLiteral("/steckbrief.pdf"));
        QVERIFY(QFile::copy(path, test::buildDir() + QStringLiteral("/steckbrief.pdf")));
    }

    void tidyAtDockWidth()
    {
        m_panel->resize(360, 900);
        QTest::qWait(50);
        // No clipped text: every visible label, check box and button gets its width.
        const auto widgets = m_panel->findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (!w->isVisible() || w->window() != m_panel.get())
                continue;
            const auto *label = qobject_cast<QLabel *>(w);
            if ((label && !label->wordWrap()) || qobject_cast<QCheckBox *>(w) ||
                qobject_cast<QPushButton *>(w))
                QVERIFY2(w->width() >= w->minimumSizeHint().width(),
                         qPrintable(w->accessibleName() + QLatin1Char(' ') +
                                    (label ? label->text() : QString())));
        }
        // The form fits the dock: no part of it hidden to the right.
        QVERIFY(form()->width() <= 360);
        QVERIFY(form()->minimumSizeHint().width() <= form()->width());

        // Every field is named and explained.
        for (QWidget *w : form()->findChildren<QWidget *>()) {
            if (w->window() != m_panel.get() || !(w->focusPolicy() & Qt::TabFocus) ||
                qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
                qobject_cast<QComboBox *>(w->parentWidget()))
                continue;
            if (qobject_cast<QLabel *>(w) && !w->isVisible())
                continue; // a link label without a link
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->accessibleName()));
        }

        // The keyboard walks the form from top to bottom, each row left to right.
        QWidget *start = form()->prozessschluesselEdit();
        QWidget *w = start;
        QPoint previous(-1, -1);
        QString previousName;
        int visited = 0;
        do {
            const bool focusable = (w->focusPolicy() & Qt::TabFocus) && w->isVisible() &&
                                   w->isEnabled() && !w->focusProxy();
            if (focusable) {
                const QPoint at = w->mapTo(form(), w->rect().center());
                const bool sameRow = std::abs(at.y() - previous.y()) <= 3;
                QVERIFY2(sameRow ? at.x() > previous.x() : at.y() > previous.y(),
                         qPrintable(previousName + QStringLiteral(" -> ") + w->accessibleName()));
                previous = at;
                previousName = w->accessibleName();
                ++visited;
            }
            w = w->nextInFocusChain();
        } while (w != start && form()->isAncestorOf(w));
        QVERIFY(visited > 30);

        const QString png = test::buildDir() + QStringLiteral("/steckbriefpanel.png");
        QVERIFY(m_panel->grab().save(png));
        QVERIFY(form()->grab().save(test::buildDir() + QStringLiteral("/steckbriefform.png")));
    }
};

QTEST_MAIN(TestSteckbriefPanel)
#include "tst_steckbriefpanel.moc"
