"""Render a projection as one self-contained, offline HTML page.

pyvis builds the network model and its options; the page is written here, with the
vis-network script inlined (vendored from npm), UTF-8, no request outside the page. Labels
and quotes are data for vis-network (titles are plain text there), embedded as JSON with
``<`` escaped, so a hostile label cannot run script. Large graphs stabilise once and then
freeze their layout.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from views.colours import CANVAS, label_colour

__all__ = ["render_html", "label_font", "STYLE", "VIS_NETWORK_JS", "LABEL_INSIDE"]

VIS_NETWORK_JS = Path(__file__).resolve().parents[1] / "api" / "static" / "vendor" / "vis-network" / "vis-network.min.js"

#: Colour and shape by class.
STYLE: dict[str, tuple[str, str]] = {
    "GAResolution": ("#1f4e9c", "box"), "AgencyResolution": ("#3b6fc2", "box"), "Compact": ("#256fa3", "box"),
    "Statement": ("#5a8fd6", "box"), "Report": ("#7aa7e0", "box"), "TrackerEntry": ("#9bbbe8", "box"),
    "Instrument": ("#6b8fc9", "box"), "OperativeParagraph": ("#8e9aaf", "ellipse"),
    "PreambularParagraph": ("#b5bdcc", "ellipse"), "SubParagraph": ("#c9cfdb", "ellipse"),
    "Process": ("#d1495b", "diamond"), "Initiative": ("#edae49", "diamond"), "Event": ("#f18f01", "star"),
    "Milestone": ("#c73e1d", "triangle"), "Agency": ("#00798c", "dot"), "Body": ("#30a0b0", "dot"),
    "Organization": ("#66a182", "dot"), "Post": ("#2e4057", "dot"), "AddresseeGroup": ("#8d96a3", "dot"),
    "Country": ("#a3c4bc", "dot"), "Place": ("#bfd7b5", "square"), "Thing": ("#999999", "dot"),
}

_PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 0; display: flex; height: 100vh; }}
#network {{ flex: 1; }} aside {{ width: 17rem; padding: .5rem 1rem; overflow: auto; border-left: 1px solid #ddd; }}
.swatch {{ display: inline-block; width: .9rem; height: .9rem; border-radius: 50%; vertical-align: middle; }}
label {{ display: block; margin: .15rem 0; }} h1 {{ font-size: 1.1rem; }}
</style></head>
<body><div id="network"></div>
<aside><h1>{title}</h1><p>{summary}</p><h2>Types</h2>{legend}<h2>Relations</h2>{relations}
<p><small>Click a node to open its page (when served by the API). Thick red edges: the mandate chain of the focus.</small></p></aside>
<script>{vis}</script>
<script>
const DATA = {data};
const nodes = new vis.DataSet(DATA.nodes);
const edges = new vis.DataSet(DATA.edges);
const hiddenTypes = new Set(), hiddenRelations = new Set();
const view = {{
  nodes: new vis.DataView(nodes, {{ filter: n => !hiddenTypes.has(n.kind) }}),
  edges: new vis.DataView(edges, {{ filter: e => !hiddenRelations.has(e.label) }}),
}};
const network = new vis.Network(document.getElementById("network"), view, DATA.options);
network.once("stabilizationIterationsDone", () => network.setOptions({{ physics: false }}));
network.on("click", params => {{
  if (params.nodes.length && location.protocol.startsWith("http")) {{
    location.href = "/resource?iri=" + encodeURIComponent(params.nodes[0]);
  }}
}});
document.querySelectorAll("input[data-type]").forEach(box => box.addEventListener("change", () => {{
  box.checked ? hiddenTypes.delete(box.dataset.type) : hiddenTypes.add(box.dataset.type); view.nodes.refresh();
}}));
document.querySelectorAll("input[data-relation]").forEach(box => box.addEventListener("change", () => {{
  box.checked ? hiddenRelations.delete(box.dataset.relation) : hiddenRelations.add(box.dataset.relation); view.edges.refresh();
}}));
window.mandateGraph = {{ network, nodes, edges }};
</script></body></html>
"""


def _tooltip(*lines: str) -> str:
    return "\n".join(line for line in lines if line)


def _options(count: int) -> dict:
    return {
        "physics": {"solver": "barnesHut", "stabilization": {"enabled": True, "iterations": 300 if count < 1000 else 120},
                    "barnesHut": {"gravitationalConstant": -8000, "springLength": 140}},
        "layout": {"improvedLayout": count < 300},
        "interaction": {"hover": True, "tooltipDelay": 150},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "font": {"size": 10, "align": "middle"},
                  "smooth": count < 1000},
        "nodes": {"font": {"size": 12}},
    }


#: Shapes vis-network draws their label inside; the others have it below, on the page.
LABEL_INSIDE = {"box", "ellipse", "circle", "database", "text"}
#: Labels wrap at this width (pixels) rather than being cut.
LABEL_WIDTH = 220


def label_font(color: str, shape: str) -> dict:
    """The label's font: ink that reads on the node's fill when the label is inside it, else on the page."""
    behind = color if shape in LABEL_INSIDE else CANVAS
    return {"color": label_colour(behind)}


def render_html(graph: nx.MultiDiGraph, *, title: str, lang: str = "en", chain: set[tuple[str, str, str]] = frozenset()) -> str:
    """The page for ``graph``; edges in ``chain`` (source, property, target) are highlighted.
    Labels are whole (wrapped, not cut) and in an ink that reads on what is behind them."""
    net = Network(directed=True)
    for node, data in graph.nodes(data=True):
        color, shape = STYLE.get(data["type"], STYLE["Thing"])
        net.add_node(node, label=data["label"], title=_tooltip(data["label"], data["type"], node),
                     color=color, shape=shape, kind=data["type"], borderWidth=4 if data.get("focus") else 1,
                     font=label_font(color, shape), widthConstraint={"maximum": LABEL_WIDTH})
    for source, target, data in graph.edges(data=True):
        highlighted = (source, data["property"], target) in chain
        quote = f"« {data['quote']} »" if data.get("quote") else ""
        net.add_edge(source, target, label=data["property"],
                     title=_tooltip(data["property"], quote, data.get("document", "")),
                     color="#d62828" if highlighted else "#9aa5b1", width=4 if highlighted else 1)
    net.options = _options(graph.number_of_nodes())
    data = {"nodes": net.nodes, "edges": net.edges, "options": net.options}
    payload = json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    types = sorted({d["type"] for _, d in graph.nodes(data=True)})
    relations = sorted({d["property"] for _, _, d in graph.edges(data=True)})
    legend = "".join(
        f'<label><input type="checkbox" checked data-type="{html.escape(t)}"> '
        f'<span class="swatch" style="background:{STYLE.get(t, STYLE["Thing"])[0]}"></span> {html.escape(t)}</label>'
        for t in types)
    relation_boxes = "".join(
        f'<label><input type="checkbox" checked data-relation="{html.escape(r)}"> {html.escape(r)}</label>' for r in relations)
    summary = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} relations"
    vis = VIS_NETWORK_JS.read_text(encoding="utf-8").replace("</script", "<\\/script")
    return _PAGE.format(lang=html.escape(lang), title=html.escape(title), summary=summary, legend=legend,
                        relations=relation_boxes, vis=vis, data=payload)
