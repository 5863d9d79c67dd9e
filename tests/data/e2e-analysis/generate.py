# Writes tests/data/e2e-analysis/*.bpmn with DI laid out on a grid.
import sys
NS='''xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:amtsweg="https://amtsweg.de/schema/bpmn/1.0"'''
SIZE={'startEvent':(36,36),'endEvent':(36,36),'intermediateCatchEvent':(36,36),'task':(100,80),'userTask':(100,80),'manualTask':(100,80),'serviceTask':(100,80),'sendTask':(100,80),'dataStoreReference':(50,50)}
def build(name, pools, flows, msgflows, stores=(), assocs=(), messages=()):
    # pools: list of (id, name, attrs, processId or None, lanes[(id,name,[nodes])] , nodes[(id,type,name,attrs,col, extra)] , height)
    out=[f'<?xml version="1.0" encoding="UTF-8"?>\n<bpmn:definitions {NS} id="Defs_{name}" targetNamespace="https://amtsweg.de/tests">']
    for mid,mname in messages:
        out.append(f'  <bpmn:message id="{mid}" name="{mname}"/>')
    out.append('  <bpmn:collaboration id="Collab">')
    for p in pools:
        pr=f' processRef="{p[3]}"' if p[3] else ''
        out.append(f'    <bpmn:participant id="{p[0]}" name="{p[1]}"{pr} {p[2]}/>')
    for f in msgflows:
        mr=f' messageRef="{f[5]}"' if len(f)>5 and f[5] else ''
        out.append(f'    <bpmn:messageFlow id="{f[0]}" name="{f[1]}" sourceRef="{f[2]}" targetRef="{f[3]}"{mr} {f[4]}/>')
    out.append('  </bpmn:collaboration>')
    pos={}
    y=0
    shapes=[]
    for p in pools:
        h=p[6]
        shapes.append((p[0],0,y,1560,h,True))
        if p[3]:
            out.append(f'  <bpmn:process id="{p[3]}" isExecutable="false">')
            if p[4]:
                out.append('    <bpmn:laneSet id="LS_'+p[3]+'">')
                ly=y
                lh=h//len(p[4])
                for lid,lname,lnodes in p[4]:
                    out.append(f'      <bpmn:lane id="{lid}" name="{lname}">')
                    for n in lnodes: out.append(f'        <bpmn:flowNodeRef>{n}</bpmn:flowNodeRef>')
                    out.append('      </bpmn:lane>')
                    shapes.append((lid,30,ly,1530,lh,True))
                    for n in lnodes: pos[n]=ly+lh//2
                    ly+=lh
                out.append('    </bpmn:laneSet>')
            for n in p[5]:
                nid,typ,nm,attrs,col=n[:5]
                extra=n[5] if len(n)>5 else ''
                body=''
                if extra: body='\n'+extra+'\n    '
                out.append(f'    <bpmn:{typ} id="{nid}" name="{nm}" {attrs}>{body}</bpmn:{typ}>')
                w,hh=SIZE[typ]
                cy=pos.get(nid,y+h//2)
                shapes.append((nid,80+col*150+(50-w//2),cy-hh//2,w,hh,False))
            for s in stores:
                if s[4]==p[3]:
                    out.append(f'    <bpmn:dataStoreReference id="{s[0]}" name="{s[1]}" {s[2]}/>')
                    shapes.append((s[0],80+s[3]*150+25,y+h+10 if False else y+h-60,50,50,False))
            for f in flows:
                if f[3]==p[3]:
                    out.append(f'    <bpmn:sequenceFlow id="{f[0]}" sourceRef="{f[1]}" targetRef="{f[2]}"/>')
            out.append('  </bpmn:process>')
        y+=h+30
    out.append('  <bpmndi:BPMNDiagram id="Diagram"><bpmndi:BPMNPlane id="Plane" bpmnElement="Collab">')
    bounds={}
    for sid,x,yy,w,h,hz in shapes:
        bounds[sid]=(x,yy,w,h)
        hzs=' isHorizontal="true"' if hz else ''
        out.append(f'    <bpmndi:BPMNShape id="{sid}_di" bpmnElement="{sid}"{hzs}><dc:Bounds x="{x}" y="{yy}" width="{w}" height="{h}"/></bpmndi:BPMNShape>')
    def c(i): x,yy,w,h=bounds[i]; return (x+w//2,yy+h//2)
    for f in flows:
        (x1,y1),(x2,y2)=c(f[1]),c(f[2])
        x1=bounds[f[1]][0]+bounds[f[1]][2]; x2=bounds[f[2]][0]
        if y1==y2:
            wp=f'<di:waypoint x="{x1}" y="{y1}"/><di:waypoint x="{x2}" y="{y2}"/>'
        else:
            mx=(x1+x2)//2
            wp=f'<di:waypoint x="{x1}" y="{y1}"/><di:waypoint x="{mx}" y="{y1}"/><di:waypoint x="{mx}" y="{y2}"/><di:waypoint x="{x2}" y="{y2}"/>'
        out.append(f'    <bpmndi:BPMNEdge id="{f[0]}_di" bpmnElement="{f[0]}">{wp}</bpmndi:BPMNEdge>')
    for f in msgflows:
        s,t=bounds[f[2]],bounds[f[3]]
        sx=s[0]+s[2]//2 if s[2]<400 else t[0]+t[2]//2
        tx=t[0]+t[2]//2 if t[2]<400 else sx
        if s[2]>=400: sx=tx
        if s[1]<t[1]: y1=s[1]+s[3]; y2=t[1]
        else: y1=s[1]; y2=t[1]+t[3]
        if sx==tx:
            wp=f'<di:waypoint x="{sx}" y="{y1}"/><di:waypoint x="{tx}" y="{y2}"/>'
        else:
            my=(y1+y2)//2
            wp=f'<di:waypoint x="{sx}" y="{y1}"/><di:waypoint x="{sx}" y="{my}"/><di:waypoint x="{tx}" y="{my}"/><di:waypoint x="{tx}" y="{y2}"/>'
        out.append(f'    <bpmndi:BPMNEdge id="{f[0]}_di" bpmnElement="{f[0]}">{wp}</bpmndi:BPMNEdge>')
    for a in assocs:
        s,t=bounds[a[1]],bounds[a[2]]
        sx=s[0]+s[2]//2; tx=max(t[0]+5,min(sx,t[0]+t[2]-5))
        out.append(f'    <bpmndi:BPMNEdge id="{a[0]}_di" bpmnElement="{a[0]}"><di:waypoint x="{sx}" y="{s[1]}"/><di:waypoint x="{tx}" y="{t[1]+t[3]}"/></bpmndi:BPMNEdge>')
    out.append('  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>\n</bpmn:definitions>\n')
    return '\n'.join(out)

A='amtsweg:'
# ---- wohngeld-e2e: media breaks of every kind, hand-offs, once-only, maturity 2
pools=[
 ('P_Citizen','Antragsteller:in',A+'participantKind="citizen"','Proc_Citizen',[],[
   ('Start_C','startEvent','Wohngeld benötigt','',0),
   ('Task_Fill','task','Antrag online ausfüllen',A+'automation="it-supported"',1),
   ('Task_Send','task','Nachweise per Post senden',A+'automation="manual"',2),
   ('Event_Wait','intermediateCatchEvent','Bescheid erhalten','',6,'      <bpmn:messageEventDefinition id="MED_1"/>'),
   ('End_C','endEvent','Bescheid liegt vor','',8)],150),
 ('P_Online','Onlinedienst Wohngeld (EfA)',A+'participantKind="online-service"','Proc_Online',[],[
   ('Start_OS','startEvent','Antrag eingegangen','',1,'      <bpmn:messageEventDefinition id="MED_2"/>'),
   ('Task_Check','serviceTask','Angaben plausibilisieren','',2),
   ('Task_Forward','task','Antrag übermitteln','',3),
   ('End_OS','endEvent','Antrag übermittelt','',4)],150),
 ('P_Authority','Wohngeldbehörde',A+'participantKind="authority"','Proc_Authority',[
   ('Lane_Case','Sachbearbeitung',['Start_A','Task_Print','Task_Record','Task_Decide','Task_Notice','End_A']),
   ('Lane_Lead','Leitung',['Task_Approve'])],[
   ('Start_A','startEvent','Antragsdaten eingegangen','',3,'      <bpmn:messageEventDefinition id="MED_3"/>'),
   ('Task_Print','manualTask','Antrag ausdrucken','',4),
   ('Task_Record','task','Nachweise erfassen',A+'automation="it-supported" '+A+'fachverfahren="WoGG-Fach"',5),
   ('Task_Decide','serviceTask','Anspruch berechnen',A+'fachverfahren="WoGG-Fach"',6,'      <bpmn:property id="Prop_R" name="__targetRef_placeholder"/>\n      <bpmn:dataInputAssociation id="DIA_Register"><bpmn:sourceRef>Store_Register</bpmn:sourceRef><bpmn:targetRef>Prop_R</bpmn:targetRef></bpmn:dataInputAssociation>'),
   ('Task_Approve','userTask','Bescheid freigeben',A+'fachverfahren="Kassenverfahren"',7),
   ('Task_Notice','task','Bescheid versenden',A+'automation="it-supported" '+A+'fachverfahren="Kassenverfahren"',8),
   ('End_A','endEvent','Bescheid versandt','',9)],260),
 ('P_Register','Melderegister',A+'participantKind="register"',None,[],[],80),
]
flows=[('F1','Start_C','Task_Fill','Proc_Citizen'),('F2','Task_Fill','Task_Send','Proc_Citizen'),('F3','Task_Send','Event_Wait','Proc_Citizen'),('F4','Event_Wait','End_C','Proc_Citizen'),
 ('F5','Start_OS','Task_Check','Proc_Online'),('F6','Task_Check','Task_Forward','Proc_Online'),('F7','Task_Forward','End_OS','Proc_Online'),
 ('F8','Start_A','Task_Print','Proc_Authority'),('F9','Task_Print','Task_Record','Proc_Authority'),('F10','Task_Record','Task_Decide','Proc_Authority'),('F11','Task_Decide','Task_Approve','Proc_Authority'),('F12','Task_Approve','Task_Notice','Proc_Authority'),('F13','Task_Notice','End_A','Proc_Authority')]
msg=[('MF_Antrag','Antrag','Task_Fill','Start_OS',A+'channel="online-form" '+A+'dataStandard="S00000092"'),
 ('MF_Nachweise','Meldebescheinigung','Task_Send','Task_Record',A+'channel="paper"'),
 ('MF_Daten','Antragsdaten','Task_Forward','Start_A',A+'channel="fit-connect" '+A+'structured="true" '+A+'dataStandard="XWohngeld"'),
 ('MF_Register','Meldebescheinigung','P_Register','Task_Decide',A+'channel="xoev" '+A+'dataStandard="XMeld"'),
 ('MF_Bescheid','Bescheid','Task_Notice','Event_Wait',A+'channel="paper"')]
stores=[('Store_Register','Melderegister (lokal)',A+'dataStoreKind="register" '+A+'hasInterface="true" '+A+'dataStandard="S00000092"',5.2,'Proc_Authority')]
assocs=[('DIA_Register','Store_Register','Task_Decide')]
open('tests/data/e2e-analysis/wohngeld-e2e.bpmn','w').write(build('wohngeld',pools,flows,msg,stores,assocs))

# ---- fully-digital: black-box citizen, no breaks, level 4
pools=[
 ('P_Citizen','Antragsteller:in',A+'participantKind="citizen"',None,[],[],80),
 ('P_Online','Onlinedienst',A+'participantKind="online-service"','Proc_Online',[],[
   ('Start_OS','startEvent','Antrag eingegangen','',0,'      <bpmn:messageEventDefinition id="MED_1"/>'),
   ('Task_Forward','serviceTask','Antrag übermitteln','',1),
   ('End_OS','endEvent','Übermittelt','',2)],150),
 ('P_Authority','Behörde',A+'participantKind="authority"','Proc_Authority',[],[
   ('Start_A','startEvent','Antrag eingegangen','',2,'      <bpmn:messageEventDefinition id="MED_2"/>'),
   ('Task_Check','serviceTask','Prüfen',A+'fachverfahren="Fachverfahren X"',3,'      <bpmn:property id="Prop_1" name="__targetRef_placeholder"/>\n      <bpmn:dataInputAssociation id="DIA_1"><bpmn:sourceRef>Store_Register</bpmn:sourceRef><bpmn:targetRef>Prop_1</bpmn:targetRef></bpmn:dataInputAssociation>'),
   ('Task_Decide','userTask','Entscheiden',A+'fachverfahren="Fachverfahren X"',4),
   ('Task_Notice','serviceTask','Bescheid zustellen',A+'fachverfahren="Fachverfahren X"',5),
   ('End_A','endEvent','Erledigt','',6)],200),
]
flows=[('F1','Start_OS','Task_Forward','Proc_Online'),('F2','Task_Forward','End_OS','Proc_Online'),
 ('F3','Start_A','Task_Check','Proc_Authority'),('F4','Task_Check','Task_Decide','Proc_Authority'),('F5','Task_Decide','Task_Notice','Proc_Authority'),('F6','Task_Notice','End_A','Proc_Authority')]
msg=[('MF_Antrag','Antrag','P_Citizen','Start_OS',A+'channel="online-form"'),
 ('MF_Daten','Antragsdaten','Task_Forward','Start_A',A+'channel="fit-connect"'),
 ('MF_Bescheid','Bescheid','Task_Notice','P_Citizen',A+'channel="postbox"')]
stores=[('Store_Register','Melderegister',A+'dataStoreKind="register" '+A+'hasInterface="true"',3,'Proc_Authority')]
assocs=[('DIA_1','Store_Register','Task_Check')]
open('tests/data/e2e-analysis/fully-digital.bpmn','w').write(build('digital',pools,flows,msg,stores,assocs))
