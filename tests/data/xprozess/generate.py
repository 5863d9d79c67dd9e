# Writes the XProzess 2.0 test messages of this folder (run from here; python3, standard library
# only). The BPMN inside is ../fim/fim-complete.bpmn without Amtsweg's FIM extension, as real
# exports carry none: the FIM data lives in the XProzess wrapper, joined by subProzessID.
#   alle-inhalte.xml        alleInhalte.export.0303, one process, RAG groups of all eight types
#   bibliothek.xml          prozessbibliothek.export.0203, two processes: one with unknown codes
#                           and unusual list versions and spellings (read leniently), one with
#                           embedded PDFs (one zipped, one plain)
#   fremdinhalte.xml        alleInhalte.export.0303 with everything Amtsweg does not map: a full
#                           Nachrichtenkopf (leser, autor), schlagwort, unknown elements (also of
#                           another namespace) in the message, the Prozessbibliothek, the process,
#                           its Steckbrief, Strukturbeschreibung, Zustandsangaben and a group, a
#                           group for a missing element, codes with dated list versions and a
#                           `name`; known elements in the order Amtsweg writes them, so that an
#                           export must give the same XML apart from the Nachrichtenkopf's UUID
#                           and time and the prozessmodell
#   broken-base64.xml       the BPMN's content is not base64
#   broken-no-bpmn.xml      the ZIP archive holds no .bpmn file
#   broken-root.xml         a message name in another namespace
#   broken-xml.xml          not well-formed
import base64
import io
import re
import zipfile

NS = 'http://www.regierung-mv.de/xprozess/2'
LIST = 'urn:xoev-de:xprozess:codeliste:'


def zipped(name, data):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w') as z:
        info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
    return buffer.getvalue()


def b64(data, width=76):
    text = base64.b64encode(data).decode('ascii')
    return '\n'.join(text[i:i + width] for i in range(0, len(text), width))


def coded(name, lst, code, version='2020-03-15'):
    return f'<{name} listURI="{LIST}{lst}" listVersionID="{version}"><code>{code}</code></{name}>'


def datei(name, mime, content):
    return ('<prozessmodelldatei>'
            f'<dateiname>{name}</dateiname>{coded("modellierungsmethode", "modellierungsmethode", "BPMN 2.0")}'
            f'<mimeType>{mime}</mimeType><inhalt>\n{content}\n</inhalt></prozessmodelldatei>')


def kopf(typ):
    return ('<nachrichtenkopf><identifikation.nachricht>'
            '<nachrichtenUUID>6f1c1c3e-2b1a-4c3e-9d7a-0a1b2c3d4e5f</nachrichtenUUID>'
            f'{coded("nachrichtentyp", "nachrichtentyp", typ)}'
            '<erstellungszeitpunkt>2024-06-01T12:00:00Z</erstellungszeitpunkt>'
            '</identifikation.nachricht></nachrichtenkopf>')


def message(root, typ, processes):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<{root} xmlns="{NS}" produkt="Testgenerator" produkthersteller="Amtsweg-Tests" '
            'xprozessVersion="2.0">\n' + kopf(typ) + '\n<prozessbibliothek>\n'
            + '\n'.join(processes) + '\n</prozessbibliothek>\n' f'</{root}>\n')


def strip_fim(bpmn):
    bpmn = re.sub(r'<amtsweg:prozesssteckbrief>.*?</amtsweg:prozesssteckbrief>', '', bpmn, flags=re.S)
    bpmn = re.sub(r'<amtsweg:aktivitaetengruppe .*?</amtsweg:aktivitaetengruppe>', '', bpmn, flags=re.S)
    return re.sub(r'\s*<bpmn:extensionElements>\s*</bpmn:extensionElements>', '', bpmn)


HG = ('<handlungsgrundlage><name>§ 27 MuSchG</name>' + coded('art', 'handlungsgrundlagenart', '104')
      + '<uri>https://www.gesetze-im-internet.de/muschg_2018/__27.html</uri></handlungsgrundlage>')


def daten(tag, formular, text, partner='', partner_tag='', art=''):
    inner = f'<formularID>{formular}</formularID>' if formular else ''
    inner += f'<beschreibung>{text}</beschreibung>'
    if partner:
        inner += f'<{partner_tag}>{partner}</{partner_tag}>'
    if art:
        inner += f'<uebermittlungsart>{art}</uebermittlungsart>'
    return f'<{tag}>{inner}</{tag}>'


def gruppe(typ, gid, sub, name, block, extra=''):
    return ('<aktivitaetengruppe>'
            + coded('referenzaktivitaetengruppeTyp', 'referenzaktivitaetengruppe', typ)
            + f'<referenzaktivitaetengruppeVersion>1.00</referenzaktivitaetengruppeVersion>'
            f'<id>{gid}</id><subProzessID>{sub}</subProzessID><name>{name}</name>{extra}{HG}'
            f'<spezifischeAttribute><spezifischeAttribute{typ}>{block}</spezifischeAttribute{typ}>'
            '</spezifischeAttribute></aktivitaetengruppe>')


GRUPPEN = [
    gruppe('1', '01', 'Sub_Empfangen', 'Anzeige empfangen',
           daten('empfangen', 'D99006028261000', 'Anzeige', 'Antragsteller', 'absender', 'elektronisch'),
           '<beschreibung>Die Anzeige geht ein.</beschreibung>'),
    gruppe('3', '02', 'Sub_Pruefen', 'Anzeige formell prüfen',
           coded('pruefart', 'pruefart', '1') + coded('pruefart', 'pruefart', '2')
           + coded('pruefart', 'pruefart', '4')),
    gruppe('7', '03', 'Sub_Nachfordern', 'Unterlagen nachfordern',
           '<mitwirkungspflicht>true</mitwirkungspflicht>'
           + coded('beteiligungsform', 'beteiligungsform', '3')
           + daten('empfangen', '', 'Unterlagen', 'Antragsteller', 'absender', 'Post')
           + daten('bereitstellen', 'D99006028261002', 'Nachforderung', 'Antragsteller', 'empfaenger')),
    gruppe('6', '04', 'Sub_Erfassen', 'Angaben im Fachverfahren erfassen',
           coded('bearbeitungsart', 'bearbeitungsart', '1'),
           '<fachverfahren>Arbeitsschutz-Fachverfahren</fachverfahren>'),
    gruppe('4', '05', 'Sub_Beurteilen', 'Voraussetzungen beurteilen',
           '<hilfsmittel>Checkliste</hilfsmittel><hilfsmittel>Merkblatt</hilfsmittel>',
           '<eingehendeDaten><formularID>D99006028261000</formularID>'
           '<stammdatenschemaID>S99006028261000</stammdatenschemaID>'
           '<stammdatenschemaVersion>1.2</stammdatenschemaVersion>'
           '<beschreibung>Anzeige</beschreibung></eingehendeDaten>'),
    gruppe('5', '06', 'Sub_Ermessen', 'Schutzmaßnahmen festlegen',
           coded('entscheidungsart', 'entscheidungsart', '2') + '<hilfsmittel>Leitfaden</hilfsmittel>',
           '<ausgehendeDaten><beschreibung>Schutzmaßnahmen</beschreibung></ausgehendeDaten>'),
    gruppe('2', '07', 'Sub_Bescheid', 'Bescheid bereitstellen',
           daten('bereitstellen', 'D99006028261001', 'Bescheid', 'Antragsteller', 'empfaenger', 'elektronisch')),
    gruppe('8', '08', 'Sub_Dokumentieren', 'Vorgang dokumentieren',
           '<beschreibung>Vorgang zur Akte nehmen</beschreibung>'),
]


def prozess(pid, name, steckbrief, gruppen, dateien, status='5', version='01.00.00', extra_z=''):
    return (f'<prozess><id>{pid}</id><version>{version}</version><name>{name}</name>'
            '<bezeichnung>Beschäftigung schwangerer Frauen Anzeige</bezeichnung>'
            '<klassifikation>611.07.01</klassifikation><schlagwort>Mutterschutz</schlagwort>'
            f'<prozesssteckbrief>{steckbrief}</prozesssteckbrief>'
            '<prozessstrukturbeschreibung>' + coded('modellierungsmethode', 'modellierungsmethode', 'BPMN 2.0')
            + '<strukturbeschreibungFIM>' + ''.join(gruppen) + '</strukturbeschreibungFIM>'
            '</prozessstrukturbeschreibung>'
            '<prozessmodell>' + ''.join(dateien) + '</prozessmodell>'
            '<zustandsangaben>' + coded('status', 'freigabestatus', status)
            + '<erstellt>2024-03-01T10:00:00</erstellt><geaendert>2024-05-02T09:30:00</geaendert>'
            f'<bearbeiter>FIM-Redaktion</bearbeiter>{extra_z}</zustandsangaben></prozess>')


STECKBRIEF = ('<definition>Die Aufsichtsbehörde bearbeitet die Anzeige des Arbeitgebers.</definition>'
              '<beschreibung>Beispiel für Tests von Amtsweg.</beschreibung>'
              + coded('detaillierungsstufe', 'detaillierungsstufe', '101')
              + '<prozessteilnehmer><name>Antragsteller</name>' + coded('rolle', 'prozessteilnehmerrolle', '1')
              + '</prozessteilnehmer><prozessteilnehmer><name>Aufsichtsbehörde</name>'
              + coded('rolle', 'prozessteilnehmerrolle', '2') + '</prozessteilnehmer>' + HG
              + '<ausloeser><formularID>D99006028261000</formularID>'
              '<beschreibung>Anzeige des Arbeitgebers</beschreibung></ausloeser>'
              '<ergebnis><prozessID>99006028262000</prozessID><beschreibung>Bescheid</beschreibung></ergebnis>'
              '<verwaltungspolitischeKodierung>17</verwaltungspolitischeKodierung>')

# A one-page PDF (valid enough for viewers; the tests compare bytes only).
PDF = (b'%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n'
       b'2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
       b'3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\n'
       b'trailer<</Root 1 0 R>>\n%%EOF\n')

bpmn = strip_fim(open('../fim/fim-complete.bpmn', encoding='utf-8').read())
assert 'amtsweg:' not in bpmn.split('<bpmn:collaboration', 1)[1]
bpmn_zip = b64(zipped('99006028261000.bpmn', bpmn.encode('utf-8')))
EXTRA_Z = '<fachlichFreigegeben>2024-05-10</fachlichFreigegeben><gueltigAb>2024-06-01</gueltigAb>'


def write(name, text):
    # One line per larger part, so that diagnostics can name lines.
    text = re.sub(r'(?<!\n)(<(prozess|aktivitaetengruppe|prozessmodelldatei|inhalt|prozesssteckbrief|'
                  r'prozessstrukturbeschreibung|zustandsangaben|prozessmodell)[ >])', r'\n\1', text)
    open(name, 'w', encoding='utf-8').write(text)


write('alle-inhalte.xml', message('alleInhalte.export.0303', '0303', [
    prozess('99006028261000', 'Anzeige Beschäftigung schwangerer Frauen bearbeiten', STECKBRIEF,
            GRUPPEN, [datei('99006028261000.bpmn', 'application/zip', bpmn_zip)], extra_z=EXTRA_Z)]))

# Lenient: unknown codes, dated or missing list versions, codes as attribute or plain text,
# mitwirkungspflicht as 1, a group for an element the BPMN lacks (skipped with a warning).
small = re.sub(r'id="Defs_fim"', 'id="Defs_small"', bpmn)
LENIENT_GRUPPEN = [
    '<aktivitaetengruppe><referenzaktivitaetengruppeTyp code="3"/>'
    '<referenzaktivitaetengruppeVersion>2.00</referenzaktivitaetengruppeVersion><id>01</id>'
    '<subProzessID>Sub_Pruefen</subProzessID><name>Anzeige formell prüfen</name>'
    '<spezifischeAttribute><spezifischeAttribute3>'
    + coded('pruefart', 'pruefart', '9', version='1999-01-01') + '<pruefart>1</pruefart>'
    '</spezifischeAttribute3></spezifischeAttribute></aktivitaetengruppe>',
    '<aktivitaetengruppe><referenzaktivitaetengruppeTyp>7</referenzaktivitaetengruppeTyp>'
    '<referenzaktivitaetengruppeVersion>1.00</referenzaktivitaetengruppeVersion><id>02</id>'
    '<subProzessID>Sub_Nachfordern</subProzessID><name>Unterlagen nachfordern</name>'
    '<spezifischeAttribute><spezifischeAttribute7><mitwirkungspflicht>1</mitwirkungspflicht>'
    '<beteiligungsform listURI="urn:example:eigene-liste"><code>42</code></beteiligungsform>'
    '</spezifischeAttribute7></spezifischeAttribute></aktivitaetengruppe>',
    '<aktivitaetengruppe>' + coded('referenzaktivitaetengruppeTyp', 'referenzaktivitaetengruppe', '99')
    + '<id>03</id><subProzessID>Sub_Gibt_Es_Nicht</subProzessID><name>Fehlt</name></aktivitaetengruppe>',
]
LENIENT_STECKBRIEF = (coded('detaillierungsstufe', 'detaillierungsstufe', '199', version='')
                      + '<prozessteilnehmer><name>Antragsteller</name><rolle>1</rolle></prozessteilnehmer>'
                      + '<handlungsgrundlage><name>§ 1 Beispielgesetz</name>'
                      + coded('art', 'handlungsgrundlagenart', '777', version='2099-12-31')
                      + '</handlungsgrundlage>')
pdf_report = datei('bericht.pdf', 'application/zip', b64(zipped('bericht.pdf', PDF)))
pdf_plain = datei('visualisierung.pdf', 'application/pdf', b64(PDF))
write('bibliothek.xml', message('prozessbibliothek.export.0203', '0203', [
    prozess('99000000000001', 'Lenient lesen', LENIENT_STECKBRIEF, LENIENT_GRUPPEN,
            [datei('modell.bpmn', 'application/zip', b64(zipped('modell.bpmn', small.encode('utf-8'))))],
            status='12', version='1.0'),
    prozess('99000000000002', 'Mit Anlagen', STECKBRIEF, GRUPPEN[:1],
            [datei('99000000000002.bpmn', 'application/zip', bpmn_zip), pdf_report, pdf_plain]),
]))

one = [datei('x.bpmn', 'application/zip', '!!! kein base64 !!!')]
write('broken-base64.xml', message('alleInhalte.export.0303', '0303', [
    prozess('99000000000003', 'Kaputt', '', [], one)]))
write('broken-no-bpmn.xml', message('alleInhalte.export.0303', '0303', [
    prozess('99000000000004', 'Ohne BPMN', '', [],
            [datei('liesmich.zip', 'application/zip', b64(zipped('liesmich.txt', b'kein Modell')))])]))
write('broken-root.xml', message('alleInhalte.export.0303', '0303', []).replace(NS, 'urn:example:other'))
write('broken-xml.xml', message('alleInhalte.export.0303', '0303', [])[:300])

# Everything Amtsweg does not map, at every level (docs/xprozess.md, "Nothing lost").
EXT = 'urn:example:erweiterung'
FREMD_KOPF = ('<nachrichtenkopf><identifikation.nachricht>'
              '<nachrichtenUUID>0b6f4a36-6c8e-4a37-9d3e-5d4b3c2a1f00</nachrichtenUUID>'
              + coded('nachrichtentyp', 'nachrichtentyp', '0303', version='2022-01-01')
              + '<erstellungszeitpunkt>2024-06-01T12:00:00Z</erstellungszeitpunkt>'
              '</identifikation.nachricht>'
              '<leser><verzeichnisdienst listVersionID="3"><code>DVDV</code></verzeichnisdienst>'
              '<kennung>psw:01234567</kennung><name>Landesamt für Arbeitsschutz</name></leser>'
              '<autor><verzeichnisdienst listVersionID="3"><code>DVDV</code></verzeichnisdienst>'
              '<kennung>psw:07654321</kennung><name>FIM-Redaktion Bund</name>'
              '<erreichbarkeit><kanal>E-Mail</kanal><kennung>fim@example.org</kennung></erreichbarkeit>'
              '</autor></nachrichtenkopf>')
FREMD_STECKBRIEF = ('<definition>Die Aufsichtsbehörde bearbeitet die Anzeige.</definition>'
                    '<beschreibung>Fremde Inhalte bleiben erhalten.</beschreibung>'
                    '<detaillierungsstufe listURI="' + LIST + 'detaillierungsstufe" listVersionID="2023-07-01">'
                    '<code>101</code><name>Stamminformation</name></detaillierungsstufe>'
                    '<leistungsadressat>Unternehmen</leistungsadressat>'
                    '<prozessteilnehmer><name>Antragsteller</name>'
                    + coded('rolle', 'prozessteilnehmerrolle', '1', version='2023-07-01') + '</prozessteilnehmer>'
                    + HG + '<ext:notiz xmlns:ext="' + EXT + '" ext:quelle="Redaktion">intern</ext:notiz>')
FREMD_GRUPPE = ('<aktivitaetengruppe><ext:marke xmlns:ext="' + EXT + '"/>'
                + coded('referenzaktivitaetengruppeTyp', 'referenzaktivitaetengruppe', '3', version='2021-11-30')
                + '<referenzaktivitaetengruppeVersion>1.00</referenzaktivitaetengruppeVersion>'
                '<id>01</id><subProzessID>Sub_Pruefen</subProzessID><name>Anzeige formell prüfen</name>'
                '<bemerkung>vom Land ergänzt</bemerkung>' + HG
                + '<spezifischeAttribute><spezifischeAttribute3>'
                + coded('pruefart', 'pruefart', '1', version='2021-11-30')
                + '</spezifischeAttribute3></spezifischeAttribute>'
                '<ausfuehrungsdauer einheit="Tage">3</ausfuehrungsdauer></aktivitaetengruppe>')
FREMD_SKIPPED = ('<aktivitaetengruppe>' + coded('referenzaktivitaetengruppeTyp', 'referenzaktivitaetengruppe', '8')
                 + '<id>02</id><subProzessID>Sub_Anderswo</subProzessID><name>Im Modell nicht vorhanden</name>'
                 '</aktivitaetengruppe>')
FREMD_PROZESS = ('<prozess><id>99006028261000</id><version>01.00.00</version>'
                 '<name>Anzeige Beschäftigung schwangerer Frauen bearbeiten</name>'
                 '<bezeichnung>Beschäftigung schwangerer Frauen Anzeige</bezeichnung>'
                 '<zustaendigkeit>Land</zustaendigkeit>'
                 '<klassifikation>611.07.01</klassifikation>'
                 '<schlagwort> Mutterschutz </schlagwort><schlagwort>Arbeitsschutz</schlagwort>'
                 f'<prozesssteckbrief>{FREMD_STECKBRIEF}</prozesssteckbrief>'
                 '<prozessstrukturbeschreibung>'
                 + coded('modellierungsmethode', 'modellierungsmethode', 'BPMN 2.0', version='2021-01-01')
                 + '<strukturbeschreibungFIM>' + FREMD_GRUPPE + FREMD_SKIPPED + '</strukturbeschreibungFIM>'
                 '<variante>A</variante></prozessstrukturbeschreibung>'
                 '<prozessmodell>' + datei('99006028261000.bpmn', 'application/zip', bpmn_zip) + '</prozessmodell>'
                 '<zustandsangaben>' + coded('status', 'freigabestatus', '5', version='2024-01-01')
                 + '<erstellt>2024-03-01T10:00:00</erstellt><bearbeiter>FIM-Redaktion</bearbeiter>'
                 '<pruefvermerk datum="2024-04-01">geprüft</pruefvermerk></zustandsangaben>'
                 '<ext:kommentar xmlns:ext="' + EXT + '"><ext:zeile>eins</ext:zeile><ext:zeile>zwei &amp; drei</ext:zeile></ext:kommentar>'
                 '</prozess>')
write('fremdinhalte.xml',
      '<?xml version="1.0" encoding="UTF-8"?>\n'
      f'<alleInhalte.export.0303 xmlns="{NS}" xmlns:ext="{EXT}" produkt="Testgenerator" '
      'produkthersteller="Amtsweg-Tests" xprozessVersion="2.0">\n' + FREMD_KOPF
      + '\n<ext:hinweis ext:art="test">Nachrichtenebene</ext:hinweis>\n<prozessbibliothek>\n'
      + FREMD_PROZESS + '<katalogverweis>https://example.org/katalog</katalogverweis>\n'
      '</prozessbibliothek>\n<ext:signatur>abc</ext:signatur>\n</alleInhalte.export.0303>\n')

# Seeds for the fuzz target (tests/fuzz/fuzz_xprozessreader.cpp): small messages that reach
# every path of the reader: a zipped and a plain BPMN file, a group, foreign content, an Anlage.
MINI_BPMN = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
             'id="Defs_mini" targetNamespace="urn:example">'
             '<bpmn:process id="Process_1"><bpmn:startEvent id="Start_1"/>'
             '<bpmn:subProcess id="Sub_1" name="Prüfen"/><bpmn:endEvent id="End_1"/>'
             '<bpmn:sequenceFlow id="F1" sourceRef="Start_1" targetRef="Sub_1"/>'
             '<bpmn:sequenceFlow id="F2" sourceRef="Sub_1" targetRef="End_1"/>'
             '</bpmn:process></bpmn:definitions>\n')
MINI_GRUPPE = ('<aktivitaetengruppe>' + coded('referenzaktivitaetengruppeTyp', 'referenzaktivitaetengruppe', '3')
               + '<id>01</id><subProzessID>Sub_1</subProzessID><name>Prüfen</name><fremd>x</fremd>'
               '<spezifischeAttribute><spezifischeAttribute3>' + coded('pruefart', 'pruefart', '1')
               + '</spezifischeAttribute3></spezifischeAttribute></aktivitaetengruppe>')


def seed(name, dateien, gruppen=MINI_GRUPPE):
    text = message('alleInhalte.export.0303', '0303', [
        '<prozess><id>99000000000009</id><name>Mini</name><schlagwort>s</schlagwort>'
        '<prozesssteckbrief>' + coded('detaillierungsstufe', 'detaillierungsstufe', '101') + '</prozesssteckbrief>'
        '<prozessstrukturbeschreibung><strukturbeschreibungFIM>' + gruppen
        + '</strukturbeschreibungFIM></prozessstrukturbeschreibung>'
        '<prozessmodell>' + ''.join(dateien) + '</prozessmodell></prozess>'])
    open('../../fuzz/corpus-xprozess/' + name, 'w', encoding='utf-8').write(text)


seed('01-zipped.xml', [datei('mini.bpmn', 'application/zip', b64(zipped('mini.bpmn', MINI_BPMN.encode())))])
seed('02-plain.xml', [datei('mini.bpmn', 'application/xml', b64(MINI_BPMN.encode()))])
seed('03-anlage.xml', [datei('mini.bpmn', 'application/zip', b64(zipped('mini.bpmn', MINI_BPMN.encode()))),
                       datei('a.pdf', 'application/pdf', b64(b'%PDF-1.4\n%%EOF\n'))])
seed('04-no-group.xml', [datei('mini.bpmn', 'application/zip', b64(zipped('mini.bpmn', MINI_BPMN.encode())))],
     gruppen='')
for name in ['broken-base64.xml', 'broken-no-bpmn.xml', 'broken-root.xml', 'broken-xml.xml']:
    open('../../fuzz/corpus-xprozess/' + name, 'w', encoding='utf-8').write(open(name, encoding='utf-8').read())
open('../../fuzz/corpus-xprozess/05-fremdinhalte.xml', 'w', encoding='utf-8').write(
    open('fremdinhalte.xml', encoding='utf-8').read())
