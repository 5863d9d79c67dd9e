// amtsweg convert IN.bpmn OUT.pdf --poster A3 [--scale N]: a multi-page vector PDF without a
// display; wrong papers, suffixes and scales are usage errors; plain PDF export stays one page.

#include "clirunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace amtsweg::test;

namespace {

CliResult convert(const QStringList &args)
{
    return runCli(QStringList{QStringLiteral("convert")} + args);
}

int pdfPages(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(file.readAll()).count(page));
}

} // namespace

class TestConvertPoster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void posterHasSeveralPages();
    void usageErrors();

private:
    QString sample() const { return wohngeldFixture(); }
    QTemporaryDir m_dir;
};

void TestConvertPoster::posterHasSeveralPages()
{
    const QString plain = m_dir.filePath(QStringLiteral("plain.pdf"));
    const QString a3 = m_dir.filePath(QStringLiteral("a3.pdf"));
    const QString a4 = m_dir.filePath(QStringLiteral("a4.pdf"));
    QCOMPARE(convert({sample(), plain}).exitCode, 0);
    QCOMPARE(pdfPages(plain), 1);
    CliResult r = convert({sample(), a3, QStringLiteral("--poster"), QStringLiteral("A3")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = convert({sample(), a4, QStringLiteral("--poster"), QStringLiteral("a4-portrait"),
                 QStringLiteral("--scale"), QStringLiteral("1.5")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(pdfPages(a3) > 1);
    QVERIFY(pdfPages(a4) > pdfPages(a3));
    QFile file(a3);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY2(!file.readAll().contains("/Subtype /Image"), "vector: no raster images");
}

void TestConvertPoster::usageErrors()
{
    const QString out = m_dir.filePath(QStringLiteral("x.pdf"));
    QCOMPARE(convert({sample(), out, QStringLiteral("--poster"), QStringLiteral("A5")}).exitCode,
             64);
    QCOMPARE(convert({sample(), m_dir.filePath(QStringLiteral("x.png")), QStringLiteral("--poster"),
                      QStringLiteral("A3")})
                 .exitCode,
             64);
    QCOMPARE(convert({sample(), out, QStringLiteral("--scale"), QStringLiteral("2")}).exitCode, 64);
}

QTEST_MAIN(TestConvertPoster)
#include "tst_convertposter.moc"
