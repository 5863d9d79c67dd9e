#pragma once
// The BPMN 2.0 schema as data: element names, types, their attributes with kinds and defaults,
// and the ordered child slots of each type. Generated from the OMG XSDs (Semantic.xsd,
// BPMNDI.xsd, DI.xsd, DC.xsd) by tools/gen_bpmn_schema.py into bpmnschema_generated.cpp; this
// header adds lookups on top of that table. Nothing here knows about a document.

#include <cstdint>
#include <span>
#include <string_view>

namespace amtsweg::schema {

/// The namespaces the schema describes.
enum class Ns : std::uint8_t { None, Model, BpmnDi, Dc, Di };

/// URIs of the namespaces above, plus others Amtsweg knows.
namespace uri {
inline constexpr std::string_view model = "http://www.omg.org/spec/BPMN/20100524/MODEL";
inline constexpr std::string_view bpmnDi = "http://www.omg.org/spec/BPMN/20100524/DI";
inline constexpr std::string_view dc = "http://www.omg.org/spec/DD/20100524/DC";
inline constexpr std::string_view di = "http://www.omg.org/spec/DD/20100524/DI";
inline constexpr std::string_view xsi = "http://www.w3.org/2001/XMLSchema-instance";
inline constexpr std::string_view omgColor = "http://www.omg.org/spec/BPMN/non-normative/color/1.0";
inline constexpr std::string_view bioColor = "http://bpmn.io/schema/bpmn/biocolor/1.0";
inline constexpr std::string_view amtsweg = "https://amtsweg.de/schema/bpmn/1.0";
inline constexpr std::string_view xmlns = "http://www.w3.org/2000/xmlns/";
inline constexpr std::string_view xml = "http://www.w3.org/XML/1998/namespace";
} // namespace uri

/// How an attribute's value (or a simple-content element's text) is to be read.
enum class ValueKind : std::uint8_t {
    String,   ///< xsd:string and anything not listed below
    Boolean,  ///< xsd:boolean
    Integer,  ///< xsd:int / xsd:integer
    Double,   ///< xsd:double / xsd:float
    Id,       ///< xsd:ID
    IdRef,    ///< xsd:IDREF: an id in this document
    QNameRef, ///< xsd:QName that refers to an element by id (prefix optional)
    IdRefs,   ///< xsd:IDREFS: space-separated ids
    QName,    ///< xsd:QName that is not an element reference (e.g. xsi:type, typeLanguage)
    AnyUri,   ///< xsd:anyURI
    Enum,     ///< an enumeration of strings
};

struct AttributeInfo
{
    const char *name;         ///< local name (attributes of the schema are unqualified)
    ValueKind kind;
    const char *defaultValue; ///< the XSD default, or nullptr
    bool required;
    const char *enumValues;   ///< for Enum: values separated by '|', else nullptr
};

/// One child slot of a type's content model, in sequence order.
struct ChildInfo
{
    const char *name;     ///< local element name; for substitution-group heads the head's name
    Ns ns;
    const char *typeName; ///< type of the element ("tTask", "xsd:string" ...)
    ValueKind kind;       ///< simple content: how its text reads (<incoming>: QNameRef)
    std::uint16_t minOccurs;
    std::uint16_t maxOccurs; ///< kUnbounded for unbounded
};
inline constexpr std::uint16_t kUnbounded = 0xFFFF;

struct TypeInfo
{
    const char *name;     ///< "tTask", "BPMNShape", "Bounds" ...
    Ns ns;
    const char *baseName; ///< base type name (same namespace unless qualified), or nullptr
    bool isAbstract;
    bool mixedOrSimpleText; ///< the element carries text content (documentation, expression ...)
    std::span<const AttributeInfo> attributes; ///< own attributes only, in XSD order
    std::span<const ChildInfo> children;       ///< own child slots only, in XSD order
};

struct ElementInfo
{
    const char *name; ///< local name: "task", "BPMNShape", "Bounds"
    Ns ns;
    const char *typeName;          ///< "tTask"
    const char *substitutionGroup; ///< head element name ("flowElement"), or nullptr
    bool isAbstract;
};

/// The generated tables (bpmnschema_generated.cpp).
std::span<const TypeInfo> generatedTypes();
std::span<const ElementInfo> generatedElements();

using TypeId = std::uint16_t;      ///< index into types(); kNoType for none
using ElementId = std::uint16_t;   ///< index into elements(); kNoElement for none
inline constexpr TypeId kNoType = 0xFFFF;
inline constexpr ElementId kNoElement = 0xFFFF;

/// Lookups over the generated tables, built once on first use (thread-safe).
class Schema
{
public:
    static const Schema &instance();
    ~Schema();
    Schema(const Schema &) = delete;
    Schema &operator=(const Schema &) = delete;

    /// All types / elements; TypeId and ElementId index these (same as generatedTypes() ...).
    std::span<const TypeInfo> types() const;
    std::span<const ElementInfo> elements() const;

    ElementId element(Ns ns, std::string_view localName) const;
    const ElementInfo &elementInfo(ElementId id) const;
    TypeId elementType(ElementId id) const;

    TypeId type(Ns ns, std::string_view typeName) const; ///< "tTask"; "bpmn:tTask" also accepted
    const TypeInfo &typeInfo(TypeId id) const;
    TypeId baseType(TypeId id) const;
    /// True when `type` is `base` or derives from it.
    bool isA(TypeId type, TypeId base) const;
    bool isA(TypeId type, std::string_view baseName) const;

    /// The attribute `name` of the type or one of its bases, or nullptr.
    const AttributeInfo *attribute(TypeId type, std::string_view name) const;
    /// All attributes including inherited ones (base first).
    std::span<const AttributeInfo *const> allAttributes(TypeId type) const;
    /// All child slots including inherited ones (base first), in sequence order.
    std::span<const ChildInfo *const> allChildren(TypeId type) const;
    /// Index in allChildren(type) of the slot that accepts element `child` (directly or through
    /// its substitution group), or -1.
    int childSlot(TypeId type, ElementId child) const;
    /// Same, by name: also finds local child elements that are no global elements (<incoming>,
    /// <conditionExpression>, <di:waypoint> ...). -1 when the type has no such slot.
    int childSlot(TypeId type, Ns ns, std::string_view localName) const;
    /// The resolved type of allChildren(type)[slot]: the slot's declared type, kNoType for XSD
    /// built-in types (xsd:QName, xsd:IDREF, xsd:anyType ...). For a substitution-group slot
    /// this is the head's type; the actual child's type is elementType() of the child.
    TypeId childType(TypeId type, int slot) const;
    /// True when element `member` is `head` or may stand for it through substitution groups.
    bool substitutes(ElementId member, ElementId head) const;

    static Ns nsOf(std::string_view uri);
    static std::string_view uriOf(Ns ns);

private:
    Schema();
    struct Impl;
    Impl *d;
};

} // namespace amtsweg::schema
