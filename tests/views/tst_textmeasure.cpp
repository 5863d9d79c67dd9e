// The label measurement that sizes canvas items and labels (notation::textSize, TextMeasure)
// must give exactly what QFontMetricsF::boundingRect gives for word-wrapped text: it replaces
// that call to shape each text once instead of once per tried width, and a label laid out
// differently from how QPainter::drawText then draws it would be clipped or misplaced.

#include "notation/bpmnpainter.h"
#include "notation/notationsymbols.h"

#include <QFontMetricsF>
#include <QtTest/QtTest>

using namespace amtsweg;

class TestTextMeasure : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsFontMetrics_data();
    void sameAsFontMetrics();
    void oneMeasureManyWidths();
};

namespace {

QSizeF reference(const QString &text, qreal width, const QFont &font)
{
    return QFontMetricsF(font)
        .boundingRect(QRectF(0, 0, width, 1e6),
                      Qt::TextWordWrap | Qt::TextDontClip | Qt::AlignHCenter, text)
        .size();
}

QList<QFont> fonts()
{
    return {BpmnPainter::labelFont(),
            BpmnPainter::styledLabelFont(QStringLiteral("Times New Roman"), 15, true, false,
                                         false, false),
            BpmnPainter::styledLabelFont(QStringLiteral("Courier"), 9, false, true, true, false),
            BpmnPainter::styledLabelFont(QStringLiteral("Arial"), 11.5, false, false, false,
                                         true)};
}

const qreal kWidths[] = {0, 1, 20, 36.5, 56, 70, 90, 91.25, 100, 144, 500, 1e5};

} // namespace

void TestTextMeasure::sameAsFontMetrics_data()
{
    QTest::addColumn<QString>("text");
    const QStringList texts = {
        QStringLiteral("Schritt 3.999 bearbeiten"),
        QStringLiteral("Antrag prüfen"),
        QStringLiteral("Wohngeldantragsunterlagenvollständigkeitsprüfung"),
        QStringLiteral("Bescheid\nerstellen"),
        QStringLiteral("Zeile eins\r\nZeile zwei\n\nnach Leerzeile"),
        QStringLiteral("Tab\tgetrennt   mehrere   Leerzeichen  "),
        QStringLiteral("  führende Leerzeichen"),
        QStringLiteral("A & B / C-D (E) [F] {G}"),
        QStringLiteral("Mit weichem Trenn\u00adstrich und geschütztem\u00a0Leerzeichen"),
        QStringLiteral("Ärger über Öl? Straße! ÆØÅ æøå"),
        QStringLiteral("שלום עולם mixed עברית text"),
        QStringLiteral("مرحبا بالعالم"),
        QStringLiteral("漢字かな交じり文の長いラベル"),
        QStringLiteral("emoji 🙂 label"),
        QStringLiteral("x"),
        QStringLiteral(" "),
    };
    for (const QString &t : texts)
        QTest::newRow(qPrintable(t.left(24))) << t;
}

void TestTextMeasure::sameAsFontMetrics()
{
    QFETCH(QString, text);
    for (const QFont &font : fonts())
        for (qreal w : kWidths) {
            const QSizeF expected = reference(text, w, font);
            const QSizeF got = notation::textSize(text, w, font);
            if (got != expected)
                qWarning() << font.family() << font.pixelSize() << "width" << w;
            QCOMPARE(got, expected);
        }
}

void TestTextMeasure::oneMeasureManyWidths()
{
    // One measurement asked for widths in any order (as the label fitting does) answers each
    // as a fresh measurement would.
    const QString text = QStringLiteral("Leistungsbescheid an die antragstellende Person senden");
    for (const QFont &font : fonts()) {
        notation::TextMeasure measure(text, font);
        for (qreal w : {90.0, 164.0, 127.0, 108.5, 117.75, 1e5, 0.0, 56.0})
            QCOMPARE(measure.size(w), reference(text, w, font));
    }
}

QTEST_MAIN(TestTextMeasure)
#include "tst_textmeasure.moc"
