// amtsweg: the GUI, or the command line when the first argument is a command.

#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    if (amtsweg::isCommandLineInvocation(args)) {
        if (amtsweg::commandNeedsGui(args)) {
            // Image export draws with QtGui but needs no display.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            return amtsweg::runCommandLine(args);
        }
        QCoreApplication app(argc, argv);
        return amtsweg::runCommandLine(args);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Amtsweg"));
    QApplication::setOrganizationName(QStringLiteral("Amtsweg"));
    QApplication::setApplicationVersion(QStringLiteral(AMTSWEG_VERSION));
    amtsweg::MainWindow window;
    if (!args.isEmpty())
        window.openFile(args.first());
    window.show();
    return app.exec();
}
