#include "losslesscompare.h"

#include "xmltools.h"

#include <QHash>
#include <QSet>
#include <charconv>
#include <cmath>
#include <optional>
#include <tinyxml2.h>
#include <vector>

namespace amtsweg::test {

namespace {

const QString kModelUri = QStringLiteral("http://www.omg.org/spec/BPMN/20100524/MODEL");
const QString kXsiType = QStringLiteral("{http://www.w3.org/2001/XMLSchema-instance}type");

struct AttributeRecord
{
    QString name;  ///< expanded: "local" or "{uri}local"
    QString raw;   ///< as written
    QString value; ///< QName values resolved, whitespace collapsed
};

struct ElementRecord
{
    QString key;
    QString name; ///< expanded "{uri}local"
    QString local;
    bool inModelNs = false;
    bool isRoot = false;
    bool hasId = false;
    QString parentKey;
    int line = 0;
    std::vector<AttributeRecord> attributes;
    QString text;         ///< concatenated character data, whitespace collapsed
    QString textKey;      ///< text with QName resolution
    QStringList children; ///< keys of the child elements in document order
};

struct Snapshot
{
    QString error;
    std::vector<ElementRecord> elements; ///< document order
    QHash<QString, qsizetype> byKey;
};

class Collector
{
public:
    explicit Collector(Snapshot &out) : m_out(out) {}

    void run(const tinyxml2::XMLElement *root) { visit(root, QString(), QString(), true); }

private:
    void visit(const tinyxml2::XMLElement *e, const QString &key, const QString &parentKey,
               bool isRoot)
    {
        m_scope.push(e);
        ElementRecord r;
        r.name = m_scope.expandElementName(e->Name());
        r.local = localPart(e->Name());
        r.inModelNs = r.name.startsWith(QLatin1Char('{') + kModelUri + QLatin1Char('}'));
        r.isRoot = isRoot;
        r.line = e->GetLineNum();
        r.parentKey = parentKey;
        const char *id = e->Attribute("id");
        r.hasId = id != nullptr;
        r.key =
            key.isEmpty() ? QStringLiteral("/") + shortName(r.name) + QStringLiteral("[0]") : key;
        if (id)
            r.key = idKey(QString::fromUtf8(id));

        for (auto *a = e->FirstAttribute(); a; a = a->Next()) {
            const QString qn = QString::fromUtf8(a->Name());
            if (qn == QLatin1String("xmlns") || qn.startsWith(QLatin1String("xmlns:")))
                continue;
            AttributeRecord ar;
            ar.name = m_scope.expandAttributeName(a->Name());
            ar.raw = QString::fromUtf8(a->Value());
            ar.value = m_scope.resolveQNameValue(collapseWhitespace(ar.raw), ar.name == kXsiType);
            r.attributes.push_back(std::move(ar));
        }

        QString text;
        for (auto *c = e->FirstChild(); c; c = c->NextSibling())
            if (auto *t = c->ToText())
                text += QString::fromUtf8(t->Value());
        r.text = collapseWhitespace(text);
        r.textKey = m_scope.resolveQNameValue(r.text, false);

        const QString myKey = r.key;
        m_out.byKey.insert(myKey, qsizetype(m_out.elements.size()));
        m_out.elements.push_back(std::move(r));

        QHash<QString, int> seen;
        const qsizetype myIndex = m_out.elements.size() - 1;
        for (auto *c = e->FirstChildElement(); c; c = c->NextSiblingElement()) {
            // The child's name is resolved in the scope of the child (it may declare its prefix).
            m_scope.push(c);
            const QString childName = m_scope.expandElementName(c->Name());
            m_scope.leave();
            const int index = seen[childName]++;
            const QString childKey =
                myKey + QLatin1Char('/') + shortName(childName) + QStringLiteral("[%1]").arg(index);
            const qsizetype childIndex = qsizetype(m_out.elements.size());
            visit(c, childKey, myKey, false);
            m_out.elements[size_t(myIndex)].children << m_out.elements[size_t(childIndex)].key;
        }
        m_scope.leave();
    }

    QString idKey(const QString &id)
    {
        const int n = ++m_idCount[id];
        return n == 1 ? QStringLiteral("#") + id : QStringLiteral("#%1~%2").arg(id).arg(n);
    }

    Snapshot &m_out;
    NamespaceScope m_scope;
    QHash<QString, int> m_idCount;
};

Snapshot snapshot(const QByteArray &bytes, const char *what)
{
    Snapshot s;
    const QByteArray utf8 = xmlToUtf8(bytes);
    tinyxml2::XMLDocument doc;
    if (doc.Parse(utf8.constData(), size_t(utf8.size())) != tinyxml2::XML_SUCCESS) {
        s.error = QStringLiteral("%1 is not well-formed XML: %2")
                      .arg(QLatin1String(what), QString::fromUtf8(doc.ErrorStr()));
        return s;
    }
    if (!doc.RootElement()) {
        s.error = QStringLiteral("%1 has no root element").arg(QLatin1String(what));
        return s;
    }
    Collector(s).run(doc.RootElement());
    return s;
}

std::optional<double> toNumber(const QString &s)
{
    QByteArray b = s.trimmed().toLatin1();
    if (b.isEmpty() || b.size() > 64)
        return std::nullopt;
    if (b.startsWith('+'))
        b.remove(0, 1);
    double v = 0;
    const auto [ptr, ec] = std::from_chars(b.constData(), b.constData() + b.size(), v);
    if (ec != std::errc() || ptr != b.constData() + b.size())
        return std::nullopt;
    return v;
}

QString quoted(const QString &s)
{
    QString v = s;
    if (v.size() > 80)
        v = v.left(77) + QStringLiteral("...");
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

const AttributeRecord *findAttribute(const ElementRecord &e, const QString &name)
{
    for (const AttributeRecord &a : e.attributes)
        if (a.name == name)
            return &a;
    return nullptr;
}

bool isExporterAttribute(const ElementRecord &e, const QString &name)
{
    return e.isRoot &&
           (name == QLatin1String("exporter") || name == QLatin1String("exporterVersion"));
}

} // namespace

bool valuesEquivalent(const QString &a, const QString &b)
{
    const QString ca = collapseWhitespace(a);
    const QString cb = collapseWhitespace(b);
    if (ca == cb)
        return true;
    const auto na = toNumber(ca);
    const auto nb = toNumber(cb);
    if (!na || !nb)
        return false;
    if (std::isnan(*na) && std::isnan(*nb))
        return true;
    return *na == *nb;
}

QString bpmnAttributeDefault(const QString &element, const QString &attribute)
{
    // Semantic.xsd and BPMN20.xsd: every attribute with a default="...".
    if (attribute == QLatin1String("implementation")) {
        static const QSet<QString> webService = {QStringLiteral("serviceTask"),
                                                 QStringLiteral("sendTask"),
                                                 QStringLiteral("receiveTask")};
        static const QSet<QString> unspecified = {
            QStringLiteral("userTask"), QStringLiteral("businessRuleTask"),
            QStringLiteral("globalUserTask"), QStringLiteral("globalBusinessRuleTask")};
        if (webService.contains(element))
            return QStringLiteral("##WebService");
        if (unspecified.contains(element))
            return QStringLiteral("##unspecified");
        return {};
    }
    static const QHash<QString, QString> defaults = {
        {QStringLiteral("associationDirection"), QStringLiteral("None")},
        {QStringLiteral("behavior"), QStringLiteral("All")},
        {QStringLiteral("cancelActivity"), QStringLiteral("true")},
        {QStringLiteral("cancelRemainingInstances"), QStringLiteral("true")},
        {QStringLiteral("completionQuantity"), QStringLiteral("1")},
        {QStringLiteral("eventGatewayType"), QStringLiteral("Exclusive")},
        {QStringLiteral("gatewayDirection"), QStringLiteral("Unspecified")},
        {QStringLiteral("instantiate"), QStringLiteral("false")},
        {QStringLiteral("isClosed"), QStringLiteral("false")},
        {QStringLiteral("isCollection"), QStringLiteral("false")},
        {QStringLiteral("isForCompensation"), QStringLiteral("false")},
        {QStringLiteral("isInterrupting"), QStringLiteral("true")},
        {QStringLiteral("isSequential"), QStringLiteral("false")},
        {QStringLiteral("isUnlimited"), QStringLiteral("true")},
        {QStringLiteral("itemKind"), QStringLiteral("Information")},
        {QStringLiteral("loopType"), QStringLiteral("None")},
        {QStringLiteral("maximum"), QStringLiteral("1")},
        {QStringLiteral("method"), QStringLiteral("##Compensate")},
        {QStringLiteral("minimum"), QStringLiteral("0")},
        {QStringLiteral("mustUnderstand"), QStringLiteral("false")},
        {QStringLiteral("parallelMultiple"), QStringLiteral("false")},
        {QStringLiteral("processType"), QStringLiteral("None")},
        {QStringLiteral("startQuantity"), QStringLiteral("1")},
        {QStringLiteral("testBefore"), QStringLiteral("false")},
        {QStringLiteral("textFormat"), QStringLiteral("text/plain")},
        {QStringLiteral("triggeredByEvent"), QStringLiteral("false")},
        {QStringLiteral("expressionLanguage"), QStringLiteral("http://www.w3.org/1999/XPath")},
        {QStringLiteral("typeLanguage"), QStringLiteral("http://www.w3.org/2001/XMLSchema")},
    };
    return defaults.value(attribute);
}

QStringList compareLossless(const QByteArray &input, const QByteArray &output, int maxReported)
{
    QStringList diffs;
    int total = 0;
    auto report = [&](const QString &s) {
        if (total++ < maxReported)
            diffs << s;
    };

    const Snapshot in = snapshot(input, "input");
    const Snapshot out = snapshot(output, "output");
    if (!in.error.isEmpty() || !out.error.isEmpty()) {
        if (!in.error.isEmpty())
            diffs << in.error;
        if (!out.error.isEmpty())
            diffs << out.error;
        return diffs;
    }

    for (const ElementRecord &ie : in.elements) {
        const QString where = QStringLiteral("%1 (input line %2)").arg(ie.key).arg(ie.line);
        const auto found = out.byKey.constFind(ie.key);
        if (found == out.byKey.constEnd()) {
            report(QStringLiteral("missing element %1 at %2").arg(shortName(ie.name), where));
            continue;
        }
        const ElementRecord &oe = out.elements[size_t(*found)];
        if (oe.name != ie.name) {
            report(QStringLiteral("%1: element %2 became %3")
                       .arg(where, shortName(ie.name), shortName(oe.name)));
            continue;
        }
        if (ie.hasId && oe.parentKey != ie.parentKey) {
            report(QStringLiteral("%1: moved from under %2 to under %3")
                       .arg(where,
                            ie.parentKey.isEmpty() ? QStringLiteral("(document)") : ie.parentKey,
                            oe.parentKey.isEmpty() ? QStringLiteral("(document)") : oe.parentKey));
        }
        for (const AttributeRecord &ia : ie.attributes) {
            if (isExporterAttribute(ie, ia.name))
                continue;
            const AttributeRecord *oa = findAttribute(oe, ia.name);
            if (!oa) {
                if (ie.inModelNs && !ia.name.startsWith(QLatin1Char('{'))) {
                    const QString def = bpmnAttributeDefault(ie.local, ia.name);
                    if (!def.isNull() && valuesEquivalent(ia.value, def))
                        continue;
                }
                report(QStringLiteral("%1: attribute %2=%3 missing")
                           .arg(where, shortName(ia.name), quoted(ia.raw)));
                continue;
            }
            if (!valuesEquivalent(ia.value, oa->value))
                report(QStringLiteral("%1: attribute %2 was %3, now %4")
                           .arg(where, shortName(ia.name), quoted(ia.raw), quoted(oa->raw)));
        }
        if (!ie.text.isEmpty() && !valuesEquivalent(ie.textKey, oe.textKey))
            report(QStringLiteral("%1: text was %2, now %3")
                       .arg(where, quoted(ie.text), quoted(oe.text)));
    }
    if (total > maxReported)
        diffs << QStringLiteral("... and %1 more").arg(total - maxReported);
    return diffs;
}

QStringList compareChildOrder(const QByteArray &input, const QByteArray &output, int maxReported)
{
    QStringList diffs;
    int total = 0;
    const Snapshot in = snapshot(input, "input");
    const Snapshot out = snapshot(output, "output");
    if (!in.error.isEmpty() || !out.error.isEmpty())
        return QStringList() << in.error << out.error;
    for (const ElementRecord &ie : in.elements) {
        const auto found = out.byKey.constFind(ie.key);
        if (found == out.byKey.constEnd())
            continue;
        const ElementRecord &oe = out.elements[size_t(*found)];
        const QSet<QString> inSet(ie.children.begin(), ie.children.end());
        const QSet<QString> outSet(oe.children.begin(), oe.children.end());
        QStringList a, b;
        for (const QString &k : ie.children)
            if (outSet.contains(k))
                a << k;
        for (const QString &k : oe.children)
            if (inSet.contains(k))
                b << k;
        if (a != b && total++ < maxReported) {
            int first = 0;
            while (first < a.size() && a[first] == b[first])
                ++first;
            diffs << QStringLiteral("%1 (input line %2): children reordered from position %3: "
                                    "input %4 ... output %5 ...")
                         .arg(ie.key)
                         .arg(ie.line)
                         .arg(first)
                         .arg(a.mid(first, 3).join(QStringLiteral(", ")),
                              b.mid(first, 3).join(QStringLiteral(", ")));
        }
    }
    if (total > maxReported)
        diffs << QStringLiteral("... and %1 more").arg(total - maxReported);
    return diffs;
}

} // namespace amtsweg::test
