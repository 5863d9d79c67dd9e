// libFuzzer target for the XProzess 2.0 reader (model/xprozess/xprozessreader.h), including the
// base64 + ZIP path of the embedded files and the foreign content Amtsweg keeps.
//
// For every input: XProzessReader::readBytes must return (no crash, hang, leak or sanitizer
// report). Each process it yields is exported again with XProzessWriter, and that message must
// read again with as many processes (the writer's output is always a readable message).
//
// Run: make fuzz (FUZZ_SECONDS per target), or by hand:
//   build-fuzz/bin/fuzz_xprozessreader -dict=tests/fuzz/xprozess.dict build-fuzz/corpus-xprozess

#include "xprozess/xprozessreader.h"
#include "xprozess/xprozesswriter.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void silentMessageHandler(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Qt warnings are expected for broken input; only fatal ones matter.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

[[noreturn]] void fail(const char *what, const QByteArray &output,
                       const amtsweg::Diagnostics &diagnostics)
{
    std::fprintf(stderr, "fuzz_xprozessreader: %s\n", what);
    for (const amtsweg::Diagnostic &d : diagnostics)
        std::fprintf(stderr, "  %s\n", qPrintable(d.toString()));
    std::fprintf(stderr, "--- writer output (%lld bytes) ---\n%.*s\n---\n",
                 static_cast<long long>(output.size()),
                 static_cast<int>(qMin<qsizetype>(output.size(), 4000)), output.constData());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    qInstallMessageHandler(silentMessageHandler);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace amtsweg::xprozess;
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    XProzessReader::isXProzess(input);
    const XProzessReadResult read = XProzessReader::readBytes(input, QStringLiteral("fuzz.xml"));
    if (!read.ok())
        return 0;

    std::vector<ExportModel> models;
    for (const ImportedProcess &p : read.processes)
        models.push_back({p.tree.get(), {}});
    QString error;
    const QByteArray written = XProzessWriter::write(models, Message::AlleInhalte, &error);
    if (written.isEmpty())
        return 0; // e.g. an Anlage too large to zip again: the writer says so in `error`
    const XProzessReadResult again = XProzessReader::readBytes(written, QStringLiteral("fuzz-out.xml"));
    if (again.processes.size() != read.processes.size())
        fail("the exported message does not read again", written, again.diagnostics);
    return 0;
}
