import networkx as nx
import pytest

from views import graphml, view_page, whole_graph
from views.projection import project

B = "https://w3id.org/mandate-graph/id/"


def test_focus_neighbourhood_has_typed_nodes_and_relations_with_quotes(built_store):
    graph = project(built_store, focus=B + "entity/global-dialogue-ai-governance", depth=1)
    assert graph.nodes[B + "entity/itu"] == {"label": "International Telecommunication Union", "type": "Agency", "focus": False}
    assert graph.nodes[B + "instrument/A/RES/79/325"]["type"] == "GAResolution"
    edge = graph.get_edge_data(B + "entity/global-dialogue-ai-governance", B + "instrument/A/RES/79/325")["mandatedBy"]
    # Curated and extracted evidence of the same link, both from the ITU report: one is shown.
    assert "79/325" in edge["quote"] and edge["document"].endswith("003_12d49f0f1eeb1cd5")
    assert not any(n.startswith(B + "evidence/") or n.startswith(B + "document/") for n in graph)


def test_labels_follow_the_language_and_filters_apply(built_store):
    graph = project(built_store, focus=B + "entity/itu", depth=1, lang="fr", types={"Process", "Body"})
    assert graph.nodes[B + "entity/global-dialogue-ai-governance"]["label"] == "Dialogue mondial sur la gouvernance de l'IA"
    assert {d["type"] for n, d in graph.nodes(data=True) if n != B + "entity/itu"} <= {"Process", "Body"}
    only = project(built_store, focus=B + "entity/itu", depth=1, relations={"secretariat"})
    assert {d["property"] for _, _, d in only.edges(data=True)} == {"secretariat"}


def test_page_escapes_hostile_text(built_store, monkeypatch):
    import views.projection as projection

    real = projection._node_info
    monkeypatch.setattr(projection, "_node_info", lambda *a: ("<script>alert(1)</script>", real(*a)[1]))
    page = view_page(built_store, B + "entity/itu", depth=1)
    assert "<script>alert(1)</script>" not in page and "\\u003cscript>alert(1)\\u003c/script>" in page


def test_graphml_export_for_gephi(built_store, tmp_path):
    path = tmp_path / "g.graphml"
    path.write_bytes(graphml(built_store))
    graph = nx.read_graphml(path)
    assert graph.number_of_nodes() == whole_graph(built_store).number_of_nodes() > 50
    assert graph.nodes[B + "entity/itu"]["type"] == "Agency"


@pytest.mark.parametrize("focus", ["nothing at all zzz"])
def test_unknown_focus(built_store, focus):
    from queries.trace import NotFound

    with pytest.raises(NotFound):
        view_page(built_store, focus)
