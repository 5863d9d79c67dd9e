#pragma once
// DirectParser: reads well-formed XML straight into a TreeBuilder in one pass, without
// building a tinyxml2 DOM first (which took twice the time of everything else the reader
// does, and as much again to free). It accepts only what it reads exactly as tinyxml2 would
// (same names, values, line numbers, whitespace rules); anything else (malformed markup, DTDs,
// unusual entities, NUL bytes, very deep nesting, hundreds of attributes on one element) it
// leaves to the tinyxml2 path, which also names the errors of malformed files.

#include "treebuilder.h"

#include <QByteArray>

namespace amtsweg {

class DirectParser
{
public:
    enum class Result {
        Done,       ///< the whole document is in the builder's tree
        Failed,     ///< the builder refused content (its error diagnostic says why)
        Unsupported ///< not read: start again with the tinyxml2 path on a fresh tree
    };
    static Result parse(const QByteArray &utf8, TreeBuilder &builder);

    /// Deepest element nesting read here (tinyxml2 stops at TINYXML2_MAX_ELEMENT_DEPTH, 100).
    static constexpr std::size_t kMaxDepth = 80;
    /// More attributes than this on one element go to the tinyxml2 path (and its limit check).
    static constexpr std::size_t kMaxAttributes = 256;
};

} // namespace amtsweg
