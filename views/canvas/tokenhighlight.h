#pragma once
// TokenHighlight: the marks of a token walk-through (workshop mode) over a diagram: elements
// holding a token get a coloured halo and a token dot at their top right corner (orange while
// the token can move, violet while it waits, grey once it has ended), the flows the last step
// took a thick line (dashed for message flows) along which a dot travels while progress runs
// from 0 to 1, and black-box pools a message reached an outline. Like ElementHighlights the
// marks are no model data: a DiagramView draws them in front of its scene, and they name
// elements by semantic id, looked up on every paint.

#include "bpmn/modeltree.h"

#include <QColor>
#include <QHash>
#include <QList>

#include <map>
#include <string>
#include <vector>

class QPainter;
class QRectF;

namespace amtsweg {

class DiagramScene;

class TokenHighlight
{
public:
    enum class TokenState { Active, Waiting, Ended };

    void clear();
    bool isEmpty() const { return m_tokens.empty() && m_flows.empty() && m_pools.empty(); }
    /// Marks the semantic element `id` as holding a token (the most active state wins when
    /// several tokens share it).
    void addToken(const std::string &id, TokenState state);
    /// The flows the last step took, in order (sequence and message flows).
    void setFlows(std::vector<std::string> ids) { m_flows = std::move(ids); }
    void addReachedPool(const std::string &id) { m_pools.push_back(id); }
    /// How far the last step's dot has travelled along its flows (0..1; 1 draws the tokens).
    void setProgress(qreal progress) { m_progress = progress; }
    qreal progress() const { return m_progress; }

    /// The shapes of `scene` holding a token now, by DI element, with the token's state.
    QHash<NodeId, TokenState> tokenItems(const DiagramScene &scene) const;
    /// The edges of `scene` of the flows the last step took.
    QList<NodeId> flowItems(const DiagramScene &scene) const;
    /// Draws the marks of the items of `scene` that touch `exposed` (scene coordinates).
    void paint(QPainter *painter, const DiagramScene &scene, const QRectF &exposed) const;

    static QColor colour(TokenState state);

private:
    std::map<std::string, TokenState, std::less<>> m_tokens;
    std::vector<std::string> m_flows;
    std::vector<std::string> m_pools;
    qreal m_progress = 1;
};

} // namespace amtsweg
