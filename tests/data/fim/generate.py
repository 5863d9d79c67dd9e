# Writes tests/data/fim/fim-complete.bpmn: a clean FIM-BPMN model (vertical pools, black-box
# applicant pool, message start, RAG groups of all eight types, a timer boundary event, named end
# events, a question gateway) with its diagram laid out top to bottom. Run from this directory.
NS = ('xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
      'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
      'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
      'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xmlns:amtsweg="https://amtsweg.de/schema/bpmn/1.0"')
HG = '<amtsweg:handlungsgrundlage name="§ 27 MuSchG" art="104"/>'
SIZE = {'startEvent': (36, 36), 'endEvent': (36, 36), 'boundaryEvent': (36, 36),
        'subProcess': (100, 80), 'exclusiveGateway': (50, 50), 'parallelGateway': (50, 50)}
# id, type, name, centre x, row, RAG (typ, gruppenId, block)
NODES = [
    ('Start_Anzeige', 'startEvent', 'Anzeige eingegangen', 440, 0, None),
    ('Sub_Empfangen', 'subProcess', 'Anzeige empfangen', 440, 1, ('1', '01',
        '<amtsweg:informationEmpfangen><amtsweg:empfangen formular="D99006028261000" '
        'absender="Antragsteller" uebermittlungsart="elektronisch">Anzeige</amtsweg:empfangen>'
        '</amtsweg:informationEmpfangen>')),
    ('Gw_Join', 'exclusiveGateway', '', 440, 2, None),
    ('Sub_Pruefen', 'subProcess', 'Anzeige formell prüfen', 440, 3, ('3', '02',
        '<amtsweg:formellPruefen><amtsweg:pruefart code="1"/><amtsweg:pruefart code="2"/>'
        '</amtsweg:formellPruefen>')),
    ('Gw_Vollstaendig', 'exclusiveGateway', 'Anzeige vollständig?', 440, 4, None),
    ('Sub_Nachfordern', 'subProcess', 'Unterlagen nachfordern', 600, 3, ('7', '03',
        '<amtsweg:beteiligen mitwirkungspflicht="true" beteiligungsform="3">'
        '<amtsweg:empfangen absender="Antragsteller">Unterlagen</amtsweg:empfangen>'
        '<amtsweg:bereitstellen empfaenger="Antragsteller">Nachforderung</amtsweg:bereitstellen>'
        '</amtsweg:beteiligen>')),
    ('End_Eingestellt', 'endEvent', 'Verfahren eingestellt', 720, 4, None),
    ('Sub_Erfassen', 'subProcess', 'Angaben erfassen', 440, 5, ('6', '04',
        '<amtsweg:bearbeiten bearbeitungsart="1"/>')),
    ('Gw_Split', 'parallelGateway', '', 440, 6, None),
    ('Sub_Beurteilen', 'subProcess', 'Voraussetzungen beurteilen', 360, 7, ('4', '05',
        '<amtsweg:entscheidenOhneSpielraum><amtsweg:hilfsmittel>Checkliste</amtsweg:hilfsmittel>'
        '</amtsweg:entscheidenOhneSpielraum>')),
    ('Sub_Ermessen', 'subProcess', 'Schutzmaßnahmen festlegen', 520, 7, ('5', '06',
        '<amtsweg:entscheidenMitSpielraum entscheidungsart="2"><amtsweg:hilfsmittel>Leitfaden'
        '</amtsweg:hilfsmittel></amtsweg:entscheidenMitSpielraum>')),
    ('Gw_Merge', 'parallelGateway', '', 440, 8, None),
    ('Sub_Bescheid', 'subProcess', 'Bescheid bereitstellen', 440, 9, ('2', '07',
        '<amtsweg:informationBereitstellen><amtsweg:bereitstellen formular="D99006028261001" '
        'empfaenger="Antragsteller" uebermittlungsart="elektronisch">Bescheid'
        '</amtsweg:bereitstellen></amtsweg:informationBereitstellen>')),
    ('Sub_Dokumentieren', 'subProcess', 'Vorgang dokumentieren', 440, 10, ('8', '08',
        '<amtsweg:freieGruppe><amtsweg:beschreibung>Vorgang zur Akte nehmen</amtsweg:beschreibung>'
        '</amtsweg:freieGruppe>')),
    ('End_Bearbeitet', 'endEvent', 'Anzeige bearbeitet', 440, 11, None),
]
FLOWS = [
    ('Flow_1', 'Start_Anzeige', 'Sub_Empfangen', '', ''),
    ('Flow_2', 'Sub_Empfangen', 'Gw_Join', '', ''),
    ('Flow_3', 'Gw_Join', 'Sub_Pruefen', '', ''),
    ('Flow_4', 'Sub_Pruefen', 'Gw_Vollstaendig', '', ''),
    ('Flow_Ja', 'Gw_Vollstaendig', 'Sub_Erfassen', 'ja', 'vollständig'),
    ('Flow_Nein', 'Gw_Vollstaendig', 'Sub_Nachfordern', 'nein', ''),
    ('Flow_5', 'Sub_Nachfordern', 'Gw_Join', '', ''),
    ('Flow_6', 'Timer_Frist', 'End_Eingestellt', '', ''),
    ('Flow_7', 'Sub_Erfassen', 'Gw_Split', '', ''),
    ('Flow_8', 'Gw_Split', 'Sub_Beurteilen', '', ''),
    ('Flow_9', 'Gw_Split', 'Sub_Ermessen', '', ''),
    ('Flow_10', 'Sub_Beurteilen', 'Gw_Merge', '', ''),
    ('Flow_11', 'Sub_Ermessen', 'Gw_Merge', '', ''),
    ('Flow_12', 'Gw_Merge', 'Sub_Bescheid', '', ''),
    ('Flow_13', 'Sub_Bescheid', 'Sub_Dokumentieren', '', ''),
    ('Flow_14', 'Sub_Dokumentieren', 'End_Bearbeitet', '', ''),
]
# id, name, source, target, y offset at the target
MESSAGES = [
    ('MF_Anzeige', 'Anzeige', 'P_Antragsteller', 'Start_Anzeige'),
    ('MF_Nachforderung', 'Nachforderung', 'Sub_Nachfordern', 'P_Antragsteller'),
    ('MF_Unterlagen', 'Unterlagen', 'P_Antragsteller', 'Sub_Nachfordern'),
    ('MF_Bescheid', 'Bescheid', 'Sub_Bescheid', 'P_Antragsteller'),
]

def centre(row):
    return 80 + row * 110

bounds = {}
for nid, typ, name, cx, row, rag in NODES:
    w, h = SIZE[typ]
    bounds[nid] = (cx - w // 2, centre(row) - h // 2, w, h)
sx, sy, sw, sh = bounds['Sub_Nachfordern']
bounds['Timer_Frist'] = (sx + sw - 18, sy + sh // 2 - 18, 36, 36)
POOLS = {'P_Antragsteller': (0, 0, 120, 1360), 'P_Behoerde': (160, 0, 600, 1360)}

out = ['<?xml version="1.0" encoding="UTF-8"?>',
       f'<bpmn:definitions {NS} id="Defs_fim" targetNamespace="https://amtsweg.de/tests/fim">',
       '  <bpmn:collaboration id="Collab_Fim">',
       '    <bpmn:extensionElements>',
       '      <amtsweg:prozesssteckbrief>',
       '        <amtsweg:prozessschluessel>99006028261000</amtsweg:prozessschluessel>',
       '        <amtsweg:version>01.00.00</amtsweg:version>',
       '        <amtsweg:name>Anzeige Beschäftigung schwangerer Frauen bearbeiten</amtsweg:name>',
       '        <amtsweg:bezeichnung>Beschäftigung schwangerer Frauen Anzeige</amtsweg:bezeichnung>',
       '        <amtsweg:definition>Die Aufsichtsbehörde bearbeitet die Anzeige des Arbeitgebers.</amtsweg:definition>',
       '        <amtsweg:beschreibung>Beispiel für Tests von Amtsweg.</amtsweg:beschreibung>',
       '        <amtsweg:detaillierungsstufe code="101"/>',
       '        <amtsweg:freigabestatus code="5"/>',
       '        <amtsweg:prozessteilnehmer name="Antragsteller" rollen="1"/>',
       '        <amtsweg:prozessteilnehmer name="Aufsichtsbehörde" rollen="2"/>',
       '        ' + HG.replace('/>', ' uri="https://www.gesetze-im-internet.de/muschg_2018/__27.html"/>'),
       '        <amtsweg:ausloeser formular="D99006028261000">Anzeige des Arbeitgebers</amtsweg:ausloeser>',
       '        <amtsweg:ergebnis>Bescheid</amtsweg:ergebnis>',
       '        <amtsweg:zustandsangaben erstellt="2024-03-01T10:00:00" geaendert="2024-05-02T09:30:00" '
       'bearbeiter="FIM-Redaktion" fachlichFreigegeben="2024-05-10" gueltigAb="2024-06-01"/>',
       '        <amtsweg:verwaltungspolitischeKodierung>17</amtsweg:verwaltungspolitischeKodierung>',
       '        <amtsweg:klassifikation>611.07.01</amtsweg:klassifikation>',
       '      </amtsweg:prozesssteckbrief>',
       '    </bpmn:extensionElements>',
       '    <bpmn:participant id="P_Antragsteller" name="Antragsteller"/>',
       '    <bpmn:participant id="P_Behoerde" name="Aufsichtsbehörde" processRef="Proc_Behoerde"/>']
for mid, name, s, t in MESSAGES:
    out.append(f'    <bpmn:messageFlow id="{mid}" name="{name}" sourceRef="{s}" targetRef="{t}"/>')
out += ['  </bpmn:collaboration>', '  <bpmn:process id="Proc_Behoerde" isExecutable="false">']
inner_di = []
for nid, typ, name, cx, row, rag in NODES:
    nattr = f' name="{name}"' if name else ''
    default = ' default="Flow_Nein"' if nid == 'Gw_Vollstaendig' else ''
    if typ == 'startEvent':
        out.append(f'    <bpmn:startEvent id="{nid}"{nattr}><bpmn:messageEventDefinition id="MED_{nid}"/></bpmn:startEvent>')
    elif typ == 'subProcess':
        rtyp, gid, block = rag
        out += [f'    <bpmn:subProcess id="{nid}"{nattr}>',
                '      <bpmn:extensionElements>',
                f'        <amtsweg:aktivitaetengruppe typ="{rtyp}" version="1.00" gruppenId="{gid}">',
                f'          {HG}',
                f'          {block}',
                '        </amtsweg:aktivitaetengruppe>',
                '      </bpmn:extensionElements>',
                f'      <bpmn:startEvent id="{nid}_Start" name="Begonnen"/>',
                f'      <bpmn:endEvent id="{nid}_End" name="Erledigt"/>',
                f'      <bpmn:sequenceFlow id="{nid}_Flow" sourceRef="{nid}_Start" targetRef="{nid}_End"/>',
                '    </bpmn:subProcess>']
        inner_di.append(nid)
    else:
        out.append(f'    <bpmn:{typ} id="{nid}"{nattr}{default}/>')
out.append('    <bpmn:boundaryEvent id="Timer_Frist" name="Frist abgelaufen" attachedToRef="Sub_Nachfordern">'
           '<bpmn:timerEventDefinition id="TED_Frist"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">'
           'P4W</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>')
for fid, s, t, name, cond in FLOWS:
    nattr = f' name="{name}"' if name else ''
    if cond:
        out.append(f'    <bpmn:sequenceFlow id="{fid}"{nattr} sourceRef="{s}" targetRef="{t}">'
                   f'<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{cond}'
                   '</bpmn:conditionExpression></bpmn:sequenceFlow>')
    else:
        out.append(f'    <bpmn:sequenceFlow id="{fid}"{nattr} sourceRef="{s}" targetRef="{t}"/>')
out.append('  </bpmn:process>')

def shape(eid, b, extra=''):
    x, y, w, h = b
    return (f'      <bpmndi:BPMNShape id="{eid}_di" bpmnElement="{eid}"{extra}>'
            f'<dc:Bounds x="{x}" y="{y}" width="{w}" height="{h}"/></bpmndi:BPMNShape>')

def mid(b):
    return (b[0] + b[2] // 2, b[1] + b[3] // 2)

def edge(eid, points):
    wps = ''.join(f'<di:waypoint x="{x}" y="{y}"/>' for x, y in points)
    return f'      <bpmndi:BPMNEdge id="{eid}_di" bpmnElement="{eid}">{wps}</bpmndi:BPMNEdge>'

out += ['  <bpmndi:BPMNDiagram id="Diagram_Fim">', '    <bpmndi:BPMNPlane id="Plane_Fim" bpmnElement="Collab_Fim">']
for pid, b in POOLS.items():
    out.append(shape(pid, b, ' isHorizontal="false"'))
for nid, typ, *_ in NODES:
    out.append(shape(nid, bounds[nid], ' isExpanded="false"' if typ == 'subProcess' else ''))
out.append(shape('Timer_Frist', bounds['Timer_Frist']))
for fid, s, t, *_ in FLOWS:
    (ax, ay), (bx, by) = mid(bounds[s]), mid(bounds[t])
    points = [(ax, ay), (bx, by)] if ax == bx or ay == by else [(ax, ay), (bx, ay), (bx, by)]
    out.append(edge(fid, points))
for i, (mfid, name, s, t) in enumerate(MESSAGES):
    node = t if s == 'P_Antragsteller' else s
    x, y, w, h = bounds[node]
    yy = y + h // 2 + (-12 if 'Nachforderung' in name else 12 if 'Unterlagen' in name else 0)
    points = [(120, yy), (x, yy)] if s == 'P_Antragsteller' else [(x, yy), (120, yy)]
    out.append(edge(mfid, points))
out += ['    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>']
for nid in inner_di:
    out += [f'  <bpmndi:BPMNDiagram id="Diagram_{nid}">',
            f'    <bpmndi:BPMNPlane id="Plane_{nid}" bpmnElement="{nid}">',
            shape(f'{nid}_Start', (100, 100, 36, 36)), shape(f'{nid}_End', (250, 100, 36, 36)),
            edge(f'{nid}_Flow', [(136, 118), (250, 118)]),
            '    </bpmndi:BPMNPlane>', '  </bpmndi:BPMNDiagram>']
out.append('</bpmn:definitions>')
open('fim-complete.bpmn', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
