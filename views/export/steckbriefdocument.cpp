#include "steckbriefdocument.h"

#include "export/diagramimageexporter.h"
#include "fim/fimcodes.h"

#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>
#include <utility>

namespace amtsweg {
namespace {

using Row = std::pair<QString, QString>; // name, value (plain text)

QString escaped(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return html;
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

/// A date or date-time as read, with a blank instead of the T.
QString dateText(const QString &value)
{
    QString text = value;
    if (text.size() > 10 && text.at(10) == QLatin1Char('T'))
        text[10] = QLatin1Char(' ');
    return text;
}

QString fieldTable(const std::vector<Row> &rows)
{
    QString html = QStringLiteral("<table class=\"fields\" border=\"1\" width=\"100%\" cellspacing=\"0\" "
                                  "cellpadding=\"4\">");
    for (const auto &[name, value] : rows)
        html += QStringLiteral("<tr><th width=\"32%\">%1</th><td>%2</td></tr>")
                    .arg(escaped(name), escaped(orDash(value)));
    return html + QStringLiteral("</table>");
}

/// A table with a header row, or "None recorded." when there are no rows.
QString listTable(const QStringList &header, const std::vector<QStringList> &rows)
{
    if (rows.empty())
        return QStringLiteral("<p class=\"none\">%1</p>")
            .arg(SteckbriefDocument::tr("None recorded."));
    QString html = QStringLiteral("<table class=\"list\" border=\"1\" width=\"100%\" cellspacing=\"0\" "
                                  "cellpadding=\"4\"><tr>");
    for (const QString &h : header)
        html += QStringLiteral("<th>%1</th>").arg(escaped(h));
    html += QStringLiteral("</tr>");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>").arg(escaped(orDash(cell)));
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

std::vector<QStringList> anlassRows(const std::vector<fim::Anlass> &list)
{
    std::vector<QStringList> rows;
    for (const fim::Anlass &a : list)
        rows.push_back({a.text, a.formular, a.prozess});
    return rows;
}

} // namespace

QString SteckbriefDocument::title(const fim::Prozesssteckbrief &s)
{
    return s.name.isEmpty() ? tr("Prozesssteckbrief")
                            : tr("Prozesssteckbrief: %1").arg(s.name);
}

QString SteckbriefDocument::sectionHtml(const fim::Prozesssteckbrief &s, int level)
{
    using fim::CodeList;
    const auto h = [level](int sub, const QString &text) {
        const int n = std::min(6, level + sub);
        return QStringLiteral("<h%1>%2</h%1>").arg(n).arg(escaped(text));
    };
    QString html = h(0, tr("Prozesssteckbrief"));
    if (!s.name.isEmpty())
        html += QStringLiteral("<p class=\"name\">%1</p>").arg(escaped(s.name));
    html += fieldTable({
        {tr("Prozessschlüssel"), s.prozessschluessel},
        {tr("Version"), s.version},
        {tr("Name"), s.name},
        {tr("Bezeichnung"), s.bezeichnung},
        {tr("Detaillierungsstufe"), fim::codeLabel(CodeList::Detaillierungsstufe, s.detaillierungsstufe)},
        {tr("Freigabestatus"), fim::codeLabel(CodeList::Freigabestatus, s.freigabestatus)},
        {tr("Verwaltungspolitische Kodierung"), s.verwaltungspolitischeKodierung.join(QStringLiteral(", "))},
        {tr("Klassifikation"), s.klassifikation.join(QStringLiteral(", "))},
    });
    if (!s.definition.isEmpty())
        html += h(1, tr("Definition")) + QStringLiteral("<p>%1</p>").arg(escaped(s.definition));
    if (!s.beschreibung.isEmpty())
        html += h(1, tr("Description")) + QStringLiteral("<p>%1</p>").arg(escaped(s.beschreibung));

    std::vector<QStringList> participants;
    for (const fim::Prozessteilnehmer &p : s.prozessteilnehmer) {
        QStringList roles;
        for (const QString &code : p.rollen)
            roles << fim::codeLabel(CodeList::Rolle, code);
        participants.push_back({p.name, roles.join(QStringLiteral(", "))});
    }
    html += h(1, tr("Prozessteilnehmer")) + listTable({tr("Name"), tr("Roles")}, participants);

    std::vector<QStringList> bases;
    for (const fim::Handlungsgrundlage &b : s.handlungsgrundlagen)
        bases.push_back({b.name, fim::codeLabel(CodeList::HandlungsgrundlageArt, b.art), b.uri});
    html += h(1, tr("Handlungsgrundlagen")) +
            listTable({tr("Name"), tr("Kind"), tr("Web address")}, bases);

    const QStringList anlassHeader{tr("Text"), tr("Form ID"), tr("Process ID")};
    html += h(1, tr("Auslöser")) + listTable(anlassHeader, anlassRows(s.ausloeser));
    html += h(1, tr("Ergebnis")) + listTable(anlassHeader, anlassRows(s.ergebnisse));

    const fim::Zustandsangaben &z = s.zustand;
    html += h(1, tr("Zustandsangaben")) + fieldTable({
        {tr("Created"), dateText(z.erstellt)},
        {tr("Changed"), dateText(z.geaendert)},
        {tr("Edited by"), z.bearbeiter},
        {tr("Methodically released"), dateText(z.methodischFreigegeben)},
        {tr("Released by experts"), dateText(z.fachlichFreigegeben)},
        {tr("Valid from"), dateText(z.gueltigAb)},
        {tr("Valid until"), dateText(z.gueltigBis)},
    });
    return html;
}

QString SteckbriefDocument::html(const fim::Prozesssteckbrief &s)
{
    static const QLatin1String style(
        "body { font-size: 10pt; }"
        "h1 { font-size: 18pt; margin-bottom: 2pt; }"
        "h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }"
        "p.name { font-size: 12pt; margin-top: 0; margin-bottom: 10pt; }"
        "p.none { color: #555555; font-style: italic; }"
        "table { border-collapse: collapse; border-color: #9e9e9e; border-style: solid; }"
        "th { text-align: left; font-weight: bold; background-color: #eeeeee; }"
        "table.fields th { font-weight: normal; }");
    return QStringLiteral("<html><head><meta charset=\"utf-8\"/><title>%1</title>"
                          "<style>%2</style></head><body>%3</body></html>")
        .arg(escaped(title(s)), style, sectionHtml(s));
}

void SteckbriefDocument::print(const fim::Prozesssteckbrief &s, QPagedPaintDevice *device)
{
    QTextDocument document;
    document.setHtml(html(s));
    document.print(device);
}

QString SteckbriefDocument::writePdf(const fim::Prozesssteckbrief &s, const QString &path)
{
    return DiagramImageExporter::writePdfFile(path, title(s), [&](QPdfWriter &pdf) {
        // QTextDocument::print() keeps 2 cm margins of its own.
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
        print(s, &pdf);
        return QString();
    });
}

} // namespace amtsweg
