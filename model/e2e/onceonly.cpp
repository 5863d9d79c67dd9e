// Once-only candidates: data the citizen (or company) is asked for that a register in the
// model already holds. What the citizen provides: message flows from a citizen-side pool to
// another pool (their name, message name and the FIM schema ids in their data standard) and
// data objects a citizen-side step writes. What a register holds: data store references of
// kind register (their name is the register's, so only their data standard counts, plus the
// data associations touching them) and everything sent from a pool of kind register.
// Matched by FIM data schema id (S followed by digits), else by name: equal, or one name
// containing the other as whole words (at least five characters).
#include "e2e/e2eparts.h"

#include "bpmn/elements.h"

#include <QRegularExpression>

#include <set>

namespace amtsweg::e2e {
namespace {

struct DataItem
{
    QString text;   ///< as written, for the report
    QString key;    ///< schema id, or the normalised name
    bool isSchemaId = false;
    NodeId element = kNoNode;
};

QString normalised(const QString &name)
{
    QString s = name.toLower();
    for (QChar &c : s)
        if (!c.isLetterOrNumber())
            c = QLatin1Char(' ');
    return s.simplified();
}

void addSchemaIds(std::vector<DataItem> &items, const QString &dataStandard, NodeId element)
{
    static const QRegularExpression schemaId(QStringLiteral("\\bS\\d{4,}\\b"));
    auto it = schemaId.globalMatch(dataStandard);
    while (it.hasNext()) {
        const QString id = it.next().captured();
        items.push_back({id, id, true, element});
    }
}

void addName(std::vector<DataItem> &items, const QString &name, NodeId element)
{
    const QString key = normalised(name);
    if (!key.isEmpty())
        items.push_back({name.simplified(), key, false, element});
}

bool namesMatch(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const QString &shorter = a.size() < b.size() ? a : b;
    const QString &longer = a.size() < b.size() ? b : a;
    if (shorter.size() < 5)
        return false;
    return (QLatin1Char(' ') + longer + QLatin1Char(' '))
        .contains(QLatin1Char(' ') + shorter + QLatin1Char(' '));
}

class OnceOnlyFinder
{
public:
    explicit OnceOnlyFinder(const E2eGraph &graph)
        : g(graph), t(graph.tree())
    {
    }

    std::vector<OnceOnlyCandidate> run()
    {
        collectHoldings();
        collectRequests();
        std::vector<OnceOnlyCandidate> result;
        std::set<std::pair<NodeId, NodeId>> seen;
        for (const auto &[request, registerNode] : m_requests)
            for (const auto &[held, holder] : m_holdings) {
                if (request.isSchemaId != held.isSchemaId)
                    continue;
                const bool match = request.isSchemaId ? request.key == held.key
                                                      : namesMatch(request.key, held.key);
                if (!match || !seen.insert({request.element, holder}).second)
                    continue;
                // Name the data by the shorter name: what the two have in common.
                const QString &data = !request.isSchemaId && held.text.size() < request.text.size()
                                          ? held.text
                                          : request.text;
                result.push_back({request.element, holder, data, request.isSchemaId});
            }
        return result;
    }

private:
    QString messageName(NodeId flow) const
    {
        const NodeId message = t.resolveRef(t.attr(flow, t.known().messageRef));
        return message == kNoNode ? QString() : nameOf(message);
    }

    QString nameOf(NodeId n) const
    {
        const auto v = bpmn::name(t, n);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    }

    /// Name, message name and schema ids of a transfer, as data items.
    std::vector<DataItem> itemsOf(NodeId transfer, bool withNames) const
    {
        std::vector<DataItem> items;
        addSchemaIds(items, dataStandard(t, transfer), transfer);
        if (withNames) {
            addName(items, nameOf(transfer), transfer);
            if (bpmn::isMessageFlow(t, transfer))
                addName(items, messageName(transfer), transfer);
        }
        return items;
    }

    void hold(const std::vector<DataItem> &items, NodeId holder)
    {
        for (const DataItem &item : items)
            m_holdings.push_back({item, holder});
    }

    void collectHoldings()
    {
        for (NodeId store : g.dataStores()) {
            if (dataStoreKind(t, store) != DataStoreKind::Register)
                continue;
            std::vector<DataItem> items;
            addSchemaIds(items, dataStandard(t, store), store);
            hold(items, store);
            for (std::size_t i : g.transfersFrom(store))
                hold(itemsOf(g.transfers()[i].element, true), store);
            for (std::size_t i : g.transfersTo(store))
                hold(itemsOf(g.transfers()[i].element, true), store);
        }
        for (const Transfer &transfer : g.transfers()) {
            const NodeId pool = g.poolOf(transfer.source);
            if (transfer.isMessageFlow && participantKind(t, pool) == ParticipantKind::Register)
                hold(itemsOf(transfer.element, true), pool);
        }
    }

    void collectRequests()
    {
        for (const Transfer &transfer : g.transfers()) {
            const NodeId from = g.poolOf(transfer.source), to = g.poolOf(transfer.target);
            if (!isCitizenSide(participantKind(t, from)))
                continue;
            if (transfer.isMessageFlow && to != from
                && !isCitizenSide(participantKind(t, to))) {
                for (const DataItem &item : itemsOf(transfer.element, true))
                    m_requests.push_back({item, kNoNode});
            } else if (!transfer.isMessageFlow
                       && bpmn::isDataObjectReference(t, transfer.target)) {
                std::vector<DataItem> items;
                addSchemaIds(items, dataStandard(t, transfer.target), transfer.target);
                addName(items, nameOf(transfer.target), transfer.target);
                for (const DataItem &item : items)
                    m_requests.push_back({item, kNoNode});
            }
        }
    }

    const E2eGraph &g;
    const ModelTree &t;
    std::vector<std::pair<DataItem, NodeId>> m_requests, m_holdings;
};

} // namespace

bool isCitizenSide(ParticipantKind kind)
{
    return kind == ParticipantKind::Citizen || kind == ParticipantKind::Company;
}

std::vector<OnceOnlyCandidate> findOnceOnly(const E2eGraph &graph)
{
    return OnceOnlyFinder(graph).run();
}

} // namespace amtsweg::e2e
