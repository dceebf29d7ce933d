"""The graph view's labels: whole, and in an ink that reads on what is behind them."""

import json

import networkx as nx

from views.colours import CANVAS, contrast_ratio
from views.render import LABEL_INSIDE, STYLE, render_html


def _nodes(page: str) -> list[dict]:
    payload = page.split("const DATA = ", 1)[1].split(";\nconst nodes", 1)[0]
    return json.loads(payload)["nodes"]


def test_every_label_reads_on_its_node_or_the_page_with_aa_contrast():
    graph = nx.MultiDiGraph()
    for kind in STYLE:
        graph.add_node(kind, label=f"a {kind}", type=kind)
    for node in _nodes(render_html(graph, title="t")):
        behind = node["color"] if node["shape"] in LABEL_INSIDE else CANVAS
        assert contrast_ratio(node["font"]["color"], behind) >= 4.5, (node["kind"], node["font"], behind)


def test_long_labels_are_wrapped_not_cut():
    label = "Intensifier la coopération internationale en matière de renforcement des capacités dans le domaine"
    graph = nx.MultiDiGraph()
    graph.add_node("r", label=label, type="GAResolution")
    (node,) = _nodes(render_html(graph, title="t"))
    assert node["label"] == label and node["widthConstraint"]["maximum"] > 0
