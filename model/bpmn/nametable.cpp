#include "nametable.h"

#include <functional>

namespace amtsweg {

std::size_t NameTable::KeyHash::operator()(const Key &k) const noexcept
{
    const std::hash<std::string_view> h;
    return h(k.local) ^ (h(k.ns) * 31) ^ (h(k.prefix) * 131);
}

NameTable::NameTable()
{
    m_names.emplace_back(); // NameId 0: no name (document, text nodes)
    auto plain = [this](std::string_view local) { return intern({}, local, {}); };
    m_known.id = plain("id");
    m_known.name = plain("name");
    m_known.sourceRef = plain("sourceRef");
    m_known.targetRef = plain("targetRef");
    m_known.bpmnElement = plain("bpmnElement");
    m_known.processRef = plain("processRef");
    m_known.x = plain("x");
    m_known.y = plain("y");
    m_known.width = plain("width");
    m_known.height = plain("height");
    m_known.isHorizontal = plain("isHorizontal");
    m_known.isExpanded = plain("isExpanded");
    m_known.isMarkerVisible = plain("isMarkerVisible");
    m_known.isMessageVisible = plain("isMessageVisible");
    m_known.messageVisibleKind = plain("messageVisibleKind");
    m_known.attachedToRef = plain("attachedToRef");
    m_known.cancelActivity = plain("cancelActivity");
    m_known.isInterrupting = plain("isInterrupting");
    m_known.exporter = plain("exporter");
    m_known.exporterVersion = plain("exporterVersion");
    m_known.targetNamespace = plain("targetNamespace");
    m_known.default_ = plain("default");
    m_known.calledElement = plain("calledElement");
    m_known.messageRef = plain("messageRef");
    m_known.triggeredByEvent = plain("triggeredByEvent");
    m_known.labelStyle = plain("labelStyle");
    m_known.sourceElement = plain("sourceElement");
    m_known.targetElement = plain("targetElement");
    m_known.instantiate = plain("instantiate");
    m_known.eventGatewayType = plain("eventGatewayType");
    m_known.isCollection = plain("isCollection");
    m_known.textFormat = plain("textFormat");
    m_known.xsiType = intern(schema::uri::xsi, "type", "xsi");
}

NameId NameTable::find(std::string_view nsUri, std::string_view local,
                       std::string_view prefix) const
{
    auto it = m_index.find(Key{nsUri, local, prefix});
    return it == m_index.end() ? 0 : it->second;
}

NameId NameTable::intern(std::string_view nsUri, std::string_view local, std::string_view prefix)
{
    const Key probe{nsUri, local, prefix};
    if (auto it = m_index.find(probe); it != m_index.end())
        return it->second;
    QualifiedName q;
    q.nsUri = m_strings.store(nsUri);
    q.local = m_strings.store(local);
    q.prefix = m_strings.store(prefix);
    q.ns = schema::Schema::nsOf(nsUri);
    if (q.ns != schema::Ns::None)
        q.element = schema::Schema::instance().element(q.ns, local);
    q.isNamespaceDeclaration = nsUri == schema::uri::xmlns;
    const auto id = static_cast<NameId>(m_names.size());
    m_names.push_back(q);
    m_index.emplace(Key{q.nsUri, q.local, q.prefix}, id);
    return id;
}

} // namespace amtsweg
