#include "searchtext.h"

#include <algorithm>
#include <vector>

namespace amtsweg::searchtext {

/// Lower case without diacritics, as the unicode61 tokenizer folds.
QString fold(const QString &s)
{
    QString d = s.normalized(QString::NormalizationForm_D).toLower();
    d.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return d;
}

/// The word tokens of folded text (runs of letters and digits), as unicode61 splits it.
QStringList tokensOf(const QString &folded)
{
    QStringList out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool inWord = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            out << folded.mid(start, i - start);
            start = -1;
        }
    }
    return out;
}

/// About ten words of `text` around the first word a token starts, those words in brackets.
QString snippetOf(const QString &text, const QStringList &tokens)
{
    struct Word
    {
        qsizetype from, to;
        bool hit;
    };
    std::vector<Word> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text.at(i).isLetterOrNumber();
        if (inWord && start < 0)
            start = i;
        else if (!inWord && start >= 0) {
            const QString w = fold(text.mid(start, i - start));
            const bool hit = std::any_of(tokens.cbegin(), tokens.cend(),
                                         [&](const QString &t) { return w.startsWith(t); });
            words.push_back({start, i, hit});
            start = -1;
        }
    }
    if (words.empty())
        return text.simplified();
    const auto first =
        std::find_if(words.cbegin(), words.cend(), [](const Word &w) { return w.hit; });
    const std::size_t at = first == words.cend() ? 0 : std::size_t(first - words.cbegin());
    const std::size_t from = at > 3 ? at - 3 : 0;
    const std::size_t to = std::min(words.size(), from + 10);
    QString out = from > 0 ? QStringLiteral("…") : QString();
    for (std::size_t i = from; i < to; ++i) {
        const Word &w = words[i];
        if (i > from)
            out += text.mid(words[i - 1].to, w.from - words[i - 1].to);
        const QString word = text.mid(w.from, w.to - w.from);
        out += w.hit ? QLatin1Char('[') + word + QLatin1Char(']') : word;
    }
    if (to < words.size())
        out += QStringLiteral("…");
    return out.simplified();
}

} // namespace amtsweg::searchtext
