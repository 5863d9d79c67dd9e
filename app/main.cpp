// amtsweg: the command line when the first argument is a command, else the GUI. The GUI and
// image export are loaded from a plugin only when needed (guiloader.h), so commands start
// with QtCore alone.

#include "commandline.h"
#include "guiloader.h"

#include <QCoreApplication>

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>

namespace {

/// A command reads, converts and writes once, then exits. Most of the system time of such a
/// run went to page faults, one per 4 KiB of fresh memory (4,000 for a 5,000-node model, and
/// each is expensive in a virtual machine). So the heap grows once by 64 MiB, marked for
/// transparent huge pages (one fault per 2 MiB; what glibc's glibc.malloc.hugetlb=1 tunable
/// does, which can only be set from the environment), and freed memory is kept for reuse
/// instead of being handed back and faulted in again.
void tuneHeapForOneCommand()
{
    constexpr std::size_t kReserve = 64 << 20;
    constexpr std::uintptr_t kHugePage = 2 << 20;
    mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
    mallopt(M_TOP_PAD, int(kReserve));
    const auto before = reinterpret_cast<std::uintptr_t>(sbrk(0));
    void *volatile block = malloc(kHugePage); // grows the heap by kReserve at once
    free(block);
    const auto after = reinterpret_cast<std::uintptr_t>(sbrk(0));
    const std::uintptr_t start = (before + kHugePage - 1) & ~(kHugePage - 1);
    if (after > start + kHugePage)
        madvise(reinterpret_cast<void *>(start), after - start, MADV_HUGEPAGE);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    amtsweg::setProgramArguments(argc, argv);

    // The same names as the GUI, so that both find the same default repository and settings.
    QCoreApplication::setOrganizationName(QStringLiteral("Amtsweg"));
    QCoreApplication::setApplicationName(QStringLiteral("Amtsweg"));

    if (!amtsweg::isCommandLineInvocation(args))
        return amtsweg::runGui(argc, argv);

    tuneHeapForOneCommand();
    if (amtsweg::commandNeedsGui(args))
        return amtsweg::runCommandLine(args); // the plugin makes its own QGuiApplication
    QCoreApplication app(argc, argv);
    return amtsweg::runCommandLine(args);
}
