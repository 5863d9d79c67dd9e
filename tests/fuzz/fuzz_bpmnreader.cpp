// libFuzzer target for the BPMN reader and writer.
//
// For every input: BpmnReader::readBytes must return (no crash, no hang, no sanitizer report).
// When it yields a tree, BpmnWriter::write must give the same bytes twice (deterministic
// output) and those bytes must read again. With AMTSWEG_FUZZ_STRICT=1 in the environment the
// round trip must also be a fixed point: writing the re-read tree gives the same bytes again.
//
// Run: make fuzz (FUZZ_SECONDS=60), or by hand:
//   build-fuzz/bin/fuzz_bpmnreader -dict=tests/fuzz/bpmn.dict build-fuzz/corpus

#include "xml/bpmnreader.h"
#include "xml/bpmnwriter.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

bool g_strict = false;

void silentMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Qt warnings from the reader are expected for broken input; only fatal ones matter.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

[[noreturn]] void fail(const char *what, const QByteArray &output, const amtsweg::Diagnostics &diagnostics)
{
    std::fprintf(stderr, "fuzz_bpmnreader: %s\n", what);
    for (const amtsweg::Diagnostic &d : diagnostics)
        std::fprintf(stderr, "  %s\n", qPrintable(d.toString()));
    std::fprintf(stderr, "--- writer output (%lld bytes) ---\n%.*s\n---\n",
                 static_cast<long long>(output.size()), static_cast<int>(qMin<qsizetype>(output.size(), 4000)),
                 output.constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(silentMessageHandler);
    const char *strict = std::getenv("AMTSWEG_FUZZ_STRICT");
    g_strict = strict && *strict && *strict != '0';
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // A copy: QByteArray guarantees a terminating NUL, which the reader may rely on.
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    amtsweg::ReadResult first = amtsweg::BpmnReader::readBytes(input, QStringLiteral("fuzz.bpmn"));
    if (!first.ok())
        return 0;

    const QByteArray written = amtsweg::BpmnWriter::write(*first.tree);
    if (amtsweg::BpmnWriter::write(*first.tree) != written)
        fail("writing the same tree twice gave different bytes", written, first.diagnostics);

    amtsweg::ReadResult second = amtsweg::BpmnReader::readBytes(written, QStringLiteral("fuzz-out.bpmn"));
    if (!second.ok())
        fail("the writer's output does not read again", written, second.diagnostics);

    if (g_strict && amtsweg::BpmnWriter::write(*second.tree) != written)
        fail("read(write(tree)) writes different bytes", written, second.diagnostics);
    return 0;
}
