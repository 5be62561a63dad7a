"""The graph as one self-contained HTML page: inline CSS and script, the data embedded as JSON, no network.

A reader picks a report, sees its recommendations coloured by status with the
follow-up's evidence, and follows links to follow-ups, press coverage and people.
"""

from __future__ import annotations

import html
import json
from typing import Any

import networkx as nx

from ..link.tables import publication_of, publications
from .style import STATUS_CSS, STATUSES, source_label

_CSS = (
    """
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;margin:0;color:#1d1d1f;background:#f6f6f4;overflow-wrap:anywhere}
header{background:#22313f;color:#fff;padding:8px 16px;display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center}
header h1{font-size:17px;margin:0;flex:1 1 260px}
header input,header select{font:inherit;font-size:14px;padding:4px 8px;border-radius:4px;border:1px solid #8899aa;min-width:0;max-width:100%}
header input{flex:1 1 180px}
#wrap{display:flex;min-height:calc(100vh - 48px)}
nav{width:320px;flex:none;background:#fff;border-right:1px solid #ddd;overflow:auto;padding:6px 0}
nav h2{font-size:12px;text-transform:uppercase;color:#555;margin:12px 14px 2px}
nav .counts{margin:0 14px 4px;font-size:12px;color:#555}
nav a{display:block;padding:4px 14px;color:#1d1d1f;text-decoration:none;font-size:14px}
nav a:hover,nav a.current{background:#e8eef5}
nav a .n{color:#666;font-size:12px;white-space:nowrap}
main{flex:1;min-width:0;padding:14px 24px;max-width:980px}
a{color:#1a5a96}.meta{color:#555;font-size:13px}
.kind{font-size:11px;text-transform:uppercase;background:#eee;border-radius:3px;padding:1px 5px;margin-right:6px}
ol.recs{padding-left:0;list-style:none}
.rec{background:#fff;border-left:6px solid #9e9e9e;margin:8px 0;padding:8px 12px;border-radius:3px;overflow:hidden}
.status{display:inline-block;font-size:12px;font-weight:600;text-transform:uppercase;float:right;margin-left:8px;padding:1px 6px;border-radius:3px;color:#fff;background:#757575}
.evidence{margin-top:6px;font-size:13px;color:#333;background:#f3f3f0;padding:6px 8px;border-radius:3px}
.score{color:#666;font-size:12px}ul.people li,ul.links li,ul.quotes li{margin:3px 0}
.summary span{display:inline-block;margin:0 10px 4px 0;font-size:13px}
.summary i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px;background:#757575}
.coverage{background:#fff;border:1px solid #ddd;border-radius:4px;padding:6px 12px;margin:8px 0}
.coverage h4{margin:4px 0}blockquote{margin:4px 0;padding:2px 10px;border-left:3px solid #ccd;color:#333}
table.grades{border-collapse:collapse;font-size:14px}table.grades td{border:1px solid #ddd;padding:3px 8px}
.hidden{display:none!important}
@media (max-width:760px){#wrap{flex-direction:column}nav{width:auto;max-height:40vh;border-right:0;border-bottom:1px solid #ddd}
 main{padding:10px 12px}header h1{font-size:15px}}
@media print{header input,header select,nav{display:none}#wrap{display:block}main{max-width:none;padding:0}
 body{background:#fff}.rec{break-inside:avoid;border:1px solid #ccc;border-left-width:6px}}
"""
    + STATUS_CSS
)

#: status -> (label, colour), for the page's script
_STATUS_JSON = json.dumps(STATUSES)

_SCRIPT = r"""
(function(){
const D=JSON.parse(document.getElementById('graph-data').textContent);
const S=JSON.parse(document.getElementById('status-data').textContent);
const R={};D.reports.forEach(r=>R[r.id]=r);const P={};D.people.forEach(p=>P[p.id]=p);
const el=(t,a,...k)=>{const e=document.createElement(t);for(const x in (a||{})){if(x==='class')e.className=a[x];else if(x==='text')e.textContent=a[x];else e.setAttribute(x,a[x]);}k.forEach(c=>c&&e.appendChild(typeof c==='string'?document.createTextNode(c):c));return e;};
const label=s=>(S[s]||[s||''])[0];
const ORDER=['achieved','partially_achieved','not_achieved','unclear','not_assessed','no_follow_up'];
const rlink=id=>{const r=R[id];return el('a',{href:'#report/'+encodeURIComponent(id),class:'report-link'},r?(r.title||r.source):id);};
const q=document.getElementById('q'),fs=document.getElementById('status-filter');
ORDER.forEach(s=>fs.appendChild(el('option',{value:s},label(s))));
function counts(recs){const c={};recs.forEach(x=>{const s=x.status||'no_follow_up';c[s]=(c[s]||0)+1;});return c;}
function summary(c,cls){const p=el('p',{class:cls||'summary'});ORDER.filter(s=>c[s]).forEach(s=>p.appendChild(el('span',{class:'count status-'+s,'data-status':s},el('i',{style:'background:'+S[s][1]}),c[s]+' '+label(s))));return p;}
const matches=(text,needle)=>!needle||(text||'').toLowerCase().includes(needle);
function reportText(r){return [r.title,r.force,r.source,r.published].concat(r.recommendations.map(c=>c.text),r.findings.map(f=>f.text),r.concerns.map(f=>f.text),r.quotes.map(x=>x.text)).join(' ');}
const nav=document.getElementById('nav');
function buildNav(){nav.replaceChildren();const needle=q.value.trim().toLowerCase(),st=fs.value;
 const groups={};D.reports.forEach(r=>{if(!matches(reportText(r),needle))return;if(st&&!r.recommendations.some(c=>(c.status||'no_follow_up')===st))return;const f=r.force||'(force unknown)';(groups[f]=groups[f]||[]).push(r);});
 Object.keys(groups).sort().forEach(f=>{const rs=groups[f];nav.appendChild(el('h2',{text:f}));
  const recs=[].concat(...rs.map(r=>r.recommendations));const c=counts(recs);
  nav.appendChild(el('div',{class:'counts force-counts'},rs.length+' publication'+(rs.length>1?'s':'')+(recs.length?' · '+recs.length+' recommendation'+(recs.length>1?'s':'')+': '+ORDER.filter(s=>c[s]).map(s=>c[s]+' '+label(s)).join(', '):'')));
  rs.sort((a,b)=>(a.published||'').localeCompare(b.published||'')).forEach(r=>nav.appendChild(el('a',{href:'#report/'+encodeURIComponent(r.id),'data-id':r.id},el('span',{class:'kind',text:(r.kind||'').replace(/_/g,' ')}),(r.published||'')+' '+(r.title||r.source),r.recommendations.length?el('span',{class:'n',text:' ('+r.recommendations.length+')'}):null)));});
 const ps=D.people.filter(p=>matches(p.name+' '+p.titles.join(' '),needle));
 if(ps.length&&!st){nav.appendChild(el('h2',{text:'People'}));ps.slice().sort((a,b)=>a.name.localeCompare(b.name)).forEach(p=>nav.appendChild(el('a',{href:'#person/'+encodeURIComponent(p.id),'data-id':p.id},p.name)));}
 markCurrent();}
function recItem(c){const s=c.status||'no_follow_up';const li=el('li',{class:'rec status-'+s,'data-number':String(c.number),'data-status':s},el('span',{class:'status',text:label(s)}),el('b',{text:c.number+'. '}),c.text);
 const extra=[c.deadline,c.due&&('due '+c.due),c.page&&('p. '+c.page)].filter(Boolean).join(', ');if(extra)li.appendChild(el('div',{class:'meta',text:extra}));
 if(c.evidence){const ev=el('div',{class:'evidence'},c.evidence);if(c.assessed_in)ev.appendChild(el('div',{class:'score'},'Assessed in ',rlink(c.assessed_in),c.score!=null?' · link confidence '+c.score.toFixed(2):''));li.appendChild(ev);}
 return li;}
function quotes(r){const ul=el('ul',{class:'quotes'});r.quotes.forEach(x=>ul.appendChild(el('li',{},el('blockquote',{},'“'+x.text+'”'),el('div',{class:'meta',text:'— '+(x.speaker||'unknown speaker')}))));return ul;}
function applyFilter(root){const needle=q.value.trim().toLowerCase(),st=fs.value;root.querySelectorAll('li.rec').forEach(li=>{li.classList.toggle('hidden',!!(st&&li.dataset.status!==st)||!matches(li.textContent,needle));});}
function showReport(id){const r=R[id];const m=el('div',{id:'view','data-report':id});if(!r){m.appendChild(el('p',{text:'No such report.'}));return m;}
 m.appendChild(el('h2',{text:r.title||r.source}));
 m.appendChild(el('p',{class:'meta'},el('span',{class:'kind',text:(r.kind||'').replace(/_/g,' ')}),[r.force,r.published,r.sources.join(' + ')].filter(Boolean).join(' · ')));
 const rel=el('ul',{class:'links'});
 r.follows_up.forEach(t=>rel.appendChild(el('li',{},'Follows up: ',rlink(t))));
 r.followed_by.forEach(t=>rel.appendChild(el('li',{},'Followed up by: ',rlink(t))));
 r.covers.forEach(t=>rel.appendChild(el('li',{},'Covers: ',rlink(t))));
 if(rel.children.length)m.appendChild(rel);
 if(r.grades.length){m.appendChild(el('h3',{text:'Grades'}));const t=el('table',{class:'grades'});r.grades.forEach(g=>t.appendChild(el('tr',{},el('td',{text:g.area||''}),el('td',{text:g.grade||''}))));m.appendChild(t);}
 if(r.recommendations.length){m.appendChild(el('h3',{text:'Recommendations ('+r.recommendations.length+')'}));m.appendChild(summary(counts(r.recommendations)));
  const ol=el('ol',{class:'recs'});r.recommendations.forEach(c=>ol.appendChild(recItem(c)));m.appendChild(ol);}
 if(r.outcomes.length){m.appendChild(el('h3',{text:'Outcomes judged in this document'}));const ol=el('ol',{class:'recs'});
  r.outcomes.forEach(o=>{const li=el('li',{class:'rec outcome status-'+o.status,'data-status':o.status},el('span',{class:'status',text:label(o.status)}),o.recommendation!=null?el('b',{text:'Recommendation '+o.recommendation+': '}):el('b',{text:'(no recommendation found) '}),o.text);ol.appendChild(li);});m.appendChild(ol);}
 for(const [k,t] of [['findings','Findings'],['concerns','Concerns']]){if(r[k].length){m.appendChild(el('h3',{text:t+' ('+r[k].length+')'}));const ul=el('ul',{class:k});r[k].forEach(s=>{const li=el('li',{},s.text);if(s.relays)li.appendChild(el('div',{class:'score'},'Relays the report: “'+s.relays+'”'));ul.appendChild(li);});m.appendChild(ul);}}
 if(r.quotes.length){m.appendChild(el('h3',{text:'Quotes ('+r.quotes.length+')'}));m.appendChild(quotes(r));}
 if(r.covered_by.length){m.appendChild(el('h3',{text:'Press coverage ('+r.covered_by.length+')'}));
  r.covered_by.forEach(t=>{const p=R[t];const box=el('div',{class:'coverage','data-press':t},el('h4',{},rlink(t)),el('p',{class:'meta',text:[(p.kind||'').replace(/_/g,' '),p.published,p.sources.join(' + ')].filter(Boolean).join(' · ')}));if(p.quotes.length)box.appendChild(quotes(p));m.appendChild(box);});}
 if(r.people.length){m.appendChild(el('h3',{text:'People'}));const ul=el('ul',{class:'people'});r.people.forEach(x=>ul.appendChild(el('li',{},el('a',{href:'#person/'+encodeURIComponent(x.id),class:'person-link'},x.name),x.title?' — '+x.title:'',x.quoted?' (quoted)':'')));m.appendChild(ul);}
 applyFilter(m);return m;}
function showPerson(id){const p=P[id];const m=el('div',{id:'view','data-person':id});if(!p){m.appendChild(el('p',{text:'No such person.'}));return m;}
 m.appendChild(el('h2',{text:p.name}));m.appendChild(el('p',{class:'meta',text:[p.titles.join('; '),p.forces.join('; ')].filter(Boolean).join(' · ')}));
 const ul=el('ul',{class:'links'});p.documents.forEach(d=>ul.appendChild(el('li',{},rlink(d.report),' — as “'+d.name+'”'+(d.title?', '+d.title:'')+(d.quoted?' (quoted)':''))));m.appendChild(ul);return m;}
function markCurrent(){const v=document.getElementById('view');const id=v&&(v.dataset.report||v.dataset.person);nav.querySelectorAll('a').forEach(a=>a.classList.toggle('current',a.dataset.id===id));}
function route(){const h=decodeURIComponent(location.hash.slice(1));const [kind,...rest]=h.split('/');const id=rest.join('/');
 const first=D.reports.find(r=>r.recommendations.length)||D.reports[0];
 const view=kind==='person'?showPerson(id):showReport(kind==='report'?id:(first&&first.id));
 document.getElementById('main').replaceChildren(view);markCurrent();}
function refilter(){buildNav();const v=document.getElementById('view');if(v)applyFilter(v);}
q.addEventListener('input',refilter);fs.addEventListener('change',refilter);
window.addEventListener('hashchange',route);buildNav();route();
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
                "source": source_label(d.get("source")),
                "sources": [source_label(d.get("source"))],
                "quotes": list(d.get("quotes") or []),
                "grades": list(d.get("grades") or []),
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
                    "page": d.get("page"),
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
    merged = _one_per_publication(graph, reports, people)
    return {
        "reports": sorted(merged.values(), key=lambda r: (r["force"] or "", r["published"] or "", r["id"])),
        "people": sorted(people.values(), key=lambda p: p["id"]),
    }


def _one_per_publication(
    graph: nx.MultiDiGraph, reports: dict[str, dict[str, Any]], people: dict[str, dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """A report's PDF and web copies as one entry: the fullest copy's items, every copy's links and sources."""
    of = publication_of(graph)
    merged: dict[str, dict[str, Any]] = {}
    for pub, copies in publications(graph).items():
        entry = dict(reports[pub])
        for key in ("recommendations", "outcomes", "findings", "concerns", "quotes", "grades"):
            entry[key] = max((reports[c][key] for c in copies), key=len)
        entry["sources"] = [reports[c]["source"] for c in copies]
        for key in ("follows_up", "followed_by", "covers", "covered_by"):
            entry[key] = _sorted_ids(of[t] for c in copies for t in reports[c][key] if of[t] != pub)
        seen: dict[str, dict[str, Any]] = {}
        for c in copies:
            for person in reports[c]["people"]:
                known = seen.setdefault(person["id"], dict(person))
                known["quoted"] = known["quoted"] or person["quoted"]
        entry["people"] = list(seen.values())
        del entry["same_as"]
        merged[pub] = entry
    for rec in (r for e in merged.values() for r in e["recommendations"]):
        if rec.get("assessed_in"):
            rec["assessed_in"] = of.get(rec["assessed_in"], rec["assessed_in"])
    for person in people.values():
        documents: dict[str, dict[str, Any]] = {}
        for d in person["documents"]:
            known = documents.setdefault(of[d["report"]], {**d, "report": of[d["report"]]})
            known["quoted"] = known["quoted"] or d["quoted"]
        person["documents"] = list(documents.values())
    return merged


def render_html(graph: nx.MultiDiGraph, title: str = "reportmine: recommendations and outcomes") -> str:
    """One HTML page that needs nothing but a browser: its policy lets no request leave the page."""
    data = json.dumps(page_data(graph), ensure_ascii=False).replace("</", "<\\/").replace("<!--", "<\\!--")
    policy = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{html.escape(title)}</title>'
        f"<style>{_CSS}</style></head><body><header><h1>{html.escape(title)}</h1>"
        '<input id="q" type="search" placeholder="Search reports, recommendations, people" aria-label="Search">'
        '<select id="status-filter" aria-label="Status"><option value="">Every status</option></select></header>'
        '<div id="wrap"><nav id="nav"></nav><main id="main"><noscript>This page needs JavaScript to show the graph.</noscript></main></div>'
        f'<script type="application/json" id="graph-data">{data}</script>'
        f'<script type="application/json" id="status-data">{_STATUS_JSON}</script><script>{_SCRIPT}</script></body></html>\n'
    )
