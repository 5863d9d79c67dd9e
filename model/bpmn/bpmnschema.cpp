#include "bpmnschema.h"

#include <array>
#include <cstddef>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace amtsweg::schema {

namespace {

constexpr std::size_t kNsCount = 5; // Ns::None .. Ns::Di

std::size_t nsIndex(Ns ns)
{
    return static_cast<std::size_t>(ns);
}

/// Splits "bpmn:tTask" into the namespace its canonical prefix names and the local part. A
/// name without prefix, or with a prefix Amtsweg does not know, keeps `ns`; XSD built-ins
/// ("xsd:string") give `builtin` = true.
struct SplitName
{
    Ns ns;
    std::string_view local;
    bool qualified;
    bool builtin;
};

SplitName splitName(Ns ns, std::string_view name)
{
    const auto colon = name.find(':');
    if (colon == std::string_view::npos)
        return {ns, name, false, false};
    const std::string_view prefix = name.substr(0, colon);
    const std::string_view local = name.substr(colon + 1);
    if (prefix == "bpmn" || prefix == "bpmn2" || prefix == "semantic" || prefix == "model")
        return {Ns::Model, local, true, false};
    if (prefix == "bpmndi")
        return {Ns::BpmnDi, local, true, false};
    if (prefix == "di")
        return {Ns::Di, local, true, false};
    if (prefix == "dc")
        return {Ns::Dc, local, true, false};
    if (prefix == "xsd" || prefix == "xs")
        return {ns, local, true, true};
    return {ns, local, false, false};
}

struct Range
{
    std::uint32_t begin = 0;
    std::uint32_t count = 0;
};

} // namespace

struct Schema::Impl
{
    std::span<const TypeInfo> types;
    std::span<const ElementInfo> elements;

    // Names are the generated tables' static strings, so string_view keys stay valid.
    std::array<std::unordered_map<std::string_view, ElementId>, kNsCount> elementByName;
    std::array<std::unordered_map<std::string_view, TypeId>, kNsCount> typeByName;
    std::unordered_map<std::string_view, TypeId> typeByUnqualifiedName; ///< kNoType if ambiguous

    std::vector<TypeId> elementType;
    std::vector<ElementId> headOf; ///< substitution-group head of each element
    std::vector<TypeId> baseOf;

    std::size_t isAWords = 0;
    std::vector<std::uint64_t> isABits; ///< row per type: bit b set when type isA b

    std::vector<const AttributeInfo *> attributes;
    std::vector<Range> attributeRange;
    std::vector<const ChildInfo *> children;
    std::vector<TypeId> childTypes; ///< parallel to children
    std::vector<Range> childRange;

    /// Interned element and child names (global and local), for the slot table.
    std::unordered_map<std::string_view, std::uint32_t> nameIds;
    std::vector<std::uint32_t> elementNameId;
    /// (type, ns, name id) -> slot index in allChildren(type).
    std::unordered_map<std::uint64_t, int> slotByName;

    static std::uint64_t slotKey(TypeId type, Ns ns, std::uint32_t nameId)
    {
        return (std::uint64_t(type) << 40) | (std::uint64_t(nsIndex(ns)) << 32) | nameId;
    }

    std::uint32_t intern(std::string_view name)
    {
        return nameIds.try_emplace(name, std::uint32_t(nameIds.size())).first->second;
    }

    TypeId findType(Ns ns, std::string_view name) const
    {
        const SplitName split = splitName(ns, name);
        if (split.builtin)
            return kNoType;
        const auto &map = typeByName[nsIndex(split.ns)];
        if (auto it = map.find(split.local); it != map.end())
            return it->second;
        if (!split.qualified) {
            // Type names are unique across the four namespaces: accept "Shape" for di:Shape.
            if (auto it = typeByUnqualifiedName.find(split.local);
                it != typeByUnqualifiedName.end())
                return it->second;
        }
        return kNoType;
    }

    ElementId findElement(Ns ns, std::string_view name) const
    {
        const SplitName split = splitName(ns, name);
        const auto &map = elementByName[nsIndex(split.ns)];
        auto it = map.find(split.local);
        return it == map.end() ? kNoElement : it->second;
    }

    void build();
    void buildIsA();
    void buildSlots();
};

void Schema::Impl::build()
{
    types = generatedTypes();
    elements = generatedElements();

    for (std::size_t i = 0; i < types.size(); ++i) {
        const TypeInfo &t = types[i];
        typeByName[nsIndex(t.ns)].emplace(t.name, TypeId(i));
        auto [it, inserted] = typeByUnqualifiedName.emplace(t.name, TypeId(i));
        if (!inserted)
            it->second = kNoType;
    }
    for (std::size_t i = 0; i < elements.size(); ++i)
        elementByName[nsIndex(elements[i].ns)].emplace(elements[i].name, ElementId(i));

    elementType.resize(elements.size(), kNoType);
    headOf.resize(elements.size(), kNoElement);
    elementNameId.resize(elements.size());
    for (std::size_t i = 0; i < elements.size(); ++i) {
        const ElementInfo &e = elements[i];
        elementType[i] = findType(e.ns, e.typeName);
        if (e.substitutionGroup)
            headOf[i] = findElement(e.ns, e.substitutionGroup);
        elementNameId[i] = intern(e.name);
    }

    baseOf.resize(types.size(), kNoType);
    for (std::size_t i = 0; i < types.size(); ++i) {
        if (types[i].baseName)
            baseOf[i] = findType(types[i].ns, types[i].baseName);
    }

    // Inheritance chains, root first; flattened attributes and children.
    attributeRange.resize(types.size());
    childRange.resize(types.size());
    std::vector<TypeId> chain;
    for (std::size_t i = 0; i < types.size(); ++i) {
        chain.clear();
        for (TypeId t = TypeId(i); t != kNoType && chain.size() < types.size(); t = baseOf[t])
            chain.push_back(t);
        attributeRange[i].begin = std::uint32_t(attributes.size());
        childRange[i].begin = std::uint32_t(children.size());
        for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
            const TypeInfo &t = types[*it];
            for (const AttributeInfo &a : t.attributes)
                attributes.push_back(&a);
            for (const ChildInfo &c : t.children) {
                children.push_back(&c);
                childTypes.push_back(findType(c.ns, c.typeName));
            }
        }
        attributeRange[i].count = std::uint32_t(attributes.size()) - attributeRange[i].begin;
        childRange[i].count = std::uint32_t(children.size()) - childRange[i].begin;
    }

    buildIsA();
    buildSlots();
}

void Schema::Impl::buildIsA()
{
    isAWords = (types.size() + 63) / 64;
    isABits.assign(types.size() * isAWords, 0);
    for (std::size_t i = 0; i < types.size(); ++i) {
        std::uint64_t *row = &isABits[i * isAWords];
        std::size_t depth = 0;
        for (TypeId t = TypeId(i); t != kNoType && depth <= types.size(); t = baseOf[t], ++depth)
            row[t / 64] |= std::uint64_t(1) << (t % 64);
    }
}

void Schema::Impl::buildSlots()
{
    // members[h]: every element that may stand for element h (h itself included).
    std::vector<std::vector<ElementId>> members(elements.size());
    for (std::size_t i = 0; i < elements.size(); ++i) {
        std::size_t depth = 0;
        for (ElementId h = ElementId(i); h != kNoElement && depth <= elements.size();
             h = headOf[h], ++depth)
            members[h].push_back(ElementId(i));
    }

    for (std::size_t t = 0; t < types.size(); ++t) {
        const Range range = childRange[t];
        for (std::uint32_t s = 0; s < range.count; ++s) {
            const ChildInfo &slot = *children[range.begin + s];
            slotByName.emplace(slotKey(TypeId(t), slot.ns, intern(slot.name)), int(s));
            // A slot is a reference to a global element when one of that name has its type;
            // then all members of its substitution group fit the slot too.
            const ElementId global = findElement(slot.ns, slot.name);
            if (global == kNoElement || elementType[global] != childTypes[range.begin + s])
                continue;
            for (ElementId m : members[global]) {
                slotByName.emplace(slotKey(TypeId(t), elements[m].ns, elementNameId[m]), int(s));
            }
        }
    }
}

Schema::Schema() : d(new Impl)
{
    d->build();
}

Schema::~Schema()
{
    delete d;
}

const Schema &Schema::instance()
{
    static const Schema schema; // C++11 guarantees thread-safe initialisation
    return schema;
}

std::span<const TypeInfo> Schema::types() const
{
    return d->types;
}

std::span<const ElementInfo> Schema::elements() const
{
    return d->elements;
}

ElementId Schema::element(Ns ns, std::string_view localName) const
{
    const auto &map = d->elementByName[nsIndex(ns)];
    auto it = map.find(localName);
    return it == map.end() ? kNoElement : it->second;
}

const ElementInfo &Schema::elementInfo(ElementId id) const
{
    return d->elements[id];
}

TypeId Schema::elementType(ElementId id) const
{
    return id < d->elementType.size() ? d->elementType[id] : kNoType;
}

TypeId Schema::type(Ns ns, std::string_view typeName) const
{
    return d->findType(ns, typeName);
}

const TypeInfo &Schema::typeInfo(TypeId id) const
{
    return d->types[id];
}

TypeId Schema::baseType(TypeId id) const
{
    return id < d->baseOf.size() ? d->baseOf[id] : kNoType;
}

bool Schema::isA(TypeId type, TypeId base) const
{
    if (type >= d->types.size() || base >= d->types.size())
        return false;
    return (d->isABits[type * d->isAWords + base / 64] >> (base % 64)) & 1U;
}

bool Schema::isA(TypeId type, std::string_view baseName) const
{
    if (type >= d->types.size())
        return false;
    return isA(type, d->findType(d->types[type].ns, baseName));
}

const AttributeInfo *Schema::attribute(TypeId type, std::string_view name) const
{
    if (type >= d->types.size())
        return nullptr;
    // Few attributes per type: a scan beats hashing. Most derived first.
    const Range range = d->attributeRange[type];
    for (std::uint32_t i = range.count; i-- > 0;) {
        const AttributeInfo *a = d->attributes[range.begin + i];
        if (name == a->name)
            return a;
    }
    return nullptr;
}

std::span<const AttributeInfo *const> Schema::allAttributes(TypeId type) const
{
    if (type >= d->types.size())
        return {};
    const Range range = d->attributeRange[type];
    return {d->attributes.data() + range.begin, range.count};
}

std::span<const ChildInfo *const> Schema::allChildren(TypeId type) const
{
    if (type >= d->types.size())
        return {};
    const Range range = d->childRange[type];
    return {d->children.data() + range.begin, range.count};
}

int Schema::childSlot(TypeId type, ElementId child) const
{
    if (type >= d->types.size() || child >= d->elements.size())
        return -1;
    auto it =
        d->slotByName.find(Impl::slotKey(type, d->elements[child].ns, d->elementNameId[child]));
    return it == d->slotByName.end() ? -1 : it->second;
}

int Schema::childSlot(TypeId type, Ns ns, std::string_view localName) const
{
    if (type >= d->types.size())
        return -1;
    auto name = d->nameIds.find(localName);
    if (name == d->nameIds.end())
        return -1;
    auto it = d->slotByName.find(Impl::slotKey(type, ns, name->second));
    return it == d->slotByName.end() ? -1 : it->second;
}

TypeId Schema::childType(TypeId type, int slot) const
{
    if (type >= d->types.size() || slot < 0 || std::uint32_t(slot) >= d->childRange[type].count)
        return kNoType;
    return d->childTypes[d->childRange[type].begin + std::uint32_t(slot)];
}

bool Schema::substitutes(ElementId member, ElementId head) const
{
    if (member >= d->elements.size() || head >= d->elements.size())
        return false;
    std::size_t depth = 0;
    for (ElementId e = member; e != kNoElement && depth <= d->elements.size();
         e = d->headOf[e], ++depth) {
        if (e == head)
            return true;
    }
    return false;
}

Ns Schema::nsOf(std::string_view uri)
{
    if (uri == uri::model)
        return Ns::Model;
    if (uri == uri::bpmnDi)
        return Ns::BpmnDi;
    if (uri == uri::dc)
        return Ns::Dc;
    if (uri == uri::di)
        return Ns::Di;
    return Ns::None;
}

std::string_view Schema::uriOf(Ns ns)
{
    switch (ns) {
    case Ns::Model:
        return uri::model;
    case Ns::BpmnDi:
        return uri::bpmnDi;
    case Ns::Dc:
        return uri::dc;
    case Ns::Di:
        return uri::di;
    case Ns::None:
        break;
    }
    return {};
}

} // namespace amtsweg::schema
