<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddElementCommand</name>
    <message>
        <location filename="../model/commands/addelementcommand.cpp" line="+32"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add element</source>
        <translation>Element hinzufügen</translation>
    </message>
</context>
<context>
    <name>AddLaneCommand</name>
    <message>
        <location filename="../model/commands/addlanecommand.cpp" line="+31"/>
        <source>Add lane</source>
        <translation>Lane hinzufügen</translation>
    </message>
</context>
<context>
    <name>AnalysisReport</name>
    <message>
        <location filename="../views/export/analysisreport.cpp" line="+95"/>
        <source>media break</source>
        <translation>Medienbruch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand-off to another participant</source>
        <translation>Übergabe an einen anderen Beteiligten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand-off to another lane</source>
        <translation>Übergabe an eine andere Lane</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+93"/>
        <source>End-to-end analysis: %1</source>
        <translation>Ende-zu-Ende-Analyse: %1</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>unknown report format of %1 (use .html or .pdf)</source>
        <translation>unbekanntes Berichtsformat von %1 (.html oder .pdf verwenden)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The diagram is too large for a picture.</source>
        <translation>Das Diagramm ist für ein Bild zu groß.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>en</source>
        <comment>language code of the report&apos;s HTML</comment>
        <translation>de</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made by Amtsweg on %1 from what the model states.</source>
        <translation>Erstellt von Amtsweg am %1 aus den Angaben des Modells.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The diagram with the media breaks and hand-offs marked</source>
        <translation>Das Diagramm mit markierten Medienbrüchen und Übergaben</translation>
    </message>
</context>
<context>
    <name>AnalysisText</name>
    <message>
        <location filename="../views/panels/analysistables.cpp" line="+67"/>
        <location line="+19"/>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+96"/>
        <source>Participant</source>
        <translation>Beteiligter</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Media breaks</source>
        <translation>Medienbrüche</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location line="+32"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+149"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>No media breaks found.</source>
        <translation>Keine Medienbrüche gefunden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hand-offs by participant and lane</source>
        <translation>Übergaben nach Beteiligten und Lanes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participant or lane</source>
        <translation>Beteiligter oder Lane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hands over</source>
        <translation>Übergibt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Takes over</source>
        <translation>Übernimmt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>No hand-offs found.</source>
        <translation>Keine Übergaben gefunden.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Hand-offs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Participant hand-offs</source>
        <translation>Übergaben zwischen Beteiligten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lane hand-offs</source>
        <translation>Übergaben zwischen Lanes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No path from a start event found.</source>
        <translation>Kein Pfad ab einem Startereignis gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 paths were followed.</source>
        <translation>Nur die ersten %1 Pfade wurden verfolgt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Automation per participant</source>
        <translation>Automatisierung je Beteiligtem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT-supported</source>
        <translation>IT-unterstützt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Automated</source>
        <translation>Automatisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No activities found.</source>
        <translation>Keine Aktivitäten gefunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no pool)</source>
        <translation>(kein Pool)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 % automated</source>
        <translation>%1 % automatisiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Once-only candidates</source>
        <translation>Once-Only-Kandidaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asked for in</source>
        <translation>Erfragt in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held by</source>
        <translation>Vorhanden in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matched by</source>
        <translation>Erkannt über</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data is asked for that a register in the model holds.</source>
        <translation>Es werden keine Daten erfragt, die einem Register im Modell vorliegen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FIM schema id</source>
        <translation>FIM-Schema-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>OZG maturity level %1</source>
        <translation>OZG-Reifegrad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OZG maturity level not estimated</source>
        <translation>OZG-Reifegrad nicht geschätzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What caps the maturity level</source>
        <translation>Was den Reifegrad begrenzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the level is not estimated</source>
        <translation>Warum der Reifegrad nicht geschätzt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing keeps the level lower.</source>
        <translation>Nichts begrenzt den Reifegrad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Missing knowledge</source>
        <translation>Fehlende Angaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the model does not say</source>
        <translation>Was das Modell nicht angibt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model states everything the analysis needs.</source>
        <translation>Das Modell enthält alle Angaben, die die Analyse braucht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No information online.</source>
        <translation>Keine Informationen online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Information online.</source>
        <translation>Informationen online.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form online, but submitted on paper.</source>
        <translation>Formular online, Einreichung aber auf Papier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Application fully online, including evidence.</source>
        <translation>Antrag vollständig online, einschließlich Nachweisen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fully digital, including the notice; evidence fetched from registers (once-only).</source>
        <translation>Vollständig digital einschließlich Bescheid; Nachweise werden aus Registern abgerufen (Once-Only).</translation>
    </message>
</context>
<context>
    <name>AttachBoundaryEventCommand</name>
    <message>
        <location filename="../model/commands/attachboundaryeventcommand.cpp" line="+16"/>
        <source>Attach boundary event</source>
        <translation>Angeheftetes Ereignis anheften</translation>
    </message>
</context>
<context>
    <name>BpmnType</name>
    <message>
        <location filename="../views/panels/elementlabels.cpp" line="+20"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User Task</source>
        <translation>Benutzeraufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual Task</source>
        <translation>Manuelle Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service Task</source>
        <translation>Serviceaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script Task</source>
        <translation>Skriptaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business Rule Task</source>
        <translation>Geschäftsregelaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send Task</source>
        <translation>Sendeaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive Task</source>
        <translation>Empfangsaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-Process</source>
        <translation>Teilprozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad-hoc Sub-Process</source>
        <translation>Ad-hoc-Teilprozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call Activity</source>
        <translation>Aufrufaktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start Event</source>
        <translation>Startereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End Event</source>
        <translation>Endereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate Catch Event</source>
        <translation>Eintretendes Zwischenereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate Throw Event</source>
        <translation>Auslösendes Zwischenereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary Event</source>
        <translation>Angeheftetes Zwischenereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exclusive Gateway</source>
        <translation>Exklusives Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inclusive Gateway</source>
        <translation>Inklusives Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel Gateway</source>
        <translation>Paralleles Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complex Gateway</source>
        <translation>Komplexes Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event-based Gateway</source>
        <translation>Ereignisbasiertes Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence Flow</source>
        <translation>Sequenzfluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message Flow</source>
        <translation>Nachrichtenfluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>Assoziation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Input Association</source>
        <translation>Dateneingabe-Assoziation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Output Association</source>
        <translation>Datenausgabe-Assoziation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Object</source>
        <translation>Datenobjekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Object Reference</source>
        <translation>Datenobjektreferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data Store Reference</source>
        <translation>Datenspeicherreferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text Annotation</source>
        <translation>Textanmerkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collaboration</source>
        <translation>Kollaboration</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>None</source>
        <translation>Blanko</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timer</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conditional</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compensation</source>
        <translation>Kompensation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terminate</source>
        <translation>Terminierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multiple</source>
        <translation>Mehrfach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parallel Multiple</source>
        <translation>Mehrfach parallel</translation>
    </message>
</context>
<context>
    <name>ConnectionMaker</name>
    <message>
        <location filename="../views/canvas/connectionmaker.cpp" line="+170"/>
        <source>Connect data</source>
        <translation>Daten verbinden</translation>
    </message>
</context>
<context>
    <name>ContextPad</name>
    <message>
        <location filename="../views/canvas/contextpad.cpp" line="+70"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Append task</source>
        <translation>Aufgabe anhängen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Append gateway</source>
        <translation>Gateway anhängen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Append intermediate event</source>
        <translation>Zwischenereignis anhängen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Append end event</source>
        <translation>Endereignis anhängen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add text annotation</source>
        <translation>Textanmerkung hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to another element</source>
        <translation>Mit einem anderen Element verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change type</source>
        <translation>Typ ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add lane above</source>
        <translation>Lane darüber hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add lane below</source>
        <translation>Lane darunter hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add lane on the left</source>
        <translation>Lane links hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add lane on the right</source>
        <translation>Lane rechts hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Divide into two lanes</source>
        <translation>In zwei Lanes teilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Divide into three lanes</source>
        <translation>In drei Lanes teilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Align and distribute</source>
        <translation>Ausrichten und verteilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>DetachBoundaryEventCommand</name>
    <message>
        <location filename="../model/commands/detachboundaryeventcommand.cpp" line="+15"/>
        <source>Detach boundary event</source>
        <translation>Angeheftetes Ereignis lösen</translation>
    </message>
</context>
<context>
    <name>DiagramClipboard</name>
    <message>
        <location filename="../views/canvas/diagramclipboard.cpp" line="+91"/>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
</context>
<context>
    <name>DiagramImageExporter</name>
    <message>
        <location filename="wrapped_messages.cpp" line="+371"/>
        <source>cannot write %1: %2</source>
        <extracomment>views/export/diagramimageexporter.cpp</extracomment>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown image format of %1 (use .png, .svg or .pdf)</source>
        <extracomment>views/export/diagramimageexporter.cpp</extracomment>
        <translation>unbekanntes Bildformat von %1 (.png, .svg oder .pdf verwenden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file contains no diagram (BPMNDiagram)</source>
        <extracomment>views/export/diagramimageexporter.cpp</extracomment>
        <translation>die Datei enthält kein Diagramm (BPMNDiagram)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no diagram with id &apos;%1&apos;</source>
        <extracomment>views/export/diagramimageexporter.cpp</extracomment>
        <translation>kein Diagramm mit der ID „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diagram &apos;%1&apos; has no BPMNPlane</source>
        <extracomment>views/export/diagramimageexporter.cpp</extracomment>
        <translation>Diagramm „%1“ hat keine BPMNPlane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown image format</source>
        <extracomment>views/export/diagramimageexporter.cpp</extracomment>
        <translation>unbekanntes Bildformat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the image would be too large (more than %1 pixels on a side or %2 megapixels); choose a smaller scale</source>
        <extracomment>views/export/diagramimageexporter.cpp</extracomment>
        <translation>das Bild wäre zu groß (mehr als %1 Pixel Kantenlänge oder %2 Megapixel); wählen Sie einen kleineren Maßstab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot encode PNG</source>
        <extracomment>views/export/diagramimageexporter.cpp</extracomment>
        <translation>PNG kann nicht kodiert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BPMN diagram exported by Amtsweg</source>
        <extracomment>views/export/diagramimageexporter.cpp</extracomment>
        <translation>BPMN-Diagramm, exportiert von Amtsweg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create SVG</source>
        <extracomment>views/export/diagramimageexporter.cpp</extracomment>
        <translation>SVG kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create PDF</source>
        <extracomment>views/export/diagramimageexporter.cpp</extracomment>
        <translation>PDF kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>ElementCreator</name>
    <message>
        <location filename="../views/canvas/elementcreator.cpp" line="+41"/>
        <source>Add message definition</source>
        <translation>Nachrichtendefinition hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collapse sub-process</source>
        <translation>Teilprozess zuklappen</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start event</source>
        <translation>Startereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intermediate event</source>
        <translation>Zwischenereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End event</source>
        <translation>Endereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-process</source>
        <translation>Teilprozess</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data object</source>
        <translation>Datenobjekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text annotation</source>
        <translation>Textanmerkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vertical pool</source>
        <translation>Vertikaler Pool</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lane</source>
        <translation>Lane</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Insert %1 into flow</source>
        <translation>%1 in den Fluss einfügen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add data object</source>
        <translation>Datenobjekt hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Append %1</source>
        <translation>%1 anhängen</translation>
    </message>
</context>
<context>
    <name>ElementReplacer</name>
    <message>
        <location filename="../views/canvas/elementreplacer.cpp" line="+37"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User task</source>
        <translation>Benutzeraufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service task</source>
        <translation>Serviceaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send task</source>
        <translation>Sendeaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receive task</source>
        <translation>Empfangsaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual task</source>
        <translation>Manuelle Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business rule task</source>
        <translation>Geschäftsregelaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Script task</source>
        <translation>Skriptaufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call activity</source>
        <translation>Aufrufaktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-process (collapsed)</source>
        <translation>Teilprozess (zugeklappt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sub-process</source>
        <translation>Teilprozess</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exclusive gateway</source>
        <translation>Exklusives Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel gateway</source>
        <translation>Paralleles Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inclusive gateway</source>
        <translation>Inklusives Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event-based gateway</source>
        <translation>Ereignisbasiertes Gateway</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complex gateway</source>
        <translation>Komplexes Gateway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start event</source>
        <translation>Startereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message start event</source>
        <translation>Nachrichten-Startereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timer start event</source>
        <translation>Zeit-Startereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conditional start event</source>
        <translation>Bedingungs-Startereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal start event</source>
        <translation>Signal-Startereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate throw event</source>
        <translation>Auslösendes Zwischenereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message intermediate catch event</source>
        <translation>Eintretendes Nachrichten-Zwischenereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message intermediate throw event</source>
        <translation>Auslösendes Nachrichten-Zwischenereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timer intermediate catch event</source>
        <translation>Zeit-Zwischenereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signal intermediate throw event</source>
        <translation>Auslösendes Signal-Zwischenereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation intermediate throw event</source>
        <translation>Auslösendes Eskalations-Zwischenereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End event</source>
        <translation>Endereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message end event</source>
        <translation>Nachrichten-Endereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error end event</source>
        <translation>Fehler-Endereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation end event</source>
        <translation>Eskalations-Endereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal end event</source>
        <translation>Signal-Endereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terminate end event</source>
        <translation>Terminierungs-Endereignis</translation>
    </message>
</context>
<context>
    <name>FimLabelHints</name>
    <message>
        <location filename="../views/canvas/fimlabelhints.cpp" line="+9"/>
        <source>Object + infinitive, e.g. “Antrag prüfen”</source>
        <translation>Objekt + Infinitiv, z. B. „Antrag prüfen“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noun + participle, e.g. “Antrag eingegangen”</source>
        <translation>Substantiv + Partizip, z. B. „Antrag eingegangen“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Question?, e.g. “Antrag vollständig?”</source>
        <translation>Frage?, z. B. „Antrag vollständig?“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” does not fit the FIM label pattern: %2</source>
        <translation>„%1“ entspricht nicht dem FIM-Beschriftungsmuster: %2</translation>
    </message>
</context>
<context>
    <name>FirstProcess</name>
    <message>
        <location filename="../app/firstprocess.cpp" line="+41"/>
        <source>Create a pool</source>
        <translation>Einen Pool erstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a start event</source>
        <translation>Ein Startereignis hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Append a task</source>
        <translation>Eine Aufgabe anhängen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an end event</source>
        <translation>Ein Endereignis hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the checks</source>
        <translation>Die Prüfungen ausführen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the pool in the palette and click on the canvas. A pool stands for one participant, e.g. the authority.</source>
        <translation>Wählen Sie den Pool in der Palette und klicken Sie auf die Zeichenfläche. Ein Pool steht für einen Beteiligten, z. B. die Behörde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the start event in the palette and click into the pool: this is where the process begins.</source>
        <translation>Wählen Sie das Startereignis in der Palette und klicken Sie in den Pool: Hier beginnt der Prozess.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the start event and click the task in its context pad: the task is appended and connected.</source>
        <translation>Markieren Sie das Startereignis und klicken Sie in seinem Kontext-Pad auf die Aufgabe: Die Aufgabe wird angehängt und verbunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select the task and append an end event with the context pad.</source>
        <translation>Markieren Sie die Aufgabe und hängen Sie mit dem Kontext-Pad ein Endereignis an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Problems panel (View &gt; Panels) and read what the checks found.</source>
        <translation>Öffnen Sie den Bereich „Probleme“ (Ansicht &gt; Bereiche) und lesen Sie, was die Prüfungen gefunden haben.</translation>
    </message>
</context>
<context>
    <name>FlowSplitter</name>
    <message>
        <location filename="../views/canvas/movedrag.cpp" line="+269"/>
        <source>Insert into flow</source>
        <translation>In den Fluss einfügen</translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <location filename="../app/handoutaction.cpp" line="+22"/>
        <source>There is no model to export.</source>
        <translation>Es gibt kein Modell zum Exportieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export &amp;Handout…</source>
        <translation>&amp;Handout exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a PDF for workshop participants: title page, every diagram, the Prozesssteckbrief and the end-to-end analysis</source>
        <translation>Ein PDF für die Teilnehmenden eines Workshops schreiben: Titelseite, alle Diagramme, der Prozesssteckbrief und die Ende-zu-Ende-Analyse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export Handout</source>
        <translation>Handout exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot export the handout</source>
        <translation>Das Handout kann nicht exportiert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handout written to %1</source>
        <translation>Handout nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../views/export/handoutdocument.cpp" line="+150"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>pages %1–%2</source>
        <translation>Seiten %1–%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Workshop handout</source>
        <translation>Workshop-Handout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made with Amtsweg</source>
        <translation>Erstellt mit Amtsweg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diagrams</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prozesssteckbrief</source>
        <translation>Prozesssteckbrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-to-end analysis</source>
        <translation>Ende-zu-Ende-Analyse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Untitled model</source>
        <translation>Unbenanntes Modell</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Handout: %1</source>
        <translation>Handout: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot start painting the pages</source>
        <translation>die Seiten können nicht gezeichnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · Amtsweg handout</source>
        <translation>%1 · Amtsweg-Handout</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>cannot add a page</source>
        <translation>es kann keine Seite hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>LaneActions</name>
    <message>
        <location filename="../views/canvas/laneactions.cpp" line="+80"/>
        <source>Add Lane Above</source>
        <translation>Lane darüber einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Lane Below</source>
        <translation>Lane darunter einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Divide into Two Lanes</source>
        <translation>In zwei Lanes teilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Divide into Three Lanes</source>
        <translation>In drei Lanes teilen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete Lane</source>
        <translation>Lane löschen</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../app/languagemenu.cpp" line="+14"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;System Language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The new language applies when Amtsweg is started the next time.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Amtsweg.</translation>
    </message>
</context>
<context>
    <name>ModelComparison</name>
    <message>
        <location filename="../model/repository/modelcomparison.cpp" line="+25"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>container</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waypoints</source>
        <translation>Wegpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>diagram</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conditionExpression</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>default</source>
        <translation>Standardfluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sourceRef</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>targetRef</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incoming</source>
        <translation>Eingehende Flüsse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outgoing</source>
        <translation>Ausgehende Flüsse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachedToRef</source>
        <translation>Angeheftet an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelActivity</source>
        <translation>Aktivität abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>isInterrupting</source>
        <translation>Unterbrechend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>processRef</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flowNodeRef</source>
        <translation>Lane-Zuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extensionElements</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messageRef</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calledElement</source>
        <translation>Aufgerufenes Element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timerEventDefinition</source>
        <translation>Zeit-Ereignisdefinition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messageEventDefinition</source>
        <translation>Nachrichten-Ereignisdefinition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signalEventDefinition</source>
        <translation>Signal-Ereignisdefinition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>errorEventDefinition</source>
        <translation>Fehler-Ereignisdefinition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalationEventDefinition</source>
        <translation>Eskalations-Ereignisdefinition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conditionalEventDefinition</source>
        <translation>Bedingungs-Ereignisdefinition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standardLoopCharacteristics</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>multiInstanceLoopCharacteristics</source>
        <translation>Mehrfachinstanz</translation>
    </message>
</context>
<context>
    <name>MoveShapesCommand</name>
    <message>
        <location filename="../model/commands/moveshapescommand.cpp" line="+44"/>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>MoveToContainerCommand</name>
    <message>
        <location filename="../model/commands/movetocontainercommand.cpp" line="+11"/>
        <source>Move into container</source>
        <translation>In Container verschieben</translation>
    </message>
</context>
<context>
    <name>PoolCreator</name>
    <message>
        <location filename="../views/canvas/poolcreator.cpp" line="+74"/>
        <source>Add pool</source>
        <translation>Pool hinzufügen</translation>
    </message>
</context>
<context>
    <name>PosterExporter</name>
    <message>
        <location filename="../views/export/posterexporter.cpp" line="+94"/>
        <source>the poster would have %1 pages (at most %2); choose a smaller scale</source>
        <translation>das Poster hätte %1 Seiten (höchstens %2); wählen Sie einen kleineren Maßstab</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot start painting the pages</source>
        <translation>die Seiten können nicht gezeichnet werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot add a page</source>
        <translation>keine Seite hinzuzufügen möglich</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row %1 / column %2</source>
        <translation>Zeile %1 / Spalte %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (page %2 of %3)</source>
        <translation>%1 (Seite %2 von %3)</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="wrapped_messages.cpp" line="-386"/>
        <source>Cannot print</source>
        <extracomment>app/printactions.cpp</extracomment>
        <translation>Drucken nicht möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF poster</source>
        <extracomment>app/printactions.cpp</extracomment>
        <translation>PDF-Poster exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <extracomment>app/printactions.cpp</extracomment>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot export</source>
        <extracomment>app/printactions.cpp</extracomment>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as PDF &amp;Poster...</source>
        <extracomment>app/printactions.cpp</extracomment>
        <translation>Als PDF-&amp;Poster exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print...</source>
        <extracomment>app/printactions.cpp</extracomment>
        <translation>&amp;Drucken…</translation>
    </message>
</context>
<context>
    <name>PropertyEdits</name>
    <message>
        <location line="+378"/>
        <source>Set %1</source>
        <extracomment>views/panels/propertyedits.cpp</extracomment>
        <translation>%1 festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change timer</source>
        <extracomment>views/panels/propertyedits.cpp</extracomment>
        <translation>Zeitdefinition ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set default flow</source>
        <extracomment>views/panels/propertyedits.cpp</extracomment>
        <translation>Standardfluss festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear default flow</source>
        <extracomment>views/panels/propertyedits.cpp</extracomment>
        <translation>Standardfluss entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change loop characteristics</source>
        <extracomment>views/panels/propertyedits.cpp</extracomment>
        <translation>Schleifenverhalten ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set colour</source>
        <extracomment>views/panels/propertyedits.cpp</extracomment>
        <translation>Farbe festlegen</translation>
    </message>
    <message>
        <location filename="../views/panels/propertyedits.cpp" line="+385"/>
        <source>Set channel</source>
        <translation>Kanal festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set structured data</source>
        <translation>Strukturierte Daten festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set data standard</source>
        <translation>Datenstandard festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set automation</source>
        <translation>Automatisierung festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Fachverfahren</source>
        <translation>Fachverfahren festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set data store kind</source>
        <translation>Art des Datenspeichers festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set interface</source>
        <translation>Schnittstelle festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set participant kind</source>
        <translation>Art des Beteiligten festlegen</translation>
    </message>
</context>
<context>
    <name>ReconnectFlowCommand</name>
    <message>
        <location filename="../model/commands/reconnectflowcommand.cpp" line="+33"/>
        <source>Reconnect</source>
        <translation>Neu verbinden</translation>
    </message>
</context>
<context>
    <name>RecoveryArea</name>
    <message>
        <location filename="../app/recoveryarea.cpp" line="+71"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>RemoveElementCommand</name>
    <message>
        <location filename="../model/commands/removeelementcommand.cpp" line="+37"/>
        <source>Delete element</source>
        <translation>Element löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete elements</source>
        <translation>Elemente löschen</translation>
    </message>
</context>
<context>
    <name>ReparentElementsCommand</name>
    <message>
        <location filename="../model/commands/reparentelementscommand.cpp" line="+38"/>
        <source>Move into container</source>
        <translation>In Container verschieben</translation>
    </message>
</context>
<context>
    <name>ReplaceElementCommand</name>
    <message>
        <location filename="../model/commands/replaceelementcommand.cpp" line="+64"/>
        <source>Change type</source>
        <translation>Typ ändern</translation>
    </message>
</context>
<context>
    <name>RepoCommand</name>
    <message>
        <location filename="wrapped_messages.cpp" line="-386"/>
        <source>imported %1 as model %2 &apos;%3&apos; (version 1)
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>%1 als Modell %2 „%3“ importiert (Version 1)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amtsweg repo list: --format must be text or json
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>amtsweg repo list: --format muss text oder json sein
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository %1 holds no models.
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>Das Repository %1 enthält keine Modelle.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amtsweg repo export: VERSION after @ must be a number from 1
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>amtsweg repo export: VERSION nach @ muss eine Zahl ab 1 sein
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amtsweg repo export: cannot write %1: %2
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>amtsweg repo export: %1 kann nicht geschrieben werden: %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported model %1 &apos;%2&apos; version %3 to %4
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>Modell %1 „%2“ Version %3 nach %4 exportiert
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No model matches &apos;%1&apos;.
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>Kein Modell passt zu „%1“.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: ok (%2 models, %3 versions)
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>%1: in Ordnung (%2 Modelle, %3 Versionen)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amtsweg repo save: --expect-version needs a number
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>amtsweg repo save: --expect-version braucht eine Zahl
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amtsweg repo save: cannot read %1: %2
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>amtsweg repo save: %1 kann nicht gelesen werden: %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved model %1 version %2
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>Modell %1 Version %2 gespeichert
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amtsweg repo restore: expects MODEL@VERSION (and --expect-version N)
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>amtsweg repo restore: erwartet MODEL@VERSION (und --expect-version N)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>restored version %1 of model %2 as version %3
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>Version %1 von Modell %2 als Version %3 wiederhergestellt
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amtsweg repo rules: expects disable ID... or enable ID...
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>amtsweg repo rules: erwartet disable ID… oder enable ID…
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amtsweg repo rules: there is no rule &apos;%1&apos;
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>amtsweg repo rules: es gibt keine Regel „%1“
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No rules are switched off in %1.
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>In %1 sind keine Regeln abgeschaltet.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1	switched off for every model
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>%1	für alle Modelle abgeschaltet
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for %1: </source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amtsweg repo copy: SOURCE and DEST are the same repository
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>amtsweg repo copy: SOURCE und DEST sind dasselbe Repository
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amtsweg repo copy: %1 of %2 models copied…
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>amtsweg repo copy: %1 von %2 Modellen kopiert…
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copied %1 to %2 in %10 s (verified: every row equal, check clean)
models: %3, versions: %4, folders: %5, tags: %6, rules switched off: %7
bytes stored: %8 (XML: %9)
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>%1 nach %2 kopiert in %10 s (geprüft: jede Zeile gleich, Prüfung ohne Befund)
Modelle: %3, Versionen: %4, Ordner: %5, Schlagwörter: %6, abgeschaltete Regeln: %7
gespeicherte Bytes: %8 (XML: %9)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repository: %1
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>Repository: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user: %1
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>Benutzer: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access: read and edit
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>Zugriff: lesen und bearbeiten
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access: read only
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>Zugriff: nur lesen
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file&apos;s permissions decide who may read and edit it.
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>Die Dateirechte entscheiden, wer sie lesen und bearbeiten darf.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>roles: %1 (read), %2 (edit)
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>Rollen: %1 (lesen), %2 (bearbeiten)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No login role has been granted access yet.
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>Noch keiner Anmelderolle wurde Zugriff gewährt.
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amtsweg repo grant: expects ROLE read or ROLE edit
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>amtsweg repo grant: erwartet ROLLE read oder ROLLE edit
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may now read and edit %2
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>%1 darf %2 jetzt lesen und bearbeiten
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may now read (not edit) %2
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>%1 darf %2 jetzt lesen (nicht bearbeiten)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 may no longer read or edit %2
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>%1 darf %2 nicht mehr lesen oder bearbeiten
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amtsweg repo: %1 needs a value
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>amtsweg repo: %1 braucht einen Wert
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amtsweg repo: unknown option &apos;%1&apos;
</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>amtsweg repo: unbekannte Option „%1“
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amtsweg repo: expects one of import, list, history, export, search, check, save, restore, rules, copy, access, grant, revoke

</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>amtsweg repo: erwartet import, list, history, export, search, check, save, restore, rules, copy, access, grant oder revoke

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amtsweg repo %1: wrong arguments

</source>
        <extracomment>app/repocommand.cpp</extracomment>
        <translation>amtsweg repo %1: falsche Argumente

</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <location filename="../model/repository/repositorycheck.cpp" line="+36"/>
        <source>Model %1 has %2 versions numbered up to %3: some are missing.</source>
        <translation>Modell %1 hat %2 Versionen mit Nummern bis %3: Einige fehlen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Model %1 records version %2 as newest, but has %3.</source>
        <translation>Modell %1 verzeichnet Version %2 als neueste, hat aber %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="wrapped_messages.cpp" line="+170"/>
        <source>Model %1 version %2 has the wrong size (%3 bytes).</source>
        <extracomment>model/repository/repositorycheck.cpp</extracomment>
        <translation>Modell %1 Version %2 hat die falsche Größe (%3 Bytes).</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>The search index does not match model %1 (version %2: %3).</source>
        <translation>Der Suchindex passt nicht zu Modell %1 (Version %2: %3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Model %1 is derived from version %2 of &apos;%3&apos;, which does not exist.</source>
        <translation>Modell %1 ist von Version %2 von „%3“ abgeleitet, die es nicht gibt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder tree has a cycle (%3, folder %2).</source>
        <translation>Der Ordnerbaum enthält einen Zyklus (%3, Ordner %2).</translation>
    </message>
    <message>
        <location filename="wrapped_messages.cpp" line="-142"/>
        <source>unreadable</source>
        <extracomment>model/repository/modelimport.cpp</extracomment>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot import &apos;%1&apos;: %2</source>
        <extracomment>model/repository/modelimport.cpp</extracomment>
        <translation>„%1“ kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported from %1 (process %2)</source>
        <extracomment>model/repository/modelimport.cpp</extracomment>
        <translation>Importiert aus %1 (Prozess %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported from &apos;%1&apos;: %2</source>
        <extracomment>model/repository/modelimport.cpp</extracomment>
        <translation>Nicht importiert aus „%1“: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported from %1</source>
        <extracomment>model/repository/modelimport.cpp</extracomment>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No .bpmn or XProzess files found in &apos;%1&apos;.</source>
        <extracomment>model/repository/modelimport.cpp</extracomment>
        <translation>Keine .bpmn- oder XProzess-Dateien in „%1“ gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting to &apos;%1&apos; was cancelled: no password given.</source>
        <extracomment>model/repository/postgres/pgconnection.cpp</extracomment>
        <translation>Die Verbindung zu „%1“ wurde abgebrochen: kein Passwort angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to the repository &apos;%1&apos;: %2</source>
        <extracomment>model/repository/postgres/pgconnection.cpp</extracomment>
        <translation>Keine Verbindung zum Repository „%1“: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connecting</source>
        <extracomment>model/repository/postgres/pgconnection.cpp</extracomment>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the repository &apos;%1&apos; was lost while %2: %3 Nothing was saved by this step; open the repository again when the server is back.</source>
        <extracomment>model/repository/postgres/pgconnection.cpp</extracomment>
        <translation>Die Verbindung zum Repository „%1“ ist beim %2 abgerissen: %3 Dieser Schritt hat nichts gespeichert; öffnen Sie das Repository erneut, sobald der Server wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may read the repository &apos;%1&apos; but not change it (PostgreSQL user &apos;%2&apos; has no write rights), so %3 was refused. Ask the repository&apos;s administrator for editing rights.</source>
        <extracomment>model/repository/postgres/pgconnection.cpp</extracomment>
        <translation>Sie dürfen das Repository „%1“ lesen, aber nicht ändern (der PostgreSQL-Benutzer „%2“ hat keine Schreibrechte), daher wurde das %3 abgelehnt. Bitten Sie die Administration des Repositorys um Bearbeitungsrechte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository &apos;%1&apos; is busy: another user kept it locked too long while %2. Try again.</source>
        <extracomment>model/repository/postgres/pgconnection.cpp</extracomment>
        <translation>Das Repository „%1“ ist belegt: eine andere Person hat es beim %2 zu lange gesperrt. Bitte erneut versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s disk is full while %1 in &apos;%2&apos;. Nothing was written; the repository is unchanged.</source>
        <extracomment>model/repository/postgres/pgconnection.cpp</extracomment>
        <translation>Der Datenträger des Servers wurde beim %1 in „%2“ voll. Nichts wurde geschrieben; das Repository ist unverändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database &apos;%1&apos; holds tables of another program, not an Amtsweg repository. It was not changed.</source>
        <extracomment>model/repository/postgres/pgdatabase.cpp</extracomment>
        <translation>Die Datenbank „%1“ enthält Tabellen eines anderen Programms, kein Amtsweg-Repository. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database &apos;%1&apos; holds no Amtsweg repository.</source>
        <extracomment>model/repository/postgres/pgdatabase.cpp</extracomment>
        <translation>Die Datenbank „%1“ enthält kein Amtsweg-Repository.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>creating the repository</source>
        <extracomment>model/repository/postgres/pgdatabase.cpp</extracomment>
        <translation>Anlegen des Repositorys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository &apos;%1&apos; has no schema version.</source>
        <extracomment>model/repository/postgres/pgdatabase.cpp</extracomment>
        <translation>Das Repository „%1“ hat keine Schemaversion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository &apos;%1&apos; has schema version %2, but this Amtsweg supports up to version %3. It was written by a newer Amtsweg; open it with that version. The database was not changed.</source>
        <extracomment>model/repository/postgres/pgdatabase.cpp</extracomment>
        <translation>Das Repository „%1“ hat die Schemaversion %2, dieses Amtsweg unterstützt bis Version %3. Es wurde von einem neueren Amtsweg geschrieben; öffnen Sie es mit jener Version. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error while %1 in the repository &apos;%2&apos;: the transaction was rolled back.</source>
        <extracomment>model/repository/postgres/pgdatabase.cpp</extracomment>
        <translation>Fehler beim %1 im Repository „%2“: die Transaktion wurde zurückgerollt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>continuing the ids after the copied rows</source>
        <extracomment>model/repository/postgres/pgdatabase.cpp</extracomment>
        <translation>Fortsetzen der Kennungen nach den kopierten Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may read the repository &apos;%1&apos; but not change it: the PostgreSQL user &apos;%2&apos; has no editing rights. Ask the repository&apos;s administrator to grant you the editors&apos; role.</source>
        <extracomment>model/repository/postgres/pgdatabase.cpp</extracomment>
        <translation>Sie dürfen das Repository „%1“ lesen, aber nicht ändern: der PostgreSQL-Benutzer „%2“ hat keine Bearbeitungsrechte. Bitten Sie die Administration des Repositorys, Ihnen die Rolle der Bearbeitenden zu geben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recording who has model %1 open</source>
        <extracomment>model/repository/postgres/pgdatabase.cpp</extracomment>
        <translation>Vermerken, wer Modell %1 geöffnet hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading who has models open</source>
        <extracomment>model/repository/postgres/pgdatabase.cpp</extracomment>
        <translation>Lesen, wer welche Modelle geöffnet hat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no model with id %1.</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Es gibt kein Modell mit der ID %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder needs a name.</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Ein Ordner braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>creating the folder &apos;%1&apos;</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Anlegen des Ordners „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error while %1 in the repository &apos;%2&apos;.</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Fehler beim %1 im Repository „%2“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listing folders</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Auflisten der Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving tags</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Speichern der Schlagwörter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A model needs a name.</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Ein Modell braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>creating the model &apos;%1&apos;</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Anlegen des Modells „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listing models</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Auflisten der Modelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading model %1</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Lesen von Modell %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>looking up the model &apos;%1&apos;</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Nachschlagen des Modells „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no model with the id or name &apos;%1&apos;.</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Es gibt kein Modell mit der ID oder dem Namen „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1  %2 (version %3, modified %4)</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>  %1  %2 (Version %3, geändert %4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Several models are named &apos;%1&apos;; use the id of one:
%2</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Mehrere Modelle heißen „%1“; verwenden Sie die ID eines davon:
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changing the model &apos;%1&apos;</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Ändern des Modells „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derived from &apos;%1&apos; version %2</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Abgeleitet von „%1“ Version %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving a new version of model %1</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Speichern einer neuen Version von Modell %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model &apos;%1&apos; was saved meanwhile: version %2 by %3 at %4, while your changes are based on version %5. Nothing was saved; save as a new model, reload, or keep both.</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Das Modell „%1“ wurde zwischenzeitlich gespeichert: Version %2 von %3 am %4, während Ihre Änderungen auf Version %5 beruhen. Es wurde nichts gespeichert; speichern Sie es als neues Modell, laden Sie neu oder behalten Sie beide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model %1</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The XML is no readable BPMN.</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Das XML ist kein lesbares BPMN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored version %1</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Version %1 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading the history of model %1</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Lesen der Historie von Modell %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1 version %2 is damaged in the repository.</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Modell %1 Version %2 ist im Repository beschädigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model %1 has no version %2.</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Modell %1 hat keine Version %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 of model %2 cannot be read.</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Version %1 von Modell %2 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading the switched-off rules</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Lesen der abgeschalteten Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switching rules off</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Abschalten von Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switching rules on</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>Einschalten von Regeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is no rule id.</source>
        <extracomment>model/repository/processrepository.cpp</extracomment>
        <translation>„%1“ ist keine Regel-ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is a file: its permissions (owner, group, or the sharing settings of its folder) decide who may read and edit it. Granting and revoking access is for a repository on a PostgreSQL server.</source>
        <extracomment>model/repository/repositoryaccess.cpp</extracomment>
        <translation>„%1“ ist eine Datei: ihre Rechte (Eigentümer, Gruppe oder die Freigabe ihres Ordners) entscheiden, wer sie lesen und bearbeiten darf. Zugriff gewähren und entziehen gibt es für ein Repository auf einem PostgreSQL-Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository &apos;%1&apos; has no roles %2 and %3 (the user who created it may not create roles). A database administrator can create them by opening the repository once as a user with CREATEROLE.</source>
        <extracomment>model/repository/repositoryaccess.cpp</extracomment>
        <translation>Das Repository „%1“ hat keine Rollen %2 und %3 (wer es angelegt hat, darf keine Rollen anlegen). Eine Datenbankadministration kann sie anlegen, indem sie das Repository einmal als Benutzer mit CREATEROLE öffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PostgreSQL user who opened &apos;%1&apos; may not change who has access: that needs the repository&apos;s creator, a superuser, or a user with ADMIN OPTION on the role %2.</source>
        <extracomment>model/repository/repositoryaccess.cpp</extracomment>
        <translation>Der PostgreSQL-Benutzer, der „%1“ geöffnet hat, darf den Zugriff nicht ändern: das braucht die Person, die das Repository angelegt hat, einen Superuser oder einen Benutzer mit ADMIN OPTION auf der Rolle %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role %1 is still a member of %2 in &apos;%3&apos;: another user granted it; that user (or a superuser naming them with GRANTED BY) must revoke it.</source>
        <extracomment>model/repository/repositoryaccess.cpp</extracomment>
        <translation>Die Rolle %1 ist in „%3“ weiterhin Mitglied von %2: ein anderer Benutzer hat sie vergeben; dieser (oder ein Superuser mit GRANTED BY) muss sie entziehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>granting access to %1</source>
        <extracomment>model/repository/repositoryaccess.cpp</extracomment>
        <translation>Gewähren des Zugriffs für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoking access from %1</source>
        <extracomment>model/repository/repositoryaccess.cpp</extracomment>
        <translation>Entziehen des Zugriffs für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no login role &apos;%1&apos; on the server of &apos;%2&apos;. A database administrator creates it first (CREATE ROLE … LOGIN PASSWORD …).</source>
        <extracomment>model/repository/repositoryaccess.cpp</extracomment>
        <translation>Auf dem Server von „%2“ gibt es keine Anmelderolle „%1“. Eine Datenbankadministration legt sie zuerst an (CREATE ROLE … LOGIN PASSWORD …).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file &apos;%1&apos; is not writable for the user &apos;%2&apos; (its permissions).</source>
        <extracomment>model/repository/repositoryaccess.cpp</extracomment>
        <translation>Die Datei „%1“ ist für den Benutzer „%2“ nicht beschreibbar (ihre Rechte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading who has access</source>
        <extracomment>model/repository/repositoryaccess.cpp</extracomment>
        <translation>Lesen, wer Zugriff hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the backup folder &apos;%1&apos;.</source>
        <extracomment>model/repository/repositorybackup.cpp</extracomment>
        <translation>Der Sicherungsordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the backup &apos;%1&apos;: %2.</source>
        <extracomment>model/repository/repositorybackup.cpp</extracomment>
        <translation>Die Sicherung „%1“ kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write the backup &apos;%1&apos;.</source>
        <extracomment>model/repository/repositorybackup.cpp</extracomment>
        <translation>Die Sicherung „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking the repository</source>
        <extracomment>model/repository/repositorycheck.cpp, model/repository/repositorydatabase.cpp</extracomment>
        <translation>Prüfen des Repositorys</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model %1 version %2 is no readable BPMN: %3</source>
        <extracomment>model/repository/repositorycheck.cpp</extracomment>
        <translation>Modell %1 Version %2 ist kein lesbares BPMN: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>copying the repository</source>
        <extracomment>model/repository/repositorycopy.cpp</extracomment>
        <translation>Kopieren des Repositorys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository &apos;%1&apos; is not empty (%2 models, %3 folders, %4 rules switched off): a copy goes only into a new file or an empty database. It was not changed.</source>
        <extracomment>model/repository/repositorycopy.cpp</extracomment>
        <translation>Das Repository „%1“ ist nicht leer (%2 Modelle, %3 Ordner, %4 abgeschaltete Regeln): kopiert wird nur in eine neue Datei oder eine leere Datenbank. Es wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folders %1 of the repository &apos;%2&apos; have no parent folder that leads to the top level (a cycle or a missing folder); run &apos;repo check&apos; on it. Nothing was copied.</source>
        <extracomment>model/repository/repositorycopy.cpp</extracomment>
        <translation>Die Ordner %1 des Repositorys „%2“ haben keinen übergeordneten Ordner, der zur obersten Ebene führt (ein Kreis oder ein fehlender Ordner); führen Sie „repo check“ darauf aus. Nichts wurde kopiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy in &apos;%1&apos; differs from the source in the table %2 (%3 rows read, %4 found in the copy). Nothing was copied.</source>
        <extracomment>model/repository/repositorycopy.cpp</extracomment>
        <translation>Die Kopie in „%1“ weicht in der Tabelle %2 von der Quelle ab (%3 Zeilen gelesen, %4 in der Kopie gefunden). Nichts wurde kopiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy in &apos;%1&apos; fails the consistency check (the source may have the same problems; run &apos;repo check&apos; on it). Nothing was copied.
%2</source>
        <extracomment>model/repository/repositorycopy.cpp</extracomment>
        <translation>Die Kopie in „%1“ besteht die Konsistenzprüfung nicht (die Quelle kann dieselben Probleme haben; führen Sie „repo check“ darauf aus). Nichts wurde kopiert.
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading the repository to copy</source>
        <extracomment>model/repository/repositorycopy.cpp</extracomment>
        <translation>Lesen des zu kopierenden Repositorys</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository &apos;%1&apos; is damaged or not an Amtsweg repository (%2).</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>Das Repository „%1“ ist beschädigt oder kein Amtsweg-Repository (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No automatic backup was found in &apos;%1&apos;.</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>In „%1“ wurde keine automatische Sicherung gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The latest automatic backup is &apos;%1&apos; (%2); open it with --repository or copy it over the damaged file.</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>Die letzte automatische Sicherung ist „%1“ (%2); öffnen Sie sie mit --repository oder kopieren Sie sie über die beschädigte Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full (or the repository reached its size limit) while %1 in &apos;%2&apos;. Nothing was written; the repository is unchanged. Free some space and try again.</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>Der Datenträger ist voll (oder das Repository hat seine Größengrenze erreicht) beim %1 in „%2“. Es wurde nichts geschrieben; das Repository ist unverändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository &apos;%1&apos; is busy: another Amtsweg process kept it locked for more than %2 s while %3. Try again.</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>Das Repository „%1“ ist belegt: Ein anderer Amtsweg-Prozess hielt es beim %3 länger als %2 s gesperrt. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Broken reference: %1.</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>Defekte Referenz: %1.</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Error while %1 in the repository &apos;%2&apos;: %3.</source>
        <extracomment>model/repository/postgres/pgconnection.cpp, model/repository/repositorydatabase.cpp</extracomment>
        <translation>Fehler beim %1 im Repository „%2“: %3.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The repository &apos;%1&apos; does not exist.</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>Das Repository „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository &apos;%1&apos; is not a file.</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>Das Repository „%1“ ist keine Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot create the folder &apos;%1&apos; for the repository.</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>Der Ordner „%1“ für das Repository kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the repository &apos;%1&apos;: %2.</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>Das Repository „%1“ kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>opening</source>
        <extracomment>model/repository/postgres/pgdatabase.cpp, model/repository/repositorydatabase.cpp</extracomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>an SQLite database of another program</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>eine SQLite-Datenbank eines anderen Programms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository &apos;%1&apos; has schema version %2, but this Amtsweg supports up to version %3. It was written by a newer Amtsweg; open it with that version. The file was not changed.</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>Das Repository „%1“ hat die Schemaversion %2, dieses Amtsweg unterstützt aber höchstens Version %3. Es wurde von einem neueren Amtsweg geschrieben; öffnen Sie es mit dieser Version. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>switching to WAL mode</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>Umschalten in den WAL-Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository &apos;%1&apos; needs an upgrade, but the backup taken first failed, so it was not changed: %2</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>Das Repository „%1“ muss aktualisiert werden, aber die zuvor angelegte Sicherung ist fehlgeschlagen, daher wurde es nicht verändert: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upgrading the schema</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>Aktualisieren des Schemas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upgrading the schema to version %1</source>
        <extracomment>model/repository/repositorydatabase.cpp</extracomment>
        <translation>Aktualisieren des Schemas auf Version %1</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>updating the search index</source>
        <extracomment>model/repository/postgres/pgsearch.cpp, model/repository/repositorysearch.cpp</extracomment>
        <translation>Aktualisieren des Suchindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rebuilding the search index</source>
        <extracomment>model/repository/postgres/pgsearch.cpp, model/repository/repositorysearch.cpp</extracomment>
        <translation>Neuaufbau des Suchindex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search text is empty.</source>
        <extracomment>model/repository/postgres/pgsearch.cpp, model/repository/repositorysearch.cpp</extracomment>
        <translation>Der Suchtext ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>searching for &apos;%1&apos;</source>
        <extracomment>model/repository/postgres/pgsearch.cpp, model/repository/repositorysearch.cpp</extracomment>
        <translation>Suchen nach „%1“</translation>
    </message>
</context>
<context>
    <name>RepositoryPassword</name>
    <message>
        <location filename="../app/repositorypassword.cpp" line="+47"/>
        <source>Repository Password</source>
        <translation>Repository-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
</context>
<context>
    <name>RepositorySettings</name>
    <message>
        <location filename="../app/repositorysettings.cpp" line="+31"/>
        <source>The repository URL contains a password. Amtsweg does not store passwords: remove it (%1), and Amtsweg asks for it when it connects, or put it into your ~/.pgpass file.</source>
        <translation>Die Repository-URL enthält ein Passwort. Amtsweg speichert keine Passwörter: entfernen Sie es (%1), dann fragt Amtsweg beim Verbinden danach, oder tragen Sie es in Ihre Datei ~/.pgpass ein.</translation>
    </message>
</context>
<context>
    <name>ResizeLanesCommand</name>
    <message>
        <location filename="../model/commands/resizelanescommand.cpp" line="+11"/>
        <source>Resize lane</source>
        <translation>Lane-Größe ändern</translation>
    </message>
</context>
<context>
    <name>ResizeShapeCommand</name>
    <message>
        <location filename="../model/commands/resizeshapecommand.cpp" line="+11"/>
        <source>Resize</source>
        <translation>Größe ändern</translation>
    </message>
</context>
<context>
    <name>SetFimDataCommand</name>
    <message>
        <location filename="../model/commands/setfimdatacommand.cpp" line="+29"/>
        <source>Change Prozesssteckbrief</source>
        <translation>Prozesssteckbrief ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change Aktivitätengruppe</source>
        <translation>Aktivitätengruppe ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove Prozesssteckbrief</source>
        <translation>Prozesssteckbrief entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Aktivitätengruppe</source>
        <translation>Aktivitätengruppe entfernen</translation>
    </message>
</context>
<context>
    <name>SetPropertyCommand</name>
    <message>
        <location filename="../model/commands/setpropertycommand.cpp" line="+37"/>
        <source>Change text</source>
        <translation>Text ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>SetWaypointsCommand</name>
    <message>
        <location filename="../model/commands/setwaypointscommand.cpp" line="+11"/>
        <source>Change route</source>
        <translation>Verlauf ändern</translation>
    </message>
</context>
<context>
    <name>ShapeAligner</name>
    <message>
        <location filename="../views/canvas/shapealigner.cpp" line="+153"/>
        <source>Align &amp;Left</source>
        <translation>&amp;Links ausrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Align &amp;Centre</source>
        <translation>Horizontal &amp;zentrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Align &amp;Right</source>
        <translation>&amp;Rechts ausrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Align &amp;Top</source>
        <translation>&amp;Oben ausrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Align &amp;Middle</source>
        <translation>Vertikal &amp;mittig ausrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Align &amp;Bottom</source>
        <translation>&amp;Unten ausrichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distribute &amp;Horizontally</source>
        <translation>&amp;Horizontal verteilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distribute &amp;Vertically</source>
        <translation>&amp;Vertikal verteilen</translation>
    </message>
</context>
<context>
    <name>SplitLaneCommand</name>
    <message>
        <location filename="../model/commands/splitlanecommand.cpp" line="+15"/>
        <source>Divide into three lanes</source>
        <translation>In drei Lanes teilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Divide into two lanes</source>
        <translation>In zwei Lanes teilen</translation>
    </message>
</context>
<context>
    <name>SteckbriefDocument</name>
    <message>
        <location filename="../views/export/steckbriefdocument.cpp" line="+55"/>
        <source>None recorded.</source>
        <translation>Keine Angaben.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+11"/>
        <source>Prozesssteckbrief</source>
        <translation>Prozesssteckbrief</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Prozesssteckbrief: %1</source>
        <translation>Prozesssteckbrief: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Prozessschlüssel</source>
        <translation>Prozessschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+6"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Bezeichnung</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detaillierungsstufe</source>
        <translation>Detaillierungsstufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freigabestatus</source>
        <translation>Freigabestatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verwaltungspolitische Kodierung</source>
        <translation>Verwaltungspolitische Kodierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klassifikation</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Prozessteilnehmer</source>
        <translation>Prozessteilnehmer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Handlungsgrundlagen</source>
        <translation>Handlungsgrundlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form ID</source>
        <translation>Formular-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Process ID</source>
        <translation>Prozess-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auslöser</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ergebnis</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zustandsangaben</source>
        <translation>Zustandsangaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methodically released</source>
        <translation>Methodisch freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released by experts</source>
        <translation>Fachlich freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
</context>
<context>
    <name>amtsweg::AnalysisController</name>
    <message>
        <location filename="../app/analysiscontroller.cpp" line="+24"/>
        <source>Show Analysis on &amp;Canvas</source>
        <translation>Analyse auf der &amp;Zeichenfläche zeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark media breaks (red) and hand-offs (orange) on the canvas</source>
        <translation>Medienbrüche (rot) und Übergaben (orange) auf der Zeichenfläche markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;Analysis Report...</source>
        <translation>&amp;Analysebericht exportieren…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No model is open.</source>
        <translation>Kein Modell ist geöffnet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export analysis report</source>
        <translation>Analysebericht exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
</context>
<context>
    <name>amtsweg::AnalysisPanel</name>
    <message>
        <location filename="../views/panels/analysispanel.cpp" line="+113"/>
        <source>Analysis views</source>
        <translation>Analyseansichten</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Maturity</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media breaks</source>
        <translation>Medienbrüche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-offs</source>
        <translation>Übergaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Once only</source>
        <translation>Once-Only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing knowledge</source>
        <translation>Fehlende Angaben</translation>
    </message>
</context>
<context>
    <name>amtsweg::AnlassRow</name>
    <message>
        <location filename="../views/panels/steckbrieflist.cpp" line="+205"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Form ID (D…)</source>
        <translation>Formular-ID (D…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process ID</source>
        <translation>Prozess-ID</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: text</source>
        <translation>%1: Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it is, in words</source>
        <translation>Was es ist, in Worten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: form ID</source>
        <translation>%1: Formular-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID of a FIM Dokumentsteckbrief (D…), when it is a form</source>
        <translation>Die ID eines FIM-Dokumentsteckbriefs (D…), wenn es ein Formular ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: process ID</source>
        <translation>%1: Prozess-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Prozessschlüssel of another process, when it is one</source>
        <translation>Der Prozessschlüssel eines anderen Prozesses, wenn es einer ist</translation>
    </message>
</context>
<context>
    <name>amtsweg::Autosave</name>
    <message>
        <location filename="../app/autosave.cpp" line="+130"/>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (autosaved %2)</source>
        <translation>%1 (automatisch gespeichert %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recover unsaved work</source>
        <translation>Ungespeicherte Arbeit wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Amtsweg was not closed properly. Unsaved changes of %n document(s) can be recovered:</source>
        <translation>
            <numerusform>Amtsweg wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %n Dokument können wiederhergestellt werden:</numerusform>
            <numerusform>Amtsweg wurde nicht ordnungsgemäß beendet. Ungespeicherte Änderungen an %n Dokumenten können wiederhergestellt werden:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 could not be recovered: the autosaved copy is unreadable</source>
        <translation>%1 konnte nicht wiederhergestellt werden: Die automatisch gespeicherte Kopie ist unlesbar</translation>
    </message>
</context>
<context>
    <name>amtsweg::BreadcrumbBar</name>
    <message>
        <location filename="../views/panels/breadcrumbbar.cpp" line="+39"/>
        <source>Back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
</context>
<context>
    <name>amtsweg::CodeComboBox</name>
    <message>
        <location filename="../views/panels/steckbriefwidgets.cpp" line="+29"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No code</source>
        <translation>Kein Code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Code %1 (%2)</source>
        <translation>Code %1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code %1 is not in the code list Amtsweg knows; it is kept.</source>
        <translation>Code %1 steht nicht in der Codeliste, die Amtsweg kennt; er bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>amtsweg::ColourSection</name>
    <message>
        <location filename="../views/panels/coloursection.cpp" line="+27"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preset</source>
        <translation>Vorgabe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill...</source>
        <translation>Füllung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the fill colour of the selected elements</source>
        <translation>Füllfarbe der ausgewählten Elemente wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stroke...</source>
        <translation>Linie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the line colour of the selected elements</source>
        <translation>Linienfarbe der ausgewählten Elemente wählen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fill colour</source>
        <translation>Füllfarbe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stroke colour</source>
        <translation>Linienfarbe</translation>
    </message>
</context>
<context>
    <name>amtsweg::ComparisonController</name>
    <message>
        <location filename="../app/comparisoncontroller.cpp" line="+39"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
</context>
<context>
    <name>amtsweg::ComparisonPanel</name>
    <message>
        <location filename="../views/panels/comparisonpanel.cpp" line="+27"/>
        <source>Added (%1)</source>
        <translation>Hinzugefügt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed (%1)</source>
        <translation>Entfernt (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed (%1)</source>
        <translation>Geändert (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved or resized (%1)</source>
        <translation>Verschoben oder Größe geändert (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 added</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 removed (was %2)</source>
        <translation>%1 entfernt (war %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the comparison and remove its marks from the canvas</source>
        <translation>Vergleich schließen und seine Markierungen aus dem Diagramm entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What changed</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No comparison. Choose Compare in the context menu of a model or version in the repository.</source>
        <translation>Kein Vergleich. Wählen Sie „Vergleichen“ im Kontextmenü eines Modells oder einer Version im Repository.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: no differences.</source>
        <translation>%1: keine Unterschiede.</translation>
    </message>
</context>
<context>
    <name>amtsweg::DiagramPage</name>
    <message>
        <location filename="../app/diagrampage.cpp" line="+23"/>
        <source>Diagram canvas</source>
        <translation>Diagramm-Zeichenfläche</translation>
    </message>
</context>
<context>
    <name>amtsweg::DocumentSession</name>
    <message>
        <location filename="../app/documentsession.cpp" line="+49"/>
        <source>%1 (version %2, read-only)</source>
        <translation>%1 (Version %2, schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Untitled %1</source>
        <translation>Unbenannt %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save BPMN file</source>
        <translation>BPMN-Datei speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BPMN 2.0 files (*.bpmn)</source>
        <translation>BPMN-2.0-Dateien (*.bpmn)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save file</source>
        <translation>Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be saved:
%2</source>
        <translation>%1 konnte nicht gespeichert werden:
%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save Version</source>
        <translation>Version speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed in this version of %1?</source>
        <translation>Was hat sich in dieser Version von %1 geändert?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot save version</source>
        <translation>Version kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved by someone else</source>
        <translation>Von jemand anderem gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was saved as version %2 since you opened version %3. Nothing is overwritten; choose what happens with your changes.</source>
        <translation>%1 wurde als Version %2 gespeichert, nachdem Sie Version %3 geöffnet haben. Nichts wird überschrieben; wählen Sie, was mit Ihren Änderungen geschieht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+27"/>
        <source>Save as New Model</source>
        <translation>Als neues Modell speichern</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Keep Both (mine becomes the newest version)</source>
        <translation>Beide behalten (meine wird die neueste Version)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard Mine and Reload</source>
        <translation>Meine verwerfen und neu laden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name of the new model:</source>
        <translation>Name des neuen Modells:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created in Amtsweg</source>
        <translation>In Amtsweg erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save model</source>
        <translation>Modell kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them before closing?</source>
        <translation>%1 hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>amtsweg::EndToEndSection</name>
    <message>
        <location filename="../views/panels/endtoendsection.cpp" line="+52"/>
        <source>%1 (not recognised)</source>
        <translation>%1 (nicht erkannt)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>End to end</source>
        <translation>Ende zu Ende</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the information reaches its recipient.</source>
        <translation>Wie die Information ihren Empfänger erreicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Structured data</source>
        <translation>Strukturierte Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the information arrives as data a program can process without retyping (e.g. XML), not as a scan, PDF or free text. Unknown: what the channel usually carries.</source>
        <translation>Ob die Information als Daten ankommt, die ein Programm ohne Abtippen verarbeiten kann (z. B. XML), nicht als Scan, PDF oder Freitext. Unbekannt: was der Kanal üblicherweise transportiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How the information travels, from channel and structured data.</source>
        <translation>Wie die Information übermittelt wird, aus Kanal und strukturierten Daten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data standard</source>
        <translation>Datenstandard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. XMeld 2.4 or S00000092</source>
        <translation>z. B. XMeld 2.4 oder S00000092</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data standard or FIM data schema the information follows.</source>
        <translation>Der Datenstandard oder das FIM-Datenschema, dem die Information folgt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far IT does the activity: by hand, supported by IT, or fully automated.</source>
        <translation>Wie weit IT die Aktivität übernimmt: von Hand, IT-unterstützt oder vollautomatisiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fachverfahren</source>
        <translation>Fachverfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. OK.EWO</source>
        <translation>z. B. OK.EWO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Fachverfahren (specialist application) the activity is done in.</source>
        <translation>Das Fachverfahren, in dem die Aktivität erledigt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <comment>data store</comment>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What kind of data store this is.</source>
        <translation>Welche Art von Datenspeicher dies ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interface</source>
        <translation>Schnittstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether other systems can read or write the data store through an interface, not only people by hand.</source>
        <translation>Ob andere Systeme den Datenspeicher über eine Schnittstelle lesen oder schreiben können, nicht nur Menschen von Hand.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <comment>participant</comment>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who or what the pool stands for.</source>
        <translation>Wen oder was der Pool darstellt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+58"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+13"/>
        <location line="+15"/>
        <location line="+6"/>
        <location line="+7"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Unknown (task type: %1)</source>
        <translation>Unbekannt (Aufgabentyp: %1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>From data store: %1</source>
        <translation>Vom Datenspeicher: %1</translation>
    </message>
</context>
<context>
    <name>amtsweg::EventSection</name>
    <message>
        <location filename="../views/panels/eventsection.cpp" line="+34"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>Zyklus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ISO 8601, e.g. P14D</source>
        <translation>ISO 8601, z. B. P14D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timer</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interrupting</source>
        <translation>Unterbrechend</translation>
    </message>
</context>
<context>
    <name>amtsweg::FimMode</name>
    <message>
        <location filename="../app/fimmode.cpp" line="+41"/>
        <source>FIM &amp;Mode</source>
        <translation>FIM-&amp;Modus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FIM mode: the palette and the context pad offer only FIM-BPMN symbols, new pools are vertical, labels follow the FIM patterns</source>
        <translation>FIM-Modus: Palette und Kontext-Pad bieten nur FIM-BPMN-Symbole an, neue Pools sind senkrecht, Beschriftungen folgen den FIM-Mustern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>FIM</source>
        <translation>FIM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIM mode is on for this model</source>
        <translation>Der FIM-Modus ist für dieses Modell eingeschaltet</translation>
    </message>
</context>
<context>
    <name>amtsweg::FindBar</name>
    <message>
        <location filename="../app/findbar.cpp" line="+57"/>
        <source>Find by name or id</source>
        <translation>Nach Name oder ID suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+95"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
</context>
<context>
    <name>amtsweg::FirstProcessGuide</name>
    <message>
        <location filename="../app/firstprocessguide.cpp" line="+38"/>
        <source>Model a small process in five steps. Each step ticks itself when your model shows it.</source>
        <translation>Modellieren Sie einen kleinen Prozess in fünf Schritten. Jeder Schritt wird abgehakt, sobald Ihr Modell ihn zeigt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show me</source>
        <translation>Vormachen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show me: %1</source>
        <translation>Vormachen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the Problems panel</source>
        <translation>Öffnet den Bereich „Probleme“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does this step for you in the current model</source>
        <translation>Erledigt diesen Schritt für Sie im aktuellen Modell</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Step %1 done: %2</source>
        <translation>Schritt %1 erledigt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 open: %2</source>
        <translation>Schritt %1 offen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Well done: your first process is modelled and checked. Press F1 to read more about the notation and the checks.</source>
        <translation>Gut gemacht: Ihr erster Prozess ist modelliert und geprüft. Drücken Sie F1, um mehr über die Notation und die Prüfungen zu lesen.</translation>
    </message>
</context>
<context>
    <name>amtsweg::FlowSection</name>
    <message>
        <location filename="../views/panels/flowsection.cpp" line="+16"/>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. ${antragVollstaendig}</source>
        <translation>z. B. ${antragVollstaendig}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default flow of its source</source>
        <translation>Standardfluss seiner Quelle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default flow</source>
        <translation>Standardfluss</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>A default flow has no condition.</source>
        <translation>Ein Standardfluss hat keine Bedingung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to %1</source>
        <translation>nach %1</translation>
    </message>
</context>
<context>
    <name>amtsweg::GeneralSection</name>
    <message>
        <location filename="../views/panels/generalsection.cpp" line="+28"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Documentation</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The ID must not be empty.</source>
        <translation>Die ID darf nicht leer sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID must be an XML name: a letter or _ first, then letters, digits, _, - or . (no spaces or colons).</source>
        <translation>Die ID muss ein XML-Name sein: zuerst ein Buchstabe oder _, dann Buchstaben, Ziffern, _, - oder . (keine Leerzeichen oder Doppelpunkte).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The ID &quot;%1&quot; is already used by another element.</source>
        <translation>Die ID „%1“ wird bereits von einem anderen Element verwendet.</translation>
    </message>
</context>
<context>
    <name>amtsweg::HelpController</name>
    <message>
        <location filename="../app/helpcontroller.cpp" line="+24"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amtsweg &amp;Help</source>
        <translation>Amtsweg-&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Amtsweg</source>
        <translation>Ü&amp;ber Amtsweg</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>About Amtsweg</source>
        <translation>Über Amtsweg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Amtsweg %1&lt;/h3&gt;&lt;p&gt;BPMN 2.0 modeller for German public administration: end-to-end processes for OZG 2.0, FIM-BPMN with Prozesssteckbrief and Referenzaktivitätengruppen, XProzess 2.0.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Amtsweg %1&lt;/h3&gt;&lt;p&gt;BPMN-2.0-Modellierer für die öffentliche Verwaltung in Deutschland: Ende-zu-Ende-Prozesse für OZG 2.0, FIM-BPMN mit Prozesssteckbrief und Referenzaktivitätengruppen, XProzess 2.0.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>amtsweg::HelpWindow</name>
    <message>
        <location filename="../app/helpwindow.cpp" line="+99"/>
        <source>Amtsweg Help</source>
        <translation>Amtsweg-Hilfe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back (%1)</source>
        <translation>Zurück (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forward (%1)</source>
        <translation>Vorwärts (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>The overview page</source>
        <translation>Die Übersichtsseite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search the help…</source>
        <translation>Hilfe durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the help</source>
        <translation>Hilfe durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds the pages with these words; Enter goes to the next match (Ctrl+F)</source>
        <translation>Findet die Seiten mit diesen Wörtern; die Eingabetaste springt zum nächsten Treffer (Strg+F)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Help page</source>
        <translation>Hilfeseite</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsweg::LegalBasisRow</name>
    <message>
        <location filename="../views/panels/steckbrieflist.cpp" line="-112"/>
        <source>Name, e.g. § 27 MuSchG</source>
        <translation>Name, z. B. § 27 MuSchG</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open %1 in the web browser</source>
        <translation>%1 im Webbrowser öffnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Handlungsgrundlage %1</source>
        <translation>Handlungsgrundlage %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: name</source>
        <translation>%1: Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the legal basis, e.g. § 27 MuSchG</source>
        <translation>Name der Handlungsgrundlage, z. B. § 27 MuSchG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: kind</source>
        <translation>%1: Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind of the legal basis (Art), e.g. Gesetz</source>
        <translation>Art der Handlungsgrundlage, z. B. Gesetz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: web address</source>
        <translation>%1: Webadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the legal text is published, e.g. on gesetze-im-internet.de</source>
        <translation>Wo der Rechtstext veröffentlicht ist, z. B. auf gesetze-im-internet.de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: open the web address</source>
        <translation>%1: Webadresse öffnen</translation>
    </message>
</context>
<context>
    <name>amtsweg::LoopSection</name>
    <message>
        <location filename="../views/panels/loopsection.cpp" line="+13"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard loop</source>
        <translation>Standardschleife</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel multi-instance</source>
        <translation>Parallele Mehrfachinstanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequential multi-instance</source>
        <translation>Sequenzielle Mehrfachinstanz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
</context>
<context>
    <name>amtsweg::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+74"/>
        <source>Open diagrams</source>
        <translation>Geöffnete Diagramme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <location line="+406"/>
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location line="-395"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 konnte nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Opened %1 with %n warning(s)</source>
        <translation>
            <numerusform>%1 mit %n Warnung geöffnet</numerusform>
            <numerusform>%1 mit %n Warnungen geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Repository...</source>
        <translation>&amp;Repository öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save to Repository as &amp;New Model...</source>
        <translation>Im Repository als neues &amp;Modell speichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare with &amp;Base Model</source>
        <translation>Mit Basismodell &amp;vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Image...</source>
        <translation>Bild e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächster Treffer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find &amp;Previous</source>
        <translation>&amp;Vorheriger Treffer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Align</source>
        <translation>&amp;Ausrichten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Sub-Process</source>
        <translation>&amp;Teilprozess öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to &amp;Parent</source>
        <translation>Zurück zur ü&amp;bergeordneten Ebene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next Tab</source>
        <translation>Nächster Tab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous Tab</source>
        <translation>Vorheriger Tab</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reset Panel Layout</source>
        <translation>Bereichs-Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1[*] - Amtsweg</source>
        <translation>%1[*] – Amtsweg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open BPMN file</source>
        <translation>BPMN-Datei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BPMN 2.0 files (*.bpmn *.xml);;All files (*)</source>
        <translation>BPMN-2.0-Dateien (*.bpmn *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Export diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
</context>
<context>
    <name>amtsweg::NoticeBar</name>
    <message>
        <location filename="../app/noticebar.cpp" line="+42"/>
        <source>Hide this note</source>
        <translation>Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>amtsweg::OptionalDateEdit</name>
    <message>
        <location filename="../views/panels/steckbriefwidgets.cpp" line="+49"/>
        <source>%1 set</source>
        <translation>%1 angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the Prozesssteckbrief records this date (%1)</source>
        <translation>Ob der Prozesssteckbrief dieses Datum angibt (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not set</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>“%1” is not a date; it is kept until you choose one.</source>
        <translation>„%1“ ist kein Datum; es bleibt erhalten, bis Sie eines wählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (year-month-day)</source>
        <translation>%1 (Jahr-Monat-Tag)</translation>
    </message>
</context>
<context>
    <name>amtsweg::OutlinePanel</name>
    <message>
        <location filename="../views/panels/outlinebuilder.cpp" line="+120"/>
        <source>%1, ID %2</source>
        <translation>%1, ID %2</translation>
    </message>
    <message>
        <location filename="../views/panels/outlinepanel.cpp" line="+45"/>
        <source>Filter by name or ID</source>
        <translation>Nach Name oder ID filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter the outline</source>
        <translation>Gliederung filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
</context>
<context>
    <name>amtsweg::OverviewView</name>
    <message>
        <location filename="../views/panels/overviewview.cpp" line="+11"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>amtsweg::PaletteWidget</name>
    <message>
        <location filename="../views/canvas/palettewidget.cpp" line="+112"/>
        <source>Palette</source>
        <translation>Palette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hand tool</source>
        <translation>Hand-Werkzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select and lasso tool</source>
        <translation>Auswahl- und Lasso-Werkzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect tool</source>
        <translation>Verbindungswerkzeug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create %1</source>
        <translation>%1 erstellen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>amtsweg::PanelDocks</name>
    <message>
        <location filename="../app/paneldocks.cpp" line="+33"/>
        <source>Undo history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outline</source>
        <translation>Gliederung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Prozesssteckbrief</source>
        <translation>Prozesssteckbrief</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>%n elements selected.</source>
        <translation>
            <numerusform>%n Element ausgewählt.</numerusform>
            <numerusform>%n Elemente ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsweg::ParticipantRow</name>
    <message>
        <location filename="../views/panels/steckbrieflist.cpp" line="-146"/>
        <source>Name (as the pool is named)</source>
        <translation>Name (wie der Pool heißt)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Also: %1 (kept)</source>
        <translation>Außerdem: %1 (bleibt erhalten)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Prozessteilnehmer %1</source>
        <translation>Prozessteilnehmer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: name</source>
        <translation>%1: Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the Prozessteilnehmer; every pool is named after one</source>
        <translation>Name des Prozessteilnehmers; jeder Pool ist nach einem Prozessteilnehmer benannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: role %2</source>
        <translation>%1: Rolle %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Prozessteilnehmer has the role %1 (code %2)</source>
        <translation>Der Prozessteilnehmer hat die Rolle %1 (Code %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role codes Amtsweg does not know; they stay in the file</source>
        <translation>Rollencodes, die Amtsweg nicht kennt; sie bleiben in der Datei erhalten</translation>
    </message>
</context>
<context>
    <name>amtsweg::PosterDialog</name>
    <message>
        <location filename="../app/posterdialog.cpp" line="+15"/>
        <source>PDF Poster</source>
        <translation>PDF-Poster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page labels (row / column)</source>
        <translation>Seitenbeschriftung (Zeile / Spalte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crop marks</source>
        <translation>Schnittmarken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation:</source>
        <translation>Ausrichtung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale:</source>
        <translation>Maßstab:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pages:</source>
        <translation>Seiten:</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%1 × %2 (%n page(s))</source>
        <translation>
            <numerusform>%1 × %2 (%n Seite)</numerusform>
            <numerusform>%1 × %2 (%n Seiten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsweg::PresentationMode</name>
    <message>
        <location filename="../app/presentationmode.cpp" line="+23"/>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Present the model full screen, diagram by diagram (Page Down, Page Up; Esc or F5 leaves)</source>
        <translation>Das Modell im Vollbild präsentieren, Diagramm für Diagramm (Bild ab, Bild auf; Esc oder F5 beendet)</translation>
    </message>
</context>
<context>
    <name>amtsweg::PresentationView</name>
    <message>
        <location filename="../views/canvas/presentationview.cpp" line="+81"/>
        <source>%1   %2 / %3</source>
        <translation>%1   %2 / %3</translation>
    </message>
</context>
<context>
    <name>amtsweg::ProblemsChecker</name>
    <message>
        <location filename="../app/problemschecker.cpp" line="+67"/>
        <source>Switch off rule %1</source>
        <translation>Regel %1 abschalten</translation>
    </message>
</context>
<context>
    <name>amtsweg::ProblemsPanel</name>
    <message>
        <location filename="../views/panels/problemspanel.cpp" line="+30"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors and warnings</source>
        <translation>Fehler und Warnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show findings of this severity</source>
        <translation>Befunde dieses Schweregrads zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity filter</source>
        <translation>Schweregrad-Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show findings of one rule</source>
        <translation>Befunde einer Regel zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule filter</source>
        <translation>Regelfilter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show findings whose message, element or rule contains this text</source>
        <translation>Befunde zeigen, deren Meldung, Element oder Regel diesen Text enthält</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No problems found</source>
        <translation>Keine Probleme gefunden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>All rules</source>
        <translation>Alle Regeln</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Show Element</source>
        <translation>Element zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch Off Rule &apos;%1&apos; for This Model</source>
        <translation>Regel „%1“ für dieses Modell abschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch Off Rule &apos;%1&apos; in This Repository</source>
        <translation>Regel „%1“ in diesem Repository abschalten</translation>
    </message>
</context>
<context>
    <name>amtsweg::PropertiesPanel</name>
    <message>
        <location filename="../views/panels/propertiespanel.cpp" line="+28"/>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Select an element to see its properties.</source>
        <translation>Wählen Sie ein Element aus, um seine Eigenschaften zu sehen.</translation>
    </message>
</context>
<context>
    <name>amtsweg::RagSection</name>
    <message>
        <location filename="../views/panels/ragsection.cpp" line="+166"/>
        <source>Turn into Aktivitätengruppe</source>
        <translation>In Aktivitätengruppe umwandeln</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Aktivitätengruppe (FIM)</source>
        <translation>Aktivitätengruppe (FIM)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Referenzaktivitätengruppe (RAG) type of FIM-BPMN. None removes the group.</source>
        <translation>Der Typ der Referenzaktivitätengruppe (RAG) nach FIM-BPMN. „Keine“ entfernt die Gruppe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+223"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="-222"/>
        <source>RAG type</source>
        <translation>RAG-Typ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FIM-BPMN puts Referenzaktivitätengruppen on collapsed sub-processes. Choosing a type turns this task into an Aktivitätengruppe (a collapsed sub-process).</source>
        <translation>In FIM-BPMN stehen Referenzaktivitätengruppen an zugeklappten Teilprozessen. Wenn Sie einen Typ wählen, wird diese Aufgabe in eine Aktivitätengruppe (einen zugeklappten Teilprozess) umgewandelt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RAG version</source>
        <translation>RAG-Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The version of the RAG type, e.g. 1.00.</source>
        <translation>Die Version des RAG-Typs, z. B. 1.00.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group id</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The running number of the group in the model: 01, 02 …</source>
        <translation>Die laufende Nummer der Gruppe im Modell: 01, 02 …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The group&apos;s own name; empty: the sub-process&apos;s name.</source>
        <translation>Der eigene Name der Gruppe; leer: der Name des Teilprozesses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the group does.</source>
        <translation>Was die Gruppe tut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The legal basis, e.g. § 27 MuSchG.</source>
        <translation>Die Handlungsgrundlage, z. B. § 27 MuSchG.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The kind of legal basis as a code, e.g. 104 (Act).</source>
        <translation>Die Art der Handlungsgrundlage als Code, z. B. 104 (Gesetz).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the text of the legal basis is published.</source>
        <translation>Wo der Text der Handlungsgrundlage veröffentlicht ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handlungsgrundlagen (legal bases)</source>
        <translation>Handlungsgrundlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incoming data</source>
        <translation>Eingehende Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing data</source>
        <translation>Ausgehende Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Fachverfahren</source>
        <translation>Fachverfahren</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>An IT system the group uses.</source>
        <translation>Ein IT-System, das die Gruppe nutzt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Received data</source>
        <translation>Empfangene Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provided data</source>
        <translation>Bereitgestellte Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kinds of formal check the group makes.</source>
        <translation>Die Arten der formellen Prüfung, die die Gruppe vornimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kinds of check</source>
        <translation>Prüfarten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aid</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A Hilfsmittel: a guideline, checklist, tool …</source>
        <translation>Ein Hilfsmittel: Leitfaden, Checkliste, Werkzeug …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aids (Hilfsmittel)</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of decision</source>
        <translation>Entscheidungsart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of processing</source>
        <translation>Bearbeitungsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Bearbeitungsart code of the group.</source>
        <translation>Der Code der Bearbeitungsart der Gruppe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+26"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether those involved must cooperate (Mitwirkungspflicht).</source>
        <translation>Ob die Beteiligten mitwirken müssen (Mitwirkungspflicht).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duty to cooperate</source>
        <translation>Mitwirkungspflicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Form of involvement</source>
        <translation>Beteiligungsform</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the group</source>
        <translation>Beschreibung der Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the free group (RAG 8) does.</source>
        <translation>Was die freie Gruppe (RAG 8) tut.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Dokumentsteckbrief id, D followed by digits.</source>
        <translation>Die ID des Dokumentsteckbriefs: D, gefolgt von Ziffern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A form id is D followed by digits, e.g. D99006028261000.</source>
        <translation>Eine Formular-ID besteht aus D, gefolgt von Ziffern, z. B. D99006028261000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Stammdatenschema id, S followed by digits.</source>
        <translation>Die ID des Stammdatenschemas: S, gefolgt von Ziffern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A schema id is S followed by digits, e.g. S99006028261000.</source>
        <translation>Eine Schema-ID besteht aus S, gefolgt von Ziffern, z. B. S99006028261000.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The version of the schema.</source>
        <translation>Die Version des Schemas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The data in words, when there is no form.</source>
        <translation>Die Daten in Worten, wenn es kein Formular gibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sender: the name of a pool.</source>
        <translation>Der Absender: der Name eines Pools.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient: the name of a pool.</source>
        <translation>Der Empfänger: der Name eines Pools.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the data is sent (Übermittlungsart).</source>
        <translation>Wie die Daten übermittelt werden (Übermittlungsart).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>None (group without a type)</source>
        <translation>Keine (Gruppe ohne Typ)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>RAG %1: %2</source>
        <translation>RAG %1: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Aktivitätengruppe</source>
        <translation>Aktivitätengruppe</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Remove the Aktivitätengruppe of this sub-process?</source>
        <translation>Die Aktivitätengruppe dieses Teilprozesses entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAG %1 with all its data</source>
        <translation>RAG %1 mit allen Daten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change to RAG %1 (%2) and drop the following?</source>
        <translation>Zu RAG %1 (%2) wechseln und Folgendes verwerfen?</translation>
    </message>
</context>
<context>
    <name>amtsweg::RagTable</name>
    <message>
        <location filename="../views/panels/ragsectiontable.cpp" line="+46"/>
        <source>Add an entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove the selected entry</source>
        <translation>Ausgewählten Eintrag entfernen</translation>
    </message>
</context>
<context>
    <name>amtsweg::RecentFiles</name>
    <message>
        <location filename="../app/recentfiles.cpp" line="+24"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>amtsweg::RepositoryBrowser</name>
    <message>
        <location filename="../views/panels/repositorybrowser.cpp" line="+92"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the repository</source>
        <translation>Repository durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search model names, element names, documentation and FIM data; every word must occur in the model</source>
        <translation>Sucht in Modellnamen, Elementnamen, Dokumentation und FIM-Daten; jedes Wort muss im Modell vorkommen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Import BPMN files or a folder into the repository</source>
        <translation>BPMN-Dateien oder einen Ordner in das Repository importieren</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Import Files...</source>
        <translation>Dateien importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import Folder...</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FIM status</source>
        <translation>FIM-Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+13"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open by</source>
        <translation>Geöffnet von</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Repository: %1</source>
        <translation>Repository: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+207"/>
        <source>Read-only: %1</source>
        <translation>Nur lesen: %1</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) since %3</source>
        <translation>%1 (%2) seit %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open by %1</source>
        <translation>Geöffnet von %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Based on %1, version %2</source>
        <translation>Basiert auf %1, Version %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Based on %1 version %2; version %3 is newer.</source>
        <translation>Basiert auf %1 Version %2; Version %3 ist neuer.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+21"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Derive New Model...</source>
        <translation>Neues Modell ableiten…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare with Base</source>
        <translation>Mit Basis vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+38"/>
        <source>Export as BPMN...</source>
        <translation>Als BPMN exportieren…</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore as Newest Version</source>
        <translation>Als neueste Version wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compare with Newest Version</source>
        <translation>Mit neuester Version vergleichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compare with Version</source>
        <translation>Mit Version vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare Versions %1 and %2</source>
        <translation>Versionen %1 und %2 vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derive New Model from This Version...</source>
        <translation>Neues Modell aus dieser Version ableiten…</translation>
    </message>
</context>
<context>
    <name>amtsweg::RepositoryController</name>
    <message>
        <location filename="../app/repositorycontroller.cpp" line="+94"/>
        <location line="+117"/>
        <source>Cannot open repository</source>
        <translation>Repository kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+4"/>
        <source>Cannot switch off the rule</source>
        <translation>Die Regel kann nicht abgeschaltet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule %1 is switched off for every model in this repository (amtsweg repo rules enable %1 switches it on again).</source>
        <translation>Die Regel %1 ist für alle Modelle in diesem Repository abgeschaltet (amtsweg repo rules enable %1 schaltet sie wieder ein).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Repository damaged</source>
        <translation>Repository beschädigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can continue with the latest automatic backup from %1. Amtsweg copies it to &apos;%2&apos; and opens the copy; the backup and the damaged repository stay as they are. Changes saved after the backup was taken are not in it.</source>
        <translation>Sie können mit der neuesten automatischen Sicherung vom %1 weiterarbeiten. Amtsweg kopiert sie nach „%2“ und öffnet die Kopie; die Sicherung und das beschädigte Repository bleiben unverändert. Änderungen, die nach der Sicherung gespeichert wurden, fehlen darin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open Copy of Backup</source>
        <translation>Kopie der Sicherung öffnen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot copy the backup &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>Die Sicherung „%1“ kann nicht nach „%2“ kopiert werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Repository</source>
        <translation>Repository öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amtsweg repositories (*.amtsweg);;All files (*)</source>
        <translation>Amtsweg-Repositorys (*.amtsweg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>Cannot open model</source>
        <translation>Modell kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Import BPMN Files</source>
        <translation>BPMN-Dateien importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BPMN 2.0 files (*.bpmn *.xml)</source>
        <translation>BPMN-2.0-Dateien (*.bpmn *.xml)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+8"/>
        <location line="+17"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="-237"/>
        <source>Repository %1</source>
        <translation>Repository %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repository %1, read-only</source>
        <translation>Repository %1, nur lesen</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+8"/>
        <location line="+139"/>
        <source>Read-only: %1</source>
        <translation>Nur lesen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also open by %1.</source>
        <translation>Auch geöffnet von %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot save model</source>
        <translation>Modell kann nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n model(s) imported; these files were not:</source>
        <translation>
            <numerusform>%n Modell importiert; diese Dateien nicht:</numerusform>
            <numerusform>%n Modelle importiert; diese Dateien nicht:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n model(s) imported</source>
        <translation>
            <numerusform>%n Modell importiert</numerusform>
            <numerusform>%n Modelle importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export as BPMN</source>
        <translation>Als BPMN exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BPMN 2.0 files (*.bpmn)</source>
        <translation>BPMN-2.0-Dateien (*.bpmn)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 could not be written:
%2</source>
        <translation>%1 konnte nicht geschrieben werden:
%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Version %1 restored as version %2</source>
        <translation>Version %1 als Version %2 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Derive New Model</source>
        <translation>Neues Modell ableiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (derived)</source>
        <translation>%1 (abgeleitet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referenzprozess</source>
        <translation>Referenzprozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lokalprozess</source>
        <translation>Lokalprozess</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Based on:</source>
        <translation>Basiert auf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, version %2</source>
        <translation>%1, Version %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIM status:</source>
        <translation>FIM-Status:</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+29"/>
        <source>Cannot derive</source>
        <translation>Ableiten nicht möglich</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+28"/>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>%1: version %2 → version %3</source>
        <translation>%1: Version %2 → Version %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not derived from another model.</source>
        <translation>%1 ist nicht von einem anderen Modell abgeleitet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (version %2) against its base %3, version %4</source>
        <translation>%1 (Version %2) gegen seine Basis %3, Version %4</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only a model opened from the repository can be compared with its base.</source>
        <translation>Nur ein aus dem Repository geöffnetes Modell kann mit seiner Basis verglichen werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unsaved changes in the tab are not part of the comparison.</source>
        <translation>Ungespeicherte Änderungen im Tab sind nicht Teil des Vergleichs.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Based on %1 version %2; version %3 is newer.</source>
        <translation>Basiert auf %1 Version %2; Version %3 ist neuer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare with Base</source>
        <translation>Mit Basis vergleichen</translation>
    </message>
</context>
<context>
    <name>amtsweg::Rules</name>
    <message>
        <location filename="../model/validation/diagramrules.cpp" line="+91"/>
        <source>Element overlaps with other element</source>
        <translation>Element überlappt ein anderes Element</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Element is outside of parent boundary</source>
        <translation>Element liegt außerhalb seines Pools oder Teilprozesses</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Element is missing bpmndi</source>
        <translation>Element ist in keinem Diagramm gezeichnet</translation>
    </message>
    <message>
        <location filename="../model/validation/elementrules.cpp" line="+36"/>
        <source>Element is missing label/name</source>
        <translation>Element hat keine Beschriftung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Event has multiple event definitions</source>
        <translation>Ereignis hat mehrere Ereignisdefinitionen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Link event is missing link name</source>
        <translation>Link-Ereignis hat keinen Link-Namen</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>Link catch event with link name &lt;%1&gt; missing in scope</source>
        <translation>Eintretendes Link-Ereignis mit Link-Namen &lt;%1&gt; fehlt im selben Prozess</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Link throw event with link name &lt;%1&gt; missing in scope</source>
        <translation>Auslösendes Link-Ereignis mit Link-Namen &lt;%1&gt; fehlt im selben Prozess</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duplicate link catch event with link name &lt;%1&gt; in scope</source>
        <translation>Mehrere eintretende Link-Ereignisse mit Link-Namen &lt;%1&gt; im selben Prozess</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Element is missing name</source>
        <translation>Element hat keinen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Element is unused</source>
        <translation>Element wird nicht verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Element name is not unique</source>
        <translation>Elementname ist nicht eindeutig</translation>
    </message>
    <message>
        <location filename="../model/validation/flowrules.cpp" line="+54"/>
        <source>Sequence flow is missing condition</source>
        <translation>Sequenzfluss hat keine Bedingung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An event-based gateway must have at least 2 outgoing sequence flows</source>
        <translation>Ein ereignisbasiertes Gateway braucht mindestens 2 ausgehende Sequenzflüsse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A sequence flow outgoing from an event-based gateway must not be conditional</source>
        <translation>Ein Sequenzfluss aus einem ereignisbasierten Gateway darf keine Bedingung haben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incoming flows do not join</source>
        <translation>Eingehende Flüsse werden nicht zusammengeführt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Element is not connected</source>
        <translation>Element ist nicht verbunden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sequence flow is a duplicate</source>
        <translation>Sequenzfluss ist doppelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate outgoing sequence flows</source>
        <translation>Doppelte ausgehende Sequenzflüsse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate incoming sequence flows</source>
        <translation>Doppelte eingehende Sequenzflüsse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gateway forks and joins</source>
        <translation>Gateway verzweigt und führt zusammen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flow splits implicitly</source>
        <translation>Fluss verzweigt implizit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gateway is superfluous: it has only one source and target</source>
        <translation>Gateway ist überflüssig: es hat nur eine Quelle und ein Ziel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sequence flow has superfluous label</source>
        <translation>Sequenzfluss hat eine überflüssige Beschriftung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Element type complex gateway is discouraged</source>
        <translation>Komplexe Gateways sind zu vermeiden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Element type inclusive gateway is discouraged</source>
        <translation>Inklusive Gateways sind zu vermeiden</translation>
    </message>
    <message>
        <location filename="../model/validation/ruleregistry.cpp" line="+23"/>
        <source>Ad-hoc sub-processes have no start or end events</source>
        <translation>Ad-hoc-Teilprozesse haben keine Start- oder Endereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flows leaving a conditional fork have a condition or are the default</source>
        <translation>Flüsse aus einer bedingten Verzweigung haben eine Bedingung oder sind der Standardfluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every process and sub-process has an end event</source>
        <translation>Jeder Prozess und Teilprozess hat ein Endereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event-based gateways have two or more unconditional outgoing flows</source>
        <translation>Ereignisbasierte Gateways haben zwei oder mehr ausgehende Flüsse ohne Bedingung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start events of event sub-processes have a trigger</source>
        <translation>Startereignisse von Ereignis-Teilprozessen haben einen Auslöser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flows join at a gateway, not at an activity or event</source>
        <translation>Flüsse werden an einem Gateway zusammengeführt, nicht an einer Aktivität oder einem Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages, signals, errors and escalations are named, unique and used</source>
        <translation>Nachrichten, Signale, Fehler und Eskalationen sind benannt, eindeutig und verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elements that need a label have one</source>
        <translation>Elemente, die eine Beschriftung brauchen, haben eine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link events are named and come in throw/catch pairs</source>
        <translation>Link-Ereignisse sind benannt und kommen als auslösend/eintretend-Paar vor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every visible element is drawn in a diagram</source>
        <translation>Jedes sichtbare Element ist in einem Diagramm gezeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No complex gateways</source>
        <translation>Keine komplexen Gateways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every flow node is connected</source>
        <translation>Jeder Flussknoten ist verbunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No two sequence flows with the same source, target and condition</source>
        <translation>Keine zwei Sequenzflüsse mit gleicher Quelle, gleichem Ziel und gleicher Bedingung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A gateway either joins or forks</source>
        <translation>Ein Gateway führt entweder zusammen oder verzweigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flows split at gateways, not at activities or events</source>
        <translation>Flüsse verzweigen an Gateways, nicht an Aktivitäten oder Ereignissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paths end at end events</source>
        <translation>Pfade enden an Endereignissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paths begin at start events</source>
        <translation>Pfade beginnen an Startereignissen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No inclusive gateways</source>
        <translation>Keine inklusiven Gateways</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shapes do not overlap and stay inside their pool or sub-process</source>
        <translation>Formen überlappen sich nicht und bleiben in ihrem Pool oder Teilprozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most one blank start event per process or sub-process</source>
        <translation>Höchstens ein Blanko-Startereignis je Prozess oder Teilprozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An event has at most one event definition</source>
        <translation>Ein Ereignis hat höchstens eine Ereignisdefinition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every process and sub-process has a start event</source>
        <translation>Jeder Prozess und Teilprozess hat ein Startereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start events of embedded sub-processes are blank</source>
        <translation>Startereignisse eingebetteter Teilprozesse sind Blanko-Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No gateways with one incoming and one outgoing flow</source>
        <translation>Keine Gateways mit einem eingehenden und einem ausgehenden Fluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only conditional, default and decision flows carry labels</source>
        <translation>Nur bedingte Flüsse, Standardflüsse und Entscheidungsflüsse tragen Beschriftungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No terminate end event where a plain end event does</source>
        <translation>Kein Terminierungs-Endereignis, wo ein einfaches Endereignis genügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message flows connect different pools</source>
        <translation>Nachrichtenflüsse verbinden verschiedene Pools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequence flows stay inside one process or sub-process</source>
        <translation>Sequenzflüsse bleiben innerhalb eines Prozesses oder Teilprozesses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Boundary events are attached to an activity of their process</source>
        <translation>Angeheftete Ereignisse hängen an einer Aktivität ihres Prozesses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every flow node is reachable from a start</source>
        <translation>Jeder Flussknoten ist von einem Start aus erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Information does not change medium along the flow</source>
        <translation>Informationen wechseln im Ablauf nicht das Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The applicant is not asked for data a register in the model holds</source>
        <translation>Die antragstellende Person wird nicht nach Daten gefragt, die einem Register im Modell vorliegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every pool says what it is (citizen, company, online service, authority, register)</source>
        <translation>Jeder Pool gibt seine Art an (Bürger:in, Unternehmen, Onlinedienst, Behörde, Register)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every message flow has a channel</source>
        <translation>Jeder Nachrichtenfluss hat einen Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every step says whether it is manual, IT-supported or automated</source>
        <translation>Jeder Schritt gibt an, ob er manuell, IT-unterstützt oder automatisiert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every data store has a kind and, for registers and Fachverfahren, says whether it has an interface</source>
        <translation>Jeder Datenspeicher hat eine Art und gibt bei Registern und Fachverfahren an, ob er eine Schnittstelle hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A FIM model has a Prozesssteckbrief</source>
        <translation>Ein FIM-Modell hat einen Prozesssteckbrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Prozessschlüssel is a 14-digit Leistungsschlüssel</source>
        <translation>Der Prozessschlüssel ist ein 14-stelliger Leistungsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Prozesssteckbrief has a name and a version NN.NN.NN</source>
        <translation>Der Prozesssteckbrief hat einen Namen und eine Version NN.NN.NN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detaillierungsstufe and Freigabestatus are valid codes</source>
        <translation>Detaillierungsstufe und Freigabestatus sind gültige Codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every Prozessteilnehmer has a name and a valid role</source>
        <translation>Jeder Prozessteilnehmer hat einen Namen und eine gültige Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every pool is named after a Prozessteilnehmer</source>
        <translation>Jeder Pool ist nach einem Prozessteilnehmer benannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The process has a Handlungsgrundlage, each with name and art</source>
        <translation>Der Prozess hat eine Handlungsgrundlage, jede mit Name und Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every sub-process of the administration is a Referenzaktivitätengruppe</source>
        <translation>Jeder Teilprozess der Verwaltung ist eine Referenzaktivitätengruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every RAG group has a type 1–8</source>
        <translation>Jede Aktivitätengruppe hat einen Typ 1–8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every RAG group has a version and the filled type-specific attributes of its type</source>
        <translation>Jede Aktivitätengruppe hat eine Version und die ausgefüllten typspezifischen Attribute ihres Typs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAG group ids are unique numbers</source>
        <translation>Die IDs der Aktivitätengruppen sind eindeutige Nummern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAG groups belong to sub-processes</source>
        <translation>Aktivitätengruppen gehören zu Teilprozessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every RAG group names a Handlungsgrundlage</source>
        <translation>Jede Aktivitätengruppe nennt eine Handlungsgrundlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAG groups that receive or provide information have the message flows</source>
        <translation>Aktivitätengruppen, die Informationen empfangen oder bereitstellen, haben die Nachrichtenflüsse dazu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Senders and recipients of RAG groups are the pools their message flows connect</source>
        <translation>Absender und Empfänger von Aktivitätengruppen sind die Pools, die ihre Nachrichtenflüsse verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only FIM-BPMN symbols: message start, plain end, RAG sub-processes, call activities, exclusive and parallel gateways, interrupting timer boundary events</source>
        <translation>Nur FIM-BPMN-Symbole: Nachrichten-Startereignis, einfaches Endereignis, Aktivitätengruppen, Aufrufaktivitäten, exklusive und parallele Gateways, unterbrechende Zeit-Randereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pools are laid out vertically</source>
        <translation>Pools sind senkrecht angeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The administration&apos;s pool has exactly one start event</source>
        <translation>Der Pool der Verwaltung hat genau ein Startereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every end event is named</source>
        <translation>Jedes Endereignis ist benannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every node lies on a path from the start event to an end event</source>
        <translation>Jeder Knoten liegt auf einem Pfad vom Startereignis zu einem Endereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diverging gateways ask a question ending in &apos;?&apos;</source>
        <translation>Verzweigende Gateways stellen eine Frage, die mit „?“ endet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flows leaving a question carry the answer</source>
        <translation>Flüsse, die eine Frage verlassen, tragen die Antwort</translation>
    </message>
    <message>
        <location filename="../model/validation/startendrules.cpp" line="+85"/>
        <source>Sub process is missing start event</source>
        <translation>Teilprozess hat kein Startereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process is missing start event</source>
        <translation>Prozess hat kein Startereignis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sub process is missing end event</source>
        <translation>Teilprozess hat kein Endereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process is missing end event</source>
        <translation>Prozess hat kein Endereignis</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sub process has multiple blank start events</source>
        <translation>Teilprozess hat mehrere Blanko-Startereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process has multiple blank start events</source>
        <translation>Prozess hat mehrere Blanko-Startereignisse</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start event must be blank</source>
        <translation>Startereignis muss ein Blanko-Ereignis sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start event is missing event definition</source>
        <translation>Startereignis hat keine Ereignisdefinition</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A start event is not allowed in an ad-hoc sub-process</source>
        <translation>In einem Ad-hoc-Teilprozess ist kein Startereignis erlaubt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An end event is not allowed in an ad-hoc sub-process</source>
        <translation>In einem Ad-hoc-Teilprozess ist kein Endereignis erlaubt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Element is an implicit start</source>
        <translation>Element ist ein impliziter Start</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Element is an implicit end</source>
        <translation>Element ist ein implizites Ende</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Termination is superfluous</source>
        <translation>Terminierung ist überflüssig</translation>
    </message>
    <message>
        <location filename="../model/validation/structurerules.cpp" line="+43"/>
        <source>Message flow connects two elements of the same pool</source>
        <translation>Nachrichtenfluss verbindet zwei Elemente desselben Pools</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sequence flow leaves its process or sub-process: use a message flow between pools</source>
        <translation>Sequenzfluss verlässt seinen Prozess oder Teilprozess: zwischen Pools einen Nachrichtenfluss verwenden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Boundary event is not attached to an activity</source>
        <translation>Angeheftetes Ereignis hängt an keiner Aktivität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Boundary event lies in another process or sub-process than its activity</source>
        <translation>Angeheftetes Ereignis liegt in einem anderen Prozess oder Teilprozess als seine Aktivität</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No path from a start event reaches this element</source>
        <translation>Kein Pfad von einem Startereignis erreicht dieses Element</translation>
    </message>
    <message>
        <location filename="../model/validation/e2erules.cpp" line="+17"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Media break (%1): %2</source>
        <translation>Medienbruch (%1): %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The applicant is asked for %1, which &apos;%2&apos; already holds: fetch it from there (once-only)</source>
        <translation>Die antragstellende Person wird nach %1 gefragt, das „%2“ bereits vorliegt: dort abrufen (Once-Only)</translation>
    </message>
    <message>
        <location filename="../model/validation/fimprofilerules.cpp" line="+67"/>
        <source>Not FIM-BPMN: %1 (%2)</source>
        <translation>Kein FIM-BPMN: %1 (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not FIM-BPMN: pool %1 is laid out horizontally; FIM pools are vertical</source>
        <translation>Kein FIM-BPMN: Pool %1 ist waagerecht angeordnet; FIM-Pools sind senkrecht</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 has %2 start events; a FIM process has exactly one</source>
        <translation>%1 hat %2 Startereignisse; ein FIM-Prozess hat genau eines</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>End event %1 has no name</source>
        <translation>Endereignis %1 hat keinen Namen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No path from the start event reaches %1</source>
        <translation>Kein Pfad vom Startereignis erreicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No path leads from %1 to an end event</source>
        <translation>Kein Pfad führt von %1 zu einem Endereignis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Diverging gateway %1 is not labelled as a question ending in &apos;?&apos;</source>
        <translation>Verzweigendes Gateway %1 ist nicht als Frage mit „?“ am Ende beschriftet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Flow %1 leaving the question %2 has no answer as its label</source>
        <translation>Fluss %1 aus der Frage %2 ist nicht mit einer Antwort beschriftet</translation>
    </message>
    <message>
        <location filename="../model/validation/fimragrules.cpp" line="+76"/>
        <source>form reference or text</source>
        <translation>Formularbezug oder Text</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>received data</source>
        <translation>empfangene Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>provided data</source>
        <translation>bereitgestellte Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kind of formal check</source>
        <translation>Art der formellen Prüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>valid kind of formal check</source>
        <translation>gültige Art der formellen Prüfung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sub-process %1 is no Referenzaktivitätengruppe</source>
        <translation>Teilprozess %1 ist keine Referenzaktivitätengruppe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>RAG group %1 has no valid type (1–8): &apos;%2&apos;</source>
        <translation>Aktivitätengruppe %1 hat keinen gültigen Typ (1–8): „%2“</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>RAG group %1 has no RAG version</source>
        <translation>Aktivitätengruppe %1 hat keine Version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RAG group %1 needs exactly one block of type-specific attributes, for type %2 (%3)</source>
        <translation>Aktivitätengruppe %1 braucht genau einen Block typspezifischer Attribute, für Typ %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RAG group %1 lacks: %2</source>
        <translation>Aktivitätengruppe %1 fehlt: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>RAG group %1 has no group id</source>
        <translation>Aktivitätengruppe %1 hat keine Gruppen-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Group id &apos;%1&apos; of %2 is not a number like 01</source>
        <translation>Gruppen-ID „%1“ von %2 ist keine Nummer wie 01</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Group id &apos;%1&apos; of %2 is used by another group</source>
        <translation>Gruppen-ID „%1“ von %2 wird von einer anderen Gruppe verwendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A RAG group belongs to a sub-process of a process, not to %1</source>
        <translation>Eine Aktivitätengruppe gehört zu einem Teilprozess eines Prozesses, nicht zu %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RAG group %1 names no Handlungsgrundlage</source>
        <translation>Aktivitätengruppe %1 nennt keine Handlungsgrundlage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>RAG group %1 receives information but no message flow from another pool reaches it</source>
        <translation>Aktivitätengruppe %1 empfängt Informationen, aber kein Nachrichtenfluss aus einem anderen Pool erreicht sie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RAG group %1 provides information but sends no message flow to another pool</source>
        <translation>Aktivitätengruppe %1 stellt Informationen bereit, sendet aber keinen Nachrichtenfluss an einen anderen Pool</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sender &apos;%1&apos; of RAG group %2 is no pool that sends it a message flow</source>
        <translation>Absender „%1“ der Aktivitätengruppe %2 ist kein Pool, der ihr einen Nachrichtenfluss sendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recipient &apos;%1&apos; of RAG group %2 is no pool it sends a message flow to</source>
        <translation>Empfänger „%1“ der Aktivitätengruppe %2 ist kein Pool, an den sie einen Nachrichtenfluss sendet</translation>
    </message>
    <message>
        <location filename="../model/validation/fimrules.cpp" line="+47"/>
        <source>FIM model without a Prozesssteckbrief: add one to %1</source>
        <translation>FIM-Modell ohne Prozesssteckbrief: Fügen Sie %1 einen hinzu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Prozesssteckbrief of %1 has no Prozessschlüssel</source>
        <translation>Der Prozesssteckbrief von %1 hat keinen Prozessschlüssel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prozessschlüssel &apos;%1&apos; of %2 is not a 14-digit Leistungsschlüssel</source>
        <translation>Prozessschlüssel „%1“ von %2 ist kein 14-stelliger Leistungsschlüssel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Prozesssteckbrief of %1 has no name</source>
        <translation>Der Prozesssteckbrief von %1 hat keinen Namen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Prozesssteckbrief of %1 has no version</source>
        <translation>Der Prozesssteckbrief von %1 hat keine Version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version &apos;%1&apos; of %2 is not of the form NN.NN.NN</source>
        <translation>Version „%1“ von %2 hat nicht die Form NN.NN.NN</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Prozesssteckbrief of %1 has no %2</source>
        <translation>Im Prozesssteckbrief von %1 fehlt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 &apos;%2&apos; of %3 is no valid code</source>
        <translation>%1 „%2“ von %3 ist kein gültiger Code</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Prozesssteckbrief of %1 names no Prozessteilnehmer</source>
        <translation>Der Prozesssteckbrief von %1 nennt keinen Prozessteilnehmer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Prozessteilnehmer %1 of %2 has no name</source>
        <translation>Prozessteilnehmer %1 von %2 hat keinen Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prozessteilnehmer %1 of %2 has no role</source>
        <translation>Prozessteilnehmer %1 von %2 hat keine Rolle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role &apos;%1&apos; of Prozessteilnehmer %2 of %3 is no valid code</source>
        <translation>Rolle „%1“ des Prozessteilnehmers %2 von %3 ist kein gültiger Code</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pool %1 is no Prozessteilnehmer of the Prozesssteckbrief</source>
        <translation>Pool %1 ist kein Prozessteilnehmer des Prozesssteckbriefs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Prozesssteckbrief of %1 names no Handlungsgrundlage</source>
        <translation>Der Prozesssteckbrief von %1 nennt keine Handlungsgrundlage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Handlungsgrundlage %1 of %2 has no name</source>
        <translation>Handlungsgrundlage %1 von %2 hat keinen Namen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Handlungsgrundlage %1 of %2 has no art</source>
        <translation>Handlungsgrundlage %1 von %2 hat keine Art</translation>
    </message>
</context>
<context>
    <name>amtsweg::SettingsDialog</name>
    <message>
        <location filename="../app/settingsdialog.cpp" line="+34"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language applies when Amtsweg starts next time.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Amtsweg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New models start in &amp;FIM mode</source>
        <translation>Neue Modelle im &amp;FIM-Modus beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FIM mode restricts the palette to FIM-BPMN and suggests FIM label patterns</source>
        <translation>Der FIM-Modus beschränkt die Palette auf FIM-BPMN und schlägt Beschriftungen nach den FIM-Mustern vor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How often models with unsaved changes are copied to the recovery area</source>
        <translation>Wie oft Modelle mit ungespeicherten Änderungen in den Wiederherstellungsbereich kopiert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recorded with every version you save to a repository; empty: your user name</source>
        <translation>Wird bei jeder Version vermerkt, die Sie in einem Repository speichern; leer: Ihr Benutzername</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Automatisch speichern alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;uthor name:</source>
        <translation>A&amp;utorname:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A repository file, or a PostgreSQL server shared by a team: postgresql://user@host:port/database. The password is asked for when needed (or comes from ~/.pgpass or PGPASSWORD) and never stored. Empty: the default file.</source>
        <translation>Eine Repository-Datei oder ein PostgreSQL-Server, den ein Team teilt: postgresql://benutzer@host:port/datenbank. Das Passwort wird bei Bedarf abgefragt (oder kommt aus ~/.pgpass oder PGPASSWORD) und nie gespeichert. Leer: die Standarddatei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened at once and at every start (unless Amtsweg is started with ‑‑repository).</source>
        <translation>Wird sofort und bei jedem Start geöffnet (außer Amtsweg wird mit ‑‑repository gestartet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>L&amp;ocation:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Repository File</source>
        <translation>Repository-Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amtsweg repositories (*.amtsweg);;All files (*)</source>
        <translation>Amtsweg-Repositorys (*.amtsweg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open: %1</source>
        <translation>Kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connected, read-only: %1</source>
        <translation>Verbunden, nur lesen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected: you can read and save models.</source>
        <translation>Verbunden: Sie können Modelle lesen und speichern.</translation>
    </message>
</context>
<context>
    <name>amtsweg::ShapeItem</name>
    <message>
        <location filename="../views/canvas/diagramitems.cpp" line="+63"/>
        <source>RAG %1: %2</source>
        <translation>RAG %1: %2</translation>
    </message>
</context>
<context>
    <name>amtsweg::SharedRepositoryWatch</name>
    <message>
        <location filename="../app/sharedrepositorywatch.cpp" line="+129"/>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 saved version %2 of %3 meanwhile.</source>
        <translation>%1 hat inzwischen Version %2 von %3 gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload discards your unsaved changes; to keep them, save and choose what happens with both versions.</source>
        <translation>Neu laden verwirft Ihre ungespeicherten Änderungen; um sie zu behalten, speichern Sie und wählen, was mit beiden Versionen geschieht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>amtsweg::SteckbriefForm</name>
    <message>
        <location filename="../views/panels/steckbriefform.cpp" line="+88"/>
        <location line="+3"/>
        <source>Prozessschlüssel</source>
        <translation>Prozessschlüssel</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The process key: the 14-digit Leistungsschlüssel of the service (LeiKa)</source>
        <translation>Der Prozessschlüssel: der 14-stellige Leistungsschlüssel der Leistung (LeiKa)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>14 digits, e.g. 99006028261000</source>
        <translation>14 Ziffern, z. B. 99006028261000</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Version of the process, written NN.NN.NN</source>
        <translation>Version des Prozesses in der Form NN.NN.NN</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Name of the process: noun + verb</source>
        <translation>Name des Prozesses: Substantiv + Verb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Anzeige bearbeiten</source>
        <translation>z. B. Anzeige bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Bezeichnung</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The service name of the Leistungskatalog (LeiKa): object + action + details</source>
        <translation>Die Leistungsbezeichnung des Leistungskatalogs (LeiKa): Leistungsobjekt + Verrichtung + Verrichtungsdetail</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>What the process is, in one or two sentences</source>
        <translation>Was der Prozess ist, in ein oder zwei Sätzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>A free description of the process</source>
        <translation>Eine freie Beschreibung des Prozesses</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Detaillierungsstufe</source>
        <translation>Detaillierungsstufe</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Level of detail of the model (code list Detaillierungsstufe)</source>
        <translation>Detaillierungsstufe des Modells (Codeliste Detaillierungsstufe)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Freigabestatus</source>
        <translation>Freigabestatus</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Release status of the process (code list Freigabestatus)</source>
        <translation>Freigabestatus des Prozesses (Codeliste Freigabestatus)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prozessteilnehmer</source>
        <translation>Prozessteilnehmer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Prozessteilnehmer</source>
        <translation>Prozessteilnehmer hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a participant of the process with a name and roles</source>
        <translation>Einen Teilnehmer des Prozesses mit Name und Rollen hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handlungsgrundlagen</source>
        <translation>Handlungsgrundlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add Handlungsgrundlage</source>
        <translation>Handlungsgrundlage hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a legal basis of the process</source>
        <translation>Eine Handlungsgrundlage des Prozesses hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Auslöser</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add Auslöser</source>
        <translation>Auslöser hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add what starts the process: a form, another process or a text</source>
        <translation>Hinzufügen, was den Prozess auslöst: ein Formular, ein anderer Prozess oder ein Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Ergebnis</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Add Ergebnis</source>
        <translation>Ergebnis hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a result of the process: a form, another process or a text</source>
        <translation>Ein Ergebnis des Prozesses hinzufügen: ein Formular, ein anderer Prozess oder ein Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zustandsangaben</source>
        <translation>Zustandsangaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methodically released</source>
        <translation>Methodisch freigegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Released by experts</source>
        <translation>Fachlich freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+4"/>
        <source>Edited by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Who last edited the process description</source>
        <translation>Wer die Prozessbeschreibung zuletzt bearbeitet hat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Coding and classification</source>
        <translation>Kodierung und Klassifikation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Verwaltungspolitische Kodierung</source>
        <translation>Verwaltungspolitische Kodierung</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Keys of the states, districts or municipalities the process is for (01–16 Länder, 17 Bund), separated by commas</source>
        <translation>Schlüssel der Länder, Kreise oder Gemeinden, für die der Prozess gilt (01–16 Länder, 17 Bund), durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 17 or 01, 01001</source>
        <translation>z. B. 17 oder 01, 01001</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Klassifikation</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Classes of the process catalogue, separated by commas</source>
        <translation>Klassen des Prozesskatalogs, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 611.07.01</source>
        <translation>z. B. 611.07.01</translation>
    </message>
</context>
<context>
    <name>amtsweg::SteckbriefPanel</name>
    <message>
        <location filename="../views/panels/steckbriefpanel.cpp" line="+86"/>
        <source>Prozesssteckbrief actions</source>
        <translation>Aktionen zum Prozesssteckbrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print Prozesssteckbrief…</source>
        <translation>Prozesssteckbrief drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the Prozesssteckbrief</source>
        <translation>Prozesssteckbrief drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Prozesssteckbrief as PDF…</source>
        <translation>Prozesssteckbrief als PDF exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the Prozesssteckbrief as an A4 PDF document</source>
        <translation>Prozesssteckbrief als PDF-Dokument im Format A4 exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Prozesssteckbrief</source>
        <translation>Prozesssteckbrief entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the Prozesssteckbrief from the model (undoable)</source>
        <translation>Prozesssteckbrief aus dem Modell entfernen (rückgängig machbar)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The collaboration or process the Prozesssteckbrief describes</source>
        <translation>Die Kollaboration oder der Prozess, die bzw. den der Prozesssteckbrief beschreibt</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+2"/>
        <source>Add Prozesssteckbrief</source>
        <translation>Prozesssteckbrief hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a Prozesssteckbrief to the model, named after the process</source>
        <translation>Dem Modell einen Prozesssteckbrief hinzufügen, benannt nach dem Prozess</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No model is open.</source>
        <translation>Kein Modell ist geöffnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model has no process to describe.</source>
        <translation>Das Modell hat keinen Prozess, der beschrieben werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This model has no Prozesssteckbrief yet. A Prozesssteckbrief describes the process for FIM: its key, version, participants, legal bases and release status.</source>
        <translation>Dieses Modell hat noch keinen Prozesssteckbrief. Ein Prozesssteckbrief beschreibt den Prozess für FIM: Prozessschlüssel, Version, Prozessteilnehmer, Handlungsgrundlagen und Freigabestatus.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Print Prozesssteckbrief</source>
        <translation>Prozesssteckbrief drucken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The model has no Prozesssteckbrief.</source>
        <translation>Das Modell hat keinen Prozesssteckbrief.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Prozesssteckbrief as PDF</source>
        <translation>Prozesssteckbrief als PDF exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prozesssteckbrief.pdf</source>
        <translation>prozesssteckbrief.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>prozesssteckbrief-%1.pdf</source>
        <translation>prozesssteckbrief-%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
</context>
<context>
    <name>amtsweg::SteckbriefRow</name>
    <message>
        <location filename="../views/panels/steckbrieflist.cpp" line="-99"/>
        <location line="+1"/>
        <source>Remove this entry</source>
        <translation>Diesen Eintrag entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove %1 from the list</source>
        <translation>%1 aus der Liste entfernen</translation>
    </message>
</context>
<context>
    <name>amtsweg::TokenWalkBar</name>
    <message>
        <location filename="../app/tokenwalkbar.cpp" line="+49"/>
        <source>&amp;Token Walk-through</source>
        <translation>Token-&amp;Durchlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk a token through the process step by step (F9)</source>
        <translation>Einen Token Schritt für Schritt durch den Prozess führen (F9)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Walk-through</source>
        <translation>Token-Durchlauf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+247"/>
        <source>Next step (N or →)</source>
        <translation>Nächster Schritt (N oder →)</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One step back (Backspace)</source>
        <translation>Einen Schritt zurück (Rücktaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the start event</source>
        <translation>Zurück zum Startereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the walk-through (Esc)</source>
        <translation>Token-Durchlauf beenden (Esc)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The model has no start event to walk from.</source>
        <translation>Das Modell hat kein Startereignis, an dem der Token-Durchlauf beginnen kann.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at %1</source>
        <translation>Start bei %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At %1: %2</source>
        <translation>Bei %1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Where does the token start?</source>
        <translation>Wo startet der Token?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: every token has reached its end.</source>
        <translation>Fertig: Jeder Token hat sein Ende erreicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1: waiting, no token can move.</source>
        <translation>Bei %1: Warten, kein Token kann weiter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1</source>
        <translation>Bei %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At %1: choose how it goes on.</source>
        <translation>Bei %1: Wählen Sie, wie es weitergeht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next step (N or →): %1</source>
        <translation>Nächster Schritt (N oder →): %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose with key %1</source>
        <translation>Mit Taste %1 wählen</translation>
    </message>
</context>
<context>
    <name>amtsweg::WelcomeController</name>
    <message>
        <location filename="../app/welcomecontroller.cpp" line="+142"/>
        <source>First Process</source>
        <translation>Erster Prozess</translation>
    </message>
</context>
<context>
    <name>amtsweg::WelcomePage</name>
    <message>
        <location filename="../app/welcomepage.cpp" line="+55"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Welcome to Amtsweg</source>
        <translation>Willkommen bei Amtsweg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model administrative processes end to end: BPMN 2.0, FIM-BPMN with Prozesssteckbrief and Referenzaktivitätengruppen, and the analysis of media breaks and OZG maturity.</source>
        <translation>Verwaltungsprozesse von Ende zu Ende modellieren: BPMN 2.0, FIM-BPMN mit Prozesssteckbrief und Referenzaktivitätengruppen sowie die Analyse von Medienbrüchen und OZG-Reifegrad.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New model</source>
        <translation>Neues Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start an empty model (Ctrl+N)</source>
        <translation>Ein leeres Modell beginnen (Strg+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a BPMN or XProzess file (Ctrl+O)</source>
        <translation>Eine BPMN- oder XProzess-Datei öffnen (Strg+O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open repository…</source>
        <translation>Repository öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another process repository file</source>
        <translation>Eine andere Repository-Datei mit Prozessen öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in help on notation, FIM and analysis (F1)</source>
        <translation>Die eingebaute Hilfe zu Notation, FIM und Analyse (F1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Recent models</source>
        <translation>Zuletzt geöffnete Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models you open or save appear here.</source>
        <translation>Modelle, die Sie öffnen oder speichern, erscheinen hier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End-to-end processes of German administrations, as FIM-BPMN models. A sample opens as your own copy.</source>
        <translation>Ende-zu-Ende-Prozesse deutscher Verwaltungen als FIM-BPMN-Modelle. Ein Beispiel öffnet sich als Ihre eigene Kopie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No samples were found on this computer.</source>
        <translation>Auf diesem Computer wurden keine Beispiele gefunden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your first process</source>
        <translation>Ihr erster Prozess</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Five steps to a small, correct process. A checklist beside the canvas ticks each step when your model shows it.</source>
        <translation>In fünf Schritten zu einem kleinen, korrekten Prozess. Eine Checkliste neben der Zeichenfläche hakt jeden Schritt ab, sobald Ihr Modell ihn zeigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the first process</source>
        <translation>Ersten Prozess beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a new model with the step-by-step checklist</source>
        <translation>Öffnet ein neues Modell mit der Schritt-für-Schritt-Checkliste</translation>
    </message>
</context>
<context>
    <name>amtsweg::XProzessActions</name>
    <message>
        <location filename="../app/xprozessactions.cpp" line="+68"/>
        <source>Export as &amp;XProzess…</source>
        <translation>Als XProzess &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attached &amp;Documents</source>
        <translation>Angehängte Do&amp;kumente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is neither a PDF nor a picture. Opening it may start another program. Open it anyway?</source>
        <translation>„%1“ ist weder ein PDF noch ein Bild. Beim Öffnen kann ein anderes Programm starten. Trotzdem öffnen?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be opened as XProzess 2.0.

%2</source>
        <translation>%1 konnte nicht als XProzess 2.0 geöffnet werden.

%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is already open</source>
        <translation>%1 ist bereits geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>XProzess import</source>
        <translation>XProzess-Import</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Some processes of %1 could not be read.

%2</source>
        <translation>Einige Prozesse aus %1 konnten nicht gelesen werden.

%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was opened; some of its content was not taken over.

%2</source>
        <translation>%1 wurde geöffnet; ein Teil des Inhalts wurde nicht übernommen.

%2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Opened %n process(es) of %1</source>
        <translation>
            <numerusform>%n Prozess aus %1 geöffnet</numerusform>
            <numerusform>%n Prozesse aus %1 geöffnet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <location line="+16"/>
        <location line="+42"/>
        <source>Export as XProzess</source>
        <translation>Als XProzess exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="-80"/>
        <source>FIM-mandatory data is missing (%n item(s)). XProzess tools may reject the file.</source>
        <translation>
            <numerusform>FIM-Pflichtangaben fehlen (%n Angabe). XProzess-Werkzeuge lehnen die Datei möglicherweise ab.</numerusform>
            <numerusform>FIM-Pflichtangaben fehlen (%n Angaben). XProzess-Werkzeuge lehnen die Datei möglicherweise ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export Anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>XProzess 2.0, alleInhalte.export.0303 (*.xprozess.xml)</source>
        <translation>XProzess 2.0, alleInhalte.export.0303 (*.xprozess.xml)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XProzess 2.0, prozessbibliothek.export.0203 (*.xprozess.xml)</source>
        <translation>XProzess 2.0, prozessbibliothek.export.0203 (*.xprozess.xml)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+84"/>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="-122"/>
        <location line="+200"/>
        <source>Attached Documents</source>
        <translation>Angehängte Dokumente</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>no temporary folder: %1</source>
        <translation>kein temporärer Ordner: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the PDF is empty</source>
        <translation>das PDF ist leer</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The diagram could not be drawn as PDF for %1: %2</source>
        <translation>Das Diagramm konnte für %1 nicht als PDF gezeichnet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export without a new diagram PDF? The message then carries the earlier %1 from the imported file, which may not show your latest changes.</source>
        <translation>Ohne neues Diagramm-PDF exportieren? Die Nachricht enthält dann das frühere %1 aus der importierten Datei, das Ihre letzten Änderungen möglicherweise nicht zeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export without the diagram PDF? XProzess tools then show no picture of the process.</source>
        <translation>Ohne Diagramm-PDF exportieren? XProzess-Werkzeuge zeigen dann kein Bild des Prozesses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Without Diagram</source>
        <translation>Ohne Diagramm exportieren</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No attached documents</source>
        <translation>Keine angehängten Dokumente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2 KiB)</source>
        <translation>%1 (%2 KiB)</translation>
    </message>
</context>
<context>
    <name>amtsweg::e2e</name>
    <message>
        <location filename="../model/e2e/analysisformat.cpp" line="+98"/>
        <source>OZG maturity level (estimate): %1</source>
        <translation>OZG-Reifegrad (Schätzung): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OZG maturity level: not estimated</source>
        <translation>OZG-Reifegrad: nicht geschätzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Media breaks: %1</source>
        <translation>Medienbrüche: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hand-offs: %1 between pools, %2 between lanes</source>
        <translation>Übergaben: %1 zwischen Pools, %2 zwischen Lanes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 → %2 by %3</source>
        <translation>%1 → %2 über %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paths: %1</source>
        <translation>Pfade: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(stopped after %1; the model has more)</source>
        <translation>(nach %1 abgebrochen; das Modell hat mehr)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 pool and %2 lane hand-offs: </source>
        <translation>%1 Pool- und %2 Lane-Übergaben: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Automation of the steps</source>
        <translation>Automatisierung der Schritte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: manual %2 (%3), IT-supported %4 (%5), automated %6 (%7), unknown %8</source>
        <translation>%1: manuell %2 (%3), IT-unterstützt %4 (%5), automatisiert %6 (%7), unbekannt %8</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Once-only candidates: %1</source>
        <translation>Once-Only-Kandidaten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 asks the applicant for %2, which %3 holds</source>
        <translation>%1 fragt die antragstellende Person nach %2, das %3 vorliegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Missing knowledge: %1</source>
        <translation>Fehlende Angaben: %1</translation>
    </message>
    <message>
        <location filename="../model/e2e/e2eanalysis.cpp" line="+52"/>
        <source>Kind of pool %1 is unknown</source>
        <translation>Art des Pools %1 ist unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel of message flow %1 is unknown</source>
        <translation>Kanal des Nachrichtenflusses %1 ist unbekannt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automation of %1 is unknown</source>
        <translation>Automatisierungsgrad von %1 ist unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kind of data store %1 is unknown</source>
        <translation>Art des Datenspeichers %1 ist unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether data store %1 has an interface is unknown</source>
        <translation>Ob der Datenspeicher %1 eine Schnittstelle hat, ist unbekannt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Typed in again</source>
        <translation>Erneut erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Handled on paper</source>
        <translation>Auf Papier bearbeitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passed on unstructured</source>
        <translation>Unstrukturiert weitergegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carried between systems by hand</source>
        <translation>Von Hand zwischen Systemen übertragen</translation>
    </message>
    <message>
        <location filename="../model/e2e/e2eattributes.cpp" line="+14"/>
        <source>Online form / portal</source>
        <translation>Online-Formular / Portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>XÖV message (OSCI/XTA)</source>
        <translation>XÖV-Nachricht (OSCI/XTA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FIT-Connect</source>
        <translation>FIT-Connect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De-Mail / postbox</source>
        <translation>De-Mail / Postfach</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper letter</source>
        <translation>Papierbrief</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT-supported</source>
        <translation>IT-unterstützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automated</source>
        <translation>Automatisiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Fachverfahren</source>
        <translation>Fachverfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Citizen</source>
        <translation>Bürger:in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online service</source>
        <translation>Onlinedienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location line="+242"/>
        <source>structured digital</source>
        <translation>strukturiert digital</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unstructured digital</source>
        <translation>unstrukturiert digital</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>oral</source>
        <translation>mündlich</translation>
    </message>
    <message>
        <location filename="../model/e2e/maturity.cpp" line="+34"/>
        <source>No pool is marked as citizen or company: set the kind of the applicant&apos;s pool to estimate the level</source>
        <translation>Kein Pool ist als Bürger:in oder Unternehmen gekennzeichnet: Legen Sie die Art des Pools der antragstellenden Person fest, um den Reifegrad zu schätzen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The applicant sends nothing to the administration in the model</source>
        <translation>Die antragstellende Person sendet im Modell nichts an die Verwaltung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The applicant provides %1 that %2 already holds (once-only)</source>
        <translation>Die antragstellende Person liefert %1, das %2 bereits vorliegt (Once-Only)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Media breaks along the flow: %1, so not digital end to end</source>
        <translation>Medienbrüche im Ablauf: %1, also nicht durchgängig digital</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>an unknown channel</source>
        <translation>einen unbekannten Kanal</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is submitted online (%1); whether information is online cannot be read from a process model, so the level is 0 or 1</source>
        <translation>Nichts wird online eingereicht (%1); ob Informationen online stehen, lässt sich einem Prozessmodell nicht entnehmen, daher Reifegrad 0 oder 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is submitted via %2, not online: the application is not fully online</source>
        <translation>%1 wird über %2 eingereicht, nicht online: Der Antrag ist nicht vollständig online</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No notice or reply goes back to the applicant in the model</source>
        <translation>Im Modell geht kein Bescheid und keine Antwort an die antragstellende Person zurück</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 reaches the applicant via %2, not digitally</source>
        <translation>%1 erreicht die antragstellende Person über %2, nicht digital</translation>
    </message>
    <message>
        <location filename="../model/e2e/mediabreaks.cpp" line="+95"/>
        <source>%1 arrives as %2 (%3) and is processed in the %4 step %5: it has to be typed in again</source>
        <translation>%1 kommt als %2 (%3) an und wird im Schritt %5 (%4) bearbeitet: Die Daten müssen erneut erfasst werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 arrives structured (%2) but %3 is done by hand: the data leaves the system</source>
        <translation>%1 kommt strukturiert an (%2), aber %3 wird von Hand erledigt: Die Daten verlassen das System</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 is sent as %2 (%3) although the data was digital before (%4)</source>
        <translation>%1 wird als %2 (%3) versandt, obwohl die Daten vorher digital vorlagen (%4)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>From %1 (%2) to %3 (%4) with no interface between the two Fachverfahren: the data is carried over by hand</source>
        <translation>Von %1 (%2) zu %3 (%4) ohne Schnittstelle zwischen den beiden Fachverfahren: Die Daten werden von Hand übertragen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 takes data from %2 into %3, and %4 has no interface</source>
        <translation>%1 überträgt Daten aus %2 nach %3, und %4 hat keine Schnittstelle</translation>
    </message>
</context>
<context>
    <name>amtsweg::fim</name>
    <message>
        <location filename="../model/fim/fimcodes.cpp" line="+11"/>
        <source>Planned</source>
        <translation>In Planung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methodically released</source>
        <translation>Methodisch freigegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released by the subject experts (silver)</source>
        <translation>Fachlich freigegeben (silber)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released by the subject experts (gold)</source>
        <translation>Fachlich freigegeben (gold)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked for deletion</source>
        <translation>Vorgesehen zum Löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Master information</source>
        <translation>Stamminformation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of detail 102</source>
        <translation>Detaillierungsstufe 102</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of detail 103</source>
        <translation>Detaillierungsstufe 103</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of detail 104</source>
        <translation>Detaillierungsstufe 104</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of detail 105</source>
        <translation>Detaillierungsstufe 105</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Initiator</source>
        <translation>Initiator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main actor</source>
        <translation>Hauptakteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act (statute)</source>
        <translation>Gesetz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive information</source>
        <translation>Information empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provide information</source>
        <translation>Information bereitstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the matter formally</source>
        <translation>Sachverhalt formell prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assess/decide the matter without discretion</source>
        <translation>Sachverhalt beurteilen/entscheiden ohne Spielraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assess/decide the matter with discretion</source>
        <translation>Sachverhalt beurteilen/entscheiden mit Spielraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processing group (RAG 6)</source>
        <translation>Bearbeitungsgruppe (RAG 6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involve others</source>
        <translation>Beteiligung durchführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free group (RAG 8)</source>
        <translation>Freie Gruppe (RAG 8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject-matter jurisdiction</source>
        <translation>Sachliche Zuständigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local jurisdiction</source>
        <translation>Örtliche Zuständigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of check 3</source>
        <translation>Prüfart 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discretion whether to act</source>
        <translation>Entschließungsermessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information request</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Kind %1</source>
        <translation>Art %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown code %1</source>
        <translation>unbekannter Code %1</translation>
    </message>
    <message>
        <location filename="wrapped_messages.cpp" line="-82"/>
        <source>from %1</source>
        <extracomment>model/fim/fimtypechange.cpp</extracomment>
        <translation>von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to %1</source>
        <extracomment>model/fim/fimtypechange.cpp</extracomment>
        <translation>an %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received data: %1</source>
        <extracomment>model/fim/fimtypechange.cpp</extracomment>
        <translation>Empfangene Daten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provided data: %1</source>
        <extracomment>model/fim/fimtypechange.cpp</extracomment>
        <translation>Bereitgestellte Daten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of check: %1</source>
        <extracomment>model/fim/fimtypechange.cpp</extracomment>
        <translation>Prüfart: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aid (Hilfsmittel): %1</source>
        <extracomment>model/fim/fimtypechange.cpp</extracomment>
        <translation>Hilfsmittel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of decision: %1</source>
        <extracomment>model/fim/fimtypechange.cpp</extracomment>
        <translation>Entscheidungsart: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind of processing: %1</source>
        <extracomment>model/fim/fimtypechange.cpp</extracomment>
        <translation>Bearbeitungsart: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duty to cooperate: %1</source>
        <extracomment>model/fim/fimtypechange.cpp</extracomment>
        <translation>Mitwirkungspflicht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <extracomment>model/fim/fimtypechange.cpp</extracomment>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No</source>
        <extracomment>model/fim/fimtypechange.cpp</extracomment>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form of involvement: %1</source>
        <extracomment>model/fim/fimtypechange.cpp</extracomment>
        <translation>Beteiligungsform: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description of the free group: %1</source>
        <extracomment>model/fim/fimtypechange.cpp</extracomment>
        <translation>Beschreibung der freien Gruppe: %1</translation>
    </message>
</context>
<context>
    <name>amtsweg::simulation</name>
    <message>
        <location line="+192"/>
        <source>%1 (%2)</source>
        <extracomment>model/simulation/tokenwalk.cpp</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a message to %1</source>
        <extracomment>model/simulation/tokenwalk.cpp</extracomment>
        <translation>Nachricht an %1 senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send “%1” to %2</source>
        <extracomment>model/simulation/tokenwalk.cpp</extracomment>
        <translation>„%1“ an %2 senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receive “%1” from %2</source>
        <extracomment>model/simulation/tokenwalk.cpp</extracomment>
        <translation>„%1“ von %2 empfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event: %1</source>
        <extracomment>model/simulation/tokenwalk.cpp</extracomment>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into the sub-process “%1”</source>
        <extracomment>model/simulation/tokenwalk.cpp</extracomment>
        <translation>In den Teilprozess „%1“</translation>
    </message>
</context>
<context>
    <name>amtsweg::xprozess</name>
    <message>
        <location filename="../model/xprozess/mandatorycheck.cpp" line="+28"/>
        <source>The model has no Prozesssteckbrief (Prozessschlüssel, name, version, Freigabestatus, …)</source>
        <translation>Das Modell hat keinen Prozesssteckbrief (Prozessschlüssel, Name, Version, Freigabestatus, …)</translation>
    </message>
    <message>
        <location filename="wrapped_messages.cpp" line="+2"/>
        <source>mitwirkungspflicht &apos;%1&apos; is neither true nor false; ignored</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>mitwirkungspflicht „%1“ ist weder true noch false; ignoriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file &apos;%1&apos; is empty</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>die Datei „%1“ ist leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the content of &apos;%1&apos; is not valid base64</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>der Inhalt von „%1“ ist kein gültiges Base64</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the ZIP archive &apos;%1&apos; cannot be read: %2</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>das ZIP-Archiv „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process &apos;%1&apos; skipped: its BPMN file is unreadable</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>Prozess „%1“ übersprungen: seine BPMN-Datei ist unlesbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process &apos;%1&apos; has no BPMN file (.bpmn) in its prozessmodell</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>Prozess „%1“ hat keine BPMN-Datei (.bpmn) in seinem prozessmodell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process &apos;%1&apos; skipped: its BPMN file &apos;%2&apos; cannot be read</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>Prozess „%1“ übersprungen: seine BPMN-Datei „%2“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>process &apos;%1&apos;: the BPMN file has neither a collaboration nor a process for the Prozesssteckbrief</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>Prozess „%1“: die BPMN-Datei hat weder eine Kollaboration noch einen Prozess für den Prozesssteckbrief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aktivitätengruppe &apos;%1&apos;: &apos;%2&apos; is no activity; skipped</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>Aktivitätengruppe „%1“: „%2“ ist keine Aktivität; übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aktivitätengruppe &apos;%1&apos;: &apos;%2&apos; already has a group from this message; skipped</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>Aktivitätengruppe „%1“: „%2“ hat bereits eine Gruppe aus dieser Nachricht; übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aktivitätengruppe &apos;%1&apos; has no subProzessID; skipped</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>Aktivitätengruppe „%1“ hat keine subProzessID; übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aktivitätengruppe &apos;%1&apos;: the BPMN file has no element &apos;%2&apos;; skipped</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>Aktivitätengruppe „%1“: die BPMN-Datei hat kein Element „%2“; übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot open: %1</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the input is larger than %1 MiB</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>die Eingabe ist größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not well-formed XML: %1</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an XProzess 2.0 message: the root element is &apos;%1&apos; in namespace &apos;%2&apos; (expected alleInhalte.*, prozessbibliothek.* or prozesskatalog.* in %3)</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>keine XProzess-2.0-Nachricht: das Wurzelelement ist „%1“ im Namensraum „%2“ (erwartet: alleInhalte.*, prozessbibliothek.* oder prozesskatalog.* in %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>xprozessVersion is &apos;%1&apos;, read as 2.0</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>xprozessVersion ist „%1“, als 2.0 gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the message holds no process with a model</source>
        <extracomment>model/xprozess/xprozessreader.cpp</extracomment>
        <translation>die Nachricht enthält keinen Prozess mit Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the archive holds %1 files (at most %2 are read)</source>
        <extracomment>model/xprozess/ziparchive.cpp</extracomment>
        <translation>das Archiv enthält %1 Dateien (höchstens %2 werden gelesen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the archive unpacks to more than %1 MiB</source>
        <extracomment>model/xprozess/ziparchive.cpp</extracomment>
        <translation>das Archiv ist entpackt größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the archive unpacks to more than %1 bytes</source>
        <extracomment>model/xprozess/ziparchive.cpp</extracomment>
        <translation>das Archiv ist entpackt größer als %1 Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the archive unpacks to %1 times its size (a ZIP bomb?)</source>
        <extracomment>model/xprozess/ziparchive.cpp</extracomment>
        <translation>das Archiv ist entpackt %1-mal so groß (eine ZIP-Bombe?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot open entry &apos;%1&apos;: %2</source>
        <extracomment>model/xprozess/ziparchive.cpp</extracomment>
        <translation>Eintrag „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>entry &apos;%1&apos; is damaged: %2</source>
        <extracomment>model/xprozess/ziparchive.cpp</extracomment>
        <translation>Eintrag „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read the written archive</source>
        <extracomment>model/xprozess/ziparchive.cpp</extracomment>
        <translation>das geschriebene Archiv kann nicht gelesen werden</translation>
    </message>
</context>
</TS>
