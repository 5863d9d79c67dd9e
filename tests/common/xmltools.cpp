#include "xmltools.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <tinyxml2.h>

namespace amtsweg::test {

namespace {

const QString kXmlNamespace = QStringLiteral("http://www.w3.org/XML/1998/namespace");

QString declaredEncoding(const QByteArray &bytes)
{
    if (!bytes.startsWith("<?xml"))
        return {};
    const qsizetype end = bytes.indexOf("?>");
    if (end < 0 || end > 512)
        return {};
    static const QRegularExpression re(QStringLiteral("encoding\\s*=\\s*[\"']([^\"']+)[\"']"));
    const auto m = re.match(QString::fromLatin1(bytes.left(end)));
    return m.hasMatch() ? m.captured(1).toLower() : QString();
}

QByteArray withUtf8Declaration(const QString &text)
{
    QString s = text;
    if (s.startsWith(QStringLiteral("<?xml"))) {
        const qsizetype end = s.indexOf(QStringLiteral("?>"));
        if (end > 0) {
            static const QRegularExpression re(
                QStringLiteral("encoding\\s*=\\s*[\"'][^\"']+[\"']"));
            QString decl = s.left(end);
            decl.replace(re, QStringLiteral("encoding=\"UTF-8\""));
            s = decl + s.mid(end);
        }
    }
    return s.toUtf8();
}

void collectCounts(const tinyxml2::XMLElement *e, NamespaceScope &scope, QMap<QString, int> &out)
{
    scope.push(e);
    ++out[scope.expandElementName(e->Name())];
    for (auto *c = e->FirstChildElement(); c; c = c->NextSiblingElement())
        collectCounts(c, scope, out);
    scope.leave();
}

void collectComments(const tinyxml2::XMLNode *n, QStringList &out)
{
    for (auto *c = n->FirstChild(); c; c = c->NextSibling()) {
        if (c->ToComment())
            out << collapseWhitespace(QString::fromUtf8(c->Value()));
        else if (c->ToElement())
            collectComments(c, out);
    }
}

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNcName(QStringView s)
{
    if (s.isEmpty() || !isNameStart(s.front()))
        return false;
    for (QChar c : s)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') ||
              c == QLatin1Char('.')))
            return false;
    return true;
}

} // namespace

QByteArray xmlToUtf8(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return bytes.mid(3);
    auto decodeWith = [&](QStringConverter::Encoding enc, qsizetype skip) {
        QStringDecoder dec(enc);
        const QString text = dec.decode(bytes.mid(skip));
        return withUtf8Declaration(text);
    };
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWith(QStringConverter::Utf16LE, 2);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWith(QStringConverter::Utf16BE, 2);
    if (bytes.size() >= 4 && bytes[0] == '<' && bytes[1] == '\0' && bytes[2] != '\0')
        return decodeWith(QStringConverter::Utf16LE, 0);
    if (bytes.size() >= 4 && bytes[0] == '\0' && bytes[1] == '<')
        return decodeWith(QStringConverter::Utf16BE, 0);
    const QString enc = declaredEncoding(bytes);
    static const QStringList latin = {
        QStringLiteral("iso-8859-1"),  QStringLiteral("iso8859-1"),    QStringLiteral("latin1"),
        QStringLiteral("latin-1"),     QStringLiteral("l1"),           QStringLiteral("iso_8859-1"),
        QStringLiteral("iso-8859-15"), QStringLiteral("windows-1252"), QStringLiteral("cp1252")};
    if (latin.contains(enc))
        return withUtf8Declaration(QString::fromLatin1(bytes));
    return bytes;
}

QByteArray readFileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFileBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size() && f.flush();
}

bool isWellFormedXml(const QByteArray &bytes, QString *error)
{
    QXmlStreamReader reader(bytes);
    bool sawRoot = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.tokenType() == QXmlStreamReader::StartElement)
            sawRoot = true;
    }
    if (reader.hasError()) {
        if (error)
            *error = QStringLiteral("%1:%2: %3")
                         .arg(reader.lineNumber())
                         .arg(reader.columnNumber())
                         .arg(reader.errorString());
        return false;
    }
    if (!sawRoot) {
        if (error)
            *error = QStringLiteral("no root element");
        return false;
    }
    return true;
}

bool parsesWithTinyXml2(const QByteArray &bytes, QString *error)
{
    const QByteArray utf8 = xmlToUtf8(bytes);
    tinyxml2::XMLDocument doc;
    if (doc.Parse(utf8.constData(), size_t(utf8.size())) != tinyxml2::XML_SUCCESS ||
        !doc.RootElement()) {
        if (error)
            *error = QString::fromUtf8(doc.ErrorStr());
        return false;
    }
    return true;
}

QMap<QString, int> elementCounts(const QByteArray &bytes)
{
    QMap<QString, int> out;
    const QByteArray utf8 = xmlToUtf8(bytes);
    tinyxml2::XMLDocument doc;
    if (doc.Parse(utf8.constData(), size_t(utf8.size())) != tinyxml2::XML_SUCCESS ||
        !doc.RootElement())
        return out;
    NamespaceScope scope;
    collectCounts(doc.RootElement(), scope, out);
    return out;
}

QStringList commentTexts(const QByteArray &bytes)
{
    QStringList out;
    const QByteArray utf8 = xmlToUtf8(bytes);
    tinyxml2::XMLDocument doc;
    if (doc.Parse(utf8.constData(), size_t(utf8.size())) != tinyxml2::XML_SUCCESS)
        return out;
    collectComments(&doc, out);
    return out;
}

namespace {

void collectIds(const tinyxml2::XMLElement *e, NamespaceScope &scope, QSet<QString> &seen,
                QList<QPair<QString, QString>> &out)
{
    scope.push(e);
    if (const char *id = e->Attribute("id")) {
        const QString s = QString::fromUtf8(id);
        if (!seen.contains(s)) {
            seen.insert(s);
            out.append({s, scope.expandElementName(e->Name())});
        }
    }
    for (auto *c = e->FirstChildElement(); c; c = c->NextSiblingElement())
        collectIds(c, scope, seen, out);
    scope.leave();
}

} // namespace

QList<QPair<QString, QString>> idsWithNames(const QByteArray &bytes)
{
    QList<QPair<QString, QString>> out;
    const QByteArray utf8 = xmlToUtf8(bytes);
    tinyxml2::XMLDocument doc;
    if (doc.Parse(utf8.constData(), size_t(utf8.size())) != tinyxml2::XML_SUCCESS ||
        !doc.RootElement())
        return out;
    NamespaceScope scope;
    QSet<QString> seen;
    collectIds(doc.RootElement(), scope, seen, out);
    return out;
}

QByteArray passwdFirstLine()
{
    QFile f(QStringLiteral("/etc/passwd"));
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray line = f.readLine().trimmed();
        if (!line.isEmpty())
            return line;
    }
    return QByteArrayLiteral("root:x:0:0:");
}

namespace {

const QByteArray kHostileHead =
    "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
    "xmlns:x=\"urn:example:hostile\" id=\"Definitions_Hostile\" "
    "targetNamespace=\"http://example.org/hostile\">\n";
const QByteArray kXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

QByteArray simpleProcess(const QByteArray &body)
{
    return kXmlDecl + kHostileHead + "<bpmn:process id=\"Process_H\" isExecutable=\"false\">\n" +
           body + "</bpmn:process>\n</bpmn:definitions>\n";
}

QByteArray withDoctype(const QByteArray &doctype, const QByteArray &body)
{
    return kXmlDecl + doctype + "\n" + kHostileHead +
           "<bpmn:process id=\"Process_H\" isExecutable=\"false\">\n" + body +
           "</bpmn:process>\n</bpmn:definitions>\n";
}

QByteArray nestedSubProcesses(int depth)
{
    QByteArray b;
    b.reserve(depth * 60);
    for (int i = 0; i < depth; ++i)
        b += "<bpmn:subProcess id=\"Sub_" + QByteArray::number(i) + "\">";
    b += "<bpmn:task id=\"Task_Deepest\"/>";
    for (int i = 0; i < depth; ++i)
        b += "</bpmn:subProcess>";
    return simpleProcess(b + "\n");
}

QByteArray nestedLanes(int depth)
{
    QByteArray b = "<bpmn:laneSet id=\"LaneSet_0\">";
    for (int i = 0; i < depth; ++i) {
        b += "<bpmn:lane id=\"Lane_" + QByteArray::number(i) + "\">";
        if (i + 1 < depth)
            b += "<bpmn:childLaneSet id=\"LaneSet_" + QByteArray::number(i + 1) + "\">";
    }
    b += "<bpmn:flowNodeRef>Task_H</bpmn:flowNodeRef>";
    for (int i = depth - 1; i >= 0; --i) {
        b += "</bpmn:lane>";
        if (i > 0)
            b += "</bpmn:childLaneSet>";
    }
    b += "</bpmn:laneSet>\n<bpmn:task id=\"Task_H\"/>\n";
    return simpleProcess(b);
}

} // namespace

QList<QPair<QString, QString>> writeHostileInputs(const QString &dir)
{
    QList<QPair<QString, QString>> rows;
    auto add = [&](const char *name, const QByteArray &bytes) {
        const QString path = dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".bpmn");
        if (!writeFileBytes(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        rows.append({QLatin1String(name), path});
    };

    add("nested-subprocesses-20000", nestedSubProcesses(20000));
    add("nested-subprocesses-40", nestedSubProcesses(40));
    add("nested-lanes-40", nestedLanes(40));
    add("nested-lanes-5000", nestedLanes(5000));
    {
        QByteArray b = "<bpmn:task id=\"Task_H\"><bpmn:extensionElements>";
        const int depth = 1000000;
        b.reserve(depth * 12);
        for (int i = 0; i < depth; ++i)
            b += "<x:n>";
        for (int i = 0; i < depth; ++i)
            b += "</x:n>";
        b += "</bpmn:extensionElements></bpmn:task>\n";
        add("nested-foreign-1000000", simpleProcess(b));
    }
    {
        QByteArray dtd = "<!DOCTYPE bpmn:definitions [\n <!ENTITY lol \"lol\">\n";
        for (int i = 1; i <= 9; ++i) {
            dtd += " <!ENTITY lol" + QByteArray::number(i) + " \"";
            for (int k = 0; k < 10; ++k)
                dtd += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
            dtd += "\">\n";
        }
        dtd += "]>";
        add("billion-laughs", withDoctype(dtd, "<bpmn:documentation>&lol9;</bpmn:documentation>\n"
                                               "<bpmn:task id=\"Task_H\" name=\"&lol9;\"/>\n"));
    }
    {
        const QByteArray chunk(50000, 'a');
        QByteArray refs;
        refs.reserve(50000 * 3);
        for (int i = 0; i < 50000; ++i)
            refs += "&a;";
        add("quadratic-blowup",
            withDoctype("<!DOCTYPE bpmn:definitions [<!ENTITY a \"" + chunk + "\">]>",
                        "<bpmn:task id=\"Task_H\" name=\"" + refs + "\"/>\n"));
    }
    add("xxe-passwd-in-name",
        withDoctype("<!DOCTYPE bpmn:definitions [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>",
                    "<bpmn:documentation>&xxe;</bpmn:documentation>\n"
                    "<bpmn:task id=\"Task_H\" name=\"&xxe;\"/>\n"));
    add("xxe-parameter-entity",
        withDoctype("<!DOCTYPE bpmn:definitions [<!ENTITY % ext SYSTEM \"file:///etc/passwd\"> "
                    "%ext;]>",
                    "<bpmn:task id=\"Task_H\" name=\"parameter entity\"/>\n"));
    add("xxe-external-dtd", withDoctype("<!DOCTYPE bpmn:definitions SYSTEM \"file:///etc/passwd\">",
                                        "<bpmn:task id=\"Task_H\" name=\"external DTD\"/>\n"));
    add("xxe-dev-zero",
        withDoctype("<!DOCTYPE bpmn:definitions [<!ENTITY z SYSTEM \"file:///dev/zero\">]>",
                    "<bpmn:task id=\"Task_H\" name=\"&z;\"/>\n"));
    add("xinclude-passwd",
        simpleProcess("<bpmn:task id=\"Task_H\"><bpmn:documentation><xi:include "
                      "xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" "
                      "parse=\"text\"/></bpmn:documentation></bpmn:task>\n"));
    {
        QByteArray b = "<bpmn:task id=\"Task_H\"";
        for (int i = 0; i < 70000; ++i)
            b += " x:a" + QByteArray::number(i) + "=\"" + QByteArray::number(i) + "\"";
        b += "/>\n";
        add("attributes-70000", simpleProcess(b));
    }
    {
        QByteArray text(16 * 1024 * 1024, 'x');
        for (qsizetype i = 79; i < text.size(); i += 80)
            text[i] = ' ';
        add("text-16mb", simpleProcess("<bpmn:documentation>" + text +
                                       "</bpmn:documentation>\n<bpmn:task id=\"Task_H\"/>\n"));
    }
    {
        const QByteArray longName(1024 * 1024, 'n');
        add("name-1mb", simpleProcess("<bpmn:task id=\"Task_H\" x:" + longName +
                                      "=\"v\"><bpmn:extensionElements><x:" + longName +
                                      "/></bpmn:extensionElements></bpmn:task>\n"));
    }
    {
        QByteArray b;
        for (int i = 0; i < 30000; ++i)
            b += "<bpmn:task id=\"Same\"/>\n";
        add("duplicate-ids-30000", simpleProcess(b));
    }
    {
        QByteArray b;
        for (int i = 0; i < 30000; ++i)
            b += "<bpmn:sequenceFlow id=\"Flow_" + QByteArray::number(i) +
                 "\" sourceRef=\"Ghost_A\" targetRef=\"Ghost_B\"/>\n";
        add("dangling-refs-30000", simpleProcess(b));
    }
    {
        QByteArray decls;
        QByteArray body;
        for (int i = 0; i < 20000; ++i) {
            decls +=
                " xmlns:p" + QByteArray::number(i) + "=\"urn:ns:" + QByteArray::number(i) + "\"";
            body += "<p" + QByteArray::number(i) + ":e p" + QByteArray::number(i) + ":a=\"1\"/>";
        }
        add("namespaces-20000",
            kXmlDecl +
                "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"" +
                decls +
                " id=\"Definitions_H\" targetNamespace=\"http://example.org/h\">\n<bpmn:process "
                "id=\"Process_H\"><bpmn:task id=\"Task_H\"><bpmn:extensionElements>" +
                body + "</bpmn:extensionElements></bpmn:task></bpmn:process></bpmn:definitions>\n");
    }
    add("invalid-utf8", simpleProcess("<bpmn:task id=\"Task_H\" name=\"bad \xC3\x28 \xFF\xFE "
                                      "\xED\xA0\x80 bytes\"/>\n"));
    {
        QByteArray task = "<bpmn:task id=\"Task_H\" name=\"a";
        task += '\0';
        task += "b\"/>\n";
        add("nul-byte", simpleProcess(task));
    }
    add("unterminated-comment",
        kXmlDecl + kHostileHead + "<!-- never closed " + QByteArray(100000, 'x') + "\n");
    return rows;
}

QList<PlantedProblem> plantedProblems(const QString &path)
{
    QList<PlantedProblem> out;
    const QList<QByteArray> lines = readFileBytes(path).split('\n');
    static const QRegularExpression re(
        QStringLiteral("<!--\\s*planted:\\s*([^:]+):\\s*(.*?)\\s*-->"));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto m = re.match(QString::fromUtf8(lines[i]));
        if (!m.hasMatch())
            continue;
        PlantedProblem p;
        p.line = int(i) + 2; // the marker is on line i+1; the element on the next line
        p.ids = m.captured(1).trimmed().split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (QString &id : p.ids)
            id = id.trimmed();
        p.description = m.captured(2);
        out << p;
    }
    return out;
}

QString collapseWhitespace(const QString &s)
{
    QString out;
    out.reserve(s.size());
    bool space = false;
    for (QChar c : s) {
        const bool ws = c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
                        c == QLatin1Char('\r');
        if (ws) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += QLatin1Char(' ');
        space = false;
        out += c;
    }
    return out;
}

QString localPart(const char *qname)
{
    const QString s = QString::fromUtf8(qname);
    const qsizetype colon = s.indexOf(QLatin1Char(':'));
    return colon < 0 ? s : s.mid(colon + 1);
}

NamespaceScope::NamespaceScope()
{
    QHash<QString, QString> base;
    base.insert(QStringLiteral("xml"), kXmlNamespace);
    base.insert(QString(), QString());
    m_frames.push_back(std::move(base));
}

void NamespaceScope::push(const tinyxml2::XMLElement *element)
{
    QHash<QString, QString> frame;
    for (auto *a = element->FirstAttribute(); a; a = a->Next()) {
        const QString name = QString::fromUtf8(a->Name());
        if (name == QLatin1String("xmlns"))
            frame.insert(QString(), QString::fromUtf8(a->Value()));
        else if (name.startsWith(QLatin1String("xmlns:")))
            frame.insert(name.mid(6), QString::fromUtf8(a->Value()));
    }
    m_frames.push_back(std::move(frame));
}

void NamespaceScope::leave()
{
    if (m_frames.size() > 1)
        m_frames.pop_back();
}

QString NamespaceScope::uri(const QString &prefix, bool *bound) const
{
    for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
        const auto found = it->constFind(prefix);
        if (found != it->constEnd()) {
            if (bound)
                *bound = true;
            return *found;
        }
    }
    if (bound)
        *bound = false;
    return {};
}

QString NamespaceScope::expandElementName(const char *qname) const
{
    const QString s = QString::fromUtf8(qname);
    const qsizetype colon = s.indexOf(QLatin1Char(':'));
    const QString prefix = colon < 0 ? QString() : s.left(colon);
    const QString local = colon < 0 ? s : s.mid(colon + 1);
    bool bound = false;
    const QString u = uri(prefix, &bound);
    if (!bound)
        return QStringLiteral("{?%1}%2").arg(prefix, local);
    return QStringLiteral("{%1}%2").arg(u, local);
}

QString NamespaceScope::expandAttributeName(const char *qname) const
{
    const QString s = QString::fromUtf8(qname);
    const qsizetype colon = s.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return s;
    const QString prefix = s.left(colon);
    bool bound = false;
    const QString u = uri(prefix, &bound);
    if (!bound)
        return QStringLiteral("{?%1}%2").arg(prefix, s.mid(colon + 1));
    return QStringLiteral("{%1}%2").arg(u, s.mid(colon + 1));
}

QString NamespaceScope::resolveQNameValue(const QString &value, bool unprefixedUsesDefault) const
{
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    if (colon < 0) {
        if (unprefixedUsesDefault && isNcName(value))
            return QStringLiteral("{%1}%2").arg(uri(QString()), value);
        return value;
    }
    const QStringView prefix = QStringView(value).left(colon);
    const QStringView local = QStringView(value).mid(colon + 1);
    if (!isNcName(prefix) || !isNcName(local))
        return value;
    bool bound = false;
    const QString u = uri(prefix.toString(), &bound);
    if (!bound)
        return value;
    return QStringLiteral("{%1}%2").arg(u, local.toString());
}

QString shortName(const QString &expandedName)
{
    static const QList<QPair<QString, QString>> known = {
        {QStringLiteral("{http://www.omg.org/spec/BPMN/20100524/MODEL}"), QStringLiteral("bpmn:")},
        {QStringLiteral("{http://www.omg.org/spec/BPMN/20100524/DI}"), QStringLiteral("bpmndi:")},
        {QStringLiteral("{http://www.omg.org/spec/DD/20100524/DC}"), QStringLiteral("dc:")},
        {QStringLiteral("{http://www.omg.org/spec/DD/20100524/DI}"), QStringLiteral("di:")},
        {QStringLiteral("{http://www.w3.org/2001/XMLSchema-instance}"), QStringLiteral("xsi:")},
        {QStringLiteral("{http://bpmn.io/schema/bpmn/biocolor/1.0}"), QStringLiteral("bioc:")},
        {QStringLiteral("{http://www.omg.org/spec/BPMN/non-normative/color/1.0}"),
         QStringLiteral("color:")},
        {QStringLiteral("{}"), QString()},
    };
    for (const auto &[uri, prefix] : known)
        if (expandedName.startsWith(uri))
            return prefix + expandedName.mid(uri.size());
    return expandedName;
}

} // namespace amtsweg::test
