#!/usr/bin/env python3
# Writes the end-to-end sample processes in samples/ (all but wohngeld-antrag.bpmn):
#   python3 samples/tools/generate-samples.py   (from the repository root)
# Each sample is a collaboration of the applicant's pool, the online service (EfA) and the
# authority with lanes, plus other authorities and registers where the service needs them,
# with Amtsweg's end-to-end attributes (docs/e2e-attributes.md) on pools, message flows,
# tasks and data stores. Labels follow the FIM style: tasks "Objekt + Infinitiv", events
# "Substantiv + Partizip", diverging gateways as questions. The expected analysis of each
# sample is asserted in tests/model/tst_samples.cpp: change both together.
#
# Room for later: no collapsed sub-processes are used, so that Referenzaktivitätengruppen and
# the FIM Prozesssteckbrief can be added without restructuring.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bpmnlayout import Model  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
EWO = 'OK.EWO'


def ummeldung_heute():
    m = Model('UmmeldungHeute', 'Wohnsitz ummelden (heute)',
              'Wohnsitz nach Umzug innerhalb Deutschlands anmelden (§ 17 BMG), so wie es in '
              'vielen Meldebehörden heute abläuft: Termin online buchen, Meldeschein als PDF '
              'per E-Mail, Abgleich und Adressaufkleber am Schalter, Meldebestätigung auf '
              'Papier. Die Rückmeldung an die Wegzugsgemeinde läuft schon heute als XMeld-'
              'Nachricht. Gegenstück: ummeldung-ende-zu-ende.bpmn. Beispielmodell von Amtsweg.')
    b = m.pool('Participant_Buerger', 'Bürger:in', 'citizen',
               doc='Person, die innerhalb Deutschlands umgezogen ist und sich binnen zwei '
                   'Wochen bei der Meldebehörde des neuen Wohnorts anmelden muss.')
    t = m.pool('Participant_Terminvergabe', 'Online-Terminvergabe', 'online-service',
               process=False, span=(1, 2),
               doc='Terminbuchung auf der Website der Stadt; nimmt keine Antragsdaten an.')
    a = m.pool('Participant_Meldebehoerde', 'Meldebehörde (Bürgeramt)', 'authority', rh=140,
               lanes=[('Lane_Sachbearbeitung', 'Sachbearbeitung', 1),
                      ('Lane_Buergerservice', 'Bürgerservice (Schalter)', 1)])
    w = m.pool('Participant_Wegzugsgemeinde', 'Meldebehörde der Wegzugsgemeinde',
               'authority', process=False)

    b0 = b.start('StartEvent_UmzugErfolgt', 'Umzug erfolgt', 0)
    b1 = b.task('Task_TerminBuchen', 'Termin online buchen', 1, typ='userTask')
    b2 = b.task('Task_MeldescheinAusfuellen', 'Meldeschein ausfüllen', 2, typ='userTask',
                doc='PDF-Formular von der Website, am Rechner ausgefüllt; die Wohnungsgeber'
                    'bestätigung wird eingescannt.')
    b3 = b.task('Task_MeldescheinSenden', 'Meldeschein per E-Mail senden', 3,
                auto='it-supported')
    b4 = b.task('Task_TerminWahrnehmen', 'Termin im Bürgeramt wahrnehmen', 7,
                typ='manualTask')
    b5 = b.catch('Event_MeldebestaetigungErhalten', 'Meldebestätigung erhalten', 10)
    b6 = b.end('EndEvent_WohnsitzUmgemeldet', 'Wohnsitz umgemeldet', 11)
    m.chain(b0, b1, b2, b3, b4, b5, b6)

    a0 = a.start('StartEvent_MeldescheinEingegangen', 'Meldeschein eingegangen', 3,
                 message=True)
    a1 = a.task('Task_MeldedatenErfassen', 'Meldedaten in OK.EWO erfassen', 4,
                typ='userTask', fv=EWO,
                doc='Die Angaben aus dem PDF werden von Hand in das Einwohnerfachverfahren '
                    'abgetippt.')
    a2 = a.catch('Event_BuergerVorgesprochen', 'Bürger:in vorgesprochen', 7, row=1)
    a3 = a.task('Task_AngabenAbgleichen', 'Angaben mit Ausweis abgleichen', 8, row=1,
                typ='userTask', fv=EWO,
                doc='Ausweisdaten und Wohnungsgeber werden mit dem erfassten Datensatz '
                    'verglichen und ergänzt.')
    a4 = a.task('Task_AnschriftAendern', 'Anschrift im Ausweis ändern', 9, row=1,
                typ='manualTask', doc='Adressaufkleber auf den Personalausweis kleben.')
    a5 = a.task('Task_MeldebestaetigungDrucken', 'Meldebestätigung drucken', 10, row=1,
                typ='userTask', fv=EWO)
    a6 = a.task('Task_RueckmeldungSenden', 'Rückmeldung senden', 11,
                row=1, typ='serviceTask', fv=EWO)
    a7 = a.end('EndEvent_UmmeldungAbgeschlossen', 'Ummeldung abgeschlossen', 12, row=1)
    m.chain(a0, a1, a2, a3, a4, a5, a6, a7)
    reg = a.store('DataStoreReference_Melderegister', 'Melderegister', 4, 1,
                  'DataStore_Melderegister', 'register', iface=True, std='XMeld')
    m.write(a1, reg)

    m.msg('MessageFlow_Terminbuchung', 'Terminbuchung', b1, t, 'online-form', label_w=90)
    m.msg('MessageFlow_Meldeschein', 'Meldeschein mit Wohnungsgeberbestätigung (PDF)', b3,
          a0, 'email', structured=False, label_w=215,
          doc='PDF-Anhang einer E-Mail: lesbar, aber nicht maschinenlesbar.')
    m.msg('MessageFlow_Ausweis', 'Personalausweis', b4, a2, 'in-person')
    m.msg('MessageFlow_Meldebestaetigung', 'Meldebestätigung', a5, b5, 'paper')
    m.msg('MessageFlow_Rueckmeldung', 'Rückmeldung', a6, w, 'xoev', structured=True,
          std='XMeld')
    return m


def ummeldung_e2e():
    m = Model('UmmeldungEndeZuEnde', 'Wohnsitz ummelden (Ende zu Ende)',
              'Wohnsitz nach Umzug innerhalb Deutschlands anmelden (§ 17 BMG) als Ende-zu-'
              'Ende-Prozess: Online-Anmeldung mit Online-Ausweis im EfA-Onlinedienst, '
              'XMeld-Datensatz über OSCI/XTA direkt ins Einwohnerfachverfahren, Daten aus dem '
              'Melderegister automatisch abgerufen, Meldebestätigung ins Postfach des '
              'Nutzerkontos. Der Adressaufkleber für den Personalausweis kommt weiterhin per '
              'Post und ist nicht Teil dieses Modells. Gegenstück: ummeldung-heute.bpmn. '
              'Beispielmodell von Amtsweg.')
    b = m.pool('Participant_Buerger', 'Bürger:in', 'citizen',
               doc='Person, die innerhalb Deutschlands umgezogen ist.')
    o = m.pool('Participant_Onlinedienst', 'Onlinedienst Wohnsitzanmeldung (EfA)',
               'online-service', rh=170,
               doc='Einer-für-Alle-Onlinedienst; Anmeldung mit BundID und Online-Ausweis, '
                   'Wohnungsgeberbestätigung über den Code des Wohnungsgebers.')
    a = m.pool('Participant_Meldebehoerde', 'Meldebehörde', 'authority',
               lanes=[('Lane_Fachverfahren', 'Fachverfahren (automatisch)', 1),
                      ('Lane_Sachbearbeitung', 'Sachbearbeitung', 1)])
    w = m.pool('Participant_Wegzugsgemeinde', 'Meldebehörde der Wegzugsgemeinde',
               'authority', process=False)

    b0 = b.start('StartEvent_UmzugErfolgt', 'Umzug erfolgt', 0)
    b1 = b.task('Task_AnmeldungAusfuellen', 'Anmeldung online ausfüllen', 1, typ='userTask',
                doc='Anmeldung mit BundID und Online-Ausweis; Name, Geburtsdatum und '
                    'bisherige Anschrift kommen aus dem Ausweis-Chip.')
    b2 = b.catch('Event_MeldebestaetigungErhalten', 'Meldebestätigung erhalten', 9)
    b3 = b.end('EndEvent_WohnsitzUmgemeldet', 'Wohnsitz umgemeldet', 10)
    m.chain(b0, b1, b2, b3)

    FV = 'Onlinedienst Wohnsitzanmeldung'
    o0 = o.start('StartEvent_AnmeldungEingegangen', 'Anmeldung eingegangen', 1, message=True)
    o1 = o.task('Task_AngabenPlausibilisieren', 'Angaben plausibilisieren', 2,
                typ='serviceTask', fv=FV)
    o2 = o.task('Task_DatensatzUebermitteln', 'Datensatz übermitteln', 3, typ='sendTask',
                auto='automated', fv=FV,
                doc='XMeld-Nachricht über OSCI/XTA an die zuständige Meldebehörde.')
    o3 = o.end('EndEvent_AnmeldungUebermittelt', 'Anmeldung übermittelt', 4)
    m.chain(o0, o1, o2, o3)

    a0 = a.start('StartEvent_DatensatzEingegangen', 'Datensatz eingegangen', 3, message=True)
    a1 = a.task('Task_MeldedatenAbrufen', 'Meldedaten abrufen', 4, typ='serviceTask', fv=EWO,
                doc='Abruf der bisherigen Meldedaten aus dem Melderegister statt erneuter '
                    'Angabe durch die Bürgerin oder den Bürger (Once-Only).')
    a2 = a.xor('Gateway_AngabenStimmig', 'Angaben stimmig?', 5)
    a3 = a.task('Task_KlaerfallBearbeiten', 'Klärfall bearbeiten', 6, row=1, typ='userTask',
                fv=EWO, doc='Abweichungen zwischen Anmeldung und Melderegister klären.')
    a4 = a.xor('Gateway_Zusammenfuehren', None, 7)
    a5 = a.task('Task_ZuzugEintragen', 'Zuzug im Melderegister eintragen', 8,
                typ='serviceTask', fv=EWO)
    a6 = a.task('Task_MeldebestaetigungZustellen', 'Meldebestätigung zustellen', 9,
                typ='serviceTask', fv=EWO, doc='PDF in das Postfach des Nutzerkontos.')
    a7 = a.task('Task_RueckmeldungSenden', 'Rückmeldung senden', 10,
                typ='serviceTask', fv=EWO)
    a8 = a.end('EndEvent_UmmeldungAbgeschlossen', 'Ummeldung abgeschlossen', 11)
    m.chain(a0, a1, a2)
    m.flow(a2, a4, name='ja', cond='Angaben stimmen mit dem Melderegister überein')
    m.flow(a2, a3, name='nein', default=True)
    m.chain(a3, a4, a5, a6, a7, a8)
    r1 = a.store('DataStoreReference_MelderegisterAbruf', 'Melderegister', 4, 1,
                 'DataStore_Melderegister', 'register', iface=True, std='XMeld')
    r2 = a.store('DataStoreReference_MelderegisterEintrag', 'Melderegister', 8, 1,
                 'DataStore_Melderegister', 'register', iface=True, std='XMeld')
    m.read(a1, r1)
    m.write(a5, r2)

    m.msg('MessageFlow_Anmeldung', 'Elektronische Anmeldung', b1, o0, 'online-form',
          structured=True)
    m.msg('MessageFlow_Datensatz', 'Datensatz Wohnsitzanmeldung', o2, a0, 'xoev',
          structured=True, std='XMeld', doc='XÖV-Nachricht über OSCI/XTA.')
    m.msg('MessageFlow_Meldebestaetigung', 'Meldebestätigung', a6, b2, 'postbox')
    m.msg('MessageFlow_Rueckmeldung', 'Rückmeldung', a7, w, 'xoev', structured=True,
          std='XMeld')
    return m


GEW = 'Gewerbe-Fachverfahren'


def gewerbe_heute():
    m = Model('GewerbeanmeldungHeute', 'Gewerbe anmelden (heute)',
              'Gewerbe anmelden (§ 14 GewO), so wie es in vielen Gewerbeämtern heute abläuft: '
              'Formular GewA 1 online ausfüllen, ausdrucken, unterschreiben und mit '
              'Handelsregisterauszug per Post senden; Abtippen ins Fachverfahren, Gebühr von '
              'Hand in das Kassenverfahren übertragen, Gewerbebestätigung und Durchschrift für '
              'das Finanzamt auf Papier; die IHK erhält die Daten schon als XGewerbeanzeige. '
              'Gegenstück: gewerbeanmeldung-ende-zu-ende.bpmn. Beispielmodell von Amtsweg.')
    g = m.pool('Participant_Gewerbetreibende', 'Gewerbetreibende:r', 'company', rh=140,
               doc='Einzelunternehmen oder Gesellschaft, die einen Gewerbebetrieb beginnt.')
    fs = m.pool('Participant_Formularserver', 'Formularserver der Stadt', 'online-service',
                process=False, span=(1, 2),
                doc='Online-Formular, das nur ein PDF zum Ausdrucken erzeugt; es übermittelt '
                    'nichts an das Gewerbeamt.')
    a = m.pool('Participant_Gewerbeamt', 'Gewerbeamt', 'authority',
               lanes=[('Lane_Sachbearbeitung', 'Sachbearbeitung', 2),
                      ('Lane_Kasse', 'Kasse', 1)])
    r = m.pool('Participant_Handelsregister', 'Handelsregister (Registerportal)', 'register',
               process=False, span=(4.5, 5.5),
               doc='Gemeinsames Registerportal der Länder; die Sachbearbeitung sieht die '
                   'Eintragung im Browser ein.')
    f = m.pool('Participant_Finanzamt', 'Finanzamt', 'authority', process=False, span=(9, 9),
               beside=True)
    i = m.pool('Participant_IHK', 'IHK', 'authority', process=False, span=(10, 10),
               beside=True,
               doc='Industrie- und Handelskammer; bei Handwerksbetrieben die Handwerkskammer.')

    g0 = g.start('StartEvent_GewerbeGegruendet', 'Gewerbe gegründet', 0)
    g1 = g.task('Task_FormularAusfuellen', 'Formular GewA 1 online ausfüllen', 1,
                typ='userTask')
    g2 = g.task('Task_FormularUnterschreiben', 'Formular ausdrucken und unterschreiben', 2,
                typ='manualTask')
    g3 = g.task('Task_FormularSenden', 'Formular per Post senden', 3, typ='manualTask',
                doc='Mit Kopie des Personalausweises und Auszug aus dem Handelsregister.')
    g4 = g.catch('Event_BestaetigungErhalten', 'Gewerbebestätigung erhalten', 7)
    g5 = g.task('Task_GebuehrUeberweisen', 'Gebühr überweisen', 8, typ='manualTask')
    g6 = g.end('EndEvent_GewerbeAngemeldet', 'Gewerbe angemeldet', 9)
    m.chain(g0, g1, g2, g3, g4, g5, g6)

    a0 = a.start('StartEvent_AnmeldungEingegangen', 'Gewerbeanmeldung eingegangen', 3,
                 message=True)
    a1 = a.task('Task_AnzeigeErfassen', 'Gewerbeanzeige erfassen', 4, typ='userTask', fv=GEW,
                doc='Die Angaben vom Papierformular werden in das Fachverfahren abgetippt.')
    a2 = a.task('Task_HandelsregisterPruefen', 'Eintrag im Handelsregister prüfen', 5,
                typ='manualTask')
    a3 = a.task('Task_GebuehrBuchen', 'Gebühr buchen', 6, row=2, typ='userTask',
                fv='Kassenverfahren',
                doc='Name, Anschrift und Betrag werden aus dem Gewerbe-Fachverfahren in das '
                    'Kassenverfahren übertragen.')
    a4 = a.task('Task_BestaetigungDrucken', 'Gewerbebestätigung drucken', 7, typ='userTask',
                fv=GEW, doc='Empfangsbescheinigung nach § 15 GewO mit Gebührenbescheid.')
    a5 = a.par('Gateway_Weitergabe', 8)
    a6 = a.task('Task_DurchschriftSenden', 'Durchschrift an Finanzamt senden', 9,
                typ='manualTask')
    a7 = a.task('Task_AnzeigeUebermitteln', 'Gewerbeanzeige an IHK übermitteln', 10, row=1,
                typ='serviceTask', fv=GEW)
    a8 = a.par('Gateway_WeitergabeAbgeschlossen', 11)
    a9 = a.end('EndEvent_AnmeldungBearbeitet', 'Gewerbeanmeldung bearbeitet', 12)
    m.chain(a0, a1, a2, a3, a4, a5, a6, a8, a9)
    m.chain(a5, a7, a8)
    reg = a.store('DataStoreReference_Gewerberegister', 'Gewerberegister', 4, 1,
                  'DataStore_Gewerberegister', 'register', iface=True, std='XGewerbeanzeige')
    m.write(a1, reg)

    m.msg('MessageFlow_Formulardaten', 'Formulardaten', g1, fs, 'online-form',
          structured=True, label_w=90,
          doc='Der Formularserver erhält die Angaben strukturiert, gibt aber nur ein PDF zum '
              'Ausdrucken zurück und übermittelt nichts an das Gewerbeamt.')
    m.msg('MessageFlow_Anmeldung', 'Gewerbeanmeldung mit Handelsregisterauszug', g3, a0,
          'paper', label_w=150, doc='Formular GewA 1 auf Papier mit Anlagen.')
    m.msg('MessageFlow_Handelsregister', 'Handelsregisterauszug', r, a2, 'online-form',
          structured=False, doc='Einsicht im Registerportal (PDF-Ansicht).')
    m.msg('MessageFlow_Bestaetigung', 'Gewerbebestätigung', a4, g4, 'paper')
    m.msg('MessageFlow_Durchschrift', 'Durchschrift der Gewerbeanzeige', a6, f, 'paper',
          label_dx=-125, label_w=120)
    m.msg('MessageFlow_IHK', 'Gewerbeanzeige', a7, i, 'xoev', structured=True,
          std='XGewerbeanzeige')
    return m


def gewerbe_e2e():
    m = Model('GewerbeanmeldungEndeZuEnde', 'Gewerbe anmelden (Ende zu Ende)',
              'Gewerbe anmelden (§ 14 GewO) als Ende-zu-Ende-Prozess: Online-Anmeldung im '
              'EfA-Onlinedienst mit Bezahlung über ePayBL, XGewerbeanzeige über FIT-Connect '
              'ins Fachverfahren, Handelsregisterdaten automatisch abgerufen statt als '
              'Auszug verlangt, Bestätigung ins Unternehmenskonto, Weitergabe an Finanzamt '
              'und IHK als XGewerbeanzeige. Gegenstück: gewerbeanmeldung-heute.bpmn. '
              'Beispielmodell von Amtsweg.')
    g = m.pool('Participant_Gewerbetreibende', 'Gewerbetreibende:r', 'company', rh=140,
               doc='Einzelunternehmen oder Gesellschaft; meldet sich mit dem '
                   'Unternehmenskonto (ELSTER-Zertifikat) an.')
    o = m.pool('Participant_Onlinedienst', 'Onlinedienst Gewerbe (EfA)', 'online-service',
               rh=150)
    a = m.pool('Participant_Gewerbeamt', 'Gewerbeamt', 'authority',
               lanes=[('Lane_Sachbearbeitung', 'Sachbearbeitung', 2),
                      ('Lane_Sachgebietsleitung', 'Sachgebietsleitung', 1)])
    r = m.pool('Participant_Handelsregister', 'Handelsregister (Registerportal)', 'register',
               process=False, span=(3.5, 4.5),
               doc='Gemeinsames Registerportal der Länder mit Abrufschnittstelle.')
    f = m.pool('Participant_Finanzamt', 'Finanzamt', 'authority', process=False,
               span=(10.8, 10.8), beside=True)
    i = m.pool('Participant_IHK', 'IHK', 'authority', process=False, span=(11.8, 11.8),
               beside=True,
               doc='Industrie- und Handelskammer; bei Handwerksbetrieben die Handwerkskammer.')

    g0 = g.start('StartEvent_GewerbeGegruendet', 'Gewerbe gegründet', 0)
    g1 = g.task('Task_AnmeldungAusfuellen', 'Gewerbeanmeldung online ausfüllen', 1,
                typ='userTask', doc='Stammdaten aus dem Unternehmenskonto; Gebühr über ePayBL.')
    g2 = g.catch('Event_BestaetigungErhalten', 'Gewerbebestätigung erhalten', 10)
    g3 = g.end('EndEvent_GewerbeAngemeldet', 'Gewerbe angemeldet', 11)
    m.chain(g0, g1, g2, g3)

    FV = 'Onlinedienst Gewerbe'
    o0 = o.start('StartEvent_AnmeldungEingegangen', 'Gewerbeanmeldung eingegangen', 1,
                 message=True)
    o1 = o.task('Task_AngabenPlausibilisieren', 'Angaben plausibilisieren', 2,
                typ='serviceTask', fv=FV)
    o2 = o.task('Task_AnzeigeUebermitteln', 'Gewerbeanzeige übermitteln', 3, typ='sendTask',
                auto='automated', fv=FV)
    o3 = o.end('EndEvent_AnmeldungUebermittelt', 'Gewerbeanmeldung übermittelt', 4)
    m.chain(o0, o1, o2, o3)

    a0 = a.start('StartEvent_AnzeigeEingegangen', 'Gewerbeanzeige eingegangen', 3,
                 message=True)
    a1 = a.task('Task_HandelsregisterAbrufen', 'Handelsregister abfragen', 4,
                typ='serviceTask', fv=GEW)
    a2 = a.xor('Gateway_AngabenSchluessig', 'Angaben schlüssig?', 5)
    a3 = a.task('Task_AngabenKlaeren', 'Angaben klären', 6, row=1, typ='userTask', fv=GEW)
    a4 = a.task('Task_KlaerungAbzeichnen', 'Klärung abzeichnen', 7, row=2, typ='userTask',
                fv=GEW, doc='Vier-Augen-Prinzip bei Abweichungen, etwa vor einer Untersagung.')
    a5 = a.xor('Gateway_Zusammenfuehren', None, 8)
    a6 = a.task('Task_GewerbeEintragen', 'Gewerbe im Register eintragen', 9,
                typ='serviceTask', fv=GEW)
    a7 = a.task('Task_BestaetigungZustellen', 'Gewerbebestätigung zustellen', 10,
                typ='serviceTask', fv=GEW, doc='PDF in das Postfach des Unternehmenskontos.')
    a8 = a.task('Task_AnzeigeWeiterleiten', 'Gewerbeanzeige weiterleiten', 11,
                typ='serviceTask', fv=GEW,
                doc='An die empfangsberechtigten Stellen nach § 14 GewO, hier Finanzamt und IHK.')
    a9 = a.end('EndEvent_AnzeigeBearbeitet', 'Gewerbeanzeige bearbeitet', 12)
    m.chain(a0, a1, a2)
    m.flow(a2, a5, name='ja', cond='Angaben stimmen mit dem Handelsregister überein')
    m.flow(a2, a3, name='nein', default=True)
    m.chain(a3, a4, a5, a6, a7, a8, a9)
    reg = a.store('DataStoreReference_Gewerberegister', 'Gewerberegister', 9, 1,
                  'DataStore_Gewerberegister', 'register', iface=True, std='XGewerbeanzeige')
    m.write(a6, reg)

    m.msg('MessageFlow_Anmeldung', 'Gewerbeanmeldung', g1, o0, 'online-form', structured=True)
    m.msg('MessageFlow_Anzeige', 'Gewerbeanzeige', o2, a0, 'fit-connect', structured=True,
          std='XGewerbeanzeige')
    m.msg('MessageFlow_Handelsregister', 'Handelsregisterdaten', r, a1, 'xoev',
          structured=True, std='XJustiz')
    m.msg('MessageFlow_Bestaetigung', 'Gewerbebestätigung', a7, g2, 'postbox')
    m.msg('MessageFlow_Finanzamt', 'Gewerbeanzeige', a8, f, 'xoev', structured=True,
          std='XGewerbeanzeige', sdx=-20, label_dx=-125, label_w=120)
    m.msg('MessageFlow_IHK', 'Gewerbeanzeige', a8, i, 'xoev', structured=True,
          std='XGewerbeanzeige', sdx=20, label_dy=-2, label_w=100)
    return m


def elterngeld():
    EG = 'Elterngeld-Fachverfahren'
    m = Model('Elterngeld', 'Elterngeld beantragen',
              'Elterngeld beantragen (BEEG) mit ElterngeldDigital, wie in Ländern, die den '
              'unterschriebenen Ausdruck noch verlangen: Antragsdaten kommen strukturiert ins '
              'Fachverfahren, Unterschrift, Geburtsbescheinigung und Einkommensnachweise aber '
              'auf Papier; der Bescheid geht per Post. Beispielmodell von Amtsweg.')
    e = m.pool('Participant_Eltern', 'Elternteil', 'citizen',
               doc='Mutter oder Vater, die oder der nach der Geburt Elterngeld beantragt.')
    o = m.pool('Participant_Onlinedienst', 'ElterngeldDigital (Onlinedienst)',
               'online-service', rh=150)
    a = m.pool('Participant_Elterngeldstelle', 'Elterngeldstelle', 'authority',
               lanes=[('Lane_Sachbearbeitung', 'Sachbearbeitung', 2),
                      ('Lane_Sachgebietsleitung', 'Sachgebietsleitung', 1)])
    k = m.pool('Participant_Landeskasse', 'Landeskasse', 'authority', process=False,
               span=(13.5, 14.5))

    e0 = e.start('StartEvent_KindGeboren', 'Kind geboren', 0)
    e1 = e.task('Task_AntragAusfuellen', 'Antrag online ausfüllen', 1, typ='userTask')
    e2 = e.task('Task_AntragUnterschreiben', 'Antrag ausdrucken und unterschreiben', 2,
                typ='manualTask')
    e3 = e.task('Task_UnterlagenSenden', 'Unterlagen per Post senden', 5, typ='manualTask',
                doc='Unterschriebener Ausdruck, Geburtsbescheinigung für Elterngeld, '
                    'Einkommensnachweise der letzten zwölf Monate.')
    e4 = e.catch('Event_BescheidErhalten', 'Bescheid erhalten', 12)
    e5 = e.end('EndEvent_BescheidZugegangen', 'Bescheid zugegangen', 13)
    m.chain(e0, e1, e2, e3, e4, e5)

    FV = 'ElterngeldDigital'
    o0 = o.start('StartEvent_AntragEingegangen', 'Antrag eingegangen', 1, message=True)
    o1 = o.task('Task_AngabenPruefen', 'Angaben plausibilisieren', 2, typ='serviceTask', fv=FV)
    o2 = o.task('Task_AntragsdatenUebermitteln', 'Antragsdaten übermitteln', 3,
                typ='sendTask', auto='automated', fv=FV)
    o3 = o.end('EndEvent_AntragUebermittelt', 'Antrag übermittelt', 4)
    m.chain(o0, o1, o2, o3)

    a0 = a.start('StartEvent_AntragsdatenEingegangen', 'Antragsdaten eingegangen', 3,
                 message=True)
    a1 = a.task('Task_AntragsdatenUebernehmen', 'Antragsdaten übernehmen', 4,
                typ='serviceTask', fv=EG)
    a2 = a.catch('Event_UnterlagenEingegangen', 'Unterlagen eingegangen', 5)
    a3 = a.task('Task_EinkommenErfassen', 'Einkommen erfassen', 6, typ='userTask', fv=EG,
                doc='Die Beträge aus den Gehaltsabrechnungen werden abgetippt.')
    a4 = a.task('Task_ElterngeldBerechnen', 'Elterngeld berechnen', 7, typ='serviceTask',
                fv=EG)
    a5 = a.xor('Gateway_AnspruchBesteht', 'Anspruch besteht?', 8)
    a6 = a.task('Task_BewilligungErstellen', 'Bewilligung erstellen', 9, typ='userTask', fv=EG)
    a7 = a.task('Task_AblehnungBegruenden', 'Ablehnung begründen', 9, row=1, typ='userTask',
                fv=EG)
    a8 = a.xor('Gateway_BescheidZusammenfuehren', None, 10)
    a9 = a.task('Task_BescheidFreigeben', 'Bescheid freigeben', 11, row=2, typ='userTask',
                fv=EG)
    a10 = a.task('Task_BescheidVersenden', 'Bescheid drucken und versenden', 12,
                 typ='userTask', fv=EG)
    a11 = a.xor('Gateway_Bewilligt', 'Bewilligt?', 13)
    a12 = a.task('Task_AuszahlungAnordnen', 'Auszahlung anordnen', 14, typ='serviceTask',
                 fv=EG)
    a13 = a.end('EndEvent_ElterngeldBewilligt', 'Elterngeld bewilligt', 15)
    a14 = a.end('EndEvent_AntragAbgelehnt', 'Antrag abgelehnt', 13, row=1)
    m.chain(a0, a1, a2, a3, a4, a5)
    m.flow(a5, a6, name='ja', cond='Anspruch nach dem BEEG besteht')
    m.flow(a5, a7, name='nein', default=True)
    m.chain(a6, a8)
    m.chain(a7, a8)
    m.flow(a8, a9, route='mid')
    m.chain(a9, a10, a11)
    m.flow(a11, a12, name='ja', cond='Elterngeld bewilligt')
    m.flow(a11, a14, name='nein', default=True)
    m.chain(a12, a13)

    m.msg('MessageFlow_Antrag', 'Elterngeldantrag', e1, o0, 'online-form', structured=True)
    m.msg('MessageFlow_Antragsdaten', 'Antragsdaten', o2, a0, 'fit-connect', structured=True)
    m.msg('MessageFlow_Unterlagen', 'Unterschriebener Antrag mit Nachweisen', e3, a2, 'paper',
          label_w=160)
    m.msg('MessageFlow_Bescheid', 'Elterngeldbescheid', a10, e4, 'paper')
    m.msg('MessageFlow_Auszahlung', 'Auszahlungsanordnung', a12, k, 'xoev', structured=True)
    return m


def baugenehmigung():
    BAU = 'Bau-Fachverfahren'
    m = Model('Baugenehmigung', 'Baugenehmigung beantragen',
              'Baugenehmigung beantragen (Landesbauordnung, §§ 29 ff. BauGB) mit dem '
              'digitalen Bauantrag: Antrag und Bauvorlagen im EfA-Onlinedienst, XBau-Nachricht '
              'an die untere Bauaufsichtsbehörde, Beteiligung der Gemeinde (Einvernehmen nach '
              '§ 36 BauGB) und der Fachstellen über XBau, Bescheid ins Postfach, Bauakte als '
              'E-Akte. Beispielmodell von Amtsweg.')
    b = m.pool('Participant_Bauherr', 'Bauherr:in', 'citizen',
               doc='Stellt den Bauantrag mit der Entwurfsverfasserin oder dem Entwurfsverfasser.')
    o = m.pool('Participant_Onlinedienst', 'Digitaler Bauantrag (EfA)', 'online-service',
               rh=150)
    a = m.pool('Participant_Bauaufsicht', 'Untere Bauaufsichtsbehörde', 'authority',
               lanes=[('Lane_Sachbearbeitung', 'Sachbearbeitung', 2),
                      ('Lane_Sachgebietsleitung', 'Sachgebietsleitung', 1)])
    gm = m.pool('Participant_Gemeinde', 'Gemeinde', 'authority', process=False, span=(6, 6))
    fs = m.pool('Participant_Fachstellen', 'Fachstellen', 'authority', process=False,
                span=(7, 7), beside=True,
                doc='Zum Beispiel Brandschutz, Denkmalschutz, Naturschutz.')

    b0 = b.start('StartEvent_BauvorhabenGeplant', 'Bauvorhaben geplant', 0)
    b1 = b.task('Task_BauantragStellen', 'Bauantrag online stellen', 1, typ='userTask')
    b2 = b.catch('Event_BescheidErhalten', 'Bescheid erhalten', 14)
    b3 = b.end('EndEvent_BescheidLiegtVor', 'Bescheid liegt vor', 15)
    m.chain(b0, b1, b2, b3)

    FV = 'Digitaler Bauantrag'
    o0 = o.start('StartEvent_BauantragEingereicht', 'Bauantrag eingereicht', 1, message=True)
    o1 = o.task('Task_VollstaendigkeitVorpruefen', 'Vollständigkeit vorprüfen', 2,
                typ='serviceTask', fv=FV)
    o2 = o.task('Task_BauantragUebermitteln', 'Bauantrag übermitteln', 3, typ='sendTask',
                auto='automated', fv=FV)
    o3 = o.end('EndEvent_BauantragUebermittelt', 'Bauantrag übermittelt', 4)
    m.chain(o0, o1, o2, o3)

    a0 = a.start('StartEvent_BauantragEingegangen', 'Bauantrag eingegangen', 3, message=True)
    a1 = a.task('Task_FormellPruefen', 'Bauantrag formell prüfen', 4, typ='userTask', fv=BAU)
    a2 = a.par('Gateway_Beteiligung', 5)
    a3 = a.task('Task_GemeindeBeteiligen', 'Gemeinde beteiligen', 6, typ='userTask', fv=BAU)
    a4 = a.task('Task_FachstellenBeteiligen', 'Fachstellen beteiligen', 7, row=1,
                typ='userTask', fv=BAU)
    a5 = a.par('Gateway_BeteiligungAbgeschlossen', 8)
    a6 = a.task('Task_VorhabenPruefen', 'Vorhaben rechtlich prüfen', 9, typ='userTask',
                fv=BAU)
    a7 = a.xor('Gateway_Genehmigungsfaehig', 'Genehmigungsfähig?', 10)
    a8 = a.task('Task_GenehmigungEntwerfen', 'Baugenehmigung entwerfen', 11, typ='userTask',
                fv=BAU)
    a9 = a.task('Task_AblehnungBegruenden', 'Ablehnung begründen', 11, row=1, typ='userTask',
                fv=BAU)
    a10 = a.xor('Gateway_BescheidZusammenfuehren', None, 12)
    a11 = a.task('Task_BescheidZeichnen', 'Bescheid zeichnen', 13, row=2, typ='userTask',
                 fv=BAU)
    a12 = a.task('Task_BescheidZustellen', 'Bescheid zustellen', 14, typ='serviceTask', fv=BAU)
    a13 = a.end('EndEvent_BauantragEntschieden', 'Bauantrag entschieden', 15)
    m.chain(a0, a1, a2, a3, a5)
    m.chain(a2, a4, a5, a6, a7)
    m.flow(a7, a8, name='ja', cond='Vorhaben ist genehmigungsfähig')
    m.flow(a7, a9, name='nein', default=True)
    m.chain(a8, a10)
    m.chain(a9, a10)
    m.flow(a10, a11, route='mid')
    m.chain(a11, a12, a13)
    akte = a.store('DataStoreReference_Bauakte', 'Bauakte (E-Akte)', 14, 1,
                   'DataStore_Bauakte', 'archive', iface=True)
    m.write(a12, akte)

    m.msg('MessageFlow_Bauantrag', 'Bauantrag mit Bauvorlagen', b1, o0, 'online-form',
          structured=True, doc='Formulardaten strukturiert, Bauzeichnungen als PDF-Anlagen.')
    m.msg('MessageFlow_BauantragXBau', 'Bauantrag', o2, a0, 'xoev', structured=True,
          std='XBau')
    m.msg('MessageFlow_BeteiligungGemeinde', 'Beteiligung', a3, gm, 'xoev', structured=True,
          std='XBau', sdx=-20, label_dx=-88, label_w=80)
    m.msg('MessageFlow_Einvernehmen', 'Einvernehmen', gm, a3, 'xoev', structured=True,
          std='XBau', tdx=20, label_w=80)
    m.msg('MessageFlow_BeteiligungFachstellen', 'Beteiligung', a4, fs, 'xoev',
          structured=True, std='XBau', sdx=-20, label_dx=-88, label_w=80, label_dy=28)
    m.msg('MessageFlow_Stellungnahme', 'Stellungnahme', fs, a4, 'xoev', structured=True,
          std='XBau', tdx=20, label_w=80, label_dy=28)
    m.msg('MessageFlow_Bescheid', 'Bescheid über den Bauantrag', a12, b2, 'postbox')
    return m


def fuehrerschein():
    FE = 'Fahrerlaubnis-Fachverfahren'
    m = Model('Fuehrerschein', 'Führerschein umtauschen',
              'Führerschein umtauschen (Pflichtumtausch nach § 24a FeV): Antrag mit Lichtbild '
              'im EfA-Onlinedienst, Abgleich mit dem Zentralen Fahrerlaubnisregister des '
              'Kraftfahrt-Bundesamts, Kartenführerschein von der Bundesdruckerei, '
              'Abholbenachrichtigung ins Postfach. Der Kartenführerschein selbst wird '
              'persönlich ausgehändigt (dabei wird der alte Führerschein entwertet): das '
              'bleibt ein Dokument auf Papier bzw. Plastik, daher Reifegrad 3. '
              'Beispielmodell von Amtsweg.')
    b = m.pool('Participant_Inhaber', 'Inhaber:in der Fahrerlaubnis', 'citizen')
    o = m.pool('Participant_Onlinedienst', 'Onlinedienst Führerschein (EfA)',
               'online-service', rh=150)
    a = m.pool('Participant_Fahrerlaubnisbehoerde', 'Fahrerlaubnisbehörde', 'authority',
               lanes=[('Lane_Sachbearbeitung', 'Sachbearbeitung', 2),
                      ('Lane_Ausgabe', 'Bürgerservice (Ausgabe)', 1)])
    d = m.pool('Participant_Bundesdruckerei', 'Bundesdruckerei', 'other', process=False,
               span=(8, 9), doc='Stellt den Kartenführerschein her.')

    b0 = b.start('StartEvent_UmtauschFaellig', 'Umtausch fällig', 0)
    b1 = b.task('Task_UmtauschBeantragen', 'Umtausch online beantragen', 1, typ='userTask',
                doc='Mit Online-Ausweis; biometrisches Lichtbild als Datei.')
    b2 = b.catch('Event_BenachrichtigungErhalten', 'Benachrichtigung erhalten', 11)
    b3 = b.task('Task_FuehrerscheinAbholen', 'Führerschein abholen', 12, typ='manualTask',
                doc='Den alten Führerschein mitbringen; er wird bei der Ausgabe entwertet.')
    b4 = b.end('EndEvent_FuehrerscheinErhalten', 'Neuer Führerschein erhalten', 13)
    m.chain(b0, b1, b2, b3, b4)

    FV = 'Onlinedienst Führerschein'
    o0 = o.start('StartEvent_AntragEingegangen', 'Antrag eingegangen', 1, message=True)
    o1 = o.task('Task_AngabenPruefen', 'Lichtbild und Angaben prüfen', 2, typ='serviceTask',
                fv=FV, doc='Formate, Pflichtfelder und Gebührenzahlung über ePayBL.')
    o2 = o.task('Task_AntragUebermitteln', 'Antrag übermitteln', 3, typ='sendTask',
                auto='automated', fv=FV)
    o3 = o.end('EndEvent_AntragUebermittelt', 'Antrag übermittelt', 4)
    m.chain(o0, o1, o2, o3)

    a0 = a.start('StartEvent_UmtauschantragEingegangen', 'Umtauschantrag eingegangen', 3,
                 message=True)
    a1 = a.task('Task_ZferAbrufen', 'Fahrerlaubnis im ZFER abrufen', 4, typ='serviceTask',
                fv=FE)
    a2 = a.xor('Gateway_DatenVollstaendig', 'Daten im ZFER vollständig?', 5)
    a3 = a.task('Task_KarteikarteAnfordern', 'Karteikarte anfordern', 6, row=1,
                typ='userTask', fv=FE,
                doc='Bei alten Führerscheinen fehlen Daten im ZFER; die ausstellende '
                    'Behörde liefert sie nach.')
    a4 = a.xor('Gateway_Zusammenfuehren', None, 7)
    a5 = a.task('Task_FuehrerscheinBestellen', 'Führerschein bestellen', 8,
                typ='serviceTask', fv=FE)
    a6 = a.catch('Event_FuehrerscheinGeliefert', 'Führerschein geliefert', 9)
    a7 = a.task('Task_LieferungPruefen', 'Lieferung prüfen', 10, row=2, typ='manualTask')
    a8 = a.task('Task_BenachrichtigungSenden', 'Benachrichtigung senden', 11,
                typ='serviceTask', fv=FE)
    a9 = a.task('Task_FuehrerscheinAushaendigen', 'Führerschein aushändigen', 12, row=2,
                typ='manualTask', doc='Identität prüfen, alten Führerschein entwerten.')
    a10 = a.task('Task_UmtauschMelden', 'Umtausch an das ZFER melden', 13, typ='serviceTask',
                 fv=FE)
    a11 = a.end('EndEvent_FuehrerscheinUmgetauscht', 'Führerschein umgetauscht', 14)
    m.chain(a0, a1, a2)
    m.flow(a2, a4, name='ja', cond='Fahrerlaubnisdaten vollständig im ZFER')
    m.flow(a2, a3, name='nein', default=True)
    m.chain(a3, a4, a5, a6, a7, a8, a9, a10, a11)
    STORE = 'Zentrales Fahrerlaubnisregister'
    z1 = a.store('DataStoreReference_ZferAbruf', STORE, 4, 1, 'DataStore_Zfer', 'register',
                 iface=True,
                 doc='Beim Kraftfahrt-Bundesamt; Abruf und Mitteilung über die Schnittstelle '
                     'des Fachverfahrens.')
    z2 = a.store('DataStoreReference_ZferMeldung', STORE, 13, 1, 'DataStore_Zfer', 'register',
                 iface=True)
    m.read(a1, z1)
    m.write(a10, z2)

    m.msg('MessageFlow_Antrag', 'Umtauschantrag mit Lichtbild', b1, o0, 'online-form',
          structured=True)
    m.msg('MessageFlow_Antragsdaten', 'Umtauschantrag', o2, a0, 'fit-connect', structured=True)
    m.msg('MessageFlow_Bestellung', 'Führerscheinbestellung', a5, d, 'xoev', structured=True,
          label_dx=-1, doc='Elektronische Bestellung aus dem Fachverfahren.')
    m.msg('MessageFlow_Kartenfuehrerschein', 'Kartenführerschein', d, a6, 'paper',
          doc='Das Dokument kommt per Post.')
    m.msg('MessageFlow_Benachrichtigung', 'Abholbenachrichtigung', a8, b2, 'postbox',
          label_dx=-1)
    m.msg('MessageFlow_Aushaendigung', 'Kartenführerschein', a9, b3, 'in-person')
    return m


SAMPLES = {
    'ummeldung-heute': ummeldung_heute,
    'ummeldung-ende-zu-ende': ummeldung_e2e,
    'gewerbeanmeldung-heute': gewerbe_heute,
    'gewerbeanmeldung-ende-zu-ende': gewerbe_e2e,
    'elterngeld': elterngeld,
    'baugenehmigung': baugenehmigung,
    'fuehrerschein': fuehrerschein,
}

if __name__ == '__main__':
    only = sys.argv[1:]
    for name, make in SAMPLES.items():
        if only and name not in only:
            continue
        make().write_xml(os.path.join(OUT, name + '.bpmn'))
        print('wrote', name + '.bpmn')
