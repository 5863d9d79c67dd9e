# A small writer for the sample collaborations in samples/: pools (with or without lanes) on
# a grid of columns and rows, flow nodes placed by (column, row), sequence flows routed
# orthogonally, message flows vertical between pools, data stores with their associations,
# labels for events, gateways, message flows and gateway branches. Amtsweg's end-to-end
# attributes (https://amtsweg.de/schema/bpmn/1.0) are written where the sample sets them.
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

X0 = 100          # left edge of every pool
CONTENT = 60      # pool label band + lane label band
COLW = 160        # column pitch
FIRST = 90        # centre of column 0 from the content origin
RH = 120          # row height
GAP = 60          # vertical gap between pools
SIZES = {'event': (36, 36), 'gateway': (50, 50), 'task': (120, 80), 'store': (50, 50)}
TASKS = {'task', 'userTask', 'manualTask', 'serviceTask', 'sendTask', 'receiveTask',
         'scriptTask', 'businessRuleTask'}


def attrs(d):
    return ''.join(f' {k}={quoteattr(str(v))}' for k, v in d.items() if v is not None)


def e2e(**kw):
    """amtsweg:* attributes; Python names with underscores for the dashes-free XML names."""
    names = {'kind': 'participantKind', 'channel': 'channel', 'structured': 'structured',
             'std': 'dataStandard', 'auto': 'automation', 'fv': 'fachverfahren',
             'store': 'dataStoreKind', 'iface': 'hasInterface'}
    out = {}
    for k, v in kw.items():
        if v is None:
            continue
        if isinstance(v, bool):
            v = 'true' if v else 'false'
        out['amtsweg:' + names[k]] = v
    return out


def cx(col):
    return X0 + CONTENT + FIRST + col * COLW


class Node:
    def __init__(self, pool, nid, typ, name, col, row, doc=None, a=None, event_def=None,
                 label=None, default=None):
        self.pool, self.id, self.typ, self.name = pool, nid, typ, name
        self.col, self.row, self.doc, self.a = col, row, doc, a or {}
        self.event_def, self.label, self.default = event_def, label, default
        self.incoming, self.outgoing, self.inputs, self.outputs = [], [], [], []

    @property
    def shape(self):
        if self.typ in TASKS:
            return 'task'
        if 'Gateway' in self.typ:
            return 'gateway'
        if self.typ == 'dataStoreReference':
            return 'store'
        return 'event'

    def bounds(self):
        w, h = SIZES[self.shape]
        x = cx(self.col) - w / 2
        y = self.pool.row_y(self.row) - h / 2
        return (x, y, w, h)


class Pool:
    def __init__(self, model, pid, name, kind, process=True, lanes=None, rows=1, span=None,
                 doc=None, height=None, rh=RH, beside=False):
        self.model, self.id, self.name, self.kind = model, pid, name, kind
        self.process = ('Process_' + pid.split('_', 1)[1]) if process else None
        self.lanes = lanes or []       # [(id, name, rows)]
        self.rows = sum(r for _, _, r in self.lanes) if self.lanes else rows
        self.span, self.doc, self.rh, self.beside = span, doc, rh, beside
        self.height = height or (self.rows * rh if process else 60)
        self.nodes, self.stores, self.lane_of = [], [], {}
        self.y = 0

    def row_y(self, row):
        return self.y + row * self.rh + self.rh / 2

    def lane_for_row(self, row):
        r = 0
        for lid, _, rows in self.lanes:
            if r <= row < r + rows:
                return lid
            r += rows
        return None

    def _add(self, typ, nid, name, col, row=0, **kw):
        n = Node(self, nid, typ, name, col, row, **kw)
        self.nodes.append(n)
        self.model.nodes[nid] = n
        return n

    def start(self, nid, name, col, row=0, message=False, doc=None):
        return self._add('startEvent', nid, name, col, row, doc=doc,
                         event_def='message' if message else None)

    def end(self, nid, name, col, row=0, message=False, doc=None):
        return self._add('endEvent', nid, name, col, row, doc=doc,
                         event_def='message' if message else None)

    def catch(self, nid, name, col, row=0, timer=None, doc=None):
        return self._add('intermediateCatchEvent', nid, name, col, row, doc=doc,
                         event_def=('timer', timer) if timer else 'message')

    def task(self, nid, name, col, row=0, typ='task', auto=None, fv=None, doc=None):
        return self._add(typ, nid, name, col, row, doc=doc, a=e2e(auto=auto, fv=fv))

    def xor(self, nid, name, col, row=0, label='above', doc=None):
        return self._add('exclusiveGateway', nid, name, col, row, doc=doc, label=label)

    def par(self, nid, col, row=0):
        return self._add('parallelGateway', nid, None, col, row)

    def store(self, nid, name, col, row, store_id, kind, iface=None, std=None, doc=None,
              dy=0):
        n = Node(self, nid, 'dataStoreReference', name, col, row, doc=doc)
        n.store_id, n.dy = store_id, dy
        self.model.store_defs[store_id] = (name, e2e(store=kind, iface=iface, std=std))
        self.stores.append(n)
        self.model.nodes[nid] = n
        return n


class Model:
    def __init__(self, name, title, doc):
        self.name, self.title, self.doc = name, title, doc
        self.pools, self.nodes, self.flows, self.msgs = [], {}, [], []
        self.assocs, self.store_defs = [], {}

    def pool(self, *a, **kw):
        p = Pool(self, *a, **kw)
        self.pools.append(p)
        return p

    def flow(self, src, tgt, name=None, cond=None, default=False, route=None, wps=None):
        fid = f'Flow_{src.id.split("_", 1)[1]}_{tgt.id.split("_", 1)[1]}'
        f = dict(id=fid, src=src, tgt=tgt, name=name, cond=cond, route=route, wps=wps)
        src.outgoing.append(fid)
        tgt.incoming.append(fid)
        if default:
            src.default = fid
        self.flows.append(f)
        return f

    def chain(self, *nodes):
        for a, b in zip(nodes, nodes[1:]):
            self.flow(a, b)

    def msg(self, mid, name, src, tgt, channel, structured=None, std=None, doc=None,
            sdx=0, tdx=0, label_dx=6, label_dy=0, label_w=130):
        self.msgs.append(dict(id=mid, name=name, src=src, tgt=tgt, doc=doc, sdx=sdx, tdx=tdx,
                              a=e2e(channel=channel, structured=structured, std=std),
                              label_dx=label_dx, label_dy=label_dy, label_w=label_w))

    def read(self, task, store, dx=0):
        aid = f'DataInputAssociation_{task.id.split("_", 1)[1]}_{store.id.split("_", 1)[1]}'
        task.inputs.append((aid, store))
        self.assocs.append((aid, store, task, dx))

    def write(self, task, store, dx=0):
        aid = f'DataOutputAssociation_{task.id.split("_", 1)[1]}_{store.id.split("_", 1)[1]}'
        task.outputs.append((aid, store))
        self.assocs.append((aid, task, store, dx))

    # ---------------------------------------------------------------- layout
    def layout(self):
        maxcol = max(n.col for n in self.nodes.values())
        self.width = CONTENT + FIRST + maxcol * COLW + 110
        y = 80
        prev = None
        for p in self.pools:
            if p.beside:   # a black box next to the previous one, on the same band
                p.y = prev.y
                continue
            p.y = y
            y += p.height + GAP
            prev = p

    def pool_bounds(self, p):
        if p.span:
            x1 = cx(p.span[0]) - 70
            x2 = cx(p.span[1]) + 70
            return (x1, p.y, x2 - x1, p.height)
        return (X0, p.y, self.width, p.height)

    # ---------------------------------------------------------------- writing
    def write_xml(self, path):
        self.layout()
        o = []
        o.append('<?xml version="1.0" encoding="UTF-8"?>')
        o.append(f'<bpmn:definitions {NS} id="Definitions_{self.name}" '
                 f'name={quoteattr(self.title)} targetNamespace="https://amtsweg.de/samples" '
                 'exporter="Amtsweg samples/tools/generate-samples.py" exporterVersion="1">')
        o.append(f'  <bpmn:collaboration id="Collaboration_{self.name}">')
        o.append(f'    <bpmn:documentation>{escape(self.doc)}</bpmn:documentation>')
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
        for sid, (name, a) in self.store_defs.items():
            o.append(f'  <bpmn:dataStore{attrs(dict(id=sid, name=name, **a))} />')
        for p in self.pools:
            if p.process:
                self.write_process(o, p)
        self.write_di(o)
        o.append('</bpmn:definitions>')
        with open(path, 'w', encoding='utf-8') as f:
            f.write('\n'.join(o) + '\n')

    def write_process(self, o, p):
        o.append(f'  <bpmn:process id="{p.process}" isExecutable="false">')
        if p.lanes:
            o.append(f'    <bpmn:laneSet id="LaneSet_{p.id.split("_", 1)[1]}">')
            for lid, lname, _ in p.lanes:
                o.append(f'      <bpmn:lane id="{lid}" name={quoteattr(lname)}>')
                for n in p.nodes:
                    if p.lane_for_row(n.row) == lid:
                        o.append(f'        <bpmn:flowNodeRef>{n.id}</bpmn:flowNodeRef>')
                o.append('      </bpmn:lane>')
            o.append('    </bpmn:laneSet>')
        for n in p.nodes:
            a = {'id': n.id, 'name': n.name, 'default': n.default}
            a.update(n.a)
            o.append(f'    <bpmn:{n.typ}{attrs(a)}>')
            if n.doc:
                o.append(f'      <bpmn:documentation>{escape(n.doc)}</bpmn:documentation>')
            for f in n.incoming:
                o.append(f'      <bpmn:incoming>{f}</bpmn:incoming>')
            for f in n.outgoing:
                o.append(f'      <bpmn:outgoing>{f}</bpmn:outgoing>')
            if n.inputs:
                prop = 'Property_' + n.id.split('_', 1)[1]
                o.append(f'      <bpmn:property id="{prop}" name="__targetRef_placeholder" />')
                for aid, store in n.inputs:
                    o.append(f'      <bpmn:dataInputAssociation id="{aid}">')
                    o.append(f'        <bpmn:sourceRef>{store.id}</bpmn:sourceRef>')
                    o.append(f'        <bpmn:targetRef>{prop}</bpmn:targetRef>')
                    o.append('      </bpmn:dataInputAssociation>')
            for aid, store in n.outputs:
                o.append(f'      <bpmn:dataOutputAssociation id="{aid}">')
                o.append(f'        <bpmn:targetRef>{store.id}</bpmn:targetRef>')
                o.append('      </bpmn:dataOutputAssociation>')
            if n.event_def == 'message':
                o.append(f'      <bpmn:messageEventDefinition id="MessageEventDefinition_{n.id.split("_", 1)[1]}" />')
            elif isinstance(n.event_def, tuple):
                o.append(f'      <bpmn:timerEventDefinition id="TimerEventDefinition_{n.id.split("_", 1)[1]}">')
                o.append(f'        <bpmn:timeDuration xsi:type="bpmn:tFormalExpression">{n.event_def[1]}</bpmn:timeDuration>')
                o.append('      </bpmn:timerEventDefinition>')
            o.append(f'    </bpmn:{n.typ}>')
        for s in p.stores:
            a = {'id': s.id, 'name': s.name, 'dataStoreRef': s.store_id}
            if s.doc:
                o.append(f'    <bpmn:dataStoreReference{attrs(a)}>')
                o.append(f'      <bpmn:documentation>{escape(s.doc)}</bpmn:documentation>')
                o.append('    </bpmn:dataStoreReference>')
            else:
                o.append(f'    <bpmn:dataStoreReference{attrs(a)} />')
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
    def node_bounds(self, n):
        if n.typ == 'dataStoreReference':
            x, y, w, h = n.bounds()
            return (x, y + n.dy, w, h)
        if isinstance(n, Pool):
            return self.pool_bounds(n)
        return n.bounds()

    def route(self, f):
        s, t = f['src'], f['tgt']
        sx, sy, sw, sh = self.node_bounds(s)
        tx, ty, tw, th = self.node_bounds(t)
        scx, scy, tcx, tcy = sx + sw / 2, sy + sh / 2, tx + tw / 2, ty + th / 2
        if f['wps']:
            return f['wps']
        r = f['route']
        if r == 'below' or r == 'above':   # loop back under/over the row
            d = 1 if r == 'below' else -1
            ly = (sy + sh if d > 0 else sy) + d * 20
            ly = scy + d * (RH / 2 - 8) if True else ly
            return [(scx, sy + sh if d > 0 else sy), (scx, ly), (tcx, ly),
                    (tcx, ty + th if d > 0 else ty)]
        if abs(scy - tcy) < 1:
            if tcx > scx:
                return [(sx + sw, scy), (tx, tcy)]
            return [(sx, scy), (tx + tw, tcy)]
        if abs(scx - tcx) < 1:
            return [(scx, sy + sh if tcy > scy else sy), (tcx, ty if tcy > scy else ty + th)]
        if s.shape == 'gateway' and r != 'mid':
            return [(scx, sy + sh if tcy > scy else sy), (scx, tcy), (tx, tcy)]
        if t.shape == 'gateway' and r != 'mid':
            return [(sx + sw, scy), (tcx, scy), (tcx, ty + th if tcy < scy else ty)]
        mx = (sx + sw + tx) / 2
        return [(sx + sw, scy), (mx, scy), (mx, tcy), (tx, tcy)]

    def write_di(self, o):
        o.append(f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{self.name}" name={quoteattr(self.title)}>')
        o.append(f'    <bpmndi:BPMNPlane id="BPMNPlane_{self.name}" bpmnElement="Collaboration_{self.name}">')

        def shape(eid, b, extra='', label=None):
            x, y, w, h = b
            lines = [f'      <bpmndi:BPMNShape id="{eid}_di" bpmnElement="{eid}"{extra}>',
                     f'        <dc:Bounds x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" />']
            if label:
                lx, ly, lw, lh = label
                lines += ['        <bpmndi:BPMNLabel>',
                          f'          <dc:Bounds x="{lx:g}" y="{ly:g}" width="{lw:g}" height="{lh:g}" />',
                          '        </bpmndi:BPMNLabel>']
            lines.append('      </bpmndi:BPMNShape>')
            o.extend(lines)

        def edge(eid, pts, label=None):
            o.append(f'      <bpmndi:BPMNEdge id="{eid}_di" bpmnElement="{eid}">')
            for x, y in pts:
                o.append(f'        <di:waypoint x="{x:g}" y="{y:g}" />')
            if label:
                lx, ly, lw, lh = label
                o.extend(['        <bpmndi:BPMNLabel>',
                      f'          <dc:Bounds x="{lx:g}" y="{ly:g}" width="{lw:g}" height="{lh:g}" />',
                          '        </bpmndi:BPMNLabel>'])
            o.append('      </bpmndi:BPMNEdge>')

        for p in self.pools:
            shape(p.id, self.pool_bounds(p), ' isHorizontal="true"')
            ly = p.y
            for lid, _, rows in p.lanes:
                shape(lid, (X0 + 30, ly, self.width - 30, rows * p.rh), ' isHorizontal="true"')
                ly += rows * p.rh
        for p in self.pools:
            for n in p.nodes:
                b = n.bounds()
                x, y, w, h = b
                label = None
                extra = ''
                if n.shape == 'event' and n.name:
                    # above when a message flow attaches from below, else below
                    from_below = any(
                        (mf['tgt'] is n and not isinstance(mf['src'], Pool) and mf['src'].pool.y > p.y)
                        or (mf['src'] is n and not isinstance(mf['tgt'], Pool) and mf['tgt'].pool.y > p.y)
                        or (mf['tgt'] is n and isinstance(mf['src'], Pool) and mf['src'].y > p.y)
                        or (mf['src'] is n and isinstance(mf['tgt'], Pool) and mf['tgt'].y > p.y)
                        for mf in self.msgs)
                    if n.label == 'above' or (from_below and n.label != 'below'):
                        label = (x + w / 2 - 60, y - 32, 120, 28)
                    else:
                        label = (x + w / 2 - 60, y + h + 4, 120, 28)
                elif n.shape == 'gateway':
                    if n.typ == 'exclusiveGateway':
                        extra = ' isMarkerVisible="true"'
                    if n.name:
                        if n.label == 'above':
                            label = (x + w / 2 - 65, y - 34, 130, 28)
                        elif n.label == 'below':
                            label = (x + w / 2 - 55, y + h + 6, 110, 28)
                        elif n.label == 'left':
                            label = (x - 100, y - 18, 95, 28)
                shape(n.id, b, extra, label)
            for s in p.stores:
                x, y, w, h = self.node_bounds(s)
                shape(s.id, (x, y, w, h), '', (x + w / 2 - 70, y + h + 4, 140, 28))
        for f in self.flows:
            pts = self.route(f)
            label = None
            if f['name']:
                (x1, y1), (x2, y2) = pts[0], pts[1]
                if abs(x1 - x2) < 1:   # leaves vertically: label right of the line
                    label = (x1 + 5, (y1 + 4) if y2 > y1 else (y1 - 22), 40, 14)
                else:
                    label = (x1 + 6, y1 - 18, 40, 14)
            edge(f['id'], pts, label)
        for m in self.msgs:
            s, t = m['src'], m['tgt']
            sb = self.pool_bounds(s) if isinstance(s, Pool) else s.bounds()
            tb = self.pool_bounds(t) if isinstance(t, Pool) else t.bounds()
            sxc = sb[0] + sb[2] / 2 + m['sdx']
            txc = tb[0] + tb[2] / 2 + m['tdx']
            # a black-box pool is met straight above/below the other end when it reaches
            # that far, else in its middle
            if isinstance(s, Pool):
                sxc = txc if sb[0] + 10 < txc < sb[0] + sb[2] - 10 else sb[0] + sb[2] / 2
            if isinstance(t, Pool):
                txc = sxc if tb[0] + 10 < sxc < tb[0] + tb[2] - 10 else tb[0] + tb[2] / 2
            down = sb[1] < tb[1]
            y1 = sb[1] + sb[3] if down else sb[1]
            y2 = tb[1] if down else tb[1] + tb[3]
            if abs(sxc - txc) < 1:
                pts = [(sxc, y1), (txc, y2)]
            else:   # jog in the gap just before the target pool
                tp = t if isinstance(t, Pool) else t.pool
                my = tp.y - GAP / 2 if down else tp.y + tp.height + GAP / 2
                pts = [(sxc, y1), (sxc, my), (txc, my), (txc, y2)]
            # label beside the line in the gap next to the source pool
            sp = s if isinstance(s, Pool) else s.pool
            gap_top = sp.y + sp.height if down else sp.y - GAP
            ly = gap_top + 4 + m['label_dy']
            # wide enough for the longest word; a negative dx puts the label left of the line
            w = max(m['label_w'], 7.5 * max(len(word) for word in m['name'].split()) + 12)
            lx = sxc + m['label_dx'] if m['label_dx'] >= 0 else sxc - 6 - w
            label = (lx, ly, w, 28)
            edge(m['id'], pts, label)
        for aid, a, b, dx in self.assocs:
            ab, bb = self.node_bounds(a), self.node_bounds(b)
            ax = ab[0] + ab[2] / 2 + dx
            bx = bb[0] + bb[2] / 2 + dx
            if ab[1] < bb[1]:
                pts = [(ax, ab[1] + ab[3]), (bx, bb[1])]
            else:
                pts = [(ax, ab[1]), (bx, bb[1] + bb[3])]
            edge(aid, pts)
        o.append('    </bpmndi:BPMNPlane>')
        o.append('  </bpmndi:BPMNDiagram>')
