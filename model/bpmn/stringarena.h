#pragma once
// Append-only storage for the strings of one document. Stored strings never move, so
// std::string_view into the arena stays valid for the arena's lifetime.

#include <memory>
#include <string_view>
#include <vector>

namespace amtsweg {

class StringArena
{
public:
    StringArena() = default;
    StringArena(const StringArena &) = delete;
    StringArena &operator=(const StringArena &) = delete;

    /// Copies `s` into the arena; the result is valid as long as the arena.
    std::string_view store(std::string_view s);
    std::size_t bytesReserved() const { return m_reserved; }

private:
    static constexpr std::size_t kBlock = 64 * 1024;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    char *m_cursor = nullptr;
    std::size_t m_left = 0;
    std::size_t m_reserved = 0;
};

} // namespace amtsweg
