// Dark theme and high DPI: the main window with a model open under Fusion and a dark palette
// at device pixel ratio 2 (QT_SCALE_FACTOR=2, set before the application starts). The palette's
// icons and the panels' element icons must stand out from their background (contrast ratio as
// WCAG defines it), every label of the window must be legible, and icons come as pixmaps of
// device pixel ratio 2 (drawn for the screen, not scaled up). Writes darktheme-mainwindow.png
// into the build folder for a look. Headless GUI test.

#include "canvas/palettewidget.h"
#include "document.h"
#include "mainwindow.h"
#include "panels/elementicons.h"
#include "privatesettings.h"
#include "testpaths.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QStyleFactory>
#include <QToolButton>
#include <QtTest/QtTest>

using namespace amtsweg;

class TestDarkTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void runsAtDevicePixelRatioTwo();
    void paletteIconsStandOut();
    void elementIconsStandOut();
    void labelsAreLegible();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<MainWindow> m_window;
    QImage m_shot;
};

namespace {

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x35, 0x35, 0x35);
    const QColor base(0x23, 0x23, 0x23);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Mid, QColor(0x2a, 0x2a, 0x2a));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

/// Relative luminance (WCAG 2).
double luminance(QRgb c)
{
    auto channel = [](int v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(c)) + 0.7152 * channel(qGreen(c)) + 0.0722 * channel(qBlue(c));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

/// Pixels of `icon` (drawn over `background`) whose contrast with the background reaches 3:1,
/// the WCAG minimum for graphical objects.
int contrastingPixels(const QPixmap &icon, const QColor &background)
{
    QImage image(icon.size(), QImage::Format_ARGB32_Premultiplied);
    image.fill(background);
    {
        QPainter painter(&image);
        QPixmap plain = icon;
        plain.setDevicePixelRatio(1);
        painter.drawPixmap(0, 0, plain);
    }
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            count += contrast(image.pixel(x, y), background.rgb()) >= 3.0 ? 1 : 0;
    return count;
}

} // namespace

void TestDarkTheme::initTestCase()
{
    QVERIFY(test::usePrivateSettings(m_settingsDir, QStringLiteral("tst_darktheme")));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 820);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openFile(test::wohngeldFixture()));
    const NodeId task = m_window->document()->tree().byId("Task_AntragAusfuellen");
    QVERIFY(m_window->revealElement(task));
    QCoreApplication::processEvents();
    const QPixmap shot = m_window->grab();
    QVERIFY(shot.save(test::buildDir() + QStringLiteral("/darktheme-mainwindow.png")));
    m_shot = shot.toImage();
}

void TestDarkTheme::runsAtDevicePixelRatioTwo()
{
    QCOMPARE(m_window->devicePixelRatioF(), 2.0);
    QCOMPARE(m_shot.width(), m_window->width() * 2); // the window is drawn at twice the size
}

void TestDarkTheme::paletteIconsStandOut()
{
    auto *palette = m_window->findChild<PaletteWidget *>();
    QVERIFY(palette);
    const QColor background = palette->palette().color(QPalette::Button);
    int checked = 0;
    for (QAction *action : palette->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QPixmap pixmap = action->icon().pixmap(palette->iconSize(), 2.0);
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        QCOMPARE(pixmap.size(), palette->iconSize() * 2);
        // At least a thin outline's worth of pixels (the annotation's bracket has some 50; drawn
        // black on the dark background, none reach 3:1).
        const int strong = contrastingPixels(pixmap, background);
        QVERIFY2(strong >= 40, qPrintable(QStringLiteral("%1: %2 pixels at 3:1")
                                              .arg(action->text())
                                              .arg(strong)));
        ++checked;
    }
    QVERIFY(checked >= 15);
}

void TestDarkTheme::elementIconsStandOut()
{
    const ModelTree &tree = m_window->document()->tree();
    const QColor base = QApplication::palette().color(QPalette::Base);
    for (const char *id : {"Task_AntragAusfuellen", "MessageFlow_Antrag",
                           "Participant_Antragsteller", "Gateway_RueckmeldungZusammenfuehren"}) {
        const QIcon icon = elementIcon(tree, tree.byId(id));
        const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        QCOMPARE(pixmap.size(), QSize(32, 32)); // drawn at 32 px: not scaled up
        const int strong = contrastingPixels(pixmap, base);
        QVERIFY2(strong >= 20, qPrintable(QStringLiteral("%1: %2 pixels at 3:1")
                                              .arg(QString::fromLatin1(id))
                                              .arg(strong)));
    }
}

void TestDarkTheme::labelsAreLegible()
{
    // In the window as drawn: the most common colour of a label's area is its background; its
    // text must reach 4.5:1 against it somewhere (the core of the glyphs).
    const qreal dpr = m_shot.devicePixelRatio();
    int checked = 0;
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(m_window.get()) || label->text().trimmed().isEmpty() ||
            label->width() < 4 || label->height() < 4 || label->visibleRegion().isEmpty())
            continue;
        const QRect r(label->mapTo(m_window.get(), QPoint(0, 0)) * dpr, label->size() * dpr);
        QHash<QRgb, int> histogram;
        for (int y = r.top(); y <= r.bottom() && y < m_shot.height(); ++y)
            for (int x = r.left(); x <= r.right() && x < m_shot.width(); ++x)
                ++histogram[m_shot.pixel(x, y)];
        if (histogram.isEmpty())
            continue;
        QRgb background = 0;
        int most = 0;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
            if (it.value() > most) {
                most = it.value();
                background = it.key();
            }
        double best = 1;
        for (auto it = histogram.cbegin(); it != histogram.cend(); ++it)
            best = qMax(best, contrast(it.key(), background));
        QVERIFY2(best >= 4.5, qPrintable(QStringLiteral("%1 \"%2\": %3:1")
                                             .arg(label->objectName(), label->text())
                                             .arg(best, 0, 'f', 2)));
        ++checked;
    }
    QVERIFY(checked >= 5);
}

int main(int argc, char **argv)
{
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestDarkTheme test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_darktheme.moc"
