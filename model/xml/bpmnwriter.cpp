#include "bpmnwriter.h"

#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <array>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <string>
#include <vector>

namespace amtsweg {
namespace {

class XmlOut
{
public:
    XmlOut(const ModelTree &tree, NodeId root) : m_tree(tree), m_root(root)
    {
        m_out.reserve(tree.nodeCount() * 48 + 4096);
    }

    QByteArray take() { return QByteArray(m_out.data(), static_cast<qsizetype>(m_out.size())); }
    std::string takeString() { return std::move(m_out); }

    void document()
    {
        m_out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        for (NodeId c = m_tree.firstChild(m_tree.documentNode()); c != kNoNode;
             c = m_tree.next(c)) {
            node(c, 0, true);
            m_out.push_back('\n');
        }
    }

    /// One element with every declaration in scope at its place, so that it stands alone.
    void fragment(NodeId element)
    {
        std::vector<Binding> inScope;
        for (NodeId a = m_tree.parent(element); a != kNoNode && m_tree.isElement(a);
             a = m_tree.parent(a))
            for (const Attribute &attr : m_tree.attributes(a)) {
                const QualifiedName &q = m_tree.names()[attr.name];
                if (q.isNamespaceDeclaration && !bound(inScope, q.local))
                    inScope.push_back({q.local, attr.value});
            }
        m_pendingDeclarations = inScope;
        m_out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        node(element, 0, true);
        m_out.push_back('\n');
    }

private:
    struct Binding
    {
        std::string_view prefix;
        std::string_view uri;
    };

    static bool bound(const std::vector<Binding> &list, std::string_view prefix)
    {
        for (const Binding &b : list)
            if (b.prefix == prefix)
                return true;
        return false;
    }

    std::string_view lookup(std::string_view prefix, bool *found) const
    {
        for (auto it = m_scope.rbegin(); it != m_scope.rend(); ++it)
            if (it->prefix == prefix) {
                *found = true;
                return it->uri;
            }
        *found = prefix.empty();
        return {};
    }

    void append(std::string_view s) { m_out.append(s); }

    void indent(int depth)
    {
        for (int i = 0; i < depth; ++i)
            m_out.append("  ");
    }

    /// Characters that need escaping: 1 in text and attributes, 2 in attributes only.
    static const std::array<std::uint8_t, 256> &escapeClass()
    {
        static const std::array<std::uint8_t, 256> table = [] {
            std::array<std::uint8_t, 256> t{};
            t['&'] = t['<'] = t['>'] = t['\r'] = 1;
            t['"'] = t['\n'] = t['\t'] = 2;
            return t;
        }();
        return table;
    }

    void escaped(std::string_view s, bool attribute)
    {
        const auto &table = escapeClass();
        const std::uint8_t mask = attribute ? 3 : 1;
        std::size_t start = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            if (!(table[static_cast<unsigned char>(s[i])] & mask))
                continue;
            const char *rep = nullptr;
            switch (s[i]) {
            case '&':
                rep = "&amp;";
                break;
            case '<':
                rep = "&lt;";
                break;
            case '>':
                rep = "&gt;";
                break;
            case '"':
                rep = "&quot;";
                break;
            case '\n':
                rep = "&#10;";
                break;
            case '\t':
                rep = "&#9;";
                break;
            default:
                rep = "&#13;";
                break;
            }
            append(s.substr(start, i - start));
            m_out.append(rep);
            start = i + 1;
        }
        append(s.substr(start));
    }

    void qualified(std::string_view prefix, std::string_view local)
    {
        if (!prefix.empty()) {
            append(prefix);
            m_out.push_back(':');
        }
        append(local);
    }

    /// For an attribute in a namespace but without prefix (made by code, not read from a
    /// file): a prefix in scope bound to its namespace, or empty when there is none.
    std::string_view attributePrefix(const QualifiedName &q) const
    {
        if (q.nsUri.empty())
            return {};
        for (auto it = m_scope.rbegin(); it != m_scope.rend(); ++it) {
            if (it->uri != q.nsUri || it->prefix.empty())
                continue;
            bool found = false;
            if (lookup(it->prefix, &found) == q.nsUri)
                return it->prefix; // not shadowed by a later binding of the same prefix
        }
        return {};
    }

    /// A prefix for `uri` that is free in the current scope: the usual one where known.
    std::string_view inventPrefix(std::string_view uri)
    {
        using namespace schema::uri;
        std::string base = uri == model      ? "bpmn"
                           : uri == bpmnDi   ? "bpmndi"
                           : uri == dc       ? "dc"
                           : uri == di       ? "di"
                           : uri == xsi      ? "xsi"
                           : uri == bioColor ? "bioc"
                           : uri == omgColor ? "color"
                           : uri == amtsweg  ? "amtsweg"
                                             : "ns";
        std::string candidate = base;
        for (int i = 1;; ++i) {
            bool found = false;
            lookup(candidate, &found);
            if (!found)
                break;
            candidate = base + std::to_string(i);
        }
        m_invented.push_back(std::move(candidate));
        return m_invented.back();
    }

    void declaration(std::string_view prefix, std::string_view uri)
    {
        m_out.append(prefix.empty() ? " xmlns=\"" : " xmlns:");
        if (!prefix.empty()) {
            append(prefix);
            m_out.append("=\"");
        }
        escaped(uri, true);
        m_out.push_back('"');
        m_scope.push_back({prefix, uri});
        ++m_generation;
    }

    /// Declares the name's prefix on the element being opened unless it is already in scope.
    void ensureBound(NameId nameId)
    {
        // Bindings change rarely (mostly only at the root): remember which names were checked
        // under the current bindings.
        if (nameId >= m_checked.size())
            m_checked.resize(m_tree.names().size() + 1, 0);
        if (m_checked[nameId] == m_generation)
            return;
        const QualifiedName &q = m_tree.names()[nameId];
        ensureBound(q.prefix, q.nsUri);
        m_checked[nameId] = m_generation;
    }

    void ensureBound(std::string_view prefix, std::string_view uri)
    {
        if (prefix == "xml" || prefix == "xmlns")
            return;
        if (!prefix.empty() && uri.empty())
            return; // the file used a prefix it never declared: written back as it was
        bool found = false;
        const std::string_view current = lookup(prefix, &found);
        if (found && current == uri)
            return;
        if (prefix.empty() && uri.empty() && !found)
            return;
        declaration(prefix, uri);
    }

    void attributesOf(NodeId n)
    {
        const NameTable::Known &k = m_tree.known();
        const bool isRoot = n == m_root && m_tree.parent(n) == m_tree.documentNode();
        bool wroteExporter = false, wroteVersion = false;
        for (const Attribute &a : m_tree.attributes(n)) {
            const QualifiedName &q = m_tree.names()[a.name];
            if (q.isNamespaceDeclaration)
                continue; // written first, by openTag
            std::string_view value = a.value;
            if (isRoot && a.name == k.exporter) {
                value = "Amtsweg";
                wroteExporter = true;
            } else if (isRoot && a.name == k.exporterVersion) {
                value = AMTSWEG_VERSION;
                wroteVersion = true;
            }
            m_out.push_back(' ');
            qualified(q.prefix.empty() ? attributePrefix(q) : q.prefix, q.local);
            m_out.append("=\"");
            escaped(value, true);
            m_out.push_back('"');
        }
        if (isRoot && !wroteExporter)
            m_out.append(" exporter=\"Amtsweg\"");
        if (isRoot && !wroteVersion)
            m_out.append(" exporterVersion=\"" AMTSWEG_VERSION "\"");
    }

    void openTag(NodeId n)
    {
        const QualifiedName &name = m_tree.qname(n);
        m_out.push_back('<');
        qualified(name.prefix, name.local);
        for (const Binding &b : m_pendingDeclarations)
            declaration(b.prefix, b.uri);
        m_pendingDeclarations.clear();
        for (const Attribute &a : m_tree.attributes(n)) {
            const QualifiedName &q = m_tree.names()[a.name];
            if (!q.isNamespaceDeclaration)
                continue;
            bool found = false;
            const std::string_view current = lookup(q.local, &found);
            if (!(found && current == a.value && n != m_root))
                declaration(q.local, a.value);
        }
        ensureBound(m_tree.nameId(n));
        for (const Attribute &a : m_tree.attributes(n)) {
            const QualifiedName &q = m_tree.names()[a.name];
            if (q.isNamespaceDeclaration)
                continue;
            if (!q.prefix.empty())
                ensureBound(a.name);
            else if (!q.nsUri.empty() && attributePrefix(q).empty())
                declaration(inventPrefix(q.nsUri), q.nsUri);
        }
        attributesOf(n);
    }

    bool hasTextContent(NodeId n) const
    {
        for (NodeId c = m_tree.firstChild(n); c != kNoNode; c = m_tree.next(c)) {
            const NodeKind k = m_tree.kind(c);
            if (k == NodeKind::Text || k == NodeKind::CData)
                return true;
        }
        return false;
    }

    void node(NodeId n, int depth, bool pretty)
    {
        switch (m_tree.kind(n)) {
        case NodeKind::Text:
            escaped(m_tree.nodeText(n), false);
            return;
        case NodeKind::CData: {
            std::string_view t = m_tree.nodeText(n);
            m_out.append("<![CDATA[");
            for (std::size_t at; (at = t.find("]]>")) != std::string_view::npos;) {
                append(t.substr(0, at + 2));
                m_out.append("]]><![CDATA[");
                t.remove_prefix(at + 2);
            }
            append(t);
            m_out.append("]]>");
            return;
        }
        case NodeKind::Comment:
            m_out.append("<!--");
            append(m_tree.nodeText(n));
            m_out.append("-->");
            return;
        case NodeKind::Instruction:
            m_out.append("<?");
            append(m_tree.nodeText(n));
            m_out.append("?>");
            return;
        case NodeKind::Document:
            return;
        case NodeKind::Element:
            break;
        }
        const std::size_t scope = m_scope.size();
        openTag(n);
        const NodeId first = m_tree.firstChild(n);
        if (first == kNoNode) {
            m_out.append("/>");
        } else {
            m_out.push_back('>');
            const bool childrenPretty = pretty && !hasTextContent(n);
            for (NodeId c = first; c != kNoNode; c = m_tree.next(c)) {
                if (childrenPretty) {
                    m_out.push_back('\n');
                    indent(depth + 1);
                }
                node(c, depth + 1, childrenPretty);
            }
            if (childrenPretty) {
                m_out.push_back('\n');
                indent(depth);
            }
            m_out.append("</");
            const QualifiedName &name = m_tree.qname(n);
            qualified(name.prefix, name.local);
            m_out.push_back('>');
        }
        if (m_scope.size() != scope) {
            m_scope.resize(scope);
            ++m_generation;
        }
    }

    const ModelTree &m_tree;
    NodeId m_root;
    std::string m_out;
    std::vector<Binding> m_scope;
    std::vector<Binding> m_pendingDeclarations;
    std::vector<std::uint32_t> m_checked; // per NameId: generation its binding was checked in
    std::uint32_t m_generation = 1;
    std::deque<std::string> m_invented; // prefixes made up for namespaced attributes
};

} // namespace

QByteArray BpmnWriter::write(const ModelTree &tree)
{
    XmlOut out(tree, tree.root());
    out.document();
    return out.take();
}

std::string BpmnWriter::writeString(const ModelTree &tree)
{
    XmlOut out(tree, tree.root());
    out.document();
    return out.takeString();
}

QByteArray BpmnWriter::writeFragment(const ModelTree &tree, NodeId element)
{
    XmlOut out(tree, kNoNode);
    out.fragment(element);
    return out.take();
}

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// Temporary file + rename without fsync; the temporary file takes the target's permissions.
bool writeUnsynced(const std::string &bytes, const QString &path, QString *error)
{
    const QFileInfo target(path);
    QTemporaryFile file(target.absolutePath() + QLatin1Char('/') + target.fileName() +
                        QStringLiteral(".XXXXXX"));
    if (!file.open())
        return fail(error, file.errorString());
    const QFileDevice::Permissions permissions =
        target.exists() ? QFile::permissions(path)
                        : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ReadGroup | QFileDevice::ReadOther;
    if (file.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size()) || !file.flush())
        return fail(error, file.errorString());
    file.setPermissions(permissions);
    file.close();
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(file.fileName()).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(), ec);
    if (ec)
        return fail(error, QString::fromStdString(ec.message()));
    file.setAutoRemove(false);
    return true;
}

} // namespace

bool BpmnWriter::writeFile(const ModelTree &tree, const QString &path, QString *error,
                           Durability durability)
{
    const std::string bytes = writeString(tree);
    if (durability == Durability::Unsynced)
        return writeUnsynced(bytes, path, error);
    QSaveFile file(path); // writes a temporary file, fsyncs, renames
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, file.errorString());
    if (file.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
        static_cast<qint64>(bytes.size())) {
        file.cancelWriting();
        return fail(error, file.errorString());
    }
    if (!file.commit())
        return fail(error, file.errorString());
    return true;
}

} // namespace amtsweg
