#pragma once
// TokenWalk: the token game of "workshop mode", to explain a process to a room. A token starts
// at a start event and moves one step at a time; moves() lists what may happen next and take()
// does one of them, so the presenter chooses at every gateway:
// - along the outgoing sequence flows (several outgoing flows of a task split the token, as
//   BPMN says); exclusive, event-based and complex gateways offer one move per flow, inclusive
//   gateways one per flow and per combination of flows, parallel gateways split into one token
//   per flow; parallel joins wait until every incoming flow has brought a token, inclusive joins
//   until no other token of the process can still reach them;
// - a node that is the source of message flows (send task, message throw or end event) first
//   sends along each of them: the target (catching event, receive task, start event in the
//   other pool) gets a token or wakes the token waiting there; a pool shape (black box) is only
//   marked as reached and the sender goes on;
// - a catching message event or receive task waits for its message (a black-box sender's
//   message can be taken directly);
// - an activity with boundary events also offers each of them; a sub-process with a start
//   event inside can be entered (optional) or stepped over;
// - at an end event the token ends (a terminate end event ends its process's other tokens).
// Every step can be taken back (back(), restart()). The walker only reads the tree.

#include "bpmn/modeltree.h"

#include <QString>

#include <vector>

namespace amtsweg::simulation {

struct Token
{
    NodeId node = kNoNode;     ///< the flow node the token is at
    NodeId via = kNoNode;      ///< the sequence or message flow it came by (kNoNode: started)
    std::vector<NodeId> sent;  ///< message flows already sent from this node
    bool received = false;     ///< its message arrived (a catching event may go on)
    bool entered = false;      ///< a sub-process whose inside was entered

    bool operator==(const Token &) const = default;
};

struct Move
{
    enum class Kind {
        Flow,     ///< along `flows` (several: inclusive choice or split; a join merges first)
        Message,  ///< sends along the message flow `message`
        Receive,  ///< takes the message of a black-box pool (`message`) at a waiting token
        Boundary, ///< the boundary event `target` of the activity occurs
        Enter,    ///< into the sub-process: a token at its start event `target`
    };
    Kind kind = Kind::Flow;
    std::size_t token = 0;      ///< index into TokenWalk::tokens() of the moving token
    std::vector<NodeId> flows;  ///< sequence flows taken (Kind::Flow)
    NodeId message = kNoNode;   ///< message flow (Kind::Message, Kind::Receive)
    NodeId target = kNoNode;    ///< what the move reaches first

    bool operator==(const Move &) const = default;
};

class TokenWalk
{
public:
    explicit TokenWalk(const ModelTree &tree);

    /// Start events of the top-level processes (not inside sub-processes), in document order.
    static std::vector<NodeId> startEvents(const ModelTree &tree);

    /// Starts a new walk with one token at `startEvent` (false when it is no start event).
    bool start(NodeId startEvent);
    void stop();
    bool isActive() const { return !m_history.empty(); }
    /// Offer Kind::Enter moves into sub-processes (off: sub-processes are stepped over).
    void setEnterSubProcesses(bool on) { m_enterSubProcesses = on; }

    const std::vector<Token> &tokens() const;
    /// What may happen next, grouped by token in token order.
    std::vector<Move> moves() const;
    /// Does one of moves(); false (and nothing changes) when it is not among them.
    bool take(const Move &move);
    bool canGoBack() const { return m_history.size() > 1; }
    void back();
    /// Back to the start of the walk.
    void restart();

    /// Sequence and message flows the last step took (empty at the start).
    const std::vector<NodeId> &lastFlows() const;
    /// Black-box pools a message reached so far.
    const std::vector<NodeId> &reachedPools() const;
    /// The moves of one token (tokens()[index]).
    std::vector<Move> movesOf(std::size_t index) const;
    /// True when the token waits: for a message, for the other paths of a join, or for the
    /// tokens inside its sub-process.
    bool isWaiting(std::size_t index) const;
    /// True when the token has ended: no moves and not waiting (an end event, or a node
    /// without outgoing flow).
    bool isEnded(std::size_t index) const;
    /// Active, and every token has ended.
    bool isFinished() const;

    /// How to name a move for a choice: the flow's label, else the target's name (with the
    /// kind of move), e.g. "Yes", "Send 'Antrag' to Behörde", "Timer 'Frist abgelaufen'".
    QString describe(const Move &move) const;
    /// The element's name, else its id.
    QString displayName(NodeId n) const;

private:
    struct State
    {
        std::vector<Token> tokens;
        std::vector<NodeId> lastFlows;
        std::vector<NodeId> reachedPools;
    };
    const State &state() const { return m_history.back(); }

    void gatewayMoves(std::size_t index, std::vector<Move> &out) const;
    bool isFirstAt(std::size_t index) const;
    bool joinReady(std::size_t index) const;
    bool canReach(NodeId from, NodeId to) const;
    bool hasTokensInside(const Token &token) const;
    void arrive(State &s, Token token) const;
    void deliver(State &s, NodeId messageFlow) const;
    void removeTokensInside(State &s, NodeId container) const;

    const ModelTree &m_tree;
    std::vector<State> m_history; ///< the start state first, the current state last
    bool m_enterSubProcesses = true;
};

} // namespace amtsweg::simulation
