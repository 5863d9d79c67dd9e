// bench_repository: the process repository against plain files (README "Speed", issue 4).
//
//   save_version/5000   ProcessRepository::saveVersion (writer + search text + one transaction
//                       with fsync) of the generated 5,000-flow-node model, one element renamed
//                       before each save (an edit: the XML and one element's search row change)
//   save_version_same/5000  the same without any change (e.g. a save after moving shapes
//                       leaves the search text as it was)
//   save_part/...       the CPU parts of a save: xml (BpmnWriter), pack (compression),
//                       search_text (RepositorySearch::extract)
//   write_file/5000     BpmnWriter::writeFile of the same tree (atomic temporary file + rename)
//   open_version/5000   ProcessRepository::openVersion (blob + BpmnReader)
//   read_file/5000      BpmnReader::readFile of the same model as a file Amtsweg wrote (the
//                       bytes a stored version holds; the generator's file has no indentation)
//   search/1000         ProcessRepository::search over 1,000 models (a word in every model, at
//                       most 50 hits, and a word of one model only)
// Counters: bytes_per_version (growth of the repository per saved version), xml_bytes,
// wal_bytes_per_save (what a save appends to the write-ahead log: the pages it writes and
// syncs; checkpoints move them into the file later).
//
//   bench_repository [--nodes=5000] [--data-dir=DIR] [Google Benchmark flags]
// The model comes from ${AMTSWEG_SHARED_DIR}/tools/gen-large-bpmn.py (into DIR, default
// <build>/bench); without the shared folder the program prints "skipped" and exits 0.

#include "repository/processrepository.h"
#include "repository/repositorysearch.h"
#include "repository/versionblob.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

using namespace amtsweg;

struct Fixture
{
    QString modelFile;
    QString writtenFile; ///< the model as BpmnWriter writes it: what a version stores
    QString samplesFile;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<ProcessRepository> repo;
    std::unique_ptr<ModelTree> tree;
    ModelId model = 0;
    NodeId renamed = kNoNode; ///< the element save_version renames before each save
};

Fixture g;

qint64 repositoryBytes()
{
    return g.repo->sqliteDatabase()->queryInteger("PRAGMA page_count") *
           g.repo->sqliteDatabase()->queryInteger("PRAGMA page_size");
}

/// Size of the write-ahead log (0 when absent).
qint64 walBytes()
{
    return QFileInfo(g.repo->location() + QStringLiteral("-wal")).size();
}

void benchSaveVersion(benchmark::State &state, bool edit)
{
    // Start with an empty log, so that its size after the first save is what one save writes
    // and syncs.
    g.repo->sqliteDatabase()->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const qint64 before = repositoryBytes();
    int edits = 0;
    qint64 saves = 0;
    for (auto _ : state) {
        if (edit) {
            const std::string name = "Antrag bearbeitet " + std::to_string(++edits);
            g.tree->setAttribute(g.renamed, g.tree->known().name, name);
        }
        const auto saved =
            g.repo->saveVersion(g.model, kAnyVersion, *g.tree, QStringLiteral("bench"));
        if (!saved.ok()) {
            state.SkipWithError(qPrintable(saved.message()));
            return;
        }
        if (++saves == 1)
            state.counters["wal_bytes_per_save"] = double(walBytes());
    }
    state.counters["bytes_per_version"] =
        double(repositoryBytes() - before) / double(state.iterations());
    state.counters["xml_bytes"] = double(g.repo->versionXml(g.model).value.size());
}

// The parts of a save, to see where its time goes (CPU only, no database).
void benchSaveXml(benchmark::State &state)
{
    for (auto _ : state) // what saveVersion() calls
        benchmark::DoNotOptimize(BpmnWriter::writeString(*g.tree));
}

void benchSavePack(benchmark::State &state)
{
    const QByteArray xml = BpmnWriter::write(*g.tree);
    for (auto _ : state)
        benchmark::DoNotOptimize(versionblob::pack(xml));
}

void benchSaveSearchText(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(RepositorySearch::extract(*g.tree));
}

void benchWriteFile(benchmark::State &state)
{
    const QString out = g.dir->filePath(QStringLiteral("written.bpmn"));
    for (auto _ : state) {
        QString error;
        if (!BpmnWriter::writeFile(*g.tree, out, &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
    }
}

void benchOpenVersion(benchmark::State &state)
{
    for (auto _ : state) {
        auto tree = g.repo->openVersion(g.model, 1);
        benchmark::DoNotOptimize(tree.value.get());
    }
}

void benchReadFile(benchmark::State &state)
{
    for (auto _ : state) {
        ReadResult read = BpmnReader::readFile(g.writtenFile);
        benchmark::DoNotOptimize(read.tree.get());
    }
}

void benchSearch(benchmark::State &state, const QString &text, std::size_t expected)
{
    for (auto _ : state) {
        const auto hits = g.repo->search(text);
        if (hits.value.size() != expected) {
            state.SkipWithError("unexpected number of hits");
            return;
        }
    }
}

/// 1,000 models of the sample process with their own names, for the search.
bool fillSearchModels(int count)
{
    ReadResult sample = BpmnReader::readFile(g.samplesFile);
    if (!sample.ok())
        return false;
    g.repo->sqliteDatabase()->exec("PRAGMA synchronous=OFF"); // filling only; measured saves use FULL
    for (int i = 0; i < count; ++i) {
        NewModel m;
        m.name = QStringLiteral("Verfahren %1").arg(i);
        m.description = QStringLiteral("Kennung K%1X").arg(i);
        if (!g.repo->createModel(m, *sample.tree).ok())
            return false;
    }
    g.repo->sqliteDatabase()->exec("PRAGMA synchronous=FULL");
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    int nodes = 5000;
    std::string dataDir = AMTSWEG_BENCH_DATA_DIR;
    std::string sharedDir = AMTSWEG_SHARED_DIR;
    std::vector<char *> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg.starts_with("--nodes="))
            nodes = std::atoi(argv[i] + 8);
        else if (arg.starts_with("--data-dir="))
            dataDir = std::string(arg.substr(11));
        else
            rest.push_back(argv[i]);
    }
    int restCount = int(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    if (benchmark::ReportUnrecognizedArguments(restCount, rest.data()))
        return 64;

    const QString generator = QString::fromStdString(sharedDir) + "/tools/gen-large-bpmn.py";
    if (!QFile::exists(generator)) {
        std::printf("bench_repository: %s not found (shared folder absent): skipped\n",
                    qPrintable(generator));
        return 0;
    }
    QDir().mkpath(QString::fromStdString(dataDir));
    g.modelFile =
        QStringLiteral("%1/large-%2.bpmn").arg(QString::fromStdString(dataDir)).arg(nodes);
    if (!QFile::exists(g.modelFile)) {
        const QByteArray cmd = QStringLiteral("python3 '%1' %2 '%3'")
                                   .arg(generator)
                                   .arg(nodes)
                                   .arg(g.modelFile)
                                   .toLocal8Bit();
        if (std::system(cmd.constData()) != 0)
            return 1;
    }
    g.samplesFile = QStringLiteral(AMTSWEG_TEST_DATA "/wohngeld/wohngeld-antrag.bpmn");
    g.dir = std::make_unique<QTemporaryDir>(QString::fromStdString(dataDir) + "/repo-XXXXXX");
    auto repo = ProcessRepository::open(g.dir->filePath(QStringLiteral("bench.amtsweg")));
    ReadResult read = BpmnReader::readFile(g.modelFile);
    if (!repo.ok() || !read.ok())
        return 1;
    g.repo = std::move(repo.value);
    g.tree = std::move(read.tree);
    NewModel large;
    large.name = QStringLiteral("large");
    const auto created = g.repo->createModel(large, *g.tree);
    if (!created.ok() || !fillSearchModels(1000))
        return 1;
    g.model = created.value.id;
    g.writtenFile = g.dir->filePath(QStringLiteral("stored.bpmn"));
    if (!BpmnWriter::writeFile(*g.tree, g.writtenFile, nullptr))
        return 1;
    const NodeId process = g.tree->firstChildElement(g.tree->root(), "process");
    g.renamed = process == kNoNode ? kNoNode : g.tree->firstChildElement(process, "task");
    if (g.renamed == kNoNode)
        return 1;

    const std::string n = std::to_string(nodes);
    benchmark::RegisterBenchmark(("save_version/" + n).c_str(), benchSaveVersion, true)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("save_version_same/" + n).c_str(), benchSaveVersion, false)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("save_part/xml/" + n).c_str(), benchSaveXml)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("save_part/pack/" + n).c_str(), benchSavePack)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("save_part/search_text/" + n).c_str(), benchSaveSearchText)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("write_file/" + n).c_str(), benchWriteFile)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("open_version/" + n).c_str(), benchOpenVersion)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("read_file/" + n).c_str(), benchReadFile)
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("search/1000/common_word", [](benchmark::State &s) {
        benchSearch(s, QStringLiteral("Antrag"), 50);
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("search/1000/one_model", [](benchmark::State &s) {
        benchSearch(s, QStringLiteral("K517X"), 1);
    })->Unit(benchmark::kMillisecond);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g = Fixture{};
    return 0;
}
