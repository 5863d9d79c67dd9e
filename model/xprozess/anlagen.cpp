#include "xprozess/anlagen.h"

#include "bpmn/elements.h"
#include "fim/fimbuild.h"
#include "fim/fimread.h"

#include <QFileInfo>

namespace amtsweg::xprozess {
namespace {

constexpr std::string_view kAnlage = "anlage";

} // namespace

std::vector<NodeId> ownerExtensions(const ModelTree &tree, std::string_view local)
{
    std::vector<NodeId> result;
    const NodeId owner = anlagenOwner(tree);
    const NodeId ext = owner != kNoNode ? tree.firstChildElement(owner, "extensionElements")
                                        : kNoNode;
    if (ext == kNoNode)
        return result;
    for (NodeId c = tree.firstChild(ext); c != kNoNode; c = tree.next(c))
        if (fim::isFim(tree, c, local))
            result.push_back(c);
    return result;
}

void addOwnerExtension(ModelTree &tree, NodeId n)
{
    const NodeId owner = anlagenOwner(tree);
    if (owner == kNoNode)
        return;
    const NodeId ext = tree.firstChildElement(owner, "extensionElements");
    if (ext != kNoNode)
        tree.insert(ext, n);
    else
        fim::place(tree, fim::placementFor(tree, owner, n));
}

QString plainAttribute(const ModelTree &tree, NodeId n, std::string_view local)
{
    for (const Attribute &a : tree.attributes(n)) {
        const QualifiedName &q = tree.names()[a.name];
        if (q.nsUri.empty() && !q.isNamespaceDeclaration && q.local == local)
            return QString::fromUtf8(a.value.data(), qsizetype(a.value.size())).trimmed();
    }
    return {};
}

NodeId anlagenOwner(const ModelTree &tree)
{
    const NodeId root = tree.root();
    if (root == kNoNode)
        return kNoNode;
    const NodeId collaboration = tree.firstChildElement(root, "collaboration");
    return collaboration != kNoNode ? collaboration : tree.firstChildElement(root, "process");
}

std::vector<Anlage> anlagen(const ModelTree &tree)
{
    std::vector<Anlage> result;
    for (NodeId n : ownerExtensions(tree, kAnlage)) {
        const QByteArray text = QByteArray::fromStdString(tree.text(n));
        auto decoded = QByteArray::fromBase64Encoding(
            text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
        result.push_back({plainAttribute(tree, n, "name"), plainAttribute(tree, n, "mimeType"),
                          decoded ? *decoded : QByteArray(),
                          plainAttribute(tree, n, "modellierungsmethode")});
    }
    return result;
}

void setAnlagen(ModelTree &tree, const std::vector<Anlage> &list)
{
    for (NodeId n : ownerExtensions(tree, kAnlage))
        tree.detach(n);
    for (const Anlage &a : list) {
        const NodeId n = bpmn::createElement(tree, schema::uri::amtsweg, kAnlage);
        tree.setAttribute(n, bpmn::attributeName(tree, "name"), a.name.toStdString());
        tree.setAttribute(n, bpmn::attributeName(tree, "mimeType"), a.mimeType.toStdString());
        if (!a.modellierungsmethode.isEmpty())
            tree.setAttribute(n, bpmn::attributeName(tree, "modellierungsmethode"),
                              a.modellierungsmethode.toStdString());
        tree.setText(n, a.data.toBase64().toStdString());
        addOwnerExtension(tree, n);
    }
}

QString mimeTypeFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return QStringLiteral("application/pdf");
    if (suffix == QLatin1String("bpmn") || suffix == QLatin1String("xml"))
        return QStringLiteral("application/xml");
    if (suffix == QLatin1String("png"))
        return QStringLiteral("image/png");
    if (suffix == QLatin1String("svg"))
        return QStringLiteral("image/svg+xml");
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return QStringLiteral("text/html");
    return QStringLiteral("application/octet-stream");
}

} // namespace amtsweg::xprozess
