// XProzess 2.0 in the main window: File > Open of a message opens one document per process;
// File > Attached Documents lists the embedded PDFs and hands them to the desktop's viewer;
// File > Export as XProzess… lists the missing FIM-mandatory attributes and exports only on
// "Export Anyway".

#include "document.h"
#include "documentsession.h"
#include "mainwindow.h"
#include "testpaths.h"
#include "xmltools.h"
#include "xprozess/anlagen.h"
#include "xprozess/xprozessreader.h"
#include "xprozessactions.h"
#include "xml/bpmnreader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDesktopServices>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest/QTest>

using namespace amtsweg;

namespace {

QString data(const char *name)
{
    return test::testDataDir() + QStringLiteral("/xprozess/") + QLatin1String(name);
}

/// Calls `act` with the first modal widget of type T that shows (polling, for nested dialogs).
template <typename T, typename Act> void whenModal(Act act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto *w = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(w);
        }
    });
    timer->start();
}

} // namespace

/// Stands in for the desktop's viewer: records what it was asked to open.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls << url; }
};

class TestXProzessActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void opensOneDocumentPerProcess();
    void opensAttachedDocuments();
    void exportListsMissingAttributes();
    void openingTwiceShowsTheOpenDocuments();
    void exportWithoutDiagramAsks();
    void brokenFileIsReported();
    void attachmentsNeverStartPrograms();

private:
    std::unique_ptr<MainWindow> m_window;
    XProzessActions *actions() const { return m_window->findChild<XProzessActions *>(); }
    QTemporaryDir m_dir;
    QString m_screenshots = qEnvironmentVariable("AMTSWEG_SCREENSHOTS");
};

void TestXProzessActions::init()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QStandardPaths::setTestModeEnabled(true);
    m_window = std::make_unique<MainWindow>();
    m_window->show();
}

void TestXProzessActions::opensOneDocumentPerProcess()
{
    QVERIFY(XProzessActions::isXProzessFile(data("bibliothek.xml")));
    QVERIFY(m_window->openFile(data("bibliothek.xml")));
    const QList<BpmnDocument *> documents = m_window->documents();
    QCOMPARE(documents.size(), 2); // the untouched new document made way
    for (BpmnDocument *d : documents)
        QVERIFY(d->filePath().isEmpty()); // saving asks where
    QCOMPARE(xprozess::anlagen(documents[1]->tree()).size(), std::size_t(2));
    QCOMPARE(m_window->document(), documents[1]); // the last one opened is shown
    // What was not taken over (here: a value the reader ignored) is told, without blocking.
    auto *note = m_window->findChild<QMessageBox *>(QStringLiteral("xprozessImportNote"));
    QVERIFY(note);
    QVERIFY(!note->isModal());
    QVERIFY2(note->text().contains(QLatin1String("not taken over")), qPrintable(note->text()));
    note->close();
}

void TestXProzessActions::opensAttachedDocuments()
{
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
    QVERIFY(m_window->openFile(data("bibliothek.xml")));
    QMenu *menu = actions()->attachmentsMenu();
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    const QList<QAction *> entries = menu->actions();
    QCOMPARE(entries.size(), 2);
    QVERIFY(entries[0]->text().startsWith(QLatin1String("bericht.pdf")));
    QVERIFY(entries[1]->text().startsWith(QLatin1String("visualisierung.pdf")));
    if (!m_screenshots.isEmpty()) {
        menu->popup(m_window->mapToGlobal(QPoint(40, 40)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        menu->grab().save(m_screenshots + QStringLiteral("/xprozess-attachments.png"));
        menu->hide();
    }
    menu->actions().front()->trigger(); // showing the menu refilled it
    QCOMPARE(recorder.urls.size(), 1);
    const QByteArray opened = test::readFileBytes(recorder.urls.front().toLocalFile());
    QVERIFY(opened.startsWith("%PDF-1.4"));
    QCOMPARE(opened, xprozess::anlagen(m_window->document()->tree()).front().data);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));

    // A model without attachments says so, disabled.
    m_window->newDocument();
    Q_EMIT menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 1);
    QVERIFY(!menu->actions().front()->isEnabled());
}

void TestXProzessActions::exportListsMissingAttributes()
{
    QVERIFY(m_window->openFile(data("bibliothek.xml")));
    m_window->showDocument(m_window->documents().front()); // unknown codes, version "1.0"
    const QString out = m_dir.filePath(QStringLiteral("gui-export.xprozess.xml"));
    QString listed;

    // Cancel: nothing is written.
    whenModal<QMessageBox>([&](QMessageBox *box) {
        listed = box->informativeText();
        if (!m_screenshots.isEmpty())
            box->grab().save(m_screenshots + QStringLiteral("/xprozess-missing.png"));
        box->button(QMessageBox::Cancel)->click();
    });
    actions()->exportCurrent();
    QVERIFY2(listed.contains(QLatin1String("NN.NN.NN")), qPrintable(listed));
    QVERIFY2(listed.contains(QLatin1String("12")), qPrintable(listed)); // the Freigabestatus
    QVERIFY(!QFile::exists(out));

    // Export Anyway, then the file dialog.
    bool sawDialog = false;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        for (QAbstractButton *b : box->buttons())
            if (b->text() == QLatin1String("Export Anyway"))
                b->click();
        whenModal<QFileDialog>([&](QFileDialog *dialog) {
            sawDialog = true;
            dialog->setDirectory(QFileInfo(out).path());
            if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                edit->setText(QFileInfo(out).fileName());
            static_cast<QDialog *>(dialog)->accept(); // public in QDialog
        });
    });
    actions()->exportCurrent();
    QVERIFY(sawDialog);
    QVERIFY(xprozess::XProzessReader::isXProzessFile(out));
    const xprozess::XProzessReadResult back = xprozess::XProzessReader::readFile(out);
    QCOMPARE(back.processes.size(), std::size_t(1));
    QCOMPARE(back.processes.front().id, QStringLiteral("99000000000001"));
    // The diagram PDF is drawn by the GUI and embedded.
    const auto list = xprozess::anlagen(*back.processes.front().tree);
    QCOMPARE(list.size(), std::size_t(1));
    QVERIFY(list.front().data.startsWith("%PDF"));
}

void TestXProzessActions::openingTwiceShowsTheOpenDocuments()
{
    QVERIFY(m_window->openFile(data("bibliothek.xml")));
    const QList<BpmnDocument *> imported = m_window->documents();
    QCOMPARE(imported.size(), 2);
    BpmnDocument *other = m_window->newDocument();
    QCOMPARE(m_window->document(), other);
    // Opened again: nothing is imported twice, the first process is shown.
    QVERIFY(m_window->openFile(data("bibliothek.xml")));
    QCOMPARE(m_window->documents().size(), 3);
    QCOMPARE(m_window->document(), imported.front());
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("already open")));
    // A process that was closed is imported again; the one still open is not.
    imported.back()->setClean(); // closing an unsaved import would ask
    QVERIFY(m_window->closeDocument(imported.back()));
    QCOMPARE(m_window->documents().size(), 2);
    QVERIFY(m_window->openFile(data("bibliothek.xml")));
    const QList<BpmnDocument *> now = m_window->documents();
    QCOMPARE(now.size(), 2); // the untouched new document made way, as for any file
    QVERIFY(!now.contains(other));
    QCOMPARE(now.front(), imported.front());
    QCOMPARE(xprozess::anlagen(now.back()->tree()).size(), std::size_t(2)); // the second process
    QCOMPARE(m_window->document(), now.back());
}

void TestXProzessActions::exportWithoutDiagramAsks()
{
    // A FIM model without a diagram: no PDF can be drawn.
    QString bpmn = QString::fromUtf8(
        test::readFileBytes(test::testDataDir() + QStringLiteral("/fim/fim-complete.bpmn")));
    bpmn.remove(QRegularExpression(QStringLiteral("<bpmndi:BPMNDiagram .*?</bpmndi:BPMNDiagram>"),
                                   QRegularExpression::DotMatchesEverythingOption));
    ReadResult read = BpmnReader::readBytes(bpmn.toUtf8(), QStringLiteral("ohne-diagramm.bpmn"));
    QVERIFY(read.ok());
    m_window->openTree(std::move(read.tree), RepositoryOrigin{});
    const QString out = m_dir.filePath(QStringLiteral("ohne-diagramm.xprozess.xml"));

    // Answers the dialogs of one export: Export Anyway (missing data, if any), the file name,
    // then the question about the diagram with `withoutDiagram` (else Cancel).
    QString question, details;
    std::function<void()> next; // lives as long as the timers that call it
    const auto answer = [&](const QString &without) {
        question.clear();
        next = [&, without] {
            auto *w = QApplication::activeModalWidget();
            if (auto *dialog = qobject_cast<QFileDialog *>(w)) {
                dialog->setDirectory(QFileInfo(out).path());
                if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                    edit->setText(QFileInfo(out).fileName());
                static_cast<QDialog *>(dialog)->accept();
            } else if (auto *box = qobject_cast<QMessageBox *>(w)) {
                if (box->objectName() == QLatin1String("xprozessNoDiagram")) {
                    question = box->text();
                    details = box->informativeText();
                    if (!m_screenshots.isEmpty())
                        box->grab().save(m_screenshots + QStringLiteral("/xprozess-no-diagram.png"));
                    for (QAbstractButton *b : box->buttons())
                        if (b->text() == without)
                            return b->click();
                    return box->button(QMessageBox::Cancel)->click();
                }
                for (QAbstractButton *b : box->buttons())
                    if (b->text() == QLatin1String("Export Anyway"))
                        b->click();
            }
            if (question.isEmpty())
                QTimer::singleShot(20, next);
        };
        QTimer::singleShot(20, next);
    };

    // Cancelled: nothing is written, and the question named the file and the reason.
    answer(QString());
    actions()->exportCurrent();
    QVERIFY2(question.contains(QDir::toNativeSeparators(out)), qPrintable(question));
    QVERIFY2(question.contains(QLatin1String("no diagram")), qPrintable(question));
    QVERIFY2(details.contains(QLatin1String("without the diagram PDF")), qPrintable(details));
    QVERIFY(!QFile::exists(out));

    // Agreed: the message is written, without a diagram PDF.
    answer(QStringLiteral("Export Without Diagram"));
    actions()->exportCurrent();
    QVERIFY(!question.isEmpty());
    QVERIFY(QFile::exists(out));
    const xprozess::XProzessReadResult back = xprozess::XProzessReader::readFile(out);
    QCOMPARE(back.processes.size(), std::size_t(1));
    QVERIFY(xprozess::anlagen(*back.processes.front().tree).empty());
}

void TestXProzessActions::brokenFileIsReported()
{
    QString text;
    QTimer::singleShot(0, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->close();
        }
    });
    QVERIFY(!m_window->openFile(data("broken-no-bpmn.xml")));
    QVERIFY2(text.contains(QLatin1String("no BPMN file")), qPrintable(text));
    QCOMPARE(m_window->documents().size(), 1); // the new document stays
}

void TestXProzessActions::attachmentsNeverStartPrograms()
{
    UrlRecorder recorder;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &recorder, "open");
    QStringList asked;
    bool answer = false;
    actions()->setConfirmUnknown([&](const QString &name) {
        asked << name;
        return answer;
    });
    // A PDF named like a program opens as a PDF, without asking.
    xprozess::Anlage pdf;
    pdf.name = QStringLiteral("../../start.desktop");
    pdf.data = QByteArrayLiteral("%PDF-1.4\n%%EOF\n");
    const QString written = actions()->openAttachment(pdf);
    QVERIFY(written.endsWith(QLatin1String("/start.pdf")));
    QVERIFY(asked.isEmpty());
    QCOMPARE(recorder.urls.size(), 1);
    // Anything else is asked about; refused, nothing is written or opened.
    xprozess::Anlage script;
    script.name = QStringLiteral("run.desktop");
    script.data = QByteArrayLiteral("[Desktop Entry]\nExec=sh\n");
    QVERIFY(actions()->openAttachment(script).isEmpty());
    QCOMPARE(asked, QStringList{QStringLiteral("run.desktop")});
    QCOMPARE(recorder.urls.size(), 1);
    // Agreed, it is opened as .bin, which no program claims.
    answer = true;
    QVERIFY(actions()->openAttachment(script).endsWith(QLatin1String("/run.bin")));
    QCOMPARE(recorder.urls.size(), 2);
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

QTEST_MAIN(TestXProzessActions)
#include "tst_xprozessactions.moc"
