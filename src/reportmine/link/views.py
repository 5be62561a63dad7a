"""The graph as one self-contained HTML page: inline CSS and script, the data embedded as JSON, no network.

A reader picks a report, sees its recommendations coloured by status with the
follow-up's evidence, and follows links to follow-ups, press coverage and people.
"""

from __future__ import annotations

import html
import json
from typing import Any

import networkx as nx

_CSS = """
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4}
header{background:#22313f;color:#fff;padding:10px 18px}header h1{font-size:18px;margin:0}
#wrap{display:flex;min-height:calc(100vh - 42px)}
nav{width:310px;flex:none;background:#fff;border-right:1px solid #ddd;overflow:auto;padding:8px 0}
nav h2{font-size:12px;text-transform:uppercase;color:#666;margin:12px 14px 4px}
nav a{display:block;padding:4px 14px;color:#1d1d1f;text-decoration:none;font-size:14px}
nav a:hover,nav a.current{background:#e8eef5}
main{flex:1;padding:16px 26px;max-width:980px}
a{color:#1a5a96}.meta{color:#555;font-size:13px}.kind{font-size:11px;text-transform:uppercase;background:#eee;border-radius:3px;padding:1px 5px;margin-right:6px}
ol.recs{padding-left:0;list-style:none}
li.rec{background:#fff;border-left:6px solid #999;margin:8px 0;padding:8px 12px;border-radius:3px}
li.rec .status{font-size:12px;font-weight:600;text-transform:uppercase;float:right;padding:1px 6px;border-radius:3px;color:#fff;background:#888}
.status-achieved{border-color:#2e7d32!important}.status-achieved .status{background:#2e7d32}
.status-partially_achieved{border-color:#ef8f00!important}.status-partially_achieved .status{background:#ef8f00}
.status-not_achieved{border-color:#c62828!important}.status-not_achieved .status{background:#c62828}
.status-unclear{border-color:#6d4c9f!important}.status-unclear .status{background:#6d4c9f}
.status-not_assessed,.status-no_follow_up{border-color:#9e9e9e!important}
.evidence{margin-top:6px;font-size:13px;color:#333;background:#f3f3f0;padding:6px 8px;border-radius:3px}
.score{color:#777;font-size:12px}ul.people li,ul.links li{margin:3px 0}
.legend span{display:inline-block;margin-right:10px;font-size:12px}.legend i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
"""

_SCRIPT = r"""
(function(){
const D=JSON.parse(document.getElementById('graph-data').textContent);
const R={};D.reports.forEach(r=>R[r.id]=r);const P={};D.people.forEach(p=>P[p.id]=p);
const el=(t,a,...k)=>{const e=document.createElement(t);for(const x in (a||{})){if(x==='class')e.className=a[x];else if(x==='text')e.textContent=a[x];else e.setAttribute(x,a[x]);}k.forEach(c=>c&&e.appendChild(typeof c==='string'?document.createTextNode(c):c));return e;};
const label=s=>({achieved:'achieved',partially_achieved:'partially achieved',not_achieved:'not achieved',unclear:'unclear',not_assessed:'not assessed',no_follow_up:'no follow-up yet'}[s]||s||'');
const rlink=id=>{const r=R[id];return el('a',{href:'#report/'+encodeURIComponent(id),class:'report-link'},r?(r.title||r.source):id);};
const nav=document.getElementById('nav');
const groups={};D.reports.forEach(r=>{(groups[r.force||'(force unknown)']=groups[r.force||'(force unknown)']||[]).push(r);});
Object.keys(groups).sort().forEach(f=>{nav.appendChild(el('h2',{text:f}));groups[f].sort((a,b)=>(a.published||'').localeCompare(b.published||'')).forEach(r=>nav.appendChild(el('a',{href:'#report/'+encodeURIComponent(r.id),'data-id':r.id},el('span',{class:'kind',text:(r.kind||'').replace(/_/g,' ')}),(r.published||'')+' '+(r.title||r.source))));});
nav.appendChild(el('h2',{text:'People'}));
D.people.slice().sort((a,b)=>a.name.localeCompare(b.name)).forEach(p=>nav.appendChild(el('a',{href:'#person/'+encodeURIComponent(p.id),'data-id':p.id},p.name)));
function showReport(id){const r=R[id];const m=el('div',{id:'view','data-report':id});if(!r){m.appendChild(el('p',{text:'No such report.'}));return m;}
 m.appendChild(el('h2',{text:r.title||r.source}));
 m.appendChild(el('p',{class:'meta'},el('span',{class:'kind',text:r.kind}),[r.force,r.published,r.source].filter(Boolean).join(' · ')));
 const rel=el('ul',{class:'links'});
 r.follows_up.forEach(t=>rel.appendChild(el('li',{},'Follows up: ',rlink(t))));
 r.followed_by.forEach(t=>rel.appendChild(el('li',{},'Followed up by: ',rlink(t))));
 r.covers.forEach(t=>rel.appendChild(el('li',{},'Covers: ',rlink(t))));
 r.covered_by.forEach(t=>rel.appendChild(el('li',{},'Covered by: ',rlink(t))));
 r.same_as.forEach(t=>rel.appendChild(el('li',{},'Same publication: ',rlink(t))));
 if(rel.children.length)m.appendChild(rel);
 if(r.recommendations.length){m.appendChild(el('h3',{text:'Recommendations'}));
  const lg=el('p',{class:'legend'});['achieved','partially_achieved','not_achieved','unclear','not_assessed'].forEach(s=>lg.appendChild(el('span',{class:'status-'+s},el('i',{style:'background:'+({achieved:'#2e7d32',partially_achieved:'#ef8f00',not_achieved:'#c62828',unclear:'#6d4c9f'}[s]||'#9e9e9e')}),label(s))));m.appendChild(lg);
  const ol=el('ol',{class:'recs'});
  r.recommendations.forEach(c=>{const li=el('li',{class:'rec status-'+(c.status||'no_follow_up'),'data-number':String(c.number),'data-status':c.status||''},el('span',{class:'status',text:label(c.status)}),el('b',{text:c.number+'. '}),c.text);
   const extra=[c.deadline,c.due&&('due '+c.due)].filter(Boolean).join(', ');if(extra)li.appendChild(el('div',{class:'meta',text:extra}));
   if(c.evidence){const ev=el('div',{class:'evidence'},c.evidence);if(c.assessed_in)ev.appendChild(el('div',{class:'score'},'Assessed in ',rlink(c.assessed_in),c.score!=null?' · link confidence '+c.score.toFixed(2):''));li.appendChild(ev);}
   ol.appendChild(li);});m.appendChild(ol);}
 if(r.outcomes.length){m.appendChild(el('h3',{text:'Outcomes judged in this document'}));const ol=el('ol',{class:'recs'});
  r.outcomes.forEach(o=>{const li=el('li',{class:'rec outcome status-'+o.status},el('span',{class:'status',text:label(o.status)}),o.recommendation!=null?el('b',{text:'Recommendation '+o.recommendation+': '}):el('b',{text:'(no recommendation found) '}),o.text);ol.appendChild(li);});m.appendChild(ol);}
 for(const [k,t] of [['findings','Findings'],['concerns','Concerns']]){if(r[k].length){m.appendChild(el('h3',{text:t}));const ul=el('ul',{class:k});r[k].forEach(s=>{const li=el('li',{},s.text);if(s.relays)li.appendChild(el('div',{class:'score'},'Relays the report: “'+s.relays+'”'));ul.appendChild(li);});m.appendChild(ul);}}
 if(r.people.length){m.appendChild(el('h3',{text:'People'}));const ul=el('ul',{class:'people'});r.people.forEach(x=>ul.appendChild(el('li',{},el('a',{href:'#person/'+encodeURIComponent(x.id),class:'person-link'},x.name),x.title?' — '+x.title:'',x.quoted?' (quoted)':'')));m.appendChild(ul);}
 return m;}
function showPerson(id){const p=P[id];const m=el('div',{id:'view','data-person':id});if(!p){m.appendChild(el('p',{text:'No such person.'}));return m;}
 m.appendChild(el('h2',{text:p.name}));m.appendChild(el('p',{class:'meta',text:[p.titles.join('; '),p.forces.join('; ')].filter(Boolean).join(' · ')}));
 const ul=el('ul',{class:'links'});p.documents.forEach(d=>ul.appendChild(el('li',{},rlink(d.report),' — as “'+d.name+'”'+(d.title?', '+d.title:'')+(d.quoted?' (quoted)':''))));m.appendChild(ul);return m;}
function route(){const h=decodeURIComponent(location.hash.slice(1));const [kind,...rest]=h.split('/');const id=rest.join('/');
 const first=D.reports.find(r=>r.recommendations.length)||D.reports[0];
 const view=kind==='person'?showPerson(id):showReport(kind==='report'?id:(first&&first.id));
 const main=document.getElementById('main');main.replaceChildren(view);
 nav.querySelectorAll('a').forEach(a=>a.classList.toggle('current',a.dataset.id===(view.dataset.report||view.dataset.person)));}
window.addEventListener('hashchange',route);route();
})();
"""


def _sorted_ids(values: Any) -> list[str]:
    return sorted(set(values))


def page_data(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """What the page shows, as plain JSON: reports with their recommendations, outcomes, statements, links and people."""
    reports: dict[str, dict[str, Any]] = {}
    for node, d in graph.nodes(data=True):
        if d.get("type") == "report":
            reports[node] = {
                "id": node,
                "title": d.get("title"),
                "kind": d.get("kind"),
                "published": d.get("published"),
                "force": d.get("force"),
                "source": d.get("source"),
                "recommendations": [],
                "outcomes": [],
                "findings": [],
                "concerns": [],
                "people": [],
                "follows_up": [],
                "followed_by": [],
                "covers": [],
                "covered_by": [],
                "same_as": [],
            }
    people: dict[str, dict[str, Any]] = {}
    relays = {u: graph.nodes[v].get("text") for u, v, k in graph.edges(keys=True) if k == "reports"}
    for u, v, _k, e in graph.edges(keys=True, data=True):
        t = e.get("type")
        if t == "makes":
            d = graph.nodes[v]
            scores = [
                x.get("score") for _, _, x in graph.out_edges(v, data=True) if x.get("type") == "assessed_by"
            ]
            reports[u]["recommendations"].append(
                {
                    "number": d.get("number"),
                    "text": d.get("text"),
                    "deadline": d.get("deadline"),
                    "due": d.get("due"),
                    "status": d.get("status"),
                    "evidence": d.get("evidence"),
                    "assessed_in": d.get("assessed_in"),
                    "score": max(scores) if scores else None,
                }
            )
        elif t == "judges":
            d = graph.nodes[v]
            reports[u]["outcomes"].append(
                {"status": d.get("status"), "text": d.get("text"), "recommendation": d.get("recommendation")}
            )
        elif t in ("finds", "raises"):
            key = "findings" if t == "finds" else "concerns"
            reports[u][key].append({"text": graph.nodes[v].get("text"), "relays": relays.get(v)})
        elif t == "follows_up":
            reports[u]["follows_up"].append(v)
            reports[v]["followed_by"].append(u)
        elif t == "covers":
            reports[u]["covers"].append(v)
            reports[v]["covered_by"].append(u)
        elif t == "same_as":
            reports[u]["same_as"].append(v)
            reports[v]["same_as"].append(u)
        elif graph.nodes[u].get("type") == "person" and t in ("mentioned_in", "quoted_in"):
            p = graph.nodes[u]
            person = people.setdefault(
                u,
                {
                    "id": u,
                    "name": p.get("name"),
                    "titles": p.get("titles") or [],
                    "forces": p.get("forces") or [],
                    "documents": [],
                },
            )
            entry = next((x for x in person["documents"] if x["report"] == v), None)
            if entry is None:
                entry = {"report": v, "name": e.get("name"), "title": e.get("title"), "quoted": False}
                person["documents"].append(entry)
                reports[v]["people"].append(
                    {"id": u, "name": p.get("name"), "title": e.get("title"), "quoted": False}
                )
            if t == "quoted_in":
                entry["quoted"] = True
                next(x for x in reports[v]["people"] if x["id"] == u)["quoted"] = True
    for r in reports.values():
        r["recommendations"].sort(
            key=lambda c: (
                not isinstance(c["number"], int),
                c["number"] if isinstance(c["number"], int) else 0,
            )
        )
        for key in ("follows_up", "followed_by", "covers", "covered_by", "same_as"):
            r[key] = _sorted_ids(r[key])
    return {
        "reports": sorted(reports.values(), key=lambda r: (r["force"] or "", r["published"] or "", r["id"])),
        "people": sorted(people.values(), key=lambda p: p["id"]),
    }


def render_html(graph: nx.MultiDiGraph, title: str = "reportmine: recommendations and outcomes") -> str:
    """One HTML page that needs nothing but a browser (no network at view time)."""
    data = json.dumps(page_data(graph), ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>'
        f"<style>{_CSS}</style></head><body><header><h1>{html.escape(title)}</h1></header>"
        '<div id="wrap"><nav id="nav"></nav><main id="main"><noscript>This page needs JavaScript to show the graph.</noscript></main></div>'
        f'<script type="application/json" id="graph-data">{data}</script><script>{_SCRIPT}</script></body></html>\n'
    )
