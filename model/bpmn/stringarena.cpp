#include "stringarena.h"

#include <cstring>

namespace amtsweg {

std::string_view StringArena::store(std::string_view s)
{
    if (s.empty())
        return {};
    if (s.size() > m_left) {
        const std::size_t size = s.size() > kBlock / 4 ? s.size() : kBlock;
        m_blocks.push_back(std::make_unique<char[]>(size));
        m_reserved += size;
        if (size == kBlock) {
            m_cursor = m_blocks.back().get();
            m_left = size;
        } else {
            // A large string gets a block of its own; the current block stays in use.
            std::memcpy(m_blocks.back().get(), s.data(), s.size());
            return {m_blocks.back().get(), s.size()};
        }
    }
    std::memcpy(m_cursor, s.data(), s.size());
    std::string_view result(m_cursor, s.size());
    m_cursor += s.size();
    m_left -= s.size();
    return result;
}

} // namespace amtsweg
