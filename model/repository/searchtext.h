#pragma once
// The text side of the repository search, the same on both backends: folding (lower case, no
// diacritics), the word tokens of a text, and the snippet a hit shows.

#include <QString>
#include <QStringList>

#include <algorithm>
#include <unordered_map>
#include <utility>
#include <vector>

namespace amtsweg::searchtext {

/// Lower case without diacritics, as SQLite's unicode61 tokenizer folds.
QString fold(const QString &s);
/// The word tokens of folded text (runs of letters and digits), as unicode61 splits it.
QStringList tokensOf(const QString &folded);
/// About ten words of `text` around the first word a token starts, those words in brackets.
QString snippetOf(const QString &text, const QStringList &tokens);

/// Keeps the models of `candidates` that `found` (the next word's matches) has too, adding up
/// their scores and merging the rest with `merge(kept, found)`. Candidate types have `score`.
template <typename Id, typename C, typename Merge>
void keepCommon(std::unordered_map<Id, C> &candidates, const std::unordered_map<Id, C> &found,
                Merge merge)
{
    for (auto it = candidates.begin(); it != candidates.end();) {
        const auto f = found.find(it->first);
        if (f == found.end()) {
            it = candidates.erase(it);
            continue;
        }
        it->second.score += f->second.score;
        merge(it->second, f->second);
        ++it;
    }
}

/// The candidates best first (lower score; equal scores by id), at most `limit` (-1: all).
template <typename Id, typename C>
std::vector<std::pair<Id, C *>> ranked(std::unordered_map<Id, C> &candidates, int limit)
{
    std::vector<std::pair<Id, C *>> out;
    out.reserve(candidates.size());
    for (auto &[id, c] : candidates)
        out.emplace_back(id, &c);
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        return a.second->score != b.second->score ? a.second->score < b.second->score
                                                  : a.first < b.first;
    });
    if (limit >= 0 && out.size() > std::size_t(limit))
        out.resize(std::size_t(limit));
    return out;
}

} // namespace amtsweg::searchtext
