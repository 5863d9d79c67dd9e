// TokenWalk (model/simulation/tokenwalk.h): the token game of workshop mode, on the small
// models in tests/data/tokenwalk.

#include "bpmn/elements.h"
#include "simulation/tokenwalk.h"
#include "testpaths.h"
#include "xml/bpmnreader.h"

#include <QtTest/QTest>

#include <memory>

using namespace amtsweg;
using namespace amtsweg::simulation;

namespace {

struct Walk
{
    std::unique_ptr<ModelTree> tree;
    std::unique_ptr<TokenWalk> walk;

    explicit Walk(const QString &file)
    {
        ReadResult r = BpmnReader::readFile(test::testDataDir() + "/tokenwalk/" + file);
        tree = std::move(r.tree);
        if (tree)
            walk = std::make_unique<TokenWalk>(*tree);
    }
    NodeId node(const char *id) const { return tree->byId(id); }
    QString idOf(NodeId n) const { return QString::fromUtf8(tree->id(n)); }
    bool start(const char *id) { return walk->start(node(id)); }

    /// Ids of the tokens' nodes, sorted.
    QStringList at() const
    {
        QStringList ids;
        for (const Token &t : walk->tokens())
            ids << idOf(t.node);
        ids.sort();
        return ids;
    }
    /// Each move as "Kind:ids" (flows for Flow moves, the message flow for Message/Receive,
    /// the target otherwise), in the walker's order.
    QStringList moves() const
    {
        QStringList out;
        for (const Move &m : walk->moves()) {
            QStringList ids;
            for (NodeId f : m.flows)
                ids << idOf(f);
            switch (m.kind) {
            case Move::Kind::Flow: out << "Flow:" + ids.join('+'); break;
            case Move::Kind::Message: out << "Message:" + idOf(m.message); break;
            case Move::Kind::Receive: out << "Receive:" + idOf(m.message); break;
            case Move::Kind::Boundary: out << "Boundary:" + idOf(m.target); break;
            case Move::Kind::Enter: out << "Enter:" + idOf(m.target); break;
            }
        }
        return out;
    }
    /// Takes the move that moves() names `name`; false when there is none.
    bool take(const QString &name)
    {
        const QStringList names = moves();
        const qsizetype i = names.indexOf(name);
        return i >= 0 && walk->take(walk->moves()[std::size_t(i)]);
    }
    /// Takes the only move; false when there is not exactly one.
    bool next()
    {
        const std::vector<Move> m = walk->moves();
        return m.size() == 1 && walk->take(m.front());
    }
    QStringList lastFlows() const
    {
        QStringList ids;
        for (NodeId f : walk->lastFlows())
            ids << idOf(f);
        return ids;
    }
};

} // namespace

class TestTokenWalk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startEvents();
    void sequenceAndExclusiveChoice();
    void back();
    void parallelSplitAndJoin();
    void inclusiveChoiceAndJoin();
    void messageFlowsIntoOtherPools();
    void boundaryEventChoice();
    void enterSubProcess();
    void takeRefusesForeignMoves();
};

void TestTokenWalk::startEvents()
{
    Walk w("messages.bpmn");
    QVERIFY(w.tree);
    QStringList ids;
    for (NodeId n : TokenWalk::startEvents(*w.tree))
        ids << w.idOf(n);
    QCOMPARE(ids, QStringList({"CitizenStart", "AuthorityStart"}));
    Walk b("boundary.bpmn");
    QCOMPARE(TokenWalk::startEvents(*b.tree).size(), std::size_t(1)); // SubStart is inside
    QVERIFY(!b.start("Wait"));
    QVERIFY(!b.walk->isActive());
}

void TestTokenWalk::sequenceAndExclusiveChoice()
{
    Walk w("xor.bpmn");
    QVERIFY(w.start("Start"));
    QCOMPARE(w.at(), QStringList{"Start"});
    QVERIFY(w.walk->lastFlows().empty());
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList{"Check"});
    QCOMPARE(w.lastFlows(), QStringList{"F1"});
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList{"Complete"});
    QCOMPARE(w.moves(), QStringList({"Flow:Yes", "Flow:No"}));
    const std::vector<Move> choices = w.walk->moves();
    QCOMPARE(w.walk->describe(choices[0]), QStringLiteral("ja \u2192 Bewilligen"));
    QCOMPARE(w.walk->describe(choices[1]), QStringLiteral("nein \u2192 Unterlagen nachfordern"));
    QVERIFY(!w.next()); // two ways: no plain "next"
    QVERIFY(w.take("Flow:No"));
    QCOMPARE(w.at(), QStringList{"Request"});
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList{"EndRequested"});
    QVERIFY(w.moves().isEmpty());
    QVERIFY(w.walk->isEnded(0));
    QVERIFY(w.walk->isFinished());
}

void TestTokenWalk::back()
{
    Walk w("xor.bpmn");
    QVERIFY(w.start("Start"));
    QVERIFY(!w.walk->canGoBack());
    QVERIFY(w.next());
    QVERIFY(w.next());
    QVERIFY(w.take("Flow:Yes"));
    QCOMPARE(w.at(), QStringList{"Approve"});
    w.walk->back();
    QCOMPARE(w.at(), QStringList{"Complete"});
    QCOMPARE(w.lastFlows(), QStringList{"F2"});
    QVERIFY(w.take("Flow:No"));
    QCOMPARE(w.at(), QStringList{"Request"});
    w.walk->restart();
    QCOMPARE(w.at(), QStringList{"Start"});
    QVERIFY(!w.walk->canGoBack());
    w.walk->stop();
    QVERIFY(!w.walk->isActive());
    QVERIFY(w.walk->tokens().empty());
}

void TestTokenWalk::parallelSplitAndJoin()
{
    Walk w("parallel.bpmn");
    QVERIFY(w.start("Start"));
    QVERIFY(w.next());
    QCOMPARE(w.moves(), QStringList{"Flow:ToA+ToB"});
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList({"A", "B1"}));
    QCOMPARE(w.lastFlows(), QStringList({"ToA", "ToB"}));
    QVERIFY(w.take("Flow:AJoin"));
    QCOMPARE(w.at(), QStringList({"B1", "Join"}));
    // The join waits for the other path: only B1 can move.
    QCOMPARE(w.moves(), QStringList{"Flow:B1B2"});
    const auto joinIndex = std::size_t(w.walk->tokens()[0].node == w.node("Join") ? 0 : 1);
    QVERIFY(w.walk->isWaiting(joinIndex));
    QVERIFY(!w.walk->isEnded(joinIndex));
    QVERIFY(w.next());
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList({"Join", "Join"}));
    QCOMPARE(w.moves(), QStringList{"Flow:F2"}); // one move for both tokens
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList{"After"});
    QVERIFY(w.next());
    QVERIFY(w.walk->isFinished());
}

void TestTokenWalk::inclusiveChoiceAndJoin()
{
    Walk w("inclusive.bpmn");
    QVERIFY(w.start("Start"));
    QVERIFY(w.next());
    QCOMPARE(w.moves(), QStringList({"Flow:ToX", "Flow:ToY", "Flow:ToZ", "Flow:ToX+ToY",
                                     "Flow:ToX+ToZ", "Flow:ToY+ToZ", "Flow:ToX+ToY+ToZ"}));
    QCOMPARE(w.walk->describe(w.walk->moves()[3]),
             QStringLiteral("Einkommen \u2192 Einkommen prüfen + Miete \u2192 Miete prüfen"));
    QVERIFY(w.take("Flow:ToX+ToZ"));
    QCOMPARE(w.at(), QStringList({"X", "Z"}));
    QVERIFY(w.take("Flow:XJoin"));
    // Z can still reach the join: it waits.
    QCOMPARE(w.moves(), QStringList{"Flow:ZJoin"});
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList({"Join", "Join"}));
    QCOMPARE(w.moves(), QStringList{"Flow:F2"});
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList{"End"});
    QVERIFY(w.walk->isFinished());

    // One way only: the join goes on at once.
    w.walk->restart();
    QVERIFY(w.next());
    QVERIFY(w.take("Flow:ToY"));
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList{"Join"});
    QCOMPARE(w.moves(), QStringList{"Flow:F2"});
}

void TestTokenWalk::messageFlowsIntoOtherPools()
{
    Walk w("messages.bpmn");
    QVERIFY(w.start("CitizenStart"));
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList{"Send"});
    // The send task sends first; then the citizen goes on.
    QCOMPARE(w.moves(), QStringList{"Message:Application"});
    QCOMPARE(w.walk->describe(w.walk->moves()[0]),
             QStringLiteral("Send \u201cAntrag\u201d to Antrag eingegangen (Behörde)"));
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList({"AuthorityStart", "Send"}));
    QCOMPARE(w.lastFlows(), QStringList{"Application"});
    QCOMPARE(w.moves(), QStringList({"Flow:C2", "Flow:A1"}));
    QVERIFY(w.take("Flow:C2"));
    // The receive task waits for its message from the authority.
    QCOMPARE(w.moves(), QStringList{"Flow:A1"});
    QVERIFY(w.next());
    // Into the black-box register: marked as reached, the sender goes on.
    QCOMPARE(w.moves(), QStringList{"Message:Query"});
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList({"Ask", "Receive"}));
    QCOMPARE(w.walk->reachedPools(), std::vector<NodeId>{w.node("Register")});
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList({"GetAnswer", "Receive"}));
    // The register is a black box: its answer is taken at the catching event.
    QCOMPARE(w.moves(), QStringList{"Receive:Answer"});
    QVERIFY(w.next());
    QCOMPARE(w.lastFlows(), QStringList{"Answer"});
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList({"Notify", "Receive"}));
    // The message end event sends the decision, which wakes the waiting receive task.
    QCOMPARE(w.moves(), QStringList{"Message:Decision"});
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList({"Notify", "Receive"}));
    QCOMPARE(w.moves(), QStringList{"Flow:C3"});
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList({"CitizenEnd", "Notify"}));
    QVERIFY(w.walk->isFinished());
}

void TestTokenWalk::boundaryEventChoice()
{
    Walk w("boundary.bpmn");
    w.walk->setEnterSubProcesses(false);
    QVERIFY(w.start("Start"));
    QVERIFY(w.next());
    QCOMPARE(w.moves(), QStringList({"Flow:F2", "Boundary:Deadline", "Boundary:Reminder"}));
    QCOMPARE(w.walk->describe(w.walk->moves()[1]), QStringLiteral("Event: Frist abgelaufen"));
    // Non-interrupting: the task keeps its token.
    QVERIFY(w.take("Boundary:Reminder"));
    QCOMPARE(w.at(), QStringList({"Reminder", "Wait"}));
    // Interrupting: the task's token is gone.
    QVERIFY(w.take("Boundary:Deadline"));
    QCOMPARE(w.at(), QStringList({"Deadline", "Reminder"}));
    QVERIFY(w.take("Flow:Late"));
    QCOMPARE(w.at(), QStringList({"EndLate", "Reminder"}));
    w.walk->back();
    w.walk->back();
    QCOMPARE(w.at(), QStringList({"Reminder", "Wait"}));
    // Stepping over the sub-process (entering is off).
    QVERIFY(w.take("Flow:F2"));
    QCOMPARE(w.at(), QStringList({"Reminder", "Sub"}));
    QVERIFY(!w.moves().contains("Enter:SubStart"));
    QVERIFY(w.take("Flow:F3"));
    QCOMPARE(w.at(), QStringList({"End", "Reminder"}));
}

void TestTokenWalk::enterSubProcess()
{
    Walk w("boundary.bpmn");
    QVERIFY(w.start("Start"));
    QVERIFY(w.take("Flow:F1"));
    QVERIFY(w.take("Flow:F2"));
    QCOMPARE(w.moves(), QStringList({"Flow:F3", "Enter:SubStart"}));
    QVERIFY(w.take("Enter:SubStart"));
    QCOMPARE(w.at(), QStringList({"Sub", "SubStart"}));
    // The sub-process waits for its inside.
    QCOMPARE(w.moves(), QStringList{"Flow:S1"});
    QVERIFY(w.next());
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList({"Sub", "SubEnd"}));
    QCOMPARE(w.moves(), QStringList{"Flow:F3"});
    QVERIFY(w.next());
    QCOMPARE(w.at(), QStringList{"End"}); // the ended inner token went with it
}

void TestTokenWalk::takeRefusesForeignMoves()
{
    Walk w("xor.bpmn");
    QVERIFY(w.start("Start"));
    Move bogus{Move::Kind::Flow, 0, {w.node("Yes")}, kNoNode, w.node("Approve")};
    QVERIFY(!w.walk->take(bogus));
    QCOMPARE(w.at(), QStringList{"Start"});
    QVERIFY(!w.walk->canGoBack());
}

QTEST_GUILESS_MAIN(TestTokenWalk)
#include "tst_tokenwalk.moc"
