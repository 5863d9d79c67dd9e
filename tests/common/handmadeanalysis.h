#pragma once
// An end-to-end analysis written by hand for tests/data/wohngeld/wohngeld-antrag.bpmn, so that the tests
// of what shows an analysis (dock, canvas overlay, report) know every entry exactly,
// independent of what e2e::analyse() finds. Header-only: for tests that link amtsweg_model.

#include "e2e/e2eanalysis.h"

namespace amtsweg::test {

inline e2e::Analysis handmadeAnalysis(const ModelTree &tree)
{
    auto n = [&](const char *id) {
        const NodeId node = tree.byId(id);
        if (node == kNoNode)
            qFatal("handmadeAnalysis: no element %s in the model", id);
        return node;
    };
    e2e::Analysis a;
    a.maturity.level = 2;
    a.maturity.reasons.push_back({QStringLiteral("The notice is sent as a paper letter"),
                                  {n("MessageFlow_Bewilligungsbescheid")}});
    a.mediaBreaks.push_back({e2e::MediaBreak::Kind::ReTyped,
                             {n("MessageFlow_Antrag"), n("Task_AntragFormellPruefen")},
                             QStringLiteral("Paper letter 'Antrag mit Nachweisen' is typed in "
                                            "again in 'Antrag formell prüfen'")});
    a.handOffs.push_back({e2e::HandOff::Kind::Participant, n("MessageFlow_Antragsdaten"),
                          n("Participant_OnlineDienst"), n("Participant_Wohngeldbehoerde")});
    a.handOffs.push_back({e2e::HandOff::Kind::Lane, n("Flow_Erstellen_Freigeben"),
                          n("Lane_Sachbearbeitung"), n("Lane_Abteilungsleitung")});
    e2e::Path path;
    path.nodes = {n("Task_AntragAusfuellen"), n("Task_NachweiseHochladen"),
                  n("Task_AntragFormellPruefen")};
    path.handOffs = {0, 1};
    path.participantHandOffs = 1;
    path.laneHandOffs = 1;
    a.paths.push_back(path);
    e2e::AutomationShare share;
    share.participant = n("Participant_Wohngeldbehoerde");
    share.process = n("Process_Wohngeldbehoerde");
    share.manual = 1;
    share.itSupported = 3;
    share.automated = 1;
    share.unknown = 1;
    a.automation.push_back(share);
    a.onceOnly.push_back({n("MessageFlow_Antrag"), n("DataStoreReference_Rentenversicherung"),
                          QStringLiteral("Rentenbescheid"), false});
    e2e::Missing missing;
    missing.text = QStringLiteral("Channel of message flow 'Nachforderung' is unknown");
    missing.elements = {n("MessageFlow_Nachforderung")};
    missing.what = e2e::Missing::What::Channel;
    a.missing.push_back(missing);
    return a;
}

} // namespace amtsweg::test
