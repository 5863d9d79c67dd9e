# A small writer for the sample collaborations in samples/, in the FIM-BPMN style
# (docs/fim-extension.md, the FIM reference in the shared material): pools laid out vertically
# side by side, the model read top to bottom; the administration's work as collapsed
# sub-processes carrying Referenzaktivitätengruppen; message start event, plain end events,
# exclusive and parallel gateways; other participants as black-box pools. Flow nodes are placed
# by (step, branch): the step is the position from top to bottom, the branch the column inside
# the pool. Sequence flows are routed orthogonally, message flows horizontally between the
# pools. Amtsweg's end-to-end attributes (https://amtsweg.de/schema/bpmn/1.0) and the FIM
# Prozesssteckbrief are written where the sample sets them.
#
# Grew out of tests/data/e2e-analysis/generate.py; the samples themselves are described in
# samples/tools/generate-samples.py.
from xml.sax.saxutils import escape, quoteattr

NS = ('xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
      'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" '
      'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
      'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xmlns:amtsweg="https://amtsweg.de/schema/bpmn/1.0"')

Y0 = 60           # top edge of every pool
BAND = 30         # the pool's name band at the top (vertical pools)
FIRST = 70        # centre of step 0 below the band
STEP = 120        # step pitch, top to bottom
LPAD = 140        # left of branch 0 inside an administration pool (labels go there)
COLW = 170        # branch pitch
RPAD = 140        # right of the last branch
BOXW = 130        # width of a black-box pool
GAP = 170         # horizontal gap between pool columns (message flow labels go there)
SIZES = {'event': (36, 36), 'gateway': (50, 50), 'group': (110, 80)}


def attrs(d):
    return ''.join(f' {k}={quoteattr(str(v))}' for k, v in d.items() if v is not None)


def e2e(**kw):
    """amtsweg:* attributes; Python names with underscores for the dashes-free XML names."""
    names = {'kind': 'participantKind', 'channel': 'channel', 'structured': 'structured',
             'std': 'dataStandard', 'auto': 'automation', 'fv': 'fachverfahren'}
    out = {}
    for k, v in kw.items():
        if v is None:
            continue
        if isinstance(v, bool):
            v = 'true' if v else 'false'
        out['amtsweg:' + names[k]] = v
    return out


def cy(step):
    return Y0 + BAND + FIRST + step * STEP


def el(tag, text=None, indent=0, **a):
    """One amtsweg: element."""
    pad = ' ' * indent
    if text is None:
        return f'{pad}<amtsweg:{tag}{attrs(a)} />'
    return f'{pad}<amtsweg:{tag}{attrs(a)}>{escape(text)}</amtsweg:{tag}>'


class Law:
    """A Handlungsgrundlage: name ("§ 17 BMG"), optional URI; art 104 (Gesetz)."""
    def __init__(self, name, uri=None, art='104'):
        self.name, self.uri, self.art = name, uri, art

    def xml(self, indent):
        return el('handlungsgrundlage', None, indent, name=self.name, art=self.art, uri=self.uri)


class Rag:
    """A Referenzaktivitätengruppe: type 1-8, its Handlungsgrundlagen, data and the inner XML
    of its type-specific block (built by the helpers below)."""
    BLOCKS = {1: 'informationEmpfangen', 2: 'informationBereitstellen', 3: 'formellPruefen',
              4: 'entscheidenOhneSpielraum', 5: 'entscheidenMitSpielraum', 6: 'bearbeiten',
              7: 'beteiligen', 8: 'freieGruppe'}

    def __init__(self, typ, laws, block, block_attrs=None, text=None, inputs=(), outputs=(),
                 fv=()):
        self.typ, self.laws, self.block = typ, laws, block
        self.block_attrs, self.text = block_attrs or {}, text
        self.inputs, self.outputs, self.fv = inputs, outputs, fv

    def xml(self, gid, indent):
        p = ' ' * indent
        o = [f'{p}<amtsweg:aktivitaetengruppe typ="{self.typ}" version="1.00" gruppenId="{gid:02d}">']
        if self.text:
            o.append(el('beschreibung', self.text, indent + 2))
        o += [law.xml(indent + 2) for law in self.laws]
        o += [el('eingehendeDaten', d, indent + 2) for d in self.inputs]
        o += [el('ausgehendeDaten', d, indent + 2) for d in self.outputs]
        o += [el('fachverfahren', f, indent + 2) for f in self.fv]
        name = self.BLOCKS[self.typ]
        if self.block:
            o.append(f'{p}  <amtsweg:{name}{attrs(self.block_attrs)}>')
            o += [f'{p}    {line}' for line in self.block]
            o.append(f'{p}  </amtsweg:{name}>')
        else:
            o.append(f'{p}  <amtsweg:{name}{attrs(self.block_attrs)} />')
        o.append(f'{p}</amtsweg:aktivitaetengruppe>')
        return o


def received(text, sender, how):
    return el('empfangen', text, absender=sender, uebermittlungsart=how)


def provided(text, recipient, how):
    return el('bereitstellen', text, empfaenger=recipient, uebermittlungsart=how)


def rag1(laws, items, **kw):
    return Rag(1, laws, [received(*i) for i in items], **kw)


def rag2(laws, items, **kw):
    return Rag(2, laws, [provided(*i) for i in items], **kw)


def rag3(laws, checks, **kw):
    return Rag(3, laws, [el('pruefart', code=c) for c in checks], **kw)


def rag4(laws, aids, **kw):
    return Rag(4, laws, [el('hilfsmittel', a) for a in aids], **kw)


def rag5(laws, kind, aids, **kw):
    return Rag(5, laws, [el('hilfsmittel', a) for a in aids], {'entscheidungsart': kind}, **kw)


def rag6(laws, kind, **kw):
    return Rag(6, laws, [], {'bearbeitungsart': kind}, **kw)


def rag7(laws, duty, form, got, gave, **kw):
    return Rag(7, laws, [received(*i) for i in got] + [provided(*i) for i in gave],
               {'mitwirkungspflicht': 'true' if duty else 'false', 'beteiligungsform': form},
               **kw)


def rag8(laws, what, **kw):
    return Rag(8, laws, [el('beschreibung', what)], **kw)


class Node:
    def __init__(self, pool, nid, typ, name, step, branch, doc=None, a=None, event_def=None,
                 label=None, default=None, rag=None):
        self.pool, self.id, self.typ, self.name = pool, nid, typ, name
        self.step, self.branch, self.doc, self.a = step, branch, doc, a or {}
        self.event_def, self.label, self.default, self.rag = event_def, label, default, rag
        self.incoming, self.outgoing = [], []

    @property
    def shape(self):
        if self.typ == 'subProcess':
            return 'group'
        if 'Gateway' in self.typ:
            return 'gateway'
        return 'event'

    def bounds(self):
        w, h = SIZES[self.shape]
        return (self.pool.branch_x(self.branch) - w / 2, cy(self.step) - h / 2, w, h)


class Pool:
    def __init__(self, model, pid, name, kind, branches=1, span=None, doc=None, below=False,
                 shift=0):
        """A pool; it gets a process when flow nodes are added to it, else it is a black box
        (over the whole height, or from step span[0] to span[1]). `shift` moves the pool's
        nodes down by that many steps."""
        self.model, self.id, self.name, self.kind = model, pid, name, kind
        self.process, self.shift = None, shift
        self.branches, self.span, self.doc, self.below = branches, span, doc, below
        self.width = BOXW
        self.nodes = []
        self.x = 0

    def branch_x(self, branch):
        return self.x + LPAD + branch * COLW

    def _add(self, typ, nid, name, step, branch=0, **kw):
        n = Node(self, nid, typ, name, step + self.shift, branch, **kw)
        self.process = 'Process_' + self.id.split('_', 1)[1]
        self.width = LPAD + (self.branches - 1) * COLW + RPAD
        self.nodes.append(n)
        self.model.nodes[nid] = n
        return n

    def start(self, nid, name, step, branch=0, doc=None, label=None):
        return self._add('startEvent', nid, name, step, branch, doc=doc, event_def='message',
                         label=label)

    def end(self, nid, name, step, branch=0, doc=None, label=None):
        return self._add('endEvent', nid, name, step, branch, doc=doc, label=label)

    def group(self, nid, name, step, rag, branch=0, auto=None, fv=None, doc=None):
        """A collapsed sub-process that is a RAG group; `auto` and `fv` are the end-to-end
        automation and Fachverfahren (a sub-process has no task type to fall back on)."""
        return self._add('subProcess', nid, name, step, branch, doc=doc, rag=rag,
                         a=e2e(auto=auto, fv=fv))

    def xor(self, nid, name, step, branch=0, label='left', doc=None):
        return self._add('exclusiveGateway', nid, name, step, branch, doc=doc, label=label)

    def par(self, nid, step, branch=0):
        return self._add('parallelGateway', nid, None, step, branch)


class Model:
    def __init__(self, name, title, doc, steckbrief):
        self.name, self.title, self.doc, self.steckbrief = name, title, doc, steckbrief
        self.pools, self.nodes, self.flows, self.msgs = [], {}, [], []

    def pool(self, *a, **kw):
        p = Pool(self, *a, **kw)
        self.pools.append(p)
        return p

    def flow(self, src, tgt, name=None, cond=None, default=False, route=None):
        fid = f'Flow_{src.id.split("_", 1)[1]}_{tgt.id.split("_", 1)[1]}'
        f = dict(id=fid, src=src, tgt=tgt, name=name, cond=cond, route=route)
        src.outgoing.append(fid)
        tgt.incoming.append(fid)
        if default:
            src.default = fid
        self.flows.append(f)
        return f

    def chain(self, *nodes):
        for a, b in zip(nodes, nodes[1:]):
            self.flow(a, b)

    def msg(self, mid, name, src, tgt, channel, structured=None, std=None, doc=None, dy=0,
            label_dy=0):
        """A message flow; `dy` shifts it up or down (two flows between the same pair)."""
        self.msgs.append(dict(id=mid, name=name, src=src, tgt=tgt, doc=doc, dy=dy,
                              label_dy=label_dy,
                              a=e2e(channel=channel, structured=structured, std=std)))

    # ---------------------------------------------------------------- layout
    def layout(self):
        last = max(n.step for n in self.nodes.values())
        self.height = BAND + FIRST + last * STEP + 90
        x = 40
        prev = None
        for p in self.pools:
            if p.below:   # a black box under the previous one, in the same column
                p.x = prev.x
                continue
            p.x = x
            x += p.width + GAP
            prev = p

    def pool_bounds(self, p):
        if p.span:
            y1, y2 = cy(p.span[0]) - 55, cy(p.span[1]) + 55
            return (p.x, y1, p.width, y2 - y1)
        return (p.x, Y0, p.width, self.height)

    # ---------------------------------------------------------------- writing
    def write_steckbrief(self, o):
        s = self.steckbrief
        i = 6
        o.append('    <bpmn:extensionElements>')
        o.append('      <amtsweg:prozesssteckbrief>')
        for key in ('prozessschluessel', 'version', 'name', 'bezeichnung', 'definition',
                    'beschreibung'):
            if s.get(key):
                o.append(el(key, s[key], i + 2))
        o.append(el('detaillierungsstufe', None, i + 2, code=s['detaillierungsstufe']))
        o.append(el('freigabestatus', None, i + 2, code=s['freigabestatus']))
        for p in self.pools:
            # the applicant initiates, every other participant is a main actor: the only
            # two role codes the FIM reference confirms
            o.append(el('prozessteilnehmer', None, i + 2, name=p.name,
                        rollen='1' if p.kind in ('citizen', 'company') else '2'))
        o += [law.xml(i + 2) for law in s['laws']]
        for key in ('ausloeser', 'ergebnis'):
            for text in s.get(key, []):
                o.append(el(key, text, i + 2))
        o.append(el('zustandsangaben', None, i + 2, **s['zustand']))
        for key in ('verwaltungspolitischeKodierung', 'klassifikation'):
            for text in s.get(key, []):
                o.append(el(key, text, i + 2))
        o.append('      </amtsweg:prozesssteckbrief>')
        o.append('    </bpmn:extensionElements>')

    def write_xml(self, path):
        self.layout()
        o = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<bpmn:definitions {NS} id="Definitions_{self.name}" '
             f'name={quoteattr(self.title)} targetNamespace="https://amtsweg.de/samples" '
             'exporter="Amtsweg samples/tools/generate-samples.py" exporterVersion="2">',
             f'  <bpmn:collaboration id="Collaboration_{self.name}">',
             f'    <bpmn:documentation>{escape(self.doc)}</bpmn:documentation>']
        self.write_steckbrief(o)
        for p in self.pools:
            a = {'id': p.id, 'name': p.name, 'processRef': p.process}
            a.update(e2e(kind=p.kind))
            if p.doc:
                o.append(f'    <bpmn:participant{attrs(a)}>')
                o.append(f'      <bpmn:documentation>{escape(p.doc)}</bpmn:documentation>')
                o.append('    </bpmn:participant>')
            else:
                o.append(f'    <bpmn:participant{attrs(a)} />')
        for m in self.msgs:
            a = {'id': m['id'], 'name': m['name'], 'sourceRef': m['src'].id,
                 'targetRef': m['tgt'].id}
            a.update(m['a'])
            if m['doc']:
                o.append(f'    <bpmn:messageFlow{attrs(a)}>')
                o.append(f'      <bpmn:documentation>{escape(m["doc"])}</bpmn:documentation>')
                o.append('    </bpmn:messageFlow>')
            else:
                o.append(f'    <bpmn:messageFlow{attrs(a)} />')
        o.append('  </bpmn:collaboration>')
        self.gid = 0
        for p in self.pools:
            if p.process:
                self.write_process(o, p)
        self.write_di(o)
        o.append('</bpmn:definitions>')
        with open(path, 'w', encoding='utf-8') as f:
            f.write('\n'.join(o) + '\n')

    def write_process(self, o, p):
        o.append(f'  <bpmn:process id="{p.process}" isExecutable="false">')
        for n in p.nodes:
            a = {'id': n.id, 'name': n.name, 'default': n.default}
            a.update(n.a)
            o.append(f'    <bpmn:{n.typ}{attrs(a)}>')
            if n.doc:
                o.append(f'      <bpmn:documentation>{escape(n.doc)}</bpmn:documentation>')
            if n.rag:
                self.gid += 1
                o.append('      <bpmn:extensionElements>')
                o += n.rag.xml(self.gid, 8)
                o.append('      </bpmn:extensionElements>')
            for f in n.incoming:
                o.append(f'      <bpmn:incoming>{f}</bpmn:incoming>')
            for f in n.outgoing:
                o.append(f'      <bpmn:outgoing>{f}</bpmn:outgoing>')
            if n.event_def == 'message':
                o.append(f'      <bpmn:messageEventDefinition id="MessageEventDefinition_{n.id.split("_", 1)[1]}" />')
            o.append(f'    </bpmn:{n.typ}>')
        for f in self.flows:
            if f['src'].pool is not p:
                continue
            a = {'id': f['id'], 'name': f['name'], 'sourceRef': f['src'].id,
                 'targetRef': f['tgt'].id}
            if f['cond']:
                o.append(f'    <bpmn:sequenceFlow{attrs(a)}>')
                o.append(f'      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(f["cond"])}</bpmn:conditionExpression>')
                o.append('    </bpmn:sequenceFlow>')
            else:
                o.append(f'    <bpmn:sequenceFlow{attrs(a)} />')
        o.append('  </bpmn:process>')

    # ---------------------------------------------------------------- DI
    def bounds_of(self, n):
        return self.pool_bounds(n) if isinstance(n, Pool) else n.bounds()

    def route(self, f):
        s, t = f['src'], f['tgt']
        sx, sy, sw, sh = s.bounds()
        tx, ty, tw, th = t.bounds()
        scx, scy, tcx, tcy = sx + sw / 2, sy + sh / 2, tx + tw / 2, ty + th / 2
        if abs(scx - tcx) < 1:
            return [(scx, sy + sh), (tcx, ty)]
        if abs(scy - tcy) < 1:
            return [(sx + sw, scy), (tx, tcy)] if tcx > scx else [(sx, scy), (tx + tw, tcy)]
        if s.shape == 'gateway' and f['route'] != 'mid':   # out sideways, then down
            side = sx + sw if tcx > scx else sx
            return [(side, scy), (tcx, scy), (tcx, ty)]
        if t.shape == 'gateway' and f['route'] != 'mid':   # down, then in sideways
            side = tx + tw if scx > tcx else tx
            return [(scx, sy + sh), (scx, tcy), (side, tcy)]
        my = (sy + sh + ty) / 2
        return [(scx, sy + sh), (scx, my), (tcx, my), (tcx, ty)]

    def message_sides(self):
        """For each node, the sides ('l'/'r') message flows attach to."""
        sides = {}
        for m in self.msgs:
            s, t = m['src'], m['tgt']
            sb, tb = self.bounds_of(s), self.bounds_of(t)
            right = tb[0] > sb[0]
            sides.setdefault(s.id, set()).add('r' if right else 'l')
            sides.setdefault(t.id, set()).add('l' if right else 'r')
        return sides

    def write_di(self, o):
        o.append(f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{self.name}" name={quoteattr(self.title)}>')
        o.append(f'    <bpmndi:BPMNPlane id="BPMNPlane_{self.name}" bpmnElement="Collaboration_{self.name}">')

        def box(b):
            return f'<dc:Bounds x="{b[0]:g}" y="{b[1]:g}" width="{b[2]:g}" height="{b[3]:g}" />'

        def shape(eid, b, extra='', label=None):
            o.append(f'      <bpmndi:BPMNShape id="{eid}_di" bpmnElement="{eid}"{extra}>')
            o.append(f'        {box(b)}')
            if label:
                o.extend(['        <bpmndi:BPMNLabel>', f'          {box(label)}',
                          '        </bpmndi:BPMNLabel>'])
            o.append('      </bpmndi:BPMNShape>')

        def edge(eid, pts, label=None):
            o.append(f'      <bpmndi:BPMNEdge id="{eid}_di" bpmnElement="{eid}">')
            for x, y in pts:
                o.append(f'        <di:waypoint x="{x:g}" y="{y:g}" />')
            if label:
                o.extend(['        <bpmndi:BPMNLabel>', f'          {box(label)}',
                          '        </bpmndi:BPMNLabel>'])
            o.append('      </bpmndi:BPMNEdge>')

        sides = self.message_sides()
        for p in self.pools:
            shape(p.id, self.pool_bounds(p), ' isHorizontal="false"')
        for p in self.pools:
            for n in p.nodes:
                x, y, w, h = b = n.bounds()
                label, extra = None, ''
                if n.shape == 'group':
                    extra = ' isExpanded="false"'
                elif n.name:
                    # beside the shape, on the side no message flow attaches to (right first)
                    left = n.label == 'left' if n.label else 'r' in sides.get(n.id, ())
                    lw = 120
                    lx = x - lw - 6 if left else x + w + 6
                    label = (lx, y + h / 2 - 14, lw, 28)
                if n.typ == 'exclusiveGateway':
                    extra = ' isMarkerVisible="true"'
                shape(n.id, b, extra, label)
        for f in self.flows:
            pts = self.route(f)
            label = None
            if f['name']:
                (x1, y1), (x2, y2) = pts[0], pts[1]
                if abs(x1 - x2) < 1:   # leaves downwards: label right of the line
                    label = (x1 + 5, y1 + 2, 40, 14)
                else:                  # leaves sideways: label above the line
                    label = (min(x1, x2) + 8 if x2 > x1 else x1 - 48, y1 - 18, 40, 14)
            edge(f['id'], pts, label)
        for m in self.msgs:
            s, t = m['src'], m['tgt']
            sb, tb = self.bounds_of(s), self.bounds_of(t)
            right = tb[0] > sb[0]
            x1 = sb[0] + sb[2] if right else sb[0]
            x2 = tb[0] if right else tb[0] + tb[2]
            y1 = sb[1] + sb[3] / 2 + m['dy']
            y2 = tb[1] + tb[3] / 2 + m['dy']
            # a black-box pool is met straight across when it reaches that far
            if isinstance(s, Pool) and sb[1] + 10 < y2 < sb[1] + sb[3] - 10:
                y1 = y2
            if isinstance(t, Pool) and tb[1] + 10 < y1 < tb[1] + tb[3] - 10:
                y2 = y1
            if abs(y1 - y2) < 1:
                pts = [(x1, y1), (x2, y2)]
            else:   # jog in the gap just before the target pool
                tp = t if isinstance(t, Pool) else t.pool
                mx = tp.x - GAP / 2 if right else tp.x + tp.width + GAP / 2
                pts = [(x1, y1), (mx, y1), (mx, y2), (x2, y2)]
            # label above the line in the gap next to the source pool
            sp = s if isinstance(s, Pool) else s.pool
            gx = sp.x + sp.width + 6 if right else sp.x - GAP + 6
            label = (gx, y1 - 32 + m['label_dy'], GAP - 12, 28)
            edge(m['id'], pts, label)
        o.append('    </bpmndi:BPMNPlane>')
        o.append('  </bpmndi:BPMNDiagram>')
