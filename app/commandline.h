#pragma once
// The command line: `amtsweg convert|validate|repo|--version|--help`. Runs without a display.
// Exit codes: 0 success; 1 findings of severity error; 2 input unreadable; 3 output not
// writable; 4 repository conflict (saved meanwhile); 64 usage error.

#include <QStringList>

namespace amtsweg {

enum ExitCode : int {
    ExitOk = 0,
    ExitFindings = 1,
    ExitUnreadable = 2,
    ExitUnwritable = 3,
    ExitConflict = 4,
    ExitUsage = 64,
};

/// True when `args` (without the program name) ask for a command-line command, not the GUI.
bool isCommandLineInvocation(const QStringList &args);

/// Runs a command-line command; needs a QCoreApplication (or QGuiApplication for images).
int runCommandLine(const QStringList &args);

/// True when the command needs QtGui (image export), so main() creates a QGuiApplication.
bool commandNeedsGui(const QStringList &args);

QString usageText();

} // namespace amtsweg
