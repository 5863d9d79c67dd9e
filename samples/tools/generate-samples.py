#!/usr/bin/env python3
# Writes the end-to-end sample processes in samples/:
#   python3 samples/tools/generate-samples.py [name ...]   (from the repository root)
# Each sample is a FIM-BPMN collaboration (docs/fim-extension.md): a filled Prozesssteckbrief
# on the collaboration, the applicant's pool and the online service as black boxes, the
# authority's work as collapsed sub-processes carrying Referenzaktivitätengruppen (RAG), other
# authorities and registers as black boxes, pools laid out vertically, no lanes, tasks,
# intermediate events or data stores (the FIM profile has none). Amtsweg's end-to-end
# attributes (docs/e2e-attributes.md) sit on pools, message flows and groups. Labels follow
# the FIM style: groups "Objekt + Infinitiv", events "Substantiv + Partizip", diverging
# gateways as questions with the answers on their flows. Every sample passes
# `amtsweg validate --rules bpmn,fim` without findings; the expected analysis of each sample
# is asserted in tests/model/tst_samples.cpp: change both together.
#
# The Prozessschlüssel are placeholders (99 + zeros + a running number): the real
# Leistungsschlüssel of the LeiKa could not be checked here. Handlungsgrundlagen are real
# provisions; links point to gesetze-im-internet.de where the act is federal law.
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bpmnlayout import (Law, Model, rag1, rag2, rag3, rag4, rag6, rag7,  # noqa: E402
                        rag8)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
GII = 'https://www.gesetze-im-internet.de/'
EWO = 'OK.EWO'


def law(name, path=None):
    return Law(name, GII + path if path else None)


def steckbrief(key, name, bezeichnung, definition, beschreibung, laws, trigger, result):
    """A Prozesssteckbrief: status Entwurf (3), Detaillierungsstufe 101 (the only code the
    FIM reference names); the Prozessteilnehmer are the pools."""
    return dict(prozessschluessel='990000000000%02d' % key, version='01.00.00', name=name,
                bezeichnung=bezeichnung, definition=definition,
                beschreibung=beschreibung + ' Beispielmodell von Amtsweg; der '
                'Prozessschlüssel ist ein Platzhalter.',
                detaillierungsstufe='101', freigabestatus='3', laws=laws,
                ausloeser=[trigger], ergebnis=[result],
                zustand=dict(erstellt='2026-11-29', bearbeiter='Amtsweg-Beispiele'))


def ummeldung_heute():
    bmg = [law('§ 17 BMG', 'bmg/__17.html'), law('§ 23 BMG', 'bmg/__23.html')]
    m = Model('UmmeldungHeute', 'Wohnsitz ummelden (heute)',
              'Wohnsitz nach Umzug innerhalb Deutschlands anmelden (§ 17 BMG), so wie es in '
              'vielen Meldebehörden heute abläuft: Termin online buchen, Meldeschein als PDF '
              'per E-Mail, Abgleich und Adressaufkleber bei der Vorsprache, Meldebestätigung '
              'auf Papier. Die Rückmeldung an die Wegzugsgemeinde läuft schon heute als XMeld-'
              'Nachricht. Gegenstück: ummeldung-ende-zu-ende.bpmn. Beispielmodell von Amtsweg.',
              steckbrief(1, 'Wohnsitzanmeldung bearbeiten', 'Wohnsitz Anmeldung',
                         'Die Meldebehörde des neuen Wohnorts nimmt die Anmeldung nach einem '
                         'Umzug entgegen, schreibt das Melderegister fort und bestätigt die '
                         'Anmeldung.',
                         'Heutiger Ablauf mit Meldeschein per E-Mail und Vorsprache im '
                         'Bürgeramt.',
                         bmg + [law('§ 24 BMG', 'bmg/__24.html'),
                                law('§ 33 BMG', 'bmg/__33.html')],
                         'Umzug der meldepflichtigen Person', 'Meldebestätigung'))
    b = m.pool('Participant_Buerger', 'Bürger:in', 'citizen',
               doc='Person, die innerhalb Deutschlands umgezogen ist und sich binnen zwei '
                   'Wochen bei der Meldebehörde des neuen Wohnorts anmelden muss.')
    t = m.pool('Participant_Terminvergabe', 'Online-Terminvergabe', 'online-service',
               span=(0, 0),
               doc='Terminbuchung auf der Website der Stadt; nimmt keine Antragsdaten an.')
    a = m.pool('Participant_Meldebehoerde', 'Meldebehörde (Bürgeramt)', 'authority', shift=1)
    w = m.pool('Participant_Wegzugsgemeinde', 'Meldebehörde der Wegzugsgemeinde',
               'authority', span=(6, 6))

    a0 = a.start('StartEvent_MeldescheinEingegangen', 'Meldeschein eingegangen', 0)
    a1 = a.group('Activity_MeldescheinErfassen', 'Meldeschein erfassen', 1,
                 rag1(bmg, [('Meldeschein mit Wohnungsgeberbestätigung (PDF)', b.name,
                             'E-Mail')], fv=[EWO]),
                 auto='it-supported', fv=EWO,
                 doc='Die Angaben aus dem PDF werden von Hand in das Einwohnerfachverfahren '
                     'abgetippt.')
    a2 = a.group('Activity_ZustaendigkeitPruefen', 'Zuständigkeit prüfen', 2,
                 rag3(bmg, ['1', '2'], fv=[EWO],
                      text='Neue Wohnung im Gemeindegebiet, Anmeldefrist.'),
                 auto='it-supported', fv=EWO)
    a3 = a.group('Activity_VorspracheDurchfuehren', 'Vorsprache durchführen', 3,
                 rag7([law('§ 23 BMG', 'bmg/__23.html')], True, '3',
                      [('Personalausweis', b.name, 'persönlich')],
                      [('Personalausweis mit Adressaufkleber', b.name, 'persönlich')],
                      fv=[EWO],
                      text='Ausweisdaten und Wohnungsgeber mit dem erfassten Datensatz '
                           'abgleichen, Adressaufkleber auf den Personalausweis kleben.'),
                 auto='it-supported', fv=EWO)
    a4 = a.group('Activity_MeldebestaetigungAushaendigen', 'Meldebestätigung aushändigen', 4,
                 rag2([law('§ 24 BMG', 'bmg/__24.html')],
                      [('Meldebestätigung', b.name, 'Papier')], fv=[EWO],
                      outputs=['Meldebestätigung']),
                 auto='it-supported', fv=EWO, doc='In OK.EWO gedruckt und übergeben.')
    a5 = a.group('Activity_RueckmeldungSenden', 'Rückmeldung senden', 5,
                 rag2([law('§ 33 BMG', 'bmg/__33.html')],
                      [('Rückmeldung', w.name, 'XMeld über OSCI/XTA')], fv=[EWO]),
                 auto='automated', fv=EWO)
    a6 = a.end('EndEvent_UmmeldungAbgeschlossen', 'Ummeldung abgeschlossen', 6)
    m.chain(a0, a1, a2, a3, a4, a5, a6)

    m.msg('MessageFlow_Terminbuchung', 'Terminbuchung', b, t, 'online-form')
    m.msg('MessageFlow_Meldeschein', 'Meldeschein mit Wohnungsgeberbestätigung (PDF)', b,
          a0, 'email', structured=False,
          doc='PDF-Anhang einer E-Mail: lesbar, aber nicht maschinenlesbar.')
    m.msg('MessageFlow_Ausweis', 'Personalausweis', b, a3, 'in-person', dy=-12)
    m.msg('MessageFlow_AusweisZurueck', 'Personalausweis mit Adressaufkleber', a3, b,
          'in-person', dy=12, label_dy=46)
    m.msg('MessageFlow_Meldebestaetigung', 'Meldebestätigung', a4, b, 'paper')
    m.msg('MessageFlow_Rueckmeldung', 'Rückmeldung', a5, w, 'xoev', structured=True,
          std='XMeld')
    return m


def ummeldung_e2e():
    bmg = [law('§ 17 BMG', 'bmg/__17.html'), law('§ 23 BMG', 'bmg/__23.html')]
    m = Model('UmmeldungEndeZuEnde', 'Wohnsitz ummelden (Ende zu Ende)',
              'Wohnsitz nach Umzug innerhalb Deutschlands anmelden (§ 17 BMG) als Ende-zu-'
              'Ende-Prozess: Online-Anmeldung mit Online-Ausweis im EfA-Onlinedienst, '
              'XMeld-Datensatz über OSCI/XTA direkt ins Einwohnerfachverfahren, Abgleich mit '
              'dem Melderegister im Fachverfahren, Meldebestätigung ins Postfach des '
              'Nutzerkontos. Der Adressaufkleber für den Personalausweis kommt weiterhin per '
              'Post und ist nicht Teil dieses Modells. Gegenstück: ummeldung-heute.bpmn. '
              'Beispielmodell von Amtsweg.',
              steckbrief(2, 'Wohnsitzanmeldung bearbeiten', 'Wohnsitz Anmeldung',
                         'Die Meldebehörde des neuen Wohnorts nimmt die elektronische '
                         'Anmeldung entgegen, schreibt das Melderegister fort und bestätigt '
                         'die Anmeldung.',
                         'Ende-zu-Ende-Ablauf mit EfA-Onlinedienst und XMeld.',
                         bmg + [law('§ 24 BMG', 'bmg/__24.html'),
                                law('§ 33 BMG', 'bmg/__33.html')],
                         'Elektronische Anmeldung nach einem Umzug', 'Meldebestätigung'))
    b = m.pool('Participant_Buerger', 'Bürger:in', 'citizen',
               doc='Person, die innerhalb Deutschlands umgezogen ist; Anmeldung mit BundID '
                   'und Online-Ausweis.')
    o = m.pool('Participant_Onlinedienst', 'Onlinedienst Wohnsitzanmeldung (EfA)',
               'online-service', span=(0, 0),
               doc='Einer-für-Alle-Onlinedienst: prüft die Angaben auf Plausibilität und '
                   'übermittelt sie als XMeld-Nachricht über OSCI/XTA an die zuständige '
                   'Meldebehörde.')
    a = m.pool('Participant_Meldebehoerde', 'Meldebehörde', 'authority', branches=2)
    w = m.pool('Participant_Wegzugsgemeinde', 'Meldebehörde der Wegzugsgemeinde',
               'authority', span=(8, 8))

    a0 = a.start('StartEvent_DatensatzEingegangen', 'Datensatz eingegangen', 0)
    a1 = a.group('Activity_DatensatzUebernehmen', 'Datensatz übernehmen', 1,
                 rag1(bmg, [('Datensatz Wohnsitzanmeldung', o.name, 'XMeld über OSCI/XTA')],
                      fv=[EWO]),
                 auto='automated', fv=EWO)
    a2 = a.group('Activity_AngabenAbgleichen', 'Angaben mit Melderegister abgleichen', 2,
                 rag4(bmg, ['Melderegister (Abruf im Fachverfahren)'], fv=[EWO],
                      text='Die bisherigen Meldedaten kommen aus dem Melderegister, statt '
                           'sie erneut zu erfragen (Once-Only).'),
                 auto='automated', fv=EWO)
    a3 = a.xor('Gateway_AngabenStimmig', 'Angaben stimmig?', 3)
    a4 = a.group('Activity_KlaerfallBearbeiten', 'Klärfall bearbeiten', 4,
                 rag6(bmg, 'Klären', fv=[EWO],
                      text='Abweichungen zwischen Anmeldung und Melderegister klären.'),
                 branch=1, auto='it-supported', fv=EWO)
    a5 = a.xor('Gateway_Zusammenfuehren', None, 5)
    a6 = a.group('Activity_ZuzugEintragen', 'Zuzug eintragen', 6,
                 rag6(bmg, 'Fortschreiben des Melderegisters', fv=[EWO]),
                 auto='automated', fv=EWO)
    a7 = a.group('Activity_MeldebestaetigungZustellen', 'Meldebestätigung zustellen', 7,
                 rag2([law('§ 24 BMG', 'bmg/__24.html')],
                      [('Meldebestätigung', b.name, 'Postfach des Nutzerkontos')], fv=[EWO]),
                 auto='automated', fv=EWO, doc='PDF in das Postfach des Nutzerkontos.')
    a8 = a.group('Activity_RueckmeldungSenden', 'Rückmeldung senden', 8,
                 rag2([law('§ 33 BMG', 'bmg/__33.html')],
                      [('Rückmeldung', w.name, 'XMeld über OSCI/XTA')], fv=[EWO]),
                 auto='automated', fv=EWO)
    a9 = a.end('EndEvent_UmmeldungAbgeschlossen', 'Ummeldung abgeschlossen', 9)
    m.chain(a0, a1, a2, a3)
    m.flow(a3, a5, name='ja', cond='Angaben stimmen mit dem Melderegister überein')
    m.flow(a3, a4, name='nein', default=True)
    m.chain(a4, a5, a6, a7, a8, a9)

    m.msg('MessageFlow_Anmeldung', 'Elektronische Anmeldung', b, o, 'online-form',
          structured=True)
    m.msg('MessageFlow_Datensatz', 'Datensatz Wohnsitzanmeldung', o, a0, 'xoev',
          structured=True, std='XMeld', doc='XÖV-Nachricht über OSCI/XTA.')
    m.msg('MessageFlow_Meldebestaetigung', 'Meldebestätigung', a7, b, 'postbox')
    m.msg('MessageFlow_Rueckmeldung', 'Rückmeldung', a8, w, 'xoev', structured=True,
          std='XMeld')
    return m


GEW = 'Gewerbe-Fachverfahren'
GEWO14 = law('§ 14 GewO', 'gewo/__14.html')
GEWO15 = law('§ 15 GewO', 'gewo/__15.html')


def gewerbe_steckbrief(key, beschreibung):
    return steckbrief(key, 'Gewerbeanzeige bearbeiten', 'Gewerbe Anmeldung',
                      'Das Gewerbeamt nimmt die Anzeige des Beginns eines Gewerbebetriebs '
                      'entgegen, bescheinigt sie und gibt die Daten an die empfangsberechtigten '
                      'Stellen weiter.', beschreibung, [GEWO14, GEWO15],
                      'Beginn eines Gewerbebetriebs', 'Gewerbebestätigung')


def gewerbe_heute():
    m = Model('GewerbeanmeldungHeute', 'Gewerbe anmelden (heute)',
              'Gewerbe anmelden (§ 14 GewO), so wie es in vielen Gewerbeämtern heute abläuft: '
              'Formular GewA 1 online ausfüllen, ausdrucken, unterschreiben und mit '
              'Handelsregisterauszug per Post senden; Abtippen ins Fachverfahren, Gebühr von '
              'Hand in das Kassenverfahren übertragen, Gewerbebestätigung und Durchschrift für '
              'das Finanzamt auf Papier; die IHK erhält die Daten schon als XGewerbeanzeige. '
              'Gegenstück: gewerbeanmeldung-ende-zu-ende.bpmn. Beispielmodell von Amtsweg.',
              gewerbe_steckbrief(3, 'Heutiger Ablauf mit Formular GewA 1 auf Papier.'))
    g = m.pool('Participant_Gewerbetreibende', 'Gewerbetreibende:r', 'company',
               doc='Einzelunternehmen oder Gesellschaft, die einen Gewerbebetrieb beginnt; '
                   'füllt das Formular online aus, druckt es, unterschreibt und schickt es '
                   'mit Kopie des Personalausweises und Handelsregisterauszug per Post.')
    fs = m.pool('Participant_Formularserver', 'Formularserver der Stadt', 'online-service',
                span=(0, 0),
                doc='Online-Formular, das nur ein PDF zum Ausdrucken erzeugt; es übermittelt '
                    'nichts an das Gewerbeamt.')
    a = m.pool('Participant_Gewerbeamt', 'Gewerbeamt', 'authority', branches=2, shift=1)
    r = m.pool('Participant_Handelsregister', 'Handelsregister (Registerportal)', 'register',
               span=(3, 3),
               doc='Gemeinsames Registerportal der Länder; die Sachbearbeitung sieht die '
                   'Eintragung im Browser ein.')
    f = m.pool('Participant_Finanzamt', 'Finanzamt', 'authority', span=(7, 7),
               below=True)
    i = m.pool('Participant_IHK', 'IHK', 'authority', span=(8, 8), below=True,
               doc='Industrie- und Handelskammer; bei Handwerksbetrieben die Handwerkskammer.')

    a0 = a.start('StartEvent_AnmeldungEingegangen', 'Gewerbeanmeldung eingegangen', 0)
    a1 = a.group('Activity_AnzeigeErfassen', 'Gewerbeanzeige erfassen', 1,
                 rag1([GEWO14], [('Gewerbeanmeldung mit Handelsregisterauszug', g.name,
                                  'Papier')], fv=[GEW]),
                 auto='it-supported', fv=GEW,
                 doc='Die Angaben vom Papierformular werden in das Fachverfahren abgetippt.')
    a2 = a.group('Activity_HandelsregisterEinsehen', 'Handelsregister einsehen', 2,
                 rag1([GEWO14], [('Handelsregisterauszug', r.name, 'Registerportal (PDF)')],
                      text='Eintragung im Registerportal nachsehen.'),
                 auto='manual')
    a3 = a.group('Activity_GebuehrBuchen', 'Gebühr buchen', 3,
                 rag6([GEWO14], 'Buchen', fv=['Kassenverfahren'],
                      text='Name, Anschrift und Betrag werden aus dem Gewerbe-Fachverfahren '
                           'in das Kassenverfahren übertragen.'),
                 auto='it-supported', fv='Kassenverfahren')
    a4 = a.group('Activity_BestaetigungVersenden', 'Gewerbebestätigung versenden', 4,
                 rag2([GEWO15], [('Gewerbebestätigung', g.name, 'Papier')], fv=[GEW]),
                 auto='it-supported', fv=GEW,
                 doc='Empfangsbescheinigung nach § 15 GewO mit Gebührenbescheid, gedruckt.')
    a5 = a.par('Gateway_Weitergabe', 5)
    a6 = a.group('Activity_DurchschriftSenden', 'Durchschrift an Finanzamt senden', 6,
                 rag2([GEWO14], [('Durchschrift der Gewerbeanzeige', f.name, 'Papier')]),
                 auto='manual')
    a7 = a.group('Activity_AnzeigeUebermitteln', 'Gewerbeanzeige an IHK übermitteln', 7,
                 rag2([GEWO14], [('Gewerbeanzeige', i.name, 'XGewerbeanzeige')], fv=[GEW]),
                 branch=1, auto='automated', fv=GEW)
    a8 = a.par('Gateway_WeitergabeAbgeschlossen', 8)
    a9 = a.end('EndEvent_AnmeldungBearbeitet', 'Gewerbeanmeldung bearbeitet', 9)
    m.chain(a0, a1, a2, a3, a4, a5, a6, a8, a9)
    m.chain(a5, a7, a8)

    m.msg('MessageFlow_Formulardaten', 'Formulardaten', g, fs, 'online-form',
          structured=True,
          doc='Der Formularserver erhält die Angaben strukturiert, gibt aber nur ein PDF zum '
              'Ausdrucken zurück und übermittelt nichts an das Gewerbeamt.')
    m.msg('MessageFlow_Anmeldung', 'Gewerbeanmeldung mit Handelsregisterauszug', g, a0,
          'paper', doc='Formular GewA 1 auf Papier mit Anlagen.')
    m.msg('MessageFlow_Handelsregister', 'Handelsregisterauszug', r, a2, 'online-form',
          structured=False, doc='Einsicht im Registerportal (PDF-Ansicht).')
    m.msg('MessageFlow_Bestaetigung', 'Gewerbebestätigung', a4, g, 'paper')
    m.msg('MessageFlow_Durchschrift', 'Durchschrift der Gewerbeanzeige', a6, f, 'paper')
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
              'Beispielmodell von Amtsweg.',
              gewerbe_steckbrief(4, 'Ende-zu-Ende-Ablauf mit EfA-Onlinedienst, FIT-Connect '
                                    'und XGewerbeanzeige.'))
    g = m.pool('Participant_Gewerbetreibende', 'Gewerbetreibende:r', 'company',
               doc='Einzelunternehmen oder Gesellschaft; meldet sich mit dem '
                   'Unternehmenskonto (ELSTER-Zertifikat) an.')
    o = m.pool('Participant_Onlinedienst', 'Onlinedienst Gewerbe (EfA)', 'online-service',
               span=(0, 0),
               doc='Einer-für-Alle-Onlinedienst: Stammdaten aus dem Unternehmenskonto, '
                   'Gebühr über ePayBL, Übermittlung als XGewerbeanzeige über FIT-Connect.')
    a = m.pool('Participant_Gewerbeamt', 'Gewerbeamt', 'authority', branches=2)
    r = m.pool('Participant_Handelsregister', 'Handelsregister (Registerportal)', 'register',
               span=(2, 2),
               doc='Gemeinsames Registerportal der Länder mit Abrufschnittstelle.')
    f = m.pool('Participant_Finanzamt', 'Finanzamt', 'authority', span=(8, 8),
               below=True)
    i = m.pool('Participant_IHK', 'IHK', 'authority', span=(9, 9), below=True,
               doc='Industrie- und Handelskammer; bei Handwerksbetrieben die Handwerkskammer.')

    a0 = a.start('StartEvent_AnzeigeEingegangen', 'Gewerbeanzeige eingegangen', 0)
    a1 = a.group('Activity_AnzeigeUebernehmen', 'Gewerbeanzeige übernehmen', 1,
                 rag1([GEWO14], [('Gewerbeanzeige', o.name, 'FIT-Connect')], fv=[GEW]),
                 auto='automated', fv=GEW)
    a2 = a.group('Activity_HandelsregisterAbfragen', 'Handelsregister abfragen', 2,
                 rag7([GEWO14], False, '3', [('Handelsregisterdaten', r.name, 'XJustiz')],
                      [('Registerabfrage', r.name, 'XJustiz')], fv=[GEW]),
                 auto='automated', fv=GEW)
    a3 = a.xor('Gateway_AngabenSchluessig', 'Angaben schlüssig?', 3)
    a4 = a.group('Activity_AngabenKlaeren', 'Angaben klären', 4,
                 rag6([GEWO14], 'Klären', fv=[GEW],
                      text='Abweichungen vom Handelsregister klären; Vier-Augen-Prinzip, '
                           'etwa vor einer Untersagung.'),
                 branch=1, auto='it-supported', fv=GEW)
    a5 = a.xor('Gateway_Zusammenfuehren', None, 5)
    a6 = a.group('Activity_GewerbeEintragen', 'Gewerbe eintragen', 6,
                 rag6([GEWO14], 'Eintragen in das Gewerberegister', fv=[GEW]),
                 auto='automated', fv=GEW)
    a7 = a.group('Activity_BestaetigungZustellen', 'Gewerbebestätigung zustellen', 7,
                 rag2([GEWO15], [('Gewerbebestätigung', g.name, 'Unternehmenskonto')],
                      fv=[GEW]),
                 auto='automated', fv=GEW, doc='PDF in das Postfach des Unternehmenskontos.')
    a8 = a.group('Activity_AnzeigeWeiterleiten', 'Gewerbeanzeige weiterleiten', 8,
                 rag2([GEWO14], [('Gewerbeanzeige', f.name, 'XGewerbeanzeige'),
                                 ('Gewerbeanzeige', i.name, 'XGewerbeanzeige')], fv=[GEW]),
                 auto='automated', fv=GEW,
                 doc='An die empfangsberechtigten Stellen nach § 14 GewO, hier Finanzamt und IHK.')
    a9 = a.end('EndEvent_AnzeigeBearbeitet', 'Gewerbeanzeige bearbeitet', 9)
    m.chain(a0, a1, a2, a3)
    m.flow(a3, a5, name='ja', cond='Angaben stimmen mit dem Handelsregister überein')
    m.flow(a3, a4, name='nein', default=True)
    m.chain(a4, a5, a6, a7, a8, a9)

    m.msg('MessageFlow_Anmeldung', 'Gewerbeanmeldung', g, o, 'online-form', structured=True)
    m.msg('MessageFlow_Anzeige', 'Gewerbeanzeige', o, a0, 'fit-connect', structured=True,
          std='XGewerbeanzeige')
    m.msg('MessageFlow_Registerabfrage', 'Registerabfrage', a2, r, 'xoev', structured=True,
          std='XJustiz', dy=-12)
    m.msg('MessageFlow_Handelsregister', 'Handelsregisterdaten', r, a2, 'xoev',
          structured=True, std='XJustiz', dy=12, label_dy=46)
    m.msg('MessageFlow_Bestaetigung', 'Gewerbebestätigung', a7, g, 'postbox')
    m.msg('MessageFlow_Finanzamt', 'Gewerbeanzeige', a8, f, 'xoev', structured=True,
          std='XGewerbeanzeige', dy=-12)
    m.msg('MessageFlow_IHK', 'Gewerbeanzeige', a8, i, 'xoev', structured=True,
          std='XGewerbeanzeige', dy=12, label_dy=46)
    return m


def elterngeld():
    EG = 'Elterngeld-Fachverfahren'
    beeg = [law('§ 7 BEEG', 'beeg/__7.html')]
    m = Model('Elterngeld', 'Elterngeld beantragen',
              'Elterngeld beantragen (BEEG) mit ElterngeldDigital, wie in Ländern, die den '
              'unterschriebenen Ausdruck noch verlangen: Antragsdaten kommen strukturiert ins '
              'Fachverfahren, Unterschrift, Geburtsbescheinigung und Einkommensnachweise aber '
              'auf Papier; der Bescheid geht per Post. Beispielmodell von Amtsweg.',
              steckbrief(5, 'Elterngeldantrag bearbeiten', 'Elterngeld Bewilligung',
                         'Die Elterngeldstelle entscheidet über den Antrag auf Elterngeld, '
                         'erteilt den Bescheid und ordnet die Auszahlung an.',
                         'Antrag über ElterngeldDigital, Nachweise und Unterschrift auf Papier.',
                         [law('§ 1 BEEG', 'beeg/__1.html'), law('§ 2 BEEG', 'beeg/__2.html'),
                          law('§ 7 BEEG', 'beeg/__7.html'), law('§ 12 BEEG', 'beeg/__12.html')],
                         'Antrag auf Elterngeld nach der Geburt eines Kindes',
                         'Elterngeldbescheid'))
    e = m.pool('Participant_Eltern', 'Elternteil', 'citizen',
               doc='Mutter oder Vater, die oder der nach der Geburt Elterngeld beantragt; '
                   'füllt den Antrag online aus und schickt den unterschriebenen Ausdruck mit '
                   'Geburtsbescheinigung und Einkommensnachweisen per Post.')
    o = m.pool('Participant_Onlinedienst', 'ElterngeldDigital (Onlinedienst)',
               'online-service', span=(0, 0),
               doc='Prüft die Angaben auf Plausibilität und übermittelt sie über FIT-Connect.')
    a = m.pool('Participant_Elterngeldstelle', 'Elterngeldstelle', 'authority', branches=2)
    k = m.pool('Participant_Landeskasse', 'Landeskasse', 'authority',
               span=(9, 9))

    a0 = a.start('StartEvent_AntragsdatenEingegangen', 'Antragsdaten eingegangen', 0)
    a1 = a.group('Activity_AntragsdatenUebernehmen', 'Antragsdaten übernehmen', 1,
                 rag1(beeg, [('Antragsdaten', o.name, 'FIT-Connect')], fv=[EG]),
                 auto='automated', fv=EG)
    a2 = a.group('Activity_UnterlagenErfassen', 'Unterlagen erfassen', 2,
                 rag1(beeg, [('Unterschriebener Antrag mit Nachweisen', e.name, 'Papier')],
                      fv=[EG]),
                 auto='it-supported', fv=EG,
                 doc='Die Beträge aus den Gehaltsabrechnungen werden abgetippt.')
    a3 = a.group('Activity_ElterngeldBerechnen', 'Elterngeld berechnen', 3,
                 rag4([law('§ 2 BEEG', 'beeg/__2.html')], ['Elterngeldrechner im Fachverfahren'],
                      fv=[EG]),
                 auto='automated', fv=EG)
    a4 = a.xor('Gateway_AnspruchBesteht', 'Anspruch besteht?', 4)
    a5 = a.group('Activity_BewilligungErstellen', 'Bewilligung erstellen', 5,
                 rag6([law('§ 1 BEEG', 'beeg/__1.html')], 'Bescheid erstellen', fv=[EG]),
                 auto='it-supported', fv=EG)
    a6 = a.group('Activity_AblehnungBegruenden', 'Ablehnung begründen', 5,
                 rag6([law('§ 1 BEEG', 'beeg/__1.html')], 'Bescheid erstellen', fv=[EG]),
                 branch=1, auto='it-supported', fv=EG)
    a7 = a.xor('Gateway_BescheidZusammenfuehren', None, 6)
    a8 = a.group('Activity_BescheidVersenden', 'Bescheid versenden', 7,
                 rag2(beeg, [('Elterngeldbescheid', e.name, 'Papier')], fv=[EG]),
                 auto='it-supported', fv=EG, doc='Im Fachverfahren gedruckt, per Post.')
    a9 = a.xor('Gateway_Bewilligt', 'Bewilligt?', 8)
    a10 = a.group('Activity_AuszahlungAnordnen', 'Auszahlung anordnen', 9,
                  rag2([law('§ 6 BEEG', 'beeg/__6.html')],
                       [('Auszahlungsanordnung', k.name, 'elektronisch')], fv=[EG]),
                  auto='automated', fv=EG)
    a11 = a.end('EndEvent_ElterngeldBewilligt', 'Elterngeld bewilligt', 10)
    a12 = a.end('EndEvent_AntragAbgelehnt', 'Antrag abgelehnt', 8, branch=1)
    m.chain(a0, a1, a2, a3, a4)
    m.flow(a4, a5, name='ja', cond='Anspruch nach dem BEEG besteht')
    m.flow(a4, a6, name='nein', default=True)
    m.chain(a5, a7)
    m.chain(a6, a7)
    m.chain(a7, a8, a9)
    m.flow(a9, a10, name='ja', cond='Elterngeld bewilligt')
    m.flow(a9, a12, name='nein', default=True)
    m.chain(a10, a11)

    m.msg('MessageFlow_Antrag', 'Elterngeldantrag', e, o, 'online-form', structured=True)
    m.msg('MessageFlow_Antragsdaten', 'Antragsdaten', o, a0, 'fit-connect', structured=True)
    m.msg('MessageFlow_Unterlagen', 'Unterschriebener Antrag mit Nachweisen', e, a2, 'paper')
    m.msg('MessageFlow_Bescheid', 'Elterngeldbescheid', a8, e, 'paper')
    m.msg('MessageFlow_Auszahlung', 'Auszahlungsanordnung', a10, k, 'xoev', structured=True)
    return m


def baugenehmigung():
    BAU = 'Bau-Fachverfahren'
    lbo = Law('Landesbauordnung (Bauantrag, Baugenehmigung; §§ 68, 72 MBO)')
    baugb36 = law('§ 36 BauGB', 'bbaug/__36.html')
    m = Model('Baugenehmigung', 'Baugenehmigung beantragen',
              'Baugenehmigung beantragen (Landesbauordnung, §§ 29 ff. BauGB) mit dem '
              'digitalen Bauantrag: Antrag und Bauvorlagen im EfA-Onlinedienst, XBau-Nachricht '
              'an die untere Bauaufsichtsbehörde, Beteiligung der Gemeinde (Einvernehmen nach '
              '§ 36 BauGB) und der Fachstellen über XBau, Bescheid ins Postfach, Bauakte als '
              'E-Akte. Beispielmodell von Amtsweg.',
              steckbrief(6, 'Bauantrag bearbeiten', 'Baugenehmigung Erteilung',
                         'Die untere Bauaufsichtsbehörde prüft den Bauantrag, beteiligt '
                         'Gemeinde und Fachstellen und entscheidet über die Baugenehmigung.',
                         'Digitaler Bauantrag mit XBau. Die Bauordnung ist Landesrecht; die '
                         'Paragrafen folgen der Musterbauordnung (MBO).',
                         [lbo, law('§ 29 BauGB', 'bbaug/__29.html'), baugb36],
                         'Bauantrag mit Bauvorlagen', 'Bescheid über den Bauantrag'))
    b = m.pool('Participant_Bauherr', 'Bauherr:in', 'citizen',
               doc='Stellt den Bauantrag mit der Entwurfsverfasserin oder dem Entwurfsverfasser.')
    o = m.pool('Participant_Onlinedienst', 'Digitaler Bauantrag (EfA)', 'online-service',
               span=(0, 0),
               doc='Prüft die Vollständigkeit vor und übermittelt den Antrag als XBau-Nachricht.')
    a = m.pool('Participant_Bauaufsicht', 'Untere Bauaufsichtsbehörde', 'authority',
               branches=2)
    gm = m.pool('Participant_Gemeinde', 'Gemeinde', 'authority', span=(4, 4))
    fs = m.pool('Participant_Fachstellen', 'Fachstellen', 'authority',
                span=(5, 5), below=True,
                doc='Zum Beispiel Brandschutz, Denkmalschutz, Naturschutz.')

    a0 = a.start('StartEvent_BauantragEingegangen', 'Bauantrag eingegangen', 0)
    a1 = a.group('Activity_BauantragUebernehmen', 'Bauantrag übernehmen', 1,
                 rag1([lbo], [('Bauantrag', o.name, 'XBau')], fv=[BAU]),
                 auto='automated', fv=BAU)
    a2 = a.group('Activity_FormellPruefen', 'Bauantrag formell prüfen', 2,
                 rag3([lbo], ['1', '2', '4'], fv=[BAU],
                      text='Zuständigkeit, Vollständigkeit der Bauvorlagen, Verfahrensart.'),
                 auto='it-supported', fv=BAU)
    a3 = a.par('Gateway_Beteiligung', 3)
    a4 = a.group('Activity_GemeindeBeteiligen', 'Gemeinde beteiligen', 4,
                 rag7([baugb36], True, '3', [('Einvernehmen', gm.name, 'XBau')],
                      [('Beteiligung', gm.name, 'XBau')], fv=[BAU],
                      text='Einvernehmen der Gemeinde nach § 36 BauGB einholen.'),
                 auto='it-supported', fv=BAU)
    a5 = a.group('Activity_FachstellenBeteiligen', 'Fachstellen beteiligen', 5,
                 rag7([lbo], False, '3', [('Stellungnahme', fs.name, 'XBau')],
                      [('Beteiligung', fs.name, 'XBau')], fv=[BAU]),
                 branch=1, auto='it-supported', fv=BAU)
    a6 = a.par('Gateway_BeteiligungAbgeschlossen', 6)
    a7 = a.group('Activity_VorhabenBeurteilen', 'Vorhaben rechtlich beurteilen', 7,
                 rag4([lbo, law('§ 29 BauGB', 'bbaug/__29.html')],
                      ['Bebauungsplan', 'Stellungnahmen der Fachstellen'], fv=[BAU],
                      text='Die Baugenehmigung ist eine gebundene Entscheidung.'),
                 auto='it-supported', fv=BAU)
    a8 = a.xor('Gateway_Genehmigungsfaehig', 'Genehmigungsfähig?', 8)
    a9 = a.group('Activity_GenehmigungEntwerfen', 'Baugenehmigung entwerfen', 9,
                 rag6([lbo], 'Bescheid erstellen', fv=[BAU]), auto='it-supported', fv=BAU)
    a10 = a.group('Activity_AblehnungBegruenden', 'Ablehnung begründen', 9,
                  rag6([lbo], 'Bescheid erstellen', fv=[BAU]), branch=1,
                  auto='it-supported', fv=BAU)
    a11 = a.xor('Gateway_BescheidZusammenfuehren', None, 10)
    a12 = a.group('Activity_BescheidZustellen', 'Bescheid zustellen', 11,
                  rag2([lbo], [('Bescheid über den Bauantrag', b.name, 'Postfach')], fv=[BAU]),
                  auto='automated', fv=BAU)
    a13 = a.group('Activity_BauakteAbschliessen', 'Bauakte abschließen', 12,
                  rag8([lbo], 'Vorgang in der E-Akte abschließen und aufbewahren.', fv=[BAU]),
                  auto='automated', fv=BAU)
    a14 = a.end('EndEvent_BauantragEntschieden', 'Bauantrag entschieden', 13)
    m.chain(a0, a1, a2, a3, a4, a6)
    m.chain(a3, a5, a6, a7, a8)
    m.flow(a8, a9, name='ja', cond='Vorhaben ist genehmigungsfähig')
    m.flow(a8, a10, name='nein', default=True)
    m.chain(a9, a11)
    m.chain(a10, a11)
    m.chain(a11, a12, a13, a14)

    m.msg('MessageFlow_Bauantrag', 'Bauantrag mit Bauvorlagen', b, o, 'online-form',
          structured=True, doc='Formulardaten strukturiert, Bauzeichnungen als PDF-Anlagen.')
    m.msg('MessageFlow_BauantragXBau', 'Bauantrag', o, a0, 'xoev', structured=True,
          std='XBau')
    m.msg('MessageFlow_BeteiligungGemeinde', 'Beteiligung', a4, gm, 'xoev', structured=True,
          std='XBau', dy=-12)
    m.msg('MessageFlow_Einvernehmen', 'Einvernehmen', gm, a4, 'xoev', structured=True,
          std='XBau', dy=12, label_dy=46)
    m.msg('MessageFlow_BeteiligungFachstellen', 'Beteiligung', a5, fs, 'xoev',
          structured=True, std='XBau', dy=-12)
    m.msg('MessageFlow_Stellungnahme', 'Stellungnahme', fs, a5, 'xoev', structured=True,
          std='XBau', dy=12, label_dy=46)
    m.msg('MessageFlow_Bescheid', 'Bescheid über den Bauantrag', a12, b, 'postbox')
    return m


def fuehrerschein():
    FE = 'Fahrerlaubnis-Fachverfahren'
    stvg2 = law('§ 2 StVG', 'stvg/__2.html')
    stvg48 = law('§ 48 StVG', 'stvg/__48.html')
    m = Model('Fuehrerschein', 'Führerschein umtauschen',
              'Führerschein umtauschen (Pflichtumtausch nach § 24a FeV): Antrag mit Lichtbild '
              'im EfA-Onlinedienst, Abgleich mit dem Zentralen Fahrerlaubnisregister des '
              'Kraftfahrt-Bundesamts, Kartenführerschein von der Bundesdruckerei, '
              'Abholbenachrichtigung ins Postfach. Der Kartenführerschein selbst wird '
              'persönlich ausgehändigt (dabei wird der alte Führerschein entwertet): das '
              'bleibt ein Dokument auf Papier bzw. Plastik, daher Reifegrad 3. '
              'Beispielmodell von Amtsweg.',
              steckbrief(7, 'Führerscheinumtausch bearbeiten', 'Führerschein Umtausch',
                         'Die Fahrerlaubnisbehörde tauscht einen alten Führerschein gegen einen '
                         'befristeten Kartenführerschein um.',
                         'Pflichtumtausch nach § 24a und Anlage 8e der Fahrerlaubnis-'
                         'Verordnung (FeV, https://www.gesetze-im-internet.de/fev_2010/'
                         '__24a.html); als Handlungsgrundlage mit Art sind nur die Gesetze '
                         'eingetragen, weil der Code der Art "Verordnung" nicht bestätigt ist.',
                         [stvg2, stvg48], 'Umtauschfrist für den alten Führerschein',
                         'Kartenführerschein'))
    b = m.pool('Participant_Inhaber', 'Inhaber:in der Fahrerlaubnis', 'citizen',
               doc='Beantragt mit Online-Ausweis und biometrischem Lichtbild als Datei; holt '
                   'den Kartenführerschein ab und bringt den alten mit.')
    o = m.pool('Participant_Onlinedienst', 'Onlinedienst Führerschein (EfA)',
               'online-service', span=(0, 0),
               doc='Prüft Formate, Pflichtfelder und Gebührenzahlung über ePayBL und '
                   'übermittelt den Antrag über FIT-Connect.')
    a = m.pool('Participant_Fahrerlaubnisbehoerde', 'Fahrerlaubnisbehörde', 'authority',
               branches=2)
    d = m.pool('Participant_Bundesdruckerei', 'Bundesdruckerei', 'other', span=(6, 7),
               doc='Stellt den Kartenführerschein her.')
    z = m.pool('Participant_Kba', 'Kraftfahrt-Bundesamt (ZFER)', 'register', span=(2, 10),
               doc='Zentrales Fahrerlaubnisregister; Abruf und Mitteilung über die '
                   'Schnittstelle des Fachverfahrens.')

    a0 = a.start('StartEvent_UmtauschantragEingegangen', 'Umtauschantrag eingegangen', 0)
    a1 = a.group('Activity_AntragUebernehmen', 'Umtauschantrag übernehmen', 1,
                 rag1([stvg2], [('Umtauschantrag', o.name, 'FIT-Connect')], fv=[FE]),
                 auto='automated', fv=FE)
    a2 = a.group('Activity_ZferAbrufen', 'Fahrerlaubnis im ZFER abrufen', 2,
                 rag7([stvg48], False, '3', [('Fahrerlaubnisdaten', z.name, 'elektronisch')],
                      [('Registerabfrage', z.name, 'elektronisch')], fv=[FE]),
                 auto='automated', fv=FE)
    a3 = a.xor('Gateway_DatenVollstaendig', 'Daten im ZFER vollständig?', 3)
    a4 = a.group('Activity_DatenNachtragen', 'Fehlende Daten nachtragen', 4,
                 rag6([stvg48], 'Nachtragen', fv=[FE],
                      text='Bei alten Führerscheinen fehlen Daten im ZFER; die ausstellende '
                           'Behörde liefert die Karteikarte nach.'),
                 branch=1, auto='it-supported', fv=FE)
    a5 = a.xor('Gateway_Zusammenfuehren', None, 5)
    a6 = a.group('Activity_FuehrerscheinBestellen', 'Führerschein bestellen', 6,
                 rag2([stvg2], [('Führerscheinbestellung', d.name, 'elektronisch')], fv=[FE]),
                 auto='automated', fv=FE)
    a7 = a.group('Activity_LieferungPruefen', 'Lieferung prüfen', 7,
                 rag1([stvg2], [('Kartenführerschein', d.name, 'Post')]), auto='manual')
    a8 = a.group('Activity_BenachrichtigungSenden', 'Benachrichtigung senden', 8,
                 rag2([stvg2], [('Abholbenachrichtigung', b.name, 'Postfach')], fv=[FE]),
                 auto='automated', fv=FE)
    a9 = a.group('Activity_FuehrerscheinAushaendigen', 'Führerschein aushändigen', 9,
                 rag2([stvg2], [('Kartenführerschein', b.name, 'persönlich')],
                      text='Identität prüfen, den mitgebrachten alten Führerschein entwerten '
                           'und den Kartenführerschein übergeben.'),
                 auto='manual')
    a10 = a.group('Activity_UmtauschMelden', 'Umtausch an das ZFER melden', 10,
                  rag2([stvg48], [('Umtauschmitteilung', z.name, 'elektronisch')], fv=[FE]),
                  auto='automated', fv=FE)
    a11 = a.end('EndEvent_FuehrerscheinUmgetauscht', 'Führerschein umgetauscht', 11)
    m.chain(a0, a1, a2, a3)
    m.flow(a3, a5, name='ja', cond='Fahrerlaubnisdaten vollständig im ZFER')
    m.flow(a3, a4, name='nein', default=True)
    m.chain(a4, a5, a6, a7, a8, a9, a10, a11)

    m.msg('MessageFlow_Antrag', 'Umtauschantrag mit Lichtbild', b, o, 'online-form',
          structured=True)
    m.msg('MessageFlow_Antragsdaten', 'Umtauschantrag', o, a0, 'fit-connect', structured=True)
    m.msg('MessageFlow_Registerabfrage', 'Registerabfrage', a2, z, 'xoev', structured=True,
          dy=-12)
    m.msg('MessageFlow_Fahrerlaubnisdaten', 'Fahrerlaubnisdaten', z, a2, 'xoev',
          structured=True, dy=12, label_dy=46)
    m.msg('MessageFlow_Bestellung', 'Führerscheinbestellung', a6, d, 'xoev', structured=True,
          doc='Elektronische Bestellung aus dem Fachverfahren.')
    m.msg('MessageFlow_Kartenfuehrerschein', 'Kartenführerschein', d, a7, 'paper',
          doc='Das Dokument kommt per Post.')
    m.msg('MessageFlow_Benachrichtigung', 'Abholbenachrichtigung', a8, b, 'postbox')
    m.msg('MessageFlow_Aushaendigung', 'Kartenführerschein', a9, b, 'in-person',
          doc='Der alte Führerschein wird dabei vorgelegt und entwertet; das ist keine '
              'Antragstellung und bleibt hier ohne eigenen Nachrichtenfluss.')
    m.msg('MessageFlow_Umtauschmitteilung', 'Umtauschmitteilung', a10, z, 'xoev',
          structured=True)
    return m


def wohngeld():
    WG = 'Wohngeld-Fachverfahren'
    wogg22 = law('§ 22 WoGG', 'wogg/__22.html')
    wogg3 = law('§ 3 WoGG', 'wogg/__3.html')
    m = Model('WohngeldAntrag', 'Wohngeld beantragen',
              'Wohngeld beantragen (WoGG): Antrag im EfA-Onlinedienst, XWohngeld über '
              'FIT-Connect ins Fachverfahren, Renteneinkommen bei der Rentenversicherung '
              'abgefragt statt als Nachweis verlangt; der Bescheid geht noch per Post, daher '
              'Reifegrad 3. Beispielmodell von Amtsweg.',
              steckbrief(8, 'Wohngeldantrag bearbeiten', 'Wohngeld Bewilligung',
                         'Die Wohngeldbehörde entscheidet über den Antrag auf Wohngeld '
                         '(Mietzuschuss) und erteilt den Bescheid.',
                         'Antrag über den EfA-Onlinedienst mit XWohngeld.',
                         [wogg3, wogg22, law('§ 23 WoGG', 'wogg/__23.html')],
                         'Antrag auf Wohngeld', 'Wohngeldbescheid'))
    b = m.pool('Participant_Antragsteller', 'Antragsteller:in', 'citizen',
               doc='Mieterin oder Mieter, die oder der Wohngeld beantragt.')
    o = m.pool('Participant_Onlinedienst', 'Onlinedienst Wohngeld (EfA)', 'online-service',
               span=(0, 0),
               doc='Prüft die Angaben auf Plausibilität, nimmt Nachweise als Datei an und '
                   'übermittelt den Antrag als XWohngeld über FIT-Connect.')
    a = m.pool('Participant_Wohngeldbehoerde', 'Wohngeldbehörde', 'authority', branches=2)
    r = m.pool('Participant_Rentenversicherung', 'Rentenversicherung', 'register',
               span=(3, 3),
               doc='Gibt Auskunft über Renteneinkommen über eine Schnittstelle.')

    a0 = a.start('StartEvent_AntragEingegangen', 'Antrag eingegangen', 0)
    a1 = a.group('Activity_AntragUebernehmen', 'Wohngeldantrag übernehmen', 1,
                 rag1([wogg22], [('Antragsdaten', o.name, 'FIT-Connect')], fv=[WG]),
                 auto='automated', fv=WG)
    a2 = a.group('Activity_FormellPruefen', 'Antrag formell prüfen', 2,
                 rag3([wogg22], ['1', '2'], fv=[WG]), auto='it-supported', fv=WG)
    a3 = a.group('Activity_EinkommenAbfragen', 'Einkommen abfragen', 3,
                 rag7([law('§ 23 WoGG', 'wogg/__23.html')], True, '3',
                      [('Renteneinkommen', r.name, 'elektronisch')],
                      [('Auskunftsersuchen', r.name, 'elektronisch')], fv=[WG]),
                 auto='automated', fv=WG)
    a4 = a.group('Activity_WohngeldBerechnen', 'Wohngeld berechnen', 4,
                 rag4([wogg3], ['Wohngeldberechnung im Fachverfahren'], fv=[WG]),
                 auto='automated', fv=WG)
    a5 = a.xor('Gateway_AnspruchBesteht', 'Anspruch besteht?', 5)
    a6 = a.group('Activity_BewilligungErstellen', 'Bewilligung erstellen', 6,
                 rag6([wogg3], 'Bescheid erstellen', fv=[WG]), auto='it-supported', fv=WG)
    a7 = a.group('Activity_AblehnungBegruenden', 'Ablehnung begründen', 6,
                 rag6([wogg3], 'Bescheid erstellen', fv=[WG]), branch=1,
                 auto='it-supported', fv=WG)
    a8 = a.xor('Gateway_BescheidZusammenfuehren', None, 7)
    a9 = a.group('Activity_BescheidVersenden', 'Bescheid versenden', 8,
                 rag2([wogg22], [('Wohngeldbescheid', b.name, 'Papier')], fv=[WG]),
                 auto='it-supported', fv=WG, doc='Im Fachverfahren gedruckt, per Post.')
    a10 = a.end('EndEvent_AntragEntschieden', 'Antrag entschieden', 9)
    m.chain(a0, a1, a2, a3, a4, a5)
    m.flow(a5, a6, name='ja', cond='Anspruch nach dem WoGG besteht')
    m.flow(a5, a7, name='nein', default=True)
    m.chain(a6, a8)
    m.chain(a7, a8)
    m.chain(a8, a9, a10)

    m.msg('MessageFlow_Antrag', 'Antrag auf Wohngeld', b, o, 'online-form', structured=True)
    m.msg('MessageFlow_Antragsdaten', 'Antragsdaten', o, a0, 'fit-connect', structured=True,
          std='XWohngeld')
    m.msg('MessageFlow_Auskunftsersuchen', 'Auskunftsersuchen', a3, r, 'xoev',
          structured=True, dy=-12)
    m.msg('MessageFlow_Renteneinkommen', 'Renteneinkommen', r, a3, 'xoev', structured=True,
          dy=12, label_dy=46)
    m.msg('MessageFlow_Bescheid', 'Wohngeldbescheid', a9, b, 'paper')
    return m


SAMPLES = {
    'wohngeld-antrag': wohngeld,
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
