#pragma once
// The XProzess 2.0 side of `amtsweg convert` (command line, QtCore only):
//   amtsweg convert IN.bpmn OUT.xprozess.xml [--force] [--message prozessbibliothek]
//   amtsweg convert IN.xml OUT.bpmn [--process ID]     IN an XProzess message
// The diagram PDF of the export is rendered by the GUI plugin (guiloader.h).

#include "xml/bpmnreader.h"
#include "xprozess/xprozessnames.h"

#include <QString>
#include <QTextStream>

namespace amtsweg::xprozessconvert {

/// True for an output name that asks for XProzess: *.xprozess.xml or *.xprozess.
bool isXProzessOutput(const QString &path);
/// "alleInhalte" / "prozessbibliothek" (case-insensitive) → the message; false when unknown.
bool parseMessage(const QString &name, xprozess::Message *message);

/// Reads IN, a BPMN file or an XProzess message. Of a message, the process `processId` (or
/// its only one) is taken; with several and no id, the message lists the ids. Diagnostics go
/// to `err`. A null tree with `exitCode` set when nothing could be taken.
ReadResult readInput(const QString &in, const QString &processId, QTextStream &err,
                     int *exitCode);

/// The diagram as PDF, drawn by the GUI plugin; empty with `error` set when that fails.
QByteArray renderDiagramPdf(const ModelTree &tree, QString *error);

/// Writes `tree` as an XProzess message to `out`: refuses (exit 1, the missing attributes on
/// `err`) when FIM-mandatory data is missing, unless `force`.
int exportXProzess(const ModelTree &tree, const QString &in, const QString &out,
                   xprozess::Message message, bool force, QTextStream &err);

} // namespace amtsweg::xprozessconvert
