#include "simulation/tokenwalk.h"

#include "bpmn/elements.h"

#include <QCoreApplication>

#include <algorithm>

namespace amtsweg::simulation {
namespace {

QString tx(const char *text)
{
    return QCoreApplication::translate("amtsweg::simulation", text);
}

bool contains(const std::vector<NodeId> &list, NodeId n)
{
    return std::find(list.begin(), list.end(), n) != list.end();
}

/// Message flows of every collaboration with `end` as their source (`fromEnd`) or target.
std::vector<NodeId> messageFlowsAt(const ModelTree &tree, NodeId end, bool fromEnd)
{
    std::vector<NodeId> result;
    const NodeId root = tree.root();
    if (root == kNoNode)
        return result;
    for (NodeId c = tree.firstChildElement(root, "collaboration"); c != kNoNode;
         c = tree.nextSiblingElement(c, "collaboration"))
        for (NodeId f = tree.firstChildElement(c, "messageFlow"); f != kNoNode;
             f = tree.nextSiblingElement(f, "messageFlow"))
            if ((fromEnd ? bpmn::sourceOf(tree, f) : bpmn::targetOf(tree, f)) == end)
                result.push_back(f);
    return result;
}

bool hasDefinition(const ModelTree &tree, NodeId event, std::string_view definition)
{
    return tree.firstChildElement(event, definition) != kNoNode;
}

/// A catching event or receive task that a message flow points at: it waits for the message.
bool waitsForMessage(const ModelTree &tree, NodeId n)
{
    const std::string_view local = tree.localName(n);
    return (local == "intermediateCatchEvent" || local == "receiveTask") &&
           !messageFlowsAt(tree, n, false).empty();
}

/// A parallel or inclusive gateway with several incoming flows.
bool isJoin(const ModelTree &tree, NodeId n)
{
    return (tree.is(n, "parallelGateway") || tree.is(n, "inclusiveGateway")) &&
           bpmn::incomingFlows(tree, n).size() > 1;
}

bool isInterrupting(const ModelTree &tree, NodeId boundaryEvent)
{
    for (const Attribute &a : tree.attributes(boundaryEvent))
        if (tree.names()[a.name].local == "cancelActivity")
            return a.value != "false";
    return true;
}

NodeId innerStartEvent(const ModelTree &tree, NodeId subProcess)
{
    for (NodeId c = tree.firstChildElement(subProcess); c != kNoNode;
         c = tree.nextSiblingElement(c))
        if (bpmn::isStartEvent(tree, c))
            return c;
    return kNoNode;
}

/// Every non-empty combination of `flows` when there are at most three (singles first, then
/// pairs, then all), else each single flow and all of them.
std::vector<std::vector<NodeId>> combinations(const std::vector<NodeId> &flows)
{
    std::vector<std::vector<NodeId>> result;
    const std::size_t n = flows.size();
    if (n > 3) {
        for (NodeId f : flows)
            result.push_back({f});
        result.push_back(flows);
        return result;
    }
    for (std::size_t size = 1; size <= n; ++size)
        for (unsigned mask = 1; mask < (1u << n); ++mask) {
            if (std::size_t(__builtin_popcount(mask)) != size)
                continue;
            std::vector<NodeId> pick;
            for (std::size_t i = 0; i < n; ++i)
                if (mask & (1u << i))
                    pick.push_back(flows[i]);
            result.push_back(std::move(pick));
        }
    return result;
}

Token tokenAt(NodeId node, NodeId via = kNoNode)
{
    Token token;
    token.node = node;
    token.via = via;
    return token;
}

} // namespace

TokenWalk::TokenWalk(const ModelTree &tree) : m_tree(tree) {}

std::vector<NodeId> TokenWalk::startEvents(const ModelTree &tree)
{
    std::vector<NodeId> result;
    const NodeId root = tree.root();
    if (root == kNoNode)
        return result;
    for (NodeId p = tree.firstChildElement(root, "process"); p != kNoNode;
         p = tree.nextSiblingElement(p, "process"))
        for (NodeId c = tree.firstChildElement(p); c != kNoNode; c = tree.nextSiblingElement(c))
            if (bpmn::isStartEvent(tree, c))
                result.push_back(c);
    return result;
}

bool TokenWalk::start(NodeId startEvent)
{
    if (!m_tree.isValid(startEvent) || !bpmn::isStartEvent(m_tree, startEvent))
        return false;
    m_history.clear();
    m_history.push_back(State{{tokenAt(startEvent)}, {}, {}});
    return true;
}

void TokenWalk::stop()
{
    m_history.clear();
}

const std::vector<Token> &TokenWalk::tokens() const
{
    static const std::vector<Token> none;
    return isActive() ? state().tokens : none;
}

const std::vector<NodeId> &TokenWalk::lastFlows() const
{
    static const std::vector<NodeId> none;
    return isActive() ? state().lastFlows : none;
}

const std::vector<NodeId> &TokenWalk::reachedPools() const
{
    static const std::vector<NodeId> none;
    return isActive() ? state().reachedPools : none;
}

std::vector<Move> TokenWalk::moves() const
{
    std::vector<Move> result;
    for (std::size_t i = 0; i < tokens().size(); ++i) {
        std::vector<Move> own = movesOf(i);
        result.insert(result.end(), own.begin(), own.end());
    }
    return result;
}

std::vector<Move> TokenWalk::movesOf(std::size_t index) const
{
    std::vector<Move> out;
    if (index >= tokens().size())
        return out;
    const ModelTree &t = m_tree;
    const Token &token = tokens()[index];
    const NodeId n = token.node;
    if (!t.isAttached(n) || hasTokensInside(token))
        return out;
    if (waitsForMessage(t, n) && !token.received) {
        for (NodeId f : messageFlowsAt(t, n, false))
            if (bpmn::isParticipant(t, bpmn::sourceOf(t, f)))
                out.push_back({Move::Kind::Receive, index, {}, f, n});
        return out;
    }
    for (NodeId f : messageFlowsAt(t, n, true))
        if (!contains(token.sent, f))
            out.push_back({Move::Kind::Message, index, {}, f, bpmn::targetOf(t, f)});
    if (!out.empty() || bpmn::isEndEvent(t, n))
        return out;
    if (bpmn::isGateway(t, n)) {
        gatewayMoves(index, out);
        return out;
    }
    if (const std::vector<NodeId> outgoing = bpmn::outgoingFlows(t, n); !outgoing.empty())
        out.push_back({Move::Kind::Flow, index, outgoing, kNoNode, bpmn::targetOf(t, outgoing[0])});
    if (bpmn::isActivity(t, n))
        for (NodeId b : bpmn::boundaryEvents(t, n))
            out.push_back({Move::Kind::Boundary, index, {}, kNoNode, b});
    if (m_enterSubProcesses && bpmn::isSubProcess(t, n) && !token.entered)
        if (const NodeId inner = innerStartEvent(t, n); inner != kNoNode)
            out.push_back({Move::Kind::Enter, index, {}, kNoNode, inner});
    return out;
}

void TokenWalk::gatewayMoves(std::size_t index, std::vector<Move> &out) const
{
    const ModelTree &t = m_tree;
    const NodeId n = tokens()[index].node;
    const std::vector<NodeId> outgoing = bpmn::outgoingFlows(t, n);
    if (outgoing.empty())
        return;
    if (isJoin(t, n) && (!isFirstAt(index) || !joinReady(index)))
        return;
    auto add = [&](std::vector<NodeId> flows) {
        const NodeId target = bpmn::targetOf(t, flows.front());
        out.push_back({Move::Kind::Flow, index, std::move(flows), kNoNode, target});
    };
    if (t.is(n, "parallelGateway"))
        add(outgoing);
    else if (t.is(n, "inclusiveGateway"))
        for (std::vector<NodeId> &flows : combinations(outgoing))
            add(std::move(flows));
    else // exclusive, event-based, complex: one way
        for (NodeId f : outgoing)
            add({f});
}

bool TokenWalk::isFirstAt(std::size_t index) const
{
    for (std::size_t i = 0; i < index; ++i)
        if (tokens()[i].node == tokens()[index].node)
            return false;
    return true;
}

bool TokenWalk::joinReady(std::size_t index) const
{
    const NodeId n = tokens()[index].node;
    if (m_tree.is(n, "parallelGateway")) {
        for (NodeId in : bpmn::incomingFlows(m_tree, n))
            if (std::none_of(tokens().begin(), tokens().end(),
                             [&](const Token &u) { return u.node == n && u.via == in; }))
                return false;
        return true;
    }
    // Inclusive: no other token of the process can still arrive.
    for (std::size_t i = 0; i < tokens().size(); ++i) {
        const Token &u = tokens()[i];
        if (u.node != n && bpmn::processOf(m_tree, u.node) == bpmn::processOf(m_tree, n) &&
            !isEnded(i) && canReach(u.node, n))
            return false;
    }
    return true;
}

bool TokenWalk::canReach(NodeId from, NodeId to) const
{
    std::vector<NodeId> todo{from}, seen{from};
    while (!todo.empty()) {
        const NodeId n = todo.back();
        todo.pop_back();
        std::vector<NodeId> next;
        for (NodeId f : bpmn::outgoingFlows(m_tree, n))
            next.push_back(bpmn::targetOf(m_tree, f));
        if (bpmn::isActivity(m_tree, n))
            for (NodeId b : bpmn::boundaryEvents(m_tree, n))
                next.push_back(b);
        for (NodeId m : next) {
            if (m == to)
                return true;
            if (m != kNoNode && !contains(seen, m)) {
                seen.push_back(m);
                todo.push_back(m);
            }
        }
    }
    return false;
}

bool TokenWalk::hasTokensInside(const Token &token) const
{
    if (!token.entered)
        return false;
    for (std::size_t i = 0; i < tokens().size(); ++i)
        if (tokens()[i].node != token.node && m_tree.isInside(tokens()[i].node, token.node) &&
            !isEnded(i))
            return true;
    return false;
}

bool TokenWalk::isWaiting(std::size_t index) const
{
    if (index >= tokens().size())
        return false;
    const Token &token = tokens()[index];
    return (waitsForMessage(m_tree, token.node) && !token.received) ||
           isJoin(m_tree, token.node) || hasTokensInside(token);
}

bool TokenWalk::isEnded(std::size_t index) const
{
    return index < tokens().size() && movesOf(index).empty() && !isWaiting(index);
}

bool TokenWalk::isFinished() const
{
    if (!isActive())
        return false;
    for (std::size_t i = 0; i < tokens().size(); ++i)
        if (!isEnded(i))
            return false;
    return true;
}

bool TokenWalk::take(const Move &move)
{
    const std::vector<Move> possible = movesOf(move.token);
    if (std::find(possible.begin(), possible.end(), move) == possible.end())
        return false;
    const ModelTree &t = m_tree;
    State s = state();
    s.lastFlows.clear();
    const Token moving = s.tokens[move.token];
    switch (move.kind) {
    case Move::Kind::Flow: {
        if (moving.entered)
            removeTokensInside(s, moving.node);
        // A join merges every token at it; elsewhere only the moving token leaves.
        if (isJoin(t, moving.node))
            std::erase_if(s.tokens, [&](const Token &u) { return u.node == moving.node; });
        else
            s.tokens.erase(s.tokens.begin() + std::ptrdiff_t(move.token));
        for (NodeId f : move.flows) {
            s.lastFlows.push_back(f);
            arrive(s, tokenAt(bpmn::targetOf(t, f), f));
        }
        break;
    }
    case Move::Kind::Message:
        s.tokens[move.token].sent.push_back(move.message);
        s.lastFlows.push_back(move.message);
        deliver(s, move.message);
        break;
    case Move::Kind::Receive: {
        Token &token = s.tokens[move.token];
        token.received = true;
        token.via = move.message;
        s.lastFlows.push_back(move.message);
        if (const NodeId pool = bpmn::sourceOf(t, move.message); !contains(s.reachedPools, pool))
            s.reachedPools.push_back(pool);
        break;
    }
    case Move::Kind::Boundary:
        if (isInterrupting(t, move.target)) {
            removeTokensInside(s, moving.node);
            std::erase_if(s.tokens, [&](const Token &u) { return u.node == moving.node; });
        }
        arrive(s, tokenAt(move.target));
        break;
    case Move::Kind::Enter:
        s.tokens[move.token].entered = true;
        arrive(s, tokenAt(move.target));
        break;
    }
    m_history.push_back(std::move(s));
    return true;
}

void TokenWalk::arrive(State &s, Token token) const
{
    const ModelTree &t = m_tree;
    const NodeId n = token.node;
    if (n == kNoNode)
        return;
    // The message came first and made a token here: the arriving one joins it.
    if (!token.received && waitsForMessage(t, n))
        for (Token &u : s.tokens)
            if (u.node == n && u.received && bpmn::isMessageFlow(t, u.via)) {
                u.via = token.via;
                return;
            }
    if (bpmn::isEndEvent(t, n) && hasDefinition(t, n, "terminateEventDefinition")) {
        const NodeId process = bpmn::processOf(t, n);
        std::erase_if(s.tokens,
                      [&](const Token &u) { return bpmn::processOf(t, u.node) == process; });
    }
    s.tokens.push_back(std::move(token));
}

void TokenWalk::deliver(State &s, NodeId messageFlow) const
{
    const ModelTree &t = m_tree;
    const NodeId target = bpmn::targetOf(t, messageFlow);
    if (bpmn::isParticipant(t, target)) {
        if (!contains(s.reachedPools, target))
            s.reachedPools.push_back(target);
        return;
    }
    if (!bpmn::isFlowNode(t, target))
        return;
    for (Token &u : s.tokens)
        if (u.node == target && waitsForMessage(t, target) && !u.received) {
            u.received = true;
            u.via = messageFlow;
            return;
        }
    if (bpmn::isBoundaryEvent(t, target) && isInterrupting(t, target)) {
        const NodeId host = t.resolveRef(t.attr(target, t.known().attachedToRef));
        removeTokensInside(s, host);
        std::erase_if(s.tokens, [&](const Token &u) { return u.node == host; });
    }
    Token token = tokenAt(target, messageFlow);
    token.received = true;
    arrive(s, std::move(token));
}

void TokenWalk::removeTokensInside(State &s, NodeId container) const
{
    std::erase_if(s.tokens, [&](const Token &u) {
        return u.node != container && m_tree.isInside(u.node, container);
    });
}

void TokenWalk::back()
{
    if (canGoBack())
        m_history.pop_back();
}

void TokenWalk::restart()
{
    if (isActive())
        m_history.resize(1);
}

QString TokenWalk::displayName(NodeId n) const
{
    if (n == kNoNode || !m_tree.isValid(n))
        return {};
    std::string_view v = bpmn::name(m_tree, n);
    if (v.empty())
        v = m_tree.id(n);
    return QString::fromUtf8(v.data(), qsizetype(v.size())).simplified();
}

QString TokenWalk::describe(const Move &move) const
{
    const ModelTree &t = m_tree;
    switch (move.kind) {
    case Move::Kind::Flow: {
        QStringList parts;
        for (NodeId f : move.flows) {
            // "label → target"; only the label when the target has no name (a gateway).
            const NodeId target = bpmn::targetOf(t, f);
            if (bpmn::name(t, f).empty())
                parts << displayName(target);
            else if (bpmn::name(t, target).empty())
                parts << displayName(f);
            else
                parts << QStringLiteral("%1 \u2192 %2").arg(displayName(f), displayName(target));
        }
        return parts.join(QStringLiteral(" + "));
    }
    case Move::Kind::Message: {
        QString target = displayName(move.target);
        if (const NodeId pool = bpmn::participantOf(t, bpmn::processOf(t, move.target));
            pool != kNoNode)
            target = tx("%1 (%2)").arg(target, displayName(pool));
        return bpmn::name(t, move.message).empty()
                   ? tx("Send a message to %1").arg(target)
                   : tx("Send \u201c%1\u201d to %2").arg(displayName(move.message), target);
    }
    case Move::Kind::Receive:
        return tx("Receive \u201c%1\u201d from %2")
            .arg(displayName(move.message), displayName(bpmn::sourceOf(t, move.message)));
    case Move::Kind::Boundary:
        return tx("Event: %1").arg(displayName(move.target));
    case Move::Kind::Enter:
        return tx("Into the sub-process \u201c%1\u201d").arg(displayName(tokens()[move.token].node));
    }
    return {};
}

} // namespace amtsweg::simulation
