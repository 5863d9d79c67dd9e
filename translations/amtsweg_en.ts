<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>amtsweg::Autosave</name>
    <message numerus="yes">
        <location filename="../app/autosave.cpp" line="+146"/>
        <source>Amtsweg was not closed properly. Unsaved changes of %n document(s) can be recovered:</source>
        <translation>
            <numerusform>Amtsweg was not closed properly. Unsaved changes of %n document can be recovered:</numerusform>
            <numerusform>Amtsweg was not closed properly. Unsaved changes of %n documents can be recovered:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsweg::HelpWindow</name>
    <message numerus="yes">
        <location filename="../app/helpwindow.cpp" line="+245"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsweg::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/mainwindow.cpp" line="+102"/>
        <location line="+406"/>
        <source>%n element(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-221"/>
        <source>Opened %1 with %n warning(s)</source>
        <translation>
            <numerusform>Opened %1 with %n warning</numerusform>
            <numerusform>Opened %1 with %n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsweg::PanelDocks</name>
    <message numerus="yes">
        <location filename="../app/paneldocks.cpp" line="+142"/>
        <source>%n elements selected.</source>
        <translation>
            <numerusform>%n element selected.</numerusform>
            <numerusform>%n elements selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsweg::PosterDialog</name>
    <message numerus="yes">
        <location filename="../app/posterdialog.cpp" line="+62"/>
        <source>%1 × %2 (%n page(s))</source>
        <translation>
            <numerusform>%1 × %2 (%n page)</numerusform>
            <numerusform>%1 × %2 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsweg::ProblemsPanel</name>
    <message numerus="yes">
        <location filename="../views/panels/problemspanel.cpp" line="+144"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsweg::RepositoryController</name>
    <message numerus="yes">
        <location filename="../app/repositorycontroller.cpp" line="+347"/>
        <source>%n model(s) imported; these files were not:</source>
        <translation>
            <numerusform>%n model imported; these files were not:</numerusform>
            <numerusform>%n models imported; these files were not:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n model(s) imported</source>
        <translation>
            <numerusform>%n model imported</numerusform>
            <numerusform>%n models imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amtsweg::XProzessActions</name>
    <message numerus="yes">
        <location filename="../app/xprozessactions.cpp" line="+141"/>
        <source>Opened %n process(es) of %1</source>
        <translation>
            <numerusform>Opened %n process of %1</numerusform>
            <numerusform>Opened %n processes of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>FIM-mandatory data is missing (%n item(s)). XProzess tools may reject the file.</source>
        <translation>
            <numerusform>FIM-mandatory data is missing (%n item). XProzess tools may reject the file.</numerusform>
            <numerusform>FIM-mandatory data is missing (%n items). XProzess tools may reject the file.</numerusform>
        </translation>
    </message>
</context>
</TS>
