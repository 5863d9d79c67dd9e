// amtsweg: the command line when the first argument is a command, else the GUI. The GUI and
// image export are loaded from a plugin only when needed (guiloader.h), so commands start
// with QtCore alone.

#include "commandline.h"
#include "guiloader.h"

#include <QCoreApplication>

#include <malloc.h>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    amtsweg::setProgramArguments(argc, argv);

    if (!amtsweg::isCommandLineInvocation(args))
        return amtsweg::runGui(argc, argv);

    // A command reads, converts and writes once, then exits: keep freed memory for reuse
    // instead of handing it back and faulting it in again.
    mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);
    if (amtsweg::commandNeedsGui(args))
        return amtsweg::runCommandLine(args); // the plugin makes its own QGuiApplication
    QCoreApplication app(argc, argv);
    return amtsweg::runCommandLine(args);
}
