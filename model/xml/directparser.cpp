#include "directparser.h"

#include <array>
#include <cstdint>
#include <cstring>
#include <string>

namespace amtsweg {
namespace {

using Result = DirectParser::Result;

// Character classes, one table lookup per byte. tinyxml2's name rules: ASCII letters, ':' and
// '_' start a name; digits, '.' and '-' may follow; every byte of a multi-byte UTF-8 character
// counts as a name character. Attribute values and text stop at their delimiter, a line end
// (counted), or a character that needs resolving ('&', CR) or ends the input (NUL).
enum CharClass : std::uint8_t {
    kSpace = 1,
    kNameStart = 2,
    kName = 4,
    kValueStop = 8, // '\n', '\r', '&', '\0'
};

constexpr std::array<std::uint8_t, 256> makeClasses()
{
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const bool start = c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                           c == ':' || c == '_';
        if (start)
            t[c] |= kNameStart | kName;
        if ((c >= '0' && c <= '9') || c == '.' || c == '-')
            t[c] |= kName;
    }
    for (char c : {' ', '\n', '\r', '\t'})
        t[static_cast<unsigned char>(c)] |= kSpace;
    for (char c : {'\n', '\r', '&', '\0'})
        t[static_cast<unsigned char>(c)] |= kValueStop;
    return t;
}

constexpr std::array<std::uint8_t, 256> kClasses = makeClasses();

bool is(char c, std::uint8_t classes)
{
    return kClasses[static_cast<unsigned char>(c)] & classes;
}

/// Appends a character reference's code point as UTF-8; false for code points XML does not
/// allow (and for 0, where tinyxml2 would cut the text short).
bool appendCodePoint(std::uint32_t cp, std::string &out)
{
    const bool allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    if (!allowed)
        return false;
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
    return true;
}

/// Resolves the reference that starts `s` ("&amp;", "&#233;", "&#xE9;") into `out`; returns
/// its length, or 0 for anything tinyxml2 might read differently (unknown entities, "&#X",
/// missing ';', code points XML forbids).
std::size_t appendReference(std::string_view s, std::string &out)
{
    static constexpr struct
    {
        std::string_view text;
        char value;
    } named[] = {{"&quot;", '"'}, {"&amp;", '&'}, {"&apos;", '\''}, {"&lt;", '<'}, {"&gt;", '>'}};
    for (const auto &entity : named)
        if (s.starts_with(entity.text)) {
            out += entity.value;
            return entity.text.size();
        }
    if (!s.starts_with("&#"))
        return 0;
    const bool hex = s.size() > 2 && s[2] == 'x';
    const std::size_t first = hex ? 3 : 2;
    std::size_t i = first;
    std::uint32_t cp = 0;
    for (; i < s.size() && i - first < 8; ++i) {
        const char c = s[i];
        std::uint32_t digit = 0;
        if (c >= '0' && c <= '9')
            digit = std::uint32_t(c - '0');
        else if (hex && c >= 'a' && c <= 'f')
            digit = std::uint32_t(c - 'a' + 10);
        else if (hex && c >= 'A' && c <= 'F')
            digit = std::uint32_t(c - 'A' + 10);
        else
            break;
        cp = cp * (hex ? 16 : 10) + digit;
    }
    if (i == first || i >= s.size() || s[i] != ';' || !appendCodePoint(cp, out))
        return 0;
    return i + 1;
}

/// Line ends as tinyxml2 reads them (CR LF, LF CR and a lone CR become LF) and, with
/// `references`, entity and character references resolved; false when tinyxml2 might read
/// the text differently.
bool decode(std::string_view raw, bool references, std::string &out)
{
    out.clear();
    for (std::size_t i = 0; i < raw.size();) {
        const char c = raw[i];
        if (c == '\r' || c == '\n') {
            out += '\n';
            const char pair = c == '\r' ? '\n' : '\r';
            i += i + 1 < raw.size() && raw[i + 1] == pair ? 2 : 1;
        } else if (c == '&' && references) {
            const std::size_t used = appendReference(raw.substr(i), out);
            if (used == 0)
                return false;
            i += used;
        } else {
            out += c;
            ++i;
        }
    }
    return true;
}

class Parser
{
public:
    Parser(const QByteArray &utf8, TreeBuilder &builder)
        : m_p(utf8.constData()), m_end(utf8.constData() + utf8.size()), m_builder(builder),
          m_values(DirectParser::kMaxAttributes)
    {
    }

    Result run();

private:
    struct Open
    {
        NodeId node;
        std::string_view name;
    };

    void skipSpace()
    {
        for (; is(*m_p, kSpace); ++m_p)
            if (*m_p == '\n')
                ++m_line;
    }
    std::string_view readName();
    bool readUntil(char stop, bool references, std::string &scratch, std::string_view *value);
    bool readDelimited(std::size_t openLength, std::string_view close, std::string_view *value);
    bool readStartTag(bool *empty);
    bool readEndTag();

    const char *m_p;        // the input ends with a NUL (QByteArray), the only one in it
    const char *const m_end;
    TreeBuilder &m_builder;
    int m_line = 1;
    std::vector<Open> m_open;
    std::vector<TreeBuilder::RawAttribute> m_attributes;
    std::vector<std::string> m_values; // decoded attribute values, one per attribute slot
    std::string m_text;                // decoded text, comment or instruction
};

std::string_view Parser::readName()
{
    if (!is(*m_p, kNameStart))
        return {};
    const char *const start = m_p;
    for (++m_p; is(*m_p, kName); ++m_p) {
    }
    return {start, std::size_t(m_p - start)};
}

/// Reads up to (not past) `stop`, counting lines; the value is a view into the input unless
/// it has references or CRs to resolve.
bool Parser::readUntil(char stop, bool references, std::string &scratch, std::string_view *value)
{
    const char *const start = m_p;
    bool special = false;
    const char *q = start;
    for (;; ++q) {
        const char c = *q;
        if (c == stop)
            break;
        if (!is(c, kValueStop))
            continue;
        if (c == '\n')
            ++m_line;
        else if (c == '\0')
            return false; // the end of the input
        else
            special = true; // '&' or CR
    }
    m_p = q;
    const std::string_view raw(start, std::size_t(q - start));
    if (!special) {
        *value = raw;
        return true;
    }
    if (!decode(raw, references, scratch))
        return false;
    *value = scratch;
    return true;
}

/// Comments, CDATA sections and processing instructions: the text between the opening
/// (`openLength` bytes) and `close`, with line ends resolved.
bool Parser::readDelimited(std::size_t openLength, std::string_view close,
                           std::string_view *value)
{
    const std::string_view rest(m_p + openLength, std::size_t(m_end - m_p) - openLength);
    const std::size_t at = rest.find(close);
    if (at == std::string_view::npos)
        return false;
    const std::string_view raw = rest.substr(0, at);
    for (char c : raw)
        if (c == '\n')
            ++m_line;
    m_p = rest.data() + at + close.size();
    if (raw.find('\r') == std::string_view::npos) {
        *value = raw;
        return true;
    }
    decode(raw, false, m_text);
    *value = m_text;
    return true;
}

bool Parser::readStartTag(bool *empty)
{
    ++m_p; // '<'
    const std::string_view name = readName();
    if (name.empty())
        return false;
    m_attributes.clear();
    while (true) {
        skipSpace();
        const char c = *m_p;
        if (c == '>') {
            ++m_p;
            *empty = false;
            break;
        }
        if (c == '/' && m_p[1] == '>') {
            m_p += 2;
            *empty = true;
            break;
        }
        if (m_attributes.size() == DirectParser::kMaxAttributes)
            return false;
        const std::string_view attributeName = readName();
        if (attributeName.empty())
            return false;
        skipSpace();
        if (*m_p != '=')
            return false;
        ++m_p;
        skipSpace();
        const char quote = *m_p;
        if (quote != '"' && quote != '\'')
            return false;
        ++m_p;
        std::string_view value;
        if (!readUntil(quote, true, m_values[m_attributes.size()], &value))
            return false;
        ++m_p; // the closing quote
        for (const TreeBuilder::RawAttribute &a : m_attributes)
            if (a.name == attributeName)
                return false; // tinyxml2 refuses the file
        m_attributes.push_back({attributeName, value});
    }
    m_open.push_back({kNoNode, name});
    return true;
}

bool Parser::readEndTag()
{
    m_p += 2; // "</"
    const std::string_view name = readName();
    if (m_open.empty() || name.empty() || name != m_open.back().name)
        return false;
    skipSpace();
    if (*m_p != '>')
        return false;
    ++m_p;
    return true;
}

Result Parser::run()
{
    if (std::memchr(m_p, '\0', std::size_t(m_end - m_p)))
        return Result::Unsupported; // tinyxml2 stops reading at a NUL byte
    const NodeId document = m_builder.tree().documentNode();
    const auto parent = [&] { return m_open.empty() ? document : m_open.back().node; };
    bool rootSeen = false;
    bool onlyInstructions = true; // tinyxml2 allows <?…?> only before everything else
    std::string_view value;
    while (true) {
        const char *const start = m_p;
        const int startLine = m_line;
        skipSpace();
        const char c = *m_p;
        if (c == '\0')
            break;
        if (c == '\v' || c == '\f')
            return Result::Unsupported; // whitespace to tinyxml2, not to XML
        const int line = m_line;
        if (c != '<') {
            // Text: from the end of the previous markup (whitespace included) to the next '<';
            // its line is that of its first non-whitespace character.
            if (m_open.empty())
                return Result::Unsupported;
            m_p = start;
            m_line = startLine;
            if (!readUntil('<', true, m_text, &value) || TreeBuilder::isXmlWhitespace(value))
                return Result::Unsupported; // whitespace from references: tinyxml2's rules
            m_builder.appendCharacterData(parent(), NodeKind::Text, value, line);
            continue;
        }
        const std::string_view rest(m_p, std::size_t(m_end - m_p));
        if (rest.starts_with("<?")) {
            if (!m_open.empty() || !onlyInstructions || !readDelimited(2, "?>", &value))
                return Result::Unsupported;
            m_builder.appendInstruction(document, value, line);
        } else if (rest.starts_with("<!--")) {
            if (!readDelimited(4, "-->", &value))
                return Result::Unsupported;
            m_builder.appendCharacterData(parent(), NodeKind::Comment, value, line);
            onlyInstructions = false;
        } else if (rest.starts_with("<![CDATA[")) {
            if (m_open.empty() || !readDelimited(9, "]]>", &value) ||
                TreeBuilder::isXmlWhitespace(value))
                return Result::Unsupported;
            m_builder.appendCharacterData(parent(), NodeKind::CData, value, line);
        } else if (rest.starts_with("<!")) {
            return Result::Unsupported; // <!DOCTYPE …>
        } else if (rest.starts_with("</")) {
            if (!readEndTag())
                return Result::Unsupported;
            m_open.pop_back();
            m_builder.closeElement();
        } else {
            // A second root element is refused by the tinyxml2 path with its message.
            if ((m_open.empty() && rootSeen) || m_open.size() >= DirectParser::kMaxDepth)
                return Result::Unsupported;
            const NodeId into = parent();
            bool empty = false;
            if (!readStartTag(&empty))
                return Result::Unsupported;
            const NodeId n =
                m_builder.openElement(into, m_open.back().name, m_attributes, line);
            if (n == kNoNode)
                return Result::Failed;
            m_open.back().node = n;
            if (empty) {
                m_open.pop_back();
                m_builder.closeElement();
            }
            rootSeen = true;
            onlyInstructions = false;
        }
    }
    if (!m_open.empty() || !rootSeen)
        return Result::Unsupported;
    return m_builder.failed() ? Result::Failed : Result::Done;
}

} // namespace

DirectParser::Result DirectParser::parse(const QByteArray &utf8, TreeBuilder &builder)
{
    return Parser(utf8, builder).run();
}

} // namespace amtsweg
