// bench_io: reading and writing large BPMN files, next to a bare tinyxml2 parse of the same bytes.
//
// Models of about N flow nodes (default 1,000 / 5,000 / 20,000) come from
// ${AMTSWEG_SHARED_DIR}/tools/gen-large-bpmn.py and are generated into <build>/bench/ when
// missing. Without the shared folder the program prints "skipped" and exits 0.
//
//   bench_io [--sizes=1000,5000] [--data-dir=DIR] [Google Benchmark flags]
//
// Benchmarks per size: tinyxml2_parse, read (BpmnReader::readBytes), write (BpmnWriter::write),
// read_write, check_bpmn (the `bpmn` rule set), analyse_e2e (the end-to-end analysis).
// Counters: bytes_per_second, nodes (tree nodes), flow_nodes (N),
// mem_per_flow_node (ModelTree::memoryUsage() / N), mem_per_node (/ tree nodes) and
// rss_per_flow_node (growth of the process's resident memory while one tree is alive / N).

#include "e2e/e2eanalysis.h"
#include "validation/modelchecker.h"
#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <benchmark/benchmark.h>
#include <tinyxml2.h>

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

struct Model
{
    int flowNodes = 0;
    std::string path;
    QByteArray bytes;
    // Measured once, outside the timed loops.
    double rssGrowth = -1;
    std::size_t treeNodes = 0;
    std::size_t treeMemory = 0;
};

std::map<int, Model> g_models;

bool fileExists(const std::string &path)
{
    struct stat st{};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

std::string shellQuote(const std::string &s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

/// Resident set size of this process in bytes (/proc/self/statm), or -1.
long long residentBytes()
{
    std::ifstream statm("/proc/self/statm");
    long long pages = 0, resident = 0;
    if (!(statm >> pages >> resident))
        return -1;
    return resident * static_cast<long long>(::sysconf(_SC_PAGESIZE));
}

/// Gives freed heap back to the system so that RSS differences show live memory only.
void trimHeap()
{
#if defined(__GLIBC__)
    ::malloc_trim(0);
#endif
}

/// Reads the model once and records what a live tree costs (model's own count and RSS).
void measureMemory(Model &m)
{
    if (m.rssGrowth >= 0)
        return;
    trimHeap();
    const long long before = residentBytes();
    amtsweg::ReadResult r = amtsweg::BpmnReader::readBytes(m.bytes, QString::fromStdString(m.path));
    trimHeap();
    const long long after = residentBytes();
    if (!r.ok())
        return;
    m.rssGrowth = before >= 0 && after >= 0 ? static_cast<double>(after - before) : 0.0;
    m.treeNodes = r.tree->nodeCount();
    m.treeMemory = r.tree->memoryUsage();
}

void setModelCounters(benchmark::State &state, const Model &m)
{
    state.counters["flow_nodes"] = m.flowNodes;
    if (m.treeNodes == 0)
        return;
    state.counters["nodes"] = static_cast<double>(m.treeNodes);
    state.counters["mem_per_flow_node"] = static_cast<double>(m.treeMemory) / m.flowNodes;
    state.counters["mem_per_node"] = static_cast<double>(m.treeMemory) / static_cast<double>(m.treeNodes);
    state.counters["rss_per_flow_node"] = m.rssGrowth / m.flowNodes;
}

void benchTinyxml2Parse(benchmark::State &state, Model *m)
{
    for (auto _ : state) {
        tinyxml2::XMLDocument doc;
        doc.Parse(m->bytes.constData(), static_cast<std::size_t>(m->bytes.size()));
        if (doc.Error()) {
            state.SkipWithError(doc.ErrorStr());
            return;
        }
        benchmark::DoNotOptimize(doc.RootElement());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * m->bytes.size());
    state.counters["flow_nodes"] = m->flowNodes;
}

void benchRead(benchmark::State &state, Model *m)
{
    measureMemory(*m);
    if (m->treeNodes == 0) {
        state.SkipWithError("BpmnReader::readBytes did not return a tree");
        return;
    }
    const QString name = QString::fromStdString(m->path);
    for (auto _ : state) {
        amtsweg::ReadResult r = amtsweg::BpmnReader::readBytes(m->bytes, name);
        benchmark::DoNotOptimize(r.tree.get());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * m->bytes.size());
    setModelCounters(state, *m);
}

void benchWrite(benchmark::State &state, Model *m)
{
    amtsweg::ReadResult r = amtsweg::BpmnReader::readBytes(m->bytes, QString::fromStdString(m->path));
    if (!r.ok()) {
        state.SkipWithError("BpmnReader::readBytes did not return a tree");
        return;
    }
    qsizetype written = 0;
    for (auto _ : state) {
        const QByteArray out = amtsweg::BpmnWriter::write(*r.tree);
        written = out.size();
        benchmark::DoNotOptimize(out.constData());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * written);
    state.counters["flow_nodes"] = m->flowNodes;
    state.counters["output_bytes"] = static_cast<double>(written);
}

void benchReadWrite(benchmark::State &state, Model *m)
{
    const QString name = QString::fromStdString(m->path);
    for (auto _ : state) {
        amtsweg::ReadResult r = amtsweg::BpmnReader::readBytes(m->bytes, name);
        if (!r.ok()) {
            state.SkipWithError("BpmnReader::readBytes did not return a tree");
            return;
        }
        const QByteArray out = amtsweg::BpmnWriter::write(*r.tree);
        benchmark::DoNotOptimize(out.constData());
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * m->bytes.size());
    state.counters["flow_nodes"] = m->flowNodes;
}

/// Runs `work` on a tree read once outside the timed loop.
template <typename Work>
void benchOnTree(benchmark::State &state, Model *m, Work work)
{
    amtsweg::ReadResult r = amtsweg::BpmnReader::readBytes(m->bytes, QString::fromStdString(m->path));
    if (!r.ok()) {
        state.SkipWithError("BpmnReader::readBytes did not return a tree");
        return;
    }
    for (auto _ : state)
        work(*r.tree);
    state.counters["flow_nodes"] = m->flowNodes;
}

void benchCheck(benchmark::State &state, Model *m)
{
    benchOnTree(state, m, [](const amtsweg::ModelTree &tree) {
        const amtsweg::Diagnostics d = amtsweg::validation::checkModel(tree);
        benchmark::DoNotOptimize(d.data());
    });
}

void benchAnalyse(benchmark::State &state, Model *m)
{
    benchOnTree(state, m, [](const amtsweg::ModelTree &tree) {
        const amtsweg::e2e::Analysis a = amtsweg::e2e::analyse(tree);
        benchmark::DoNotOptimize(a.paths.data());
    });
}

std::vector<int> parseSizes(std::string_view list)
{
    std::vector<int> sizes;
    while (!list.empty()) {
        const std::size_t comma = list.find(',');
        const std::string item(list.substr(0, comma));
        if (const int n = std::atoi(item.c_str()); n > 0)
            sizes.push_back(n);
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    }
    return sizes;
}

} // namespace

int main(int argc, char **argv)
{
    std::vector<int> sizes{1000, 5000, 20000};
    std::string dataDir = AMTSWEG_BENCH_DATA_DIR;
    std::string sharedDir = AMTSWEG_SHARED_DIR;
    if (const char *env = std::getenv("AMTSWEG_SHARED_DIR"); env && *env)
        sharedDir = env;

    // Our own flags first; the rest goes to Google Benchmark.
    std::vector<char *> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg(argv[i]);
        if (arg.starts_with("--sizes="))
            sizes = parseSizes(arg.substr(8));
        else if (arg.starts_with("--data-dir="))
            dataDir = std::string(arg.substr(11));
        else
            rest.push_back(argv[i]);
    }
    int restCount = static_cast<int>(rest.size());
    benchmark::Initialize(&restCount, rest.data());
    if (benchmark::ReportUnrecognizedArguments(restCount, rest.data()))
        return 64;

    const std::string generator = sharedDir + "/tools/gen-large-bpmn.py";
    if (!fileExists(generator)) {
        std::printf("bench_io: %s not found (shared folder absent): skipped\n", generator.c_str());
        return 0;
    }
    if (std::system(("mkdir -p " + shellQuote(dataDir)).c_str()) != 0) {
        std::fprintf(stderr, "bench_io: cannot create %s\n", dataDir.c_str());
        return 1;
    }

    for (int n : sizes) {
        Model &m = g_models[n];
        m.flowNodes = n;
        m.path = dataDir + "/large-" + std::to_string(n) + ".bpmn";
        if (!fileExists(m.path)) {
            const std::string cmd = "python3 " + shellQuote(generator) + " " + std::to_string(n) + " "
                                    + shellQuote(m.path);
            if (std::system(cmd.c_str()) != 0 || !fileExists(m.path)) {
                std::fprintf(stderr, "bench_io: generating %s failed\n", m.path.c_str());
                return 1;
            }
        }
        QFile file(QString::fromStdString(m.path));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_io: cannot read %s\n", m.path.c_str());
            return 1;
        }
        m.bytes = file.readAll();
    }

    const auto add = [](const char *what, void (*fn)(benchmark::State &, Model *), Model &m) {
        const std::string name = std::string(what) + "/" + std::to_string(m.flowNodes);
        benchmark::RegisterBenchmark(name.c_str(), fn, &m)->Unit(benchmark::kMillisecond)->UseRealTime();
    };
    for (auto &[n, m] : g_models) {
        add("tinyxml2_parse", benchTinyxml2Parse, m);
        add("read", benchRead, m);
        add("write", benchWrite, m);
        add("read_write", benchReadWrite, m);
        add("check_bpmn", benchCheck, m);
        add("analyse_e2e", benchAnalyse, m);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
