#!/usr/bin/env python3
"""Generate model/bpmn/bpmnschema_generated.cpp from the OMG BPMN 2.0 XSDs.

Usage: python3 tools/gen_bpmn_schema.py <xsd-folder> <output.cpp>

The folder must hold BPMN20.xsd, Semantic.xsd, BPMNDI.xsd, DI.xsd and DC.xsd. The output defines
amtsweg::schema::generatedTypes() and generatedElements() (see model/bpmn/bpmnschema.h). The
output is deterministic (types and elements sorted by namespace, then name) so that re-running
the script on the same XSDs gives the same file.

Rules the generator applies (keep bpmnschema.h and the reader in mind when changing them):

* Type names in the tables are written unqualified when they live in the namespace of the
  entry that mentions them (TypeInfo.ns for baseName, ChildInfo.ns for ChildInfo.typeName,
  ElementInfo.ns for typeName and substitutionGroup), otherwise with a canonical prefix:
  "bpmn:", "bpmndi:", "di:", "dc:" or "xsd:" (built-in XSD types, e.g. "xsd:QName").
* An anonymous complex type (only DI's DiagramElement/extension, whose content is xsd:any) is
  written as "xsd:anyType".
* mixedOrSimpleText is true for mixed="true" and simpleContent types, and is inherited: a type
  derived by extension from a mixed type is mixed as well (tExpression, tFormalExpression).
* Value kinds: xsd:boolean -> Boolean, xsd:int/integer (and the other integer types) -> Integer,
  xsd:double/float/decimal -> Double, xsd:ID -> Id, xsd:IDREF -> IdRef, xsd:IDREFS -> IdRefs,
  xsd:anyURI -> AnyUri, named simpleTypes with enumerations -> Enum ("a|b|c"),
  everything else -> String.
* xsd:QName: every QName attribute or element of BPMN refers to another element by id
  (sourceRef, attachedToRef, calledElement, processRef, bpmnElement, labelStyle, incoming ...),
  so QName -> QNameRef, except the (type, name) pairs in QNAME_NOT_REFERENCE, which name
  things outside the document (XSD structures, WSDL operations, extension definitions) and
  become QName.
* Unions: tImplementation (anyURI or ##unspecified/##WebService) -> String; tTransactionMethod
  (anyURI or ##Compensate/##Image/##Store) -> Enum with the listed values. Both also accept
  any URI by the XSD, so readers must keep unknown values rather than reject them.
* Content models: xsd:sequence and xsd:choice are flattened in document order; members of a
  choice become optional (minOccurs 0); occurrences of enclosing groups multiply. xsd:any is
  skipped (foreign content is kept by the reader anyway). <xsd:element ref="x"> keeps the name
  of x (also for abstract substitution-group heads such as flowElement or rootElement).
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

XSD = "http://www.w3.org/2001/XMLSchema"
X = "{" + XSD + "}"

NAMESPACES = {
    "http://www.omg.org/spec/BPMN/20100524/MODEL": ("Model", "bpmn"),
    "http://www.omg.org/spec/BPMN/20100524/DI": ("BpmnDi", "bpmndi"),
    "http://www.omg.org/spec/DD/20100524/DI": ("Di", "di"),
    "http://www.omg.org/spec/DD/20100524/DC": ("Dc", "dc"),
}
NS_ORDER = ["Model", "BpmnDi", "Dc", "Di"]  # the order of enum class Ns
FILES = ["BPMN20.xsd", "Semantic.xsd", "BPMNDI.xsd", "DI.xsd", "DC.xsd"]

BUILTIN_KINDS = {
    "boolean": "Boolean",
    "int": "Integer",
    "integer": "Integer",
    "long": "Integer",
    "short": "Integer",
    "nonNegativeInteger": "Integer",
    "positiveInteger": "Integer",
    "double": "Double",
    "float": "Double",
    "decimal": "Double",
    "ID": "Id",
    "IDREF": "IdRef",
    "IDREFS": "IdRefs",
    "QName": "QNameRef",
    "anyURI": "AnyUri",
}

# QName attributes/elements that do not refer to an element of the document by id.
QNAME_NOT_REFERENCE = {
    ("tItemDefinition", "structureRef"),  # an XSD type or other structure
    ("tInterface", "implementationRef"),  # e.g. a WSDL portType
    ("tOperation", "implementationRef"),  # e.g. a WSDL operation
    ("tExtension", "definition"),  # an extension definition, usually external
}

# Unions of xsd:anyURI with an enumeration: treated as Enum (values listed) or as String.
UNION_AS_ENUM = {"tTransactionMethod"}


class Generator:
    def __init__(self, folder):
        self.docs = []  # (root, target namespace uri, prefix map)
        for name in FILES:
            path = Path(folder) / name
            prefixes = {}
            for _event, (prefix, uri) in ET.iterparse(str(path), events=["start-ns"]):
                prefixes.setdefault(prefix, uri)
            root = ET.parse(str(path)).getroot()
            self.docs.append((root, root.get("targetNamespace"), prefixes))
        self.simple_types = {}  # (uri, name) -> (kind, enum values or None)
        self.complex_types = {}  # (uri, name) -> (element, doc uri, prefixes)
        self.elements = {}  # (uri, name) -> (element, doc uri, prefixes)
        for root, tns, prefixes in self.docs:
            for child in root:
                name = child.get("name")
                if child.tag == X + "simpleType":
                    self.simple_types[(tns, name)] = self.simple_kind(child, name)
                elif child.tag == X + "complexType":
                    self.complex_types[(tns, name)] = (child, tns, prefixes)
                elif child.tag == X + "element":
                    self.elements[(tns, name)] = (child, tns, prefixes)
        self.mixed_cache = {}

    # --- names -------------------------------------------------------------------------------
    @staticmethod
    def resolve(qname, prefixes):
        """'bpmndi:BPMNPlane' -> (uri, 'BPMNPlane') using the prefixes of the document."""
        if ":" in qname:
            prefix, local = qname.split(":", 1)
        else:
            prefix, local = "", qname
        uri = prefixes.get(prefix)
        if uri is None:
            raise SystemExit(f"unknown prefix in {qname!r}")
        return uri, local

    @staticmethod
    def ns_enum(uri):
        return NAMESPACES[uri][0]

    @staticmethod
    def written_name(uri, local, context_uri):
        """Type or element name as the tables store it, relative to context_uri."""
        if uri == XSD:
            return "xsd:" + local
        if uri == context_uri:
            return local
        return NAMESPACES[uri][1] + ":" + local

    # --- value kinds -------------------------------------------------------------------------
    def simple_kind(self, st, name):
        restriction = st.find(X + "restriction")
        if restriction is not None:
            values = [e.get("value") for e in restriction.findall(X + "enumeration")]
            if values:
                return ("Enum", "|".join(values))
            base = restriction.get("base", "")
            return (BUILTIN_KINDS.get(base.split(":")[-1], "String"), None)
        union = st.find(X + "union")
        if union is not None:
            values = []
            for member in union.iter(X + "enumeration"):
                values.append(member.get("value"))
            if name in UNION_AS_ENUM and values:
                return ("Enum", "|".join(values))
            return ("String", None)
        return ("String", None)

    def value_kind(self, type_qname, prefixes, owner, item):
        """(kind, enum values) for an attribute or simple element of type type_qname."""
        if type_qname is None:
            return ("String", None)
        uri, local = self.resolve(type_qname, prefixes)
        if uri == XSD:
            kind = BUILTIN_KINDS.get(local, "String")
            if kind == "QNameRef" and (owner, item) in QNAME_NOT_REFERENCE:
                kind = "QName"
            return (kind, None)
        if (uri, local) in self.simple_types:
            return self.simple_types[(uri, local)]
        return ("String", None)  # a complex type: its text is read as a string if at all

    # --- complex types -----------------------------------------------------------------------
    def derivation(self, ct):
        """(derivation element or None, base qname or None, is simple content)."""
        for content_tag, simple in ((X + "complexContent", False), (X + "simpleContent", True)):
            content = ct.find(content_tag)
            if content is None:
                continue
            for how in ("extension", "restriction"):
                d = content.find(X + how)
                if d is not None:
                    return d, d.get("base"), simple
            return content, None, simple
        return None, None, False

    def is_mixed(self, key):
        if key in self.mixed_cache:
            return self.mixed_cache[key]
        ct, _tns, prefixes = self.complex_types[key]
        d, base, simple = self.derivation(ct)
        mixed = ct.get("mixed") == "true" or simple
        if not mixed and d is not None:
            content = ct.find(X + "complexContent")
            if content is not None and content.get("mixed") == "true":
                mixed = True
        if not mixed and base is not None:
            bkey = self.resolve(base, prefixes)
            if bkey in self.complex_types:
                mixed = self.is_mixed(bkey)
        self.mixed_cache[key] = mixed
        return mixed

    def attributes(self, holder, owner, prefixes):
        result = []
        for a in holder.findall(X + "attribute"):
            name = a.get("name")
            if name is None:
                print(f"warning: {owner}: attribute without name skipped", file=sys.stderr)
                continue
            kind, values = self.value_kind(a.get("type"), prefixes, owner, name)
            result.append(
                {
                    "name": name,
                    "kind": kind,
                    "default": a.get("default", a.get("fixed")),
                    "required": a.get("use") == "required",
                    "values": values,
                }
            )
        return result

    def children(self, holder, owner, tns, prefixes):
        result = []

        def occurs(node):
            lo = int(node.get("minOccurs", "1"))
            hi = node.get("maxOccurs", "1")
            hi = None if hi == "unbounded" else int(hi)
            return lo, hi

        def walk(group, lo_mult, hi_mult, in_choice):
            for node in group:
                if not isinstance(node.tag, str):
                    continue
                lo, hi = occurs(node)
                lo = 0 if in_choice else lo * lo_mult
                hi = None if hi is None or hi_mult is None else hi * hi_mult
                if node.tag == X + "sequence":
                    walk(node, lo, hi, False)
                elif node.tag == X + "choice":
                    walk(node, lo, hi, True)
                elif node.tag == X + "any":
                    continue
                elif node.tag == X + "element":
                    result.append(self.child_slot(node, owner, tns, prefixes, lo, hi))
                elif node.tag in (X + "annotation",):
                    continue
                else:
                    print(f"warning: {owner}: {node.tag} in content skipped", file=sys.stderr)

        for node in holder:
            if node.tag in (X + "sequence", X + "choice"):
                lo, hi = occurs(node)
                walk(node, lo, hi, node.tag == X + "choice")
        return result

    def child_slot(self, node, owner, tns, prefixes, lo, hi):
        ref = node.get("ref")
        if ref is not None:
            uri, local = self.resolve(ref, prefixes)
            el, el_tns, el_prefixes = self.elements[(uri, local)]
            type_qname = el.get("type")
            kind, _ = self.value_kind(type_qname, el_prefixes, owner, local)
            turi, tlocal = self.resolve(type_qname, el_prefixes)
            type_name = self.written_name(turi, tlocal, uri)
            return {"name": local, "ns": uri, "type": type_name, "kind": kind, "min": lo, "max": hi}
        name = node.get("name")
        type_qname = node.get("type")
        if type_qname is None:
            type_name = "xsd:anyType"  # anonymous type: only DI's extension (xsd:any content)
            kind = "String"
        else:
            turi, tlocal = self.resolve(type_qname, prefixes)
            type_name = self.written_name(turi, tlocal, tns)
            kind, _ = self.value_kind(type_qname, prefixes, owner, name)
        return {"name": name, "ns": tns, "type": type_name, "kind": kind, "min": lo, "max": hi}

    def type_record(self, key):
        ct, tns, prefixes = self.complex_types[key]
        name = key[1]
        d, base, _simple = self.derivation(ct)
        holder = d if d is not None else ct
        base_name = None
        if base is not None:
            buri, blocal = self.resolve(base, prefixes)
            if buri != XSD:  # simpleContent on an XSD type has no complex base
                base_name = self.written_name(buri, blocal, tns)
        return {
            "name": name,
            "ns": tns,
            "base": base_name,
            "abstract": ct.get("abstract") == "true",
            "mixed": self.is_mixed(key),
            "attributes": self.attributes(holder, name, prefixes),
            "children": self.children(holder, name, tns, prefixes),
        }

    def element_record(self, key):
        el, tns, prefixes = self.elements[key]
        turi, tlocal = self.resolve(el.get("type"), prefixes)
        group = el.get("substitutionGroup")
        if group is not None:
            guri, glocal = self.resolve(group, prefixes)
            group = self.written_name(guri, glocal, tns)
        return {
            "name": key[1],
            "ns": tns,
            "type": self.written_name(turi, tlocal, tns),
            "group": group,
            "abstract": el.get("abstract") == "true",
        }

    def sort_key(self, key):
        return (NS_ORDER.index(self.ns_enum(key[0])), key[1])


def c_str(value):
    if value is None:
        return "nullptr"
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def c_bool(value):
    return "true" if value else "false"


def generate(folder, out_path):
    gen = Generator(folder)
    type_keys = sorted(gen.complex_types, key=gen.sort_key)
    element_keys = sorted(gen.elements, key=gen.sort_key)
    types = [gen.type_record(k) for k in type_keys]
    elements = [gen.element_record(k) for k in element_keys]

    out = []
    w = out.append
    w("// GENERATED FILE - do not edit by hand.")
    w("// Generated by tools/gen_bpmn_schema.py from the OMG BPMN 2.0 XML schemas")
    w("// (" + ", ".join(FILES) + ").")
    w("// Regenerate (from the source root):")
    w("//   python3 tools/gen_bpmn_schema.py <xsd-folder> model/bpmn/bpmnschema_generated.cpp")
    w("// clang-format off")
    w("")
    w('#include "bpmnschema.h"')
    w("")
    w("namespace amtsweg::schema {")
    w("namespace {")
    w("")
    w("constexpr std::uint16_t U = kUnbounded;")
    w("")

    def ident(t):
        return "k" + gen.ns_enum(t["ns"]) + "_" + t["name"]

    for t in types:
        if t["attributes"]:
            w(f"constexpr AttributeInfo {ident(t)}_attributes[] = {{")
            for a in t["attributes"]:
                w(
                    f"    {{{c_str(a['name'])}, ValueKind::{a['kind']}, {c_str(a['default'])}, "
                    f"{c_bool(a['required'])}, {c_str(a['values'])}}},"
                )
            w("};")
        if t["children"]:
            w(f"constexpr ChildInfo {ident(t)}_children[] = {{")
            for c in t["children"]:
                hi = "U" if c["max"] is None else str(c["max"])
                w(
                    f"    {{{c_str(c['name'])}, Ns::{gen.ns_enum(c['ns'])}, {c_str(c['type'])}, "
                    f"ValueKind::{c['kind']}, {c['min']}, {hi}}},"
                )
            w("};")
    w("")
    w("constexpr TypeInfo kTypes[] = {")
    for t in types:
        attrs = f"{ident(t)}_attributes" if t["attributes"] else "{}"
        kids = f"{ident(t)}_children" if t["children"] else "{}"
        w(
            f"    {{{c_str(t['name'])}, Ns::{gen.ns_enum(t['ns'])}, {c_str(t['base'])}, "
            f"{c_bool(t['abstract'])}, {c_bool(t['mixed'])}, {attrs}, {kids}}},"
        )
    w("};")
    w("")
    w("constexpr ElementInfo kElements[] = {")
    for e in elements:
        w(
            f"    {{{c_str(e['name'])}, Ns::{gen.ns_enum(e['ns'])}, {c_str(e['type'])}, "
            f"{c_str(e['group'])}, {c_bool(e['abstract'])}}},"
        )
    w("};")
    w("")
    w("} // namespace")
    w("")
    w("std::span<const TypeInfo> generatedTypes()")
    w("{")
    w("    return kTypes;")
    w("}")
    w("")
    w("std::span<const ElementInfo> generatedElements()")
    w("{")
    w("    return kElements;")
    w("}")
    w("")
    w("} // namespace amtsweg::schema")
    Path(out_path).write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{out_path}: {len(types)} types, {len(elements)} elements")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__.split("\n\n")[1])
    generate(sys.argv[1], sys.argv[2])
